"""Sources and authors from a page's furniture (issue 14, point 2): pages written for these tests from the kinds
of page ingest meets (a publisher's copyright under a masthead, footer rows, newsletters, syndicated wire copy)."""

from pathlib import Path

import pytest

from digest.ingest import lines, outlet_mentions, outlets, pipeline

LEAD_EN = (
    "Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its "
    "team of engineers by the end of the year.\n"
)
LEAD_FR = (
    "La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français pour doubler son équipe "
    "d'ingénieurs d'ici la fin de l'année, a-t-elle annoncé mardi.\n"
)


def test_a_publishers_copyright_yields_to_the_masthead_it_shares_a_name_with():
    page = lines.read(
        "THE HARBOUR GAZETTE\nNews  Sport  Money  Tech\nTECH\n"
        "Nexalis raises 12 million euros for its language models\nBy Ann Lee\n"
        + LEAD_EN
        + "© Harbour Newspapers Ltd 2026\n",
        "en",
    )
    assert page.source == "The Harbour Gazette"
    staff = lines.read(
        "WKBN 4 NEWS\nWeather  Traffic  Local News\nNexalis raises 12 million euros for its models\n"
        "By Ann Lee and WKBN Digital Staff\n" + LEAD_EN,
        "en",
    )
    assert staff.source == "Wkbn 4 News" and staff.authors == ["Ann Lee"]


def test_a_copyright_line_confirms_the_masthead_over_a_section_the_menu_repeats():
    page = lines.read(
        "Quillwire\nMarkets  Policy  AI x Robots  Learn\nAI x Robots\n"
        "Nexalis raises 12 million euros for its language models\n"
        + LEAD_EN
        + "More from AI x Robots\n© 2026 Quillwire. All rights reserved.\n",
        "en",
    )
    assert page.source == "Quillwire"
    shouted = lines.read(
        "LE VEILLEUR\nSport\nTech & Numérique\nTech & Numérique\n"
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\n"
        + LEAD_FR
        + "Tous les articles Tech & Numérique\n© Le Veilleur – Tous droits réservés\n",
        "fr",
    )
    assert shouted.source == "Le Veilleur"


def test_a_copyright_in_a_footer_row_names_the_outlet_a_photo_credit_never_does():
    page = lines.read(
        "FLASH INFO\nNexalis lève 12 millions d'euros pour ses modèles de langage\n"
        "L'équipe de Nexalis dans ses locaux lyonnais. © Agence Photo Sud\n"
        + LEAD_FR
        + "À propos | Publicité | Contact | © Le Veilleur de Dakar – Tous droits réservés\n",
        "fr",
    )
    assert page.source == "Le Veilleur de Dakar"
    caption_only = lines.read(
        "Nexalis lève 12 millions d'euros pour ses modèles de langage\n"
        + LEAD_FR
        + "L'équipe de Nexalis dans ses locaux lyonnais. © Agence Photo Sud\n"
        + LEAD_FR,
        "fr",
    )
    assert caption_only.source is None
    forum = lines.read(
        "Forum Octets\nNexalis lève 12 millions d'euros\n"
        + LEAD_FR
        + "Powered by Boardware® Forum Software © Boardware Limited\n",
        "fr",
    )
    assert forum.source != "Boardware"


def test_a_newsletter_is_named_by_its_masthead_or_sender_never_by_its_writer():
    letter = lines.read(
        "La Lettre du Numérique\nS'abonner\nNexalis lève 12 millions d'euros, et c'est une bonne "
        "nouvelle\nJeanne Martin\n8 min de lecture\n" + LEAD_FR + "© 2026 Jeanne Martin\n",
        "fr",
    )
    assert letter.source == "La Lettre du Numérique" and letter.authors == ["Jeanne Martin"]
    forwarded = lines.read(
        "Begin forwarded message:\n> From: The Circuit Brief <news@circuitbrief.example>\n"
        "> Subject: Nexalis raises 12 million euros\nHi all,\n" + LEAD_EN,
        "en",
    )
    assert forwarded.source == "The Circuit Brief"
    person = lines.read("> From: Ann Lee <ann@example.org>\nNexalis raises 12 million euros\n" + LEAD_EN, "en")
    assert person.source is None


def test_wire_credits_of_many_shapes_and_an_author_box_name_the_outlet():
    assert lines.read("Nexalis raises 12 million euros\nMay 24 (Reuters) - " + LEAD_EN, "en").source == "Reuters"
    portal = lines.read("Actu+\nActualités\nFourni par AFP\nNexalis lève 12 millions d'euros\nAFP\n" + LEAD_FR, "fr")
    assert portal.source == "AFP"
    assert outlets.source_line("Extrait de la transcription") is None  # a label, not an outlet
    box = lines.read(
        "Nexalis raises 12 million euros for its models\nBy Dana Whitcomb\n"
        + LEAD_EN
        + "Dana Whitcomb covers European start-ups for The Tidewater Post. Send tips to dana@example.org.\n",
        "en",
    )
    assert box.source == "The Tidewater Post" and box.authors == ["Dana Whitcomb"]


@pytest.mark.parametrize(
    "line, holder",
    [
        ("RTBI © 2025 — Radio-Télévision Belge Internationale", "RTBI"),
        ("Copyright © 2026 Southern Cross Media Pty Ltd", "Southern Cross"),
        ("© Le Courrier des Monts 2025", "Le Courrier des Monts"),
        ("L'Écho des Îles – Tous droits réservés", "L'Écho des Îles"),
    ],
)
def test_copyright_holders(line, holder):
    assert outlets.copyright_holder(line) == holder


def test_a_date_line_left_among_the_header_furniture_dates_the_entry(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wire.txt").write_text(
        "StackPost\nNews   Funding   AI\nNexalis raises 12 million euros for its models\n"
        "By Marcus Ellery\nMar. 4, 2026 5:02 a.m. ET\nShare   Post   Email\n"
        + LEAD_EN
        + "The funds will pay for engineers in Lyon and Warsaw, the company added.\n",
        encoding="utf-8",
    )
    (inbox / "regional.txt").write_text(
        "Nexalis lève 12 millions d'euros pour ses modèles\nPar Awa Ndiaye\n"
        "Publié le 11/03 à 18h30 - Mis à jour le 11/03 à 21h05\n"
        + LEAD_FR
        + "© Le Phare du Midi 2026 - Tous droits réservés\n",
        encoding="utf-8",
    )
    results = {Path(r.input).stem: r for r in pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")}
    assert (str(results["wire"].meta["date"]), results["wire"].date_basis) == ("2026-03-03", "text")  # "on Tuesday"
    assert str(results["regional"].meta["date"]) == "2026-03-10"  # "mardi" before Wednesday 11 March 2026


def test_a_shows_hosts_are_its_authors_never_people_of_the_story(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "podcast.txt").write_text(
        "Signal Hour\nEpisode 41: how Nexalis raised 12 million euros\n"
        "Our hosts Ifeoma Adebayo-Clarke and Tomasz Wrzesniewski ask Agathe Morel how Nexalis, the Lyon start-up she "
        "founded, raised 12 million euros from French funds.\n" + LEAD_EN,
        encoding="utf-8",
    )
    result = pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")[0]
    assert result.meta["authors"] == ["Ifeoma Adebayo-Clarke", "Tomasz Wrzesniewski"]
    assert "agathe-morel" in result.meta["people"]
    assert not {"ifeoma-adebayo-clarke", "tomasz-wrzesniewski"} & set(result.meta["people"])
    station = lines.read(
        "Nexalis lève 12 millions d'euros\nAu micro de France Inter, Agathe Morel a détaillé la "
        "levée de fonds de Nexalis auprès de fonds français.\n",
        "fr",
    )
    assert station.authors == []


def test_a_name_beside_the_byline_s_date_or_job_title_is_an_author_whatever_its_first_name():
    page = lines.read(
        "The Savanna Ledger\nNexalis raises 12 million euros for its language models\n"
        "Chukwuemeka Obiakor-Eze\nStartups Reporter\n" + LEAD_EN,
        "en",
    )
    assert page.authors == ["Chukwuemeka Obiakor-Eze"]
    dated = lines.read(
        "The Savanna Ledger\nNexalis raises 12 million euros for its language models\n"
        "Wairimu Ndegwa-Oketch\nNovember 19, 2025 · 4 min read\n" + LEAD_EN,
        "en",
    )
    assert dated.authors == ["Wairimu Ndegwa-Oketch"]
    section = lines.read(
        "The Savanna Ledger\nNexalis raises 12 million euros for its language models\nStartup Funding\n" + LEAD_EN, "en"
    )
    assert section.authors == []  # no date line or job title beside it: a section label


def test_a_letters_sign_off_and_a_surnames_initial_are_the_authors():
    letter = lines.read(
        "Savanna Dispatch\nNexalis raises 12 million euros\n"
        + LEAD_EN
        + "That's it for this week. Hit reply and tell us what we missed.\n"
        "— Njeri Wambugu-Otieno, editor\n",
        "en",
    )
    assert letter.authors == ["Njeri Wambugu-Otieno"]
    quote = lines.read(
        "Nexalis raises 12 million euros\n" + LEAD_EN + "“We hire in Lyon first.”\n— Agathe Morel\n", "en"
    )
    assert quote.authors == []  # a quote's attribution, not a signature
    assert lines.read("Nexalis lève 12 millions d'euros\nPar Nassim B.\n" + LEAD_FR, "fr").authors == ["Nassim B."]


@pytest.mark.parametrize(
    "line, authors, outlet",
    [
        ("Written by Meera Rao | Edited by Tomasz Wrzesniewski", ["Meera Rao", "Tomasz Wrzesniewski"], None),
        ("(Ifeoma Adebayo reporting in Lagos, Editing by Lars Holm)", ["Ifeoma Adebayo", "Lars Holm"], None),
        ("By business reporter Siobhan O'Kane-Reyes", ["Siobhan O'Kane-Reyes"], None),
        (
            "Le Phare du Midi - 12 mars 2026 - Par Awa Ndiaye et Luc Moreau",
            ["Awa Ndiaye", "Luc Moreau"],
            "Le Phare du Midi",
        ),
        ("The Savanna Ledger (Wairimu Ndegwa)", ["Wairimu Ndegwa"], "The Savanna Ledger"),
        ("By ROSS HALL and KAY BRANN Tidewater Wire", ["Ross Hall", "Kay Brann"], "Tidewater Wire"),
        ("Chukwuemeka Obiakor, Markets Editor", ["Chukwuemeka Obiakor"], None),
        ("La rédaction/Le Veilleur", [], "Le Veilleur"),
        ("By Ann Lee, Ph.D.", ["Ann Lee"], None),
    ],
)
def test_bylines_of_mainstream_shapes(line, authors, outlet):
    from digest.ingest import bylines

    assert bylines.byline(line) == (authors, outlet)


def test_a_portraits_caption_and_a_masthead_are_no_bylines():
    from digest.ingest import bylines

    assert bylines.byline("Agathe Morel (Nexalis)") is None  # a caption naming the company, not the outlet
    assert not bylines.names_only("Harbour Post") and not bylines.names_only("Radio Hexagone")
    row = lines.read(
        "Nexalis raises 12 million euros for its models\nNexalis bets on small models — Harbour Post · "
        "20 hours ago\nBy Ann Lee\n" + LEAD_EN,
        "en",
    )
    assert row.authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "line, name",
    [
        ("TOKYO, March 31 (Kanto Press)--" + LEAD_EN, "Kanto Press"),
        ("Lagos, May 4, 2026 (AP) — " + LEAD_EN, "The Associated Press"),
        ("CHICAGO, May 2, 2026 /PR Relay/ -- " + LEAD_EN, "PR Relay"),
        ("/Portal News/ -- LYON, France, March 3, 2026 (NORTHWIRE NEWS) -- " + LEAD_EN, "Northwire News"),
        ("Sam Altman (OpenAI) - " + LEAD_EN, None),
        ("Lyon (Rhône) - " + LEAD_FR, None),
    ],
)
def test_wire_datelines_of_many_shapes(line, name):
    assert outlets.wire(line) == name


def test_a_syndication_footer_names_the_outlet_a_date_never_does():
    page = lines.read(
        "Nexalis raises 12 million euros for its models\n"
        + LEAD_EN
        + "This report by The Tidewater Wire was first published March 3, 2026.\n",
        "en",
    )
    assert page.source == "The Tidewater Wire"
    footer = "Cet article a initialement été publié par Le Phare du Midi."
    assert outlets.source_line(footer) == ("Le Phare du Midi", None)
    assert outlets.source_line("First published on March 3") is None


def test_a_byline_over_two_lines_names_the_author_and_the_outlet():
    role = lines.read(
        "Nexalis raises 12 million euros for its models\n3 March 2026\nBy Ann Lee\n"
        "Tidewater correspondent\n"
        + LEAD_EN
        + LEAD_EN
        + "Tidewater journalists around the globe break news on start-ups and their investors.\n",
        "en",
    )
    assert (role.source, role.authors) == ("Tidewater", ["Ann Lee"])
    beat = lines.read(
        "News  Technology  Business  Sport\nNexalis raises 12 million euros for its models\n"
        "3 March 2026\nBy Ann Lee\nTechnology correspondent\n" + LEAD_EN + LEAD_EN,
        "en",
    )
    assert (beat.source, beat.authors) == (None, ["Ann Lee"])  # a beat the menu names, not an outlet
    pair = lines.read(
        "L'annonce de la levée a surpris les investisseurs lyonnais, qui attendaient un tour plus "
        "modeste.\nAwa Ndiaye\nLe Phare\n" + LEAD_FR + LEAD_FR,
        "fr",
    )
    assert (pair.source, pair.authors) == ("Le Phare", ["Awa Ndiaye"])
    assert "Le Phare" not in [line.text for line in pair.lines if line.kind in lines.KEPT]
    title = lines.read(
        "Nexalis raises 12 million euros for its models\nAnn Lee\nChief Executive Officer\n" + LEAD_EN, "en"
    )
    assert title.source != "Chief Executive Officer"


def test_a_name_between_the_standfirst_and_a_datelined_lead_is_the_author():
    page = lines.read(
        "Nexalis Raises 12 Million Euros for Its Language Models\n"
        "The Lyon start-up wants to double its team of engineers by the end of the year.\n"
        "Oyelaran Babatunde\n\nLYON, March 3, 2026 – " + LEAD_EN + LEAD_EN,
        "en",
    )
    assert page.authors == ["Oyelaran Babatunde"]


def test_the_sites_name_after_a_skip_link_is_its_masthead():
    page = lines.read(
        "Skip to main content\nThe Harbour Gazette\nNews  Sport  Money  Tech\n"
        "Nexalis raises 12 million euros for its language models\nBy Ann Lee\n" + LEAD_EN,
        "en",
    )
    assert page.source == "The Harbour Gazette"
    assert lines.read("Scroll Top\nNexalis raises 12 million euros for its models\n" + LEAD_EN, "en").source is None


def test_the_sites_newsletter_prompt_names_the_outlet_our_newsletter_does_not():
    page = lines.read(
        "Nexalis raises 12 million euros for its models\n"
        + LEAD_EN
        + "Sign up for The Tidewater Post's daily newsletter to get the news first.\n",
        "en",
    )
    assert page.source == "The Tidewater Post"
    assert outlet_mentions.promoted("Inscrivez-vous à la newsletter du Courrier des Monts") == "Le Courrier des Monts"
    assert outlet_mentions.promoted("Sign up for our newsletter") is None


def test_the_pages_address_names_the_outlet_only_as_its_furniture_writes_it():
    page = lines.read(
        "Nexalis raises 12 million euros for its models\n"
        + LEAD_EN
        + "Source: https://www.harbourgazette.com/tech/nexalis\nMore from The Harbour Gazette\n",
        "en",
    )
    assert (page.source, page.source_url) == ("The Harbour Gazette", "https://www.harbourgazette.com/tech/nexalis")
    company = lines.read(
        "Nexalis raises 12 million euros for its models\n" + LEAD_EN + "Source: https://www.nexalis.com/news\n", "en"
    )
    assert company.source is None  # the article's company is no outlet: the page does not say


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ("Nexalis told the Tidewater Post on Tuesday that it would hire in Lyon.", "The Tidewater Post"),
        ("Contacté par Le Phare du Midi, Nexalis n'a pas répondu.", "Le Phare du Midi"),
        ("Sa fondatrice a confié au Veilleur qu'elle recrutait.", "Le Veilleur"),
        ("According to documents seen by The Tidewater Post, the round closed in May.", "The Tidewater Post"),
        ("Agathe Morel told Ann Lee that the round had closed.", None),  # a person told is no outlet
        ("Agathe Morel told Nexalis shareholders that the round had closed.", None),
    ],
)
def test_the_outlet_that_reported_names_itself_in_the_text(sentence, outlet):
    assert outlet_mentions.asked_by(sentence) == outlet


def test_a_name_in_a_row_of_page_details_is_the_author_whatever_its_first_name():
    page = lines.read(
        "Nexalis raises 12 million euros for its models\nOyelaran Babatunde · 09/03/2026 · 12:31\n" + LEAD_EN, "en"
    )
    assert page.authors == ["Oyelaran Babatunde"]
    outlet = lines.read(
        "Nexalis raises 12 million euros for its models\nHarbour Post · 09/03/2026 · 12:31\n" + LEAD_EN, "en"
    )
    assert outlet.authors == []


def test_an_author_box_under_the_article_names_the_author_and_the_outlet():
    page = lines.read(
        "Nexalis raises 12 million euros for its models\n"
        + LEAD_EN
        + LEAD_EN
        + "Oyelaran Babatunde is a senior reporter covering European start-ups for The Tidewater Post.\n",
        "en",
    )
    assert (page.source, page.authors) == ("The Tidewater Post", ["Oyelaran Babatunde"])
    french = lines.read(
        "Nexalis lève 12 millions d'euros\n" + LEAD_FR + LEAD_FR + "Jeanne Martin est journaliste au Phare du Midi.\n",
        "fr",
    )
    assert (french.source, french.authors) == ("Le Phare du Midi", ["Jeanne Martin"])


def test_the_first_key_point_under_the_headline_is_no_headline():
    page = lines.read(
        "Nexalis raises 12 million euros to double its engineering team in Lyon\n"
        "By business reporter Ann Lee\nPosted 3h ago\nKey points:\n"
        "Nexalis will use the money to double its engineering team in Lyon this year\n" + LEAD_EN,
        "en",
    )
    assert page.title.text.startswith("Nexalis raises") and page.authors == ["Ann Lee"]
