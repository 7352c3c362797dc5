"""The words around a name that say it is an organisation's ("la start-up X", "CEO of X", "X, a startup"). Person
cues are in ``person_cues``, platforms and licences in ``platforms``."""

from __future__ import annotations

import re

from ...registry import norm
from .base import _adjacent, _Tok
from .company_acts import _company_acts
from .company_context import OWNED
from .gazetteer import _descriptive
from .lists import ITEM_END, _listed
from .moves import _moved_among
from .openings import (
    ABOUT_BEFORE,
    ARTICLE_END,
    EX_ROLE,
    EXCHANGE,
    FOUNDED_AFTER,
    LEADS_ROUND,
    LISTED_ON,
    ORG_ACTS,
    SAID_IT_RAISED,
    _founded_or_named,
)
from .relations import _related
from .trades import _trade_after
from .words import _words

# "<cue> X": X is an organisation. Cues are lower-case nouns and role phrases, in French and English.
BEFORE_CUES = re.compile(
    r"(?:\b(?:rival|investor|investisseurs?(?: [a-zéè]+)?|backer|venture (?:dubbed|called)|(?:firm|company) called)"
    r"|\b(?:CEO|PDG|patron|patronne|boss|présidente?|president|founders?|co-?founders?|co-?fondat(?:eur|rice)s?|"
    r"fondat(?:eur|rice)s?|directeur|directrice|(?-i:b)oard(?: of directors)?|shareholders|actionnaires|"  # its organs
    r"conseil d['’]administration|conseil de surveillance|shares?|"
    r"chief \w+(?: officer)?|head|chef|employees?|employée?s?|salariée?s?|researchers?|chercheu(?:r|se)s?|engineers?|"
    r"ingénieure?s?|executives?|dirigeante?s?|staff(?:ers?)?|porte-parole|alumni|veterans?|"
    r"filiales?|subsidiar(?:y|ies)|maison mère|parent company|chair(?:man|woman|person)?|présidence|tête)"
    r"(?: [a-zéè]+)? (?:of|de|d['’]|du|at|chez|from)|\bspokes(?:person|man|woman) (?:for|of|at)"
    r"|\b(?:work(?:s|ed|ing)? for|travaill(?:e|é|ait|ent|er) pour|shares in|investors? in|au sein d(?:e|u|['’])"
    r"|\b(?:le|du|au) siège(?: social)? d(?:e|u|['’])"  # "le siège de X" ("son siège de Saint-Roch" is a place)
    # what only a business has ("revenue from X" is a customer's or a product's: "of" only)
    r"|\b(?:chiffre d['’]affaires|clients|customers|site (?:internet|web)|website|revenues?|valorisation|valuation|"
    r"headquarters) (?:of|de|d['’]|du)"
    # "the round values X at", "valorise X à": only a business is valued
    r"|values|valuing|valorise|valorisant|valorisait)"
    # "dirige X", "chairs X", "dirige la recherche de X": what one leads is an organisation or its part
    r"|\b(?:dirige|dirigeait|dirigent|diriger|préside|présidait|présider|chairs|chaired)"
    r"(?:\s+(?:la|le|les|l['’]|the)\s*[a-zéèêà]+(?:\s+[a-zéèêà]+)?\s+(?:de|du|d['’]|of|at))?"
    r"|\b(?:partnership with|deal with|(?:partenariat|accord) avec)"
    r"|\b[\w.&'’]+-(?:based|backed|funded|owned|headquartered)"  # "Paris-based X", "Nvidia-backed X"
    r"|\b(?:chez|rejoindre|rejoint|rejoins|join|joins|joined|joining|quitte|quitter|quitté|left|leaving|leaves|at"
    r"|rejoined|rejoining"
    r"|acquire|acquires|acquired|acquiring|acquisition of|acquisition de|rachète|racheter|racheté|rachat de"
    # the newsroom's other verbs of a purchase, the company bought after them: "snaps up X", "met la main sur X"
    r"|(?:snap|scoop|pick|gobble)(?:s|ped|ed|d)? up|swallow(?:s|ed)?|absorb(?:s|ed)?|purchas(?:es|ed)|purchase of"
    r"|buys? out|bought out|(?:takes?|took) control of|s['’]offre|s['’]est offerte?|aval(?:e|é)|croqu(?:e|é)|acquiert"
    r"|m(?:et|is) la main sur|s['’](?:empare|est emparée?) de|(?:prend|pris) le contrôle (?:de|du)"
    r"|(?:agree[sd]? to|to) buy|takes? over|took over|achète|acheté|reprend|repris|a acquis|absorb(?:e|é)"
    # the buyer after a change of owner: "sold to X", "cédée à X", "snapped up by X", "dans le giron de X"
    r"|(?:sold|vendue?s?|cédée?s?) (?:to|à|au)|snapped up by|(?:dans le giron|dans l['’]escarcelle|sous le contrôle|"
    r"aux mains) d(?:e|u)"
    r"|auprès de|auprès du|auprès d['’]|(?:co-?)?found|(?:co-?)?founded|fonder|cofonder|co-fonder|lancer|to start"
    r"|(?:co-?)?fond(?:é|ée|e|ent|ant)|cré(?:é|ée|ent|er)"
    r"|invest in|invests in|invested in|investing in|investi dans|investit dans"
    # money put into a company, its sum between: "mise 8 M€ sur X", "injectent 4 M€ dans X", "apportent 2 M€ à X"
    r"|\b(?:mis(?:e|ent|é)|pari(?:e|ent|é)|inject\w*|apport\w*|pour(?:s|ed)|vers(?:e|ent|é))\s+(?:[$€£]|US\$)?\d"
    r"[^.;:!?]{0,30}?\s+(?:sur|dans|à|au|into|in)"
    # "le tour de table de 30 M€ de X", "the $40m round of X"
    r"|\b(?:tour de table|levée de fonds|levée|round|series [a-f])\s+(?:de|of)\s+(?:[$€£]|US\$)?\d[^.;:!?]{0,20}?"
    r"\s+(?:de|of|for|d['’])"
    r"|(?:tour|round|levée|amorçage|series [a-z]|seed round)\s+(?:de table\s+|d['’]amorçage\s+)?(?:de|d['’]|of|for)"
    r"|passée?s? par|issue?s? de|spun (?:out|off) (?:of|from)|ancienne? (?:ingénieure?|salariée?|employée?) chez"
    r"|anciens? d(?:e|['’])|anciennes? d(?:e|['’])|alumni of|veterans? of|deals? for|deals? to buy|"
    r"(?:laboratoire|labo|lab|centre de recherche|research (?:lab|arm|unit))(?: [a-zé]+){0,3} (?:de|du|d['’]|of)"
    r"|participation (?:from|of|de|d['’]|du)|acquired by|bought by|rachetée?s? par|acquise?s? par"
    # "a racheté le lyonnais X", "acquired the Danish X": a buyer's target, named with where it is from
    r"|\b(?:acquire[sd]?|acquiring|bought|buys|rachète|racheter|racheté|absorbé|absorbe)\s+(?:le|la|l['’]|the)\s*"
    r"[a-zéèêëàâîïôûç-]+(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ese|ish)"
    r"|\b(?:advised|represented) by|(?:conseillée?s?|représentée?s?) par"
    r"|\b(?:funding|financing|investment|backing) from"  # "$2m in pre-seed funding from X": an investor
    # "joins from X", "comes to us from X", "hired a CFO from X": the employer someone leaves
    r"|\b(?:joins?|joined|joining|comes?|came|coming|arrives?|arrived|arriving|moves?|moved|poached|recruited|hired)"
    r"(?:\s+(?-i:[a-z]+|CFO|CTO|COO|CEO|VP)){0,3}\s+from"
    r"|(?:backed|funded|financed|incubated) by|(?:soutenue?s?|financée?s?|incubée?s?|accompagnée?s?) par"
    r"|(?:round|series [a-z]|seed|tour de table|tour|levée|financement|funding|financing)\b[^.;\n]{0,40}?"
    r"\b(?:(?:co-?)?led by|(?:co-?)?(?:menée?|dirigée?|conduite?) par))"
    r")[ \t\u00a0]*$",  # on the same line: a heading above says nothing of the paragraph
    re.I,
)
# A stock-exchange ticker after a name ("Halvard Motors HALV.N", "Acme (NYSE: ACME)"): a listed company.
TICKER = re.compile(r"[A-Z]{1,5}\.(?:N|O|OQ|PA|L|T|DE|AS|SW|TO|HK|KS|MI|MC|BR|ST|CO|HE|OL|NS|BO|SS|SZ)")
# The subject of a round: "X raised $20m", "X a levé 8 millions d'euros", "X a bouclé un tour de table de 12 millions".
_MONEY = r"(?:(?:[$€£¥]|US\$|C\$)\s?\d|\d[\d.,]*\s*(?:million|billion|milliard|M€|Md€|bn\b|m\b))"
RAISED = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+|just\s+|a\s+|vient\s+de\s+)?(?:(?:raised|raises|secured|secures|closed|closes|"
    r"lève|levé|lever|boucle|bouclé|obtient|obtenu)\s+(?:[\w'’-]+\s+){0,5}?(?:[$€£¥]|US\$|C\$)?\d|"
    # the newsroom's other verbs of a round, a sum of money next: "X bags $9m", "X a empoché 3 millions"
    r"(?:bag(?:s|ged)|lands?|landed|nets|netted|snag(?:s|ged)|(?:pull(?:s|ed)?|rake[sd]?|reel(?:s|ed)?)\s+in|"
    r"(?:pick|lock)(?:s|ed)?\s+up|"
    r"scor(?:es|ed)|grab(?:s|bed)|bank(?:s|ed)|wins|won|gets|got|attract(?:s|ed)|collect(?:s|ed)|receiv(?:es|ed)|"
    r"décroch[eé]|empoch[eé]|réuni[t]?|récolt[eé]|collect[eé]|sécuris[eé]|attir[eé]|engrang[eé]|rafl[eé]|"
    r"trouv[eé]|reçoit|reçu)\s+(?:[\w'’-]+\s+){0,2}?" + _MONEY + ")",
    re.I,
)
# "X acted as financial adviser to Y": an adviser named in a deal is a firm.
ADVISER = re.compile(
    r"^\s+(?:acted|acts|is acting|was acting|a agi|agit) (?:as|comme|en tant que) (?:[\w-]+\s+){0,2}?"
    r"(?:advis[eo]rs?|conseils?|conseillers?)\b",
    re.I,
)
# A place in an apposition, with its commas: "Sable, an Austin, Texas, startup".
_APPOSED_PLACE = r"(?-i:[A-ZÀ-Ý][\w-]*),\s+"
# A word of an apposition before its noun ("a Lyon-based software company"); a preposition or article there makes
# the noun its object ("an investor in the company", "un associé de la banque").
_APPOSED_WORD = (
    r"(?:(?!(?:in|of|at|for|with|to|from|by|on|the|its|his|her|their|de|du|des|d|chez|dans|à|au|aux|pour|la|le|"
    r"les|l|sa|son|ses|leur|who|qui)\b)[\w-]+\s+)"
)
AFTER_CUES = re.compile(
    r"^(?:['’]s?\s+" + OWNED + r"\b"
    r"|\s+(?-i:" + TICKER.pattern + r")\b|\s*\((?:" + EXCHANGE + r")\s*:\s*[A-Z]|" + RAISED.pattern[1:] + r""
    r"|[ \t\u00a0]+(?:CEO|co-?founder|founder|boss)\b"  # "Acme CEO Jane Doe" (a profile has its title on the next line)
    r"|,\s+(?-i:Inc|Ltd|LLC|Corp|Co|S\.A|SAS|GmbH|AG|plc|PLC|Pvt)\b"  # "X, Inc.": a legal form after a comma
    # "X, which makes inspection software", "X, qui édite des logiciels": what a business makes or sells
    r"|,\s+(?:which|that)\s+(?:makes|builds|develops|sells|designs|operates|provides|offers|manufactures)\b"
    r"|,\s+qui\s+(?:fabrique|commercialise|édite|exploite|distribue)\b"
    # "X, a startup that …", also after the launch's date: "lancé Névé le 4 février, une start-up basée à …"
    r"|(?:\s+(?:on|last|this|le|ce|en|in)\s+[^,.;:!?()]{1,30}?)?,\s+(?:a|an|un|une)\s+(?:"
    + _APPOSED_WORD
    + "|"
    + _APPOSED_PLACE
    + r"){0,3}"
    r"(?:start-?up|startup|company|firm|société|entreprise|lab|bank|banque|insurer|assureur|mutuelle|utility|"
    r"retailer|distributeur|manufacturer|fabricant|constructeur|carmaker|maker|pousse|suppliers?|fournisseur|"
    r"vendor|marketplace|operator|opérateur|outfit|studio|scale-?up|éditeur|intégrateur|integrator|fintech|"
    r"biotech|healthtech|medtech|insurtech|proptech|edtech|chipmaker|automaker|telco|"
    r"venture(?=\s+(?:from|of|by)\b|\s*[,;.)]))\b"
    r"|" + ADVISER.pattern[1:] +
    # French appositions drop the article: "X, start-up lilloise spécialisée dans ...".
    r"|,\s+(?-i:(?:jeune |petite |nouvelle )?(?:start-?up|société|entreprise|pousse|firme)|filiale|spin-?off)\b"
    # "X, sa start-up", "X, her new company": the founder's own
    r"|,\s+(?:sa|son|leur|her|his|their)\s+(?:(?:propre|nouvelle|jeune|own|new)\s+)?(?:start-?up|société|"
    r"entreprise|jeune pousse|company|venture)\b"
    # "X, une association", "X, a non-profit": an organisation that is no company.
    r"|,\s+(?:une?|an?|the|l['’])\s*(?:[\w-]+\s+){0,2}?(?:organisme|organisation|organization|"
    r"association|ONG|NGO|non-?profit|not-for-profit|fondation|foundation|think tank)s?\b(?!['’])"
    # Only an organisation is founded: "X, fondée en 2019 par", "X, founded in 2020 by".
    r"|,\s+(?:(?:co-?)?fondée?s?|(?:co-?)?founded|headquartered|incorporated)\s+"
    r"(?:en|in|par|by|à|au|at|on|le|dans)\b"
    # "X est née à Lyon en 2025", "X was founded in 2021", "X was spun out of": said of an organisation.
    r"|" + FOUNDED_AFTER + r""
    # "X, the company behind Y" is an apposition; "London, the company said" is a clause.
    r"|,\s+(?:the|la)\s+(?:[\w-]+\s+){0,3}"
    r"(?:start-?up|startup|company|firm|société|entreprise|lab|marketplace|supplier|vendor|operator|outfit|studio|"
    r"scale-?up|lender|insurer|retailer|chipmaker|carmaker|fintech|biotech|éditeur|fabricant|fournisseur|opérateur|"
    r"pépite|licorne|unicorn|jeune pousse|fleuron|venture|brainchild|aventure(?: entrepreneuriale)?)"
    r"(?:\s+(?-i:[a-zéèêëîïôç-]+(?:aise|oise|ienne|éenne|aine|ine|ane|ique|ale)s?))?"  # "la société casablancaise"
    r"(?=\s*[,;.)]|\s+(?:that|which|behind|founded|based|backed|led|whose|with|of|in|from|he|she|they|we|qui|que|"
    r"qu['’]|dont|"
    r"fondée|basée|spécialisée|derrière|de|d['’])\b)"
    # "X, an Ivorian angel network", "X, nouvelle spin-off de Y": other organisation nouns, ended
    # by a clause ("X, a former bank executive" is a person's apposition).
    r"|,\s+(?!(?:is|are|was|were|has|have|had|will|would|can|est|sont|était|ont|sera)\s)"  # a clause, no apposition
    r"(?:(?:an?|the|une?|la|le|l['’]|its|their|his|her|sa|son|leur)\s+)?" + _APPOSED_WORD + r"{0,3}?"
    r"(?:spin-?offs?|funds?|fonds|(?:angel |investor )?networks?|réseau|banks?|banques?|insurers?|"
    r"assureurs?|lenders?|incubat(?:or|eur)s?|accelerators?|accélérateurs?|unicorns?|licornes?|"
    r"jeunes? pousses?|subsidiar(?:y|ies)|filiales?|chipmakers?|holdings?|conglomerates?)"
    r"(?=\s*[,;.)]|\s+(?:that|which|behind|founded|based|backed|led|whose|with|of|in|from|at|qui|"
    r"dont|fondée|basée|issue|née|spécialisée|derrière|de|du|des|d['’])\b))",
    re.I,
)
# "led by X, alongside Y", "mené par X, aux côtés de Y": with a round named before, the other investors.
ALONGSIDE = re.compile(
    r"\b(?:alongside|along with|together with|aux côtés d(?:e|u|es|['’])|avec la participation d(?:e|u|es|['’]))"
    r"[ \t\u00a0]*$",
    re.I,
)
ROUND = re.compile(r"\b(?:round|series [a-z]|seed|tour de table|tour|levée|financement|funding|financing)\b", re.I)
# Roles held in an organisation, never towards a person: "cofondatrice d'X Y", "CEO of X Y".
FOUNDER_OF = re.compile(
    r"\b(?:co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|co-?founders?|founders?|CEO|PDG|"
    r"directeur général|directrice générale|chief executive(?: officer)?)"
    r"(?:\s+(?:of|at|de|du|chez)\s+|\s+d['’])$"
)
# A role then "of", "de", "chez" right before a name: the name is the organisation ("chief executive of X Y").
ROLE_PREP = re.compile(r"(?:\b(?:of|at|for|with|de|du|des|chez|pour|avec)|\bd['’])[ \t\u00a0]*$", re.I)
# "the Sierra Nevada", "la Silicon Valley": an article right before a name says it is no person's.
THE_BEFORE = re.compile(r"\b(?:the|le|la|les)[ \t\u00a0]+$")
# "offices in Lisbon's Victoria Heights": after a place preposition, a possessive owns a place, not a person.
IN_OWNER = re.compile(
    r"\b(?:in|near|outside|around|across|throughout)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?"
    r"[ \t\u00a0]+$"
)
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|an?|le|la|les|une?|des|du|au|aux|this|ce|cet|cette)|\b[lL]['’])"
    r"[ \t\u00a0]*$",
    re.I,
)
# Right before a name, these make it an organisation even when it starts with a first name ("at Morgan Stanley").
ORG_BEFORE = re.compile(
    r"\b(?:at|chez|start-?up|startup|company|firm|société|entreprise|firme|fund|fonds|bank|satt|"
    r"banque|groupe|group|jeune pousse|pépite|licorne|unicorn|spin-?off|filiale|subsidiary|studio|outfit|"
    r"scale-?up|holding|vendor|platform|plateforme|marketplace|"
    r"(?:fin|insur|med|bio|ed|health|prop|agri|legal|clean|food|deep)tech)[ \t\u00a0]+$",
    re.I,
)
# French adjectives after an organisation noun ("la start-up rennaise", "le fonds spéculatif suisse"), or a naming
# participle ("une start-up baptisée X").
_ADJ = (
    r"(?:[a-zéèêëàâîïôûç-]+"
    r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|ine|ique|if|ive|el|elle|al|ale|é|ée|iste|and|ande|sse|ge|ile|aire)s?)"
)
# What a French organisation noun makes or does: "le constructeur de drones X", "la start-up d'IA X".
_OF_WHAT = r"(?:[ \t\u00a0]+(?:de|des|d['’])[ \t\u00a0]*[a-zéèêëàâîïôûç-]+|[ \t\u00a0]+d['’](?:IA|[ÉE]tat))?"
# A lower-case organisation noun (a capital makes it part of the name: "Startup Europa") before a name.
ORG_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:start-?ups?|startups?|sociétés?|entreprises?|firmes?|groupes?|groups?|fonds|jeune pousse|"
    r"laboratoires?|pépites?|agences?|agency|agencies|mutuelles?|cabinets?|scale-?ups?|holdings?|outfits?|"
    r"vendors?|intégrateurs?|integrators?|"
    # "the hiring platform X", "la plateforme X" ("sa plateforme X", "its studio X": a product or a unit; "sur la
    # plateforme X", "on the platform X": where something was posted)
    r"(?<!sur )(?<!on )(?:[Tt]he|an?|[Ll]a|une?|[Ll]e)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}?"
    r"(?:studios?|plateformes?|platforms?|marketplaces?)|"
    r"compan(?:y|ies)|firms?|labs?|funds?|chipmakers?|makers?|spin-?offs?|filiales?|subsidiar(?:y|ies)|unicorns?|"
    r"licornes?|incubat(?:or|eur)s?|réseaux? d['’]investisseurs|(?:angel |investor )?networks?|banques?|banks?|"
    r"insurers?|assureurs?|lenders?|sous-traitants?|subcontractors?|pôles? de compétitivité|"
    r"accélérateurs?|accelerators?)" + _OF_WHAT + r"(?:[ \t\u00a0]+" + _ADJ + r"){0,2}"
    # "une start-up baptisée X", "a company called X"; after a comma, "named" is a verb ("the company, named X CEO")
    r"(?:,?[ \t\u00a0]+(?:baptisée?s?|nommée?s?|appelée?s?|dénommée?s?)|[ \t\u00a0]+(?:dubbed|called|named))?"
    r"(?:[ \t\u00a0]*:)?[ \t\u00a0]+$"  # "une nouvelle entreprise : X"
)
# "his design firm, X,", "sa nouvelle start-up, X,": the same nouns, the name set off by commas.
ORG_NOUN_COMMA = re.compile(
    r"(?<![\w-])(?:start-?ups?|startups?|sociétés?|entreprises?|firmes?|compan(?:y|ies)|firms?|labs?|laboratoires?|"
    r"funds?|fonds|spin-?offs?|filiales?|subsidiar(?:y|ies)|venture|jeune pousse|investors?|investisseurs?|backers?|"
    r"actionnaires?|shareholders?|pépites?|licornes?|unicorns?|maison mère|parent(?: company)?|holding|"
    r"scale-?ups?)(?:[ \t\u00a0]+" + _ADJ + r"){0,2},[ \t\u00a0]+$",
    re.I,
)
# Industry nouns: before a name that is no person's ("le chimiste BASF", "the reinsurer X", "l'opérateur X"), an
# organisation; they can also name a person's trade, so they count only where no person was found.
INDUSTRY_BEFORE = re.compile(
    r"(?<![\w-])(?:chimistes?|chemicals? (?:group|maker)|(?:ré)?assureurs?|(?:re)?insurers?|lenders?|opérateurs?|"
    r"operators?|telcos?|carriers?|utilit(?:y|ies)|"
    r"constructeurs?|carmakers?|automakers?|fabricants?|manufacturers?|équipementiers?|"
    r"suppliers?|fournisseurs?|distributeurs?|retailers?|pétroliers?|énergéticiens?|industriels?|éditeurs?|"
    r"conglomérats?|conglomerates?|géants?|giants?|courtiers?|brokers?|hébergeurs?|sidérurgistes?|"
    r"pharmas?|[a-z]{2,}techs?)"  # "fintech", "foodtech", "insurtech"
    + _OF_WHAT
    + r"(?:[ \t\u00a0]+"
    + _ADJ
    + r"){0,2}[ \t\u00a0]+$"
)
# Trades no person is named by ("data-center operator X Y", "la compagnie bretonne X Y"): before a name that starts
# like a first name, still an organisation's.
TRADE_BEFORE = re.compile(
    r"(?<![\w-])(?:operators?|carriers?|telcos?|utilit(?:y|ies)|carmakers?|automakers?|chipmakers?|manufacturers?|"
    r"suppliers?|retailers?|lenders?|(?:re)?insurers?|conglomerates?|compagnies?)"
    r"(?:[ \t\u00a0]+(?!(?:de|du|des|of|and|et|in|at|for|from|to|with|by|on|en|dans|à|pour|avec|par|sur|chez|"
    r"the|le|la|les)\b)[a-zéèêëàâîïôûç-]+){0,2}[ \t\u00a0]+$"
)
DASH_BEFORE = re.compile(r"[–—]\s*$")  # "SINGAPORE – Insurer X": a dateline's dash opens the sentence


def _org_noun(word: str) -> bool:
    """An organisation or industry noun ("Insurer", "Start-up") written with a capital because it starts a sentence."""
    return bool(ORG_NOUN_BEFORE.search(word.lower() + " ") or INDUSTRY_BEFORE.search(word.lower() + " "))


# "l'Institut national polytechnique Félix X", "Université Mohammed VI Polytechnique", "rue Saint-Denis", "Institute
# for Marine X": a name right after an institution's or a street's first words is part of that name, not a person or
# another company.
INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:Institut|Institute|Université|University|École|Ecole|School|Collège|College|Lycée|Fondation|"
    r"Foundation|Hôpital|Hospital|Académie|Academy|Musée|Museum|Chaire|Stade|Stadium|Aéroport|Airport|[Rr]ue|"
    r"[Aa]venue|[Bb]oulevard|[Qq]uai)(?:[ \t\u00a0]+(?!(?:President|Présidente?|Professor|Professeure?|Chancellor|"
    r"Dean|Doyenne?|Directo?r|Directrice|Chair|Provost|Rect(?:or|eur|rice)|CEO|PDG)\b)"
    r"(?:[A-ZÀ-Ý][\w'’-]*|" + _ADJ + r")){0,3}(?:[ \t\u00a0]+(?:for|of|pour|de|des|du))?[ \t\u00a0]+$"
)
# "le néerlandais ASML", "l'allemand SAP": a lower-case nationality used as a noun names a company (a person's
# nationality is written with a capital: "le Français X").
NATIONALITY_NOUN = re.compile(
    r"(?<![\w-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|par le|par la)[ \t\u00a0]*([a-zéèêëàâîïôûç]+)"
    r"[ \t\u00a0]+$"
)
# "le toulousain X", "la lilloise X": a town's demonym, lower-case, used as a noun; the words of that shape that are
# not demonyms ("le mois", "le prochain", "le palais") are listed.
TOWN_DEMONYM = re.compile(r"[a-zéèêëàâîïôûç]{3,}(?:ais|aise|ois|oise|ain|aine)")
NOT_DEMONYMS = _words("""
mois fois bois palais relais biais marais frais rabais harnais balais prochain prochaine parrain marraine bourgeois
bourgeoise framboise ardoise souverain souveraine humain humaine certain certaine lendemain terrain écrivain écrivaine
copain châtelain châtelaine vilain vilaine forain foraine riverain riveraine contemporain contemporaine républicain
républicaine demain refrain levain chamois minois putois
""")


def _nationality_noun(word: str) -> bool:
    """A lower-case word used as a noun before a name says where a company is from: a country's or a town's
    demonym ("le néerlandais X", "le toulousain X")."""
    return _descriptive(norm(word)) or (TOWN_DEMONYM.fullmatch(word) is not None and norm(word) not in NOT_DEMONYMS)


def _owner(body: str, toks: list[_Tok], j: int) -> bool:
    """The run ending at toks[j - 1] is a possessive right before another name ("Singapore's X Fund")."""
    last = toks[j - 1]
    return (
        j < len(toks)
        and last.text != last.bare
        and bool(re.search(r"['’]s?$", last.text))
        and toks[j].capitalised
        and body[last.end : toks[j].start] == " "
    )


def _continues(body: str, toks: list[_Tok], taken, i: int) -> bool:
    """toks[i] follows a company name in one capitalised phrase ("Google Play", "Amazon Fulfillment
    Technologies"): a product or division of that company, not a company of its own."""
    before = taken[i - 1] if i > 0 else None
    return before is not None and before.kind in ("company", "product") and _adjacent(body, toks[i - 1], toks[i])


def _org_context(body: str, toks: list[_Tok], i: int, j: int, at: bool = True) -> bool:
    """Words next to toks[i:j] that make it an organisation: "la start-up X", "CEO of X", "chez X",
    "X’s CEO", "X, a startup", "ex-X boss", or a list introduced as organisations ("des géants comme X").
    Without ``at``, a bare "at" is no cue ("AI at Scale")."""
    before = body[max(0, toks[i].bare_start - 60) : toks[i].bare_start]
    after = body[toks[j - 1].end : toks[j - 1].end + 40]
    possessive = re.search(r"['’]s?$", toks[j - 1].text)
    tail = possessive.group() if possessive and toks[j - 1].text != toks[j - 1].bare else ""
    cue = BEFORE_CUES.search(before)
    if not cue and j - i == 1 and toks[i].bare.isupper() and len(toks[i].bare) > 1 and ARTICLE_END.search(before):
        cue = BEFORE_CUES.search(ARTICLE_END.sub("", before))  # "passé par le CNES": an acronym takes an article
        cue = cue if cue and cue.group().strip().lower() != "at" else None
    former = (toks[i].text[:3].lower() == "ex-" or re.search(r"\bformer\s+$", before, re.I)) and EX_ROLE.match(
        body, toks[j - 1].end
    )  # "ex-X boss", "a former X executive"
    nationality = NATIONALITY_NOUN.search(before)
    alongside = ALONGSIDE.search(before)
    return bool(
        (cue and (at or cue.group().strip().lower() != "at"))
        or ABOUT_BEFORE.search(before)
        or _founded_or_named(body, toks[i].bare_start)
        or LISTED_ON.search(before)
        or LEADS_ROUND.match(body, toks[j - 1].end)
        or SAID_IT_RAISED.match(after)
        or ORG_ACTS.match(after)
        or _company_acts(body, toks[i].bare_start, toks[j - 1].end)
        or (alongside and ROUND.search(body, max(0, toks[i].bare_start - 140), toks[i].bare_start))
        or AFTER_CUES.match(tail + after)
        or _trade_after(body, toks[i], toks[j - 1].end)
        or _related(toks[i:j], before, after)
        or former
        or _moved_among(body, toks, i, j)
        or ORG_NOUN_BEFORE.search(before)
        or INDUSTRY_BEFORE.search(before)
        or TRADE_BEFORE.search(before)
        or (nationality and _nationality_noun(nationality.group(1)))
        or (ORG_NOUN_COMMA.search(before) and (re.match(r"[,.;]", after) or toks[j - 1].text.endswith(".")))
        or (_listed(body, toks[i].start) and (toks[j - 1].text.endswith(".") or ITEM_END.match(body, toks[j - 1].end)))
    )
