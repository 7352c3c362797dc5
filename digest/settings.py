"""The settings digest reads, in one typed ``DigestSettings`` made from Pelican's settings (pelicanconf.py).

Each setting is declared once in ``SETTINGS``: its name, type check, default and meaning (docs/settings.md
documents every one: a test checks it). A value of the wrong type stops the build with a report in the form of
content problems (``model.Problem``: where, what, how to fix it), before anything is written.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .model import Problem

PAGE_FAMILIES = [  # the built-in page families, in the order their pages are made
    "digest.site.home",
    "digest.site.entries",
    "digest.site.entities",
    "digest.site.stories",
    "digest.site.timeline",
    "digest.search.bundles",
    "digest.site.feeds",
    "digest.site.editions",
]
SITEMAP_URLS = 50_000  # the sitemap protocol's limit per file


def _bool(value):
    return (value, None) if isinstance(value, bool) else (value, "must be True or False")


def _whole(least: int) -> Callable:
    def check(value):
        if isinstance(value, int) and not isinstance(value, bool) and value >= least:
            return value, None
        return value, f"must be a whole number of {least} or more"

    return check


def _page_size(value):
    """Entries per page; False, as in Pelican, means no pagination: every entry on one page."""
    return (sys.maxsize, None) if value is False else _whole(1)(value)


def _text(value):
    return (value, None) if isinstance(value, str) else (value, "must be text (in quotes)")


def _folder(value):
    if value is None or value == "":
        return None, None
    if isinstance(value, (str, Path)):
        return Path(value), None
    return value, "must be a folder path (text), or None for .cache/ beside the content folder"


def _modules(value):
    if isinstance(value, (list, tuple)) and all(isinstance(name, str) and name for name in value):
        return tuple(value), None
    return value, "must be a list of module names"


@dataclass(frozen=True)
class Setting:
    name: str  # as written in pelicanconf.py
    attribute: str  # on DigestSettings
    check: Callable[[Any], tuple[Any, str | None]]
    default: Any
    meaning: str
    unset: tuple = (None,)  # values that mean the default (Pelican's own default for its settings)
    example: str = ""  # the fix shown for a wrong value (default: the setting at its default)


SETTINGS = (
    Setting(
        "DIGEST_PAGE_FAMILIES",
        "page_families",
        _modules,
        PAGE_FAMILIES,
        "the modules whose pages(site, settings) make the pages (see docs/settings.md: page families)",
        example="DIGEST_PAGE_FAMILIES = PAGE_FAMILIES + ['my_family']  # PAGE_FAMILIES: from digest.settings",
    ),
    Setting(
        "DIGEST_CACHE_PATH",
        "cache_path",
        _folder,
        None,
        "the build cache's folder (default: .cache/ beside the content folder)",
        (None, ""),
    ),
    Setting("DIGEST_SEARCH", "search", _bool, True, "build the Pagefind search index and the search pages"),
    Setting(
        "DIGEST_SEARCH_SHARD_SIZE", "search_shard_size", _whole(1), 500, "entry versions per search bundle", (None, 0)
    ),
    Setting("DIGEST_HOME_STORIES", "home_stories", _whole(0), 12, "stories (or lone entries) on the home page"),
    Setting(
        "DIGEST_HOME_ENTITIES", "home_entities", _whole(0), 10, "most-mentioned companies, and people, on the home page"
    ),
    Setting("DIGEST_RELATED", "related", _whole(0), 5, "related entries listed on an entry page"),
    Setting(
        "DIGEST_SITEMAP_URLS",
        "sitemap_urls",
        _whole(1),
        2_000,
        f"URLs per sitemap file, at most {SITEMAP_URLS:,}; above it sitemap.xml is an index of parts",
        (None, 0),
    ),
    Setting(
        "DIGEST_CSP_SCRIPT",
        "csp_script",
        _text,
        "",
        "extra script sources allowed by the pages' Content-Security-Policy (set by digest serve)",
        (None,),
    ),
    Setting(
        "DIGEST_PUBLISH_UNREVIEWED",
        "publish_unreviewed",
        _bool,
        False,
        "publish entries and registry files marked reviewed: false (digest serve shows them, with a banner)",
    ),
    Setting("SITENAME", "sitename", _text, "digest", "the site's name, in titles and feeds"),
    Setting("SITEURL", "siteurl", _text, "", "the published address, for feeds, the sitemap and canonical links"),
    Setting(
        "DEFAULT_PAGINATION",
        "pagination",
        _page_size,
        20,
        "entries per company or person page (False: all on one page)",
        (None, 0),
    ),
    Setting("FEED_MAX_ITEMS", "feed_items", _whole(1), 20, "entries per Atom feed", (None, 0)),
)


class SettingsError(Exception):
    """Settings of the wrong type: the build stops before writing anything."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} settings problem(s)")
        self.problems = problems


@dataclass(frozen=True)
class DigestSettings:
    """Every setting digest reads, typed (see ``SETTINGS``); ``pelican`` is the whole of Pelican's settings, for
    Pelican's own (the theme, Jinja's options) and for page families from elsewhere."""

    page_families: tuple[str, ...]
    cache_path: Path | None
    search: bool
    search_shard_size: int
    home_stories: int
    home_entities: int
    related: int
    sitemap_urls: int
    csp_script: str
    publish_unreviewed: bool
    sitename: str
    siteurl: str
    pagination: int
    feed_items: int
    pelican: Mapping = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def read(cls, settings: Mapping, source: str | Path | None = None) -> DigestSettings:
        """The settings of Pelican's ``settings``; a SettingsError naming each wrong one (``source``: the
        settings file, where it is looked up)."""
        values, problems = {}, []
        for setting in SETTINGS:
            value = settings.get(setting.name)
            if any(type(value) is type(unset) and value == unset for unset in setting.unset):
                values[setting.attribute] = setting.check(setting.default)[0]
                continue
            checked, error = setting.check(value)
            if error:
                problems.append(_problem(setting, value, error, source))
            values[setting.attribute] = checked
        problems += pelican_feeds(settings, source)
        if problems:
            raise SettingsError(problems)
        return cls(**values, pelican=settings)

    @property
    def cache(self) -> Path:
        """The build cache's folder: ``cache_path``, else ``.cache/`` beside the content folder."""
        return self.cache_path or Path(self.pelican["PATH"]).resolve().parent / ".cache"


def _line(source: str | Path | None, name: str) -> int:
    """The line of ``source`` that assigns the setting ``name`` (0: not assigned there)."""
    if not source or not Path(source).is_file():
        return 0
    assigned = re.compile(rf"^\s*(?:\w+\s*=\s*)*{name}\s*=")
    lines = Path(source).read_text(encoding="utf-8", errors="replace").splitlines()
    return next((number for number, text in enumerate(lines, 1) if assigned.match(text)), 0)


def _problem(setting: Setting, value, error: str, source: str | Path | None) -> Problem:
    line = _line(source, setting.name)
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return Problem(
        str(source or "settings"),
        line,
        f"{setting.name} {error}, not {shown} ({type(value).__name__})",
        setting.example or f"{setting.name} = {setting.default!r}  # {setting.meaning}",
    )


# --- where a site's settings come from ---

SITE_SETTINGS, PRODUCTION_SETTINGS = "pelicanconf.py", "publishconf.py"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", ""}


def settings_file(path: Path | None = None, production: bool = False) -> Path | None:
    """``path``, else the site's own file in the current folder (publishconf.py for production, else
    pelicanconf.py), else None: the site builds with digest's defaults (digest.defaults)."""
    if path:
        return Path(path)
    names = (PRODUCTION_SETTINGS, SITE_SETTINGS) if production else (SITE_SETTINGS,)
    return next((Path(name) for name in names if Path(name).is_file()), None)


def load(config: Path | None, override: Mapping | None = None, production: bool = False) -> dict:
    """Pelican's settings from ``config``, or from digest.defaults when the site has no settings file; a
    production build without publishconf.py takes its address from $SITEURL or the GitHub remote."""
    from pelican.settings import read_settings

    override = dict(override or {})
    if production and (config is None or config.name != PRODUCTION_SETTINGS) and "SITEURL" not in override:
        from .defaults import github_pages_url

        if os.environ.get("SITEURL") or github_pages_url():
            override["SITEURL"] = os.environ.get("SITEURL") or github_pages_url()
    if config is not None:
        return read_settings(str(config), override=override)
    from . import defaults

    return read_settings(None, override={**{k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}, **override})


def production_problem(settings: Mapping, source: Path | None) -> Problem | None:
    """A production build's address must be the published one: never localhost, never empty."""
    siteurl = str(settings.get("SITEURL") or "")
    if (urlsplit(siteurl).hostname or "") not in LOCAL_HOSTS:
        return None
    return Problem(
        str(source or "digest.defaults"),
        _line(source, "SITEURL"),
        f"SITEURL is {siteurl!r}: a production build needs the address the site is published at "
        "(feeds, the sitemap and canonical links are written with it)",
        "set SITEURL in publishconf.py, or run `SITEURL=https://USER.github.io/REPO digest publish`, or give --siteurl",
    )


# Pelican's feeds are of its articles, which a digest site has none of: digest writes its own (docs/pelican.md).
PELICAN_FEEDS = (
    "FEED_ATOM",
    "FEED_RSS",
    "FEED_ALL_ATOM",
    "FEED_ALL_RSS",
    "CATEGORY_FEED_ATOM",
    "CATEGORY_FEED_RSS",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TAG_FEED_ATOM",
    "TAG_FEED_RSS",
    "TRANSLATION_FEED_ATOM",
    "TRANSLATION_FEED_RSS",
)


def pelican_feeds(settings: Mapping, source: str | Path | None) -> list[Problem]:
    """A Pelican feed setting turned on: it would write an empty feed, so the build refuses it."""
    return [
        Problem(
            str(source or "settings"),
            _line(source, name),
            f"{name} = {settings[name]!r} asks Pelican for a feed of its articles, which a digest site has "
            "none of (digest writes its own: fr/feed.atom and en/feed.atom for the whole site, and one per "
            "company and person)",
            f"{name} = None  # or leave it out after `from digest.defaults import *`",
        )
        for name in PELICAN_FEEDS
        if settings.get(name)
    ]
