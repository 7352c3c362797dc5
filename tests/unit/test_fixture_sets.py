"""Ingest scored on whole-page pastes the team wrote, in the devset's gold format (issue 14, point 8).

`tests/fixtures/pastes/` is the regression set: written from the kinds of page, and ingest was tuned on it.
`tests/fixtures/holdout*/` were each written blind, by someone who read neither the code nor the other sets, to
measure ingest on pages nobody tuned it on; each was tuned on after its first blind measure (the session notes give
that measure), the newest one never. The consistency test checks every gold file against its paste; the floor test
keeps what ingest reached (raise a floor when a general change reaches it, never lower one, never tune on the newest
set). Issue 14's targets: junk removed >= 0.90, text kept >= 0.99, source >= 0.90, dates >= 0.85 where the text
fixes them and none where it does not, headline >= 0.90, people and companies F1 >= 0.95, stories F1 >= 0.90,
main event >= 0.80, no journalist among people.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).parents[1] / "fixtures"
CONTENT = (
    Path(__file__).parents[1] / "fixtures" / "trust" / "content"
)  # the tests' own registry, never the editable content/
EVENT_TYPES = (
    "talent_move",
    "departure",
    "company_launch",
    "funding_round",
    "model_release",
    "acquisition",
    "reinstatement",
)
BASES = ("text", "text_partial", "text_relative", "text_weekday_only")

# set -> (articles at least, per language at least, stories told twice at least, weekday-only at least)
SHAPES = {
    "pastes": (56, 27, 3, 3),
    "holdout": (20, 10, 3, 3),
    "holdout2": (20, 10, 3, 3),
    "holdout3": (24, 12, 4, 4),
    "holdout4": (24, 12, 4, 4),
    "holdout5": (24, 12, 4, 4),
    "holdout6": (24, 12, 4, 4),
    "holdout7": (24, 12, 4, 4),
    "holdout8": (24, 12, 4, 4),
    "holdout9": (24, 12, 4, 4),
    "holdout10": (24, 12, 4, 4),
    "holdout11": (24, 12, 4, 4),
    "holdout12": (24, 12, 4, 4),
    "holdout13": (24, 12, 4, 4),
    "holdout14": (24, 12, 4, 4),
    "holdout15": (24, 12, 4, 4),
    "holdout16": (24, 12, 4, 4),
    "holdout17": (24, 12, 4, 4),
    "holdout18": (24, 12, 4, 4),
    "holdout19": (24, 12, 4, 4),
    "holdout20": (24, 12, 4, 4),
    "holdout21": (24, 12, 4, 4),
    "holdout22": (24, 12, 4, 4),
}

# set -> floors: ratios and F1 at least, except "lost", "journalists" (at most) and "wrong dates" (exactly 0)
# one row per set, kept as a table
# fmt: off
FLOORS = {
    # events 0.96 since the tenth session added twelve pages that are not newspaper articles (55/57; the first 44/45),
    # 57/57 once the headline's clause was read where no sentence told the event
    "pastes": dict(junk=0.98, lost=2, source=1.0, dates=1.0, headline=0.97, authors=1.0, journalists=0,
                   people=0.99, companies=0.98, stories=0.97, events=1.0, headings=0.93),
    "holdout": dict(junk=0.98, lost=2, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                    people=0.99, companies=0.99, stories=0.97, events=1.0, headings=0.96),
    "holdout2": dict(junk=0.98, lost=1, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                     people=0.97, companies=0.96, stories=0.97, events=1.0, headings=1.0),
    "holdout3": dict(junk=0.99, lost=2, source=0.99, dates=1.0, headline=1.0, authors=0.99, journalists=0,
                     people=0.97, companies=0.98, stories=0.97, events=1.0, headings=0.93),
    "holdout4": dict(junk=0.98, lost=3, source=1.0, dates=1.0, headline=1.0, authors=0.95, journalists=0,
                     people=0.98, companies=0.99, stories=0.97, events=1.0, headings=0.85),
    "holdout5": dict(junk=0.98, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                     people=0.99, companies=1.0, stories=1.0, events=1.0, headings=1.0),
    # measured blind at the seventh session's start and middle; a development set since
    "holdout6": dict(junk=0.98, lost=6, source=0.99, dates=1.0, headline=0.95, authors=1.0, journalists=0,
                     people=0.98, companies=0.99, stories=0.92, events=0.96, headings=0.88),
    # measured blind in the seventh and eighth sessions; a development set since
    "holdout7": dict(junk=0.98, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                     people=0.98, companies=0.98, stories=1.0, events=0.96, headings=1.0),
    # measured blind in the eighth session (companies 0.853); a development set since the ninth
    "holdout8": dict(junk=0.98, lost=2, source=1.0, dates=1.0, headline=0.95, authors=0.98, journalists=0,
                     people=0.98, companies=0.97, stories=0.97, events=1.0, headings=0.94),
    # measured blind in the ninth session (companies 0.884, events 20/26); a development set since the tenth
    "holdout9": dict(junk=0.98, lost=2, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                     people=1.0, companies=0.99, stories=1.0, events=1.0, headings=0.95),
    # measured blind in the tenth session (source 0.625, companies 0.872, events 17/26); a development set since
    "holdout10": dict(junk=0.94, lost=2, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=0.99, companies=0.98, stories=0.97, events=0.96, headings=0.95),
    # measured blind in the eleventh session (source 0.583, companies 0.870, events 16/25); a development set since the
    # twelfth (companies 0.873 -> 0.968, people 0.939 -> 0.966 there)
    "holdout11": dict(junk=0.99, lost=2, source=0.87, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.98, stories=1.0, events=0.96, headings=1.0),
    # measured blind in the twelfth session (junk 0.87, lost 11, source 0.625, stories 0.75, events 14/29); a
    # development set since (events 29/29 once moves told by a description, a pronoun or a board were read)
    "holdout12": dict(junk=0.98, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.97, stories=1.0, events=1.0, headings=0.92),
    # measured blind in the thirteenth session, at its start and after six merged changes (identical but junk +1:
    # lost 12, journalists 3, people 0.936, stories 0.545, events 19/26); a development set since (lost 2, no
    # journalist among people once dated and hosts' bylines, column intros and glued author boxes were read; lost 1,
    # source 0.91, headline 1.0 once a brief's two-word headline and a correspondent's city were read)
    "holdout13": dict(junk=0.99, lost=1, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.98, stories=1.0, events=1.0, headings=0.9),
    # measured blind in the thirteenth session, at its start and end (identical but junk +1), and again at the
    # fourteenth's start; a development set since (people 0.905 -> 0.977, companies 0.961 -> 1.0 once names of
    # other shapes were read: a month as a given name, a one-letter start-up, a firm named by its own page; junk 0.99,
    # lost 0, source and headline 1.0, authors 0.95 once wire notes, syndication and legal footers, the page's own
    # outlet over a wire, bylines in rows were read)
    "holdout14": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=0.98, companies=0.99, stories=1.0, events=1.0, headings=1.0),
    # measured blind in the fourteenth session, at its start, middle and after ten merged changes (events 15/26,
    # companies 0.943, dates 0.895 -> 0.947); a development set since
    "holdout15": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.97, stories=1.0, events=0.96, headings=1.0),
    # measured blind in the fourteenth session, at its start and end, and at the fifteenth's start (identical to
    # its end); a development set since (events 15/26 -> 20/26 once moves told after an opening phrase, by a post
    # before the name, a reinstatement with words between verb and post, counted founders and francs were read;
    # source, headline, dates 1.0 and lost 0 once the name a page gives itself over its publisher's legal name, the
    # outlet's name over the menu and a two-word headline were read; people 0.911 -> 1.0, companies 0.902 -> 0.975
    # once names of unusual shapes were read: a name with its number, two given names, a known person's surname
    # inside another's full name, a known company's initials, a sentence-case headline's names; stories 1.0 once
    # articles whose events cannot tie them join by the actors both name; events 20 -> 22/26 once a founding told as
    # "Fondée par A et B, la société …" was read)
    "holdout16": dict(junk=0.99, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.97, stories=1.0, events=0.84, headings=1.0),
    # measured blind in the fifteenth session, at its start and after seven merged changes (junk 342/349, lost 2 -> 1,
    # source 0.917, headline 22 -> 23/24, people 0.951 -> 0.976, companies 0.900 -> 0.914, stories 0.571 -> 1.0,
    # events 12 -> 14/26, authors 0.821), and at the sixteenth's start (identical to its end); a development set since
    # (junk 347/347, lost 0, source, headline, authors and people 1.0 once a bare update note, bylines written with an
    # agency, initials, republished pages, wordmarks, captions of names and roles and a recruiter's call were read;
    # events 14 -> 23/26 once a purchase told from the company bought, a headline's topic company, a time aside before
    # a release's name, 'the pair' of founders and a sum without its currency were read; companies 0.914 -> 1.0 and
    # events 25/26 once a web address ending a sentence, a place's commas or a French adjective in an apposition and
    # a division someone works at were read)
    "holdout17": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=1.0, stories=1.0, events=0.96, headings=1.0),
    # measured blind in the sixteenth session, at its start and after seven merged changes (junk 248 -> 249/255, lost 1,
    # source 0.958, headline 23/24, dates 0.895, journalists 1 -> 0, people 0.989 -> 1.0, companies 0.914, stories
    # 0.857, events 15 -> 17/26, authors 0.848 -> 0.914), and at the seventeenth's start (identical to its end); a
    # development set since (junk, source, headline, dates, authors 1.0 and lost 0 once its line classes were read;
    # events 17 -> 23/26 and stories 0.857 -> 0.933 once its event classes were read; companies 0.914 -> 1.0 once
    # names the headline introduces with digits, two letters or an ampersand were read)
    "holdout18": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=1.0, stories=0.93, events=0.88, headings=1.0),
    # measured blind in the seventeenth session, at its start and after five merged changes (identical: junk 304/314,
    # lost 3, source 0.875, headline 23/24, dates 0.895, journalists 1, people 0.98, companies 0.977, stories 0.875,
    # events 17/27, authors 0.958); a development set since (junk 304 -> 311/314, lost 3 -> 0, source 1.0, headline
    # 24/24, journalists 0, authors and people 1.0, companies 0.989, stories 0.941 once its line, source and author
    # classes were read; events 17 -> 25/27 once its six event classes were read)
    "holdout19": dict(junk=0.99, lost=0, source=1.0, dates=0.89, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=0.98, stories=0.94, events=0.92, headings=1.0),
    # measured blind in the seventeenth session, after six merged changes and at its end (events 16 -> 17/27), and at
    # the eighteenth's start (identical to its end); a development set since (junk 235 -> 236/236, lost 11 -> 0,
    # headline 24/24, dates 1.0, authors 1.0, headings 10/10 once the lines of its pages that are no articles were read;
    # people 0.946 -> 1.0, companies 0.952 -> 1.0, events 18 -> 20/27 once names with particles, products and their
    # makers, schools and lists of moves were read; events 20 -> 26/27, stories 0.909 -> 1.0 once five of its event
    # classes were read, and stories 1.0 too once a headline telling another person's news left the event read as
    # background)
    "holdout20": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=1.0, stories=1.0, events=0.96, headings=1.0),
    # measured blind in the eighteenth session, at its start and after eleven merged changes (events 14/27 throughout,
    # junk 251/256, lost 9, source 0.958, headline 20/24, dates 0.947; stories 0.6 -> 0.727, people 0.959 -> 0.976 and
    # authors 0.821 -> 0.85 after fixes informed by blind-safe counts of shapes), and at the nineteenth's start
    # (identical to its end); events 14 -> 20/27 once a debut told as plans made public, founders after "Behind it:",
    # founders a headline counts and a debut's founders told by the founding paragraphs before were read; events
    # -> 25/27 and stories 0.727 -> 0.833 once five of its move and reinstatement classes were read too (a post to come
    # told with the copula, a company asking the person back, the post given back before its holder, a cleft over an
    # apposition, a maker named by its trade); people 0.976 -> 0.992 and companies 0.931 -> 1.0 once its name classes
    # were read (legal forms, verbs naming an officer, a school's own page, compound nationalities, a school named
    # after a person, a place's site by its noun), and events 25 -> 27/27 with them (Cohere and Kuda named, the
    # Libano-Allemand's departure read); junk 251 -> 256/256, lost 9 -> 0, source 0.958 -> 1.0, headline 20 -> 24/24,
    # dates 0.947 -> 1.0, authors 0.85 -> 1.0 once aggregators' excerpts, encyclopaedias' titles, briefs' short
    # headlines, transcripts' turns and writers named outside a byline were read (stories 0.833 -> 1.0 with the
    # radio programme's move dated)
    "holdout21": dict(junk=1.0, lost=0, source=1.0, dates=1.0, headline=1.0, authors=1.0, journalists=0,
                      people=1.0, companies=1.0, stories=1.0, events=1.0, headings=1.0),
}
# fmt: on


def _golds(name: str) -> list[tuple[Path, dict]]:
    return [
        (g, yaml.safe_load(g.read_text(encoding="utf-8"))) for g in sorted((FIXTURES / name / "gold").glob("*.yaml"))
    ]


def _span(span) -> str:
    return span["text"] if isinstance(span, dict) else span


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_gold_file_matches_its_paste(name):
    articles, per_lang, twice, weekday_only = SHAPES[name]
    golds = _golds(name)
    assert len(golds) >= articles
    assert sorted(p.stem for p in (FIXTURES / name / "articles").glob("*.txt")) == [g.stem for g, _ in golds]
    for path, gold in golds:
        where = f"{name}/{path.name}"
        lines = (FIXTURES / name / "articles" / gold["file"]).read_text(encoding="utf-8").splitlines()
        assert gold["title_basis"] == "headline_in_text" and lines[gold["title_line"] - 1] == gold["title"], where
        numbers = [j["line"] for j in gold["junk_lines"]]
        assert len(numbers) == len(set(numbers)) and gold["title_line"] not in numbers, where
        for junk in gold["junk_lines"]:
            assert lines[junk["line"] - 1] == junk["text"] and junk["text"].strip(), (
                f"{where}: junk line {junk['line']}"
            )
        for span in gold["junk_spans"]:
            assert _span(span) in "\n".join(lines), f"{where}: junk span {span!r}"
        for heading in gold["subheadings"]:
            # a heading also listed in a table of contents above it is a heading where it is not junk
            kept = [n for n, line in enumerate(lines, 1) if line == heading and n not in numbers]
            assert kept, f"{where}: heading {heading!r}"
        assert gold["lang"] in ("fr", "en") and gold["event_date_basis"] in BASES, where
        assert (gold["event_date"] is None) == (gold["event_date_basis"] == "text_weekday_only"), where
        assert gold["event"]["type"] in EVENT_TYPES and gold["story"] and gold["source"], where
        journalists = {a.casefold() for a in gold["authors"]}
        assert not journalists & {p.casefold() for p in gold["people"] + gold["people_optional"]}, where
    langs = Counter(g["lang"] for _, g in golds)
    assert langs["fr"] >= per_lang and langs["en"] >= per_lang, langs
    assert sum(1 for n in Counter(g["story"] for _, g in golds).values() if n >= 2) >= twice
    assert sum(1 for _, g in golds if g["event_date_basis"] == "text_weekday_only") >= weekday_only


def _ratio(text: str) -> float:
    done, total = (int(x) for x in text.split()[0].split("/"))
    return done / total if total else 1.0


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_ingest_holds_what_it_reached(name):
    from digest.evaluate import evaluate

    scores = evaluate(FIXTURES / name, CONTENT)
    floor = FLOORS[name]
    assert scores["articles"] == len(_golds(name))
    measured = {
        "junk": _ratio(scores["junk_lines_removed"]),
        "source": scores["source_accuracy"],
        "dates": scores["date_accuracy_derivable"],
        "headline": _ratio(scores["headline_picked"]),
        "authors": scores["authors"]["f1"],
        "people": scores["people"]["f1"],
        "companies": scores["companies"]["f1"],
        "stories": scores["story_pairwise"]["f1"],
        "events": _ratio(scores["events_matched"]),
        "headings": _ratio(scores["subheadings_kept"]),
    }
    below = [key for key, value in measured.items() if value < floor[key]]
    below += ["lost"] * (scores["content_lines_lost"] > floor["lost"])
    below += ["journalists"] * (scores["journalists_as_people"] > floor["journalists"])
    below += ["wrong dates"] * (scores["wrong_dates_not_derivable"] > 0)
    below += ["ingest failed"] * ("ingest failed" in scores["failures"])
    assert not below, f"{name}: below the floor on {below}\n{ {k: v for k, v in scores.items() if k != 'misses'} }"
