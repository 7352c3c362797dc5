"""Atom and RSS feeds of entries, written by feedgenerator (Pelican's own feed writer): the templates feed.atom and
feed.rss call ``feed``, which reads the entries through the page's ``site`` (so the build records what it shows)."""

from __future__ import annotations

import datetime as dt
import html

from feedgenerator import Atom1Feed, Rss201rev2Feed
from jinja2 import pass_context
from markupsafe import Markup

from .. import i18n

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # the date of an undated entry, and of an empty feed


class _Dated:
    """A feed dated by its newest entry, never by the clock: the same entries give the same bytes."""

    def latest_post_date(self) -> dt.datetime:
        return max((item["updateddate"] for item in self.items), default=EPOCH)


class Atom(_Dated, Atom1Feed):
    pass


class Rss(_Dated, Rss201rev2Feed):
    pass


FORMATS = {"atom": Atom, "rss": Rss}
MEDIA_TYPES = {"atom": "application/atom+xml", "rss": "application/rss+xml"}


def title(name: str | None, sitename: str, lang: str) -> str:
    """A feed's title: "OpenAI · digest", or for the whole site "digest (English)" (a reader lists both languages)."""
    return f"{name} · {sitename}" if name else f"{sitename} ({i18n.language_name(lang, lang)})"


@pass_context
def feed(context, kind: str, name: str | None, html_url: str, slugs: list[str]) -> Markup:
    """The feed of ``slugs`` (newest first) in format ``kind`` (``FORMATS``), for the page being rendered;
    ``name``: what the feed follows (a company, a person), None for the whole site."""
    site, lang, absolute, sitename = context["site"], context["lang"], context["absolute"], context["SITENAME"]
    gettext = i18n.translations(lang).gettext
    about = (gettext("The latest entries about %(name)s.") % {"name": name} if name
             else gettext("A digest of AI companies and the people who move between them."))
    writer = FORMATS[kind](title=title(name, sitename, lang), link=absolute(html_url), description=about, language=lang,
                           feed_url=absolute(context["page"].url), feed_guid=absolute(context["page"].url),
                           author_name=sitename)
    for slug in slugs:
        entry, date = site.entry(slug, lang), site.primary(slug).date
        link = absolute(f"{lang}/entries/{slug}/")
        published = dt.datetime.combine(date, dt.time(), dt.timezone.utc) if date else None
        # readers take a summary as HTML: the editor's plain text, escaped
        summary = html.escape(entry.summary, quote=False) if entry.summary else None
        writer.add_item(title=entry.title, link=link, unique_id=link, description=summary,
                        author_name=entry.source or None, pubdate=published, updateddate=published or EPOCH)
    return Markup(writer.writeString("utf-8"))
