"""A round told in the passive, the company it went to after a preposition ("A $12 million round was led in Acme by
Fund", "Un tour de table de 8 millions d'euros a été mené dans Acme par Fonds"): the round is Acme's, not the
investor's."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The start-up Mosslight makes software. A $12 million round was led in Mosslight by Balderton Capital."),
        ("en", "The start-up Mosslight makes software. A $12 million round has been closed in Mosslight."),
        (
            "fr",
            "La start-up Mosslight édite un logiciel. Un tour de table de 8 millions d'euros a été mené dans "
            "Mosslight par Serena.",
        ),
        (
            "fr",
            "La start-up Mosslight édite un logiciel. Une levée de 8 M€ a été bouclée dans Mosslight.",
        ),
    ],
)
def test_a_round_told_in_the_passive_is_the_company_s(lang, text):
    facts = event_facts(text, lang)
    assert ("funding", None, "mosslight") in facts
    assert not any(company in ("balderton-capital", "serena") for _, _, company in facts)
