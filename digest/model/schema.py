"""The schema of entries and registry files: every front-matter and registry key, its type, and the message an
editor sees when it is wrong (a ``Problem`` naming the file, the line and the fix)."""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("fr", "en")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_RE = SLUG_RE


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, with where it is and how to fix it."""

    path: str
    line: int
    message: str
    fix: str = ""
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        fix = f"\n    fix: {self.fix}" if self.fix else ""
        return f"{self.path}:{self.line}: {self.severity}: {self.message}{fix}"


# --- field checkers: each returns (normalised value, error message or None) ---

Checked = tuple[Any, str | None]


def _str(value: object) -> Checked:
    if isinstance(value, str) and value.strip():
        return value.strip(), None
    return value, "must be non-empty text"


def _opt_str(value: object) -> Checked:
    if value is None or value == "":
        return None, None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None, None
    return value, "must be text or left empty"


def _bool(value: object) -> Checked:
    if isinstance(value, bool):
        return value, None
    return value, "must be true or false"


def _lang(value: object) -> Checked:
    if value in LANGUAGES:
        return value, None
    return value, f"must be one of {', '.join(LANGUAGES)}"


def _slug(value: object) -> Checked:
    if isinstance(value, str) and SLUG_RE.match(value) and len(value) <= 120:
        return value, None
    if isinstance(value, str) and ("/" in value or "\\" in value or ".." in value):
        return value, "must not contain '/', '\\' or '..': a slug names one page and cannot point outside output/"
    return value, (
        "must be lowercase letters, digits and single hyphens (at most 120 characters), e.g. bubeck-joins-openai"
    )


def _opt_id(value: object) -> Checked:
    if value is None:
        return None, None
    if isinstance(value, str) and ID_RE.match(value):
        return value, None
    return value, "must be an id: lowercase letters, digits and hyphens"


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _opt_date(value: object) -> Checked:
    if value is None or value == "":
        return None, None
    parsed = parse_date(value)
    if parsed is None:
        if isinstance(value, str) and re.match(r"^\s*\d{4}-\d{2}-\d{2}\s*$", value):
            return value, "is not a day of the calendar (month 01-12, day within the month)"
        return value, "must be a date written YYYY-MM-DD, or left empty when unknown"
    return parsed, None


def _url(value: object) -> Checked:
    if value is None or value == "":
        return None, None
    if isinstance(value, str) and re.match(r"^https?://[^\s<>\"']+$", value.strip()):
        return value.strip(), None
    return value, "must be an http:// or https:// address"


def _id_list(value: object) -> Checked:
    if value is None:
        return [], None
    if not isinstance(value, list):
        return value, "must be a list of ids, e.g. [openai, microsoft]"
    bad = [v for v in value if not (isinstance(v, str) and ID_RE.match(v))]
    if bad:
        return value, f"has items that are not ids: {shown(bad)} (ids are lowercase letters, digits and hyphens)"
    return list(dict.fromkeys(value)), None


def _str_list(value: object) -> Checked:
    if value is None:
        return [], None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value, None
    return value, "must be a list of text items"


def _list(value: object) -> Checked:
    if value is None:
        return [], None
    if isinstance(value, list):
        return value, None
    return value, "must be a list"


def _description(value: object) -> Checked:
    if value is None:
        return {}, None
    if isinstance(value, dict) and all(k in LANGUAGES and isinstance(v, str) for k, v in value.items()):
        return dict(value), None
    return value, "must map fr and en to text, e.g. {fr: '...', en: '...'}"


def _dict(value: object) -> Checked:
    if value is None:
        return {}, None
    if isinstance(value, dict):
        return value, None
    return value, "must be a mapping of keys to values"


@dataclass(frozen=True)
class Key:
    name: str
    check: Callable[[Any], Checked]
    required: bool = False
    example: str = ""


ENTRY_KEYS = {
    k.name: k
    for k in (
        Key("title", _str, True, 'title: "Sébastien Bubeck quitte Microsoft pour OpenAI"'),
        Key("title_derived", _bool, False, "title_derived: false"),
        Key("date", _opt_date, False, "date: 2024-10-14"),
        Key("lang", _lang, True, "lang: fr"),
        Key("slug", _slug, True, "slug: bubeck-quitte-microsoft-pour-openai"),
        Key("source", _opt_str, False, "source: Reuters"),
        Key("source_url", _url, False, "source_url: https://www.example.com/article"),
        Key("authors", _str_list, False, "authors: [Jeanne Martin]"),
        Key("summary", _opt_str, False, 'summary: "One to three sentences."'),
        Key("companies", _id_list, False, "companies: [microsoft, openai]"),
        Key("people", _id_list, False, "people: [sebastien-bubeck]"),
        Key("story", _opt_id, False, "story: bubeck-joins-openai-2024-10"),
        Key("tags", _str_list, False, "tags: [research, hiring]"),
        Key(
            "events",
            _list,
            False,
            "events: [{type: joins, person: sebastien-bubeck, company: openai, date: 2024-10-14}]",
        ),
        Key("raw", _opt_str, False, "raw: raw/article.txt"),
        Key("reviewed", _bool, False, "reviewed: true"),
        Key("image", _url, False, "image: https://www.example.com/photo.jpg"),
        Key("image_caption", _opt_str, False, 'image_caption: "Sébastien Bubeck in 2023."'),
        Key("image_credit", _opt_str, False, "image_credit: Jeanne Martin / AFP"),
    )
}

ENTITY_KEYS = {
    k.name: k
    for k in (
        Key("name", _str, True, "name: Sébastien Bubeck"),
        Key("aliases", _str_list, False, "aliases: [Sebastien Bubeck, M. Bubeck]"),
        Key("description", _description, False, "description: {fr: Chercheur en IA., en: AI researcher.}"),
        Key("links", _dict, False, "links: {website: https://example.com, wikidata: Q2283}"),
        Key(
            "affiliations", _list, False, "affiliations: [{company: openai, role: researcher, from: 2024-10, to: null}]"
        ),
        Key("reviewed", _bool, False, "reviewed: true"),
    )
}


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxstring, _REPR.maxother = 3, 4, 4, 80, 80


def shown(value: object) -> str:
    """A short repr: never walks a whole (possibly alias-bombed) YAML structure."""
    return _REPR.repr(value)


def validate(
    meta: dict[str, Any], keys: dict[str, Key], path: str, key_lines: dict[str, int]
) -> tuple[dict[str, Any], list[Problem]]:
    """Check ``meta`` against a schema; return normalised values and every problem found."""
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for name, key in keys.items():
        line = key_lines.get(name, 1)
        missing = name not in meta or (key.required and meta[name] is None)
        if missing:
            if key.required:
                problems.append(Problem(path, 1, f"missing required key '{name}'", f"add a line: {key.example}"))
            continue
        value, error = key.check(meta[name])
        if error:
            problems.append(
                Problem(
                    path, line, f"'{name}' {error} (got {shown(meta[name])})", key.example and f"e.g. {key.example}"
                )
            )
        else:
            clean[name] = value
    for name in meta:
        if name not in keys:
            from difflib import get_close_matches

            close = get_close_matches(str(name), keys, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(keys)}"
            problems.append(Problem(path, key_lines.get(str(name), 1), f"unknown key '{name}'", hint))
    return clean, problems
