"""Validate a whole content folder without building: every problem, each with file, line and fix.

`content.load` already reports what is wrong inside one file (YAML, schema, encoding). ``check`` runs the rest:
each entry's own checks (``entry_checks``: file name, ids that point nowhere, body, raw pointer, date), the
registry's files (``registry_checks``), the events against the registry (``event_checks``), and here those that
need the whole corpus: slugs used twice, translations that disagree with their original, stories, introductions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from . import content, event_checks, introductions, registry
from .entry_checks import body_problems, entry_problems
from .model import LANGUAGES, Entry, Problem
from .model.kinds import FOLDERS
from .registry_checks import alias_collisions, entity_problems


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
        problems += entry_problems(entry, corpus.label(entry.path), corpus, reg)
    problems += _slugs_and_translations(corpus)
    problems += _stories(corpus)
    for kind in FOLDERS:
        for entity in corpus.entities(kind).values():
            problems += entity_problems(entity, corpus, reg)
    problems += alias_collisions(corpus)
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
