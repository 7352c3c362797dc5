"""Headlines an aggregator's, a brief's and an encyclopaedia's page give (issue 14: "a title is a headline"): a
label over the page's date ("Story first seen: <date> · N sources") is a date line, never the headline; a word or
two in sentence case under a shouted section label, or naming the lead's subject however short its name, is the
brief's headline; "Name (kind)" over a lead that opens with the name is an encyclopaedia's title, and its notes
about homonyms and its references are furniture."""

from __future__ import annotations

import pytest

from digest.ingest import lines

SUMMARY_EN = (
    "Summary: Lagos-based Ewa Robotics, founded by Dr Kemi Adeyemi-Cole, released its Tàkà arm on 2 April 2026, a "
    "low-cost robot for small workshops, with its designs published online."
)
SUMMARY_FR = (
    "Résumé : la start-up grenobloise Névé Systèmes, fondée par Inès Badji-Morel, a présenté le 4 avril 2026 son "
    "capteur de neige connecté, destiné aux stations de moyenne montagne."
)


@pytest.mark.parametrize(
    ("lang", "headline", "details", "summary"),
    [
        (
            "en",
            "Ewa Robotics unveils a low-cost arm for small workshops",
            "First reported: 2 April 2026 · 11 outlets",
            SUMMARY_EN,
        ),
        (
            "en",
            "Ewa Robotics unveils a low-cost arm for small workshops",
            "Tracked since: 2 April 2026 at 10:12 · 14 sources",
            SUMMARY_EN,
        ),
        (
            "fr",
            "Névé Systèmes présente un capteur de neige connecté",
            "Première parution : 4 avril 2026 · 9 sources",
            SUMMARY_FR,
        ),
        (
            "fr",
            "Névé Systèmes présente un capteur de neige connecté",
            "En une depuis : 5 avril 2026 · 6 médias",
            SUMMARY_FR,
        ),
    ],
)
def test_a_label_over_the_page_s_date_is_a_date_line_not_the_headline(lang, headline, details, summary):
    text = f"Feedly Nova\nTop   World   Tech   Search\nTECH · AFRICA\n{headline}\n{details}\n{summary}\n"
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline
    assert next(line for line in page.lines if line.text == details).kind == "dateline"


def test_a_dated_fact_in_a_list_of_the_article_stays_text():
    text = (
        "Nomination\nAcme nomme Jeanne Roy directrice financière\n"
        "Le groupe Acme a nommé Jeanne Roy directrice financière, a-t-il annoncé lundi dans un communiqué.\n"
        "• Prise de poste : 7 mai 2026\n• Rattachement : le directeur général\n"
        "Elle succède à Paul Lenoir, parti à la retraite après vingt ans au sein du groupe.\n"
    )
    page = lines.read(text, "fr")
    assert next(line for line in page.lines if line.text.startswith("• Prise")).kind == "content"


LEAD_FR = (
    "Beyrouth, le 9 avril 2026 – Le directeur technique de la société lyonnaise Orbe, Samir Haddad-Nour, a quitté ses "
    "fonctions, a annoncé l'entreprise jeudi dans un communiqué.\nIl avait rejoint la start-up en 2021.\n"
)
LEAD_EN = (
    "The chief technology officer of Orbe, Samir Haddad-Nour, has left the company, the Lyon start-up said on "
    "Thursday in a statement.\nHe had joined the start-up in 2021.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "headline"),
    [
        ("fr", "Le Courrier du Rhône\nLyon | Région | Monde | Économie\nÉCONOMIE\nDépart\n" + LEAD_FR, "Départ"),
        ("fr", "La Gazette de Savoie\nTECH\nRupture\n" + LEAD_FR + "© La Gazette de Savoie 2026", "Rupture"),
        ("en", "The Lyon Ledger\nNews | Business | Tech | Sport\nBUSINESS\nExit\n" + LEAD_EN, "Exit"),
        ("en", "The Lyon Ledger\nSTARTUPS\nQuiet exit\n" + LEAD_EN + "© 2026 The Lyon Ledger", "Quiet exit"),
        (
            "fr",
            "Le Courrier du Rhône\nLyon | Région | Monde\nÉCONOMIE\nDépart\nPar Jeanne Moreau\n"
            "Publié le 9 avril 2026 à 10h12\n" + LEAD_FR,
            "Départ",
        ),
        (
            "en",
            "The Lyon Ledger\nBUSINESS · STARTUPS\nExit\nBy Sam Reed | April 9, 2026\n"
            + LEAD_EN
            + "© 2026 The Lyon Ledger",
            "Exit",
        ),
    ],
)
def test_a_word_or_two_under_a_shouted_section_label_is_the_brief_s_headline(lang, text, headline):
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline


@pytest.mark.parametrize(
    ("lang", "text", "headline"),
    [
        (
            "en",
            "Savanna Tech Weekly\nHome   Startups   Telecoms   Fintech   Events\nMeet Zu\n"
            "Two engineers have set up on their own.\nZu Labs, which went public with its plans on Thursday, builds "
            "voice assistants for small shops.\n",
            "Meet Zu",
        ),
        (
            "en",
            "Savanna Tech Weekly\nHome   Startups   Telecoms   Fintech   Events\nHello Oyo\n"
            "Three former bankers are back with a new company.\nOyo, which opened its doors in Accra this week, "
            "lends to market traders.\n",
            "Hello Oyo",
        ),
        (
            "fr",
            "L'Écho de l'Océan Indien\nActu   Éco   Sport   Météo\nVoici Kaz\n"
            "Deux ingénieurs formés à Paris reviennent au pays pour lancer leur propre entreprise.\n"
            "Kaz, qui a présenté son projet jeudi à Saint-Denis, gère les "
            "locations saisonnières des particuliers.\n© 2026 L'Écho de l'Océan Indien",
            "Voici Kaz",
        ),
        (
            "fr",
            "L'Écho de l'Océan Indien\nActu   Éco   Sport   Météo\nBienvenue Pli\n"
            "Deux anciennes de Doctolib lancent leur société pour alléger le travail des médecins.\n"
            "La société Pli, fondée l'an dernier à Paris, écrit les comptes "
            "rendus des médecins.\n© 2026 L'Écho de l'Océan Indien",
            "Bienvenue Pli",
        ),
    ],
)
def test_a_two_word_headline_naming_the_lead_s_subject_however_short(lang, text, headline):
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == headline


def test_a_label_whose_word_the_lead_also_writes_in_lower_case_is_no_headline():
    text = (
        "Savanna Daily\nHome   Startups   Telecoms   Fintech   Events\nBig Day\n"
        "Big banks are hiring again in Nairobi, and big firms expect a busy year, analysts said on Monday.\n"
        "Recruiters reported a rise in offers for engineers.\n© 2026 Savanna Daily"
    )
    assert lines.read(text, "en").title is None


def _wiki(title: str, hatnote: str, lead: str, heading: str, refs: list[str], site: str) -> str:
    return "\n".join(
        [
            "Aller à la navigation\tAller à la recherche",
            site,
            "Article   Discussion   Lire   Modifier   Historique",
            title,
            hatnote,
            lead,
            "Historique",
            "L'entreprise lève deux millions d'euros en 2025 auprès de fonds français, puis ouvre un bureau à Lyon.",
            heading,
            *refs,
            "La dernière modification de cette page a été faite le 4 mars 2026 à 18:12.",
        ]
    )


WIKIS = [
    (
        "fr",
        _wiki(
            "Orbe (entreprise)",
            "Pour les articles homonymes, voir Orbe.",
            "Orbe est une jeune entreprise française qui conçoit des capteurs pour les vignobles.",
            "Références",
            ["↑ a et b « Orbe lève deux millions », La Tribune, 3 février 2026.", "↑ « Orbe ouvre à Lyon », 2025."],
            "Encyclopédie libre",
        ),
        "Orbe (entreprise)",
    ),
    (
        "fr",
        _wiki(
            "Halden Santé (logiciel)",
            "Ne pas confondre avec Halden, une commune de Norvège.",
            "Halden Santé est un logiciel de prise de notes pour les médecins généralistes.",
            "Notes et références",
            ["↑ « Halden Santé séduit les médecins », Les Échos, 2 mars 2026.", "↑ Communiqué, 1er mars 2026."],
            "Wiki ouvert",
        ),
        "Halden Santé (logiciel)",
    ),
    (
        "en",
        _wiki(
            "Kestrel (company)",
            "For other uses, see Kestrel (disambiguation).",
            "Kestrel is a British start-up that builds warehouse robots for small retailers.",
            "References",
            ['↑ a b "Kestrel raises £4m", The Register, 3 February 2026.', '^ "Kestrel opens in Leeds", 2025.'],
            "Open encyclopedia",
        ),
        "Kestrel (company)",
    ),
    (
        "en",
        _wiki(
            "Mira Okafor (entrepreneur)",
            '"Okafor" redirects here. For the surname, see Okafor (surname).',
            "Mira Okafor is a Nigerian engineer who founded the payments start-up Kobo Rails in 2024.",
            "References",
            ['↑ "Kobo Rails goes live", TechCabal, 2 March 2026.', '↑ "Okafor\'s second act", 2025.'],
            "Open encyclopedia",
        ),
        "Mira Okafor (entrepreneur)",
    ),
    (
        "fr",
        _wiki(
            "Tisseo",
            "Pour les articles homonymes, voir Tisseo (homonymie).",
            "Tisseo est une entreprise française qui fabrique des métiers à tisser connectés pour les ateliers.",
            "Notes",
            ["[1] « Tisseo relance le tissage lyonnais », Le Progrès, 3 février 2026.", "1. ↑ Communiqué, 2025."],
            "Encyclopédie libre",
        ),
        "Tisseo",
    ),
    (
        "en",
        _wiki(
            "Zephyr Labs",
            "Not to be confused with Zephyr Systems.",
            "Zephyr Labs is a Danish company that designs small wind turbines for farms.",
            "References",
            ['[1] "Zephyr Labs raises €3m", Børsen, 3 February 2026.', '[2] "Zephyr opens in Aarhus", 2025.'],
            "Open encyclopedia",
        ),
        "Zephyr Labs",
    ),
]


@pytest.mark.parametrize(("lang", "text", "title"), WIKIS)
def test_an_encyclopaedia_s_title_its_notes_and_its_references(lang, text, title):
    """The site's name is the page's first line, over the wiki's tabs."""
    page = lines.read(text, lang)
    assert page.title is not None and page.title.text == title
    kept = [line.text for line in page.lines if line.kept]
    assert not any(
        text.startswith(("↑", "^", "[", "1.", "Pour les", "Ne pas", "For other", "Not to", '"Okafor"')) for text in kept
    )
    assert page.source == text.split("\n")[1]


@pytest.mark.parametrize(
    ("lang", "tagline", "site"),
    [
        ("en", "From Openpedia, the free encyclopedia", "Openpedia"),
        ("en", "From Wikinews Commons, an open encyclopedia", "Wikinews Commons"),
        ("fr", "Un article de Wikimonde, l'encyclopédie libre.", "Wikimonde"),
        ("fr", "De Savoirpédia, l'encyclopédie en ligne", "Savoirpédia"),
    ],
)
def test_an_encyclopaedia_s_tagline_under_the_title_names_the_site(lang, tagline, site):
    lead = (
        "Kestrel is a British start-up that builds warehouse robots for small retailers."
        if lang == "en"
        else "Kestrel est une jeune entreprise britannique qui construit des robots d'entrepôt."
    )
    text = (
        "Jump to navigation\nMain page   Contents   Random article   About\nKestrel (company)\n"
        f"{tagline}\n{lead}\nHistory\nThe company raised four million pounds in 2025, then opened an office in Leeds.\n"
        "This page was last edited on 4 March 2026, at 18:12."
    )
    page = lines.read(text, lang)
    assert page.source == site
    assert not next(line for line in page.lines if line.text == tagline).kept
