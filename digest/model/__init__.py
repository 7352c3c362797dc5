"""The content model, at the bottom of the layers: it imports nothing else of digest.

``schema`` (every key, its type, the ``Problem`` an editor sees), ``frontmatter`` (Markdown with YAML front
matter, keeping line numbers), ``files`` (a content file read and validated), ``entries`` and ``entities`` (what
the content folder holds), ``events`` (the kinds of event, declared once, and the ``Event``), ``kinds`` (the
registry's kinds and their folders), ``text`` (names as keys and ids) and ``amounts`` (sums of money as articles
write them).
"""

from .entities import Entity, load_entity
from .entries import Entry, load_entry
from .files import legacy_encoding, read_document, read_text
from .schema import ENTITY_KEYS, ENTRY_KEYS, ID_RE, LANGUAGES, SLUG_RE, Key, Problem, parse_date, shown, validate

__all__ = [
    "ENTITY_KEYS",
    "ENTRY_KEYS",
    "ID_RE",
    "LANGUAGES",
    "SLUG_RE",
    "Entity",
    "Entry",
    "Key",
    "Problem",
    "legacy_encoding",
    "load_entity",
    "load_entry",
    "parse_date",
    "read_document",
    "read_text",
    "shown",
    "validate",
]
