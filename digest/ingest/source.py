"""Source outlet and URL from the paste's own credit lines."""

from __future__ import annotations

import re

_CREDITS = [
    re.compile(r"linked source\s*:\s*(?P<name>[^–—\n]+?)\s*[–—-]\s*(?P<url>https?://\S+)", re.I),
    re.compile(r"^\s*source\s*:\s*(?P<name>[^–—\-:\n]+?)\s*(?:[–—-]\s*(?P<url>https?://\S+))?\s*$", re.I | re.M),
    re.compile(r"copyright\s+(?:©\s*)?\d{4}\s+(?P<name>(?:the\s+)?[A-Z][\w.&' ]+?)(?:\.|,|$)", re.M),
    re.compile(r"\((?P<name>AP) Photo/"),
    re.compile(r"request for comment from (?P<name>[A-Z][\w.]+)|to (?P<name2>[A-Z][\w.]+)[’']s request for comment"),
    re.compile(r"^(?:by|par)\s+[^,\n]+,\s*(?P<name>[A-Z][\w.&' ]+)$", re.M),
]
_ALIASES = {"ap": "The Associated Press", "associated press": "The Associated Press", "the associated press": "The Associated Press", "reuter": "Reuters"}


def canonical(name: str) -> str:
    name = name.strip().strip(".")
    return _ALIASES.get(name.lower(), name)


# The paste labels a link as the article's own address: trust the label (an editor can change it),
# unless the link is a document (a paper, a PDF): that is what the article cites, not where it lives.
_DOCUMENT = re.compile(
    r"(\.pdf(?:[?#]|$)|^https?://(?:www\.)?(?:arxiv\.org|doi\.org|openreview\.net|biorxiv\.org|medrxiv\.org"
    r"|papers\.ssrn\.com|aclanthology\.org|dl\.acm\.org|proceedings\.neurips\.cc|huggingface\.co/papers)/)",
    re.I,
)


def is_document(url: str) -> bool:
    return bool(_DOCUMENT.search(url.rstrip(".,;)")))


_ADDRESS = re.compile(r"^\s*(?:adresse de l['’]article|article (?:url|address)|original article)\s*:\s*(?P<url>https?://\S+)", re.I | re.M)


def find(text: str) -> tuple[str | None, str | None]:
    name, url = _credit(text)
    if url is None and (match := _ADDRESS.search(text)) and not is_document(match.group("url")):
        url = match.group("url")
    return name, url


def _credit(text: str) -> tuple[str | None, str | None]:
    for pattern in _CREDITS:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            name = groups.get("name") or groups.get("name2")
            if name:
                return canonical(name), groups.get("url")
    return None, None
