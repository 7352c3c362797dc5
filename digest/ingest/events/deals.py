"""Funding rounds (the company that raised and the sum) and acquisitions (the buyer, the company bought, the price)."""

from __future__ import annotations

import re

from ...model.amounts import AMOUNT, UNPRICED, normalise_amount
from .clauses import OBJECT_OF, Mark, free_of_asides, is_object, is_passive, start_of_sentence
from .companies import COMPANY_PRONOUN, FORMER, IT_PRONOUN
from .referents import DEMONSTRATIVE, STARTUP_SUBJECT, article_company, last_named
from .triggers import GIVER_VERBS

TOTAL = re.compile(r"\b(?:to date|so far|in total|au total|à ce jour|jusqu['’]ici|depuis sa création|en tout)\b", re.I)


def funding_events(body, lo, hi, trig, free_before, companies_after, article) -> list[dict]:
    """A round and the company that raised it: "Acme lève 20 M€", "Acme, backed by Google, raised $20M"
    (the aside's investor is not the raiser), "Google invests $1bn in Acme" (the company invested in), or
    "elle" / "the startup" = the article's company. No amount of money near the trigger, no round."""
    amount = _amount_near(body, lo, hi, trig) or _bare_sum(body, trig)
    if amount is None or TOTAL.search(body, trig.end(), min(hi, trig.end() + 60)):
        return []
    if PURCHASE_AFTER.match(body, trig.end()):
        return []  # "completed its acquisition of Acme for $300 million": a price, not a round
    if UNDONE.search(body, max(lo, trig.start() - 40), trig.start()):
        return []  # "in talks to raise", "cherche à lever", "plans to raise": a round not yet made
    if GIVER_VERB.fullmatch(trig.group()):
        # "the State grants 20 M€ to Acme", "Ottawa will give Acme $240M": the company given to; told in the
        # passive ("Acme was awarded a €20M grant") the company is the subject, as with "raised"
        given = [
            m for m in companies_after if m.start - trig.end() <= 80 and GIVEN_TO.search(body[trig.end() : m.start])
        ]
        if given:
            return [{"type": "funding", "company": given[0].id, "amount": amount}]
        if not is_passive(body, trig):
            return []
    elif trig.group().lower().startswith(("invest", "inject", "back", "mis", "pari", "pour", "our", "notre")):
        # the investor's verb: the company after it
        target = [
            m
            for m in companies_after
            if m.start - trig.end() <= 80
            and re.search(
                r"\b(?:in|into|dans|au capital de|chez|sur)\s+(?:\w+\s+){0,3}$|^\s+$", body[trig.end() : m.start], re.I
            )
        ]
        return [{"type": "funding", "company": target[0].id, "amount": amount}] if target else []
    sentence_start = start_of_sentence(body, lo, trig.start())
    # "Acme Inc. has raised": a full stop inside a name ends no sentence; "Fund X has led a round": X invests
    raisers = [
        m
        for m in free_before
        if m.kind == "company"
        and m.end >= sentence_start
        and (
            not OBJECT_OF.search(body[max(0, m.start - 16) : m.start])
            or FOUNDERS_OF.search(body, max(0, m.start - 60), m.start)
        )
        and not LED_ROUND.search(body, m.end, trig.start())
        and not FORMER.search(body, max(0, m.start - 12), m.start)  # "from former OpenAI researchers"
    ]
    round_of = ROUND_NOUN.search(trig.group()) and ROUND_OF.match(body, trig.end())
    named = [m for m in companies_after if round_of and m.start == round_of.end()]
    if named:  # "the Series A of Acme", "a round in Acme": the round's company, not the sentence's investor
        return [{"type": "funding", "company": named[0].id, "amount": amount}]
    if raisers:
        return [{"type": "funding", "company": raisers[-1].id, "amount": amount}]
    lead = body[sentence_start : trig.start()]
    raiser = article_company(article, at=trig.start())
    owner = [
        m for m in free_before if m.kind == "company" and m.end >= sentence_start and m.id not in article["investors"]
    ]
    if owner and LED_ROUND.search(lead) and OWN_ROUND.search(lead):
        # "doubling down on Acme, leading its $40M Series B": the round is the company named before "its"
        return [{"type": "funding", "company": owner[-1].id, "amount": amount}]
    if LED_ROUND.search(lead) or re.search(r"\binvest", lead, re.I):
        return []  # "it will invest €1.3bn in Acme, leading a €1.7bn round": "it" is the investor
    if DEMONSTRATIVE.search(lead):  # "celle-ci annonce un tour de table": the company named just before
        previous = last_named(article, sentence_start)
        return [{"type": "funding", "company": previous, "amount": amount}] if previous else []
    if raiser and (IT_PRONOUN.search(lead) or STARTUP_SUBJECT.search(lead) or COMPANY_PRONOUN.search(lead)):
        return [{"type": "funding", "company": raiser, "amount": amount}]
    return []


GIVER_VERB = re.compile(GIVER_VERBS, re.I)
# What stands between a giver's verb and the company given to: nothing ("give Acme $240M"), or a sum and "to"/"à".
GIVEN_TO = re.compile(
    r"^\s+$|\s(?:to|à|au|aux)\s+(?:(?:the|la|le|l['’])\s*)?(?:(?:start-?up|société|company|firm|entreprise)\s+)?$",
    re.I,
)
# a round said to be the company's own, right before its noun: "leading its $40M ", "mène son "
OWN_ROUND = re.compile(r"\b(?:its|their|sa|son|leur)\s+(?:[^\s,.;:]+\s+){0,2}$", re.I)
PURCHASE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout|rachat|achat)\b", re.I)
# "Les deux fondateurs de CIVA ont levé …", "Acme's founders … raised": the founders raise for their company.
FOUNDERS_OF = re.compile(
    r"\b(?:co-?)?(?:fondat(?:eur|rice)s?|founders?)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|of\s+(?:the\s+)?)"
    r"(?:(?:start-?up|société|jeune pousse|company|firm)\s+)?$",
    re.I,
)
UNDONE = re.compile(
    r"\b(?:in talks|talks to|seek(?:s|ing)?|looking|aims?|aiming|plans?|planning|hopes?|hoping|wants?|"
    r"would|could|might|may|considering|en discussions?|négoci\w*|cherch\w*|veu\w+|voudrai\w*|"
    r"envisag\w*|pourrai\w*|souhait\w*|esp[èé]r\w*|compt\w*)\b(?:\s+\w+){0,2}\s+(?:to|à|de|d['’])?\s*$",
    re.I,
)
# A round named as a company's: "Series A funding round of Acme", "tour de table de la start-up Acme".
ROUND_OF = re.compile(
    r"(?:\s+(?:funding|financing|investment|investissement|de fonds))?(?:\s+round)?"
    # its amount may come first: "le tour d'amorçage de 6,5 millions d'euros de X", "a $5m round for X"
    r"(?:\s+(?:de|of)\s+[$€£]?\d[\d.,]*\s*(?:millions?|milliards?|billions?|bn|m|k)?\s*"
    r"(?:d['’]euros|de dollars|d['’]dollars|de francs CFA|euros?|dollars?|€|\$|£|CHF|FCFA)?)?"
    # told in the passive: "a round of $8m was led in Acme by", "un tour de 8 M€ a été mené dans Acme par"
    r"(?:\s+(?:a été|ont été|has been|was|were)\s+(?:led|closed|mené|menée|conduit|réalisée?|bouclée?))?"
    r"\s+(?:of|for|in|into|de|du|d['’]|dans)\s*"
    r"(?:(?:la|le|the)\s+)?(?:(?:start-?up|société|company|firm)\s+)?",
    re.I,
)
# What an investor does to a round: "Fund X has led a €42 million Series A", "X a mené le tour".
LED_ROUND = re.compile(
    r"\b(?:(?:co-?)?(?:led|leads?|leading|mène|mènent|mené|menée)|participat\w+)\b"
    r"(?!\s+(?:by|par)\b)",
    re.I,
)
ROUND_NOUN = re.compile(r"round|s[ée]ries?|tour|levée|amorçage", re.I)


# Words that never stand between a purchase and the company bought ("buys chips from X", "a stake in X").
_NOT_BOUGHT = re.compile(
    r"\b(?:from|with|for|to|in|into|on|as|by|auprès|chez|avec|pour|dans|sur|par|comme|stakes?|"
    r"shares?|participation|parts?|actions?|assets?|actifs|licen[cs]es?|products?|produits?|"
    r"chips?|puces?|GPUs?|"
    # one of its people, not the company: "s'offre une star de Borealis", "snaps up a top engineer at Borealis"
    r"stars?|vedettes?|pointures?|talents?|chercheu(?:r|se|rs|ses)|researchers?|scientists?|scientifiques?|"
    r"ingénieu(?:r|re|rs|res)|engineers?|dirigeant(?:e|s|es)?|executives?|cadres?)\b|[,;:()]|\.(?!\d)",
    re.I,
)
NO_DEAL = re.compile(
    r"\b(?:talks?|discussions?|négociations?|pourparlers|bid|could|might|considering|envisag\w*|"
    r"pourrai\w*|rumou?r\w*|rumeurs?|reportedly|n['’]aura pas lieu|ne se fera pas|"
    r"n['’]a pas abouti|tomb\w* à l['’]eau|abandon\w*|annul\w*|échou\w*|fell through|collapsed|"
    r"called off|scrapped|"
    r"cancel\w*|blocked|blocks|bloqu\w*|lapsed|failed|fell apart|won['’]t|will not|did not|"
    r"didn['’]t|not|ne \w+ pas|n['’]\w+ pas|previous|précédente?|devai\w*|censée?s?|supposed to|"
    r"(?:was|were) (?:set|expected|poised|due) to|projetai\w*|prévoyai\w*|voulai\w*|wanted to|"
    r"hoped to|espérai\w*)\b",
    re.I,
)


# A purchase told from the company bought: "son rachat par X", "its acquisition by X", "Acme racheté par X".
BOUGHT_BY = re.compile(r"(?:acquisition|rachat|achat|takeover|rachetée?|achetée?|acquired|bought)\s+(?:by|par)\b", re.I)
BY = re.compile(r"\s*(?:by|par)\s+(?:[\w'’-]+\s+){0,3}?$", re.I)
# the company bought before the verb, the buyer after ("passe sous le contrôle de", "merged into"), not the buyer
# taking control ("prend le contrôle de")
PART_OF = re.compile(
    r"part|subsidiary|unit|division|giron|filiale|escarcelle|mains|(?<!prend le )(?<!prennent le )(?<!pris le )"
    r"contrôle|pavillon|drapeau|into",
    re.I,
)
SOLD_TO = re.compile(r"(?:sold|sells?|selling|vendue?s?|cédée?s?|se vend)\b.*\s(?:to|à|au)$", re.I)
OF_GAP = re.compile(r"\s*(?:(?:the|le|la|l['’])\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,2}", re.I)
BOUGHT_REFERENT = re.compile(
    r"\s+(?:la|the|cette|this)\s+(?:[\w-]+\s+){0,2}?(?:start-?up|jeune pousse|société|entreprise|company|firm)\b", re.I
)
PURCHASE_NOUN = re.compile(r"acquisition|rachat|achat|takeover", re.I)


def acquisition_events(
    body, lo, hi, trig, free_before, companies_before, companies_after, spans, article=None
) -> list[dict]:
    """ "Acme has agreed to buy the start-up Borealis", "Acme annonce l'acquisition de Borealis", "Borealis a été
    rachetée par Acme", "it would acquire Borealis": the buyer (the clause's subject company, or the one after
    "by"/"par") and the company bought (named right after the verb, with only its description between)."""
    end = min([hi] + [i for i in (body.find(c, trig.end(), hi) for c in ".;!?") if i >= 0])
    if NO_DEAL.search(body, max(lo, trig.start() - 60), end):
        return []  # talks, a bid, a deal called off: no purchase yet
    if SALE_NOUN.fullmatch(trig.group()):
        return _sale(body, trig, companies_after, hi)
    bought = [
        m
        for m in companies_after[:1]
        if m.start - trig.end() <= 80 and not _NOT_BOUGHT.search(body, trig.end(), m.start)
    ]
    part_of = PART_OF.search(trig.group()) or SOLD_TO.fullmatch(trig.group())
    passive = is_passive(body, trig) or BOUGHT_BY.match(body, trig.start()) or part_of
    buyers = [m for m in free_before if m.kind == "company" and not is_object(body, m)]
    if passive:  # "Borealis was acquired by Acme", "Borealis will become part of Acme": bought before, buyer after
        gap = OF_GAP if part_of else BY
        by = [m for m in companies_after if m.start - trig.end() <= 40 and gap.fullmatch(body[trig.end() : m.start])]
        bought, buyers = buyers[-1:], by
    elif (
        bought
        and PURCHASE_NOUN.fullmatch(trig.group())
        and (
            by := [
                m
                for m in companies_after
                if 0 < m.start - bought[0].end <= 40 and BY.fullmatch(body[bought[0].end : m.start])
            ]
        )
    ):  # "salue le rachat de Borealis par le groupe Acme", "the takeover of Borealis by Acme": the buyer follows
        buyers = by[:1]
    elif not buyers and IT_PRONOUN.search(body, max(lo, trig.start() - 40), trig.start()):
        # "Acme said on Wednesday that it would acquire …": the company the sentence opened with
        buyers = [m for m in free_of_asides(companies_before, spans) if not is_object(body, m)][:1]
    if bought and not buyers and not passive and article is not None:
        buyers = _referred_buyer(body, lo, trig, bought[0], article)
    if not bought and buyers and not passive and BOUGHT_REFERENT.match(body, trig.end()):
        # "Salesforce rachète la start-up parisienne": the company the sentence named before the buyer
        bought = [m for m in companies_before if m.end <= buyers[-1].start and m.id != buyers[-1].id][-1:]
    if not bought or not buyers or buyers[-1].id == bought[0].id:
        return []
    price = PRICE.match(body, max(bought[0].end, buyers[-1].end), hi)
    return [
        {
            "type": "acquires",
            "company": buyers[-1].id,
            "from_company": bought[0].id,
            "amount": normalise_amount(price.group("amount")) if price else None,
        }
    ]


# The buyer told by a pronoun or a description: the subject opening the sentence ("Le groupe a annoncé l'acquisition
# de", "On Monday, it completed", "The San Francisco software giant is acquiring"), or the possessive of the purchase
# ("announced its acquisition of", "son rachat de")
BUYER_SUBJECT = re.compile(
    r"\s*(?:[^,.;:]{0,30},\s*)?(?:it|il|elle|the (?:[\w-]+\s+){0,3}?(?:company|firm|group|giant|maker|conglomerate)|"
    r"le (?:[\w-]+\s+)?(?:groupe|géant)|la (?:[\w-]+\s+)?(?:société|firme)|l['’]entreprise)"
    r"\s+(?!(?-i:[A-ZÀ-Ý]))",
    re.I,
)
BUYER_POSSESSIVE = re.compile(r"(?<![\w-])(?:its|son|sa)\s+$", re.I)


def _referred_buyer(body, lo, trig, bought, article) -> list[Mark]:
    """The buyer a clause names by a pronoun ("it", "the company", "le groupe"): the article's company, which is
    never the one bought."""
    start = start_of_sentence(body, lo, trig.start())
    if not (BUYER_SUBJECT.match(body, start, trig.start()) or BUYER_POSSESSIVE.search(body, start, trig.start())):
        return []
    buyer = article_company(article, other_than={bought.id}, at=trig.start())
    return [Mark("company", buyer, trig.start(), trig.start())] if buyer else []


# "la vente, la semaine dernière, d'Acme à la firme américaine Borealis", "the sale of the start-up Acme to Borealis":
# the company sold right after the noun (an aside may stand between), then the buyer after "à"/"to"
SALE_NOUN = re.compile(r"vente|cession|sale", re.I)
_LOWER = r"(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+)"
_SOLD = re.compile(
    r"(?:,[^,.;]{1,40},)?\s*(?:of|de|du|d['’])\s*(?:(?:the|la|le|l['’])\s*)?(?:" + _LOWER + r"{0,2}?"
    r"(?:start-?up|jeune pousse|société|firme|groupe|entreprise|company|firm|group)\s+" + _LOWER + r"{0,2})?",
    re.I,
)
_SOLD_TO = re.compile(r"\s*(?:to|à|au|aux)\s+(?:(?:the|la|le|l['’]|les)\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}", re.I)


def _sale(body, trig, companies_after, hi) -> list[dict]:
    """A company sold to another, told from the sale: the buyer is the company it goes to."""
    sold = [m for m in companies_after[:1] if _SOLD.fullmatch(body, trig.end(), m.start)]
    buyer = [m for m in companies_after[1:2] if sold and _SOLD_TO.fullmatch(body, sold[0].end, m.start)]
    if not buyer or buyer[0].id == sold[0].id:
        return []
    price = PRICE.match(body, buyer[0].end, hi)
    amount = normalise_amount(price.group("amount")) if price else None
    return [{"type": "acquires", "company": buyer[0].id, "from_company": sold[0].id, "amount": amount}]


_NOT_RAISED = re.compile(
    r"(?:valuation|valued|valuing|values?|valorisation|valoris\w+|évalu\w+|estimée?s?|worth|revenue|"
    r"chiffre d['’]affaires|bénéfice|"
    r"revenu\w*|sales|ventes|profit|capitalisation|market cap)\W+(?:\w+\W+){0,4}$",
    re.I,
)

# The price right after the company bought: "for $48 million", "pour 120 millions d'euros".
PRICE = re.compile(
    r"(?:,[^,.;]{0,80},)?,?\s+(?:for|pour|contre|moyennant|in an?|dans une?)\s+"
    r"(?:(?:un montant|un prix|a price|a sum|a total) (?:de|d['’]|of)\s*)?"
    r"(?:(?:about|around|roughly|some|près de|environ|quelque)\s+)?"
    r"(?P<amount>" + AMOUNT.pattern + ")",
    re.I,
)


_NUMBER_GAP = " .,\u00a0\u202f"
CONVERSION = re.compile(r"\([^()]{1,60}\)\s*(?:(?:in|of|en|de)\s+|d['’])?$")


def _amount_near(body, lo, hi, trig) -> str | None:
    """The sum raised near a funding trigger, in its clause: after it first ("lève 20 millions"), else just before
    ("a $135 million funding round"); a valuation or revenue figure is not the round."""
    stop = re.search(r"[.;!?](?!\d)|\s[—–]\s", body[trig.end() : hi])
    end = trig.end() + (stop.start() if stop else hi - trig.end())
    for m in AMOUNT.finditer(body, trig.end(), end):  # the whole clause: a window must not cut "$48m" to "$4"
        if m.start() > trig.end() + 60:
            break
        if not _NOT_RAISED.search(body[max(lo, m.start() - 40) : m.start()]):
            return normalise_amount(m.group())
    # "$6.5 million (about €6 million) in seed funding": the amount before its conversion
    conversion = CONVERSION.search(body, max(lo, trig.start() - 80), trig.start())
    until = conversion.start() if conversion else trig.start()
    start = max(lo, until - 30, max(body.rfind(c, lo, until) for c in ";!?") + 1)
    while start > lo and (body[start - 1].isalnum() or body[start - 1] in _NUMBER_GAP and body[start - 2].isdigit()):
        start -= 1  # never cut a number or its unit: "40 millions" read from "0 millions"
    found = [
        m
        for m in AMOUNT.finditer(body, start, until)
        if not _NOT_RAISED.search(body[max(lo, m.start() - 40) : m.start()])
    ]
    return normalise_amount(found[-1].group()) if found else None


# A sum raised written without its currency, right after the verb of raising: "Acme lève 40 millions", "Acme raises
# about 12 million to …".
RAISE_VERB = re.compile(r"l[èe]v(?:e|ent|é|ée)|raise[sd]?|secure[sd]?|lands|landed|bags|bagged|nets|netted", re.I)
BARE_SUM = re.compile(rf"\s+(?:(?:about|around|nearly|près de|environ|quelque)\s+)?({UNPRICED.pattern})", re.I)


def _bare_sum(body, trig) -> str | None:
    if not RAISE_VERB.fullmatch(trig.group()):
        return None
    bare = BARE_SUM.match(body, trig.end())
    return bare.group(1) if bare else None


def other_deal(told: dict, event: dict) -> bool:
    """A body event of the headline's kind and company that names another company bought: another deal."""
    return told["type"] == "acquires" and event.get("from_company") not in (None, told.get("from_company"))
