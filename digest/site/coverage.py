"""How widely a story was covered: the order of an edition's stories (``ranked``, a template global)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Covered:
    group: object  # an ``editions.Group``: a story of the week, or a lone entry
    outlets: int
    languages: tuple[str, ...]


def ranked(site, groups: Iterable) -> list[Covered]:
    """``groups`` most covered first: by the number of outlets (an entry without one counts as its own), then of
    languages, then newest first. ``site`` is the page's view of the site (``reads.SiteView``), so the page is
    recorded as reading each entry: an edit to one ranks the week again."""
    found = []
    for group in groups:
        entries = [site.primary(slug) for slug in group.slugs]
        outlets = {entry.source or entry.source_url or entry.slug for entry in entries}
        found.append(Covered(group, len(outlets), tuple(sorted({entry.lang for entry in entries}))))
    return sorted(found, key=lambda c: (-c.outlets, -len(c.languages), -c.group.date.toordinal(), c.group.slugs[0]))
