"""The checks of the registry's files (companies and people): their affiliations and links, their descriptions,
and the names two of them share; and what to suggest for an id that names nothing."""

from __future__ import annotations

import re

from . import content, registry
from .model import LANGUAGES, Entity, Problem, parse_date, shown
from .model.kinds import FOLDERS


def suggest(unknown: str, kind: str, corpus: content.Corpus, reg: registry.Registry) -> str:
    other = "person" if kind == "company" else "company"
    if unknown in corpus.entities(other):
        return f"'{unknown}' is a {other}: move it to {FOLDERS[other]}:"
    close = reg.did_you_mean(unknown, kind)
    folder = FOLDERS[kind]
    create = f"or create content/{folder}/{unknown}.yml with at least 'name:'"
    if close:
        return f"did you mean {' or '.join(repr(c) for c in close)}? {create}"
    return create[0].upper() + create[1:]


def entity_problems(entity: Entity, corpus: content.Corpus, reg: registry.Registry) -> list[Problem]:
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
                    suggest(company, "company", corpus, reg),
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


def alias_collisions(corpus: content.Corpus) -> list[Problem]:
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
