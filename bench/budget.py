"""Issue 16's budget: the CPU of a cold build of the bench's corpus, this checkout against a reference checkout,
in pairs run side by side (both builds of a pair at once, so that both see the same neighbours' load).

    python bench/budget.py REFERENCE [--pairs 3] [--entries 10000] [--seed 42] [--work bench/.budget]

REFERENCE is another checkout with its own ``.venv`` (``make install`` there), e.g. ``git archive 2ebbc1c``
unpacked under /tmp. Each build is ``digest build`` with search, its cache and output removed first; its CPU is
user + sys of its whole process tree (render workers and pagefind included), as ``/usr/bin/time`` counts it.
The machine's load moves wall time far more than CPU time, so the ratio of CPU is the figure.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))

import synthetic  # noqa: E402 (the corpus generator the tests and bench/run.py share)


def cold_build(checkout: Path, content: Path, work: Path, found: dict) -> None:
    """One cold build by ``checkout``'s digest into ``work``; its wall and CPU seconds go into ``found``."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    settings = work / "settings.py"
    settings.write_text(
        (checkout / "pelicanconf.py").read_text(encoding="utf-8")
        + f"\nTHEME = {str(checkout / 'themes' / 'digest')!r}\nDIGEST_CACHE_PATH = {str(work / 'cache')!r}\n",
        encoding="utf-8",
    )
    command = [str(checkout / ".venv" / "bin" / "python"), "-m", "digest", "build"]
    command += ["--content", str(content), "--output", str(work / "out"), "--settings", str(settings)]
    with open(work / "log.txt", "wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=checkout, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    found["wall"] = time.perf_counter() - start
    found["cpu"] = usage.ru_utime + usage.ru_stime
    found["status"] = os.waitstatus_to_exitcode(status)


def tree_digest(folder: Path) -> tuple[int, str]:
    """How many files ``folder`` holds and one hash of their paths and bytes (equal hashes: identical trees)."""
    digest = hashlib.sha256()
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    for path in files:
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return len(files), digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="the reference checkout (with its .venv)")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--work", type=Path, default=BENCH / ".budget")
    args = parser.parse_args(argv)
    reference = args.reference.resolve()
    if not (reference / ".venv" / "bin" / "python").is_file():
        parser.error(f"{reference} has no .venv: run `make install` there first")
    work = args.work.resolve()
    content = work / "content"
    shutil.rmtree(content, ignore_errors=True)
    print(f"corpus: {synthetic.generate(args.entries, content, args.seed)}", flush=True)
    ratios = []
    for pair in range(1, args.pairs + 1):
        sides = {"reference": reference, "this": ROOT}
        found: dict[str, dict] = {side: {} for side in sides}
        load = os.getloadavg()[0]
        threads = [
            threading.Thread(target=cold_build, args=(checkout, content, work / side, found[side]))
            for side, checkout in sides.items()
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for side in sides:
            if found[side]["status"] != 0:
                raise SystemExit(f"{side} build failed ({found[side]['status']}): see {work / side / 'log.txt'}")
            files, digest = tree_digest(work / side / "out")
            print(
                f"pair {pair} {side}: CPU {found[side]['cpu']:.1f} s, wall {found[side]['wall']:.0f} s, "
                f"{files} files, tree {digest}",
                flush=True,
            )
        ratios.append(found["this"]["cpu"] / found["reference"]["cpu"])
        print(f"pair {pair}: load {load:.1f} -> {os.getloadavg()[0]:.1f}, ratio {ratios[-1]:.3f}", flush=True)
    print("ratios: " + ", ".join(f"{ratio:.3f}" for ratio in ratios))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
