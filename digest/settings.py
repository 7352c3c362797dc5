"""The settings digest reads, in one typed ``DigestSettings`` made from Pelican's settings (pelicanconf.py).

Each setting is declared once in ``SETTINGS``: its name, type check, default and meaning (docs/settings.md
documents every one: a test checks it). A value of the wrong type stops the build with a report in the form of
content problems (``model.Problem``: where, what, how to fix it), before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from .model import Problem

PAGE_FAMILIES = [  # the built-in page families, in the order their pages are made
    "digest.site.home", "digest.site.entries", "digest.site.entities", "digest.site.stories",
    "digest.site.timeline", "digest.search.bundles", "digest.site.feeds", "digest.site.editions",
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
    Setting("DIGEST_PAGE_FAMILIES", "page_families", _modules, PAGE_FAMILIES,
            "the modules whose pages(site, settings) make the pages (see docs/settings.md: page families)",
            example="DIGEST_PAGE_FAMILIES = PAGE_FAMILIES + ['my_family']  # PAGE_FAMILIES: from digest.settings"),
    Setting("DIGEST_CACHE_PATH", "cache_path", _folder, None,
            "the build cache's folder (default: .cache/ beside the content folder)", (None, "")),
    Setting("DIGEST_SEARCH", "search", _bool, True, "build the Pagefind search index and the search pages"),
    Setting("DIGEST_SEARCH_SHARD_SIZE", "search_shard_size", _whole(1), 500,
            "entry versions per search bundle", (None, 0)),
    Setting("DIGEST_HOME_STORIES", "home_stories", _whole(0), 12, "stories (or lone entries) on the home page"),
    Setting("DIGEST_HOME_ENTITIES", "home_entities", _whole(0), 10,
            "most-mentioned companies, and people, on the home page"),
    Setting("DIGEST_RELATED", "related", _whole(0), 5, "related entries listed on an entry page"),
    Setting("DIGEST_SITEMAP_URLS", "sitemap_urls", _whole(1), 2_000,
            f"URLs per sitemap file, at most {SITEMAP_URLS:,}; above it sitemap.xml is an index of parts", (None, 0)),
    Setting("DIGEST_CSP_SCRIPT", "csp_script", _text, "",
            "extra script sources allowed by the pages' Content-Security-Policy (set by digest serve)", (None,)),
    Setting("DIGEST_PUBLISH_UNREVIEWED", "publish_unreviewed", _bool, False,
            "publish entries and registry files marked reviewed: false (digest serve shows them, with a banner)"),
    Setting("SITENAME", "sitename", _text, "digest", "the site's name, in titles and feeds"),
    Setting("SITEURL", "siteurl", _text, "", "the published address, for feeds, the sitemap and canonical links"),
    Setting("DEFAULT_PAGINATION", "pagination", _whole(1), 20,
            "entries per company or person page", (None, False, 0)),
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
        if problems:
            raise SettingsError(problems)
        return cls(**values, pelican=settings)

    @property
    def cache(self) -> Path:
        """The build cache's folder: ``cache_path``, else ``.cache/`` beside the content folder."""
        return self.cache_path or Path(self.pelican["PATH"]).resolve().parent / ".cache"


def _problem(setting: Setting, value, error: str, source: str | Path | None) -> Problem:
    line = 0
    if source and Path(source).is_file():
        assigned = re.compile(rf"^\s*{setting.name}\s*=")
        lines = Path(source).read_text(encoding="utf-8", errors="replace").splitlines()
        line = next((number for number, text in enumerate(lines, 1) if assigned.match(text)), 0)
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return Problem(str(source or "settings"), line, f"{setting.name} {error}, not {shown} ({type(value).__name__})",
                   setting.example or f"{setting.name} = {setting.default!r}  # {setting.meaning}")
