"""Read an input file into text, detecting encoding and saved HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import model


class ReadError(ValueError):
    """A file that cannot be read as an article; message says the problem and the fix."""

    def __init__(self, message: str, fix: str):
        super().__init__(message)
        self.fix = fix


@dataclass
class Document:
    text: str
    warnings: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # title/date/url/sitename from saved HTML


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes: UTF-8 (BOM stripped) or else cp1252/latin-1 with a warning; CRLF normalised."""
    if not data.strip():
        raise ReadError("empty file", "paste the article text into the file, or remove it")
    warnings = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Windows Notepad's "Unicode"
        try:
            data = data.decode("utf-16").encode("utf-8")
            warnings.append("UTF-16 text, decoded; fix: re-save the file as UTF-8")
        except UnicodeDecodeError:
            raise ReadError("binary file, not text", "save the article as .txt, .md or .html") from None
    if b"\x00" in data[:8192]:
        raise ReadError("binary file, not text", "save the article as .txt, .md or .html")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        encoding = model.legacy_encoding(data)
        text = data.decode(encoding)
        warnings.append(f"not UTF-8; decoded as {encoding}; fix: re-save the file as UTF-8 and check accented letters")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def read(path: Path, data: bytes | None = None) -> Document:
    """The document of ``path``; ``data``, its bytes when the caller has read them already (a text file is read
    once)."""
    if path.suffix.lower() in (".html", ".htm"):
        return _read_page(path)
    text, warnings = decode(path.read_bytes() if data is None else data)
    return Document(text, warnings)


def _read_page(path: Path) -> Document:
    """A saved or fetched page: its text from trafilatura, its fields from its own metadata (``webpage``), and for a
    fetched page the record of where it was fetched from (``fetch``)."""
    try:
        import trafilatura  # heavy: only for saved pages
    except ImportError as exc:
        raise ReadError(
            f"cannot read saved HTML pages here ({exc})",
            "install the missing package named above, or paste the article text into a .txt file",
        ) from None
    from . import fetch, webpage

    record = fetch.read_sidecar(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("empty file", "paste the article text into the file, or remove it")
    if record is not None:
        text, warnings = record.text(), list(record.warnings)
    else:
        text, _, warnings = webpage.decode_page(data)
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_formatting=True)
    if extracted is None:
        raise ReadError(
            "no article text found in the HTML page", "save the page again, or paste its text into a .txt file"
        )
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    page = webpage.read_page(text, url=record.final_url if record else None)
    meta = {
        "title": page.title or found.get("title"),
        "date": page.date or found.get("date"),
        "url": (record.canonical_url if record else None) or page.canonical_url or found.get("url"),
        "sitename": page.outlet or found.get("sitename"),
        "authors": list(page.authors),
        "image": page.image,
    }
    if page.paywalled:
        warnings.append(
            "the page is for subscribers: only its teaser was saved; paste the full text to complete the entry"
        )
    return Document(found.get("text") or "", warnings, meta)
