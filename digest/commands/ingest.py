"""`digest ingest PATH...`: turn raw articles into entries (see digest.ingest.pipeline)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH_OR_URL",
        help="article files or folders (.txt, .md, .html), links files (one address per line) or "
        "addresses of article pages (https://…)",
    )
    parser.add_argument("--refetch", action="store_true", help="fetch pages already kept in raw/ again")
    parser.add_argument("--json", action="store_true", help="print one JSON object per entry")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print each line of each file with its class and the reason, and write nothing",
    )
    parser.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the date of every entry of this run")


def _iso_date(value: str):
    from .. import model

    date = model.parse_date(value)
    if date is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD")
    return date


def _names(ids: list[str], kind: str, registry) -> list[dict]:
    return [{"id": i, "name": registry.name(kind, i)} for i in ids]


def _progress_bar(stack):
    """A rich progress bar on stderr, only for an interactive terminal and more than a few files."""

    def start(total: int):
        if total <= 5 or not sys.stderr.isatty():
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        progress = stack.enter_context(Progress(console=Console(stderr=True), transient=True))
        task = progress.add_task("ingest", total=total)
        return lambda: progress.advance(task)

    return start


def explain(paths, content: Path) -> int:
    """Each line of each file with the class ingest gives it and why; nothing is written."""
    from ..ingest import inputs, language, lines, reader
    from ..registry import load

    outlets = frozenset(load(content).outlets)
    status = 0
    for path in inputs.collect(paths):
        try:
            doc = reader.read(path)
        except (reader.ReadError, OSError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        page = lines.read(doc.text, language.detect(doc.text), outlets, headline=doc.meta.get("title"))
        print(f"== {path}")
        print(f"   title: {page.title.text if page.title else '(none: derived from the lead, flagged)'}")
        print(f"   source: {page.source} · source_url: {page.source_url} · authors: {', '.join(page.authors) or '-'}")
        for line in page.lines:
            if line.kind != lines.BLANK:
                shown = f"{line.number}-{line.last}" if line.last else str(line.number)
                print(f"{shown:>7} {line.kind:10} {line.text[:100]}\n{'':18}({line.reason})")
    return status


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _fetch_links(urls: list[str], paths: list[Path], content: Path, refetch: bool, progress):
    """Fetch the pages of ``urls`` and of the links files among ``paths`` into ``content/raw``. Returns the files
    to ingest (the other paths and the fetched pages), the results already known (fetch failures, pages already
    ingested), the address of each fetched page, and the links files with their addresses."""
    from ..ingest import fetch, inputs, report

    files, known, links = [], [], {}
    for path in inputs.collect(paths):
        if path.suffix.lower() == ".txt" and fetch.is_links_file(path):
            try:
                links[path] = fetch.read_links(path)
            except fetch.LinksError as exc:
                known += [report.Result(str(path), "failed", f"{p}; fix: {p.fix}") for p in exc.problems]
        else:
            files.append(path)
    wanted = list(dict.fromkeys(urls + [url for found in links.values() for url in found]))
    if not wanted:
        return files, known, {}, links
    by_raw, _ = inputs.read_corpus(content)
    tick = progress(len(wanted))
    pages = {}
    for result in fetch.fetch_all(wanted, content / "raw", refetch=refetch, progress=lambda _: tick()):
        if isinstance(result, fetch.FetchError):
            known.append(report.Result(result.url, "failed", str(result)))
        elif result.skipped and (entry := by_raw.get(f"raw/{result.path.name}")) is not None:
            known.append(
                report.Result(
                    result.url,
                    "skipped",
                    f"already fetched and ingested as {entry}; --refetch fetches it again",
                    str(entry),
                )
            )
        else:
            pages[result.path] = result.url
            files.append(result.path)
    return files, known, pages, links


def _file_links(links: dict[Path, list[str]], results, raw: Path) -> None:
    """A links file whose every address gave an entry goes to raw/ like any ingested original; otherwise it stays."""
    from ..ingest import inputs

    failed = {r.input for r in results if r.status == "failed"}
    for path, urls in links.items():
        if path.resolve().parent == raw.resolve() or failed & set(urls):
            continue
        path.replace(inputs.raw_target(raw, path.name))


def run(args) -> int:
    from contextlib import ExitStack

    from ..ingest import pipeline
    from ..registry import load

    urls = [a for a in args.paths if _is_url(a)]
    paths = [Path(a) for a in args.paths if not _is_url(a)]
    if args.explain:
        if urls:
            print(
                "digest ingest: --explain reads files; fetch the page first (digest ingest URL), then explain "
                "its copy in content/raw/",
                file=sys.stderr,
            )
            return 2
        return explain(paths, args.content)
    registry = load(args.content)  # the run adds the entities it creates, so it names them too
    with ExitStack() as stack:
        files, results, pages, links = _fetch_links(urls, paths, args.content, args.refetch, _progress_bar(stack))
        if files:
            ingested = pipeline.run(
                files, args.content, _progress_bar(stack), editor_date=args.date, registry_=registry
            )
            for r in ingested:
                r.input = pages.get(Path(r.input), r.input)  # a fetched page is reported by its address
            results += ingested
    _file_links(links, results, args.content / "raw")
    if args.json:
        for r in results:
            m = r.meta
            print(
                json.dumps(
                    {
                        "input": r.input,
                        "path": r.path,
                        "slug": m.get("slug"),
                        "lang": m.get("lang"),
                        "title": m.get("title"),
                        "date": m.get("date"),
                        "date_basis": r.date_basis,
                        "source": m.get("source"),
                        "source_url": m.get("source_url"),
                        "authors": m.get("authors", []),
                        "people": _names(m.get("people", []), "person", registry),
                        "companies": _names(m.get("companies", []), "company", registry),
                        "story": m.get("story"),
                        "status": r.status,
                        "reason": r.reason,
                    },
                    ensure_ascii=False,
                )
            )
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("status", "input", "entry / reason")
        for r in results:
            table.add_row(r.status, r.input, r.reason or r.path or "")
        console = Console(stderr=False)
        console.print(table)
        for r in results:
            for w in r.warnings:
                print(f"{r.input}: {w}", file=sys.stderr)
    return 1 if any(r.status == "failed" for r in results) else 0
