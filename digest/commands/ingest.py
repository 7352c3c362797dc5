"""`digest ingest PATH...`: turn raw articles into entries (see digest.ingest.pipeline)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders (.txt, .md, .html)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per entry")


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


def run(args) -> int:
    from contextlib import ExitStack

    from ..ingest import pipeline

    with ExitStack() as stack:
        results = pipeline.run(args.paths, args.content, _progress_bar(stack))
    if args.json:
        from ..registry import load

        registry = load(args.content)  # after the run: includes the entities ingest created
        for r in results:
            m = r.meta
            print(json.dumps({
                "input": r.input, "path": r.path, "slug": m.get("slug"), "lang": m.get("lang"), "title": m.get("title"),
                "date": m.get("date"), "source": m.get("source"), "source_url": m.get("source_url"),
                "people": _names(m.get("people", []), "person", registry),
                "companies": _names(m.get("companies", []), "company", registry),
                "story": m.get("story"), "status": r.status, "reason": r.reason,
            }, ensure_ascii=False))
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
