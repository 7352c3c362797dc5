"""Links files for ``digest ingest``: a text file of web addresses, one per line, to fetch."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from ... import model


class LinksError(ValueError):
    """A links file with lines that are not http(s) addresses; ``problems`` lists every one."""

    def __init__(self, problems: list[model.Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def read_links(path: Path) -> list[str]:
    """The addresses in a links file: one per line; blank lines and ``#`` comments ignored."""
    try:
        lines = _link_lines(Path(path).read_bytes())
    except UnicodeDecodeError:
        raise LinksError([model.Problem(str(path), 1, "not UTF-8 text", "re-save the links file as UTF-8")]) from None
    problems = [
        model.Problem(
            str(path),
            number,
            f"not a web address: {line!r}",
            "write one http:// or https:// address per line; start a comment with #",
        )
        for number, line in lines
        if not _is_url(line)
    ]
    if problems:
        raise LinksError(problems)
    return [line for _, line in lines]


def is_links_file(path: Path) -> bool:
    """A file of web addresses, one per line (a typo or two included), rather than an article quoting a link."""
    try:
        data = Path(path).read_bytes()
        if b"http" not in data.lower():  # no address at all, as in most pastes: no need to read its lines
            return False
        lines = _link_lines(data)
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and sum(_is_url(line) for _, line in lines) > len(lines) / 2


def _link_lines(data: bytes) -> list[tuple[int, str]]:
    lines = data.decode("utf-8-sig").splitlines()
    return [(number, text) for number, line in enumerate(lines, 1) if (text := re.sub(r"(^|\s)#.*", "", line).strip())]


def _is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", text)
