"""Rendering: what a build renders once and reuses (entry lines per page depth, event sentences, an entry's
body for its two language pages, compiled templates) changes no byte, with or without the fork pool."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[2]

import synthetic  # noqa: E402 (the generator `make bench` uses too)

from digest.build.scheduler import Build  # noqa: E402
from digest.settings import DigestSettings  # noqa: E402
from digest.site import output  # noqa: E402
from digest.site.render import PARALLEL_THRESHOLD, Renderer, render_all  # noqa: E402


def render(content: Path, out: Path, jobs: int) -> dict[str, bytes]:
    """Every page of ``content`` rendered with ``jobs`` processes and written to ``out``."""
    settings = DigestSettings.read(
        read_settings(
            str(ROOT / "pelicanconf.py"),
            override={
                "PATH": str(content),
                "OUTPUT_PATH": str(out),
                "DIGEST_CACHE_PATH": str(out.parent / f"cache-{jobs}"),
            },
        )
    )
    build = Build(settings, content, out)
    build.load()
    pages = build.pages()
    assert len(pages) >= PARALLEL_THRESHOLD  # enough for the pool to be used when jobs=2
    written = render_all(
        Renderer(build.site, settings), pages, lambda page, data: output.write(out, page.path, data), jobs
    )
    assert written == len(pages)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_processes_write_what_one_writes_and_deep_pages_link_right(tmp_path):
    synthetic.generate(150, tmp_path / "content", seed=5, n_companies=8, n_people=20)
    single = render(tmp_path / "content", tmp_path / "one", jobs=1)
    pooled = render(tmp_path / "content", tmp_path / "two", jobs=2)
    assert single.keys() == pooled.keys()
    assert [path for path in single if single[path] != pooled[path]] == []

    # Entry lines are rendered once per depth: on the second page of an entity (two folders deeper than
    # its first page) and on entry pages, every entry link still leads to an entry page.
    deep = [path for path in single if re.fullmatch(r"(fr|en)/companies/[^/]+/page/2/index\.html", path)]
    assert deep
    for path in deep + [p for p in single if p.startswith("en/entries/")][:20]:
        html = single[path].decode()
        targets = re.findall(r'<li class="entry-line">\s*<a href="([^"]+)"', html)
        assert targets, path
        for target in targets:
            page = (tmp_path / "one" / path).parent / unquote(target) / "index.html"
            assert page.resolve().is_file(), f"{path}: {target}"


def test_pager_shows_first_last_and_nearby_pages_only(tmp_path):
    """A company with many pages: each page links pages 1, the last, and two on each side of itself
    (with an ellipsis for the gaps), so a page's size does not grow with the number of its entries."""
    from digest.commands.build import build

    synthetic.generate(80, tmp_path / "content", seed=3, n_companies=2, n_people=5)
    out = tmp_path / "out"
    assert build(tmp_path / "content", out, "", DEFAULT_PAGINATION=2, DIGEST_SEARCH=False) == 0
    folders = {p.parent.parent for p in out.glob("fr/companies/*/page/*")}
    company = max(folders, key=lambda f: len(list((f / "page").iterdir())))
    count = len(list((company / "page").iterdir())) + 1
    assert count >= 9

    def pager(number: int) -> tuple[list[int], int]:
        page = company / ("index.html" if number == 1 else f"page/{number}/index.html")
        nav = re.search(r'<nav class="pager".*?</nav>', page.read_text(encoding="utf-8"), re.S).group()
        for target in re.findall(r'href="([^"]+)"', nav):
            assert (page.parent / unquote(target) / "index.html").resolve().is_file(), target
        return [int(n) for n in re.findall(r">(\d+)</(?:a|span)>", nav)], nav.count("…")

    middle = count // 2
    assert pager(middle) == ([1, *range(middle - 2, middle + 3), count], 2)
    assert pager(1) == ([1, 2, 3, count], 1)
    assert pager(count) == ([1, *range(count - 2, count + 1)], 1)
