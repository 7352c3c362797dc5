"""CPU time of ingest's per-file analysis (lines, fields, entities, date, events) on the bench's pastes, in one
process: what each forked worker spends per paste, without the pool, the writing or the neighbours' noise.

    python bench/ingest_cost.py [--pastes 2000] [--entries 10000] [--profile FILE] [--dump FILE]

The pastes and registry are those of `bench/run.py --ingest-only` (same seeds); they are made once in ``--work``
and reused. ``--profile`` writes a cProfile of the analysis (read it with ``python -m pstats``); ``--dump`` writes
each paste's analysis (fields, entities, date, events) as JSON lines, to compare two checkouts.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import run as bench_run  # noqa: E402
import synthetic  # noqa: E402 (the corpus generator the tests share)

from digest import registry, roles  # noqa: E402
from digest.ingest import pipeline  # noqa: E402
from digest.ingest.work import Run  # noqa: E402


def inputs(work: Path, entries: int, pastes: int, seed: int) -> tuple[Path, list[Path]]:
    """The bench's registry and pastes (as `bench/run.py` makes them), made once per size and seed."""
    folder = work / f"ingest-cost-{entries}-{pastes}-{seed}"
    inbox = folder / "inbox"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus_dir = folder / "corpus"
        synthetic.generate(entries, corpus_dir, seed)
        for kind in ("companies", "people"):
            shutil.copytree(corpus_dir / kind, folder / "content" / kind)
        bench_run.write_pastes(bench_run.content_loader.load(corpus_dir), inbox, pastes)
        (folder / "done").touch()
    return folder / "content", sorted(inbox.iterdir())


def analysis(work) -> dict:
    """What a worker hands back of a paste, as JSON-able data."""
    if not hasattr(work, "meta"):
        return {"result": repr(work)}
    meta = {key: value for key, value in work.meta.items() if key != "raw"}
    mentions = [repr(mention) for mention in work.mentions]
    return {"meta": meta, "mentions": mentions, "basis": work.date_basis, "warnings": work.doc.warnings}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pastes", type=int, default=2000)
    parser.add_argument("--entries", type=int, default=10_000, help="size of the corpus giving the registry")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--work", type=Path, default=Path("/tmp/digest-ingest-cost"))
    parser.add_argument("--profile", type=Path, help="write a cProfile of the analysis here")
    parser.add_argument("--dump", type=Path, help="write each paste's analysis here (JSON lines)")
    args = parser.parse_args()
    content, files = inputs(args.work.resolve(), args.entries, args.pastes, args.seed)
    started = time.process_time()
    registry_ = registry.load(content)
    run_ = Run(content, content / "raw", content / "inbox", {}, {}, registry_, frozenset(registry_.outlets), None)
    pipeline._analyse(files[0], run_)  # loads the lazy word lists and patterns, as before the workers' fork
    roles.first_names()
    loading = time.process_time() - started
    profiler = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    analysed = [pipeline._analyse(path, run_) for path in files]
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    seconds = time.process_time() - started
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for work in analysed:
                out.write(json.dumps(analysis(work), ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(
        f"{len(files)} pastes: loading {loading:.2f} s CPU, analysis {seconds:.2f} s CPU, "
        f"{1000 * seconds / len(files):.2f} ms per paste"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
