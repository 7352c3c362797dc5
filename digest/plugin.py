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
After edits to front matter, the site is indexed again if a field it indexes changed (``index.INDEXED``),
every family is called, and the pages to render are those whose context or reads changed
(``digest.site.depends``; a page that names its ``sources`` is compared through them). A family whose
contexts are made from the site's indexes alone, holding entries as themselves (never a title or summary
copied out of one), says so with ``CONTEXTS_FROM_INDEX = True``: when every family does, edits to fields
the site does not index (a title, a summary) are handled like body edits, and the pages to render are
those that hold or read an edited entry.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import time
import traceback
import weakref
from pathlib import Path

from pelican import signals

from . import cache as build_cache
from . import checks, content
from .model import LANGUAGES, Problem
from .search import bundles as search_bundles
from .search import index as search
from .site import index, meta, output
from .site.render import PARALLEL_THRESHOLD, Page, Renderer, render_all

log = logging.getLogger(__name__)

PAGE_FAMILIES = [
    "digest.site.home", "digest.site.entries", "digest.site.entities", "digest.site.stories",
    "digest.site.timeline", "digest.search.bundles", "digest.site.feeds",
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
        self.indexer: Indexer | None = None
        self.made: dict[str, list[Page]] = {}  # page family -> its pages (see pages)
        self.families = [importlib.import_module(name) for name in settings.get("DIGEST_PAGE_FAMILIES", PAGE_FAMILIES)]
        self.cache = build_cache.Cache(build_cache.folder(settings), [family.__name__ for family in self.families])

    def generate_context(self):
        # forked now, while the process is small (see Indexer)
        self.indexer = Indexer() if search_bundles.enabled(self.settings) else None
        if self.indexer:  # told there is no work if another generator fails before this one's output
            weakref.finalize(self, self.indexer.stop)
        try:
            with build_cache.lasting():  # the corpus and its indexes live until the build ends
                self.load()
        except BaseException:
            self.stop_indexer()
            raise

    def load(self) -> None:
        """The site: the last build's, with the edits since, else the whole corpus loaded, checked and indexed."""
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
            self.cache.indexed_before, self.site = self.site, index.build(self.site.corpus)
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

    def pages(self, families: list | None = None) -> list[Page]:
        """The pages of ``families`` (default: every family, and the site-wide files); a family is called once
        per build (a rebuild may ask for a few pages first, then for others)."""
        pages = []
        for family in families or self.families:
            if family.__name__ not in self.made:
                with build_cache.lasting():
                    self.made[family.__name__] = list(family.pages(self.site, self.settings))
                self.cache.families.update((page.path, family.__name__) for page in self.made[family.__name__])
            pages += self.made[family.__name__]
        if families is None:
            html = [p for p in pages if p.lang == LANGUAGES[0] and p.path.endswith(".html")]
            pages.extend(meta.pages(self.site, self.settings, html))
        return pages

    def same_pages(self) -> bool:
        """Whether the families would make the last build's pages, with the same contexts: after edits to
        bodies, or to front matter the site does not index (a title, a summary: ``index.INDEXED``) when every
        family makes its contexts from the site's indexes (``CONTEXTS_FROM_INDEX``)."""
        return self.cache.restored and (not self.cache.replaced or not self.cache.reindex and all(
            getattr(family, "CONTEXTS_FROM_INDEX", False) for family in self.families))

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
        plan = search_bundles.planned(self.site, self.settings)  # the search index's bundles and the pages it reads
        read = {path for paths in plan.values() for path in paths} if plan else set()
        try:
            first = self.index_edited_first(renderer, plan, read)
            # A site with the last build's pages and contexts: they are made only if they are to be rendered.
            pages = None if self.same_pages() else self.pages()
            todo, removed = self.render_the_rest(renderer, inputs, pages, {page.path for page in first})
        finally:
            self.stop_indexer()  # a failed build is undone once the search index is no longer written
        log.info("digest: %d pages, %d rendered, %d written, %d removed in %.2f s",
                 len(self.cache.page_paths), len(first) + len(todo), len(self.cache.written), removed,
                 time.perf_counter() - start)
        if first:
            self.log_search(*self.indexer.result())
            # A page the search reads, written after it started, is read now (unchanged text: nothing re-indexed).
            written_after = self.cache.written.keys() - {page.path for page in first}
            if not read.isdisjoint(written_after):
                self.log_search(*self.build_search_index(plan, rewritten=written_after), again=True)
        else:
            self.log_search(*self.build_search_index(plan))

    def render_the_rest(self, renderer: Renderer, inputs: str, pages: list[Page] | None,
                        done: set[str]) -> tuple[list[Page], int]:
        """Plan, render and write the pages to render but those ``done``, remove the pages the last build made
        and this one does not, save the cache; return the pages rendered and how many were removed."""
        with build_cache.lasting():  # the fingerprints and records of every page
            targets = self.cache.plan(inputs, self.output_path, pages, self.site)
        if targets is None:
            if pages is None:
                pages = self.pages()
                self.cache.every(pages)
            todo = pages
        else:
            todo = [p for p in pages if p.path in targets] if pages is not None else self.chosen(targets)
        todo = [page for page in todo if page.path not in done]
        if len(todo) >= PARALLEL_THRESHOLD:
            self.stop_indexer()  # two processes render: no core to spare
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

    def index_edited_first(self, renderer: Renderer, plan: dict | None, read: set[str]) -> list[Page]:
        """After edits to entries, their pages that the search index reads (``read``, in the bundles of ``plan``)
        are rendered first, and the index rebuilt by the indexer (on the other core) while the other pages are
        made, planned and rendered: the pages these edits change, and nothing else, wait for it. Only the
        families of these pages are called first, unless an entry was added (its pages are known to no record).
        Returns the pages rendered."""
        if not (plan and self.cache.restored and self.indexer and self.indexer.pid):
            return []
        added = any(old is None for old, _ in self.cache.replaced)
        paths = self.cache.showing_edited(page.path for page in (self.pages() if added else ())) & read
        if not paths:
            return []
        first = self.chosen(paths)
        self.cache.bypass_html = True  # a few bodies: rendering them costs less than reading every body's HTML
        render_all(renderer, first, self.write)
        self.indexer.start(self.output_path.resolve(), plan, self.search_state())
        return first

    def stop_indexer(self) -> None:
        if self.indexer:
            self.indexer.stop()

    def search_state(self) -> Path:
        """Where the search step keeps what it indexed in the output folder (in the build cache)."""
        name = hashlib.blake2b(str(self.output_path.resolve()).encode(), digest_size=8).hexdigest()
        return build_cache.folder(self.settings) / f"search-{name}.json"

    def build_search_index(self, plan: dict | None, rewritten: set[str] | None = None) -> tuple[int | None, float]:
        """Re-index what changed in the bundles of ``plan`` (None: search is off; ``rewritten``: see
        ``search.index``): how many shards (None when off), in how long."""
        return (None, 0.0) if plan is None else _index(self.output_path.resolve(), plan, self.search_state(), rewritten)

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


class Indexer:
    """A process that rebuilds the search index when the build gives it the work (``start``), forked when the
    build starts, while the process is small: forked later, every page of the build's memory that both share
    and the build then writes would be copied, slowing both (and a thread would share the interpreter's lock).
    Where the system cannot fork, the build indexes by itself (``pid`` is None)."""

    def __init__(self):
        self.pid, self.started = None, False
        if not hasattr(os, "fork"):
            return
        work, self._work = os.pipe()
        self._outcome, outcome = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self._work)
                os.close(self._outcome)
                with os.fdopen(work, encoding="utf-8") as pipe:
                    given = pipe.read()  # until the build closes its end: nothing if it needs no index from here
                if given:
                    given = json.loads(given)
                    with os.fdopen(outcome, "w", encoding="utf-8") as pipe:
                        json.dump(_outcome(Path(given["output"]), given["plan"], Path(given["state"])), pipe)
            finally:
                os._exit(0)
        os.close(work)
        os.close(outcome)

    def start(self, output: Path, plan: dict, state: Path) -> None:
        with os.fdopen(self._work, "w", encoding="utf-8") as pipe:
            json.dump({"output": str(output), "plan": plan, "state": str(state)}, pipe)
        self.started = True

    def stop(self) -> None:
        """Wait for the work given, or tell the process there is none."""
        if self.pid is None:
            return
        if self.started:
            with os.fdopen(self._outcome, encoding="utf-8") as pipe:
                sent = pipe.read()
        else:
            os.close(self._work)
            os.close(self._outcome)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if self.started:
            self.outcome = json.loads(sent) if sent else {"error": f"the search indexer ended with status {status}"}

    def result(self) -> tuple[int, float]:
        """How many shards it re-indexed, in how long; a SearchIndexError if it failed."""
        self.stop()
        if "error" in self.outcome:
            raise search.SearchIndexError(self.outcome["error"])
        return self.outcome["ran"], self.outcome["seconds"]


def _index(output: Path, plan: dict, state: Path, rewritten: set[str] | None = None) -> tuple[int, float]:
    """``search.index``: how many shards it re-indexed, in how long."""
    start = time.perf_counter()
    return search.index(output, plan, state, rewritten), time.perf_counter() - start


def _outcome(output: Path, plan: dict, state: Path) -> dict:
    """``_index`` run, or what went wrong."""
    try:
        ran, seconds = _index(output, plan, state)
        return {"ran": ran, "seconds": seconds}
    except search.SearchIndexError as exc:
        return {"error": str(exc)}
    except Exception:
        return {"error": traceback.format_exc()}


def get_generators(pelican):
    return DigestGenerator


def register():
    signals.get_generators.connect(get_generators)
