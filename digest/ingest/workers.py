"""The files of a large batch analysed by forked worker processes, one per core (files are independent until
pass 2); a small batch in this process, file after file."""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .report import Result
from .work import Run, Work

Analyse = Callable[..., "Work | Result"]  # analyse(path, run, with_entities=True)
POOL_MIN_FILES = 16  # below this, starting worker processes costs more than they save
REFORK_AFTER = 32  # files read without the registry growing, and files left, for a grown one to fork the pool again
_worker_run: Run | None = None  # in a worker process: the run it was forked for
_worker_stale = None  # in a worker process: set once the run's registry has grown since the fork
_worker_analyse: Analyse | None = None  # in a worker process: what analyses a file


def _in_worker(path: Path) -> Work | Result:
    # A registry grown since the fork would give outdated entities: the main process finds them instead.
    return _worker_analyse(path, _worker_run, with_entities=not _worker_stale.is_set())


def _start_worker(analyse: Analyse, run_: Run, stale) -> None:
    global _worker_analyse, _worker_run, _worker_stale
    _worker_analyse, _worker_run, _worker_stale = analyse, run_, stale


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Growth:
    """What the caller sets when the registry grows: the workers of the pool then leave entities out (the caller finds
    them against the grown registry), until the pool is forked again with it."""

    def __init__(self) -> None:
        self.stale: Any = None  # the current pool's event (``_fork``)
        self.grown = False  # since the pool was forked
        self.again = False  # since the last file was read

    def set(self) -> None:
        self.grown = self.again = True
        self.stale.set()


@contextlib.contextmanager
def analysis(
    files: list[Path], run_: Run, analyse: Analyse, warm: Callable[[], object] = lambda: None
) -> Iterator[tuple[Iterator[Work | Result], object]]:
    """Each file's analysis (``analyse(path, run_)``), in file order. Yields the analyses and an object to ``set()``
    when the registry grows (the workers then leave entities out). ``warm`` loads, before the workers are forked, what
    the analysis loads lazily and the first file may not have needed: every worker would load it again."""
    workers = _cores()
    if len(files) < POOL_MIN_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield (analyse(path, run_) for path in files), threading.Event()
        return
    first = analyse(files[0], run_)  # loads what extraction loads lazily (stop lists, patterns) once, for all
    warm()
    # What is loaded now (registry, word lists, compiled patterns) lives as long as the workers: frozen, it is never
    # scanned again by their garbage collector (a full collection would walk all of it, and copy its pages).
    gc.freeze()
    growth = Growth()
    pool = _fork(workers, analyse, run_, growth)  # before the caller starts threads (a progress bar)
    pooled = _pooled(files, workers, run_, analyse, growth, pool)
    try:
        yield itertools.chain([first], pooled), growth
    finally:
        pooled.close()
        pool.terminate()
        gc.unfreeze()


def _fork(workers: int, analyse: Analyse, run_: Run, growth: Growth):
    """A pool of forked workers, which see the registry as it is now."""
    context = multiprocessing.get_context("fork")
    growth.stale, growth.grown, growth.again = context.Event(), False, False
    return context.Pool(workers, initializer=_start_worker, initargs=(analyse, run_, growth.stale))


def _pooled(
    files: list[Path], workers: int, run_: Run, analyse: Analyse, growth: Growth, pool
) -> Iterator[Work | Result]:
    """The analyses of ``files[1:]`` by forked workers, in file order. Once the registry has grown, and then not grown
    for ``REFORK_AFTER`` files with at least as many left, the rest is analysed by a pool forked again: its workers
    see the grown registry, so a file whose predecessors add nothing more needs no second look in this process (a
    batch whose files keep adding names keeps the pool, whose workers then leave entities out)."""
    at = last_growth = 1
    while True:
        with pool:  # terminated on leaving: the workers' analyses of the rest are stale
            for work in pool.imap(_in_worker, files[at:], chunksize=4):
                yield work
                at += 1
                if growth.again:
                    growth.again, last_growth = False, at
                if growth.grown and at - last_growth >= REFORK_AFTER and len(files) - at >= REFORK_AFTER:
                    break
            else:
                return
        pool = _fork(workers, analyse, run_, growth)
