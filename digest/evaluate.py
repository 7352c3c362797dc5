"""Score ingest against the labelled devset (gold YAML) in a scratch copy of the content folder."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

from unidecode import unidecode

from . import model
from .ingest import pipeline
from .model.events import TYPES, Event
from .model.frontmatter import load_yaml


def norm(name: str) -> str:
    """Case, accents, apostrophes and spacing normalised, as the devset README asks; letters that are no accented
    form of another ("ø", "æ", "ß") are transliterated ("Sørensen" is "sorensen"), not dropped."""
    text = unidecode(name).lower()
    return re.sub(r"\s+", " ", re.sub(r"['’`]", "", text)).strip()


def _listed_variants(devset: Path) -> dict[str, str]:
    """norm(variant) -> norm(canonical name) from the devset's ``entities.yaml`` (canonical name -> accepted
    variants), when it has one; read once per evaluation."""
    listed = devset / "entities.yaml"
    if not listed.is_file():
        return {}
    return {
        norm(form): norm(name)
        for names in (load_yaml(listed.read_text(encoding="utf-8")) or {}).values()
        for name, forms in (names or {}).items()
        for form in forms or []
    }


def _variants(listed: dict[str, str], gold: dict) -> dict[str, str]:
    """norm(name) -> norm(canonical name) for the names the annotators say are one entity: the gold file's
    ``aliases_seen`` (a surface of the text -> its canonical name) and the devset's list. A name we give that is
    such a variant counts as its canonical name, whichever of a short and a long form we chose; nothing else is
    accepted."""
    return {norm(surface): norm(name) for surface, name in (gold.get("aliases_seen") or {}).items()} | listed


def _canonical(ours: set[str], want: set[str], variants: dict[str, str]) -> list[str]:
    """Our names, each replaced by the wanted canonical name it is a variant of; a name wanted as it is stays.
    A list: two of our entities for one wanted name count once found and once extra."""
    return [n if n in want or variants.get(n) not in want else variants[n] for n in sorted(ours)]


# Gold date bases where the text does not fix the date: an empty date is right, any date an error.
NOT_DERIVABLE = {"text_weekday_only", "external"}


# a word cut by a hyphen at a line's end ("recrute-"): ingest mends it with the next line ("recrutement")
_WORD_CUT = re.compile(r"(?<=[^\W\d_])-$")


def _bare(line: str) -> str:
    """A line without heading or list markers, to compare source lines with the Markdown body."""
    return re.sub(r"^(#+|[-*•·])\s+", "", line.strip()).strip()


def _cases(devset: Path, pattern: str = "*.yaml") -> list[tuple[Path, dict]]:
    """Articles with their gold: those of ``devset/gold`` whose file name matches ``pattern``, and the seeds."""
    cases = []
    for gold in sorted((devset / "gold").glob(pattern)):
        cases.append((devset / "articles" / f"{gold.stem}.txt", load_yaml(gold.read_text(encoding="utf-8"))))
    seeds = devset.parent / "seeds"
    for gold in sorted((devset / "gold" / "seeds").glob("*.yaml")):
        data = load_yaml(gold.read_text(encoding="utf-8"))
        cases.append((seeds / data.get("file", f"{gold.stem}.txt"), data))
    return [(p, g) for p, g in cases if p.exists()]


def _names(ids: list[str], folder: Path, wanted: frozenset[str] = frozenset()) -> set[str]:
    """The names of the entities ``ids``; an entity whose name is not ``wanted`` but whose file lists a wanted alias
    counts under that alias (Kyoto University, whose record has "Université de Kyoto", in a French text's gold)."""
    names = set()
    for i in ids:
        path = folder / f"{i}.yml"
        data = load_yaml(path.read_text(encoding="utf-8")) if path.exists() else None
        if not (isinstance(data, dict) and data.get("name")):
            names.add(norm(i.replace("-", " ")))
            continue
        name = norm(data["name"])
        aliases = [norm(a) for a in data.get("aliases") or [] if isinstance(a, str)]
        names.add(name if name in wanted else next((a for a in aliases if a in wanted), name))
    return names


# gold event type -> the gold keys that may hold the company; the kinds answering it say so (EventType.gold)
_GOLD_COMPANY_KEYS = {
    "talent_move": ("to",),
    "departure": ("from",),
    "reinstatement": ("to", "org"),
    "company_launch": ("org",),
    "funding_round": ("org",),
    "model_release": ("org",),
    "acquisition": ("to", "org"),
}
# Company facts (the schema gives them no person): matched on the company.
_COMPANY_EVENTS = ("funding_round", "model_release", "acquisition")


def _event_expectations(gold: dict | None, events: list, scratch: Path):
    """(expected, found) per person of the gold event (or once for a company event without people). An
    acquisition is matched on the buyer (gold 'to') and, when the gold names it, the company bought ('from', else an
    'org' other than the buyer), which ours keeps as from_company. A gold acquisition that names only an 'org' does
    not say which side it is (the gold format's "`from`/`to` or `org`"; annotators use it for either): it matches
    an acquisition naming it as buyer or as the company bought."""
    if not gold or gold.get("type") not in _GOLD_COMPANY_KEYS:
        return []
    types, keys = {t.name for t in TYPES.values() if gold["type"] in t.gold}, _GOLD_COMPANY_KEYS[gold["type"]]
    company = norm(next((gold[k] for k in keys if gold.get(k)), ""))
    bought = None
    if gold["type"] == "acquisition":
        bought = next((norm(gold[k]) for k in ("from", "org") if gold.get(k) and norm(gold[k]) != company), None)

    people = [norm(p) for p in gold.get("people") or []] if gold["type"] not in _COMPANY_EVENTS else []
    # a company or person whose record lists the gold's name as an alias is that name, as for people and companies
    wanted = frozenset({company, bought or "", *people})

    def names(ident: str | None, folder: str) -> set[str]:
        return _names([ident], scratch / folder, wanted) if ident else set()

    found = [event for event in map(Event.read, events) if event is not None]
    ours = [
        (e.type, names(e.person, "people"), names(e.company, "companies"), names(e.from_company, "companies"))
        for e in found
    ]
    people = people or [None]
    either_side = gold["type"] == "acquisition" and not (gold.get("to") or gold.get("from"))
    return [
        (
            (p, company),
            any(
                t in types
                and (company in c or (either_side and company in f))
                and (p is None or p in ps)
                and (bought is None or bought in f)
                for t, ps, c, f in ours
            ),
        )
        for p in people
    ]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def evaluate(devset: Path, content: Path, pattern: str = "*.yaml") -> dict:
    """Scores of ingest on the devset articles whose gold file name matches ``pattern`` (all by default)."""
    from rapidfuzz import fuzz

    cases = _cases(devset, pattern)
    listed = _listed_variants(devset)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "content"
        scratch.mkdir()
        for folder in ("people", "companies"):  # the registry as shipped; entries/raw are not copied
            if (content / folder).is_dir():
                shutil.copytree(content / folder, scratch / folder)
        results = pipeline.run([p for p, _ in cases], scratch)
        by_input = {r.input: r for r in results}
        score = {
            "articles": len(cases),
            "lang": 0,
            "date": 0,
            "date_derivable": [0, 0],
            "date_by_basis": {},
            "source": 0,
            "source_url": 0,
            "title_similarity": 0.0,
            "headline": [0, 0],
            "junk_removed": [0, 0],
            "content_lines_lost": 0,
            "subheadings_kept": [0, 0],
            "events": [0, 0],
            "wrong_dates": 0,
            "journalists_as_people": 0,
        }
        authors = [0, 0, 0]
        misses: dict[str, list[str]] = {}
        failures: dict[str, int] = {}
        ent = {k: [0, 0, 0] for k in ("people", "companies")}
        stories_gold, stories_ours = {}, {}
        for path, gold in cases:
            r = by_input.get(str(path))

            def miss(category: str, what: str, name: str = path.name) -> None:
                failures[category] = failures.get(category, 0) + 1
                misses.setdefault(name, []).append(f"{category}: {what[:70]}")

            if r is None or r.status == "failed":  # scored as nothing found, and named
                miss("ingest failed", r.reason if r else "no result")
                continue

            entry, _ = model.load_entry(Path(r.path))
            body_lines = {_bare(line) for line in entry.body.splitlines()}
            body_text = " ".join(" ".join(_bare(line) for line in entry.body.splitlines()).split())
            score["lang"] += entry.lang == gold["lang"]
            ok_dates = {str(gold.get("event_date"))} | {str(d) for d in gold.get("event_date_also_ok") or []}
            basis = gold.get("event_date_basis") or "none"
            derivable = basis not in NOT_DERIVABLE and bool(gold.get("event_date"))
            hit = str(entry.date) in ok_dates if derivable else entry.date is None
            score["date"] += hit
            score["wrong_dates"] += not derivable and entry.date is not None
            if not hit:
                category = "date guessed" if not derivable else "date missing" if entry.date is None else "date wrong"
                miss(category, f"{entry.date} (gold {gold.get('event_date')}, {basis})")
            tally = score["date_by_basis"].setdefault(basis, [0, 0])
            tally[0] += hit
            tally[1] += 1
            if derivable:
                score["date_derivable"][0] += hit
                score["date_derivable"][1] += 1
            ok_sources = {norm(s) for s in [gold.get("source"), *(gold.get("source_also_ok") or [])] if s}
            source_ok = (norm(entry.source) in ok_sources) if entry.source else not gold.get("source")
            score["source"] += source_ok
            if not source_ok:
                miss(
                    "source wrong" if entry.source else "source missing", f"{entry.source} (gold {gold.get('source')})"
                )
            score["source_url"] += (entry.source_url or None) == (gold.get("source_url") or None)
            score["title_similarity"] += fuzz.ratio(norm(entry.title), norm(gold["title"])) / 100
            if gold.get("title_line"):  # the paste has its headline: it must be picked as written
                score["headline"][0] += norm(entry.title) == norm(gold["title"])
                score["headline"][1] += 1
                if norm(entry.title) != norm(gold["title"]):
                    miss("headline missed", entry.title)
            raw_lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            junk = {j["line"] for j in gold.get("junk_lines") or []}
            # a junk line's text may stand on the page again as text (a table of contents over its headings): it is
            # gone when the body holds no more copies of it than the page's lines that are neither junk nor the
            # headline (which goes to the title, not the body)
            copies = Counter(_bare(line) for line in entry.body.splitlines())
            kept = junk | {gold.get("title_line")}
            wanted = Counter(_bare(line) for number, line in enumerate(raw_lines, 1) if number not in kept)
            for j in gold.get("junk_lines") or []:
                gone = copies[_bare(j["text"])] <= wanted[_bare(j["text"])]
                score["junk_removed"][0] += gone
                score["junk_removed"][1] += 1
                if not gone:
                    miss("junk kept", j["text"])
            spans = [sp.get("text", "") if isinstance(sp, dict) else str(sp) for sp in gold.get("junk_spans") or []]
            for number, line in enumerate(raw_lines, 1):
                text = _bare(line)
                for span in spans:  # boilerplate glued inside the line is not content
                    text = text.replace(span.strip(), "").strip()
                # a hard-wrapped line is found inside its joined paragraph, a word cut at its end inside the mended word
                text = _WORD_CUT.sub("", text)
                if (
                    text
                    and number not in junk
                    and line.strip() != entry.title
                    and text not in body_lines
                    and " ".join(text.split()) not in body_text
                ):
                    score["content_lines_lost"] += 1
                    miss("content lost", line.strip())
            want_authors = {norm(a) for a in gold.get("authors") or []}
            got_authors = {norm(a) for a in entry.authors}
            authors[0] += len(want_authors & got_authors)
            authors[1] += len(got_authors - want_authors)
            authors[2] += len(want_authors - got_authors)
            for name in sorted(want_authors - got_authors):
                miss("author missed", name)
            for name in sorted(got_authors - want_authors):
                miss("author extra", name)
            journalists = want_authors & _names(entry.people, scratch / "people")
            score["journalists_as_people"] += len(journalists)
            for name in journalists:
                miss("journalist as person", name)
            for heading in gold.get("subheadings") or []:
                text = heading["text"] if isinstance(heading, dict) else heading
                kept = f"## {text.strip()}" in entry.body
                score["subheadings_kept"][0] += kept
                score["subheadings_kept"][1] += 1
                if not kept:
                    miss("subheading lost", text.strip())
            variants = _variants(listed, gold)
            for kind in ent:
                want = {norm(n) for n in gold.get(kind) or []}
                optional = {norm(n) for n in gold.get(f"{kind}_optional") or []}
                ours = _canonical(
                    _names(getattr(entry, kind), scratch / kind, frozenset(want | optional)), want | optional, variants
                )
                ours = [n for n in ours if n not in optional]
                found = set(ours) & want
                extra = [n for n, count in Counter(ours).items() for _ in range(count - (n in want))]
                ent[kind][0] += len(found)
                ent[kind][1] += len(extra)
                ent[kind][2] += len(want - found)
                for name in sorted(extra):
                    miss(f"{kind} extra", name)
                for name in sorted(want - found):
                    miss(f"{kind} missed", name)
            for want, got in _event_expectations(gold.get("event"), entry.events, scratch):
                score["events"][0] += got
                score["events"][1] += 1
                if not got:
                    miss("event missed", f"{gold['event'].get('type')} {want}")
            stories_gold[path] = gold.get("story")
            stories_ours[path] = entry.story
    same_gold = {(a, b): stories_gold[a] == stories_gold[b] for a, b in combinations(stories_gold, 2)}
    same_ours = {(a, b): bool(stories_ours[a]) and stories_ours[a] == stories_ours[b] for a, b in same_gold}
    tp = sum(same_gold[k] and same_ours[k] for k in same_gold)
    fp = sum(same_ours[k] and not same_gold[k] for k in same_gold)
    fn = sum(same_gold[k] and not same_ours[k] for k in same_gold)
    for (a, b), same in same_gold.items():
        if same != same_ours[(a, b)]:
            category = "story split" if same else "story joined"
            failures[category] = failures.get(category, 0) + 1
            misses.setdefault(a.name, []).append(f"{category}: with {b.name} ({stories_ours[a]} / {stories_ours[b]})")
    n = len(cases)
    return {
        "articles": n,
        "language_accuracy": round(score["lang"] / n, 3),
        "date_accuracy": round(score["date"] / n, 3),
        # where the text fixes the date (not text_weekday_only nor external): the date must be right
        "date_accuracy_derivable": round(score["date_derivable"][0] / max(score["date_derivable"][1], 1), 3),
        # where it does not: any date is an error, an empty one is right
        "wrong_dates_not_derivable": score["wrong_dates"],
        "date_by_basis": {k: f"{v[0]}/{v[1]}" for k, v in sorted(score["date_by_basis"].items())},
        "source_accuracy": round(score["source"] / n, 3),
        "source_url_accuracy": round(score["source_url"] / n, 3),
        "title_similarity": round(score["title_similarity"] / n, 3),
        "headline_picked": f"{score['headline'][0]}/{score['headline'][1]}",
        "authors": _prf(*authors),
        "journalists_as_people": score["journalists_as_people"],
        "junk_lines_removed": f"{score['junk_removed'][0]}/{score['junk_removed'][1]}",
        "content_lines_lost": score["content_lines_lost"],
        "subheadings_kept": f"{score['subheadings_kept'][0]}/{score['subheadings_kept'][1]}",
        "people": _prf(*ent["people"]),
        "companies": _prf(*ent["companies"]),
        "story_pairwise": _prf(tp, fp, fn),
        "events_matched": f"{score['events'][0]}/{score['events'][1]} (gold event type + person + company; "
        "companies only for funding, releases and acquisitions)",
        "failures": dict(sorted(failures.items(), key=lambda kv: (-kv[1], kv[0]))),
        "misses": misses,
        "note": "registry as shipped in content/ plus the package knowledge base "
        "(digest/data/organisations.yml, people.yml); "
        "other entities must be discovered by ingest; nothing is added for the devset",
    }
