"""Events as editors write them: validation, the affiliations they imply and their contradictions with the registry."""

from __future__ import annotations

import datetime as dt
import re

from ... import event_types, model
from ...event_types import day_rank, named


def validate(events, registry, path: str, line: int) -> list[model.Problem]:
    """Problems in an entry's ``events``: shape, type, unknown ids (with did-you-mean), dates."""
    problems = []
    if not isinstance(events, list):
        return [model.Problem(path, line, "'events' must be a list of mappings", "e.g. events: [{type: joins, person: sam-altman, company: microsoft, date: 2023-11-20}]")]
    for n, event in enumerate(events, 1):
        where = f"event {n}"
        if not isinstance(event, dict):
            problems.append(model.Problem(path, line, f"{where} is not a mapping", "write {type: ..., person: ..., company: ..., date: YYYY-MM-DD}"))
            continue
        unknown = set(event) - {"type", *event_types.SLOTS, "date"}
        if unknown:
            problems.append(model.Problem(path, line, f"{where} has unknown keys {sorted(map(str, unknown))}", "keys are type, person, company, from_company, role, product, amount, date"))
        kind = named(event.get("type"))
        if kind is None:
            problems.append(model.Problem(path, line, f"{where}: type {model.shown(event.get('type'))} is not one of {', '.join(event_types.TYPES)}", "use one of the listed types"))
        elif kind.needs_person and not event.get("person"):
            problems.append(model.Problem(path, line, f"{where}: a '{event.get('type')}' event needs a person", "add person: <person id>"))
        if not event.get("company"):
            problems.append(model.Problem(path, line, f"{where}: no company", "add company: <company id>"))
        for key, kind in (("person", "person"), ("company", "company"), ("from_company", "company")):
            value = event.get(key)
            if value is None:
                continue
            if not isinstance(value, str):  # a list or mapping (maybe a YAML alias bomb): never str() it
                problems.append(model.Problem(path, line, f"{where}: {key} must be one {kind} id (got {model.shown(value)})", f"write {key}: <{kind} id>"))
            elif registry.get(kind, value) is None:
                close = registry.did_you_mean(value, kind)
                hint = f"did you mean {', '.join(close)}?" if close else f"create content/{'people' if kind == 'person' else 'companies'}/{value}.yml"
                problems.append(model.Problem(path, line, f"{where}: unknown {kind} '{value}'", hint))
        for key, example in (("role", "interim CEO"), ("product", "Maia 100"), ("amount", "$6.6 billion")):
            if event.get(key) is not None and not isinstance(event[key], str):
                problems.append(model.Problem(path, line, f"{where}: {key} must be text (got {model.shown(event[key])})", f"e.g. {key}: {example}"))
        if event.get("date") is not None and model.parse_date(event["date"]) is None:
            problems.append(model.Problem(path, line, f"{where}: date {model.shown(event['date'])} is not a date", "write date: YYYY-MM-DD"))
    return problems


def affiliations(person_events: list[dict]) -> list[dict]:
    """Affiliations ({company, role, from, to}, months as YYYY-MM) implied by one person's events, oldest first:
    joining, being hired or appointed opens one; leaving or being fired closes it; founding opens one as founder."""
    found: list[dict] = []
    for event in sorted(person_events, key=lambda e: (str(e.get("date") or ""), day_rank(e.get("type")))):
        month = str(event["date"])[:7] if event.get("date") else None
        company, kind = event.get("company"), named(event.get("type"))
        change = kind.affiliation if kind else None
        current = next((a for a in found if a["company"] == company and a["to"] is None), None)
        if change == "opens":
            role = kind.affiliation_role or event.get("role")
            if current is None:
                found.append({"company": company, "role": role, "from": month, "to": None})
            elif role and not current["role"]:
                current["role"] = role
        elif change == "closes":
            if current is not None:
                current["to"] = month
            else:
                found.append({"company": company, "role": event.get("role"), "from": None, "to": month})
    return found


def _month(value) -> str | None:
    """An affiliation bound ("2024", 2024, "2024-10", a date) as comparable YYYY-MM text."""
    if value is None or value == "" or not isinstance(value, (str, int, dt.date)):
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", text)
    return f"{m.group(1)}-{m.group(2) or '00'}" if m else None


def contradictions(corpus, registry) -> list[model.Problem]:
    """A person's latest move (by date) disagrees with their registry affiliations."""
    latest: dict[str, tuple] = {}
    for entry in corpus.entries:
        for n, event in enumerate(entry.events or []):
            kind = named(event.get("type")) if isinstance(event, dict) else None
            if (kind is None or not kind.checked
                    or not isinstance(event.get("person"), str) or not isinstance(event.get("company"), str)):
                continue  # malformed events are validate()'s to report
            when = model.parse_date(event.get("date")) or entry.date
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
        if event_types.TYPES[event["type"]].affiliation == "opens":
            ok = any((_month(a.get("from")) or "0000") <= month and (_month(a.get("to")) is None or _month(a.get("to")) >= month[:4] + "-00") for a in spans)
            if not ok:
                now = ", ".join(a["company"] for a in current if isinstance(a.get("company"), str)) or "none"
                problems.append(model.Problem(label, line, f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name}) but affiliations do not include {event['company']} then (current: {now})",
                                              f"add - {{company: {event['company']}, role: ..., from: {month}, to: null}} and close the previous one with to: {month}"))
        elif any(_month(a.get("from")) and _month(a.get("from")) < month for a in spans if _month(a.get("to")) is None):
            problems.append(model.Problem(label, line, f"{person.name} {event['type']} {event['company']} on {when} ({entry.path.name}) but affiliations still show {event['company']} as current",
                                          f"set to: {month} on the {event['company']} affiliation"))
    return problems
