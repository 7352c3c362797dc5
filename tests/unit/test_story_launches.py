"""A start-up's launch told by two pages that lead with different facts of it: one with the founders (a thread, a
post), the other with the first round announced the same day (a podcast's notes, a release). Written for this test."""

from digest.ingest import stories

FOUNDERS = [
    {"type": "founds", "person": "ana-ribeiro", "company": "veltrane"},
    {"type": "founds", "person": "jonas-lind", "company": "veltrane"},
]


def _thread(date):
    return {
        "title": "Two former lab researchers just launched Veltrane",
        "people": ["ana-ribeiro", "jonas-lind", "margaux-perrin"],
        "companies": ["veltrane", "google", "spotify", "orbis-capital"],
        "date": date,
        "events": list(FOUNDERS),
    }


def _podcast(date, amount="USD 12 million", founders=True):
    return {
        "title": "Veltrane : deux anciens de Google et de Spotify veulent équiper les serres",
        "people": ["ana-ribeiro", "jonas-lind", "paul-marchetti", "sana-idrissi"],
        "companies": ["veltrane", "orbis-capital", "google", "spotify", "fanuc", "dataroc"],
        "date": date,
        "events": [{"type": "funding", "company": "veltrane", "amount": amount}, *(FOUNDERS if founders else [])],
    }


def test_a_launch_and_the_first_round_told_with_it_are_one_story_dated_or_not():
    for thread in (_thread("2026-01-20"), _thread(None)):
        ids = stories.assign([thread, _podcast("2026-01-22")])
        assert ids[0] == ids[1]


def test_a_later_round_that_tells_no_founding_or_another_amount_is_another_story():
    launch = [_thread(None), _podcast("2026-01-22")]
    later = _podcast("2026-01-29", amount="USD 80 million")  # a week later, with the founding told again
    no_founding = dict(
        _podcast(None, amount="USD 80 million", founders=False),
        people=["ana-ribeiro", "lena-vogt"],
        companies=["veltrane", "northwind-capital"],
    )
    ids = stories.assign([*launch, later, no_founding])
    assert ids[0] == ids[1] and ids[2] != ids[0] and ids[3] != ids[0]
