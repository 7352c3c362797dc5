"""Pages that are no plain article (issue 14: boilerplate recognised from what it is): an aggregator's excerpts of
other outlets under each outlet's name and age are its text (the names and ages are furniture, its note on how to
tap a source is too), and they do not set the page's language; a transcript's later turns ("NAME : …") are text;
a programme's date line with its running time dates the show, and "hier" in it counts from that date."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.ingest import datelines, dates, language, lines

HEAD_EN = "Feedly Nova\nTop   World   Tech   Search\nTECH\nEwa Robotics unveils a low-cost arm for workshops\n"
SUMMARY_EN = (
    "Summary: Lagos-based Ewa Robotics released its Tàkà arm on 2 April 2026, a low-cost robot for small workshops.\n"
)
HEAD_FR = "Revue Nova\nUne   Monde   Tech   Recherche\nTECH\nNévé Systèmes présente un capteur de neige connecté\n"
SUMMARY_FR = "Résumé : la start-up grenobloise Névé Systèmes a présenté le 4 avril 2026 un capteur de neige connecté.\n"

EXCERPTS = [
    (
        "en",
        HEAD_EN + SUMMARY_EN,
        ["The Lagos Circuit · 20h", "Accra Daily · 3h"],
        [
            '"Ewa trained its arm on footage from local workshops, says chief engineer Tolu Bankole..."',
            '"A small team with a handful of machines, showing what a regional maker can do..."',
        ],
    ),
    (
        "en",
        HEAD_EN + SUMMARY_EN,
        ["The Lagos Circuit · 20 hours ago", "Accra Daily · 3 hours ago"],
        [
            '"Ewa trained its arm on footage from local workshops, says chief engineer Tolu Bankole..."',
            '"A small team with a handful of machines, showing what a regional maker can do..."',
        ],
    ),
    (
        "en",
        HEAD_EN + SUMMARY_EN,
        ["Le Quotidien de Dakar · 1 day ago", "Tech Nairobi · 9 hours ago"],
        [
            "« La start-up lagosienne Ewa Robotics a dévoilé lundi son bras Tàkà, un robot à bas coût pour les "
            "ateliers… »",
            "“Ewa Robotics wants every tailor in Lagos to own a robot, and it may get there…”",
        ],
    ),
    (
        "fr",
        HEAD_FR + SUMMARY_FR,
        ["Le Dauphiné Numérique · il y a 2 h", "Alpes Éco · il y a 5 h"],
        [
            "« Névé Systèmes installe ses premiers capteurs à Chamrousse cet hiver, selon son fondateur… »",
            "« Une jeune pousse qui veut mesurer la neige au centimètre près dans chaque station... »",
        ],
    ),
    (
        "fr",
        HEAD_FR + SUMMARY_FR,
        ["Savoie Matin · il y a 1 jour", "Le Journal des Cimes · il y a 20 h"],
        [
            "“Névé Systèmes a levé 800 000 euros auprès de business angels savoyards pour ses capteurs…”",
            "« Le capteur tient sur un piquet et envoie ses mesures toutes les dix minutes... »",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "top", "heads", "excerpts"), EXCERPTS)
def test_an_aggregator_s_excerpts_are_its_text_their_outlets_and_ages_are_not(lang, top, heads, excerpts):
    gesture = "Tap a source to read the full story." if lang == "en" else "Cliquez sur une source pour lire l'article."
    text = top + "".join(f"{head}\n{quote}\n" for head, quote in zip(heads, excerpts, strict=True))
    text += f"See all 6 sources\nNova shows headlines from publishers. {gesture}\nAbout · Privacy · Terms"
    page = lines.read(text, lang)
    kinds = {line.text: line.kind for line in page.lines}
    assert all(kinds[quote] == "content" for quote in excerpts)
    assert not any(page.lines[n].kept for n, line in enumerate(page.lines) if line.text in heads)
    assert not next(line for line in page.lines if gesture in line.text).kept


@pytest.mark.parametrize(
    "text",
    [
        "Tap a source to read the full story.",
        "Click any headline to open the publisher's article.",
        "Cliquez sur un titre pour lire l'article complet.",
        "Appuyez sur une source pour voir l'article en entier.",
    ],
)
def test_the_page_s_instructions_to_the_reader_are_furniture(text):
    assert lines.furniture(text, "fr" if "ez " in text else "en") is not None


def test_a_sentence_that_reports_a_gesture_is_text():
    assert lines.furniture("Users tap a card to read their balance, the bank said in a statement.", "en") is None


def test_an_english_page_quoting_a_french_outlet_whole_stays_english():
    body = (
        "Summary: Lagos-based Ewa Robotics released its arm on 2 April 2026.\n\n"
        "« La start-up lagosienne Ewa Robotics a dévoilé lundi son bras, un robot à bas coût pour les ateliers de la "
        "ville et de sa région, et elle a déjà des clients… »\n\n"
        '"A small team with a handful of machines..."'
    )
    assert language.detect(body) == "fr"
    assert language.of_own_text(body) == "en"


TRANSCRIPT = [
    "SONIA VUONG : Et on reste dans la tech avec l'ouverture d'un nouveau campus numérique à Gerland...",
    "MARC DIALLO : Et on file à Villeurbanne avec l'ouverture d'un nouveau laboratoire à la Doua...",
    "AMINA SOW : Et on termine avec l'inauguration d'un nouvel incubateur à Dakar...",
    "JEAN-PAUL NGUYEN : Et on part à Nantes avec l'arrivée d'un nouveau fonds sur l'île de Nantes...",
    "Sonia Vuong : Et on reste dans la tech avec l'ouverture d'un nouveau campus numérique à Gerland...",
    "Awa Ndiaye Sarr : Et on termine avec l'inauguration d'un nouvel incubateur à Thiès...",
]


@pytest.mark.parametrize("turn", TRANSCRIPT)
def test_a_transcript_s_later_turn_is_text_not_a_caption(turn):
    """A turn that tells where the show goes next reads like a caption (a name, a place), but its speaker's label
    in capitals and its verb make it the transcript's text (the caption's shape is French only)."""
    speaker = turn.split(" : ")[0]
    first = f"{speaker} : Bonjour à tous. On commence par une nouvelle qui fait parler jusqu'à Paris, une nomination."
    text = f"Radio Nova\nLe Journal de l'éco\nTranscription\n{first}\n{turn}\nÉpisodes précédents\n"
    page = lines.read(text, "fr")
    assert next(line for line in page.lines if line.text == turn).kind == "content"


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("Émission du jeudi 12 mars 2026 · 3 min 40", "fr", dt.date(2026, 3, 12)),
        ("Diffusé le mardi 3 février 2026 | 12 min", "fr", dt.date(2026, 2, 3)),
        ("Episode of Thursday 12 March 2026 · 24 min", "en", dt.date(2026, 3, 12)),
        ("Aired Monday 4 May 2026 · 45 min · 3 comments", "en", dt.date(2026, 5, 4)),
    ],
)
def test_a_programme_s_date_line_with_its_running_time_dates_it(line, lang, day):
    stamp = datelines.page_stamp(line, lang)
    assert stamp is not None and dt.date(*stamp) == day
    told = "Elle a été nommée hier à la tête de la recherche." if lang == "fr" else "She was named yesterday."
    found = dates.find(told, lang, anchor=stamp)
    assert found[0] == day - dt.timedelta(days=1)
