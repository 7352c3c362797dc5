"""Which pages a build renders: a pure function of the last build's record, this build's pages and the delta.

Every page, unless the output folder is exactly what the last build left, the settings and theme are the same,
and the content changes are edits to entries (a restored site: see ``snapshot``); then the pages that showed an
edited body, and those ``depends.stale`` finds for the edited front matter. The caller adds the pages missing
from the output folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import depends
from .record import Record
from .snapshot import Delta


@dataclass(frozen=True)
class Pages:
    """This build's pages, fingerprinted (``depends.fingerprints``), in the order the families make them."""

    paths: list[str]
    prints: dict[str, bytes]  # page path -> fingerprint of what its family gave it
    context_keys: dict[str, frozenset]  # page path -> entry keys its context holds (when any)

    @classmethod
    def of(cls, pages: list, unchanged: depends.Unchanged | None = None) -> Pages:
        prints = depends.fingerprints(pages, unchanged)
        return cls(
            list(prints),
            {path: found[0] for path, found in prints.items()},
            {path: found[1] for path, found in prints.items() if found[1]},
        )

    @classmethod
    def recorded(cls, last: Record) -> Pages:
        """The last build's pages, for a site whose families make the same pages with the same contexts."""
        return cls(last.pages, last.prints, last.context_keys)


@dataclass(frozen=True)
class Plan:
    targets: frozenset[str] | None  # the pages to render; None: every page
    reasons: tuple[str, ...] = ()  # why every page is rendered
    gone: tuple[str, ...] = ()  # pages of the last build that this one does not make (known to a partial plan)


def showing_edited(last: Record, changes: Iterable[str], pages: Iterable[str] = ()) -> set[str]:
    """The pages that show an entry edited or added since the last build (``changes``: their files): those that
    showed its body (its own pages), and those of ``pages`` that the last build did not make."""
    changed = set(changes)
    found = {page for page, bodies in last.page_bodies.items() if changed.intersection(bodies)}
    pages = list(pages)
    if pages:
        made = set(last.pages)
        found.update(page for page in pages if page not in made)
    return found


def plan(
    last: Record, pages: Pages, delta: Delta, inputs: str, output_reasons: Iterable[str] = (), site=None, before=None
) -> Plan:
    """The pages to render of ``pages``, given the ``last`` build's record and the ``delta`` since.

    ``inputs`` fingerprints this build's settings and theme; ``output_reasons`` say why the output folder is not
    what the last build left (``record.output_reasons``); ``site`` is this build's, ``before`` the site as the last
    build indexed it, when this one indexed it again (see ``depends.changed_keys``).
    """
    pages_changed = not delta.restored and last.pages != pages.paths
    reasons = [
        *output_reasons,
        *(
            reason
            for reason, failed in (
                ("settings or theme changed", last.inputs != inputs),
                ("content files were added or removed", delta.files_removed or pages_changed),
                ("content other than entries changed", "other" in delta.changes.values()),
            )
            if failed
        ),
    ]
    if reasons:
        return Plan(None, tuple(reasons))
    targets = showing_edited(last, delta.changes)
    gone: tuple[str, ...] = ()
    if delta.replaced:
        keys = depends.changed_keys(delta.replaced, before, site)
        targets |= depends.stale(pages.prints, last.prints, pages.context_keys, last.reads, last.queries, keys, site)
        now = set(pages.paths)
        gone = tuple(path for path in last.pages if path not in now)
    return Plan(frozenset(targets), (), gone)
