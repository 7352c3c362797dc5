"""The small links between an event's words (issue 14: main event found on pages nobody tuned ingest on). The
blind sets' missed events were plain news shapes, each failing on one link that pages written with plain names and
clauses never exercise: a title's full stop, a middle initial, a four-word or particle name, a describing phrase
before a name, a date or an aside between the verb and the post, a company named by its legal form then a short
one, a company whose name is a word, an acronym, holds digits or ends in Labs/AI.

Every frame of ``event_links_frames`` meets every name shape and every company shape of its language at least
once, and every interposed phrase appears (a deterministic covering set, not the full product). A frame's cases
are ingested together as pastes are, with the shipped registry (their names and companies are distinct), and scored
as ``make eval`` scores a gold event: type, person, company (and the company bought)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from event_links_frames import COMPANIES, FRAMES, INTERPOSED, NAMES, OTHERS

from digest import model
from digest.evaluate import _event_expectations
from digest.ingest import pipeline
from digest.ingest.events.interposed import close_up

REGISTRY = Path(__file__).parents[1] / "fixtures" / "trust" / "content"

# Cases ingest still misses (strict: one that starts passing must leave this list), grouped by the link that fails.
STILL_MISSED = frozenset(
    {
        # page: a French page opening on a product's name and its apposition ("Orca-2, un modèle de code, a été
        # présenté par X") is read as English and its body is lost
        "model_release-fr-2-5",
        "model_release-fr-2-11",
        # event: a phrase before "in X" stays (as often a place as a company: "launched on Tuesday in Denver"), so
        # "led a Series B this week in X" keeps the round from its company
        "funding_round-en-2-0",
        "funding_round-en-2-1",
        "funding_round-en-2-3",
        "funding_round-en-2-4",
        "funding_round-en-2-5",
        "funding_round-en-2-6",
        "funding_round-en-2-7",
        "funding_round-en-2-9",
        "funding_round-en-2-10",
        "funding_round-en-2-11",
        # event: both names found, no event: a name ending in a particle and article is also read as a company
        # ("de La Roche"), a title before the name ("M.", "Prof."), "a réintégré" read as an appointment, "fait son
        # retour" as a join
        "departure-fr-0-5",
        "reinstatement-en-1-1",
        "reinstatement-en-1-2",
        "reinstatement-fr-0-5",
        "reinstatement-fr-1-12",
        # person: a name after a French honorific ("Me", "M.") is found with the honorific, or not at all
        "company_launch-fr-1-2",
        "departure-fr-1-2",
        "reinstatement-fr-1-2",
        # person: a name ending in a particle and a capitalised article ("de La Roche") is read as a company
        "company_launch-fr-0-5",
        "company_launch-fr-1-5",
        "company_launch-fr-2-5",
        "departure-fr-2-5",
    }
)


def _cases() -> list[tuple[str, str, dict, str]]:
    """(case id, frame id, gold event, page) for every frame, paired with each name and company shape in turn."""
    cases, shift = [], 0
    for kind, by_lang in FRAMES.items():
        for lang, frames in by_lang.items():
            names, companies, others, asides = NAMES[lang], COMPANIES[lang], OTHERS[lang], INTERPOSED[lang]
            for f, (keys, headline, body) in enumerate(frames):
                shift += 1
                for i in range(max(len(names), len(companies))):
                    written, person, pronoun = names[i % len(names)]
                    first, short, company = companies[(i + shift) % len(companies)]
                    other = others[(i + shift) % len(others)]
                    slots = {
                        "P": written,
                        "Pc": written[0].upper() + written[1:],
                        "pro": pronoun,
                        "pro_l": pronoun.lower(),
                        "e": "e" if pronoun == "Elle" else "",
                        "C": first,
                        "c": short,
                        "O": other,
                        "X": asides[(i + shift) % len(asides)],
                    }
                    by_slot = {"P": person, "C": company, "O": other}
                    gold = {"type": kind} | {
                        key: [by_slot[slot]] if key == "people" else by_slot.get(slot, slot)
                        for key, slot in keys.items()
                    }
                    page = f"{headline.format(**slots)}\n{body.format(**slots)}\n"
                    cases.append((f"{kind}-{lang}-{f}-{i}", f"{kind}-{lang}-{f}", gold, page))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> dict[str, tuple[list, Path]]:
    """Each case's events and the registry they were written to, a frame's cases ingested in one run."""
    told: dict[str, tuple[list, Path]] = {}
    frames = sorted({frame for _, frame, _, _ in CASES})
    for frame in frames:
        root = tmp_path_factory.mktemp(frame)
        content = root / "content"
        for folder in ("people", "companies"):
            shutil.copytree(REGISTRY / folder, content / folder)
        pages = {}
        for name, of_frame, _, text in CASES:
            if of_frame == frame:
                page = root / f"{name}.txt"
                page.write_text(text, encoding="utf-8")
                pages[str(page)] = name
        results = pipeline.run(list(map(Path, pages)), content, editor_date=dt.date(2026, 3, 3))
        for r in results:
            events = model.load_entry(Path(r.path))[0].events if r.status == "created" else []
            told[pages[r.input]] = (events, content)
    return told


@pytest.mark.parametrize(
    "name, gold, text",
    [
        pytest.param(name, gold, text, id=name, marks=[pytest.mark.xfail(strict=True)] if name in STILL_MISSED else [])
        for name, _, gold, text in CASES
    ],
)
def test_the_event_s_words_are_linked(ingested, name, gold, text):
    events, content = ingested[name]
    expected = _event_expectations(gold, events, content)
    assert all(got for _, got in expected), f"{[w for w, got in expected if not got]} in {events}\n{text}"


ARTICLE_DAY = dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    "text, closed",
    [
        ("Jane Roe joins Acme, effective Monday, as chief executive.", "Jane Roe joins Acme as chief executive."),
        ("Jane Roe a pris le 1er mars ses fonctions de directrice.", "Jane Roe a pris ses fonctions de directrice."),
        ("Acme has released this week Orca, a model.", "Acme has released Orca, a model."),
        ("Acme a réintégré officiellement Jane Roe.", "Acme a réintégré Jane Roe."),
        ("Acme, a start-up founded, as expected, by Jane Roe", "Acme, a start-up founded by Jane Roe"),
        # a date of another month may make the event background: it stays
        ("Jane Roe left Acme on 2 December after a decade.", "Jane Roe left Acme on 2 December after a decade."),
        # an aside that tells an event, a relative clause, a list's item or a predicate stays
        ("Jane Roe, after leaving Acme, joins Beta.", "Jane Roe, after leaving Acme, joins Beta."),
        ("Jane Roe, who ran research, joins Beta.", "Jane Roe, who ran research, joins Beta."),
        ("Beta hired engineers, designers, and sales staff.", "Beta hired engineers, designers, and sales staff."),
        ("Jane Roe, who led Acme, has founded Beta.", "Jane Roe, who led Acme, has founded Beta."),
        # a phrase at a clause's end stands between nothing
        ("Jane Roe joined Acme this week.", "Jane Roe joined Acme this week."),
    ],
)
def test_a_phrase_between_a_verb_and_its_object_is_taken_out(text, closed):
    assert close_up(text, ARTICLE_DAY).text == closed


def test_names_found_in_the_closed_up_text_keep_their_places_in_the_original():
    text = "Acme has reinstated, as expected, Jane Roe on Monday as chief executive of Acme."
    closed = close_up(text, ARTICLE_DAY)
    for name in ("Jane Roe", "chief executive", "Acme."):
        start = closed.text.rindex(name)
        assert text[closed.original(start) : closed.original(start + len(name), end=True)] == name
