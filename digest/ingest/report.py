"""What ingest reports of each input file: a ``Result`` (created, merged, skipped or failed, with the reason and
the editor's warnings); a file that cannot be read fails with the fix named."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import reader


@dataclass
class Result:
    input: str
    status: str  # created, merged, skipped, failed
    reason: str = ""
    path: str | None = None
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    date_basis: str = ""  # editor, page, text, text+year from page, story, none


def failure(path: Path, exc: Exception) -> Result:
    """A file that cannot be read or analysed: the message names it and says what to do."""
    if isinstance(exc, reader.ReadError):
        return Result(str(path), "failed", f"{path}: {exc}; fix: {exc.fix}")
    if isinstance(exc, OSError):
        return Result(str(path), "failed", f"{path}: cannot read ({exc.strerror})")
    # one bad file must not stop the batch; the message names it
    return Result(str(path), "failed", f"{path}: {type(exc).__name__}: {exc}; fix: report this file to the maintainers")
