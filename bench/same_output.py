"""Check that two checkouts of digest ingest the same inputs into byte-identical outputs (speed work must not
change a single one): entries, raw copies, registry files, `--json` lines, warnings and `--explain`.

    python bench/same_output.py /work/other-checkout [--pastes 1000] [--work DIR]

Each checkout runs with its own `.venv`. Every set is ingested as one folder, with forked workers and, for the
small sets, again in one process (no workers: what one file leaves in memory then meets the next); the outputs
of both checkouts are then compared file by file and the first differences are printed. Exit status 1 when
anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "tests"))

import run as bench_run  # noqa: E402
import synthetic  # noqa: E402 (the corpus generator the tests share)

SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
TRUST = FIXTURES / "trust" / "content"
# The kept-aside sets the team may read (a blind set is never ingested here); holdout10 was released after its measure.
FIXTURE_SETS = ["pastes", "holdout", *(f"holdout{n}" for n in range(2, 11))]

# Runs digest's CLI in one process; with "serial", the pipeline never forks workers.
RUNNER = """
import sys
from digest.ingest import workers
if sys.argv[1] == "serial":
    workers.POOL_MIN_FILES = float("inf")
from digest.cli import main
sys.exit(main(sys.argv[2:]))
"""


def bench_inputs(folder: Path, pastes: int) -> Path:
    """The bench's registry (200-entry corpus) and its first ``pastes`` pastes, as `bench/run.py` makes them."""
    corpus_dir = folder / "corpus"
    synthetic.generate(200, corpus_dir, 1)
    registry = folder / "registry"
    for kind in ("companies", "people"):
        shutil.copytree(corpus_dir / kind, registry / kind)
    bench_run.write_pastes(bench_run.content_loader.load(corpus_dir), folder / "articles", pastes)
    return registry


def sets(work: Path, pastes: int) -> list[tuple[str, Path, Path, bool]]:
    """(name, articles folder, registry folder, also run serially) for every set present on this machine."""
    found = [(name, FIXTURES / name / "articles", TRUST, True) for name in FIXTURE_SETS]
    found += [("devset", SHARED / "devset" / "articles", TRUST, True), ("corpus", SHARED / "corpus", TRUST, True)]
    found = [s for s in found if s[1].is_dir()]
    if pastes:
        registry = bench_inputs(work / "bench-inputs", pastes)
        found.append(("bench", work / "bench-inputs" / "articles", registry, False))
    return found


def _run(checkout: Path, mode: str, args: list[str], log: Path) -> None:
    python = checkout / ".venv" / "bin" / "python"
    done = subprocess.run([str(python), "-c", RUNNER, mode, *args], cwd=checkout, capture_output=True, text=True)
    log.write_text(f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}", encoding="utf-8")


def snapshot(checkout: Path, name: str, articles: Path, registry: Path, mode: str, work: Path, out: Path) -> None:
    """Ingest ``articles`` with ``checkout`` into a fresh content folder; keep its logs and every file it holds."""
    scratch = work / "scratch"  # the same path for both checkouts: it appears in the JSON and warnings
    shutil.rmtree(scratch, ignore_errors=True)
    content = scratch / "content"
    for kind in ("companies", "people"):
        shutil.copytree(registry / kind, content / kind)
    inputs = scratch / "articles"
    shutil.copytree(articles, inputs)
    target = out / f"{name}-{mode}"
    target.mkdir(parents=True)
    _run(checkout, mode, ["ingest", "--explain", "--content", str(content), str(inputs)], target / "explain.log")
    _run(checkout, mode, ["ingest", "--json", "--content", str(content), str(inputs)], target / "ingest.log")
    shutil.copytree(content, target / "content")


def compare(a: Path, b: Path, shown: int = 5) -> int:
    """How many files differ between two snapshots; the first ``shown`` differences are printed."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    differing = sorted(files_a ^ files_b)
    differing += sorted(p for p in files_a & files_b if (a / p).read_bytes() != (b / p).read_bytes())
    for path in differing[:shown]:
        text_a = (a / path).read_text(errors="replace").splitlines() if path in files_a else []
        text_b = (b / path).read_text(errors="replace").splitlines() if path in files_b else []
        print("\n".join(list(difflib.unified_diff(text_a, text_b, f"a/{path}", f"b/{path}", lineterm=""))[:40]))
    return len(differing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (with its own .venv), e.g. the session's start")
    parser.add_argument("--pastes", type=int, default=1000, help="bench pastes to ingest too (0 to skip)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/digest-same-output"))
    parser.add_argument("--only", help="comma-separated sets to check (default: all), e.g. pastes,devset,bench")
    args = parser.parse_args()
    work = args.work.resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    differing = 0
    for name, articles, registry, serial in sets(work, args.pastes):
        if args.only and name not in args.only.split(","):
            continue
        for mode in ("workers", "serial") if serial else ("workers",):
            for label, checkout in (("a", args.other.resolve()), ("b", ROOT)):
                snapshot(checkout, name, articles, registry, mode, work, work / label)
            found = compare(work / "a" / f"{name}-{mode}", work / "b" / f"{name}-{mode}")
            print(f"{name} ({mode}): {'identical' if not found else f'{found} files differ'}", flush=True)
            differing += found
    print(f"{args.other} and {ROOT}: {'identical outputs' if not differing else f'{differing} files differ'}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
