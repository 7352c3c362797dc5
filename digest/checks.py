"""Validate a whole content folder without building: every problem, each with file, line and fix.

`content.load` already reports what is wrong inside one file (YAML, schema, encoding). The checks here
need the whole corpus: ids that point nowhere, slugs used twice, translations that disagree with their
original, raw pointers, events against the registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from . import content, event_checks, introductions, registry
from .model import ENTRY_KEYS, LANGUAGES, Entity, Entry, Problem, parse_date, shown
from .model.kinds import FOLDERS

# Raw HTML the site's sanitiser removes: worth a warning so the editor is not surprised.
STRIPPED_HTML = re.compile(r"<\s*(script|iframe|object|embed|style|form)\b|\bjavascript\s*:", re.IGNORECASE)
FRONT_MATTER_LINE = re.compile(r"^(?P<key>[a-z_]+)\s*:(\s|$)")
# What `digest new` leaves for the editor to replace; publishing it would show the scaffolding.
PLACEHOLDER = "<!-- digest new:"
TODO_TRANSLATE = "TODO translate:"


def check_corpus(root: Path) -> list[Problem]:
    """Load ``root`` (a content folder) and return every problem, sorted by file and line."""
    return check(content.load(Path(root)))


def check(corpus: content.Corpus, entries: Iterable[Entry] | None = None) -> list[Problem]:
    """Every problem of an already loaded corpus (the build calls this so it loads content once).

    ``entries``: check only these entries on their own (file name, ids, body, raw file, dates), with
    every check across files; a rebuild passes the entries edited since a build whose checks passed."""
    reg = registry.Registry(root=corpus.root)  # from the loaded corpus: registry files are not read twice
    for kind in FOLDERS:
        for entity in corpus.entities(kind).values():
            reg.add(entity)
    problems = list(corpus.problems)
    problems += _stray_files(corpus)
    for entry in corpus.entries if entries is None else entries:
        label = corpus.label(entry.path)
        problems += _file_name(entry, label, corpus.root)
        problems += _ids(entry, label, corpus, reg)
        problems += body_problems(entry, label)
        problems += _raw(entry, label, corpus.root)
        problems += _dates(entry, label)
    problems += _slugs_and_translations(corpus)
    problems += _stories(corpus)
    for kind in FOLDERS:
        for entity in corpus.entities(kind).values():
            problems += _entity(entity, corpus, reg)
    problems += _alias_collisions(corpus)
    problems += _events(corpus, reg)
    problems += _introductions(corpus)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.severity, p.message))


def _stray_files(corpus: content.Corpus) -> list[Problem]:
    """Files under entries/ that the site would silently ignore."""
    entries = corpus.root / "entries"
    if not entries.is_dir():
        return []
    return [
        Problem(
            corpus.label(Path(folder) / name),
            1,
            "not an entry: only <slug>.<lang>.md files under entries/ are published",
            "rename it to <slug>.fr.md or <slug>.en.md, or move it out of entries/ (articles to ingest go in inbox/)",
            "warning",
        )
        for folder, _, names in os.walk(entries)
        for name in names
        if not name.startswith(".") and not name.endswith(".md")
    ]


def _file_name(entry: Entry, label: str, root: Path) -> list[Problem]:
    problems = []
    expected = f"{entry.slug}.{entry.lang}.md"
    if entry.path.name != expected:
        problems.append(
            Problem(
                label,
                entry.key_lines.get("slug", 1),
                f"file name '{entry.path.name}' does not match slug '{entry.slug}' and lang '{entry.lang}'",
                f"rename the file to {expected}, or change slug/lang to match the file name",
            )
        )
    folder, year = entry.path.parent.name, entry.date and str(entry.date.year)
    if year and folder != year and entry.path.parent != root / "entries":
        problems.append(
            Problem(
                label,
                entry.key_lines.get("date", 1),
                f"file is in entries/{folder}/ but its date says {year}",
                f"move it to entries/{year}/",
                "warning",
            )
        )
    return problems


def _suggest(unknown: str, kind: str, corpus: content.Corpus, reg: registry.Registry) -> str:
    other = "person" if kind == "company" else "company"
    if unknown in corpus.entities(other):
        return f"'{unknown}' is a {other}: move it to {FOLDERS[other]}:"
    close = reg.did_you_mean(unknown, kind)
    folder = FOLDERS[kind]
    create = f"or create content/{folder}/{unknown}.yml with at least 'name:'"
    if close:
        return f"did you mean {' or '.join(repr(c) for c in close)}? {create}"
    return create[0].upper() + create[1:]


def _ids(entry: Entry, label: str, corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
    problems = []
    for kind, key in FOLDERS.items():
        for unknown in [i for i in getattr(entry, key) if i not in corpus.entities(kind)]:
            problems.append(
                Problem(
                    label,
                    entry.key_lines.get(key, 1),
                    f"unknown {kind} '{unknown}' in {key}",
                    _suggest(unknown, kind, corpus, reg),
                )
            )
    return problems


def body_problems(entry: Entry, label: str) -> list[Problem]:
    """`---` in a body: a second front-matter block is an error; one under a text line makes that line a heading.

    The only check that reads an entry's body: a rebuild after edits confined to bodies runs it alone on the
    edited entries (``cache.Cache.restore``), so any check reading ``entry.body`` belongs here."""
    problems = []
    lines = entry.body.split("\n") if "---" in entry.body else []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "---":
            block_end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == "---"), None)
            block = [s for s in lines[i + 1 : block_end] if s.strip()] if block_end else []
            keys = [m["key"] for s in block if (m := FRONT_MATTER_LINE.match(s))]
            if block and len(keys) == len(block) and any(k in ENTRY_KEYS for k in keys):
                problems.append(
                    Problem(
                        label,
                        entry.body_line + i,
                        "a second front-matter block inside the body (lines "
                        f"{entry.body_line + i}-{entry.body_line + block_end})",
                        "move these keys into the front matter at the top of the file and delete this block",
                    )
                )
                i = block_end + 1
                continue
            if i > 0 and lines[i - 1].strip():
                problems.append(
                    Problem(
                        label,
                        entry.body_line + i,
                        "'---' right under a line of text turns that line into a heading",
                        "put an empty line before '---' for a horizontal rule, or write '## ' before the "
                        "line for a heading",
                        "warning",
                    )
                )
        i += 1
    for key in ("title", "summary"):
        if TODO_TRANSLATE in (getattr(entry, key) or ""):
            problems.append(
                Problem(
                    label,
                    entry.key_lines.get(key, 1),
                    f"{key} is not translated yet",
                    f"translate it and remove '{TODO_TRANSLATE}'",
                )
            )
    body = entry.body  # plain substring tests first: the regex over every body costs half a second at 10,000 entries
    suspicious = PLACEHOLDER in body or (("<" in body or "javascript" in body.lower()) and STRIPPED_HTML.search(body))
    for i, text in enumerate(entry.body.split("\n") if suspicious else []):
        if PLACEHOLDER in text:
            problems.append(
                Problem(
                    label,
                    entry.body_line + i,
                    "the body is still the `digest new` placeholder",
                    "write the article (or its translation) and delete the <!-- digest new: ... --> comment",
                )
            )
        if match := STRIPPED_HTML.search(text):
            problems.append(
                Problem(
                    label,
                    entry.body_line + i,
                    f"'{match.group(0)}' in the body: the site removes scripts, frames, forms and javascript: links",
                    "write the text without HTML, or as a normal link [text](https://...)",
                    "warning",
                )
            )
    return problems


def _inside(root: Path, pointer: str) -> bool:
    if PurePosixPath(pointer).is_absolute() or PureWindowsPath(pointer).is_absolute() or PureWindowsPath(pointer).drive:
        return False
    resolved = (root / pointer).resolve()
    return resolved.is_relative_to(root.resolve())


def _raw(entry: Entry, label: str, root: Path) -> list[Problem]:
    if not entry.raw:
        return []
    line = entry.key_lines.get("raw", 1)
    if not _inside(root, entry.raw):
        return [
            Problem(
                label,
                line,
                f"raw '{entry.raw}' points outside the content folder",
                "raw is a path relative to content/, e.g. raw: raw/my-article.txt",
            )
        ]
    if not (root / entry.raw).is_file():
        known = sorted(p.name for p in (root / "raw").glob("*") if p.is_file())
        close = difflib.get_close_matches(PurePosixPath(entry.raw).name, known, n=1)
        hint = f"did you mean raw/{close[0]}? " if close else ""
        return [
            Problem(
                label,
                line,
                f"raw '{entry.raw}' does not exist",
                f"{hint}point raw at the kept original under content/raw/, or delete the raw line",
            )
        ]
    return []


def _dates(entry: Entry, label: str) -> list[Problem]:
    if entry.date is None:  # ingest never guesses a date; it lists what it found instead (digest ingest's report)
        return [
            Problem(
                label,
                entry.key_lines.get("date", 1),
                "the entry has no date",
                "set date: YYYY-MM-DD (when the event happened or the article was published)",
                "warning",
            )
        ]
    if entry.date > dt.date.today() + dt.timedelta(days=1):
        return [
            Problem(
                label,
                entry.key_lines.get("date", 1),
                f"date {entry.date.isoformat()} is in the future",
                "check the year: the date is when the event happened or the article was published",
                "warning",
            )
        ]
    return []


def _slugs_and_translations(corpus: content.Corpus) -> list[Problem]:
    """Same slug + lang twice is one address for two pages; same slug in the other lang must agree with its original."""
    problems = []
    by_slug: dict[str, list[Entry]] = defaultdict(list)
    for entry in corpus.entries:
        by_slug[entry.slug].append(entry)
    for slug, group in by_slug.items():
        by_lang: dict[str, list[Entry]] = defaultdict(list)
        for entry in sorted(group, key=lambda e: str(e.path)):
            by_lang[entry.lang].append(entry)
        for lang, same in by_lang.items():
            for entry in same if len(same) > 1 else []:  # every file of a clash: either may be the wrong one
                others = ", ".join(corpus.label(e.path) for e in same if e is not entry)
                problems.append(
                    Problem(
                        corpus.label(entry.path),
                        entry.key_lines.get("slug", 1),
                        f"duplicate slug: '{slug}' in {lang} is also {others}; both would be /{lang}/entries/{slug}/",
                        f"if this is another article, give it a new slug (e.g. {slug}-2) and rename the "
                        "file; if it is the same article, delete one",
                    )
                )
        if len(by_lang) == len(LANGUAGES):
            problems += _translation_pair({lang: same[0] for lang, same in by_lang.items()}, corpus)
    return problems


def _translation_pair(pair: dict[str, Entry], corpus: content.Corpus) -> list[Problem]:
    """The later-written side (the translation: not the one whose raw is kept, else the second language) is reported."""
    original, translation = sorted(pair.values(), key=lambda e: (e.raw is None, e.lang != "fr"))
    label, other = corpus.label(translation.path), corpus.label(original.path)
    problems = []
    for key in ("story", "date"):
        mine, theirs = getattr(translation, key), getattr(original, key)
        shown = theirs.isoformat() if isinstance(theirs, dt.date) else theirs
        if mine != theirs and mine is not None and theirs is not None:
            problems.append(
                Problem(
                    label,
                    translation.key_lines.get(key, 1),
                    f"translation disagrees with {other}: {key} is {mine} here and {shown} there",
                    f"a translation shares its original's {key}: set {key}: {shown} in both files (or give "
                    "one a new slug if they are different articles)",
                )
            )
        elif mine != theirs:
            problems.append(
                Problem(
                    label,
                    translation.key_lines.get(key, 1),
                    f"translation pair with {other}: {key} is set in only one of them",
                    f"set the same {key} in both files",
                    "warning",
                )
            )
    return problems


def _stories(corpus: content.Corpus) -> list[Problem]:
    """A story id used by one entry only and close to a shared one is probably a typo."""
    counts: dict[str, int] = defaultdict(int)
    for entry in corpus.entries:
        if entry.story:
            counts[entry.story] += 1
    shared = sorted(s for s, n in counts.items() if n > 1)
    problems = []
    for entry in corpus.entries:
        if entry.story and counts[entry.story] == 1:
            close = difflib.get_close_matches(entry.story, shared, n=1, cutoff=0.85)
            if close:
                problems.append(
                    Problem(
                        corpus.label(entry.path),
                        entry.key_lines.get("story", 1),
                        f"story '{entry.story}' is used by this entry only",
                        f"did you mean '{close[0]}'? (used by {counts[close[0]]} entries)",
                        "warning",
                    )
                )
    return problems


def _entity(entity: Entity, corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
    label = corpus.label(entity.path)
    problems = []
    line = entity.key_lines.get("affiliations", 1)
    for n, item in enumerate(entity.affiliations, 1):
        if not isinstance(item, dict):
            problems.append(
                Problem(
                    label,
                    line,
                    f"affiliation {n} is not a mapping",
                    "write each as {company: id, role: ..., from: YYYY-MM, to: YYYY-MM or null}",
                )
            )
            continue
        company = item.get("company")
        if not isinstance(company, str):
            problems.append(
                Problem(
                    label,
                    line,
                    f"affiliation {n}: company must be a company id (got {shown(company)})",
                    "e.g. {company: openai, role: researcher, from: 2024-10, to: null}",
                )
            )
        elif company not in corpus.companies:
            problems.append(
                Problem(
                    label,
                    line,
                    f"affiliation {n}: unknown company '{company}'",
                    _suggest(company, "company", corpus, reg),
                )
            )
        if item.get("role") is not None and not isinstance(item.get("role"), str):
            problems.append(
                Problem(
                    label,
                    line,
                    f"affiliation {n}: role must be text (got {shown(item.get('role'))})",
                    "e.g. role: chief scientist",
                )
            )
        for bound in ("from", "to"):
            value = item.get(bound)
            if value is not None and not _partial_date(value):
                problems.append(
                    Problem(
                        label,
                        line,
                        f"affiliation {n}: '{bound}' {shown(value)} is not a date",
                        f"write {bound}: YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown",
                    )
                )
    for key, value in entity.links.items():
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            problems.append(
                Problem(
                    label,
                    entity.key_lines.get("links", 1),
                    f"links: {shown(key)} must be text (got {shown(value)})",
                    "e.g. links: {website: https://www.example.com, wikidata: Q2283}",
                )
            )
    website = entity.links.get("website")
    if website is not None and not (isinstance(website, str) and re.match(r"^https?://[^\s<>\"']+$", website)):
        problems.append(
            Problem(
                label,
                entity.key_lines.get("links", 1),
                f"links: website {shown(website)} is not an http(s) address",
                "e.g. links: {website: https://www.example.com}",
            )
        )
    if entity.reviewed and entity.description and set(entity.description) != set(LANGUAGES):
        missing = sorted(set(LANGUAGES) - set(entity.description))
        problems.append(
            Problem(
                label,
                entity.key_lines.get("description", 1),
                f"description has no {', '.join(missing)} text: that site language shows none",
                "add a line for each of fr and en under description:",
                "warning",
            )
        )
    return problems


def _partial_date(value) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return 1900 <= value <= 2200
    if parse_date(value):
        return True
    return isinstance(value, str) and bool(re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", value.strip()))


def _alias_collisions(corpus: content.Corpus) -> list[Problem]:
    """One surface form on two entities: ingest would always pick the same one."""
    problems = []
    owner: dict[str, Entity] = {}
    for kind in FOLDERS:
        for entity in sorted(corpus.entities(kind).values(), key=lambda e: e.id):
            for surface in dict.fromkeys([entity.name, *entity.aliases]):
                key = registry.norm(surface)
                first = owner.setdefault(key, entity)
                if first is not entity:
                    problems.append(
                        Problem(
                            corpus.label(entity.path),
                            entity.key_lines.get("aliases", 1),
                            f"'{surface}' also names {first.kind} '{first.id}' ({corpus.label(first.path)})",
                            "keep the alias on one file only; ingest links it to the first one",
                            "warning",
                        )
                    )
    return problems


def _events(corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
    """What an event must look like (model.events), the ids it names and the affiliations it contradicts
    (event_checks)."""
    problems = []
    for entry in corpus.entries:
        if entry.events:
            problems += event_checks.validate(
                entry.events, reg, corpus.label(entry.path), entry.key_lines.get("events", 1)
            )
    # An event and an affiliation that disagree are both publishable; which one is right is the editor's call:
    # reported, but they do not stop a build.
    return problems + [dataclasses.replace(p, severity="warning") for p in event_checks.contradictions(corpus, reg)]


def _introductions(corpus: content.Corpus) -> list[Problem]:
    """The editor's introductions to editions: a week with entries (else there is no edition to introduce), the
    body as an entry's is checked, and the other language (a warning: that edition shows this one, marked)."""
    if not corpus.introductions:
        return []
    weeks = {introductions.week_of(entry.date) for entry in corpus.entries if entry.date}
    written = {(intro.week, intro.lang) for intro in corpus.introductions}
    problems = []
    for intro in corpus.introductions:
        label = corpus.label(intro.path)
        problems += body_problems(intro, label)
        if intro.week not in weeks:
            near = sorted(
                weeks, key=lambda week: abs((introductions.monday(week) - introductions.monday(intro.week)).days)
            )
            hint = (
                f"the nearest week with entries is {near[0]}: rename the file to {near[0]}.{intro.lang}.md"
                if near
                else "add entries first: an edition is made for each week with dated entries"
            )
            problems.append(
                Problem(
                    label,
                    1,
                    f"no entry is dated in week {intro.week}: there is no edition to introduce",
                    f"{hint}, or delete the file",
                )
            )
        for other in LANGUAGES:
            if (intro.week, other) not in written:
                problems.append(
                    Problem(
                        label,
                        1,
                        f"no {other} introduction to {intro.week}: the {other} edition shows "
                        f"this one, marked as written in {intro.lang}",
                        f"translate it: digest new --edition {intro.week} --lang {other}",
                        "warning",
                    )
                )
    return problems
