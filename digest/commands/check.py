"""`digest check`: validate all content without building; every problem in one report (digest.checks)."""

from __future__ import annotations

import json
import sys


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object per problem")


def run(args) -> int:
    from ..checks import check
    from ..content import load

    if not args.content.is_dir():
        print(
            f"digest check: no content folder at {args.content}; fix: run from the project folder or pass "
            "--content DIR",
            file=sys.stderr,
        )
        return 2
    corpus = load(args.content)
    problems = check(corpus)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    for problem in problems:
        if args.json:
            print(
                json.dumps(
                    {
                        "path": problem.path,
                        "line": problem.line,
                        "severity": problem.severity,
                        "message": problem.message,
                        "fix": problem.fix,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(problem)
    files = len({p.path for p in problems})
    counted = f"{len(corpus.entries)} entries, {len(corpus.companies)} companies, {len(corpus.people)} people"
    if problems:
        summary = (
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in "
            f"{files} file{'s' * (files != 1)} ({counted})"
        )
    else:
        summary = f"no problems ({counted})"
    print(f"digest check: {summary}", file=sys.stderr)
    return 1 if errors else 0
