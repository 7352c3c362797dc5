"""Search pages (Pagefind UI) and the search index, built by Pagefind after the pages are written.

Each language has its own index, split into shards of at most ``DIGEST_SEARCH_SHARD_SIZE``
entries (``pagefind/<lang>-<n>/``); the search page merges them (Pagefind's ``mergeIndex``).
Shards bound Pagefind's memory (it holds a whole index in memory: about 130 kB per page)
and make rebuilds incremental: a shard is re-indexed only when one of its pages was rewritten
(about 2.2 ms per page: 2 s for a shard of 1,000 entries). More shards mean more bundles
for the browser to load on the first search (about 120 kB each).
An entry's shard depends only on its slug and the number of shards. Entry pages mark
their text with ``data-pagefind-body`` and their company, person, language and outlet
with ``data-pagefind-filter``.
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

from ..fs import write_atomic
from ..model import LANGUAGES
from . import pagefind_canonical
from .index import Site
from .output import created, remove
from .render import Page

SHARD_SIZE = 1000


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


def bundle(lang: str, number: int) -> str:
    return f"pagefind/{lang}-{number}/"


def pages(site: Site, settings: dict) -> Iterable[Page]:
    if not settings.get("DIGEST_SEARCH", True):
        return  # no index is built (plugin.build_search_index): no search page pointing at one
    numbers = list(shards(site.slugs, settings.get("DIGEST_SEARCH_SHARD_SIZE") or SHARD_SIZE))
    for lang in LANGUAGES:
        yield Page(f"{lang}/search/", "search.html", {"bundles": [bundle(lang, n) for n in numbers]}, lang)


def _signature(output: Path, paths: list[str]) -> str:
    """Changes when a page is added, removed or rewritten (a rewrite is a new file: see output.py)."""
    digest = hashlib.sha256()
    for path in paths:
        stat = (output / path).stat()
        digest.update(f"{path} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def index(output: Path, shard_size: int = SHARD_SIZE, state: Path | None = None) -> int:
    """Index the entry pages of ``output``, re-running Pagefind only for stale shards; return how many ran.

    ``state`` records which pages each bundle was built from (in the build cache, not in the
    published files, which stay byte-identical from build to build); without it, or when it is
    lost or outdated, every shard is re-indexed.
    """
    from pagefind_bin import get_executable

    executable = str(get_executable())
    entries = output / LANGUAGES[0] / "entries"
    members = shards((p.name for p in entries.iterdir() if p.is_dir()) if entries.is_dir() else [], shard_size)
    try:
        built = json.loads(state.read_text(encoding="utf-8")) if state else {}
    except (OSError, ValueError):
        built = {}
    wanted, stale, signatures = set(), [], {}
    for lang in LANGUAGES:
        for number, shard in members.items():
            folder = bundle(lang, number)
            wanted.add(folder.rstrip("/").rsplit("/", 1)[1])
            signatures[folder] = _signature(output, [f"{lang}/entries/{slug}/index.html" for slug in shard])
            if built.get(folder) != signatures[folder] or not (output / folder / "pagefind-entry.json").is_file():
                stale.append((folder, f"{lang}/entries/{{{','.join(shard)}}}/index.html"))

    def run(job: tuple[str, str]) -> None:
        folder, glob = job
        remove(output, folder.rstrip("/"))  # the old bundle stays in the build's journal until it succeeds
        created(output, folder.rstrip("/"))
        result = subprocess.run([executable, "--site", str(output), "--glob", glob, "--output-subdir", folder,
                                 "--silent"], capture_output=True, text=True)
        if result.returncode:
            raise SearchIndexError(f"Pagefind failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
        pagefind_canonical.canonicalise(output / folder)  # Pagefind's filter order is random: make the bundle reproducible

    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:  # two Pagefind processes at a time
        list(pool.map(run, stale))
    for previous in (output / "pagefind").iterdir() if (output / "pagefind").is_dir() else []:
        if previous.name not in wanted:  # shards of a corpus that has since grown or shrunk; older layouts
            remove(output, f"pagefind/{previous.name}")
    if state:
        write_atomic(state, json.dumps(signatures, sort_keys=True, indent=0))
    return len(stale)
