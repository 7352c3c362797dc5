"""Date lines and event dates: each date says how it was found, and none is guessed."""

import datetime as dt

import pytest

from digest.ingest import datelines, dates
from digest.ingest.datelines import Stamp

D = dt.date


@pytest.mark.parametrize(
    "line, lang, want",
    [
        ("Publié le 3 mars 2025 à 14h12, mis à jour le 4 mars 2025 à 9h", "fr", Stamp(2025, 3, 3)),
        ("Mis à jour le 4 mars 2025, publié le 3 mars 2025", "fr", Stamp(2025, 3, 3)),
        ("Mis à jour le 4 mars 2025", "fr", Stamp(2025, 3, 4)),
        ("Updated 2:45 PM EST, Tue March 5, 2024", "en", Stamp(2024, 3, 5)),
        ("Published: 5 March 2024", "en", Stamp(2024, 3, 5)),
        ("March 5, 2024 at 10:12 a.m. ET", "en", Stamp(2024, 3, 5)),
        ("Le 12/02/2025 à 09:30", "fr", Stamp(2025, 2, 12)),
        ("03/05/2024", "en", Stamp(2024, 3, 5)),
        ("25/05/2024", "en", Stamp(2024, 5, 25)),
        ("2025-03-03T14:12", "fr", Stamp(2025, 3, 3)),
        ("vendredi 26 octobre 2018 à 19:13", "fr", Stamp(2018, 10, 26)),
        ("Lundi 3 mars", "fr", Stamp(None, 3, 3)),
        ("Le 3 mars à 14h12", "fr", Stamp(None, 3, 3)),
        ("• Date de publication : 1er févr. 2024, 08:05", "fr", Stamp(2024, 2, 1)),
        ("Sept. 9, 2023 | 6:00 a.m. PT", "en", Stamp(2023, 9, 9)),
        ("Posted on 14.11.2022 (UTC+1)", "en", Stamp(2022, 11, 14)),
        ("Mar. 4, 2026 5:02 a.m. ET", "en", Stamp(2026, 3, 4)),
        ("March 3, 2026, 5:02 AM PST", "en", Stamp(2026, 3, 3)),
        ("February 9, 2026 10:14 AM GMT+1 Updated 3 hours ago", "en", Stamp(2026, 2, 9)),
        ("2026.04.08 17:30 JST", "en", Stamp(2026, 4, 8)),
        ("Publié le 11/03 à 18h30 - Mis à jour le 11/03 à 21h05", "fr", Stamp(None, 3, 11)),
        ("Mis à jour le 03/04/2026 à 14h12", "fr", Stamp(2026, 4, 3)),
        ("03/04/2026 14:12", "en", Stamp(2026, 3, 4)),
    ],
)
def test_timestamp_shapes(line, lang, want):
    assert datelines.timestamp(line, lang) == want


@pytest.mark.parametrize(
    "line, lang",
    [
        ("il y a 3 heures", "fr"),
        ("2 hours ago", "en"),
        ("Aujourd'hui à 14h", "fr"),
        ("Mars 2025", "fr"),
        ("Le 3 mars, la start-up a levé 20 millions d'euros auprès de ses investisseurs.", "fr"),
        ("On March 5, 2024, the company said it would hire a new chief executive.", "en"),
        ("Il avait rejoint la société le 3 mai 2019.", "fr"),
        ("The deal closed on 12/03/2024 after months of talks", "en"),
        ("Par Jeanne Martin - 17 mai 2023 à 07:05", "fr"),
        ("31/02/2024", "fr"),
        ("11/03", "fr"),  # a page count or a score without a label or a time
        ("il y a 3 heures · 5 min de lecture", "fr"),
        ("", "en"),
    ],
)
def test_a_sentence_or_a_relative_time_is_not_a_timestamp(line, lang):
    assert datelines.timestamp(line, lang) is None


def test_an_explicit_date_in_the_lead_is_the_event():
    found = dates.find("Le 4 juin 2024, la start-up lyonnaise a levé 12 millions d'euros.", "fr")
    assert found == (D(2024, 6, 4), "text", found.evidence) and "4 juin 2024" in found.evidence


def test_a_weekday_alone_gives_no_date_and_names_the_sentence():
    found = dates.find("La société a annoncé mardi le départ de son directeur technique.", "fr")
    assert found.date is None and found.basis == "none"
    assert "only a weekday" in found.evidence and "a annoncé mardi" in found.evidence
    assert "set date: YYYY-MM-DD" in found.evidence
    text = "Acme said on Thursday that its founder is stepping down."
    assert dates.find(text, "en", context_years=[2024]).date is None


def test_a_weekday_resolves_against_the_page_date():
    text = "Acme said on Tuesday that its founder is stepping down."
    assert dates.find(text, "en", anchor=D(2024, 3, 7))[:2] == (D(2024, 3, 5), "text")  # a Thursday page
    assert dates.find("Acme confirmed the news yesterday.", "en", anchor=D(2024, 3, 7)).date == D(2024, 3, 6)
    last_monday = dates.find("La société a annoncé lundi dernier son rachat.", "fr", anchor=D(2024, 3, 4))
    assert last_monday.date == D(2024, 2, 26)  # the page is a Monday: the one before
    assert dates.find("Acme a annoncé mardi son rachat.", "fr", anchor=Stamp(2024, 3, 7)).date == D(2024, 3, 5)


def test_headings_do_not_push_the_news_out_of_the_lead():
    """A newsletter's item titles are headings, not sentences: the weekday a few lines below still dates the news."""
    text = (
        "Good morning. Three stories this week, from hiring to funding, as usual with our own take on each. "
        "As always, reply to this email if you know who is moving next.\n"
        "## 1. A veteran of the big labs moves to an industrial software start-up\n"
        "## Jane Roe leaves Acme Research to run research at Widgetworks\n"
        "Jane Roe, who spent eight years at Acme Research working on robot control, has joined Widgetworks.\n"
        "Widgetworks announced the hire on Tuesday; she becomes its chief scientist and reports to its CEO."
    )
    assert dates.find(text, "en", anchor=D(2026, 3, 5))[:2] == (D(2026, 3, 3), "text")  # a Thursday issue


def test_a_day_and_month_take_the_year_from_the_page_then_the_story():
    text = "Le 17 novembre, la jeune pousse a bouclé une levée de fonds de série B."
    assert dates.find(text, "fr", page_years=[2025])[:2] == (D(2025, 11, 17), "text+year from page")
    assert dates.find(text.replace("17 novembre", "28 décembre"), "fr", anchor=D(2026, 1, 5))[:2] == (
        D(2025, 12, 28),
        "text+year from page",
    )
    assert dates.find(text, "fr", context_years=[2023, 2023])[:2] == (D(2023, 11, 17), "story")
    unresolved = dates.find(text, "fr", context_years=[2023, 2024])
    assert unresolved.date is None and "without a year" in unresolved.evidence


def test_a_weekday_named_with_the_day_picks_among_the_story_years():
    text = "The startup announced on Monday, August 5, that it had hired a new research lead."
    assert dates.find(text, "en", context_years=[2024])[:2] == (D(2024, 8, 5), "story")
    assert dates.find(text, "en", context_years=[2025]).date == D(2024, 8, 5)  # 5 Aug 2025 is a Tuesday
    text = "Lundi 11 décembre, la société a levé 40 millions."
    assert dates.find(text, "fr", page_years=[2024]).date == D(2023, 12, 11)  # a Wednesday in 2024


def test_background_future_and_looking_back_dates_are_not_the_event():
    text = (
        "Marie Dupont quitte Globex pour rejoindre Initech. Elle avait rejoint Globex le 3 mai 2019, "
        "après dix ans chez Acme."
    )
    found = dates.find(text, "fr")
    assert found.date is None and "background" in found.evidence
    assert dates.find("Le 3 mai 2019, il avait rejoint Globex comme chercheur.", "fr").date is None
    assert dates.find("The company, which had raised funds on June 2, 2021, now employs 80 people.", "en").date is None
    assert dates.find("Comme annoncé le 14 janvier dernier, Initech ouvre un bureau à Lyon.", "fr").date is None
    assert dates.find("The model will be released on March 30, 2025, the company said.", "en").date is None
    text = "Initech a été fondée le 2 février 2020. Le 8 avril 2025, elle a levé 30 millions d'euros."
    assert dates.find(text, "fr", anchor=D(2025, 4, 9)).date == D(2025, 4, 8)


def test_a_photo_caption_date_is_not_the_event():
    text = (
        "The chief executive speaks at a conference in Lisbon, Portugal, November 2, 2021. AGENCY/Jane Roe\n\n"
        "Acme has named a new chief executive, the company said."
    )
    assert dates.find(text, "en").date is None
    assert dates.find(text, "en", anchor=D(2024, 5, 2))[:2] == (D(2024, 5, 2), "page")


def test_without_a_date_in_the_text_the_page_date_is_the_date():
    text = "La start-up parisienne vient d'annoncer une nouvelle levée de fonds."
    assert dates.find(text, "fr", anchor=D(2024, 2, 29))[:2] == (D(2024, 2, 29), "page")
    assert dates.find(text, "fr", anchor=Stamp(None, 2, 29), page_years=[2024]).date == D(2024, 2, 29)
    found = dates.find(text, "fr")
    assert found.date is None and found.basis == "none" and "no date" in found.evidence


def test_a_date_line_left_in_the_body_is_the_page_date():
    text = "Par Jeanne Martin - 12 juin 2023 à 07:05\n\nLa start-up vient de lever 5 millions d'euros."
    assert dates.find(text, "fr")[:2] == (D(2023, 6, 12), "page")


def test_an_embedded_post_dates_a_relative_day():
    post = "I joined Initech yesterday to lead research. — Jane Roe (@janeroe) April 3, 2024"
    found = dates.find("Jane Roe joined Initech on Tuesday, she said in a post.", "en", aside=[post])
    assert found.date == D(2024, 4, 2)
    assert dates.find("Initech raised $20 million in a Series A round.", "en", aside=[post]).date is None


def test_no_date_comes_from_the_machine_clock(monkeypatch):
    class NoClock(dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("the clock was read")

    monkeypatch.setattr(dates.dt, "date", NoClock)
    assert dates.find("Acme a annoncé hier son rachat.", "fr").date is None
    assert dates.find("Le 3 mars, Acme a été rachetée.", "fr").date is None
    assert datelines.timestamp("Lundi 3 mars à 9h", "fr") == Stamp(None, 3, 3)


def test_reported_speech_in_the_past_perfect_is_the_news_not_background():
    text = "On 14 October, Abidjan-based Nzassa AI said it had raised $4 million to train speech models."
    assert dates.find(text, "en", page_years=[2025])[:2] == (D(2025, 10, 14), "text+year from page")
    background = "On 14 October 2019, Nzassa AI had opened its first office in Abidjan, long before its round."
    assert dates.find(background, "en", page_years=[2025]).date is None


def test_a_dispatch_s_opening_dateline_dates_the_news_it_tells():
    wire = "Cotonou, 13 février 2026 (BMD) – La start-up Ayo Analytics a annoncé hier avoir levé 2 millions d'euros."
    assert dates.find(wire, "fr")[:2] == (D(2026, 2, 12), "text")
    release = (
        "Lyon, le 2 février 2026 – Aurige Robotique annonce la nomination de Kenji Moreau à sa direction technique."
    )
    assert dates.find(release, "fr", anchor=Stamp(2025, 12, 18))[:2] == (D(2026, 2, 2), "text")


def test_a_looking_back_date_is_the_news_when_the_page_dates_it_within_weeks():
    text = "Ancienne chercheuse de Google DeepMind, Lucía Ferrer a pris le 17 mars dernier la direction de la start-up."
    assert dates.find(text, "fr", anchor=Stamp(2026, 3, 24)).date == D(2026, 3, 17)
    assert dates.find(text, "fr", page_years=[2026]).date is None  # no page date: it may be years back
    assert dates.find(text, "fr", anchor=Stamp(2026, 9, 24)).date != D(2026, 3, 17)  # months back: background


@pytest.mark.parametrize(
    "line, lang, want",
    [
        ("> Date: 10 February 2026 at 07:30:12 EAT", "en", Stamp(2026, 2, 10)),
        ("3 mars 2026 à 14h WAT", "fr", Stamp(2026, 3, 3)),
        ("Date: Wed, 8 Apr 2026 06:45:03 +0000", "en", Stamp(2026, 4, 8)),  # a mail client's numeric offset
        ("Sent: Tue, 14 Jul 2026 18:02 -0400", "en", Stamp(2026, 7, 14)),
    ],
)
def test_mail_headers_and_time_zones_no_list_knows(line, lang, want):
    assert datelines.timestamp(line, lang) == want


@pytest.mark.parametrize(
    "line, lang, want",
    [
        ("Revue de presse du mardi 14 avril 2026", "fr", Stamp(2026, 4, 14)),
        ("Édition du 2 février 2026", "fr", Stamp(2026, 2, 2)),
        ("Issue of June 9, 2026", "en", Stamp(2026, 6, 9)),
        ("BY Priya Nandakumar on April 16, 2026 at 9:40 am", "en", Stamp(2026, 4, 16)),  # a byline and its date
        ("Par Jeanne Martin le jeudi 16 avril 2026 à 9h40", "fr", Stamp(2026, 4, 16)),
    ],
)
def test_a_periodical_s_dated_issue_or_a_byline_s_date_is_the_page_date(line, lang, want):
    assert datelines.date_line(line, lang) == want
    assert datelines.date_line("Par ailleurs, elle a levé 3 millions le 3 mars 2025", "fr") is None  # a sentence
    text = "La start-up a confirmé jeudi l'arrivée de sa nouvelle directrice de la recherche."
    assert dates.find(text, "fr", anchor=datelines.date_line(line, lang)).date.weekday() == 3  # a Thursday


def test_an_undated_encyclopedia_page_is_dated_by_its_latest_fact():
    text = (
        "Orvane Systems is a Dutch company that builds speech models for hospitals. It was founded in 2021 by two "
        "former university researchers and raised a seed round in early 2023. In September 2024 it opened an "
        "office in Ghent, and its staff grew to 90 people. The company sells its models to twelve hospital groups. "
        "Its founders had previously built a transcription tool for courts. On 17 February 2026, Orvane announced "
        "a Series B of 60 million euros led by a Danish fund. As of February 2026 it employed 140 people."
    )
    found = dates.find(text, "en")
    assert found[:2] == (D(2026, 2, 17), "text") and "17 February 2026" in found.evidence
    # a full date older than a year the page names later is history, not the news
    older = text.replace("As of February 2026", "As of January 2027")
    assert dates.find(older, "en").date is None
    background = text.replace("On 17 February 2026, Orvane announced", "Orvane had announced on 17 February 2026")
    assert dates.find(background, "en").date is None


def test_an_interview_past_its_standfirst_is_dated_by_its_news_with_the_page_s_year():
    text = (
        "La cofondatrice d'Orvane vient de boucler un tour de table. Rencontre avec une dirigeante discrète. Il est "
        "7 heures, et elle a déjà relu trois contrats avec ses équipes de Lille. À 41 ans, elle parle de modèles, "
        "de clients et de recrutements sans jamais regarder son téléphone. Sa société, créée en 2022, vend ses "
        "modèles à douze groupes hospitaliers. Ses clients lui reprochent parfois sa prudence. Elle répond qu'un "
        "hôpital ne pardonne pas une erreur de transcription.\n\nLe 17 février, Orvane a annoncé une série B de 60 "
        "millions d'euros."
    )
    found = dates.find(text, "fr", page_years=[2026])
    assert found[:2] == (D(2026, 2, 17), "text+year from page") and "17 février" in found.evidence
    assert dates.find(text, "fr").date is None  # no year for the day and month: none is guessed
    assert dates.find(text.replace("2022", "2027"), "fr", page_years=[2026]).date is None  # a later year: history


def test_a_dispatch_dateline_with_a_short_month_is_one_sentence_and_the_news_date_wins():
    text = (
        "Dakar, 12 nov. 2026 (APS) - La start-up Teranga AI a nommé Awa Ndiaye directrice technique, a annoncé "
        "mercredi 11 novembre 2026 l'entreprise. Mme Ndiaye travaillait depuis 2021 chez Orange."
    )
    assert dates.find(text, "fr")[:2] == (D(2026, 11, 11), "text")


def test_a_feature_telling_its_news_past_the_lead_is_dated_by_that_sentence():
    text = (
        "Few people outside Nuvola AI know who decides how its assistant answers a hard question. Inside the company, "
        "many engineers will give you the same answer. For six years one researcher ran the team that tunes the "
        "models after training. Her colleagues describe her as quiet, precise and hard to impress in any meeting. "
        "The market for that skill has grown hotter than any other in the industry this past year. Rival labs have "
        "offered large packages to anyone with that experience, recruiters say. "
        "Last Monday, Ines Valmont told colleagues she was leaving to join Borealis Labs."
    )
    assert dates.find(text, "en", anchor=D(2026, 5, 13))[:2] == (D(2026, 5, 11), "text")  # a Wednesday page


def test_today_in_a_sentence_telling_no_event_is_a_state_not_the_news_day():
    text = (
        "Il y a dix ans, l'ouverture du laboratoire avait été vécue comme une consécration. L'ambiance y est "
        "aujourd'hui plus morose, selon plusieurs anciens chercheurs. C'est dans ce contexte qu'Ines Valmont a "
        "annoncé lundi à ses équipes qu'elle quittait Nuvola AI."
    )
    assert dates.find(text, "fr", anchor=D(2026, 10, 7))[:2] == (D(2026, 10, 5), "text")  # a Wednesday page


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Semaine du 2 au 6 novembre 2026 — les nominations. Ines Valmont rejoint Nuvola AI. L'annonce a été "
            "faite le mardi 3 novembre 2026 par la start-up.",
        ),
        (
            "en",
            "Week from 2 to 6 November 2026: the moves. Ines Valmont joins Nuvola AI. The start-up announced the "
            "hire on Tuesday 3 November 2026.",
        ),
    ],
)
def test_the_date_ending_a_span_is_not_the_day_of_the_news(lang, text):
    assert dates.find(text, lang).date == D(2026, 11, 3)


def test_tonight_s_news_past_the_lead_beats_an_earlier_day_the_live_blog_recalls():
    text = (
        "Bonjour et bienvenue dans ce direct. Les dernières informations arrivent. Nous suivons la crise heure par "
        "heure depuis ce matin tôt. Nos équipes sont mobilisées à Paris et à Londres pour vous informer. Restez "
        "avec nous pour les prochaines annonces importantes. Les réactions se multiplient dans le secteur entier. "
        "C'est officiel : Nuvola AI a annoncé cette nuit le retour d'Ines Valmont. L'annonce met fin à la crise "
        "ouverte par son licenciement surprise vendredi."
    )
    assert dates.find(text, "fr", anchor=D(2026, 10, 7)).date == D(2026, 10, 7)


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            'The chairman of Ortolan admitted the board had "got it wrong" as it reinstated the founder as chief '
            "executive on Friday 20 February.",
        ),
        ("en", "The chief executive acknowledged the company had erred, and rehired the founder on 20 February."),
        ("fr", "Le président a reconnu que le conseil avait eu tort en réintégrant le fondateur le 20 février."),
        ("fr", "La start-up a admis qu'elle avait sous-estimé la demande et a rouvert ses inscriptions le 20 février."),
    ],
)
def test_an_admission_in_the_past_perfect_leaves_the_news_its_date(lang, text):
    assert dates.find(text, lang, anchor=D(2026, 2, 21), page_years=[2026]).date == D(2026, 2, 20)


def test_a_day_a_past_perfect_clause_tells_is_still_background():
    found = dates.find("She had joined when the lab opened on 2 February.", "en", anchor=D(2026, 2, 21))
    assert found.date == D(2026, 2, 21) and found.basis == "page"
