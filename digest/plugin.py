"""The Pelican plugin: reads the corpus once and writes every digest page in both languages.

`register()` connects to Pelican's signals, as any third-party plugin would:
``get_generators`` adds the digest generator, which also builds the Pagefind index once its pages are written.
The page families are plugins too: ``DIGEST_PAGE_FAMILIES`` (a setting) lists the
modules whose ``pages(site, settings)`` the generator renders; the built-in ones are
entries, companies and people, stories, timeline, home, search and feeds.

When the only content changes since the last build are edits to entries, the build starts from the last
build's site (``digest.cache.Cache.restore``). After edits to bodies only, it calls only the families of
the pages to render; so a family's list of pages and their contexts must depend on entries' front matter
only (bodies reach pages through the templates' ``body()``, which records which page shows which body).
After edits to front matter, the site is indexed again and every family called: the pages to render are
those whose context or reads changed (``digest.site.depends``).
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import json
import logging
import os
import time
import traceback
from pathlib import Path
from typing import Callable

from pelican import signals

from . import cache as build_cache
from . import checks, content
from .model import LANGUAGES, Problem
from .site import index, meta, output, search
from .site.render import PARALLEL_THRESHOLD, Page, Renderer, render_all

log = logging.getLogger(__name__)

PAGE_FAMILIES = [
    "digest.site.home", "digest.site.entries", "digest.site.entities", "digest.site.stories",
    "digest.site.timeline", "digest.site.search", "digest.site.feeds",
]


class ContentErrors(Exception):
    """The corpus has errors: the build stops before writing anything."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} content problem(s)")
        self.problems = problems


class DigestGenerator:
    """A Pelican generator: ``generate_context`` loads and indexes, ``generate_output`` renders and writes."""

    def __init__(self, context, settings, path, theme, output_path, **kwargs):
        self.settings = settings
        self.path = Path(path)
        self.output_path = Path(output_path)
        self.site = None
        self.families = [importlib.import_module(name) for name in settings.get("DIGEST_PAGE_FAMILIES", PAGE_FAMILIES)]
        self.cache = build_cache.Cache(build_cache.folder(settings), [family.__name__ for family in self.families])

    def generate_context(self):
        start = time.perf_counter()
        self.site = self.cache.restore(self.path, checks.body_problems)
        if self.site and self.cache.replaced:
            # Entries that passed the last build's checks and did not change pass them again: only the
            # edited ones are checked on their own, with every check across files.
            errors = [p for p in checks.check(self.site.corpus, [new for _, new in self.cache.replaced if new])
                      if p.severity == "error"]
            if errors:
                raise ContentErrors(errors)
        if self.site and self.cache.reindex:
            self.site = index.build(self.site.corpus)
        if self.site:
            log.info("digest: %d entries as the last build left them, %d edited, in %.2f s",
                     len(self.site.corpus.entries), len(self.cache.changes), time.perf_counter() - start)
        else:
            corpus = content.load(self.path, self.cache)
            errors = [p for p in checks.check(corpus) if p.severity == "error"]  # the same report as `digest check`
            if errors:
                raise ContentErrors(errors)
            self.site = index.build(corpus)
            log.info("digest: loaded and indexed %d entries in %.2f s", len(corpus.entries), time.perf_counter() - start)
        # the corpus lives until the build ends (digest build unfreezes): the collector need not scan it again and again
        gc.freeze()

    def pages(self, families: list | None = None) -> list[Page]:
        """The pages of ``families`` (default: every family, and the site-wide files)."""
        pages = []
        for family in families or self.families:
            made = list(family.pages(self.site, self.settings))
            self.cache.families.update((page.path, family.__name__) for page in made)
            pages += made
        if families is None:
            html = [p for p in pages if p.lang == LANGUAGES[0] and p.path.endswith(".html")]
            pages.extend(meta.pages(self.site, self.settings, html))
        return pages

    def chosen(self, paths: set[str]) -> list[Page]:
        """The pages at ``paths``, made by their families only when the last build recorded which ones."""
        names = {self.cache.families.get(path) for path in paths}
        families = None if None in names else [family for family in self.families if family.__name__ in names]
        return [page for page in self.pages(families) if page.path in paths] if paths else []

    def render_settings(self) -> dict:
        """The settings, with Jinja's compiled templates kept in the build cache (unless they say otherwise)."""
        options = dict(self.settings.get("JINJA_ENVIRONMENT") or {})
        if "bytecode_cache" not in options:
            options["bytecode_cache"] = self.cache.templates(options)
        return {**self.settings, "JINJA_ENVIRONMENT": options}

    def generate_output(self, writer):
        start = time.perf_counter()
        renderer = Renderer(self.site, self.render_settings(), self.cache)
        inputs = build_cache.inputs(self.settings, renderer.themes)
        self.cache.inspect(self.output_path)  # before anything is written
        # A restored site whose front matter did not change has the last build's pages: they are made only
        # if they are to be rendered.
        pages = None if self.cache.restored and not self.cache.replaced else self.pages()
        first, indexing = self.index_edited_first(renderer, pages)
        try:
            todo, removed = self.render_the_rest(renderer, inputs, pages, {page.path for page in first}, indexing)
        finally:
            if indexing:
                indexing.wait()  # a failed build is undone once the search index is no longer written
        log.info("digest: %d pages, %d rendered, %d written, %d removed in %.2f s",
                 len(self.cache.page_paths), len(first) + len(todo), len(self.cache.written), removed,
                 time.perf_counter() - start)
        if indexing:
            self.log_search(*indexing.result())
            # A page the search reads, written after it started, is read now (unchanged text: nothing re-indexed).
            written_after = self.cache.written.keys() - {page.path for page in first}
            if not search.read_pages(self.site, self.settings).isdisjoint(written_after):
                self.log_search(*self.build_search_index(), again=True)
        else:
            self.log_search(*self.build_search_index())

    def render_the_rest(self, renderer: Renderer, inputs: str, pages: list[Page] | None, done: set[str],
                        indexing: Indexing | None) -> tuple[list[Page], int]:
        """Plan, render and write the pages to render but those ``done``, remove the pages the last build made
        and this one does not, save the cache; return the pages rendered and how many were removed."""
        targets = self.cache.plan(inputs, self.output_path, pages, self.site)
        if targets is None:
            if pages is None:
                pages = self.pages()
                self.cache.every(pages)
            todo = pages
        else:
            todo = [p for p in pages if p.path in targets] if pages is not None else self.chosen(targets)
        todo = [page for page in todo if page.path not in done]
        if indexing and len(todo) >= PARALLEL_THRESHOLD:
            indexing.wait()  # two processes render: no core to spare
        render_all(renderer, todo, self.write)
        # A partial plan knows the pages the last build made that this one does not, and an output folder that
        # started empty (its journal says so) holds only this build's pages: no need to walk the 20,000 folders
        # of a large site.
        if targets is not None:
            removed = output.discard(self.output_path, self.cache.gone)
        elif (output.undo_dir(self.output_path) / output.FRESH).exists():
            removed = 0
        else:
            removed = output.prune(self.output_path, set(self.cache.page_paths))
        self.cache.finish(self.output_path, self.site)
        return todo, removed

    def index_edited_first(self, renderer: Renderer, pages: list[Page] | None) -> tuple[list[Page], Indexing | None]:
        """After edits to entries, their pages that the search index reads are rendered first, and the
        index rebuilt by another process (on the other core) while the other pages are planned and
        rendered: the pages these edits change, and nothing else, wait for it."""
        if not self.cache.restored:
            return [], None
        paths = self.cache.showing_edited(page.path for page in pages or ()) & search.read_pages(self.site, self.settings)
        if not paths:
            return [], None
        first = [page for page in pages if page.path in paths] if pages is not None else self.chosen(paths)
        self.cache.bypass_html = True  # a few bodies: rendering them costs less than reading every body's HTML
        render_all(renderer, first, self.write)
        return first, Indexing(self.build_search_index)

    def build_search_index(self) -> tuple[int | None, float]:
        """Re-index what changed in the search index: how many shards (None: search is off), in how long."""
        out = self.output_path.resolve()
        name = hashlib.blake2b(str(out).encode(), digest_size=8).hexdigest()
        state = build_cache.folder(self.settings) / f"search-{name}.json"
        start = time.perf_counter()
        return search.build_index(self.site, self.settings, out, state), time.perf_counter() - start

    @staticmethod
    def log_search(ran: int | None, seconds: float, again: bool = False) -> None:
        """``again``: a second look, logged only if it re-indexed something."""
        if ran is not None and not (again and ran == 0):
            log.info("digest: search index: %d shard(s) re-indexed in %.2f s", ran, seconds)

    def write(self, page: Page, data: bytes) -> bool:
        written = output.write(self.output_path, page.path, data)
        if written:
            self.cache.wrote(page.path, os.stat(f"{self.output_path}{os.sep}{page.path}"))
        return written


class Indexing:
    """``index()`` (the search index, rebuilt) run by a forked process where the system can fork, else at once:
    a thread would share the interpreter with the build, and wait for it after each of its system calls.
    ``result`` waits for it and returns what it returned, or raises a SearchIndexError if it failed."""

    def __init__(self, index: Callable[[], object]):
        self.pid = None
        if not hasattr(os, "fork"):
            self.outcome = _outcome(index)
            return
        self._pipe, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self._pipe)
                with os.fdopen(write, "w", encoding="utf-8") as pipe:
                    json.dump(_outcome(index), pipe)
            finally:
                os._exit(0)
        os.close(write)

    def wait(self) -> None:
        if self.pid is not None:
            with os.fdopen(self._pipe, encoding="utf-8") as pipe:
                sent = pipe.read()
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            self.outcome = json.loads(sent) if sent else {
                "error": f"the process building the search index ended with status {status}"}

    def result(self):
        self.wait()
        if "error" in self.outcome:
            raise search.SearchIndexError(self.outcome["error"])
        return self.outcome["value"]


def _outcome(function: Callable[[], object]) -> dict:
    """``{"value": function()}``, or what went wrong: ``{"error": message}``."""
    try:
        return {"value": function()}
    except search.SearchIndexError as exc:
        return {"error": str(exc)}
    except Exception:
        return {"error": traceback.format_exc()}


def get_generators(pelican):
    return DigestGenerator


def register():
    signals.get_generators.connect(get_generators)
