"""Search pages (Pagefind UI) and the search index, built by Pagefind after the pages are written.

Pagefind splits its index by each page's ``<html lang>``, so each language's search page
searches that language's pages; entry pages mark their text with ``data-pagefind-body``
and their company, person, language and outlet with ``data-pagefind-filter``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterable

from ..model import LANGUAGES
from .index import Site
from .render import Page


def pages(site: Site, settings: dict) -> Iterable[Page]:
    for lang in LANGUAGES:
        yield Page(f"{lang}/search/", "search.html", {}, lang)


class SearchIndexError(RuntimeError):
    pass


def index(output: Path) -> None:
    """Run the Pagefind binary shipped in the pagefind[bin] wheel over ``output``."""
    from pagefind_bin import get_executable

    # Only entry pages carry data-pagefind-body: reading the other pages would cost time for nothing.
    pages = "{" + ",".join(LANGUAGES) + "}/entries/**/*.html"
    result = subprocess.run([str(get_executable()), "--site", str(output), "--glob", pages, "--silent"],
                            capture_output=True, text=True)
    if result.returncode:
        raise SearchIndexError(f"Pagefind failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
