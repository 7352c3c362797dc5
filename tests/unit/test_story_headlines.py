"""Who a headline names weighs more than who an article names first or which company its main event was read at: one
move read at a lab and at its parent group, a company named by its legal name and its short form, an article whose
event was missed and whose first person is someone quoted, two articles without events whose headlines name one
person and one company; and a column or a digest is its headline's story, never one of its items'. Entries written
for these tests."""

import pytest

from digest.ingest import stories


def _item(title, date, people, companies, *events):
    return {"title": title, "date": date, "people": people, "companies": companies, "events": list(events)}


def _move(kind, person, company, **slots):
    return {"type": kind, "person": person, "company": company, **slots}


def _round(company, amount):
    return {"type": "funding", "company": company, "amount": amount}


def _one_story(a, b):
    return len(set(stories.assign([a, b]))) == 1


@pytest.mark.parametrize(
    "title_a, title_b, kind, date_b",
    [
        (
            "Ilse Norberg nommée directrice de Cobalt Labs",
            "Halden names Ilse Norberg to run Cobalt Labs",
            "appointed",
            "2026-01-22",
        ),
        (
            "Ilse Norberg nommée directrice de Cobalt Labs",
            "Halden names Ilse Norberg to run Cobalt Labs",
            "appointed",
            None,
        ),
        ("Halden recrute Ilse Norberg pour Cobalt Labs", "Ilse Norberg joins Cobalt Labs", "hired", "2026-01-23"),
        ("Ilse Norberg rejoint Halden", "Ilse Norberg joins Halden's research arm, Cobalt Labs", "joins", None),
    ],
)
def test_one_move_read_at_a_lab_and_at_its_parent_is_one_story(title_a, title_b, kind, date_b):
    people, companies = ["ilse-norberg"], ["cobalt-labs", "halden"]
    lab = _item(title_a, "2026-01-22", people, companies, _move(kind, "ilse-norberg", "cobalt-labs"))
    parent = _item(title_b, date_b, people, companies[::-1], _move(kind, "ilse-norberg", "halden"))
    if "Halden" in title_a:  # the headline naming both is the lab's here: its event read at the parent
        lab, parent = (
            _item(title_a, "2026-01-22", people, companies, _move(kind, "ilse-norberg", "halden")),
            _item(title_b, date_b, people, companies, _move(kind, "ilse-norberg", "cobalt-labs")),
        )
    assert _one_story(lab, parent)


def test_two_moves_whose_headlines_each_name_their_own_company_stay_apart_even_undated():
    people, companies = ["ilse-norberg"], ["cobalt-labs", "halden"]
    left_one = _item(
        "Ilse Norberg quitte Cobalt Labs", None, people, companies, _move("leaves", "ilse-norberg", "cobalt-labs")
    )
    left_two = _item(
        "Ilse Norberg leaves Halden", "2026-06-02", people, companies, _move("leaves", "ilse-norberg", "halden")
    )
    assert not _one_story(left_one, left_two)


@pytest.mark.parametrize(
    "long, short, amounts, same",
    [
        ("brisa-technologies", "brisa", ("EUR 40 million", "EUR 40 million"), True),
        ("brisa-systems", "brisa", ("USD 12 million", None), True),
        ("brisa-technologies", "brisa", ("EUR 40 million", "EUR 15 million"), False),
        ("brisa", "brisa-robotics", ("CHF 8 million", "CHF 8 million"), True),
    ],
)
def test_a_round_of_a_company_named_by_its_legal_name_and_its_short_form(long, short, amounts, same):
    full = _item("Brisa raises money", "2026-02-24", ["olaf-berg"], [long], _round(long, amounts[0]))
    brief = _item("Brisa lève des fonds", "2026-02-25", ["olaf-berg"], [short], _round(short, amounts[1]))
    assert _one_story(full, brief) is same


def test_one_move_at_a_company_named_two_ways_is_one_story_but_not_two_people_s():
    move = _item("Acme hires Rosa Lind", "2026-03-02", ["rosa-lind"], ["acme"], _move("hired", "rosa-lind", "acme"))
    other = _item(
        "Rosa Lind recrutée", None, ["rosa-lind"], ["acme-robotics"], _move("hired", "rosa-lind", "acme-robotics")
    )
    assert _one_story(move, other)
    someone = _item("Acme hires Tom Ek", "2026-03-02", ["tom-ek"], ["acme"], _move("hired", "tom-ek", "acme"))
    assert not _one_story(someone, other)


def _hire(date="2026-03-11"):
    return _item(
        "Ines Varga, la nouvelle recrue de Fenmoor",
        date,
        ["ines-varga", "paul-aubry"],
        ["fenmoor", "ambrose"],
        _move("appointed", "ines-varga", "fenmoor"),
    )


@pytest.mark.parametrize(
    "title, people",
    [
        (
            "'She rebuilt their stack': Fenmoor poaches Ambrose's platform chief",
            ["dan-moore", "ines-varga", "paul-aubry"],
        ),
        (
            "« Elle a tout reconstruit » : Fenmoor débauche la cheffe de la plateforme d'Ambrose",
            ["dan-moore", "ines-varga"],
        ),
        ("Why Varga's exit stings at Ambrose", ["paul-aubry", "ines-varga", "dan-moore"]),
        ("Le départ de Varga, un coup dur pour Ambrose", ["dan-moore", "paul-aubry", "ines-varga"]),
    ],
)
def test_an_article_whose_event_was_missed_joins_by_whom_its_headline_names(title, people):
    missed = _item(title, "2026-03-12", people, ["ambrose"])
    assert _one_story(missed, _hire(None))
    assert _one_story(missed, _hire())


def test_a_headline_naming_neither_the_person_nor_the_company_leaves_a_quoted_first_name_apart():
    missed = _item("A recruiter's view of the talent war", "2026-03-12", ["dan-moore", "ines-varga"], ["ambrose"])
    assert not _one_story(missed, _hire(None))


@pytest.mark.parametrize(
    "title_a, title_b, date_b, companies_a",
    [
        ("Armel Kerno et Vireo, la fin d'une époque", "Armel Kerno and the end of an era at Vireo", None, []),
        ("Les doutes d'Armel Kerno sur Vireo", "Armel Kerno's doubts about Vireo", "2026-11-12", ["vireo"]),
        ("Kerno, Vireo et la guerre des talents", "Armel Kerno's hiring spree at Vireo", None, ["vireo", "ostrand"]),
        ("What Armel Kerno plans for Vireo", "Ce qu'Armel Kerno prépare chez Vireo", None, ["ostrand", "vireo"]),
    ],
)
def test_two_articles_without_events_whose_headlines_name_one_person_and_company(title_a, title_b, date_b, companies_a):
    a = _item(title_a, "2026-11-11", ["armel-kerno", "bruno-lecat", "ada-ray"], companies_a)
    b = _item(title_b, date_b, ["armel-kerno"], ["vireo"])
    assert _one_story(a, b)


def test_headlines_naming_the_person_only_or_weeks_apart_stay_apart():
    a = _item("Armel Kerno, portrait d'un bâtisseur", None, ["armel-kerno", "bruno-lecat", "ada-ray"], ["vireo"])
    b = _item("Armel Kerno's doubts about Vireo", "2026-11-12", ["armel-kerno"], ["vireo"])
    assert not _one_story(a, b)
    c = _item("Les doutes d'Armel Kerno sur Vireo", "2026-11-30", ["armel-kerno", "bruno-lecat", "ada-ray"], [])
    assert not _one_story(c, b)


def _two_people_news(title, *events):
    return _item(title, "2026-06-26", ["noor-adil", "yves-maro"], ["brackmoor", "fenlow"], *events)


@pytest.mark.parametrize(
    "title",
    [
        "People moves: who went where this week",
        "Nominations : les mouvements de la semaine",
        "The week in AI: two rounds and a hire",
        "En bref : levées et recrutements",
    ],
)
def test_a_column_or_a_digest_is_its_headline_s_story_not_its_item_s(title):
    column = _two_people_news(
        title, _move("joins", "noor-adil", "brackmoor"), _move("appointed", "yves-maro", "fenlow")
    )
    item = _item(
        "Brackmoor hires Noor Adil",
        "2026-06-24",
        ["noor-adil"],
        ["brackmoor", "silvan"],
        _move("hired", "noor-adil", "brackmoor"),
    )
    assert not _one_story(column, item)


def test_a_saga_under_a_headline_naming_no_one_still_joins_its_news():
    fired, successor = _move("fired", "noor-adil", "brackmoor"), _move("appointed", "yves-maro", "brackmoor")
    saga = _two_people_news("Turmoil at the lab after a shock firing", fired, successor)
    news = _item(
        "Brackmoor fires Noor Adil",
        "2026-06-25",
        ["noor-adil", "yves-maro"],
        ["brackmoor"],
        _move("fired", "noor-adil", "brackmoor"),
    )
    assert _one_story(saga, news)


def _joined_meridel(date="2026-11-09"):
    return _item(
        "Odile Brasseur : « Meridel m'a appris à grandir »",
        date,
        ["odile-brasseur"],
        ["meridel", "talvane"],
        _move("joins", "odile-brasseur", "talvane", from_company="meridel"),
    )


@pytest.mark.parametrize(
    "title",
    [
        "Nominations : Karim Esposito prend l'IA de Meridel",
        "People: Karim Esposito named Meridel's head of AI",
        "Appointments: Esposito gets the top research job",
        "Karim Esposito, le nouveau visage de la recherche chez Meridel",
    ],
)
def test_an_article_whose_headline_tells_another_person_s_news_does_not_join_by_its_background_move(title):
    """The column's main event (the predecessor's move, told again) is not what its headline tells: Esposito's."""
    column = _item(
        title,
        "2026-11-30",
        ["karim-esposito", "odile-brasseur", "lise-amar"],
        ["meridel", "talvane", "orsay-labs"],
        _move("joins", "odile-brasseur", "talvane"),
    )
    assert not _one_story(column, _joined_meridel())
    assert _one_story(
        _item(
            "Odile Brasseur rejoint Talvane",
            "2026-11-10",
            ["odile-brasseur"],
            ["talvane"],
            _move("joins", "odile-brasseur", "talvane"),
        ),
        _joined_meridel(),
    )


def test_a_headline_naming_both_companies_of_a_move_and_its_reverse_are_two_moves():
    """ "Quitte A pour B" and an undated "rejoint A": the first tells leaving the company the second joins."""
    people, companies = ["ilse-norberg"], ["cobalt-labs", "halden"]
    left = _item(
        "Ilse Norberg quitte Cobalt Labs pour Halden",
        "2026-05-04",
        people,
        companies,
        _move("joins", "ilse-norberg", "halden"),
        _move("leaves", "ilse-norberg", "cobalt-labs"),
    )
    joined = _item(
        "Ilse Norberg rejoint Cobalt Labs", None, people, companies, _move("joins", "ilse-norberg", "cobalt-labs")
    )
    assert not _one_story(left, joined)


@pytest.mark.parametrize(
    "title, companies",
    [
        ("Fenmoor poaches Ambrose's platform chief", ["ambrose", "fenmoor", "orlo", "kestin", "vaux"]),
        ("Varga, la recrue qui fait trembler Ambrose", ["ambrose", "fenmoor", "orlo", "kestin"]),
        ("Inside Ines Varga's move", ["orlo", "fenmoor", "kestin", "vaux", "ambrose"]),
        ("Fenmoor : le pari Varga", ["orlo", "kestin", "vaux", "ambrose"]),
    ],
)
def test_a_feature_naming_many_others_joins_the_news_its_headline_and_names_tie_it_to(title, companies):
    """A long feature whose event was missed shares only the person and the company with the news; its headline
    names one of them."""
    people = ["dan-moore", "ines-varga", "lea-ortiz", "sam-oduya", "kai-lund"]
    feature = _item(title, "2026-03-12", people, companies)
    assert _one_story(feature, _hire(None))


@pytest.mark.parametrize(
    "title",
    [
        "Cette semaine, le laboratoire a annoncé deux arrivées et un départ dans son équipe de recherche",
        "This week the lab announced two arrivals and a departure in its research team, a spokesman said",
    ],
)
def test_a_sentence_standing_for_a_missing_headline_is_no_column(title):
    news = _two_people_news(title, _move("joins", "noor-adil", "brackmoor"), _move("appointed", "yves-maro", "fenlow"))
    item = _item(
        "Noor Adil rejoint Brackmoor",
        "2026-06-25",
        ["noor-adil"],
        ["brackmoor"],
        _move("joins", "noor-adil", "brackmoor"),
    )
    assert _one_story(news, item)
