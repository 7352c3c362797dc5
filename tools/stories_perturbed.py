"""Story grouping when one article's upstream facts are degraded the way unseen pages degrade them.

Development sets reach full story recall once their own extraction misses are fixed; a page nobody has read has
misses of its own (no main event, the event's company wrong, a name not recognised, no date or the wrong year, no
headline), and grouping inherits them. This ingests the named labelled sets as one corpus (as
``stories_together.py`` does), keeps the items grouping receives, then, for every article that gold puts in a story
with another, degrades that article in one way at a time and groups the whole corpus again. It reports, for each
kind of degradation, pairwise recall and precision over the pairs of the degraded article (the unperturbed run is
scored over every pair).

    .venv/bin/python tools/stories_perturbed.py tests/fixtures/pastes tests/fixtures/holdout ../shared/devset
    .venv/bin/python tools/stories_perturbed.py --items /tmp/items.json SETS   # ingest once, re-group many times
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_together import ingest_together  # noqa: E402

from digest.evaluate import _prf  # noqa: E402
from digest.ingest import pipeline, stories  # noqa: E402
from digest.ingest.story_slots import date_of, ids_of  # noqa: E402

_NEAR = dt.timedelta(days=62)


def captured_items(sets: list[Path]) -> tuple[list[str], list[dict]]:
    """Gold stories and the items grouping received, in the order ingest handed them to it (wrapping
    ``stories.assign`` during one ingest of every set); an article ingest failed on is left out."""
    seen: list[tuple[dict, dict]] = []  # the item ingest goes on writing, and a copy as grouping received it
    assign = stories.assign

    def recording(batch, corpus=()):
        seen.extend((item, copy.deepcopy(item)) for item in batch)
        return assign(batch, corpus)

    pipeline.stories.assign = recording
    try:
        gold, _, metas = ingest_together(sets)
    finally:
        pipeline.stories.assign = assign
    by_raw = {meta.get("raw"): path for path, meta in metas.items() if meta}
    told = [(by_raw[item["raw"]], received) for item, received in seen if item.get("raw") in by_raw]
    return [gold[path] for path, _ in told], [received for _, received in told]


def _main_index(item: dict) -> int | None:
    event = stories.main_event(item)
    return next((n for n, e in enumerate(item["events"]) if e is event), None)


def no_events(item: dict) -> dict | None:
    return {**item, "events": []} if item["events"] else None


def company_swapped(item: dict) -> dict | None:
    """The main event's company read as another company the article names."""
    n = _main_index(item)
    if n is None:
        return None
    event = item["events"][n]
    others = [c for c in ids_of(item, "companies") if c not in (event.get("company"), event.get("from_company"))]
    if not others:
        return None
    events = [*item["events"]]
    events[n] = {**event, "company": others[0]}
    return {**item, "events": events}


def person_missing(item: dict) -> dict | None:
    """The main event's person (else the first person) not recognised: gone from people and from every event."""
    event = stories.main_event(item)
    people = ids_of(item, "people")
    missing = (event or {}).get("person") or (people[0] if people else None)
    if not missing:
        return None
    return {
        **item,
        "people": [p for p in people if p != missing],
        "events": [e for e in item["events"] if e.get("person") != missing],
    }


def date_empty(item: dict) -> dict | None:
    return {**item, "date": None} if item.get("date") else None


def year_wrong(item: dict) -> dict | None:
    if not item.get("date"):
        return None
    when = dt.date.fromisoformat(str(item["date"])[:10])
    return {**item, "date": when.replace(year=when.year - 1, day=min(when.day, 28)).isoformat()}


def headline_missing(item: dict) -> dict | None:
    """No headline: the title is the lead's first sentence, as ingest derives it."""
    lead = item.get("summary") or ""
    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    return {**item, "title": first, "title_derived": True, "slug": ""}


PERTURBATIONS: dict[str, Callable[[dict], dict | None]] = {
    "no events": no_events,
    "company swapped": company_swapped,
    "person missing": person_missing,
    "date empty": date_empty,
    "year wrong": year_wrong,
    "headline missing": headline_missing,
}


def _neighbours(items: list[dict], golds: list[str], n: int) -> list[int]:
    """Article ``n``, its gold story's articles, and the articles naming someone or a company it names, undated or
    of the same two months (grouping never joins articles further apart)."""
    story = [m for m, g in enumerate(golds) if g == golds[n]]
    names, when = _names(items[n]), date_of(items[n])
    return [
        m
        for m, item in enumerate(items)
        if m in story or names & _names(item) and not (when and date_of(item) and abs(when - date_of(item)) > _NEAR)
    ]


def _names(item: dict) -> set[str]:
    return set(ids_of(item, "people") + ids_of(item, "companies"))


def regroup(items: list[dict]) -> list[str]:
    return stories.assign([{**item, "story": None} for item in items])


def score(gold: list[str], ours: list[str], only: int | None = None) -> tuple[int, int, int]:
    """True, false and missed pairs: every pair, or only those of article ``only``."""
    tp = fp = fn = 0
    pairs = (
        ((only, m) for m in range(len(gold)) if m != only)
        if only is not None
        else ((a, b) for a in range(len(gold)) for b in range(a + 1, len(gold)))
    )
    for a, b in pairs:
        same_gold, same_ours = gold[a] == gold[b], ours[a] == ours[b]
        tp += same_gold and same_ours
        fp += same_ours and not same_gold
        fn += same_gold and not same_ours
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="labelled set folders (with gold/ and articles/)")
    parser.add_argument("--items", type=Path, help="JSON file of the captured items: read if it exists, else written")
    parser.add_argument("--show", help="print the split and joined pairs of this perturbation")
    parser.add_argument(
        "--only", action="append", choices=PERTURBATIONS, help="run only this perturbation (repeatable)"
    )
    args = parser.parse_args()
    if args.items and args.items.exists():
        golds, items = json.loads(args.items.read_text())
    else:
        golds, items = captured_items(args.sets)
        if args.items:
            args.items.write_text(json.dumps([golds, items], default=str))
    base = regroup(items)
    tp, fp, fn = score(golds, base)
    print(f"{'unperturbed':18} {_prf(tp, fp, fn)}")
    partnered = [n for n, g in enumerate(golds) if golds.count(g) > 1]
    for name, perturb in PERTURBATIONS.items():
        if args.only and name not in args.only:
            continue
        totals = [0, 0, 0]
        for n in partnered:
            changed = perturb(items[n])
            if changed is None:
                continue
            near = _neighbours(items, golds, n)  # grouping compares only articles sharing a name: the others wait
            ours = regroup([changed if m == n else items[m] for m in near])
            counts = score([golds[m] for m in near], ours, only=near.index(n))
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
            if args.show == name and (counts[1] or counts[2]):
                print(f"  {n} {items[n].get('title', '')[:60]!r} -> {ours[near.index(n)]} (gold {golds[n]}) {counts}")
        print(f"{name:18} {_prf(*totals)}")


if __name__ == "__main__":
    main()
