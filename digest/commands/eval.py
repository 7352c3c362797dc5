"""`digest eval`: score ingest against the labelled devset (never touches the real content)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DEFAULT_DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--devset", type=Path, default=DEFAULT_DEVSET, metavar="DIR", help=f"devset folder (default: {DEFAULT_DEVSET})"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--misses", action="store_true", help="also list, per article, every miss with its category")


def run(args) -> int:
    if not (args.devset / "gold").is_dir():
        print(f"{args.devset}: devset not found (needs gold/ and articles/); fix: pass --devset DIR", file=sys.stderr)
        return 2
    from ..evaluate import evaluate

    scores = evaluate(args.devset, args.content)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, sort_keys=True))
    else:
        for key, value in scores.items():
            if key != "misses":
                print(f"{key:26} {value}")
        if args.misses:
            for name, found in scores["misses"].items():
                print(f"\n{name}")
                print("\n".join(f"  {miss}" for miss in found))
    return 0
