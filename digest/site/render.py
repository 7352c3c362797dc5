"""Jinja environments (one per language, templates compiled once) and page rendering.

A page is a URL, a template and a context. Rendering is pure (context → bytes), so
pages can be rendered in a fork pool of two processes when there are many; the
writer (``output``) then skips files whose bytes did not change. What many pages
show is rendered once per build and process: an entry's line in lists (per page
depth), an event's sentence, an entry's body (its two language pages are adjacent).
Templates see the site through ``reads.SiteView``, which records what each page reads; a ``Recorder``
(the build's: ``digest.build.record``) keeps those records and the HTML of bodies between builds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    pass_context,
    select_autoescape,
)
from markupsafe import Markup

from .. import i18n
from ..model import LANGUAGES
from ..settings import DigestSettings
from . import events, markup, structured, syndication
from .coverage import ranked
from .index import FOLDERS, Site
from .reads import Reads, SiteView

DEFAULT_THEME = i18n.THEME
PARALLEL_THRESHOLD = 400  # below this many pages, forking costs more than it saves
STATIC = "static/"  # a page whose template names a theme's static file is that file's bytes (/favicon.ico)


@dataclass
class Page:
    """One output file. ``url`` is relative to the site root: "fr/entries/x/" or "sitemap.xml"."""

    url: str
    template: str
    context: dict = field(default_factory=dict)
    lang: str | None = None  # None: a page outside both language trees (root, 404, sitemap)
    # The parts of the site the context is made from, as paths (an attribute of ``Site``, then keys):
    # ("stories", id), ("mentions", kind, id). None: not said (see ``digest.build.depends.Unchanged``).
    sources: tuple | None = None

    @cached_property  # asked for each page by every step of a build
    def path(self) -> str:
        return self.url + "index.html" if self.url.endswith("/") or not self.url else self.url

    @property
    def root(self) -> str:
        """Relative prefix from this page back to the site root ("../../")."""
        depth = self.path.count("/")
        return "../" * depth

    def switch(self, lang: str) -> str:
        """This page's URL in ``lang`` (every page exists in both languages)."""
        return f"{lang}/{self.url.split('/', 1)[1]}" if self.lang else self.url


@lru_cache(maxsize=65536)
def when(value: dt.date | None, lang: str, format: str = "long") -> Markup:
    """A date as a <time> element in ``lang`` (pages show the same few thousand dates many times)."""
    if value is None:
        return Markup('<span class="undated">%s</span>') % i18n.format_date(None, lang)
    return Markup('<time datetime="%s">%s</time>') % (value.isoformat(), i18n.format_date(value, lang, format))


def gettext(translations) -> Callable:
    """Jinja's new-style ``_()`` (the message as Markup when escaping, %-formatted with its variables)
    in one call instead of three, each message without variables formatted once per build."""
    done: dict[tuple[str, bool], str] = {}

    @pass_context
    def _(context, message: str, **variables) -> str:
        autoescape = context.eval_ctx.autoescape
        if variables or (message, autoescape) not in done:
            text = translations.gettext(message)
            text = (Markup(text) if autoescape else text) % variables
            if variables:
                return text
            done[(message, autoescape)] = text
        return done[(message, autoescape)]

    return _


def ngettext(translations) -> Callable:
    """Jinja's new-style ``ngettext()`` (the plural form for ``num``, %-formatted with ``num`` and the variables),
    each message, count and variables formatted once per build: pages show counts by the thousand (entries per
    entity, outlets per story), of few distinct values."""
    done: dict[tuple, str] = {}

    @pass_context
    def ngettext_(context, singular: str, plural: str, count: int, /, **variables) -> str:
        autoescape = context.eval_ctx.autoescape
        # a value's type is part of the key: Markup("a&b") == "a&b", but only the str is escaped
        key = (singular, plural, count, autoescape, *sorted((k, type(v), v) for k, v in variables.items()))
        if key not in done:
            text = translations.ngettext(singular, plural, count)
            done[key] = (Markup(text) if autoescape else text) % {"num": count, **variables}
        return done[key]

    return ngettext_


def fragment(env: Environment, lang: str, name: str, renderer: Renderer) -> Callable:
    """The macro ``name`` of macros.html, for a macro whose output depends only on its arguments, the
    language, the page's depth (``root``) and what it reads from the site: rendered once per build for
    each, not once per page (an entry's line is listed on the pages of its entities, stories and related
    entries); each page that shows it is recorded as reading what it read."""
    modules: dict[str, object] = {}
    done: dict[tuple, tuple[Markup, Reads]] = {}

    @pass_context
    def call(context, *args, **kwargs) -> Markup:
        root = context["root"]
        key = (root, args, tuple(sorted(kwargs.items())))
        if key not in done:
            if root not in modules:
                modules[root] = env.get_template("macros.html").make_module({"lang": lang, "root": root})
            page_reads, renderer.reads = renderer.reads, Reads()
            try:
                done[key] = (getattr(modules[root], name)(*args, **kwargs), renderer.reads)
            finally:
                renderer.reads = page_reads
        html, reads = done[key]
        renderer.reads.add(reads)
        return html

    return call


def relative(page: Page, target: str) -> str:
    """``target`` (a root-relative URL) as a link relative to ``page``."""
    return page.root + target if target else page.root or "./"


class Recorder(Protocol):
    """What a build keeps of rendering (``digest.build.record.Recorder``): bodies' HTML by their text, and
    what each page showed and read; a render worker hands what it learnt (``harvest``) to the parent (``merge``)."""

    def render(self, text: str, render: Callable[[str], str]) -> str: ...

    def record(self, page_path: str, bodies: Iterable[str], reads: Reads) -> None: ...

    def harvest(self) -> tuple: ...

    def merge(self, taken: tuple) -> None: ...


class Renderer:
    """Renders pages with one compiled Jinja environment per language; ``compiled`` keeps compiled templates
    between builds, unless Pelican's JINJA_ENVIRONMENT names its own ``bytecode_cache``."""

    def __init__(
        self,
        site: Site,
        settings: DigestSettings,
        recorder: Recorder | None = None,
        compiled: BytecodeCache | None = None,
    ):
        self.site = site
        self.settings = settings
        self.recorder = recorder
        self.bodies: set[str] = set()  # entry files whose body the page being rendered shows
        self.reads = Reads()  # what the page being rendered reads from the site
        self._last_body: tuple[str, Markup] | None = None  # (Markdown, HTML) of the body rendered last
        self._sentences: dict[tuple, Markup] = {}  # (event, lang, root, link) -> sentence
        theme = Path(settings.pelican.get("THEME") or DEFAULT_THEME)
        self.themes = [theme] if theme.resolve() == DEFAULT_THEME.resolve() else [theme, DEFAULT_THEME]
        # a user theme may override a few templates
        loaders = [FileSystemLoader(str(folder / "templates")) for folder in self.themes]
        self.envs = {lang: self._environment(ChoiceLoader(loaders), lang, compiled) for lang in LANGUAGES}

    def _environment(self, loader, lang: str, compiled: BytecodeCache | None) -> Environment:
        pelican = self.settings.pelican
        options = dict(pelican.get("JINJA_ENVIRONMENT") or {})
        if compiled is not None:
            options.setdefault("bytecode_cache", compiled)
        extensions = set(options.pop("extensions", [])) | {"jinja2.ext.i18n"}
        # auto_reload off: one build compiles each template once and never stats it again
        options = {
            "trim_blocks": True,
            "lstrip_blocks": True,
            "undefined": StrictUndefined,
            "auto_reload": False,
            **{k: v for k, v in options.items() if k not in {"autoescape", "loader"}},
        }
        env = Environment(  # autoescape always on, whatever the settings say
            loader=loader,
            autoescape=select_autoescape(["html", "xml", "atom"], default_for_string=True),
            extensions=sorted(extensions),
            **options,
        )
        translations = i18n.translations(lang)
        env.install_gettext_translations(translations, newstyle=True)
        env.globals["_"] = env.globals["gettext"] = gettext(translations)
        env.globals["ngettext"] = ngettext(translations)
        env.filters.update(pelican.get("JINJA_FILTERS") or {})
        env.globals.update(pelican.get("JINJA_GLOBALS") or {})
        env.filters["date"] = lambda value, format="long": i18n.format_date(value, lang, format)
        env.filters["when"] = lambda value, format="long": when(value, lang, format)
        env.filters["number"] = lambda value: i18n.format_number(value, lang)
        env.filters["month"] = lambda value: i18n.format_month(value, lang)
        env.globals["language_name"] = lambda code: i18n.language_name(code, lang)
        env.globals["native_name"] = lambda code: i18n.language_name(code, code)
        env.globals["translate"] = lambda code, message: i18n.translations(code).gettext(message)
        env.globals["body"] = self.body
        env.globals["feed"] = syndication.feed
        env.globals["news_article"] = structured.news_article
        env.globals["entity_data"] = structured.entity
        env.globals["editions_feed"] = syndication.editions_feed
        env.globals["LANGUAGES"] = LANGUAGES
        env.globals["FOLDERS"] = FOLDERS
        env.globals["SITENAME"] = self.settings.sitename
        env.globals["siteurl"] = self.settings.siteurl.rstrip("/")
        env.globals["SEARCH"] = self.settings.search
        # extra script sources for previews only (digest serve allows its live-reload snippet)
        env.globals["CSP_SCRIPT"] = Markup(" " + self.settings.csp_script) if self.settings.csp_script else ""
        env.globals["site"] = SiteView(self.site, self)
        env.globals["ranked"] = lambda groups: ranked(env.globals["site"], groups)
        partials: dict[tuple[str, str], Markup] = {}

        def partial(name: str, root: str) -> Markup:
            """A template that depends only on the language and the page's depth (header, footer),
            rendered once per depth instead of once per page."""
            if (name, root) not in partials:
                partials[(name, root)] = Markup(env.get_template(name).render(lang=lang, root=root))
            return partials[(name, root)]

        env.globals["partial"] = partial
        env.globals["entry_line"] = fragment(env, lang, "entry_line", self)
        return env

    def body(self, entry) -> Markup:
        """An entry's body as HTML (cached by its text); the page being rendered is recorded as showing it."""
        self.bodies.add(str(entry.path))
        # An entry without a translation shows the same body on its two language pages, rendered one after the other.
        if self._last_body is None or self._last_body[0] != entry.body:
            convert = markup.render_markdown
            html = self.recorder.render(entry.body, convert) if self.recorder else convert(entry.body)
            self._last_body = (entry.body, Markup(html))
        return self._last_body[1]

    def sentence(self, event, lang: str, root: str, link: bool = True) -> Markup:
        """An event as a sentence (the same event is told on the pages of its entries and entities)."""
        key = (event, lang, root, link)
        if key not in self._sentences:
            self._sentences[key] = events.sentence(event, self.site, lang, i18n.translations(lang).gettext, root, link)
        return self._sentences[key]

    def compile(self) -> None:
        """Load every template now (compiled, or read from the bytecode cache): processes forked afterwards
        inherit them instead of each loading its own."""
        for env in self.envs.values():
            for name in env.list_templates():
                # not a template, or a broken one: the error is raised if a page uses it
                with contextlib.suppress(TemplateSyntaxError, UnicodeDecodeError):
                    env.get_template(name)

    def render(self, page: Page) -> bytes:
        self.bodies, self.reads = set(), Reads()
        data = self._render(page)
        if self.recorder:
            self.recorder.record(page.path, self.bodies, self.reads)
        return data

    def _render(self, page: Page) -> bytes:
        if page.template.startswith(STATIC):
            return self.static(page.template)
        lang = page.lang or LANGUAGES[0]
        env = self.envs[lang]
        site = self.site
        siteurl = self.settings.siteurl.rstrip("/")
        context = {
            "page": page,
            "lang": lang,
            "root": page.root,
            "other": [code for code in LANGUAGES if code != lang],
            "siteurl": siteurl,
            "site_path": urlsplit(siteurl).path.rstrip("/") + "/",
            "url": lambda target: relative(page, target),
            "absolute": lambda target: f"{siteurl}/{target}",
            "sentence": lambda event, link=True: self.sentence(event, lang, page.root, link),
            "role": lambda role, person=None: events.role_shown(lang, site, role, person),
            **page.context,
        }
        return env.get_template(page.template).render(context).encode("utf-8")

    def static(self, name: str) -> bytes:
        """A static file of the theme (a user theme's first), as it is."""
        for folder in self.themes:
            if (folder / name).is_file():
                return (folder / name).read_bytes()
        raise TemplateNotFound(name)


_WORKER: tuple[Renderer, list[Page], Callable[[Page, bytes], bool]] | None = None


def _render_range(bounds: tuple[int, int]) -> tuple[int, tuple | None]:
    renderer, pages, write = _WORKER
    written = sum(write(page, renderer.render(page)) for page in pages[bounds[0] : bounds[1]])
    return written, renderer.recorder.harvest() if renderer.recorder else None


def render_all(
    renderer: Renderer, pages: list[Page], write: Callable[[Page, bytes], bool], jobs: int | None = None
) -> int:
    """Render and write every page; return how many files changed.

    With many pages and a fork-capable OS, two processes share the work; the pages and
    the renderer are inherited by the children, only counts and what the recorder learnt travel back.
    """
    global _WORKER
    jobs = jobs or min(2, os.cpu_count() or 1)
    if jobs < 2 or len(pages) < PARALLEL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
        written = sum(write(page, renderer.render(page)) for page in pages)
        if renderer.recorder:
            renderer.recorder.merge(renderer.recorder.harvest())
        return written
    renderer.compile()
    _WORKER = (renderer, pages, write)
    try:
        chunk = max(50, len(pages) // (jobs * 8))
        ranges = [(start, min(start + chunk, len(pages))) for start in range(0, len(pages), chunk)]
        written = 0
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for count, learnt in pool.imap_unordered(_render_range, ranges):
                written += count
                if learnt:
                    renderer.recorder.merge(learnt)
        return written
    finally:
        _WORKER = None


def paginate(items: list, size: int) -> Iterable[tuple[int, int, list]]:
    """(page number, page count, items) for each page; at least one page even when empty."""
    count = max(1, -(-len(items) // size))
    for number in range(1, count + 1):
        yield number, count, items[(number - 1) * size : number * size]


def page_url(base: str, number: int) -> str:
    return base if number == 1 else posixpath.join(base, "page", str(number)) + "/"
