"""The companies and people indexes: each entity with its count of entries, description and latest event,
in two static orders (most active first at /{lang}/people/, by name at /{lang}/people/by-name/), paginated
so that no page grows with the registry; every page links each initial to the page its first name is on."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from ..model import LANGUAGES
from .index import FOLDERS, Site
from .render import Page, page_url, paginate

PER_PAGE = 100  # entities on a page of an index: about 50 kB
BY_NAME = "by-name/"


def sortable(name: str) -> str:
    """A name as the index by name files it: without accents, case folded ("Élodie" among the E)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(c)).casefold()


def initial(name: str) -> str:
    """The letter a name is filed under: its first letter without accents, "#" for a digit or a sign."""
    first = sortable(name)[:1].upper()
    return first if first.isalpha() else "#"


def anchor(letter: str) -> str:
    return f"initial-{letter.lower() if letter != '#' else 'other'}"


def pages(site: Site, kind: str) -> Iterable[Page]:
    folder = FOLDERS[kind]
    rows = []
    for entity in site.entities(kind).values():
        events = site.events_of[kind].get(entity.id)
        rows.append((entity, len(site.mentions[kind].get(entity.id, [])), events[-1] if events else None, None))
    by_activity = sorted(rows, key=lambda row: (-row[1], row[0].name.casefold(), row[0].id))
    by_name = []  # the first entity of each initial carries it: the anchor the initials link to
    letters: dict[str, int] = {}  # initial -> the by-name page it starts on
    for i, (entity, count, latest, _) in enumerate(sorted(rows, key=lambda row: (sortable(row[0].name), row[0].id))):
        letter = initial(entity.name)
        first = letter not in letters
        if first:
            letters[letter] = i // PER_PAGE + 1
        by_name.append((entity, count, latest, anchor(letter) if first else None))
    for lang in LANGUAGES:
        base = f"{lang}/{folder}/"
        orders = {"activity": base, "name": base + BY_NAME}
        nav = [(letter, f"{page_url(orders['name'], number)}#{anchor(letter)}") for letter, number in letters.items()]
        for order, ranked in (("activity", by_activity), ("name", by_name)):
            chunks = list(paginate(ranked, PER_PAGE))
            urls = [page_url(orders[order], number) for number, _, _ in chunks]
            for (number, count, chunk), url in zip(chunks, urls, strict=False):
                yield Page(
                    url,
                    "entities.html",
                    {
                        "kind": kind,
                        "order": order,
                        "orders": orders,
                        "rows": chunk,
                        "total": len(rows),
                        "letters": nav,
                        "number": number,
                        "count": count,
                        "page_urls": urls,
                    },
                    lang,
                )
