"""What each page depends on, so that an edit to entries' front matter renders only the pages it changes.

A page's bytes are a function of its template, its context (made by its family from the site's
indexes) and what its template reads from the site while rendering. The build records both:

- a **fingerprint** of the context, taken before rendering: entries in it count by identity
  (slug, language) and are recorded as read; lists, stories, events and groups by value;
- the **reads** through ``digest.site.reads.SiteView``, the site as templates see it: the entries a page shows
  (``entry``, ``primary``, ``headline``) and the answers of ``related``.

Keys name what changes: an entry by its slug, and the lists related entries are drawn from
(``pool_keys``). After an edit, a page is rendered again when its fingerprint differs, when it
holds or read an entry that changed, or when a query it asked, drawn from a list that changed,
answers differently now. When no field the site indexes changed (a title, a summary), contexts
are not made again and keep their fingerprints (see ``digest.build.scheduler``); when one did, a page that
names the parts of the site its context is made from (``Page.sources``) keeps its fingerprint while
they read the same (``Unchanged``). Registry entities count
by id: a registry edit renders every page (see ``digest.build.plan``). A template that reads
anything else from the site (``site.slugs``, say) makes its page depend on every change (``EVERYTHING``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import marshal
from collections.abc import Iterable

from ..model import Entity, Entry
from ..site.index import RELATED_POOL, Site
from ..site.reads import EVERYTHING

PRIMITIVE = {str, int, float, bool, type(None)}
MARSHAL = 2  # the last format without references and interned strings: equal values give equal bytes in any process


def pool_keys(entry: Entry) -> list[tuple[str, ...]]:
    """The lists ``Site.related`` draws an entry's candidates from: a change to an entry in one of
    them may change the answer for every entry reading it."""
    keys = [("pool", "company", c) for c in entry.companies] + [("pool", "person", p) for p in entry.people]
    return keys + [("pool", "story", entry.story)] if entry.story else keys


# what ``Site.related`` ranks an entry by (``reviewed``: whether it is in the lists at all, see ``index.build``)
RANKED_BY = ("lang", "date", "companies", "people", "story", "reviewed")


def changed_keys(replaced: Iterable[tuple[Entry | None, Entry | None]], before: Site | None, after: Site) -> set:
    """The keys that replacing entry versions (old, new; None for an entry added or removed) invalidates: each
    entry's slug, and the lists it is in (both sides: an entry that leaves a company changes that company's lists)
    when a fact related entries are ranked by changed (a new title changes no answer) and what ``Site.related``
    reads of the list differs between the site as the last build indexed it (``before``) and ``after``. A new
    date counts every list: it moves the entry among all others, which breaks ties.

    An entry is compared as each site shows it (the version carrying its facts), not file by file: a file moved
    to another folder is one version removed and one added, and a new date in it moves the entry all the same.
    Without ``before`` (unknown), every list of a version whose ranked facts changed counts."""
    replaced = list(replaced)
    keys: set = {entry.slug for pair in replaced for entry in pair if entry}
    if before is None:
        keys.update(
            key for old, new in replaced if not _ranked_alike(old, new) for e in (old, new) if e for key in pool_keys(e)
        )
        return keys
    for slug in list(keys):
        was, now = _facts(before, slug), _facts(after, slug)
        if _ranked_alike(was, now):
            continue
        redated = was is not None and now is not None and was.date != now.date
        for entry in (was, now):
            if entry:
                keys.update(
                    key for key in pool_keys(entry) if redated or _candidates(before, key) != _candidates(after, key)
                )
    return keys


def _ranked_alike(one: Entry | None, other: Entry | None) -> bool:
    """Whether two versions (None: none) agree on every fact related entries are ranked by."""
    return one is not None and other is not None and all(getattr(one, f) == getattr(other, f) for f in RANKED_BY)


def _facts(site: Site, slug: str) -> Entry | None:
    """The version of ``slug`` that carries its facts in ``site``, or None if the site shows no version of it."""
    return site.primary(slug) if site.by_slug.get(slug) else None


def _candidates(site: Site, key: tuple) -> list[str]:
    """What ``Site.related`` reads of the list ``key`` names: a story's entries, an entity's newest ones."""
    _, kind, name = key
    if kind == "story":
        story = site.stories.get(name)
        return story.slugs if story else []
    return site.mentions[kind].get(name, [])[:RELATED_POOL]


def drawn_from(site: Site, changed: set) -> set[str]:
    """The slugs whose related entries are drawn from a list that ``changed`` keys (``pool_keys``)."""
    found: set[str] = set()
    for key in changed:
        if isinstance(key, tuple):
            _, kind, name = key
            story = site.stories.get(name) if kind == "story" else None
            found.update(story.slugs if story else site.mentions.get(kind, {}).get(name, []))
    return found


def stale(
    prints: dict, last_prints: dict, context_keys: dict, reads: dict, queries: dict, changed: set, site: Site
) -> set[str]:
    """The pages to render again after the edits that ``changed`` keys (``changed_keys``): a new page or one
    whose context's fingerprint changed (``prints`` against ``last_prints``), one that holds or read a changed
    key (``context_keys``, ``reads``: page -> keys), or one whose recorded query answers differently now."""
    drawn = drawn_from(site, changed)
    found = set()
    for path, fingerprint in prints.items():
        read = reads.get(path, ())
        asked = queries.get(path)
        if (
            last_prints.get(path) != fingerprint
            or not changed.isdisjoint(context_keys.get(path, ()))
            or not changed.isdisjoint(read)
            or EVERYTHING in read
            or asked
            and _answers_differently(site, asked, drawn)
        ):
            found.add(path)
    return found


def _answers_differently(site: Site, asked: dict, drawn: set[str]) -> bool:
    """Whether a query of ``asked`` (query -> recorded answer) answers differently: only one drawn from a changed
    list can (``drawn``)."""
    for (method, slug, *args), answer in asked.items():
        if method != "related" or slug not in site.by_slug:
            return True  # cannot be asked again
        if slug in drawn and tuple(site.related(slug, *args)) != answer:
            return True
    return False


class Unchanged:
    """The last build's fingerprint of a page whose context cannot have changed: one that names its
    ``sources`` (``Page.sources``), each reading the same in the site ``before`` the edits and ``after``.

    Looking up each page's sources, each compared once, costs less than fingerprinting every context again:
    the lists, stories and events an edit leaves alone compare equal in C.
    """

    def __init__(self, before: Site, after: Site, prints: dict, context_keys: dict):
        self.before, self.after = before, after
        self.prints, self.context_keys = prints, context_keys
        self.same: dict[tuple, bool] = {}  # source -> whether it reads the same

    def __call__(self, page) -> tuple[bytes, frozenset] | None:
        """The page's last fingerprint and context keys, if its sources read the same, else None."""
        last = self.prints.get(page.path) if page.sources is not None else None
        if last is None:
            return None
        for source in page.sources:
            same = self.same.get(source)
            if same is None:
                same = self.same[source] = _same(_lookup(self.before, source), _lookup(self.after, source))
            if not same:
                return None
        return last, self.context_keys.get(page.path, frozenset())


def _lookup(site: Site, source: tuple):
    """The value at ``source`` (an attribute of the site, then keys), or None."""
    value = getattr(site, source[0])
    for key in source[1:]:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _same(a, b) -> bool:
    """Whether two values of the site read alike: equal, of the same type, and dicts in the same order
    (``==`` ignores it; a template looping over one does not). The site's dataclasses compare every field."""
    if a is b:
        return True
    if type(a) is not type(b) or a != b:
        return False
    return type(a) is not dict or list(a) == list(b) and all(_same(v, b[k]) for k, v in a.items() if type(v) is dict)


def fingerprints(pages: Iterable, unchanged: Unchanged | None = None) -> dict[str, tuple[bytes, frozenset]]:
    """Each page's path -> a digest of what it is made from before its template runs (template,
    language, context) and the entry keys its context holds; the last build's, when ``unchanged`` has them."""
    memo: dict[int, tuple[bytes, frozenset]] = {}
    found = {}
    for page in pages:
        kept = unchanged(page) if unchanged else None
        if kept:
            found[page.path] = kept
            continue
        keys: set = set()
        plain = [page.template, page.lang]
        for name, value in page.context.items():
            plain += (name, _reduce(value, keys, memo))
        found[page.path] = (hashlib.blake2b(marshal.dumps(plain, MARSHAL), digest_size=16).digest(), frozenset(keys))
    return found


def _reduce(value, keys: set, memo: dict):
    """``value`` as text, a number or a digest (what ``marshal`` takes); the entry keys it holds go to ``keys``.

    A container becomes the digest of its items, kept by identity in ``memo``: objects shared by many
    contexts (a story on the pages of its entries, an entity's events on each of its pages) are reduced once.
    They stay alive while the pages do, so an identity is not reused.
    """
    kind = type(value)
    if kind in PRIMITIVE:
        return value
    if kind is Entry:
        keys.add(value.slug)
        return ("entry", value.slug, value.lang)
    if kind is dt.date:
        return value.toordinal()
    if kind is Entity:
        return ("entity", value.kind, value.id)
    found = memo.get(id(value))
    if found is None:
        inner: set = set()
        try:  # text, numbers and containers of them: marshal takes them as they are
            data = marshal.dumps(value, MARSHAL)
        except ValueError:
            if kind is dict:
                plain = [item for k, v in value.items() for item in (_reduce(k, inner, memo), _reduce(v, inner, memo))]
            elif kind is list or kind is tuple:
                plain = [_reduce(item, inner, memo) for item in value]
            elif dataclasses.is_dataclass(value):
                plain = [kind.__qualname__, *(_reduce(item, inner, memo) for item in vars(value).values())]
            else:  # an object of a page family from elsewhere: its page depends on every change
                inner.add(EVERYTHING)
                plain = ["object", kind.__qualname__]
            data = marshal.dumps(plain, MARSHAL)
        found = memo[id(value)] = (hashlib.blake2b(data, digest_size=16).digest(), frozenset(inner))
    keys |= found[1]
    return found[0]
