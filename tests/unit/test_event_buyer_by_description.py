"""A purchase whose buyer the sentence names by a description ("The San Francisco software giant is acquiring X",
"The software group said it would acquire X", "Le géant américain rachète X", "Le groupe de services informatiques
va acquérir X"): the buyer is the company the article is about, never the one bought."""

import pytest
from article_events import event_facts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Microsoft keeps buying. The Redmond software giant is acquiring Tally Forms, a Belgian maker of forms.",
        ),
        ("en", "Microsoft has spent billions. The software group said on Monday it had agreed to acquire Tally Forms."),
        ("fr", "Microsoft multiplie les achats. Le géant américain rachète Tally Forms, un éditeur belge."),
        (
            "fr",
            "Microsoft a beaucoup dépensé. Le groupe informatique a annoncé lundi qu'il allait acquérir la start-up "
            "Tally Forms.",
        ),
    ],
)
def test_a_buyer_named_by_a_description_is_the_article_s_company(lang, text):
    assert ("acquires", None, "microsoft") in event_facts(text, lang)
