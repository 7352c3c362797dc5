"""Every Atom and RSS feed of the site, written by feedgenerator (Pelican's own feed writer): the entries' feeds
(template feed.xml calls ``feed``) and the weekly editions' feeds (editions-feed.xml calls ``editions_feed``).
They read the site through the page's ``site``, so the build records what each feed shows."""

from __future__ import annotations

import datetime as dt
import html

from feedgenerator import Atom1Feed, Rss201rev2Feed
from jinja2 import pass_context
from markupsafe import Markup

from .. import i18n

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # the date of an undated entry, and of an empty feed


class _Dated:
    """A feed dated by its newest item, never by the clock: the same items give the same bytes."""

    def latest_post_date(self) -> dt.datetime:
        return max((item["updateddate"] for item in self.items), default=EPOCH)


class Atom(_Dated, Atom1Feed):
    def add_item_elements(self, handler, item) -> None:
        """Atom's elements, then the item's other versions (``links``: rel, address, title), e.g. an edition's
        e-mail version."""
        super().add_item_elements(handler, item)
        for rel, href, title in item.get("links", ()):
            handler.addQuickElement("link", "", {"href": href, "rel": rel, "type": "text/html", "title": title})


class Rss(_Dated, Rss201rev2Feed):
    pass


FORMATS = {"atom": Atom, "rss": Rss}
MEDIA_TYPES = {"atom": "application/atom+xml", "rss": "application/rss+xml"}


def title(name: str | None, sitename: str, lang: str) -> str:
    """A feed's title: "OpenAI · digest", or for the whole site "digest (English)" (a reader lists both languages)."""
    return f"{name} · {sitename}" if name else f"{sitename} ({i18n.language_name(lang, lang)})"


def as_html(text: str | None) -> str | None:
    """Readers take an item's summary as HTML: plain text (the editor's) is sent escaped."""
    return html.escape(text, quote=False) if text else None


def _written(context, kind: str, feed_title: str, html_url: str, description: str, items: list[dict]) -> Markup:
    """The feed of the page being rendered, in format ``kind`` (``FORMATS``), following the page at ``html_url``;
    ``items``: feedgenerator's ``add_item`` arguments, newest first."""
    absolute, sitename = context["absolute"], context["SITENAME"]
    writer = FORMATS[kind](
        title=feed_title,
        link=absolute(html_url),
        description=description,
        language=context["lang"],
        feed_url=absolute(context["page"].url),
        feed_guid=absolute(context["page"].url),
        author_name=sitename,
    )
    for item in items:
        writer.add_item(**item)
    return Markup(writer.writeString("utf-8"))


@pass_context
def feed(context, kind: str, name: str | None, html_url: str, slugs: list[str]) -> Markup:
    """The feed of the entries ``slugs`` (newest first); ``name``: what the feed follows (a company, a person),
    None for the whole site."""
    site, lang, absolute = context["site"], context["lang"], context["absolute"]
    gettext = i18n.translations(lang).gettext
    about = (
        gettext("The latest entries about %(name)s.") % {"name": name}
        if name
        else gettext("A digest of AI companies and the people who move between them.")
    )
    items = []
    for slug in slugs:
        entry, date = site.entry(slug, lang), site.primary(slug).date
        link = absolute(f"{lang}/entries/{slug}/")
        published = dt.datetime.combine(date, dt.time(), dt.UTC) if date else None
        items.append(
            {
                "title": entry.title,
                "link": link,
                "unique_id": link,
                "description": as_html(entry.summary),
                "author_name": entry.source or None,
                "pubdate": published,
                "updateddate": published or EPOCH,
            }
        )
    return _written(context, kind, title(name, context["SITENAME"], lang), html_url, about, items)


@pass_context
def editions_feed(context, kind: str, listed: list, title_of, summary_of) -> Markup:
    """The feed of the weekly editions ``listed`` (``editions.Listed``, newest first), each linking to its page
    and its e-mail version; ``title_of(listed)`` and ``summary_of(listed)``: the template's words for an edition."""
    lang, absolute = context["lang"], context["absolute"]
    gettext = i18n.translations(lang).gettext
    items = []
    for edition in listed:
        link = absolute(f"{lang}/editions/{edition.week}/")
        items.append(
            {
                "title": Markup(title_of(edition)).striptags(),
                "link": link,
                "unique_id": link,
                "description": as_html(Markup(summary_of(edition)).striptags()),
                "pubdate": edition.published,
                "updateddate": edition.published,
                "links": (("enclosure", f"{link}email.html", gettext("E-mail version")),),
            }
        )
    about = gettext(
        "The digest as a weekly publication: every week's stories, moves, companies and people, newest first."
    )
    return _written(
        context, kind, f"{gettext('Weekly editions')} · {context['SITENAME']}", f"{lang}/editions/", about, items
    )
