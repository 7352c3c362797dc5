"""Documents inside pages and the furniture around them (issue 14), each on a short page written for these tests:
a memo an article publishes in full, a securities filing's cover and signature block, a social thread's counts and
replies, an aggregator's comment quoting the article, a newsletter's issue line, a release's closing blocks and a
magazine page hard-wrapped around a caption."""

from __future__ import annotations

from digest.ingest import lines

LEAD_EN = (
    "Harrow Lane, the Bristol start-up that sells forecasting software to grid operators, is losing its chief "
    "technology officer, Bertil Nakashima, to a large chipmaker, according to a memo sent to staff on Monday."
)
MEMO_EN = (
    "I wanted you to hear it from me before you read it anywhere else. Bertil has decided to move on at the end of "
    "the quarter, and he will help us find his successor over the coming weeks."
)
AFTER_EN = (
    "The departure comes three months after Harrow Lane raised a Series A from two London funds, and leaves the "
    "company without one of the engineers who wrote its first forecasting models."
)


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {line.text: line.kind for line in lines.read(text, lang).lines if line.text}


def test_a_memo_the_article_publishes_keeps_its_header_greeting_and_signature_not_the_pastes_own_mail():
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker, memo shows\n"
        "By Odile Brancourt\n"
        f"{LEAD_EN}\n"
        "Read the memo below:\n"
        "From: Saoirse Venn\n"
        "To: All staff\n"
        "Subject: Bertil\n"
        "Hi everyone,\n"
        f"{MEMO_EN}\n"
        "Saoirse\n"
        f"{AFTER_EN}\n",
        "en",
    )
    for line in ("From: Saoirse Venn", "To: All staff", "Subject: Bertil", "Hi everyone,", "Saoirse"):
        assert kinds[line] == lines.CONTENT, line
    assert kinds["Read the memo below:"] not in lines.KEPT
    # the headers of the e-mail the paste itself is stay furniture
    kinds = _kinds(
        "From: Grid Notes <letter@gridnotes.example>\n"
        "To: desk@example.org\n"
        "Subject: Issue 40 — Harrow Lane loses its CTO\n"
        "Hi everyone,\n"
        f"{LEAD_EN}\n"
        f"{AFTER_EN}\n",
        "en",
    )
    assert all(kinds[line] not in lines.KEPT for line in kinds if line.startswith(("From:", "To:", "Subject:")))


def test_a_securities_filings_cover_page_and_signature_block_go_and_its_items_stay():
    item = (
        'On March 2, 2026, Bertil Nakashima informed Harrow Lane Holdings, Inc. (the "Company") of his decision '
        "to resign as Chief Technology Officer, effective March 31, 2026."
    )
    kinds = _kinds(
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n"
        "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n"
        "HARROW LANE HOLDINGS, INC.\n(Exact name of registrant as specified in its charter)\n"
        "Check the appropriate box below if the filing is intended to satisfy the filing obligation of the "
        "registrant under any of the following provisions:\n"
        "☐ Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act\n"
        "Item 5.02 Departure of Directors or Certain Officers.\n"
        f"{item}\n"
        "SIGNATURES\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned hereunto duly authorized.\n"
        "By: /s/ Ines Garrow\n",
        "en",
    )
    assert kinds[item] == lines.CONTENT
    assert kinds["Item 5.02 Departure of Directors or Certain Officers."] in (lines.CONTENT, lines.HEADING, "title")
    for text, kind in kinds.items():
        if text.startswith(("Check the", "☐", "Pursuant to", "SIGNATURES", "By: /s/")):
            assert kind not in lines.KEPT, text


def test_a_threads_counts_show_more_button_and_replies_go():
    kinds = _kinds(
        "Mastodon\n"
        "Yannick Ferrelle\n@yferrelle@toot.example\nil y a 2 h\n"
        "1/3 Petit fil sur la levée de Quillard, la start-up lyonnaise qui planifie les gardes des hôpitaux : "
        "huit millions d'euros, menés par un fonds de Genève, pour s'installer en Suisse et en Belgique.\n"
        "7 boosts · 19 favoris\n"
        "2/3 Le plus intéressant, c'est le recrutement : Oriane Falkbeck, qui dirigeait un groupe de recherche "
        "chez un grand fournisseur de cloud, devient directrice scientifique de la société.\n"
        "4 boosts · 12 favoris\n"
        "Afficher plus de réponses\n"
        "@yferrelle@toot.example Tu sais combien de clients ils ont déjà en France ?\n"
        "Connectez-vous pour participer à la conversation\n",
        "fr",
    )
    for text in ("7 boosts · 19 favoris", "4 boosts · 12 favoris", "Afficher plus de réponses"):
        assert kinds[text] not in lines.KEPT, text
    assert kinds["@yferrelle@toot.example Tu sais combien de clients ils ont déjà en France ?"] not in lines.KEPT
    assert (
        _kinds("Thread\n" + LEAD_EN + "\n31 reposts 140 likes\nShow more replies\n", "en")["31 reposts 140 likes"]
        not in lines.KEPT
    )


def test_a_comments_signature_above_the_article_it_quotes_goes():
    kinds = _kinds(
        "Gridboard new | past | comments | submit\n"
        "Harrow Lane's CTO leaves for a chipmaker (gridnotes.example)\n"
        "1,088 points by voltage 3 hours ago | hide | 41 comments\n"
        "mirrorbot 3 hours ago | next [–]\n"
        "Text for those without a subscription:\n"
        f"{LEAD_EN}\n"
        f"{AFTER_EN}\n"
        "reply\n"
        "ohm_my 2 hours ago | prev | next [–]\n"
        "Grid forecasting is a small world, this will hurt them.\n"
        "reply\n"
        "phasor 1 hour ago | prev | next [–]\n"
        "They will hire someone from the utilities, they always do.\n",
        "en",
    )
    assert kinds["mirrorbot 3 hours ago | next [–]"] == "comment"
    assert kinds["Text for those without a subscription:"] == "comment"
    assert kinds["1,088 points by voltage 3 hours ago | hide | 41 comments"] not in lines.KEPT
    assert kinds[LEAD_EN] == lines.CONTENT


def test_a_newsletters_issue_line_under_its_headline_goes():
    kinds = _kinds(
        "Le Courrier des grilles\n"
        "Harrow Lane perd son directeur technique\n"
        "Numéro 40 · Un départ, une levée et mes lectures de la semaine\n"
        "Par Odile Brancourt\n"
        "La start-up de Bristol Harrow Lane, qui vend des logiciels de prévision aux gestionnaires de réseaux "
        "électriques, perd son directeur technique, parti chez un grand fabricant de puces.\n",
        "fr",
    )
    assert kinds["Numéro 40 · Un départ, une levée et mes lectures de la semaine"] not in lines.KEPT


def test_a_releases_listing_codes_phone_contacts_and_a_mails_confidentiality_footer_go():
    kinds = _kinds(
        "Quillard nomme une directrice scientifique\n"
        "La start-up lyonnaise Quillard, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé lundi "
        "l'arrivée d'Oriane Falkbeck, qui dirigeait un groupe de recherche chez un grand fournisseur de cloud.\n"
        "Quillard est cotée sur Euronext Growth – Code ISIN : FR0014009QX2 – Mnémonique : QLD\n"
        "Contacts\n"
        "Relations investisseurs : Anselme Broc – +33 4 72 10 20 30\n"
        "Relations presse : Agence Pivoine & Fils – Lucie Marnay – +33 6 11 22 33 44\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\n",
        "fr",
    )
    for text, kind in kinds.items():
        if text.startswith(("Quillard est cotée", "Relations", "Ce message")):
            assert kind not in lines.KEPT, text


def test_a_pull_quote_in_straight_quotes_repeating_the_article_goes():
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n"
        '"Forecasts are only as good as the grid they run on."\n'
        f"{AFTER_EN}\n"
        'Nakashima said he had grown restless. "Forecasts are only as good as the grid they run on," he said, '
        "adding that he wanted to work closer to the hardware.\n",
        "en",
    )
    assert kinds['"Forecasts are only as good as the grid they run on."'] == "caption"


def test_a_caption_copied_whole_into_a_hard_wrapped_page_does_not_swallow_the_next_paragraph():
    wrapped = (
        "For most of the past decade, Bertil\nNakashima's name appeared on the kind\nof papers that other "
        "engineers cite\nwithout reading. As a principal engin-\neer at a large chipmaker in Eindhoven,\nhe worked on "
        "the physics of how power\ngrids fail, the unglamorous theory\nunderneath the industry's products.\n"
    )
    page = lines.read(
        "Why a chipmaker's grid theorist joined a small Bristol start-up\n"
        "By Odile Brancourt\n"
        f"{wrapped}"
        "Bertil Nakashima at Harrow Lane's office in Bristol. Photograph: Tamsin Ogle for Grid Monthly\n"
        "His arrival coincides with a new round\nof funding led by two London funds,\nwhich closed in February, "
        "and with\nthe opening of an office in Leeds.\n",
        "en",
    )
    texts = {line.text: line.kind for line in page.lines if line.text}
    assert texts["Bertil Nakashima at Harrow Lane's office in Bristol. Photograph: Tamsin Ogle for Grid Monthly"] == (
        "caption"
    )
    assert texts["By Odile Brancourt"] == "byline"
    assert any(text.startswith("His arrival coincides") for text in texts)


def test_short_text_stranded_in_the_sidebar_after_the_article_goes():
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n{AFTER_EN}\n"
        "Downloads last month\n31,204\nModel size 2.1B params\nTensor type BF16\n"
        "Hosted versions NEW\n"
        "This forecaster is not served by any of the providers yet.\n"
        "Forecasters using this one\nPrivacy | Terms | About\n",
        "en",
    )
    assert kinds["Hosted versions NEW"] not in lines.KEPT
    assert kinds["This forecaster is not served by any of the providers yet."] not in lines.KEPT
    assert kinds[AFTER_EN] == lines.CONTENT


def test_a_videos_running_time_and_a_reports_credit_go_and_the_reporters_are_authors():
    page = lines.read(
        "Quillard lève huit millions d'euros pour planifier les gardes des hôpitaux\n"
        "Durée de la vidéo : 03min 05s\n"
        "Reportage de Manon Ortolan et Basile Ferrat\n"
        "La start-up lyonnaise Quillard, qui conçoit des logiciels de planification pour les hôpitaux, a annoncé lundi "
        "une levée de huit millions d'euros auprès d'un fonds genevois.\n"
        "Ses fondateurs veulent ouvrir des bureaux en Suisse et en Belgique d'ici la fin de l'année prochaine.\n",
        "fr",
    )
    kinds = {line.text: line.kind for line in page.lines if line.text}
    assert kinds["Durée de la vidéo : 03min 05s"] not in lines.KEPT
    assert kinds["Reportage de Manon Ortolan et Basile Ferrat"] == "byline"
    assert set(page.authors) == {"Manon Ortolan", "Basile Ferrat"}


def test_a_correspondents_byline_names_the_correspondent():
    from digest.ingest import bylines

    assert bylines.byline("De notre correspondant à Genève, PAUL VERNAZ") == (["Paul Vernaz"], None)


def test_a_permalink_line_goes_and_gives_the_pages_address():
    page = lines.read(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n"
        "Lien court : https://gridnotes.example/?p=4471\n"
        f"{AFTER_EN}\n",
        "en",
    )
    kinds = {line.text: line.kind for line in page.lines if line.text}
    assert kinds["Lien court : https://gridnotes.example/?p=4471"] not in lines.KEPT
    assert page.source_url == "https://gridnotes.example/?p=4471"


def test_a_prompts_own_pitch_goes_with_it_and_a_paragraph_glued_to_a_prompt_stays():
    pitch = "Get the week's grid and energy news delivered to your inbox. Sign up for Grid Notes"
    glued = (
        "Nakashima said the chipmaker had offered him a team of forty engineers and a free hand on the "
        "roadmap for its power products. Sign up for Grid Notes"
    )
    kinds = _kinds(f"Harrow Lane's technology chief leaves\n{LEAD_EN}\n{pitch}\n{AFTER_EN}\n{glued}\n", "en")
    assert not any(text.startswith("Get the week's") for text, kind in kinds.items() if kind in lines.KEPT)
    assert any(text.startswith("Nakashima said") and kind == lines.CONTENT for text, kind in kinds.items())


def test_readers_comments_signed_with_an_initial_and_recent_headlines_with_their_age_go():
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n{AFTER_EN}\n"
        "Recent articles\n"
        "Grid operators test battery forecasting in Wales (2 days ago)\n"
        "Comments\n"
        "Brenna T. : Sad to see him go, his talks were the best part of every meetup.\n",
        "en",
    )
    assert kinds["Grid operators test battery forecasting in Wales (2 days ago)"] not in lines.KEPT
    assert kinds["Brenna T. : Sad to see him go, his talks were the best part of every meetup."] not in lines.KEPT


def test_an_encyclopaedias_fact_box_goes_and_the_article_stays():
    kinds = _kinds(
        "Harrow Lane\n"
        "From Wikipedia-like encyclopaedia\n"
        f"{LEAD_EN}\n"
        "Type Private\n"
        "Founded March 2021; 5 years ago\n"
        "Headquarters Bristol, England\n"
        "Number of employees 64 (2026)\n"
        "Website harrowlane.example\n"
        f"{AFTER_EN}\n",
        "en",
    )
    for row in ("Founded March 2021; 5 years ago", "Headquarters Bristol, England", "Number of employees 64 (2026)"):
        assert kinds[row] not in lines.KEPT, row
    assert kinds[AFTER_EN] == lines.CONTENT


def test_a_pull_quote_of_two_sentences_found_around_its_attribution_goes():
    pull = "“Grids don't need a chatbot. They need a forecast that knows the weather and the tariffs.”"
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n{pull}\n{AFTER_EN}\n"
        "“Grids don't need a chatbot,” Nakashima told us last year. “They need a forecast that knows the weather "
        "and the tariffs.” He said the chipmaker would let him build that into its hardware.\n",
        "en",
    )
    assert kinds[pull] == "caption"


def test_membership_and_coverage_prompts_and_sponsored_labels_go_and_a_board_member_stays():
    board = (
        "Nakashima will also become a member of the chipmaker's technical advisory board, the company said in a "
        "statement on Monday."
    )
    kinds = _kinds(
        "Harrow Lane's technology chief leaves for a chipmaker\n"
        f"{LEAD_EN}\n{board}\n"
        "Sponsored: How to plan a grid upgrade - download the guide\n"
        f"{AFTER_EN}\n"
        "Grid Notes is reader-supported. Become a member.\n"
        "Follow our coverage of the energy transition at https://gridnotes.example/energy\n"
        "(Catch all the Energy News and Latest Updates on Grid Notes.)\n",
        "en",
    )
    assert kinds[board] == lines.CONTENT
    for text in (
        "Sponsored: How to plan a grid upgrade - download the guide",
        "Grid Notes is reader-supported. Become a member.",
        "Follow our coverage of the energy transition at https://gridnotes.example/energy",
        "(Catch all the Energy News and Latest Updates on Grid Notes.)",
    ):
        assert kinds[text] not in lines.KEPT, text
