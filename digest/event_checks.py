"""Events checked against the registry: ids that name no registry file (with did-you-mean), and a person's latest
move that disagrees with their affiliations. What an event must look like is the model's (``model.events``)."""

from __future__ import annotations

import datetime as dt
import re

from .model import Problem, parse_date
from .model.events import TYPES, named, problems_in
from .model.kinds import FOLDERS
from .registry import Registry


def validate(events: object, registry: Registry, path: str, line: int) -> list[Problem]:
    """Problems in an entry's ``events``: their shape (``model.events.problems_in``) and ids the registry lacks."""

    def unknown(kind: str, value: str) -> str | None:
        if registry.get(kind, value) is not None:
            return None
        close = registry.did_you_mean(value, kind)
        return f"did you mean {', '.join(close)}?" if close else f"create content/{FOLDERS[kind]}/{value}.yml"

    return problems_in(events, path, line, unknown)


def _month(value) -> str | None:
    """An affiliation bound ("2024", 2024, "2024-10", a date) as comparable YYYY-MM text."""
    if value is None or value == "" or not isinstance(value, (str, int, dt.date)):
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", text)
    return f"{m.group(1)}-{m.group(2) or '00'}" if m else None


def contradictions(corpus, registry) -> list[Problem]:
    """A person's latest move (by date) disagrees with their registry affiliations."""
    latest: dict[str, tuple] = {}
    for entry in corpus.entries:
        for event in entry.events or []:
            kind = named(event.get("type")) if isinstance(event, dict) else None
            if (
                kind is None
                or not kind.checked
                or not isinstance(event.get("person"), str)
                or not isinstance(event.get("company"), str)
            ):
                continue  # malformed events are validate()'s to report
            when = parse_date(event.get("date")) or entry.date
            if when is None:
                continue
            key = (when, kind.day_rank)
            if event["person"] not in latest or key >= latest[event["person"]][0]:
                latest[event["person"]] = (key, event, entry)
    problems = []
    for person_id, ((when, _), event, entry) in sorted(latest.items()):
        person = registry.get("person", person_id)
        if person is None:
            continue
        month = when.strftime("%Y-%m")
        current = [a for a in person.affiliations if isinstance(a, dict) and _month(a.get("to")) is None]
        spans = [a for a in person.affiliations if isinstance(a, dict) and a.get("company") == event.get("company")]
        label = corpus.label(person.path)
        line = person.key_lines.get("affiliations", 1)
        if TYPES[event["type"]].affiliation == "opens":
            ok = any(
                (_month(a.get("from")) or "0000") <= month
                and (_month(a.get("to")) is None or _month(a.get("to")) >= month[:4] + "-00")
                for a in spans
            )
            if not ok:
                now = ", ".join(a["company"] for a in current if isinstance(a.get("company"), str)) or "none"
                problems.append(
                    Problem(
                        label,
                        line,
                        f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name})"
                        f" but affiliations do not include {event['company']} then (current: {now})",
                        f"add - {{company: {event['company']}, role: ..., from: {month}, to: null}}"
                        f" and close the previous one with to: {month}",
                    )
                )
        elif any(_month(a.get("from")) and _month(a.get("from")) < month for a in spans if _month(a.get("to")) is None):
            problems.append(
                Problem(
                    label,
                    line,
                    f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name})"
                    f" but affiliations still show {event['company']} as current",
                    f"set to: {month} on the {event['company']} affiliation",
                )
            )
    return problems
