"""Content files' parse results kept between builds: a file whose stamp did not change is not parsed again."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .store import Store

T = TypeVar("T")
RACY_NS = 2_000_000_000  # files modified this close to the last save may change again within one mtime tick


def stamp(st: os.stat_result) -> tuple[int, int]:
    """What tells a file from its next version without reading it: size and modification time (a version written
    within one tick of a save or scan is parsed again: RACY_NS). Not the inode: a content folder copied or restored
    with its times (cp -a, rsync -a, a backup) is what it was, and a file restored from an older version has that
    version's time."""
    return (st.st_size, st.st_mtime_ns)


def without_body(value):
    """A parse result with the entry body (and line bookkeeping) blanked, for comparing the rest."""
    obj, problems = value
    if dataclasses.is_dataclass(obj) and hasattr(obj, "body"):
        obj = dataclasses.replace(obj, body="", key_lines={}, body_line=0)
    return obj, problems


class Parsed:
    """Each content file's parse result (entry or registry entity, with its problems), keyed by path and label
    and trusted while the file's stamp is unchanged. ``content.load`` reads every file through ``load``, which
    notes the stamp of each file read (``stamps``) and what changed since the last build (``changes``)."""

    def __init__(self, store: Store):
        self.store = store
        self.stamps: dict[str, tuple] = {}  # the stamp of each file loaded, when it was read
        self.changes: dict[str, str] = {}  # file path -> "body" (only the entry body changed) or "other"

    def load(self, path: Path, label: str, parse: Callable[[], T]) -> T:
        """``parse()``'s result for the file at ``path``, reused while the file is unchanged."""
        try:
            st = os.stat(path)
        except OSError:
            return parse()  # let the parser report the missing or unreadable file
        found_stamp = stamp(st)
        self.stamps[str(path)] = found_stamp
        key = (str(path), label)
        store = self.store
        store.load()
        if st.st_mtime_ns < store.saved_at - RACY_NS:  # else parsed again, and saved to be trusted next time
            found = store.get(key, found_stamp)
            if found is not None:
                return found
        result = parse()
        store.put(key, found_stamp, result)
        old = store.items.get(key)
        if old is None or without_body(old[1]) != without_body(result):
            self.changes[str(path)] = "other"
        elif getattr(old[1][0], "body", None) != getattr(result[0], "body", None):
            self.changes[str(path)] = "body"
        return result

    def removed(self) -> bool:
        """Whether a file the last build parsed was not read by this one."""
        return any(key not in self.store.used for key in self.store.items)
