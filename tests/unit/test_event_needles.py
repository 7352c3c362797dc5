"""The event triggers are tried only in the runs of sentences holding one of their kind's needles: the runs are those
a needle-by-needle search of the whole text gives."""

from digest.ingest.events.clauses import SENTENCE
from digest.ingest.events.needles import NEEDLES, _kinds, needles_held, runs_holding


def _runs_by_search(low, needles, sentences):
    held = [n for n, (a, b) in enumerate(sentences) if any(word in low[a:b] for word in needles)]
    runs = []
    for n in held:
        if runs and runs[-1][1] >= sentences[n][0] - 1 and n and sentences[n - 1][1] == runs[-1][1]:
            runs[-1] = (runs[-1][0], sentences[n][1])
        else:
            runs.append(sentences[n])
    return runs


def test_a_kinds_needles_are_those_with_a_blank_and_the_others():
    for needles in NEEDLES.values():
        spaced, unspaced = _kinds(needles)
        assert set(spaced) | unspaced == set(needles) and not set(spaced) & unspaced
        assert all(word.split() != [word] for word in spaced) and all(word.split() == [word] for word in unspaced)


def test_the_runs_holding_a_kinds_needles_are_those_a_search_of_every_sentence_finds():
    text = (
        "Acme a levé 12 millions d'euros. La jeune pousse recrute. Jane Roe quitte Globex pour rejoindre Acme. "
        "Rien à signaler ici. The startup raised $5 million in a seed round. John Doe steps down as CEO. "
        "Initech launches a new model; it was unveiled in Paris. Nothing else happened."
    )
    low = text.lower()
    sentences = [m.span() for m in SENTENCE.finditer(low)]
    bounds = [a for a, _ in sentences]
    words = needles_held(low)
    found = [runs_holding(low, words, needles, sentences, bounds) for needles in NEEDLES.values()]
    assert found == [_runs_by_search(low, needles, sentences) for needles in NEEDLES.values()]
    assert sum(map(len, found)) >= 5  # the kinds the text tells
