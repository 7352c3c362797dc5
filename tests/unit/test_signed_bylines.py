"""A byline written as a name and the city it files from, or the writer's job, on a line of its own beside the headline
or the date line ("Amara Diallo, Dakar", "Amara Diallo, staff writer"): the author, never a person of the article."""

from __future__ import annotations

import pytest

from digest.ingest import lines

LEAD_EN = (
    "The Lyon start-up Kestrel, which designs warehouse robots, said on Thursday it had raised 12 million euros led "
    "by Partech.\nThe money will pay for an office in Munich, its founder Paul Girard said.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Kestrel, qui conçoit des robots d'entrepôt, a annoncé jeudi une levée de 12 millions "
    "d'euros menée par Partech.\nLes fonds serviront à ouvrir un bureau à Munich, a indiqué son fondateur.\n"
)
HEAD_EN = "Kestrel raises €12 million to build warehouse robots\n"
HEAD_FR = "Kestrel lève 12 millions d'euros pour ses robots\n"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", HEAD_EN + "Amara Diallo, Dakar\n4 December 2026\n" + LEAD_EN),
        ("en", HEAD_EN + "Amara Diallo, staff writer\n4 December 2026\n" + LEAD_EN),
        ("fr", HEAD_FR + "Amara Diallo, Abidjan\nPublié le 4 décembre 2026\n" + LEAD_FR),
        ("fr", HEAD_FR + "Publié le 4 décembre 2026\nAmara Diallo, correspondante\n" + LEAD_FR),
    ],
)
def test_a_name_and_its_city_or_job_is_the_byline(lang, text):
    page = lines.read(text, lang)
    assert page.authors == ["Amara Diallo"]
    assert [line.kind for line in page.lines if line.text.startswith("Amara")] == ["byline"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", HEAD_EN + "Kestrel, Lyon\n4 December 2026\n" + LEAD_EN),  # a company and its city
        ("en", HEAD_EN + "Amara Diallo, Partech\n4 December 2026\n" + LEAD_EN),  # a name and a firm: no byline shape
    ],
)
def test_a_name_and_another_word_is_no_byline(lang, text):
    assert lines.read(text, lang).authors == []
