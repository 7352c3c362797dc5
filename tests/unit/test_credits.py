"""Sources and authors from a page's furniture (issue 14, point 2): pages written for these tests from the kinds
of page ingest meets (a publisher's copyright under a masthead, footer rows, newsletters, syndicated wire copy)."""

from pathlib import Path

import pytest

from digest.ingest import lines, outlets, pipeline

LEAD_EN = ("Nexalis, a Lyon start-up, said on Tuesday it had raised 12 million euros from French funds to double its "
           "team of engineers by the end of the year.\n")
LEAD_FR = ("La start-up lyonnaise Nexalis a levé 12 millions d'euros auprès de fonds français pour doubler son équipe "
           "d'ingénieurs d'ici la fin de l'année, a-t-elle annoncé mardi.\n")


def test_a_publishers_copyright_yields_to_the_masthead_it_shares_a_name_with():
    page = lines.read("THE HARBOUR GAZETTE\nNews  Sport  Money  Tech\nTECH\n"
                      "Nexalis raises 12 million euros for its language models\nBy Ann Lee\n" + LEAD_EN +
                      "© Harbour Newspapers Ltd 2026\n", "en")
    assert page.source == "The Harbour Gazette"
    staff = lines.read("WKBN 4 NEWS\nWeather  Traffic  Local News\nNexalis raises 12 million euros for its models\n"
                       "By Ann Lee and WKBN Digital Staff\n" + LEAD_EN, "en")
    assert staff.source == "Wkbn 4 News" and staff.authors == ["Ann Lee"]


def test_a_copyright_line_confirms_the_masthead_over_a_section_the_menu_repeats():
    page = lines.read("Quillwire\nMarkets  Policy  AI x Robots  Learn\nAI x Robots\n"
                      "Nexalis raises 12 million euros for its language models\n" + LEAD_EN +
                      "More from AI x Robots\n© 2026 Quillwire. All rights reserved.\n", "en")
    assert page.source == "Quillwire"
    shouted = lines.read("LE VEILLEUR\nSport\nTech & Numérique\nTech & Numérique\n"
                         "Nexalis lève 12 millions d'euros pour ses modèles de langage\n" + LEAD_FR +
                         "Tous les articles Tech & Numérique\n© Le Veilleur – Tous droits réservés\n", "fr")
    assert shouted.source == "Le Veilleur"


def test_a_copyright_in_a_footer_row_names_the_outlet_a_photo_credit_never_does():
    page = lines.read("FLASH INFO\nNexalis lève 12 millions d'euros pour ses modèles de langage\n"
                      "L'équipe de Nexalis dans ses locaux lyonnais. © Agence Photo Sud\n" + LEAD_FR +
                      "À propos | Publicité | Contact | © Le Veilleur de Dakar – Tous droits réservés\n", "fr")
    assert page.source == "Le Veilleur de Dakar"
    caption_only = lines.read("Nexalis lève 12 millions d'euros pour ses modèles de langage\n" + LEAD_FR +
                              "L'équipe de Nexalis dans ses locaux lyonnais. © Agence Photo Sud\n" + LEAD_FR, "fr")
    assert caption_only.source is None
    forum = lines.read("Forum Octets\nNexalis lève 12 millions d'euros\n" + LEAD_FR +
                       "Powered by Boardware® Forum Software © Boardware Limited\n", "fr")
    assert forum.source != "Boardware"


def test_a_newsletter_is_named_by_its_masthead_or_sender_never_by_its_writer():
    letter = lines.read("La Lettre du Numérique\nS'abonner\nNexalis lève 12 millions d'euros, et c'est une bonne "
                        "nouvelle\nJeanne Martin\n8 min de lecture\n" + LEAD_FR + "© 2026 Jeanne Martin\n", "fr")
    assert letter.source == "La Lettre du Numérique" and letter.authors == ["Jeanne Martin"]
    forwarded = lines.read("Begin forwarded message:\n> From: The Circuit Brief <news@circuitbrief.example>\n"
                           "> Subject: Nexalis raises 12 million euros\nHi all,\n" + LEAD_EN, "en")
    assert forwarded.source == "The Circuit Brief"
    person = lines.read("> From: Ann Lee <ann@example.org>\nNexalis raises 12 million euros\n" + LEAD_EN, "en")
    assert person.source is None


def test_wire_credits_of_many_shapes_and_an_author_box_name_the_outlet():
    assert lines.read("Nexalis raises 12 million euros\nMay 24 (Reuters) - " + LEAD_EN, "en").source == "Reuters"
    portal = lines.read("Actu+\nActualités\nFourni par AFP\nNexalis lève 12 millions d'euros\nAFP\n" + LEAD_FR, "fr")
    assert portal.source == "AFP"
    assert outlets.source_line("Extrait de la transcription") is None  # a label, not an outlet
    box = lines.read("Nexalis raises 12 million euros for its models\nBy Dana Whitcomb\n" + LEAD_EN +
                     "Dana Whitcomb covers European start-ups for The Tidewater Post. Send tips to dana@example.org.\n",
                     "en")
    assert box.source == "The Tidewater Post" and box.authors == ["Dana Whitcomb"]


@pytest.mark.parametrize("line, holder", [
    ("RTBI © 2025 — Radio-Télévision Belge Internationale", "RTBI"),
    ("Copyright © 2026 Southern Cross Media Pty Ltd", "Southern Cross"),
    ("© Le Courrier des Monts 2025", "Le Courrier des Monts"),
    ("L'Écho des Îles – Tous droits réservés", "L'Écho des Îles"),
])
def test_copyright_holders(line, holder):
    assert outlets.copyright_holder(line) == holder


def test_a_date_line_left_among_the_header_furniture_dates_the_entry(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wire.txt").write_text("StackPost\nNews   Funding   AI\nNexalis raises 12 million euros for its models\n"
                                    "By Marcus Ellery\nMar. 4, 2026 5:02 a.m. ET\nShare   Post   Email\n" + LEAD_EN +
                                    "The funds will pay for engineers in Lyon and Warsaw, the company added.\n",
                                    encoding="utf-8")
    (inbox / "regional.txt").write_text("Nexalis lève 12 millions d'euros pour ses modèles\nPar Awa Ndiaye\n"
                                        "Publié le 11/03 à 18h30 - Mis à jour le 11/03 à 21h05\n" + LEAD_FR +
                                        "© Le Phare du Midi 2026 - Tous droits réservés\n", encoding="utf-8")
    results = {Path(r.input).stem: r for r in pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")}
    assert (str(results["wire"].meta["date"]), results["wire"].date_basis) == ("2026-03-03", "text")  # "on Tuesday"
    assert str(results["regional"].meta["date"]) == "2026-03-10"  # "mardi" before Wednesday 11 March 2026


def test_a_shows_hosts_are_its_authors_never_people_of_the_story(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "podcast.txt").write_text(
        "Signal Hour\nEpisode 41: how Nexalis raised 12 million euros\n"
        "Our hosts Ifeoma Adebayo-Clarke and Tomasz Wrzesniewski ask Agathe Morel how Nexalis, the Lyon start-up she "
        "founded, raised 12 million euros from French funds.\n" + LEAD_EN, encoding="utf-8")
    result = pipeline.run(sorted(inbox.iterdir()), tmp_path / "content")[0]
    assert result.meta["authors"] == ["Ifeoma Adebayo-Clarke", "Tomasz Wrzesniewski"]
    assert "agathe-morel" in result.meta["people"]
    assert not {"ifeoma-adebayo-clarke", "tomasz-wrzesniewski"} & set(result.meta["people"])
    station = lines.read("Nexalis lève 12 millions d'euros\nAu micro de France Inter, Agathe Morel a détaillé la "
                         "levée de fonds de Nexalis auprès de fonds français.\n", "fr")
    assert station.authors == []


def test_a_name_beside_the_byline_s_date_or_job_title_is_an_author_whatever_its_first_name():
    page = lines.read("The Savanna Ledger\nNexalis raises 12 million euros for its language models\n"
                      "Chukwuemeka Obiakor-Eze\nStartups Reporter\n" + LEAD_EN, "en")
    assert page.authors == ["Chukwuemeka Obiakor-Eze"]
    dated = lines.read("The Savanna Ledger\nNexalis raises 12 million euros for its language models\n"
                       "Wairimu Ndegwa-Oketch\nNovember 19, 2025 · 4 min read\n" + LEAD_EN, "en")
    assert dated.authors == ["Wairimu Ndegwa-Oketch"]
    section = lines.read("The Savanna Ledger\nNexalis raises 12 million euros for its language models\n"
                         "Startup Funding\n" + LEAD_EN, "en")
    assert section.authors == []  # no date line or job title beside it: a section label


def test_a_letters_sign_off_and_a_surnames_initial_are_the_authors():
    letter = lines.read("Savanna Dispatch\nNexalis raises 12 million euros\n" + LEAD_EN +
                        "That's it for this week. Hit reply and tell us what we missed.\n"
                        "— Njeri Wambugu-Otieno, editor\n", "en")
    assert letter.authors == ["Njeri Wambugu-Otieno"]
    quote = lines.read("Nexalis raises 12 million euros\n" + LEAD_EN + "“We hire in Lyon first.”\n— Agathe Morel\n",
                       "en")
    assert quote.authors == []  # a quote's attribution, not a signature
    assert lines.read("Nexalis lève 12 millions d'euros\nPar Nassim B.\n" + LEAD_FR, "fr").authors == ["Nassim B."]
