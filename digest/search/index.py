"""Search pages (Pagefind UI) and the search index, built by Pagefind after the pages are written.

Each text is indexed once, in its own language: the page of each version of an entry in that
version's language tree (``fr/entries/x/`` for a French text). Versions go to bundles
(``pagefind/<lang>-<kind>-<n>/``) by language and kind: ``single`` for an entry's only version,
shown to readers of every interface language, ``paired`` for one of the two versions of a
translated entry, shown only to readers of its language. The French search page merges
(Pagefind's ``mergeIndex``) the fr-paired bundles and every single bundle, the English one the
en-paired bundles and every single bundle: one result per entry, its text in the reader's
language when there is one. A single bundle also carries an index for the other interface
language (``relabel``): the same words, stemmed in the text's language, with the filter labels
(company, person, language, outlet) of that interface, so Pagefind opens it from either search
page by ``<html lang>`` and the filters of both bundles merge. The search page rewrites result
links to the reader's language tree (search.js), whose entry page marks the original text.

Bundles are shards of at most ``DIGEST_SEARCH_SHARD_SIZE`` versions; a version's shard depends
only on its slug and the shard count of its language and kind, so editing one version re-indexes
one shard (Pagefind: about 1.5 ms of CPU per page plus 0.1 s, 0.8 s for 500 pages). Shards also
bound Pagefind's memory (a whole index in memory, about 145 kB per page); more shards mean more
bundles for the browser to load on the first search (about 8 requests and 25–50 kB each).
A stale shard is indexed into a scratch folder and synced into its bundle (output.sync): Pagefind
names fragments and index chunks after their bytes, so most files are unchanged and left alone; given
the bundle's fragment files beforehand (``_seed``), it writes only those of changed pages.
Only the first bundle of each search page carries Pagefind's UI files (``UI_FILES``).

A shard is stale when what Pagefind reads from one of its pages changed (``indexed``), not when a
page was rewritten: an entry's new title rewrites the pages that list it under "Related entries",
outside the text Pagefind indexes. Only rewritten pages are read again: the state file keeps each
page's file identity (a rewrite is a new file: see output.py) beside the digest of its indexed part.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import babel

from .. import i18n
from ..fs import write_atomic
from ..model import LANGUAGES
from . import pagefind_canonical
from .index import Site
from .output import remove, scratch, sync
from .render import Page

CONTEXTS_FROM_INDEX = True  # contexts made from the site's indexes alone (see digest.plugin)

SHARD_SIZE = 500  # at 10,000 entries: 0.8 s of CPU to re-index a shard, 20 bundles per search page
# The filter labels of the entry templates (data-pagefind-filter), translated for the other interface;
# a label not listed here keeps its text in every interface.
FILTER_LABELS = ("Company", "Person", "Language", "Outlet")
LANGUAGE_FILTER = "Language"  # its values are language names, written in the interface language
# Pagefind's UI and its web worker, loaded by a search page from the first bundle it lists (search.html, search.js)
# and kept only there: a merged bundle is read by the first one's pagefind.js (entry, wasm, meta, index, fragments).
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
            "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js", "pagefind-worker.js")


class SearchIndexError(RuntimeError):
    pass


def shards(slugs: Iterable[str], size: int) -> dict[int, list[str]]:
    """The non-empty shards: number → slugs. A slug's shard depends only on it and the shard count."""
    slugs = sorted(slugs)
    count = max(1, -(-len(slugs) // max(1, size)))
    members: dict[int, list[str]] = {}
    for slug in slugs:
        members.setdefault(zlib.crc32(slug.encode("utf-8")) % count, []).append(slug)
    return dict(sorted(members.items()))


def plan(site: Site, size: int) -> dict[str, list[str]]:
    """Bundle folder (``pagefind/fr-single-0/``) → the entry pages it indexes, in order."""
    kinds: dict[tuple[str, str], list[str]] = {}
    for slug, versions in site.by_slug.items():
        for lang in versions:
            kinds.setdefault((lang, "single" if len(versions) == 1 else "paired"), []).append(slug)
    return {f"pagefind/{lang}-{kind}-{number}/": [f"{lang}/entries/{slug}/index.html" for slug in members]
            for (lang, kind), slugs in sorted(kinds.items()) for number, members in shards(slugs, size).items()}


def bundles(folders: Iterable[str], lang: str) -> list[str]:
    """The bundles the search page of interface language ``lang`` merges: one version of each entry."""
    return [f for f in folders if f.startswith(f"pagefind/{lang}-paired-") or "-single-" in f]


def enabled(settings: dict) -> bool:
    return settings.get("DIGEST_SEARCH", True)


def planned(site: Site, settings: dict) -> dict[str, list[str]] | None:
    """The bundles of the site's index and their pages (see ``plan``), or None when search is off."""
    return plan(site, settings.get("DIGEST_SEARCH_SHARD_SIZE") or SHARD_SIZE) if enabled(settings) else None


def pages(site: Site, settings: dict) -> Iterable[Page]:
    folders = planned(site, settings)
    if folders is None:
        return  # no index is built: no search page pointing at one
    for lang in LANGUAGES:
        yield Page(f"{lang}/search/", "search.html", {"bundles": bundles(folders, lang)}, lang)


# What Pagefind 1.5 reads from a page with a data-pagefind-body element (tested: tests/test_search_index.py):
# the body elements; anywhere on the page, the elements marked data-pagefind-filter, -meta, -sort or
# -default-meta; the first <h1> (the result's title, even outside the body), else the <title>; <html lang>.
# ``indexed`` digests these, every h1, and every element with any data-pagefind-* attribute.
_TAG_NAME = re.compile(rb"<([a-z][a-z0-9-]*)")
# Text inside these is not markup: an end tag there does not close an element (counting tags would stop early).
_RAW_TEXT = re.compile(rb"<!--|<!\[cdata\[|"
                       rb"<(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)[\s/>]")
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track",
         b"wbr"}
_TAGS: dict[bytes, re.Pattern] = {}  # element name → its start and end tags


def _element(low: bytes, at: int) -> tuple[int, int]:
    """Where the element whose start tag holds position ``at`` of ``low`` (a lower-cased page) starts and ends;
    when its end cannot be told by counting its tags, the end of the page (more than Pagefind reads, never less)."""
    start = low.rfind(b"<", 0, at)
    close = low.find(b">", at)
    name = _TAG_NAME.match(low, start) if start >= 0 and close >= 0 else None
    if not name:
        return max(start, 0), len(low)
    name = name.group(1)
    if name in _VOID or low[close - 1] == ord("/"):
        return start, close + 1
    tags = _TAGS.get(name) or _TAGS.setdefault(name, re.compile(rb"<(/?)" + name + rb"[\s/>]"))
    depth = 1
    for tag in tags.finditer(low, close + 1):
        depth += -1 if tag.group(1) else 1
        if not depth:
            end = low.find(b">", tag.end() - 1) + 1
            return (start, end) if end and not _RAW_TEXT.search(low, close, end) else (start, len(low))
    return start, len(low)


def indexed(page: bytes) -> str:
    """A digest of what Pagefind indexes of ``page``: the same digest, the same search records. A page without
    a data-pagefind-body element (a theme of the user's) is indexed whole by Pagefind, and digested whole."""
    low = page.lower()  # HTML names are case-insensitive; ASCII lower-casing keeps every offset
    digest = hashlib.blake2b(digest_size=16)
    if b"data-pagefind-body" not in low:
        digest.update(page)
        return digest.hexdigest()
    parts = []
    html = low.find(b"<html")
    if html >= 0:
        parts.append((html, low.find(b">", html) + 1 or len(low)))
    for marker in (b"<title", b"<h1", b"data-pagefind-"):
        at = low.find(marker)
        while at >= 0:
            start, end = _element(low, at + 1)
            parts.append((start, end))
            at = low.find(marker, max(end, at + 1))
    for start, end in parts:
        digest.update(b"%d:" % (end - start))
        digest.update(page[start:end])
    return digest.hexdigest()


# The state file's layout; a state of another version is ignored (every page read again). Its records are
# strings, not lists: a build holds millions of objects, and 10,000 new lists set off a full collection (0.15 s).
STATE_VERSION = 3


def _load(state: Path | None) -> tuple[dict[str, str], dict[str, str]]:
    """The last run's pages (path → "inode size mtime digest", tab-separated) and bundles (folder → "signature
    entry-digest"); empty when there is no state, or it is unreadable or of another version."""
    try:
        saved = json.loads(state.read_text(encoding="utf-8")) if state else {}
        if saved["version"] == STATE_VERSION and isinstance(saved["bundles"], dict):
            return dict(line.split("\t", 1) for line in saved["pages"]), saved["bundles"]
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        pass
    return {}, {}


def _identity(stat: os.stat_result) -> str:
    return f"{stat.st_ino}\t{stat.st_size}\t{stat.st_mtime_ns}\t"


def _pages(output: Path, paths: Iterable[str], known: dict[str, str], rewritten: set[str] | None) -> dict[str, str]:
    """Path → "inode size mtime digest" of each page, the digest of its indexed part; a page is read only if
    its file changed (only those ``rewritten``, when known). The identity of a page read is that of the file
    read: pages may be written meanwhile (see plugin.py)."""
    prefix = f"{output}{os.sep}"
    pages = {}
    for path in paths:
        try:
            old = known.get(path)
            if old is not None and rewritten is not None and path not in rewritten:
                pages[path] = old
                continue
            if old is not None and old.startswith(_identity(os.stat(prefix + path))):
                pages[path] = old
                continue
            with open(prefix + path, "rb") as handle:
                pages[path] = _identity(os.fstat(handle.fileno())) + indexed(handle.read())
        except FileNotFoundError:
            raise SearchIndexError(f"{output / path}: an entry page to index is missing; build again") from None
    return pages


def _link_pages(output: Path, paths: list[str], site: Path) -> None:
    """The pages of one bundle, at their paths in ``site``: Pagefind walks only them, not the whole output
    (a third of its time for a shard of 500 at 10,000 entries). Hard links, or copies where they fail."""
    for path in paths:
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(output / path, target)
        except OSError:
            shutil.copyfile(output / path, target)


def _seed(bundle: Path, scratch_bundle: Path) -> bool:
    """Give Pagefind the fragment files of the bundle it re-indexes (hard links): it writes a file only if none
    has its name, and names a fragment after its bytes (the SHA-1 of its text), so it compresses and writes only
    the fragments of changed pages, half of its time for a shard of 500 pages. False if there are none."""
    try:
        names = os.listdir(bundle / "fragment")
    except OSError:
        return False
    (scratch_bundle / "fragment").mkdir(parents=True)
    for name in names:
        try:
            os.link(bundle / "fragment" / name, scratch_bundle / "fragment" / name)
        except OSError:
            shutil.copyfile(bundle / "fragment" / name, scratch_bundle / "fragment" / name)
    return True


def _fragments_kept(bundle: Path, pages: list[str]) -> bool:
    """Remove the fragment files of a seeded bundle (``_seed``) that its index does not list, and say whether
    those it lists hold each a page of ``pages`` once: a changed page whose fragment takes the name of another
    fragment (7 hexadecimal digits of a hash: once in 250 million pairs) finds that file there, and Pagefind
    keeps it."""
    listed = pagefind_canonical.fragments(bundle)
    for path in (bundle / "fragment").iterdir():
        if path.name not in listed:
            path.unlink()
    urls = sorted(listed.values())
    return len(set(urls)) == len(urls) and set(urls) <= {"/" + page.removesuffix("index.html") for page in pages}


def _entry(output: Path, folder: str) -> str | None:
    """A digest of the bundle's pagefind-entry.json (it names the bundle's index files after their bytes)."""
    try:
        return hashlib.blake2b((output / folder / "pagefind-entry.json").read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return None


def labels(lang: str, into: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """How the filter labels of ``lang``'s interface read in ``into``'s, and the language names (the values of
    the language filter): the arguments of ``pagefind_canonical.relabel``."""
    source, target = i18n.translations(lang).gettext, i18n.translations(into).gettext
    names = {code: (i18n.language_name(code, lang), i18n.language_name(code, into)) for code in LANGUAGES}
    return ({source(label): target(label) for label in FILTER_LABELS},
            {source(LANGUAGE_FILTER): dict(names.values())})


def _inputs(executable: str) -> str:
    """What a bundle is made from besides its pages: Pagefind, the code that finishes it (this module and
    pagefind_canonical), and for the twin indexes the interface catalogs and Babel's language names (``labels``,
    which compiles the catalogs, would cost more)."""
    tool = os.stat(executable)
    digest = hashlib.blake2b(f"pagefind {tool.st_size} {tool.st_mtime_ns} babel {babel.__version__}\n".encode(),
                             digest_size=16)
    for path in (Path(__file__), Path(pagefind_canonical.__file__), *map(i18n.catalog_path, LANGUAGES)):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"absent")
    return digest.hexdigest()


def index(output: Path, bundles_plan: dict[str, list[str]], state: Path | None = None,
          rewritten: set[str] | None = None) -> int:
    """Index the entry pages of ``output`` into the planned bundles, re-running Pagefind only for stale ones;
    return how many ran.

    ``state`` (in the build cache, not in the published files, which stay byte-identical from
    build to build) records each page's file identity and indexed-part digest, and each bundle's
    signature and pagefind-entry.json; without it, or when it is lost, corrupt or of another
    version, every page is read and every bundle re-indexed. ``rewritten``: the only pages that may
    have changed since the state was written (a second look in the same build), else any page may have.
    """
    from pagefind_bin import get_executable

    executable = str(get_executable())
    known, built = _load(state)
    pages = _pages(output, (path for paths in bundles_plan.values() for path in paths), known, rewritten)
    ui = {listed[0] for listed in (bundles(bundles_plan, lang) for lang in LANGUAGES) if listed}
    inputs = _inputs(executable)

    def signature(folder: str) -> str:
        listed = "".join([path + " " + pages[path].rpartition("\t")[2] + "\n" for path in bundles_plan[folder]])
        return hashlib.blake2b(f"{inputs} ui={folder in ui}\n{listed}".encode(), digest_size=16).hexdigest()

    signatures = {folder: signature(folder) for folder in bundles_plan}
    entries = {folder: _entry(output, folder) for folder in bundles_plan}
    # a bundle not as the last run left it (deleted, or the output folder is another one): made again
    stale = [folder for folder in bundles_plan
             if entries[folder] is None or built.get(folder) != f"{signatures[folder]} {entries[folder]}"]

    def pagefind(folder: str, pages_only: Path, bundle: Path) -> None:
        # run in the scratch folder: a pagefind.yml/toml/json where digest was started is not read
        result = subprocess.run([executable, "--site", str(pages_only), "--output-path", str(bundle), "--silent"],
                                capture_output=True, text=True, cwd=bundle)
        if result.returncode:
            variables = sorted(name for name in os.environ if name.startswith("PAGEFIND_"))
            hint = f" (Pagefind also reads the environment variables {', '.join(variables)})" if variables else ""
            raise SearchIndexError(f"Pagefind failed on {folder} ({result.returncode}): "
                                   f"{result.stderr.strip() or result.stdout.strip()}{hint}")

    def run(folder: str) -> None:
        name = folder.split("/")[1]
        lang = name.split("-")[0]
        with scratch(output, name) as bundle, scratch(output, f"{name}-pages") as pages_only:
            _link_pages(output, bundles_plan[folder], pages_only)
            seeded = _seed(output / folder, bundle)
            pagefind(folder, pages_only, bundle)
            if seeded and not _fragments_kept(bundle, bundles_plan[folder]):
                shutil.rmtree(bundle)  # a fragment kept under the name of another's: index afresh
                bundle.mkdir()
                pagefind(folder, pages_only, bundle)
            shutil.rmtree(pages_only, ignore_errors=True)
            pagefind_canonical.canonicalise(bundle)  # Pagefind's filter order is random: make the bundle reproducible
            if "-single-" in folder:
                for other in LANGUAGES:
                    if other != lang:
                        pagefind_canonical.relabel(bundle, lang, other, *labels(lang, other))
            if folder not in ui:
                for name in UI_FILES:
                    (bundle / name).unlink(missing_ok=True)
            sync(bundle, output, folder.rstrip("/"))

    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:  # two Pagefind processes at a time
        list(pool.map(run, stale))
    wanted = {folder.split("/")[1] for folder in bundles_plan}
    for previous in (output / "pagefind").iterdir() if (output / "pagefind").is_dir() else []:
        if previous.name not in wanted:  # shards of a corpus that has since grown or shrunk; older layouts
            remove(output, f"pagefind/{previous.name}")
    entries.update((folder, _entry(output, folder)) for folder in stale)
    bundle_state = {folder: f"{signatures[folder]} {entries[folder]}" for folder in bundles_plan}
    if state and (pages != known or bundle_state != built):
        write_atomic(state, json.dumps({"version": STATE_VERSION, "bundles": bundle_state,
                                        "pages": [f"{path}\t{record}" for path, record in pages.items()]},
                                       indent=0))
    return len(stale)
