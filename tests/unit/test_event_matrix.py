"""The main event of short articles of our own (``fixtures/event_matrix``, one file per kind of event), each kind
told in eight shapes per language, as news writing tells it (issue 14: "main event found" on pages nobody tuned
ingest on): passive, role first ("Nommée directrice ..., X quitte ..."), across two sentences with a pronoun or "the
former X executive", inside a quote, in a list of moves, a company named by its description ("the Paris-based lab"),
a person named by surname only, the news in the third paragraph after background, a company with an unusual name (a
word, letters and digits), a round "secured" or "bouclé", a purchase told from the buyer's or the target's side.
Every article goes through ingest as a paste does, with the shipped registry, and is scored as ``make eval`` scores
a gold event: type, person, company (and the company bought)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from article_events import events_of_pages

from digest.evaluate import _event_expectations

# Cases ingest still misses (strict: one that starts passing must leave this list). 58 of 112 passed at the start;
# of the second matrix, 4 of 44 before the article's gist (``events.gist``, since folded into the lead reading), 20
# with it and main's entities; two releases told in the headline since the lead reading (``events.lead_reading``).
STILL_MISSED = frozenset(
    {
        "talent_move-fr-8",
        "departure-en-5",
        "departure-fr-8",
        "reinstatement-en-5",
        "reinstatement-fr-12",
        "company_launch-fr-11",
        "funding_round-en-4",
        "funding_round-en-6",
        "funding_round-fr-12",
        "model_release-fr-8",
        "acquisition-en-0",
        "acquisition-en-1",
        "acquisition-fr-11",
        "m2-acquisition-en-0",
        "m2-acquisition-en-3",
        "m2-acquisition-en-4",
        "m2-acquisition-en-5",
        "m2-acquisition-fr-10",
        "m2-acquisition-fr-11",
        "m2-acquisition-fr-8",
        "m2-company_launch-en-3",
        "m2-company_launch-fr-7",
        "m2-departure-en-0",
        "m2-departure-en-2",
        "m2-departure-fr-7",
        "m2-departure-en-8",
        "m2-departure-en-9",
        "m2-departure-fr-10",
        "m2-model_release-en-3",
        "m2-model_release-fr-7",
        # the company founded is not found by the entity stage ("has set up Pallwick", "launch Halyard"), or the
        # founder is not ("Grace Mwangi's new start-up"): no event can name them
        "m6-company_launch-en-0",
        "m6-company_launch-en-4",
        "m6-company_launch-en-7",
        "m6-company_launch-en-19",
        "m6-company_launch-en-26",
        "m6-company_launch-fr-27",
        "m6-company_launch-en-38",
        "m6-company_launch-en-43",
        "m6-company_launch-en-44",
        "m6-company_launch-en-48",
        "m6-company_launch-fr-51",
        # founders named after a count and a comma, each after a nationality ("by two former IBM researchers,
        # Ghanaian X and Swede Y"): the agent is not read as those names
        "m7-company_launch-en-9",
    }
)
FIXTURES = Path(__file__).parents[1] / "fixtures"
KINDS = ("talent_move", "departure", "reinstatement", "company_launch", "funding_round", "model_release", "acquisition")
# the second matrix: a deal, a launch, a release or a departure told without the plain verb ("the deal", "passe sous
# le contrôle de", "sort de l'ombre", "is now available", "tire sa révérence"), its cases named "m2-…"
# the third: the main event where none used to be proposed, each class in several wordings of both languages (a
# purchase told from the company bought, …), its cases named "m3-…"
# the fourth: releases told with other verbs of both languages, the product as the subject, or not named, "m4-…"
# the fifth: the classes the released holdout18 missed, each in eight wordings of our own (a name holding a month's
# word, a post "of" a described company, a newsroom's "we", …), "m5-…"
# the sixth: launches told with other verbs and nouns of founding, the founding in an apposition or a possessive,
# across two sentences, founders counted, a launch with its first round, "m6-…"
# the seventh: the classes the released holdout20 missed, each in both languages: a post held again ("is once again
# chief executive of", "redevient PDG de"), a post taken over a department, a mover told by nationality, a post as a
# move's purpose ("to be its chief scientist"), a column's company label ("Acme. X a été nommée …"), a passive
# founding by counted founders named in the next sentence, "m7-…"
# the eighth: a new company's debut ("emerged from stealth", "voit le jour", "opened its doors", "unveiled itself")
# with its founders named in the same or the next sentence, with or without its first round; a release by a company
# whose only cue is the release ("X has released P, a … model"), a return to or reinstatement by a company whose only
# cue is the return ("is returning to X as chief executive", "X a réintégré P"), "m8-…"
# the ninth: the moves and reinstatements the released holdout21 missed, each class in both languages: a post to come
# told with the copula ("will be Acme's chief scientist", "sera la directrice technique de"), a company that asks the
# person back ("has asked X to return as", "a demandé à X de revenir comme"), the post given back before its holder
# ("a rétabli lundi dans ses fonctions sa directrice générale, X"), a cleft over an apposition ("c'est Acme, la jeune
# pousse …, qui a annoncé son arrivée"), a company named by its trade ("the chipmaker's first head of"), "m9-…"
# the tenth: the launches the released holdout21 missed, each class in both languages: a debut told as plans made
# public ("went public with its plans", "a levé le voile sur son projet", "sort de la confidentialité"), founders
# after "Behind it:" / "Derrière elle :", founders the headline counts and only the lead names ("Deux anciens de X
# lancent Y"), a debut paragraphs after the founding that names the founders, "m10-…"
MATRICES = (
    ("", FIXTURES / "event_matrix"),
    ("m2-", FIXTURES / "event_matrix2"),
    ("m3-", FIXTURES / "event_matrix3"),
    ("m4-", FIXTURES / "event_matrix4"),
    ("m5-", FIXTURES / "event_matrix5"),
    ("m6-", FIXTURES / "event_matrix6"),
    ("m7-", FIXTURES / "event_matrix7"),
    ("m8-", FIXTURES / "event_matrix8"),
    ("m9-", FIXTURES / "event_matrix9"),
    ("m10-", FIXTURES / "event_matrix10"),
)
CASES = [
    (f"{prefix}{kind}-{case['lang']}-{n}", case["lang"], case["shape"], {"type": kind, **case["gold"]}, case["page"])
    for prefix, matrix in MATRICES
    for kind in KINDS
    if (matrix / f"{kind}.yml").exists()
    for n, case in enumerate(yaml.safe_load((matrix / f"{kind}.yml").read_text(encoding="utf-8")))
]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[dict[str, list], Path]:
    """Each case's gold event and the events ingest proposed for it, all ingested in one run."""
    return events_of_pages({name: text for name, _, _, _, text in CASES}, tmp_path_factory.mktemp("matrix"))


@pytest.mark.parametrize(
    "name, lang, shape, gold, text",
    [
        pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True)] if case[0] in STILL_MISSED else [])
        for case in CASES
    ],
)
def test_the_main_event_is_found(ingested, name, lang, shape, gold, text):
    told, content = ingested
    expected = _event_expectations(gold, told[name], content)
    assert all(got for _, got in expected), f"{shape}: {[w for w, got in expected if not got]} in {told[name]}"
