"""Reading a content file: its bytes as UTF-8 text (with the fix for any other encoding), its front matter
parsed and validated against a schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import frontmatter
from .schema import Key, Problem, validate

_NOT_C1 = bytes(b for b in range(256) if not 0x80 <= b <= 0x9F)


def legacy_encoding(data: bytes) -> str:
    """The 8-bit encoding non-UTF-8 text is most likely in: Windows-1252 or Latin-1.

    Bytes 0x80-0x9F are curly quotes, dashes and the euro sign in cp1252 but invisible control codes in
    Latin-1, so their presence (all defined in cp1252) means cp1252; otherwise the two read the same and
    Latin-1 is the honest name.
    """
    c1 = set(data.translate(None, _NOT_C1))
    return "cp1252" if c1 and not c1 & {0x81, 0x8D, 0x8F, 0x90, 0x9D} else "latin-1"


def read_text(path: Path) -> str:
    """Read a content file as UTF-8 (BOM tolerated); raise FrontMatterError naming the fix otherwise."""
    data = path.read_bytes()
    if not data.strip():
        raise frontmatter.FrontMatterError("empty file", 1, "delete it, or start it again with `digest new`")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise frontmatter.FrontMatterError(
            "UTF-16 text, not UTF-8", 1, "re-save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)"
        )
    if b"\x00" in data[:8192]:
        raise frontmatter.FrontMatterError(
            "binary file, not text", 1, "remove it from content/ or save it as UTF-8 text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        encoding = legacy_encoding(data)
        byte = data[exc.start]
        glyph = bytes([byte]).decode(encoding, errors="replace")
        name = "Windows-1252 (cp1252)" if encoding == "cp1252" else "Latin-1 (ISO-8859-1)"
        raise frontmatter.FrontMatterError(
            f"not UTF-8 text: looks like {name}; byte 0x{byte:02x} here would be {glyph!r}",
            line,
            f"re-save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8), or run: iconv -f {encoding}"
            " -t utf-8",
        ) from None


def repeated(repeats: list[tuple[str, int]], label: str) -> list[Problem]:
    return [
        Problem(
            label,
            line,
            f"key '{key}' is written twice; only this last value is kept",
            f"merge the two '{key}:' lines into one",
        )
        for key, line in repeats
    ]


def read_document(
    path: Path, keys: dict[str, Key], label: str
) -> tuple[frontmatter.Document | None, dict[str, Any], list[Problem]]:
    """A Markdown file with front matter, parsed and its keys validated: (document, clean values, problems);
    no document when the front matter cannot be read."""
    try:
        doc = frontmatter.parse(read_text(path))
    except frontmatter.FrontMatterError as exc:
        return None, {}, [Problem(label, exc.line, str(exc), exc.fix)]
    clean, problems = validate(doc.meta, keys, label, doc.key_lines)
    return doc, clean, problems + repeated(doc.duplicate_keys, label)
