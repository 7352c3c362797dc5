"""The search indexer: a process forked when the build starts, which runs Pagefind on the other core while
the build renders (see ``scheduler.Build.index_edited_first``)."""

from __future__ import annotations

import json
import os
import time
import traceback
from pathlib import Path

from ..search.index import SearchIndexError, index


class Indexer:
    """A process that rebuilds the search index when the build gives it the work (``start``), forked when the
    build starts, while the process is small: forked later, every page of the build's memory that both share
    and the build then writes would be copied, slowing both (and a thread would share the interpreter's lock).
    Where the system cannot fork, the build indexes by itself (``pid`` is None)."""

    def __init__(self):
        self.pid, self.started = None, False
        if not hasattr(os, "fork"):
            return
        work, self._work = os.pipe()
        self._outcome, outcome = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self._work)
                os.close(self._outcome)
                with os.fdopen(work, encoding="utf-8") as pipe:
                    given = pipe.read()  # until the build closes its end: nothing if it needs no index from here
                if given:
                    given = json.loads(given)
                    with os.fdopen(outcome, "w", encoding="utf-8") as pipe:
                        json.dump(_outcome(Path(given["output"]), given["plan"], Path(given["state"])), pipe)
            finally:
                os._exit(0)
        os.close(work)
        os.close(outcome)

    def start(self, output: Path, plan: dict, state: Path) -> None:
        with os.fdopen(self._work, "w", encoding="utf-8") as pipe:
            json.dump({"output": str(output), "plan": plan, "state": str(state)}, pipe)
        self.started = True

    def stop(self) -> None:
        """Wait for the work given, or tell the process there is none."""
        if self.pid is None:
            return
        if self.started:
            with os.fdopen(self._outcome, encoding="utf-8") as pipe:
                sent = pipe.read()
        else:
            os.close(self._work)
            os.close(self._outcome)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if self.started:
            self.outcome = json.loads(sent) if sent else {"error": f"the search indexer ended with status {status}"}

    def result(self) -> tuple[int, float]:
        """How many shards it re-indexed, in how long; a SearchIndexError if it failed."""
        self.stop()
        if "error" in self.outcome:
            raise SearchIndexError(self.outcome["error"])
        return self.outcome["ran"], self.outcome["seconds"]


def timed_index(output: Path, plan: dict, state: Path, rewritten: set[str] | None = None) -> tuple[int, float]:
    """``digest.search.index.index``: how many shards it re-indexed, in how long."""
    start = time.perf_counter()
    return index(output, plan, state, rewritten), time.perf_counter() - start


def _outcome(output: Path, plan: dict, state: Path) -> dict:
    """``timed_index`` run, or what went wrong."""
    try:
        ran, seconds = timed_index(output, plan, state)
        return {"ran": ran, "seconds": seconds}
    except SearchIndexError as exc:
        return {"error": str(exc)}
    except Exception:
        return {"error": traceback.format_exc()}
