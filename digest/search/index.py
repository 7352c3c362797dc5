"""The search index: Pagefind run on the bundles whose pages changed, each bundle made reproducible and synced
into the output folder (see the package's docstring)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import babel

from .. import i18n
from ..fs import write_atomic
from ..model import LANGUAGES
from ..site.output import remove, scratch, sync
from . import canonical
from .bundles import bundles
from .indexed import indexed

# The filter labels of the entry templates (data-pagefind-filter), translated for the other interface;
# a label not listed here keeps its text in every interface.
FILTER_LABELS = ("Company", "Person", "Language", "Outlet")
LANGUAGE_FILTER = "Language"  # its values are language names, written in the interface language
# Pagefind's UI and its web worker, loaded by a search page from the first bundle it lists (search.html, search.js)
# and kept only there: a merged bundle is read by the first one's pagefind.js (entry, wasm, meta, index, fragments).
UI_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
    "pagefind-worker.js",
)


class SearchIndexError(RuntimeError):
    pass


# The state file's layout; a state of another version is ignored (every page read again). Its records are
# strings, not lists: a build holds millions of objects, and a list per page would set off full collections.
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
    read: pages may be written meanwhile (see digest.build.scheduler)."""
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
    (walking every page of a large site would take much of its time). Hard links, or copies where they fail."""
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
    listed = canonical.fragments(bundle)
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
    the language filter): the arguments of ``canonical.relabel``."""
    source, target = i18n.translations(lang).gettext, i18n.translations(into).gettext
    names = {code: (i18n.language_name(code, lang), i18n.language_name(code, into)) for code in LANGUAGES}
    return ({source(label): target(label) for label in FILTER_LABELS}, {source(LANGUAGE_FILTER): dict(names.values())})


def _inputs(executable: str) -> str:
    """What a bundle is made from besides its pages: Pagefind, the code that finishes it (this module and
    canonical), and for the twin indexes the interface catalogs and Babel's language names (``labels``,
    which compiles the catalogs, would cost more)."""
    tool = os.stat(executable)
    digest = hashlib.blake2b(
        f"pagefind {tool.st_size} {tool.st_mtime_ns} babel {babel.__version__}\n".encode(), digest_size=16
    )
    for path in (Path(__file__), Path(canonical.__file__), *map(i18n.catalog_path, LANGUAGES)):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"absent")
    return digest.hexdigest()


def index(
    output: Path, bundles_plan: dict[str, list[str]], state: Path | None = None, rewritten: set[str] | None = None
) -> int:
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
    stale = [
        folder
        for folder in bundles_plan
        if entries[folder] is None or built.get(folder) != f"{signatures[folder]} {entries[folder]}"
    ]

    def pagefind(folder: str, pages_only: Path, bundle: Path) -> None:
        # run in the scratch folder: a pagefind.yml/toml/json where digest was started is not read
        result = subprocess.run(
            [executable, "--site", str(pages_only), "--output-path", str(bundle), "--silent"],
            capture_output=True,
            text=True,
            cwd=bundle,
        )
        if result.returncode:
            variables = sorted(name for name in os.environ if name.startswith("PAGEFIND_"))
            hint = f" (Pagefind also reads the environment variables {', '.join(variables)})" if variables else ""
            raise SearchIndexError(
                f"Pagefind failed on {folder} ({result.returncode}): "
                f"{result.stderr.strip() or result.stdout.strip()}{hint}"
            )

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
            canonical.canonicalise(bundle)  # Pagefind's filter order is random: make the bundle reproducible
            if "-single-" in folder:
                for other in LANGUAGES:
                    if other != lang:
                        canonical.relabel(bundle, lang, other, *labels(lang, other))
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
        write_atomic(
            state,
            json.dumps(
                {
                    "version": STATE_VERSION,
                    "bundles": bundle_state,
                    "pages": [f"{path}\t{record}" for path, record in pages.items()],
                },
                indent=0,
            ),
        )
    return len(stale)
