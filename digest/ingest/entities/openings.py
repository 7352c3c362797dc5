"""Where a sentence or a section opens on an organisation: an issuer's "About X" section, the subject after a
founding participle's phrase, the exchange a company is listed on, an acronym after its article, the lead
investor of a round, and the one that raised it."""

from __future__ import annotations

import re

from .base import SENTENCE_END, _starts_sentence

# "cotée au Nasdaq", "listed on the London Stock Exchange": the exchange a company is listed on.
LISTED_ON = re.compile(
    r"\b(?:cotée?s?|listed|traded|introduite?s?)\s+(?:en bourse\s+)?(?:à|au|sur|on|in)\s+"
    r"(?:la\s+|le\s+|l['’]|the\s+)?$",
    re.I,
)
# "passé par le CNES": an article before an acronym.
ARTICLE_END = re.compile(r"(?:\b(?:le|la|les|the)[ \t\u00a0]+|\b[lL]['’])$")
# "Fondée en 2023 à Nantes, X développe", "Founded in 2021 by two engineers, X builds": only an organisation is
# founded, and the sentence's subject after the participle's phrase is it.
FOUNDED_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:co-?)?fondée?s?|créée?s?|lancée?s?|née|(?:co-?)?founded|launched|established|incorporated)"
    r"\b[^.;:!?\n]{0,100},[ \t\u00a0]*$",
    re.I,
)
# "un laboratoire consacré aux langues, baptisé X", "a start-up called X": the name given to an organisation just
# launched; a product's noun between them makes X the product ("la start-up a lancé un modèle baptisé X").
NAMED_BEFORE = re.compile(
    r"\b(?:start-?ups?|compan(?:y|ies)|firms?|venture|lab|laboratory|société|entreprise|jeune pousse|laboratoire|labo)"
    r"\b(?:(?!\b(?:model|modèle|app|application|product|produit|chip|puce|robot|tool|outil|assistant|service|"
    r"platform|plateforme|version|system|système|logiciel|software|chatbot|agent|device|appareil|phone|smartphone|"
    r"game|jeu|drug|médicament|satellite|rocket|fusée|vehicle|véhicule|car|voiture|feature|fonctionnalité|family|"
    r"famille)s?\b)"
    r"[^.;:!?\n]){0,90}?(?<!\ba )(?<!\bont )(?:called|dubbed|baptisée?|dénommée?|appelée?)[ \t\u00a0]*$",
    re.I,
)
NAMING_WORDS = ("called", "dubbed", "baptis", "dénomm", "appel")


def _founded_or_named(body: str, start: int) -> bool:
    """The name at ``start`` opens a sentence after a founding participle's phrase, or is the name just given to an
    organisation (the cheap look at the word before comes first)."""
    if FOUNDED_BEFORE.search(body, max(0, start - 120), start):
        return True
    word = body[max(0, start - 12) : start].lower()
    return any(w in word for w in NAMING_WORDS) and bool(NAMED_BEFORE.search(body, max(0, start - 140), start))


# A press release's "About X" section, "À propos de X": X is the issuer.
ABOUT_BEFORE = re.compile(r"(?:^|\n)[ \t#]*(?:about|à propos d(?:e|u|['’]))[ \t\u00a0]*$", re.I)
# "X is leading the €42 million Series A", "X mène le tour de table": the lead investor of a round.
LEADS_ROUND = re.compile(
    r"\s+(?:is\s+|has\s+|have\s+|a\s+|ont\s+)?(?:co-?)?(?:leading|led|leads|mène|mené|mènent)\s+"
    r"(?:the|this|its|their|a|an|le|la|l['’]|ce|cette|son|sa)?\s*(?:[\w€$£.,'’-]+\s+){0,4}?"
    r"(?:round|series\s+[a-z]\b|seed|tour|levée|financement|funding|financing|opération)",
    re.I,
)
# "X said it had raised $5m", "X a annoncé avoir levé 5 M€": a round reported by the one who raised it, a business.
SAID_IT_RAISED = re.compile(
    r"^\s+(?:(?:said|says|announced|announces|confirmed)\s+(?:that\s+)?it\s+(?:has\s+|had\s+|just\s+)?"
    r"(?:raised|secured|closed)|(?:a\s+annoncé|annonce|a\s+indiqué|indique)\s+avoir\s+(?:levé|bouclé|obtenu))"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:[$€£¥]|US\$|C\$)?\d",
    re.I,
)
# After "ex-X": a role makes X an organisation ("ex-Google boss", "an ex-OpenAI researcher").
EX_ROLE = re.compile(
    r"\s+(?:boss|chief|CEO|CTO|executive|exec|employee|staffer|engineer|researcher|scientist|founder|"
    r"co-?founder|head|director|president|VP|manager|worker|alum\w*|patron|dirigeant\w*|salarié\w*|"
    r"chercheu\w+|ingénieur\w*|cadre|employé\w*)s?\b",
    re.I,
)
# "X est née à Lyon en 2025", "X was founded in 2021", "X was spun out of": said of an organisation.
FOUNDED_AFTER = (
    r"\s+(?:(?:est\s+née|a\s+été\s+(?:co-?)?(?:fondée|créée)|est\s+(?:co-?)?(?:fondée|créée)|"
    r"(?:was|is)\s+(?:(?:co-?)?founded|incorporated|created|spun\s+(?:out|off))|sp(?:un|ins?)\s+(?:out|off))"
    r"\s+(?:(?:en|in|par|by|à|at|of|from|dans)\b|(?:[\w'’-]+\s+){1,3}?(?:by|par)\b)|est\s+née\s+de\s+la\s+rencontre)"
)
EXCHANGE = r"(?:NYSE|NASDAQ|Nasdaq|Euronext|LSE|TSX|HKEX|SIX|Xetra|Euronext Paris|Euronext Growth)"
# A head count: "about 4,000", "plus de 250", "2 millions d'"; and who is counted, staff or customers.
_COUNT = (
    r"(?:now\s+|désormais\s+|déjà\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|"
    r"près de\s+|environ\s+|plus de\s+|"
    r"quelque\s+)?\d[\d,.\s\u00a0]*(?:million\s+|millions?\s+d['’])?"
)
_STAFF = r"(?:employees|staff|workers|salariés|collaborateurs|employés|customers|clients|subscribers|abonnés)"
# "X has signed its first customer", "X recrute un directeur", "X names Jane Roe CFO", "X buys Y", "X announced a
# seed round", "X was founded in": only an organisation signs customers, hires or appoints, buys a company, announces
# its funding round or is founded (people are found first: a person's name never gets this far).
ORG_ACTS = re.compile(
    FOUNDED_AFTER + "|"
    r"\s+(?:has\s+|have\s+|had\s+|just\s+|a\s+|ont\s+|vient\s+de\s+)?(?:signed|signs|signé|signe|signer)\s+"
    r"(?:a|an|its|their|un|une|son|sa|ses|avec|with)\b"
    r"|\s+(?:has\s+|have\s+|had\s+|just\s+|a\s+|vient\s+d['’]|vient\s+de\s+)?(?:hired|hires|recruited|recruits|"
    r"recruté|recrute|embauché|embauche|names|named|appoints|appointed|taps|tapped|promotes|promoted|nomme|nommé|"
    r"promeut|promu)"
    r"\s+(?-i:[A-ZÀ-Ý\d]|an?\s|its\s|une?\s|son\s|sa\s|ses\s)"
    # "X has a new chief technology officer", "X a une nouvelle directrice": a post only an organisation fills
    r"|\s+(?:has|gets|a|aura)\s+(?:a\s+new|un\s+nouveau|une\s+nouvelle)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:chief|head|president|vice-president|VP|chair\w*|director|CEO|CTO|CFO|COO|boss|"
    r"directeur|directrice|président\w*|vice-présidente?|PDG|patron\w*)\b"
    r"|\s+(?:has\s+|have\s+|a\s+|ont\s+|agrees?\s+to\s+|agreed\s+to\s+|is\s+)?(?:buys?|buying|bought|"
    r"acquires?|acquiring|acquired|rachète|racheter|racheté|acquiert|acquis|absorbe|absorbé|achète|acheté|"
    # the newsroom's other verbs of a purchase: "X snaps up Y", "X croque Y", "X prend le contrôle de Y"
    r"(?:snap|scoop|pick|gobble)(?:s|ped|ed|d)?\s+up|swallow(?:s|ed)?|absorb(?:s|ed)?|purchas(?:es|ed)|"
    r"buys?\s+out|bought\s+out|takes?\s+over|took\s+over|(?:takes?|took)\s+control\s+of|merg(?:es|ed)\s+into|"
    r"aval(?:e|é)|croqu(?:e|é)|reprend|repris|s['’]offre|s['’]est\s+offerte?|m(?:et|is)\s+la\s+main\s+sur|"
    r"s['’](?:empare|est\s+emparée?)\s+de|(?:prend|pris)\s+le\s+contrôle\s+de)\s+(?-i:[A-ZÀ-Ý])"
    # the company bought, before a passive or a change of owner: "X was snapped up by", "X passe sous le contrôle de"
    r"|\s+(?:is|was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be|est|a\s+été|ont\s+été|sera|"
    r"va\s+être|vient\s+d['’]être)\s+(?:acquired|bought|sold|snapped\s+up|purchased|taken\s+over|rachetée?s?|"
    r"acquise?s?|absorbée?s?|cédée?s?|vendue?s?|reprise?s?)\s+(?:by|to|par|à|au)\b"
    r"|\s+(?:passe|est\s+passée?|tombe|est\s+tombée?|becomes?|became|will\s+become)\s+(?:sous\s+le\s+contrôle|"
    r"dans\s+le\s+giron|dans\s+l['’]escarcelle|aux\s+mains|part\s+of)\b"
    r"|\s+(?:has\s+|a\s+)?(?:complet|finalis|announc|annon[cç]|clos)\w*\s+(?:the|its|le|son|l['’])\s*"
    r"(?:purchase|acquisition|rachat|takeover)\s+(?:of|de)\s+(?-i:[A-ZÀ-Ý])"
    r"|\s+(?:has\s+|have\s+|a\s+|vient\s+de\s+)?(?:announc|annon[cç]|complet|finalis|réalis|boucl|signe|signé|clos)\w*"
    r"\s+(?:a|an|its|une|un|sa|son)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:round|funding|financing|levée|tour de table|"
    r"tour de financement|financement)\b"
    # a round told otherwise: "X has announced $12 million in new funding", "X ouvre son capital", "X se finance à
    # hauteur de", "X est valorisée 1 milliard", "X a séduit des investisseurs"
    r"|\s+(?:has\s+|a\s+)?(?:announced|annoncé)\s+(?:[$€£]|US\$)?\d[^.;:!?]{0,25}?\b(?:in|of|de)\s+(?:new\s+|fresh\s+)?"
    r"(?:funding|financing|financement)\b|\s+(?:ouvre|a\s+ouvert)\s+son\s+capital\b"
    r"|\s+(?:se\s+finance|s['’]est\s+financée?)\s+à\s+hauteur\b|\s+(?:(?:is|was|est|a\s+été)\s+(?:now\s+)?)"
    r"(?:valued\s+at|valorisée?)\s+(?:à\s+)?(?:[$€£]|US\$)?\d|\s+(?:a\s+)?séduit\s+(?:des|de\s+nouveaux)\s+investisseurs\b"
    # a debut: "X emerged from stealth", "X, voit le jour", "X sort de l'ombre", "X, a ouvert ses portes"
    r"|,?\s+(?:(?:has|have|a|est|just|officially|officiellement|vient de)\s+){0,2}(?:emerg(?:es|ed|ing)? from stealth|"
    r"(?:came|comes?|coming) out of stealth|sor(?:t|tent|ti|tie) (?:de l['’]ombre|du mode furtif|du bois)|"
    r"voit le jour|vu le jour|(?:breaks?|broke) cover|"
    r"unveil(?:s|ed) itself|s['’]est dévoilée|opened its doors|ouvert ses portes)\b"
    # its staff or customers counted: "X employs 120 people", "X compte 250 salariés", "X now has 4,000 customers"
    r"|\s+(?:now\s+|already\s+|still\s+|désormais\s+|déjà\s+)?(?:(?:employs|employed|emploie|employait|emploient)"
    r"\s+"
    + _COUNT
    + r"(?:people|personnes|"
    + _STAFF
    + r")|(?:has|had|counts|compte|comptait|revendique)\s+"
    + _COUNT
    + _STAFF
    + r")\b"
    r"|\s*\((?:" + EXCHANGE + r")\s*:\s*(?-i:[A-Z])"  # "X (Nasdaq: ABC)": a listed company
    # a listing: "X filed for an IPO", "X prépare son introduction en Bourse", "X, cotée à Paris depuis"
    r"|\s+(?:has\s+|is\s+|have\s+)?(?:filed|files|filing|plans|planned|planning)\s+(?:for|to)\s+(?:an?\s+|its\s+)?"
    r"(?:initial public offering|IPO|listing|stock market (?:listing|debut)|go public)\b"
    r"|\s+(?:prépare|préparait|a\s+annoncé|annonce|réussit|a\s+réussi)\s+(?:son|sa|une)\s+(?:introduction|entrée)\s+en\s+Bourse"
    r"|,\s+(?:cotée?s?|listed|traded)\s+(?:en\s+bourse\s+)?(?:à|au|sur|on|in)\b"
    # what it has, in a relative clause: "X, dont le siège est à Nantes", "X, whose headquarters are in Oslo"
    r"|,\s+(?:dont\s+(?:le|la|les)\s+(?:siège|chiffre\s+d['’]affaires|salariés|clients|actionnaires|valorisation)|"
    r"whose\s+(?:headquarters|shares|revenues?|sales|valuation|customers|employees))\b"
    # what it says for itself: "X said in a statement that it", "X a indiqué dans un communiqué"
    r"|\s+(?:said|says|announced|confirmed|added)\s+in\s+a\s+(?:statement|press release|filing|regulatory filing)"
    r"(?:\s+on\s+\w+)?\s+(?:that\s+)?(?:it|its)\b"
    r"|\s+(?:a|ont)\s+(?:indiqué|annoncé|précisé|fait savoir|affirmé|confirmé)\s+(?:\w+\s+)?dans\s+un\s+communiqué"
    # a site of its own: "X has opened a research office", "X ouvre une usine"
    r"|\s+(?:has\s+|a\s+|will\s+|va\s+)?(?:opened|opens|open|ouvre|ouvert|ouvrir|inaugure|inauguré)\s+"
    r"(?:a|an|its|their|un|une|son|sa|ses)\s+(?:new\s+|first\s+|second\s+|nouveau\s+|nouvelle\s+|premier\s+|"
    r"première\s+)?(?:[a-zéè-]+\s+)?(?:office|offices|bureau|bureaux|plant|factory|usine|store|stores|magasin|"
    r"headquarters|siège|subsidiary|filiale|branch|data cent(?:er|re))\b",
    re.I,
)
# The next sentence calls the subject of this one "the company" or names its founder or staff: "X cut 40 jobs. The
# company, led by ...", "X sells voice software. Its founder, ...", "X vend des logiciels. Sa fondatrice ...".
THE_COMPANY_NEXT = re.compile(
    r"[ \t\u00a0]*(?:(?:The|This|L['’]|La|Le|Cette)[ \t\u00a0]*(?:company|firm|start-?up|startup|group|entreprise|"
    r"société|jeune pousse|firme|groupe)\b"
    r"|(?:Its|Sa|Son|Ses)[ \t\u00a0]+(?:co-?founders?|founders?|chief executive|CEO|staff|employees|"
    r"co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|PDG|salariés|directeur général|directrice générale)\b)"
)


# A word that speaks ("Okafor said ... The company declined"): a surname as often as a company.
SPEAKS = re.compile(
    r"[ \t\u00a0]+(?:said|says|told|added|explained|noted|wrote|a déclaré|déclare|affirme|explique|estime|indique|"
    r"précise|souligne|ajoute|assure|confie)\b"
)


def _called_the_company(body: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` opens a sentence, and the next sentence opens on "the company", "la
    société": the article calls it so (a plain word that speaks may be a quoted person's surname)."""
    if not _starts_sentence(body, start) or body[start:end].isalpha() and SPEAKS.match(body, end):
        return False
    stop = SENTENCE_END.search(body, end, end + 300)
    return bool(stop) and stop.group() != "\n" and THE_COMPANY_NEXT.match(body, stop.end()) is not None
