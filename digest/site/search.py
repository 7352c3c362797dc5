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
names fragments and index chunks after their bytes, so most files are unchanged and left alone.
Only the first bundle of each search page carries Pagefind's UI files (``UI_FILES``).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

from .. import i18n
from ..fs import write_atomic
from ..model import LANGUAGES
from . import pagefind_canonical
from .index import Site
from .output import remove, scratch, sync
from .render import Page

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


def _settings(settings: dict) -> tuple[bool, int]:
    return settings.get("DIGEST_SEARCH", True), settings.get("DIGEST_SEARCH_SHARD_SIZE") or SHARD_SIZE


def pages(site: Site, settings: dict) -> Iterable[Page]:
    enabled, size = _settings(settings)
    if not enabled:
        return  # no index is built (build_index): no search page pointing at one
    folders = list(plan(site, size))
    for lang in LANGUAGES:
        yield Page(f"{lang}/search/", "search.html", {"bundles": bundles(folders, lang)}, lang)


def build_index(site: Site, settings: dict, output: Path, state: Path) -> int | None:
    """The index of the site written to ``output`` if search is on (else None): see ``index``."""
    enabled, size = _settings(settings)
    return index(output, plan(site, size), state) if enabled else None


def _signature(output: Path, paths: list[str]) -> str:
    """Changes when a page is added, removed or rewritten (a rewrite is a new file: see output.py)."""
    digest = hashlib.sha256()
    for path in paths:
        stat = (output / path).stat()
        digest.update(f"{path} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def labels(lang: str, into: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """How the filter labels of ``lang``'s interface read in ``into``'s, and the language names (the values of
    the language filter): the arguments of ``pagefind_canonical.relabel``."""
    source, target = i18n.translations(lang).gettext, i18n.translations(into).gettext
    names = {code: (i18n.language_name(code, lang), i18n.language_name(code, into)) for code in LANGUAGES}
    return ({source(label): target(label) for label in FILTER_LABELS},
            {source(LANGUAGE_FILTER): dict(names.values())})


def index(output: Path, bundles_plan: dict[str, list[str]], state: Path | None = None) -> int:
    """Index the entry pages of ``output`` into the planned bundles, re-running Pagefind only for stale ones;
    return how many ran.

    ``state`` records which pages each bundle was built from (in the build cache, not in the
    published files, which stay byte-identical from build to build); without it, or when it is
    lost or outdated, every bundle is re-indexed.
    """
    from pagefind_bin import get_executable

    executable = str(get_executable())
    try:
        built = json.loads(state.read_text(encoding="utf-8")) if state else {}
    except (OSError, ValueError):
        built = {}
    ui = {listed[0] for listed in (bundles(bundles_plan, lang) for lang in LANGUAGES) if listed}
    signatures = {folder: f"{_signature(output, paths)} ui={folder in ui}" for folder, paths in bundles_plan.items()}
    stale = [folder for folder in bundles_plan
             if built.get(folder) != signatures[folder] or not (output / folder / "pagefind-entry.json").is_file()]

    def run(folder: str) -> None:
        lang = folder.split("/")[1].split("-")[0]
        slugs = ",".join(path.split("/")[2] for path in bundles_plan[folder])
        if len(slugs) > 100_000:  # one command-line argument holds at most 128 kB
            raise SearchIndexError(f"{folder}: too many entries for one Pagefind run; "
                                   "lower DIGEST_SEARCH_SHARD_SIZE")
        with scratch(output, folder.split("/")[1]) as bundle:
            # run in the empty scratch folder: a pagefind.yml/toml/json where digest was started is not read
            result = subprocess.run([executable, "--site", str(output), "--output-path", str(bundle), "--silent",
                                     "--glob", f"{lang}/entries/{{{slugs}}}/index.html"],
                                    capture_output=True, text=True, cwd=bundle)
            if result.returncode:
                variables = sorted(name for name in os.environ if name.startswith("PAGEFIND_"))
                hint = f" (Pagefind also reads the environment variables {', '.join(variables)})" if variables else ""
                raise SearchIndexError(f"Pagefind failed on {folder} ({result.returncode}): "
                                       f"{result.stderr.strip() or result.stdout.strip()}{hint}")
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
    if state:
        write_atomic(state, json.dumps(signatures, sort_keys=True, indent=0))
    return len(stale)
