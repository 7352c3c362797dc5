"""The people and companies of the body that a headline names, by the names the body gives them: a headline is too
short to find names in by itself."""

from __future__ import annotations

from ...model.text import slug
from .clauses import Mark, word_char


def headline_marks(headline: str, body: str, marks) -> list[Mark]:
    """The people and companies of the body named in the headline: by the names the body gives them, and a person
    by surname alone ("Murati quits")."""
    surfaces: dict[str, set] = {}
    for m in marks:
        name = body[m.start : m.end]
        surfaces.setdefault(name, set()).add((m.kind, m.id))
        if m.kind == "person" and " " in name:
            surfaces.setdefault(name.rsplit(" ", 1)[1], set()).add((m.kind, m.id))
        words = name.split()
        if (
            m.kind == "company" and len(words) > 2
        ):  # "Halvorsen Institute" for "Halvorsen Institute for Machine Learning"
            surfaces.setdefault(" ".join(words[:2]), set()).add((m.kind, m.id))
        elif m.kind == "company" and len(words) == 2 and words[1] in LEGAL_OR_FIELD:
            surfaces.setdefault(words[0], set()).add((m.kind, m.id))  # "Mistral" in a headline for "Mistral AI"
    found, taken = [], []
    shouted = not any(c.islower() for c in headline)  # "ASML TO INVEST EUR1.3 BILLION IN MISTRAL AI"
    for name in sorted((n for n in surfaces if _one(surfaces[n], n) and len(n) >= 2), key=len, reverse=True):
        kind, id_ = _one(surfaces[name], name)
        sought = name.upper() if shouted else name
        at = headline.find(sought)
        while at >= 0:
            end = at + len(sought)
            if not (
                word_char(headline, at - 1) or word_char(headline, end) or any(a < end and at < b for a, b in taken)
            ):
                found.append(Mark(kind, id_, at, end))
                taken.append((at, end))
            at = headline.find(sought, end)
    return sorted(found, key=lambda m: m.start)


# a company name's last word that a headline leaves out: "Mistral" for "Mistral AI", "Kaveri" for "Kaveri Labs"
LEGAL_OR_FIELD = frozenset({"AI", "IA", "Labs", "Lab", "Inc", "Inc.", "Ltd", "SA", "SAS", "Technologies", "Group"})


def _one(ids: set[tuple[str, str]], name: str) -> tuple[str, str] | None:
    """The one entity a name stands for: the only one, or among several the one whose id is the name itself ("LHIR"
    read both as lhir and as the acronym of a longer name)."""
    if len(ids) == 1:
        return next(iter(ids))
    own = [pair for pair in ids if pair[1] == slug(name)]
    return own[0] if len(own) == 1 else None


# An aside after a name: ", 49,", ", a former head of research at X,", ", PDG de X,", ", qui …,"
