"""One build of the digest pages, step by step: load (or restore) the site, plan, render, index, record.

The page families are plugins: ``DIGEST_PAGE_FAMILIES`` lists the modules whose ``pages(site, settings)``
the build renders (``settings``: the ``digest.settings.DigestSettings``); the built-in ones are entries,
companies and people, stories, timeline, home, search and feeds.

When the only content changes since the last build are edits to entries, the build starts from the last
build's site (``snapshot.Snapshot.restore``). After edits to bodies only, it calls only the families of
the pages to render; so a family's list of pages and their contexts must depend on entries' front matter
only (bodies reach pages through the templates' ``body()``, which records which page shows which body).
After edits to front matter, the site is indexed again if a field it indexes changed (``index.INDEXED``),
every family is called, and the pages to render are those whose context or reads changed
(``depends``; a page that names its ``sources`` is compared through them). A family whose
contexts are made from the site's indexes alone, holding entries as themselves (never a title or summary
copied out of one), says so with ``CONTEXTS_FROM_INDEX = True``: when every family does, edits to fields
the site does not index (a title, a summary) are handled like body edits, and the pages to render are
those that hold or read an edited entry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
import os
import time
import weakref
from pathlib import Path

from .. import checks, content
from ..model import LANGUAGES, Problem
from ..search import bundles as search_bundles
from ..settings import DigestSettings
from ..site import index, meta, output
from ..site.render import PARALLEL_THRESHOLD, Page, Renderer, render_all
from . import store
from .bodies import Bodies
from .depends import Unchanged
from .indexer import Indexer, timed_index
from .parsed import Parsed
from .plan import Pages, Plan, plan, showing_edited
from .record import Record, Recorder, output_reasons
from .snapshot import Snapshot, as_last_built

log = logging.getLogger(__name__)

# Up to this many bodies to show, converting their Markdown again costs less than reading every body's stored HTML.
CONVERT_RATHER_THAN_READ = 100
WAITING_LISTED = 20  # files named in the build's report of what waits for review


class ContentErrors(Exception):
    """The corpus has errors: the build stops before writing anything."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} content problem(s)")
        self.problems = problems


class Build:
    """The digest pages of the content folder ``path``, written into ``output_path``: ``load`` loads and indexes,
    ``write`` renders and writes (Pelican's ``generate_context`` and ``generate_output``)."""

    def __init__(self, settings: DigestSettings, path: Path, output_path: Path):
        self.settings = settings
        self.path = Path(path)
        self.output_path = Path(output_path)
        self.site = None
        self.indexer: Indexer | None = None
        self.made: dict[str, list[Page]] = {}  # page family -> its pages (see pages)
        self.families = [importlib.import_module(name) for name in settings.page_families]
        self.cache = settings.cache
        self.version = store.version(family.__name__ for family in self.families)
        self.parsed = Parsed(store.Store(self.cache / "parsed.pickle", self.version, lazy=True))  # unread if restored
        self.bodies = Bodies(store.Store(self.cache / "html.pickle", self.version, lazy=True))
        self.snapshot = Snapshot(store.Store(self.cache / "site.pickle", self.version, lazy=True))
        self.state = store.Store(self.cache / "state.pickle", self.version)
        self.last = Record.read(self.state)
        self.recorder = Recorder(self.last, self.bodies)
        self.delta = None
        self.indexed_before = None  # the restored site, when it was indexed again (see depends.changed_keys)
        self.pages_made: Pages | None = None  # this build's pages, fingerprinted
        self.inputs = ""  # fingerprint of the settings and theme
        self.output_reasons: list[str] = []  # why the output folder is not what the last build left

    def load(self) -> None:
        """Load (or restore) the site; the search indexer is forked first."""
        # forked now, while the process is small (see Indexer)
        self.indexer = Indexer() if self.settings.search else None
        if self.indexer:  # told there is no work if another generator fails before this one's output
            weakref.finalize(self, self.indexer.stop)
        try:
            with store.lasting():  # the corpus and its indexes live until the build ends
                self._load()
        except BaseException:
            self.stop_indexer()
            raise

    def _load(self) -> None:
        """The site: the last build's, with the edits since, else the whole corpus loaded, checked and indexed."""
        start = time.perf_counter()
        unreviewed = self.settings.publish_unreviewed
        self.site, self.delta = self.snapshot.restore(self.path, self.last, checks.body_problems, unreviewed)
        if self.site and self.delta.replaced:
            # Entries that passed the last build's checks and did not change pass them again: only the
            # edited ones are checked on their own, with every check across files.
            errors = [
                p
                for p in checks.check(self.site.corpus, [new for _, new in self.delta.replaced if new])
                if p.severity == "error"
            ]
            if errors:
                raise ContentErrors(errors)
        if self.site and self.delta.reindex:
            self.indexed_before, self.site = self.site, index.build(self.site.corpus, unreviewed)
        if self.site:
            log.info(
                "digest: %d entries as the last build left them, %d edited, in %.2f s",
                len(self.site.corpus.entries),
                len(self.delta.changes),
                time.perf_counter() - start,
            )
            self.report_waiting()
            return
        corpus = content.load(self.path, self.parsed)
        self.delta = dataclasses.replace(self.delta, changes=self.parsed.changes, files_removed=self.parsed.removed())
        errors = [p for p in checks.check(corpus) if p.severity == "error"]  # the same report as `digest check`
        if errors:
            raise ContentErrors(errors)
        self.site = index.build(corpus, unreviewed)
        log.info("digest: loaded and indexed %d entries in %.2f s", len(corpus.entries), time.perf_counter() - start)
        self.report_waiting()

    def report_waiting(self) -> None:
        """Say which files wait for review (``reviewed: false``), and whether the site holds them back."""
        waiting = self.site.waiting
        if not waiting:
            return
        more = len(waiting) - WAITING_LISTED
        shown = ", ".join(waiting[:WAITING_LISTED]) + (f" and {more} more (see digest review)" if more > 0 else "")
        files = f"{len(waiting)} file{'s' * (len(waiting) != 1)} marked reviewed: false"
        if self.site.unreviewed:
            log.info("digest: %s shown with a 'to review' banner: %s", files, shown)
        else:
            log.warning(
                "digest: %s held back (not published; set `reviewed: true` once checked, or "
                "DIGEST_PUBLISH_UNREVIEWED = True): %s",
                files,
                shown,
            )

    def pages(self, families: list | None = None) -> list[Page]:
        """The pages of ``families`` (default: every family, and the site-wide files); a family is called once
        per build (a rebuild may ask for a few pages first, then for others)."""
        pages = []
        for family in families or self.families:
            if family.__name__ not in self.made:
                with store.lasting():
                    self.made[family.__name__] = list(family.pages(self.site, self.settings))
                self.recorder.families.update((page.path, family.__name__) for page in self.made[family.__name__])
            pages += self.made[family.__name__]
        if families is None:
            html = [p for p in pages if p.lang == LANGUAGES[0] and p.path.endswith(".html")]
            pages.extend(meta.pages(self.site, self.settings, html))
        return pages

    def same_pages(self) -> bool:
        """Whether the families would make the last build's pages, with the same contexts: after edits to
        bodies, or to front matter the site does not index (a title, a summary: ``index.INDEXED``) when every
        family makes its contexts from the site's indexes (``CONTEXTS_FROM_INDEX``)."""
        return self.delta.restored and (
            not self.delta.replaced
            or not self.delta.reindex
            and all(getattr(family, "CONTEXTS_FROM_INDEX", False) for family in self.families)
        )

    def chosen(self, paths: set[str]) -> list[Page]:
        """The pages at ``paths``, made by their families only when the last build recorded which ones."""
        names = {self.recorder.families.get(path) for path in paths}
        families = None if None in names else [family for family in self.families if family.__name__ in names]
        return [page for page in self.pages(families) if page.path in paths] if paths else []

    def compiled_templates(self) -> store.Templates | None:
        """Where Jinja keeps its compiled templates: in the build cache, unless the settings say otherwise."""
        options = dict(self.settings.pelican.get("JINJA_ENVIRONMENT") or {})
        return None if "bytecode_cache" in options else store.templates(self.cache, self.version, options)

    def write(self) -> None:
        """Render and write the pages to render, remove those no longer made, save the cache, index for search."""
        start = time.perf_counter()
        renderer = Renderer(self.site, self.settings, self.recorder, self.compiled_templates())
        self.inputs = store.inputs(self.settings.pelican, renderer.themes)
        self.output_reasons = output_reasons(self.output_path, self.last)  # before anything is written
        bundles = search_bundles.planned(self.site, self.settings)  # the search index's bundles and their pages
        read = {path for paths in bundles.values() for path in paths} if bundles else set()
        try:
            first = self.index_edited_first(renderer, bundles, read)
            # A site with the last build's pages and contexts: they are made only if they are to be rendered.
            pages = None if self.same_pages() else self.pages()
            todo, removed = self.render_the_rest(renderer, pages, {page.path for page in first})
        finally:
            self.stop_indexer()  # a failed build is undone once the search index is no longer written
        log.info(
            "digest: %d pages, %d rendered, %d written, %d removed in %.2f s",
            len(self.pages_made.paths),
            len(first) + len(todo),
            len(self.recorder.written),
            removed,
            time.perf_counter() - start,
        )
        if first:
            self.log_search(*self.indexer.result())
            # A page the search reads, written after it started, is read now (unchanged text: nothing re-indexed).
            written_after = self.recorder.written.keys() - {page.path for page in first}
            if not read.isdisjoint(written_after):
                self.log_search(*self.build_search_index(bundles, rewritten=written_after), again=True)
        else:
            self.log_search(*self.build_search_index(bundles))

    def plan(self, pages: list[Page] | None) -> Plan:
        """Fingerprint this build's pages (None: the last build's, see ``same_pages``), then plan."""
        last, site = self.last, self.site
        # the site as the last build indexed it, when this one indexed it again
        indexed = as_last_built(self.indexed_before, self.delta.replaced) if self.indexed_before else None
        if pages is None:
            self.pages_made = Pages.recorded(last)
        elif self.delta.restored and last.inputs == self.inputs:
            # the last build's pages were made from the restored site's index, with the same settings
            before = indexed or as_last_built(site, self.delta.replaced)
            self.pages_made = Pages.of(pages, Unchanged(before, site, last.prints, last.context_keys))
        else:
            self.pages_made = Pages.of(pages)
        return plan(last, self.pages_made, self.delta, self.inputs, self.output_reasons, site, indexed)

    def render_the_rest(self, renderer: Renderer, pages: list[Page] | None, done: set[str]) -> tuple[list[Page], int]:
        """Plan, render and write the pages to render but those ``done``, remove the pages the last build made
        and this one does not, save the cache; return the pages rendered and how many were removed."""
        with store.lasting():  # the fingerprints and records of every page
            decided = self.plan(pages)
        if decided.targets is None:
            log.info("digest: rendering every page: %s", "; ".join(decided.reasons))
            self.recorder.forget_unrendered()
            if pages is None:
                pages = self.pages()
                self.pages_made = Pages.of(pages)
            todo = pages
        else:
            self.recorder.forget(decided.gone)
            prefix = f"{self.output_path}{os.sep}"
            # os.access, not a stat: no stat result to build for each page
            missing = {path for path in self.pages_made.paths if not os.access(prefix + path, os.F_OK)}
            targets = decided.targets | missing
            # few bodies to show that did not change: converting them costs less than reading every body's HTML
            unchanged = {body for path in targets for body in self.recorder.page_bodies.get(path, ())}
            self.bodies.bypass = len(unchanged - set(self.delta.changes)) <= CONVERT_RATHER_THAN_READ
            todo = [p for p in pages if p.path in targets] if pages is not None else self.chosen(targets)
        todo = [page for page in todo if page.path not in done]
        if len(todo) >= PARALLEL_THRESHOLD:
            self.stop_indexer()  # two processes render: no core to spare
        render_all(renderer, todo, self.write_page)
        # A partial plan knows the pages the last build made that this one does not, and an output folder that
        # started empty (its journal says so) holds only this build's pages: no need to walk the folders of a
        # large site.
        if decided.targets is not None:
            removed = output.discard(self.output_path, list(decided.gone))
        elif (output.undo_dir(self.output_path) / output.FRESH).exists():
            removed = 0
        else:
            removed = output.prune(self.output_path, set(self.pages_made.paths))
        self.finish(partial=decided.targets is not None)
        return todo, removed

    def finish(self, partial: bool) -> None:
        """Save the stores: the snapshot if it is renewed, and this build's record for the next one. A partial
        build keeps the HTML of bodies it did not render (a full build drops what no page used)."""
        if partial:
            self.bodies.keep_all()
        edited, snapshot = self.snapshot.update(self.delta, self.site, self.parsed.stamps, self.last)
        made = self.pages_made
        self.recorder.record_of(
            self.inputs, made.paths, made.prints, made.context_keys, self.output_path, edited, snapshot
        ).write(self.state)
        self.parsed.store.save()
        self.bodies.store.save()
        self.state.save()
        self.snapshot.store.save_later()  # the largest store, written only when its snapshot changes

    def index_edited_first(self, renderer: Renderer, bundles: dict | None, read: set[str]) -> list[Page]:
        """After edits to entries, their pages that the search index reads (``read``, in ``bundles``) are
        rendered first, and the index rebuilt by the indexer (on the other core) while the other pages are
        made, planned and rendered: the pages these edits change, and nothing else, wait for it. Only the
        families of these pages are called first, unless an entry was added (its pages are known to no record).
        Returns the pages rendered."""
        if not (bundles and self.delta.restored and self.indexer and self.indexer.pid):
            return []
        added = any(old is None for old, _ in self.delta.replaced)
        made = (page.path for page in (self.pages() if added else ()))
        paths = showing_edited(self.last, self.delta.changes, made) & read
        if not paths or not read.difference(self.last.pages) <= paths:
            return []  # nothing edited is indexed, or a new page is (a date moved into a new week) made with the rest
        first = self.chosen(paths)
        self.bodies.bypass = True  # a few bodies: rendering them costs less than reading every body's HTML
        render_all(renderer, first, self.write_page)
        self.indexer.start(self.output_path.resolve(), bundles, self.search_state())
        return first

    def stop_indexer(self) -> None:
        if self.indexer:
            self.indexer.stop()

    def search_state(self) -> Path:
        """Where the search step keeps what it indexed in the output folder (in the build cache)."""
        name = hashlib.blake2b(str(self.output_path.resolve()).encode(), digest_size=8).hexdigest()
        return self.cache / f"search-{name}.json"

    def build_search_index(self, bundles: dict | None, rewritten: set[str] | None = None) -> tuple[int | None, float]:
        """Re-index what changed in ``bundles`` (None: search is off; ``rewritten``: see
        ``digest.search.index.index``): how many shards (None when off), in how long."""
        if bundles is None:
            return None, 0.0
        return timed_index(self.output_path.resolve(), bundles, self.search_state(), rewritten)

    @staticmethod
    def log_search(ran: int | None, seconds: float, again: bool = False) -> None:
        """``again``: a second look, logged only if it re-indexed something."""
        if ran is not None and not (again and ran == 0):
            log.info("digest: search index: %d shard(s) re-indexed in %.2f s", ran, seconds)

    def write_page(self, page: Page, data: bytes) -> bool:
        written = output.write(self.output_path, page.path, data)
        if written:
            self.recorder.wrote(page.path, os.stat(f"{self.output_path}{os.sep}{page.path}"))
        return written
