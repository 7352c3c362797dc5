"""What a page reads from the site while its template runs, recorded for the incremental build.

Templates see the site through ``SiteView`` (their ``site``): the entries a page shows (``entry``, ``primary``,
``headline``) are recorded by slug, the answers of ``related`` with their question. A template that reads
anything else from the site (``site.slugs``, say) makes its page depend on every change (``EVERYTHING``).
What the build does with these records is in ``digest.build.depends``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Entity, Entry
from .index import Site

EVERYTHING = "*"  # the key of a page that depends on every change; an entry's key is its slug


class Reads:
    """What the page being rendered read: keys, and queries with their answers."""

    def __init__(self):
        self.keys: set = set()  # slugs, or EVERYTHING
        self.queries: dict[tuple, tuple] = {}  # (method, args...) -> answer

    def add(self, other: Reads) -> None:
        self.keys |= other.keys
        self.queries.update(other.queries)


class SiteView:
    """The site as templates see it (their ``site``): each read is recorded in ``owner.reads``.

    ``owner`` is the renderer, whose ``reads`` is replaced for each page and fragment.
    """

    def __init__(self, site: Site, owner):
        self._site = site
        self._owner = owner

    def entry(self, slug: str, lang: str) -> Entry:
        self._owner.reads.keys.add(slug)
        return self._site.entry(slug, lang)

    def primary(self, slug: str) -> Entry:
        self._owner.reads.keys.add(slug)
        return self._site.primary(slug)

    def headline(self, slugs: list[str], lang: str) -> Entry:
        self._owner.reads.keys.update(slugs)
        return self._site.headline(slugs, lang)

    def related(self, slug: str, limit: int = 5, exclude: Iterable[str] = ()) -> list[str]:
        exclude = tuple(exclude)
        answer = self._site.related(slug, limit, exclude)
        reads = self._owner.reads
        reads.keys.add(slug)
        reads.queries[("related", slug, limit, exclude)] = tuple(answer)
        return answer

    def entities(self, kind: str) -> dict[str, Entity]:
        return self._site.entities(kind)

    def name(self, kind: str, entity_id: str) -> str:
        return self._site.name(kind, entity_id)

    def __getattr__(self, name: str):
        self._owner.reads.keys.add(EVERYTHING)
        return getattr(self._site, name)
