"""Find the companies and people an article mentions, as registry ids, and propose new ones.

1. Registry aliases: longest match over word n-grams, after normalisation (case, accents, elisions
   "l’OAI", possessives "OpenAI’s", @handles). Outlets and products are matched too, so "OpenAI o1"
   or "The Information" are never read as companies. The knowledge base's names are matched the same
   way (a hit without a registry file yet is proposed as a new entity with the record's name and
   descriptions); its names that are also ordinary words ("Apple", "Figure", "H") only as written and
   where the text is about an organisation.
2. Close spellings of registry names (Sebastian / Sébastien Bubeck) by fuzzy matching.
3. Surnames ("Bubeck", "M. Bubeck") of people already found, or after an honorific.
4. Names the registry does not know: a person when a known first name (gender-guesser) or a role
   ("le directeur technique, X Y") comes before a capitalised surname; a company when the text says
   so (legal or name suffix "Inc.", "X AI", "la start-up X", "CEO of X", "chez X", "X’s CEO",
   "Google DeepMind CEO", "des géants comme X, Y ou Z", "X et <known company>").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from babel import Locale
from babel.dates import get_day_names, get_month_names
from unidecode import unidecode

from .. import roles
from ..registry import Registry, norm, slug



def _words(text: str) -> frozenset[str]:
    """A word list written in the source, as lookup keys."""
    return frozenset(norm(w) for w in text.split())


# A colon between letters is inside a name ("Sift:ai"); "10:30" and "Note: X" are no names.
TOKEN = re.compile(r"@?\w+(?:['’\-.&]\w+|(?<=[^\W\d_]):(?=[^\W\d_])\w+)*\.?", re.UNICODE)
# An elided article ("l’OAI") or "ex-" ("ex-Google boss"): the name starts after it.
ELISION = re.compile(r"^(?:(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]|ex-)(?=\w)", re.I)
# "Tokyo-based", "Microsoft-backed": a place or an organisation used as an adjective, never a new name by itself.
DESCRIPTOR = re.compile(r"^(\w[\w.&'’-]*?)-(?:based|backed|owned|funded|led|born|headquartered|made|focused|run|"
                        r"affiliated|controlled|linked|native)$", re.I)
ARTICLE_ELIDED = re.compile(r"[lL]['’](?=\w)")  # "l’Italienne": a noun; no person's name takes an article
POSSESSIVE = re.compile(r"['’]s?$")
HONORIFICS = {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "me", "sir"}
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "del", "du", "bin", "al", "el", "la", "le", "ben", "ter"}
# Capitalised words that gender-guesser also knows as first names but that start ordinary sentences or titles.
NOT_FIRST_NAMES = {
    "key", "will", "may", "june", "april", "august", "le", "la", "les", "elle", "il", "new", "chief", "general",
    "page", "story", "grace", "hope", "joy", "art", "sun", "star", "dawn", "summer", "major",
    "king", "prince", "lord", "ca", "so", "no", "un", "une", "des", "en", "et", "je", "tu", "on", "in", "an",
    "former", "interim", "president", "director", "professor", "saint", "san", "santa", "los", "las", "del",
}
LEGAL_SUFFIXES = {"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "sarl", "gmbh", "ag", "co", "pvt"}
# Partnerships' legal forms: a firm's, and written as part of its name ("X Y LLP").
FIRM_SUFFIXES = {"llp", "lp"}
NAME_SUFFIXES = {"ai", "labs", "lab", "ventures", "capital", "partners", "technologies", "group", "holdings",
                 "bank", "robotics", "systems", "software", "studios", "networks", "research", "intelligence",
                 "fund", "fonds", "angels", "mutual", "robotique", "systemes", "partenaires", "technologie",
                 "investments", "securities", "advisors", "advisers", "analytics", "bio", "compute", "foundation",
                 "fondation", "institute", "institut", "enterprise", "therapeutics", "biosciences", "dynamics",
                 "solutions", "industries", "health", "energy"}
# Suffixes naming a field rather than a business: after a word that only starts a sentence ("Generative AI",
# "Quantum Systems are ..."), they make no name; "Canopy Bank", "Seedcamp Ventures" they do.
FIELD_SUFFIXES = {"ai", "intelligence", "research", "software", "systems", "systemes", "robotics", "robotique",
                  "technologies", "technologie", "networks", "analytics", "bio", "compute", "health", "energy",
                  "solutions", "dynamics"}
# "Development Bank of Wales", "Institute for Machine Learning": an institution's name goes on after these words.
INSTITUTIONS = {"bank", "banque", "institute", "institut", "foundation", "fondation", "fund", "fonds", "agency",
                "agence", "university", "universite", "school", "ecole", "academy", "academie", "council", "centre",
                "center"}
INSTITUTION_LINKS = {"of", "for", "de", "du", "des", "pour"}
# First words that make a capitalised run a fund's, bank's or group's name ("Fonds Hainaut Innovation", "Groupe X").
ARM_SUFFIXES = {"ventures", "capital"}  # after a known company: its investment arm, a company of its own
NAME_HEADS = {"fonds", "fund", "banque", "groupe"}
# "<cue> X": X is an organisation. Cues are lower-case nouns and role phrases, in French and English.
BEFORE_CUES = re.compile(
    r"(?:\b(?:rival|investor|investisseur|backer|venture dubbed|venture called|firm called|company called)"
    r"|\b(?:CEO|PDG|patron|patronne|boss|présidente?|president|founders?|co-?founders?|co-?fondat(?:eur|rice)s?|"
    r"fondat(?:eur|rice)s?|"
    r"directeur|directrice|"
    r"chief \w+(?: officer)?|head|chef|employee|employé|salarié|researcher|chercheur|chercheuse)(?: [a-zéè]+)? (?:of|de|d['’]|du|at|chez)"
    r"|\b(?:chez|rejoindre|rejoint|rejoins|join|joins|joined|joining|quitte|quitter|quitté|left|leaving|leaves|at"
    r"|acquire|acquires|acquired|acquiring|acquisition of|acquisition de|rachète|racheter|racheté|rachat de"
    r"|auprès de|auprès du|auprès d['’]|(?:co-?)?found|(?:co-?)?founded|fonder|cofonder|co-fonder|lancer|to start"
    r"|(?:co-?)?fond(?:é|ée|e|ent)|cré(?:é|ée|ent|er)"
    r"|invest in|invests in|invested in|investing in|investi dans|investit dans"
    r"|participation (?:from|of|de|d['’]|du)|acquired by|bought by|rachetée?s? par|acquise?s? par"
    r"|(?:round|series [a-z]|seed|tour de table|levée|financement|funding|financing)\b[^.;\n]{0,40}?"
    r"\b(?:(?:co-?)?led by|(?:co-?)?(?:menée?|dirigée?|conduite?) par))"
    r")[ \t\u00a0]*$",  # on the same line: a heading above says nothing of the paragraph
    re.I,
)
AFTER_CUES = re.compile(r"^(?:['’]s?\s+(?:CEO|chief|president|founder|co-?founder|board|director)\b"
                        r"|\s+(?:CEO|co-?founder|founder|boss)\b"
                        r"|,\s+(?:a|an|une)\s+(?:[\w-]+\s+){0,3}"
                        r"(?:start-?up|startup|company|firm|société|entreprise|lab)\b"
                        # French appositions drop the article: "X, start-up lilloise spécialisée dans ...".
                        r"|,\s+(?-i:start-?up|société|entreprise|jeune pousse|firme|filiale|spin-?off)\b"
                        # "X, une association", "X, a non-profit": an organisation that is no company.
                        r"|,\s+(?:une?|an?|the|l['’])\s*(?:[\w-]+\s+){0,2}?(?:organisme|organisation|organization|"
                        r"association|ONG|NGO|non-?profit|not-for-profit|fondation|foundation|think tank)s?\b(?!['’])"
                        # Only an organisation is founded: "X, fondée en 2019 par", "X, founded in 2020 by".
                        r"|,\s+(?:(?:co-?)?fondée?s?|(?:co-?)?founded|headquartered|incorporated)\s+"
                        r"(?:en|in|par|by|à|au|at|on|le|dans)\b"
                        # "X, the company behind Y" is an apposition; "London, the company said" is a clause.
                        r"|,\s+(?:the|la)\s+(?:[\w-]+\s+){0,3}"
                        r"(?:start-?up|startup|company|firm|société|entreprise|lab)"
                        r"(?=\s*[,;.)]|\s+(?:that|which|behind|founded|based|backed|led|whose|with|of|in|from|qui|dont|"
                        r"fondée|basée|derrière|de|d['’])\b)"
                        # "X, an Ivorian angel network", "X, nouvelle spin-off de Y": other organisation nouns, ended
                        # by a clause ("X, a former bank executive" is a person's apposition).
                        r"|,\s+(?:(?:an?|the|une?|la|le|l['’]|its|their|his|her|sa|son|leur)\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:spin-?offs?|funds?|fonds|(?:angel |investor )?networks?|réseau|banks?|banques?|insurers?|"
                        r"assureurs?|lenders?|incubat(?:or|eur)s?|accelerators?|accélérateurs?|unicorns?|licornes?|"
                        r"jeunes? pousses?|subsidiar(?:y|ies)|filiales?|chipmakers?|holdings?|conglomerates?)"
                        r"(?=\s*[,;.)]|\s+(?:that|which|behind|founded|based|backed|led|whose|with|of|in|from|at|qui|"
                        r"dont|fondée|basée|issue|née|spécialisée|derrière|de|du|des|d['’])\b))", re.I)
# After "ex-X": a role makes X an organisation ("ex-Google boss", "an ex-OpenAI researcher").
EX_ROLE = re.compile(r"\s+(?:boss|chief|CEO|CTO|executive|exec|employee|staffer|engineer|researcher|scientist|founder|"
                     r"co-?founder|head|director|president|VP|manager|worker|alum\w*|patron|dirigeant\w*|salarié\w*|"
                     r"chercheu\w+|ingénieur\w*|cadre|employé\w*)s?\b", re.I)
# "<role>, First Last" or "<role> First Last": a name after a role is a person even when the first name is rare.
ROLE_CUE = re.compile(
    r"\b(?:directeur|directrice|PDG|CEO|président|présidente|fondateur|fondatrice|cofondat\w+|co-fondat\w+|founder|"
    r"co-?founders?|founders|chercheu\w+|researchers?|scientists?|scientifique|ingénieur\w*|engineers?|analyste?|"
    r"porte-parole|spokesperson|officer|executive|dirigeant\w*|partner|associée?|lead|head)"
    r"(?:\s+[a-zéèêàç’'-]+){0,3}"
    r"(?:(?:\s+(?:de|of|at|chez)\s+|\s+d['’])[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})?,?[ \t\u00a0]+$")
# Roles held in an organisation, never towards a person: "cofondatrice d'X Y", "CEO of X Y".
FOUNDER_OF = re.compile(r"\b(?:co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|co-?founders?|founders?|CEO|PDG|"
                        r"directeur général|directrice générale|chief executive(?: officer)?)"
                        r"(?:\s+(?:of|at|de|du|chez)\s+|\s+d['’])$")
# A role then "of", "de", "chez" right before a name: the name is the organisation ("chief executive of X Y").
ROLE_PREP = re.compile(r"(?:\b(?:of|at|for|with|de|du|des|chez|pour|avec)|\bd['’])[ \t\u00a0]*$", re.I)
# "the Sierra Nevada", "la Silicon Valley": an article right before a name says it is no person's.
THE_BEFORE = re.compile(r"\b(?:the|le|la|les)[ \t\u00a0]+$")
# "offices in Lisbon's Victoria Heights": after a place preposition, a possessive owns a place, not a person.
IN_OWNER = re.compile(r"\b(?:in|near|outside|around|across|throughout)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?"
                      r"[ \t\u00a0]+$")
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|an?|le|la|les|une?|des|du|au|aux|this|ce|cet|cette)|\b[lL]['’])"
                               r"[ \t\u00a0]*$", re.I)
# ", a former Orange engineer, X Y": the role closes an apposition about someone named before.
APPOSITION_END = re.compile(r",\s+(?:an?|une?)\s+[^,.;:]{1,60},[ \t\u00a0]+$", re.I)
# "founded in 2022 by X Y", "fondée par X Y": founders are people.
FOUNDED_BY = re.compile(r"\b(?:(?:co-?)?founded|(?:co-?|co)?fond[ée]e?s?|créée?s?|created)\s+"
                        r"(?:(?:in|en)\s+\d{4}\s+)?(?:by|par)[ \t\u00a0]+$", re.I)
# After a name, a relative "who" or an apposition giving a role ("X Y, partner at Z", "X Y, a former Orange engineer",
# "X Y, fondatrice et directrice générale de Z", "X Y, qui en est la présidente"), or the post one is given
# ("named X Y as its new chief data officer", "nommer X Y au poste de directeur"): a person.
PERSON_AFTER = re.compile(
    r"(?:,\s+who\b|(?:(?:,\s+qui\s+(?:en\s+|y\s+)?(?:est|était|sera|devient|reste)\s+|\s+(?:as|comme|en tant que|"
    r"au poste de)\s+(?![^,.;]{0,30}\bpartn)|,\s+)(?:(?:an?|the|une?|l['’]|le|la|its|their|his|her|son|sa|leur)\s+)?"
    r"(?:(?!(?:and|et|or|ou)\s)[\w’'.-]+\s+){0,3}?|\s*\((?=[^()]{1,40}\)))"  # "X Y (CEO)": a role in brackets
    r"(?:partner|associée?|co-?founder|founder|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|cofondat(?:eur|rice)|CEO|PDG|"
    r"CTO|CFO|COO|directeur|directrice|director|head|chief|president|présidente?|vice-présidente?|chercheu(?:r|se)|"
    r"researcher|scientist|scientifique|engineer|ingénieure?|professor|professeure?|analyst|analyste|executive|"
    r"dirigeante?|employee|salariée?|spokes(?:person|man|woman)|porte-parole|chairman|chairwoman|responsable|manager|"
    r"economist|économiste|developer|développeu(?:r|se)|entrepreneure?|ministre|minister|student|étudiante?|"
    r"doctorante?|mathématicienne?|mathematician|veteran|alumn\w+)(?![\w-]))", re.I)
# "X Y covers European AI for <outlet>", "X Y est journaliste": an author's biography, not a person of the story.
AUTHOR_BIO = re.compile(
    r"\s+(?:covers|writes (?:about|for|on)|reports (?:on|for)|is an? (?:[\w-]+\s+){0,2}(?:reporter|correspondent|"
    r"journalist|editor|writer|columnist)|couvre|écrit (?:sur|pour)|est (?:[\w-]+\s+){0,2}(?:journaliste|"
    r"correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)))\b", re.I)
# Right before a name, these make it an organisation even when it starts with a first name ("at Morgan Stanley").
ORG_BEFORE = re.compile(r"\b(?:at|chez|start-?up|startup|company|firm|société|entreprise|firme|fund|fonds|bank|"
                        r"banque|groupe|group)[ \t\u00a0]+$", re.I)
# French adjectives after an organisation noun ("la start-up rennaise", "le fonds spéculatif suisse"), or a naming
# participle ("une start-up baptisée X").
_ADJ = (r"(?:[a-zéèêëàâîïôûç-]+"
        r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|ine|ique|if|ive|el|elle|al|ale|é|ée|iste|and|ande|sse|ge)s?)")
# What a French organisation noun makes or does: "le constructeur de drones X", "la start-up d'IA X".
_OF_WHAT = r"(?:[ \t\u00a0]+(?:de|des|d['’])[ \t\u00a0]*[a-zéèêëàâîïôûç-]+|[ \t\u00a0]+d['’]IA)?"
# A lower-case organisation noun (a capital makes it part of the name: "Startup Europa") before a name.
ORG_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:start-?ups?|startups?|sociétés?|entreprises?|firmes?|groupes?|fonds|jeune pousse|laboratoires?|"
    r"compan(?:y|ies)|firms?|labs?|funds?|chipmakers?|makers?|spin-?offs?|filiales?|subsidiar(?:y|ies)|unicorns?|"
    r"licornes?|incubat(?:or|eur)s?|réseaux? d['’]investisseurs|(?:angel |investor )?networks?|banques?|banks?|"
    r"insurers?|assureurs?|lenders?|"
    r"accélérateurs?|accelerators?)" + _OF_WHAT + r"(?:[ \t\u00a0]+" + _ADJ + r"){0,2}"
    r"(?:,?[ \t\u00a0]+(?:baptisée?s?|nommée?s?|appelée?s?|dénommée?s?|dubbed|called|named))?[ \t\u00a0]+$")
# "his design firm, X,", "sa nouvelle start-up, X,": the same nouns, the name set off by commas.
ORG_NOUN_COMMA = re.compile(
    r"(?<![\w-])(?:start-?ups?|startups?|sociétés?|entreprises?|firmes?|compan(?:y|ies)|firms?|labs?|laboratoires?|"
    r"funds?|fonds|spin-?offs?|filiales?|subsidiar(?:y|ies)|venture|jeune pousse|investors?|investisseurs?|backers?|"
    r"actionnaires?|shareholders?),[ \t\u00a0]+$", re.I)
# Industry nouns: before a name that is no person's ("le chimiste BASF", "the reinsurer X", "l'opérateur X"), an
# organisation; they can also name a person's trade, so they count only where no person was found.
INDUSTRY_BEFORE = re.compile(
    r"(?<![\w-])(?:chimistes?|chemicals? (?:group|maker)|(?:ré)?assureurs?|(?:re)?insurers?|lenders?|opérateurs?|"
    r"operators?|telcos?|carriers?|constructeurs?|carmakers?|automakers?|fabricants?|manufacturers?|équipementiers?|"
    r"suppliers?|fournisseurs?|distributeurs?|retailers?|pétroliers?|énergéticiens?|industriels?|éditeurs?|"
    r"conglomérats?|conglomerates?|géants?|giants?|cabinets?|courtiers?|brokers?|hébergeurs?|sidérurgistes?|"
    r"pharmas?|biotechs?|medtechs?|fintechs?|insurtechs?|proptechs?|edtechs?|agritechs?|healthtechs?)"
    + _OF_WHAT + r"(?:[ \t\u00a0]+" + _ADJ + r"){0,2}[ \t\u00a0]+$")
DASH_BEFORE = re.compile(r"[–—]\s*$")  # "SINGAPORE – Insurer X": a dateline's dash opens the sentence


def _org_noun(word: str) -> bool:
    """An organisation or industry noun ("Insurer", "Start-up") written with a capital because it starts a sentence."""
    return bool(ORG_NOUN_BEFORE.search(word.lower() + " ") or INDUSTRY_BEFORE.search(word.lower() + " "))


# "l'Institut national polytechnique Félix X", "Université Mohammed VI Polytechnique", "rue Saint-Denis": a name
# right after an institution's or a street's first words is part of that name, not a person or another company.
INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:Institut|Institute|Université|University|École|Ecole|School|Collège|College|Lycée|Fondation|"
    r"Foundation|Hôpital|Hospital|Académie|Academy|Musée|Museum|Chaire|Stade|Stadium|Aéroport|Airport|[Rr]ue|"
    r"[Aa]venue|[Bb]oulevard|[Qq]uai)(?:[ \t\u00a0]+(?!(?:President|Présidente?|Professor|Professeure?|Chancellor|"
    r"Dean|Doyenne?|Directo?r|Directrice|Chair|Provost|Rect(?:or|eur|rice)|CEO|PDG)\b)"
    r"(?:[A-ZÀ-Ý][\w'’-]*|" + _ADJ + r")){0,3}[ \t\u00a0]+$")
# "le néerlandais ASML", "l'allemand SAP": a lower-case nationality used as a noun names a company (a person's
# nationality is written with a capital: "le Français X").
NATIONALITY_NOUN = re.compile(r"(?<![\w-])(?:le|l['’]|du|au|par le)[ \t\u00a0]*([a-zéèêëàâîïôûç]+)"
                              r"[ \t\u00a0]+$")
LIST_CUE = re.compile(
    r"\b(?:géants?|entreprises|sociétés|groupes|fonds|investisseurs|actionnaires|concurrents|rivaux|acteurs|start-?ups|"
    r"companies|firms|giants|investors|backers|shareholders|rivals|competitors|players|startups|\w*makers|clients|"
    r"customers|partners|partenaires|industriels|banks|banques|insurers|assureurs|retailers|distributeurs|"
    r"manufacturers|fabricants|operators|opérateurs|brands|marques|laboratoires|labs|groups)\b"
    r"[^.;:!?]{0,40}?\b(?:comme|tel(?:le)?s? que|notamment|dont|parmi lesquel(?:le)?s|such as|including|like|"
    r"includes?|included|incluent|comptent|comprennent)\s", re.I)
COORD = re.compile(r"^[ \t\u00a0]+(?:et|and|ou|or|&)[ \t\u00a0]+$", re.I)
COORD_GAP = 16  # the longest gap COORD can match in practice
# Titles that may follow a company name in a capitalised run ("Google DeepMind CEO Demis Hassabis").
ROLE_WORDS = {"ceo", "pdg", "cto", "cfo", "coo", "president", "chairman", "founder", "cofounder"}
# Acronyms and words of the field written with capitals that name no organisation.
GENERIC = {"ia", "ai", "agi", "genai", "llm", "llms", "slm", "ceo", "pdg", "cto", "cfo", "coo", "vp", "ml", "api",
           "gpu", "vc", "vcs", "startup", "start up", "startups"}
# Closed-class words (articles, pronouns, conjunctions, prepositions, sentence adverbs) in both languages: capitalised
# only at a sentence or headline start, they never begin a name ("The Japanese", "Even Tesla", "What Is X").
FUNCTION_WORDS = _words("""
the a an this that these those his her its their our my your what how why when where who whom which whose while
even also only just still yet now then but and or nor so if as at in on of for with by from to into onto after before
since until about over under between during through without within against among despite although though because
however meanwhile moreover indeed instead here there is are was were be been being will would can could should may
might must do does did has have had not no all some many most more every each both another other such it he she they
we you i me him them us yesterday today tomorrow tonight recently earlier later separately overall
le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes et ou mais donc
ni car si comme quand lorsque alors aussi meme encore deja puis ainsi pourtant cependant toutefois desormais enfin
selon pour par avec sans sous sur dans chez entre vers depuis pendant avant apres contre il elle ils elles on nous
vous je tu qui que quoi dont ou quel quelle quels quelles comment pourquoi est sont etait ont ne pas plus tout tous
hier demain aujourd’hui recemment
toute toutes chaque autre autres certains plusieurs cela ceci ca voici voila en au aux
""") - {"ma", "son"}  # "Jack Ma", "Masayoshi Son"
# Titles and role words: before a name they introduce a person ("President X Y", "Chief Technology Officer X Y");
# alone or in a row ("Vice President") they are nobody.
TITLES = _words("""
chief vice president presidente dean ceo D.G P.D.G P.-D.G cto cfo coo cso cmo cpo pdg dg drh dsi daf directeur directrice
director executive officer
founder cofounder co-founder fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice chairman
chairwoman chair head senior managing minister ministre prime senator senateur senatrice governor gouverneur mayor
maire secretary secretaire chancellor sheikh cheikh professor professeur prof pr dr doctor docteur sir mr mrs ms mme
commissioner commissaire deputy depute ambassador ambassadeur analyst analyste researcher chercheur chercheuse
engineer ingenieur ingenieure scientist scientifique spokesperson spokesman spokeswoman porte-parole investor
general-partner ex former ancien ancienne
""")
# Last words of place names: "X Hotel", "X Park" are where something happened, not a company.
PLACE_TAILS = _words("hotel hotels hôtel park island islands valley area airport aéroport street avenue square "
                     "stadium arena campus")
# Last words of organisation, outlet, place and prize names: a name ending so is no person ("X Ventures", "X Magazine").
ORG_TAILS = _words("""
global associates investments investment securities fund funds foundation fondation institute institut
university universite
academy academie college school ecole magazine press presse review news times journal media medias tribune daily
herald gazette radio tv television studio bros brothers freres motors airlines aviation pharma pharmaceuticals
tech dispatch chronicle observer courier courrier ledger monitor telegraph bulletin wire insider examiner inquirer
sentinel weekly hebdo depeche express systemes solutions industries
therapeutics energy energie hotel hotels island islands valley area declaration mission council conseil commission
agency agence ministry ministere office bureau committee comite union association alliance initiative program
programme project projet summit sommet award awards prize prix medal medaille conference forum index report act
""")


@dataclass
class Mention:
    kind: str  # company, person, outlet, product; place, author, epithet, school: named, but neither
    id: str | None
    surface: str
    start: int
    end: int


@dataclass
class NewEntity:
    kind: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: dict[str, str] = field(default_factory=dict)
    surface: str = ""  # as first written in the text, to point the editor at it
    links: dict = field(default_factory=dict)
    known: bool = False  # from the knowledge base, not guessed from the text


@dataclass
class Extraction:
    people: list[str]
    companies: list[str]
    new: list[NewEntity]
    mentions: list[Mention]


def _name_case(word: str) -> bool:
    """Written as a name: a capital first, or a small letter before a capital ("iRobot", "eBay", "xAI")."""
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


class _Tok:
    """A word of the text with its forms computed once: ``bare`` without elision ("l’OAI", "ex-Google"),
    possessive ("OpenAI’s"), handle sign, final dot or adjective ending ("Microsoft-backed": a known name still
    matches, but such a word starts no new name); ``key``/``bare_key`` normalised for lookups."""

    __slots__ = ("text", "start", "end", "bare", "bare_start", "capitalised", "key", "head_key", "bare_key",
                 "descriptor")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        if text.isalnum():  # most words: nothing to strip
            self.bare, self.bare_start, self.capitalised, self.descriptor = text, start, _name_case(text), False
            self.key = self.head_key = self.bare_key = norm(text)
            return
        unelided = ELISION.sub("", text.lstrip("@"))
        self.bare_start = end - len(unelided)
        bare = unelided if re.search(r"\w\.\w", unelided) else unelided.rstrip(".")
        self.bare = POSSESSIVE.sub("", bare) if re.search(r"\w['’]s?$", bare) and len(bare) > 3 else bare
        descriptor = DESCRIPTOR.match(self.bare)
        if descriptor:
            self.bare = descriptor.group(1)
        self.descriptor = bool(descriptor)
        self.capitalised = _name_case(self.bare) and not descriptor
        self.key = norm(text)
        self.head_key = norm(unelided)  # first word of a name: "l’université" is also "université"
        self.bare_key = norm(self.bare)


@lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    if norm(word) in NOT_FIRST_NAMES or norm(word) in FUNCTION_WORDS or len(word) < 2 or word.isupper():
        return False
    if "-" in word.strip("-"):  # "Jean-Laurent", "Anne-Sophie"
        return all(_is_first_name(part) for part in word.split("-"))
    detector = roles.detector()
    for form in dict.fromkeys((word, unidecode(word))):
        if detector.get_gender(form) in {"male", "female", "mostly_male", "mostly_female"}:
            return True
    return False


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    words = set()
    for lang in ("fr", "en"):
        words |= {norm(v) for v in get_month_names("wide", locale=lang).values()}
        words |= {norm(v) for v in get_day_names("wide", locale=lang).values()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country and region names (Babel, both languages) and their usual abbreviations: never a company
    ("France, Germany and Italy"); still possible in a person's name ("Chad", "Jordan")."""
    names = {norm(v) for lang in ("fr", "en") for v in Locale.parse(lang).territories.values()}
    return frozenset(names | {"uk", "u k", "us", "u s", "usa", "u s a", "eu", "ue", "uae", "eau"})


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """The world's cities of 100,000 people or more (digest/data/cities.txt, from GeoNames): a new name that is
    one is a place ("quitte Montréal pour Nairobi"), never a new company or person."""
    text = resources.files("digest").joinpath("data/cities.txt").read_text(encoding="utf-8")
    return frozenset(norm(line) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """World regions (Babel's numeric territories, both languages): "Africa", "Asie du Sud-Est", "Latin America"."""
    return frozenset(norm(v) for lang in ("fr", "en") for k, v in Locale.parse(lang).territories.items() if k.isdigit())


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality words: the major languages' names in both languages ("French", "Japanese", "Français") and
    forms made from country names ("Indian", "Canadian", "American", "Israeli")."""
    words = {norm(name) for lang in ("fr", "en") for code, name in Locale.parse(lang).languages.items()
             if len(code) == 2}
    for country in Locale.parse("en").territories.values():
        for w in norm(country).split():
            stem = w[:-1] if w[-1:] in ("a", "e", "o", "y") else w
            if len(w) >= 4:
                words |= {w + "n", w + "an", stem + "an", stem + "ian", w + "i", stem + "ese", stem + "ish"}
    return frozenset(words | {"british", "swiss", "emirati", "saudi"})


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(Locale.parse("en").currencies)


AMOUNT = re.compile(r"([A-Z]{3})\d[\d.,]*")


def _currency(body: str, tok: _Tok) -> bool:
    """A currency written before an amount ("C$40", "GBP3.5"): no name."""
    code = AMOUNT.fullmatch(tok.text)
    return (body.startswith("$", tok.end) and tok.text.isupper()) or bool(code and code.group(1) in _currency_codes())


def _demonym_compound(word: str) -> bool:
    """"Arabic-speaking", "Indian-language", "French-born": a nationality made an adjective, no name."""
    head, _, tail = word.partition("-")
    return bool(tail) and tail.islower() and _descriptive(norm(head))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word of the roles glossary ("technology" of "chief technology officer")."""
    return frozenset(w for forms in roles.ROLES for form in forms for w in norm(form).split())


def _descriptive(key: str) -> bool:
    """A country, region or nationality: it says where, not who."""
    return key in _countries() or key in _demonyms()


def _trim(body: str, toks: list[_Tok], i: int, j: int) -> int:
    """Where the name in a capitalised run starts, after the words that name nobody: function words starting a
    sentence or a headline (inside a sentence, a capital says they are part of a name: "chez La Famiglia"), titles,
    field acronyms, and nationalities or role words before those ("The Japanese", "Vice President",
    "French VC X", "Chief Technology Officer X"; "Dean" only before a full name). ``j`` when the whole run is
    such words."""
    k = cut = i
    opening = None
    while k < j:
        key = toks[k].bare_key
        title = key in TITLES and (j - k > 2 or not _is_first_name(toks[k].bare) or toks[k + 1].bare_key in TITLES)
        if key in FUNCTION_WORDS and opening is None:
            opening = _sentence_initial(body, toks[i]) or _title_case(body, toks[i].start)
        if (key in FUNCTION_WORDS and opening) or key in GENERIC or title:
            k = cut = k + 1
        elif _descriptive(key) or key in _role_words():
            k += 1
        else:
            break
    while cut < j and not toks[cut].capitalised:  # a name particle left at the start ("CEO de X")
        cut += 1
    return j if k == j else cut


def extract(body: str, lang: str, registry: Registry, headline: str | None = None) -> Extraction:
    """Registry ids of the people and companies ``body`` mentions, in order of first mention, and new names.
    The article's ``headline`` is read with the body (it often holds the clearest cue: "la start-up X lève …"),
    and mentions keep their offsets in ``body``."""
    if headline:
        headline = _truecase(headline, body)
        offset = len(headline) + 2
        found = _extract(f"{headline}\n\n{body}", lang, registry)
        for m in found.mentions:
            m.start, m.end = m.start - offset, m.end - offset
        found.mentions = [m for m in found.mentions if m.start >= 0]
        return found
    return _extract(body, lang, registry)


def _compound_surnames(mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """A new person whose name ends the full name of a person named earlier is that person by a two-word
    surname ("Grâce Mukendi Ilunga ... Mukendi Ilunga said")."""
    full: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person" and m.id:
            full.setdefault(norm(m.surface), m.id)
    same = {}
    for entity in new:
        if entity.kind != "person":
            continue
        key = norm(entity.name)
        owner = next((i for name, i in full.items() if i != entity.id and name.endswith(" " + key)), None)
        if owner:
            same[entity.id] = owner
    for m in mentions:
        if m.kind == "person" and m.id in same:
            m.id = same[m.id]
    return [e for e in new if e.id not in same]


def _truecase(headline: str, body: str) -> str:
    """The headline with the capitals of a Title Case style ("X Named CEO", "Raises $10M In Series A") undone:
    a capitalised word is an ordinary word when the body writes it in small letters and never with a capital
    inside a sentence, or does not use it at all (a name the headline gives, the body repeats)."""
    small, named = set(), set()
    for m in TOKEN.finditer(body):
        word = m.group()
        if word[:1].islower():
            small.add(word)
        elif not _sentence_initial(body, m):
            named.add(word)

    def case(m: re.Match) -> str:
        word = m.group()
        if not word[:1].isupper() or word in named or word.isupper() and word in body:
            return word
        return word.lower() if word.lower() in small or word not in body else word
    return TOKEN.sub(case, headline)


def _extract(body: str, lang: str, registry: Registry) -> Extraction:
    toks = [_Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(body)]
    for tok in toks:
        if tok.capitalised and (_currency(body, tok) or _demonym_compound(tok.bare)):
            tok.capitalised = False
    taken: list[Mention | None] = [None] * len(toks)
    mentions = _aliases(body, toks, taken, registry)
    mentions += _fuzzy(body, toks, taken, registry)
    found_people = {m.id for m in mentions if m.kind == "person"}
    mentions += _surnames(body, toks, taken, registry, found_people)
    places = _places(body, toks)
    new = _new_people(body, toks, taken, registry, lang, mentions, places)
    new = _authors(body, mentions, new)
    _divisions(body, toks, taken)
    new += _new_companies(body, toks, taken, registry, lang, mentions, places)
    mentions.sort(key=lambda m: m.start)
    new = _compound_surnames(mentions, new)
    _epithets(mentions)
    new = _known(mentions, registry) + new
    people = list(dict.fromkeys(m.id for m in mentions if m.kind == "person"))
    companies = list(dict.fromkeys(m.id for m in mentions if m.kind == "company"))
    return Extraction(people, companies, new, mentions)


PLACE_CUE = re.compile(r"\b(?:based in|headquartered in|located in|offices? in|city of|basée?s? à|installée?s? à|"
                       r"implantée?s? à|siège à|ville de)\s+$", re.I)


def _places(body: str, toks: list[_Tok]) -> set[str]:
    """Names this text uses as places: before "-based" ("Abu Dhabi-based G42", then "Abu Dhabi’s ties") or after
    "based in", "basée à"."""
    places = set()
    for k, tok in enumerate(toks):
        if tok.descriptor and tok.bare[:1].isupper():
            m = k
            while m > 0 and toks[m - 1].capitalised and _adjacent(body, toks[m - 1], toks[m]) and k - m < 4:
                m -= 1
            places.add(norm(" ".join(t.bare for t in toks[m: k + 1])))
        elif tok.capitalised and PLACE_CUE.search(body, max(0, tok.start - 30), tok.start):
            m = k + 1
            while m < len(toks) and toks[m].capitalised and _adjacent(body, toks[m - 1], toks[m]) and m - k < 4:
                m += 1
            places.add(norm(" ".join(t.bare for t in toks[k:m])))
    return places


# "REUTERS/Jane Doe", "Photo : Jane Doe", "Credit: Jane Doe": who took the picture.
CREDIT_BEFORE = re.compile(r"(?:\b[A-Z]{2,}\s*/\s*|\b(?:Photo|Crédit|Credit|Photographie|Photograph|Image)\s*:\s*"
                           r"|©\s*)$")
# "… dans leurs bureaux. Agence Nord / Jane Doe" ending a caption: an agency and its photographer.
AGENCY_BEFORE = re.compile(r"(?:^|[.!?|]\s+)[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+)?\s*/\s*$", re.M)
SIGNATURE = re.compile(r"(?:^|[.!?»”\"]\s+|\n)(?:[-–—]\s*|(?:Par|By)\s+)?$")


def _authors(body: str, mentions: list[Mention], new: list[NewEntity]) -> list[NewEntity]:
    """People the text only signs with or describes as its author: a name followed by an author's biography
    ("X covers AI for <outlet>"), or a new name that only ever stands alone after a sentence ("... à Bordeaux.
    Jane Doe"). Their mentions become authors'."""
    found = {e.id for e in new}
    bio, alone, not_alone = set(), set(), set()
    for m in mentions:
        if m.kind != "person":
            continue
        if (AUTHOR_BIO.match(body, m.end) or CREDIT_BEFORE.search(body, max(0, m.start - 20), m.start)
                or (AGENCY_BEFORE.search(body, max(0, m.start - 40), m.start) and re.match(r"\s*(?:\n|$)",
                                                                                             body[m.end: m.end + 2]))):
            bio.add(m.id)
        if m.id in found:
            end = body.find("\n", m.end, m.end + 80)
            rest = body[m.end: end if end >= 0 else m.end + 80]
            signature = (SIGNATURE.search(body, max(0, m.start - 8), m.start)
                         and re.fullmatch(r"[\s,.]*(?:[A-Z][\w&.-]*\s*){0,4}", rest))
            (alone if signature else not_alone).add(m.id)
    dropped = bio | (alone - not_alone)
    for m in mentions:
        if m.kind == "person" and m.id in dropped:
            m.kind, m.id = "author", None
    return [e for e in new if e.id not in dropped]


def _divisions(body: str, toks: list[_Tok], taken: list[Mention | None]) -> None:
    """A known company name followed, in the same capitalised phrase, by a word that is no title, suffix or
    first name names a product or division ("Google Play", "Apple Intelligence"), not the company; headlines
    capitalise every word, so they are left alone."""
    for k in range(len(toks) - 1):
        m, nxt = taken[k], toks[k + 1]
        if (m is None or m.kind != "company" or toks[k].end != m.end or taken[k + 1] is not None or not nxt.capitalised
                or not _adjacent(body, toks[k], nxt)):
            continue
        key = nxt.bare_key
        if (key in GENERIC or key in TITLES or key in NAME_SUFFIXES or key in LEGAL_SUFFIXES or key in FUNCTION_WORDS
                or key in ROLE_WORDS or _descriptive(key) or _is_first_name(nxt.bare) or _title_case(body, nxt.start)):
            continue
        m.kind, m.id = "product", None


def _epithets(mentions: list[Mention]) -> None:
    """A company named only by a lower-case epithet ("the software giant", "le géant des réseaux sociaux") is not
    taken as mentioned: several companies fit such a phrase; next to the company's name it stays its mention."""
    named = {m.id for m in mentions if m.kind == "company" and not m.surface.islower()}
    for m in mentions:
        if m.kind == "company" and m.id not in named and m.surface.islower() and " " in m.surface.strip():
            m.kind, m.id = "epithet", None


def _known(mentions: list[Mention], registry: Registry) -> list[NewEntity]:
    """Knowledge-base entities the text mentions that have no registry file yet, in order of first mention."""
    new: dict[tuple[str, str], NewEntity] = {}
    for m in mentions:
        record = registry.known.get(m.kind, {}).get(m.id)
        if record and (m.kind, m.id) not in new:
            new[m.kind, m.id] = NewEntity(m.kind, m.id, record.name, list(record.aliases), dict(record.description),
                                          m.surface, dict(record.links), known=True)
    return list(new.values())


def _take(toks, taken, i, j, mention) -> Mention:
    for k in range(i, j):
        taken[k] = mention
    return mention


def _keys(toks: list[_Tok], i: int, j: int) -> list[str]:
    """Lookup keys for tokens i..j: as written, and without the elided article / possessive / handle sign."""
    if i == j - 1:
        return [toks[i].key, toks[i].bare_key]
    middle = [t.key for t in toks[i + 1: j - 1]]
    return [" ".join([toks[i].key, *middle, toks[j - 1].key]), " ".join([toks[i].head_key, *middle, toks[j - 1].bare_key])]


def _aliases(body, toks, taken, registry: Registry) -> list[Mention]:
    """Longest registry, outlet or product surface form at each position, left to right."""
    mentions = []
    i = 0
    starts = registry.first_words()
    while i < len(toks):
        span = max(starts.get(toks[i].key.split(" ")[0], 0), starts.get(toks[i].head_key.split(" ")[0], 0))
        if not span and not toks[i].text.startswith("@"):
            i += 1
            continue
        for n in range(min(span + 1, len(toks) - i), 0, -1):
            key, hit = next(((key, hit) for key in _keys(toks, i, i + n) if (hit := _lookup(key, registry))), (None, None))
            if hit and any(body[toks[k].end: toks[k + 1].start].strip(" \t\u00a0") for k in range(i, i + n - 1)):
                continue  # "Microsoft (Copilot": the words of a name are written next to each other
            if hit is None and n == 1:
                hit = registry.lookup(toks[i].text) if toks[i].text.startswith("@") else None
            ambiguous = registry.ambiguous.get(key)
            if hit and key in registry.channels and _channel(body, toks[i], toks[i + n - 1]):
                hit = ("outlet", None)  # "wrote in a post on Twitter": where it was said, like an outlet
            elif hit and hit[0] == "company" and PLACE_CUE.search(body, max(0, toks[i].start - 30), toks[i].start):
                hit = ("place", None)  # "based in Berkeley": the city, not the university
            elif hit and hit[0] == "company" and _licence(body, toks[i], toks[i + n - 1]):
                hit = ("product", None)  # "sous licence MIT", "the Apache license": a licence
            elif hit and hit[0] == "company" and hit[1] in registry.schools and registry.get(*hit) is None:
                hit = ("school", None)  # "studied at Stanford": where people study, not a company
            elif (hit and hit[0] == "company" and n == 1 and i and _adjacent(body, toks[i - 1], toks[i])
                  and INSTITUTION_BEFORE.search(body, max(0, toks[i].start - 60), toks[i].start)):
                hit = ("place", None)  # "Université Mohammed VI Polytechnique": the end of a longer name
            if hit and _case_ok(toks[i], key, registry) and (not ambiguous or _meant(body, toks, i, i + n, *ambiguous, registry)):
                end = toks[i + n - 1].end
                mentions.append(_take(toks, taken, i, i + n, Mention(hit[0], hit[1], body[toks[i].start: end], toks[i].start, end)))
                i += n
                break
        else:
            i += 1
    return mentions


LICENCE_BEFORE = re.compile(r"\blicen[cs]es?\s+$", re.I)
LICENCE_AFTER = re.compile(r"\s+licen[cs]es?\b", re.I)


def _licence(body: str, first: _Tok, last: _Tok) -> bool:
    """A licence named after an organisation ("sous licence MIT", "the MIT License")."""
    return bool(LICENCE_BEFORE.search(body, max(0, first.start - 12), first.start)
                or LICENCE_AFTER.match(body, last.end))


def _lookup(key: str, registry: Registry):
    if key in registry.index:
        return registry.index[key]
    if key in registry.outlets:
        return ("outlet", None)
    if key in registry.products:
        return ("product", None)
    return None


def _case_ok(tok: _Tok, key: str | None, registry: Registry) -> bool:
    """A name written with a capital must be capitalised in the text ("Shear", not "shear"; "Polytechnique",
    not "une école polytechnique"); descriptive aliases written in lower case ("la firme de Redmond") match in any case."""
    return tok.bare[:1].isupper() or tok.bare[:1].isdigit() or tok.text.startswith("@") or key in registry.lowercase


def _runs(body, toks, taken) -> list[tuple[int, int]]:
    """Maximal runs of free capitalised tokens, allowing name particles inside ("Ursula von der Leyen"), without
    the leading words that name nobody (``_trim``)."""
    runs, i = [], 0
    while i < len(toks):
        if taken[i] is None and toks[i].capitalised:
            j = i + 1
            while j < len(toks) and taken[j] is None and (_adjacent(body, toks[j - 1], toks[j])
                                                           or _elided_place(body, toks, i, j)):
                if toks[j].capitalised:
                    j += 1
                elif ((toks[j].text.lower() in PARTICLES or toks[j].text in INSTITUTION_LINKS
                       and toks[j - 1].bare_key in INSTITUTIONS)
                      and j + 1 < len(toks) and toks[j + 1].capitalised and taken[j + 1] is None):
                    j += 2
                elif toks[j].text in INSTITUTION_LINKS and (end := _institution_end(body, toks, taken, j + 1)):
                    j = end  # "Future of Life Institute"
                else:
                    break
            start = _trim(body, toks, i, j)
            before_descriptor = j < len(toks) and toks[j].descriptor and _adjacent(body, toks[j - 1], toks[j])
            if start < j and not before_descriptor:  # "Abu Dhabi-based": a place
                runs.append((start, j))
            i = j
        else:
            i += 1
    return runs


def _institution_end(body: str, toks: list[_Tok], taken, k: int) -> int:
    """The end of the capitalised words from toks[k] when the last is an institution's ("of Life Institute"), else 0."""
    j = k
    while j < len(toks) and j - k < 4 and taken[j] is None and toks[j].capitalised and _adjacent(body, toks[j - 1], toks[j]):
        j += 1
    return j if j > k and toks[j - 1].bare_key in INSTITUTIONS else 0


def _elided_place(body: str, toks: list[_Tok], i: int, j: int) -> bool:
    """toks[j] is elided ("d’Ivoire") and completes a country's name with the words before it ("Côte d’Ivoire")."""
    if toks[j].text == toks[j].bare or body[toks[j - 1].end: toks[j].start] != " ":
        return False
    return any(norm(body[toks[k].start: toks[j].end]) in _countries() for k in range(max(i, j - 3), j))


def _adjacent(body: str, a: _Tok, b: _Tok) -> bool:
    """One space between two tokens, and the first does not end a sentence or carry a possessive."""
    return (body[a.end: b.start] == " " and not a.text.endswith(".") and a.text.endswith(a.bare)
            and b.text == ELISION.sub("", b.text))


def _fuzzy(body, toks, taken, registry: Registry) -> list[Mention]:
    mentions = []
    for i, j in _runs(body, toks, taken):
        for a in range(i, j):
            for b in range(min(j, a + 3), a + 1, -1):
                if any(taken[k] for k in range(a, b)):
                    continue
                surface = " ".join(t.bare for t in toks[a:b])
                kind, found = "person", registry.resolve(surface, "person", fuzzy=True)
                if not found:
                    kind, found = "company", registry.resolve(surface, "company", fuzzy=True)
                if found:
                    mentions.append(_take(toks, taken, a, b, Mention(kind, found, body[toks[a].start: toks[b - 1].end], toks[a].start, toks[b - 1].end)))
    return mentions


def _honorific_before(toks, i) -> bool:
    return i > 0 and toks[i - 1].text.rstrip(".").lower() in HONORIFICS and toks[i - 1].text[:1].isupper()


def _surnames(body, toks, taken, registry: Registry, found_people: set[str]) -> list[Mention]:
    """Surnames ("Bubeck", "M. Bubeck") and, when only one person found in the text has it, the first name
    alone ("Sebastian a décidé de quitter Microsoft"); neither inside a longer name ("Schmidt Futures")."""
    first_names: dict[str, set[str]] = {}
    for person_id in found_people:
        person = registry.record("person", person_id)
        for surface in [person.name, *person.aliases] if person else []:
            words = norm(surface).split(" ")
            if len(words) >= 2 and not surface.startswith("@"):
                first_names.setdefault(words[0], set()).add(person_id)
    mentions = []
    for i, tok in enumerate(toks):
        if taken[i] is not None or not tok.capitalised:
            continue
        ids = registry.surnames.get(tok.bare_key, set())
        alone = not (i + 1 < len(toks) and toks[i + 1].capitalised and _adjacent(body, tok, toks[i + 1]))
        known = ((ids & found_people) or first_names.get(tok.bare_key, set())) if alone else set()
        person = next(iter(known)) if len(known) == 1 else (next(iter(ids)) if len(ids) == 1 and _honorific_before(toks, i) else None)
        if person:
            start = toks[i - 1].start if _honorific_before(toks, i) else tok.start
            mentions.append(_take(toks, taken, i, i + 1, Mention("person", person, body[start: tok.end], start, tok.end)))
    return mentions


def _blocked(tok: _Tok, registry: Registry, person: bool = False) -> bool:
    """A word that names something already; in a person's name, a known name that is also an ordinary word
    is not ("Alan Turing", "Tom Cruise", "Sierra Smith")."""
    key = norm(tok.bare)
    if person and key in registry.ambiguous:
        return False
    return key in registry.index or key in registry.outlets or key in registry.products or key in _calendar_words()


def _introduced(body: str, toks: list[_Tok], a: int) -> bool:
    """A role, title or honorific right before toks[a]: "Dr X", "President X", "le directeur technique, X" (a
    capitalised title in a headline capitalises everything after it: "Chief Scientist Announces New ...")."""
    title = (a > 0 and toks[a - 1].bare_key in TITLES and _adjacent(body, toks[a - 1], toks[a])
             and not _title_case(body, toks[a].start))
    lo, at = max(0, toks[a].start - 60), toks[a].bare_start  # "cofondatrice d’X": the elision is the "de"
    role = (ROLE_CUE.search(body, lo, toks[a].start) and not ROLE_PREP.search(body, lo, at)
            and not APPOSITION_END.search(body, lo, toks[a].start))
    return bool(title or _honorific_before(toks, a) or role or FOUNDED_BY.search(body, lo, toks[a].start))


def _org_named(body: str, toks: list[_Tok], a: int, b: int) -> bool:
    """The text says toks[a:b] is an organisation: a role and "of"/"de" before it ("chief executive of X Y"; a name
    that starts like a first name only after a founder's or chief executive's role: "la porte-parole d'Anne Roy"
    names her), an organisation noun before it ("video startup X Y", "la start-up sénégalaise X Y"), or an
    apposition after it ("X Y, a startup that ...")."""
    lo, at = max(0, toks[a].bare_start - 60), toks[a].bare_start
    role = ROLE_CUE.search(body, lo, toks[a].start) and ROLE_PREP.search(body, lo, at) and (
        not _is_first_name(toks[a].bare) or FOUNDER_OF.search(body, lo, at))
    end = toks[b - 1].end
    return bool(role or ORG_NOUN_BEFORE.search(body, lo, at) or AFTER_CUES.match(body[end: end + 60]))


def _not_a_person(body: str, toks: list[_Tok], i: int, a: int, b: int, introduced: bool) -> bool:
    """Evidence that toks[a:b] names no person: it ends like an organisation, outlet, place or prize ("X Ventures",
    "X Magazine", "X Island"); it starts with a country ("France Culture") or, inside a capitalised run after a
    word that is no title, with a word that is not plainly a first name, unless a role introduces it."""
    last = toks[b - 1].bare_key
    if last in NAME_SUFFIXES or last in LEGAL_SUFFIXES or any(t.bare_key in ORG_TAILS for t in toks[a:b]):
        return True
    if b < len(toks) and toks[b].bare_key in LEGAL_SUFFIXES | FIRM_SUFFIXES and _adjacent(body, toks[b - 1], toks[b]):
        return True  # "X Y LLP": the name ran up to the firm's legal form
    if norm(" ".join(t.bare for t in toks[a:b])) in _countries():  # "the United Kingdom"
        return True
    if any(t.bare_key in TITLES for t in toks[a + 1: b]):
        return True
    if toks[a].bare_key in TITLES and not _is_first_name(toks[a].bare):
        return True
    opening = a - 1 == i and (_sentence_initial(body, toks[i]) or ARTICLE_ELIDED.match(toks[i].text))
    mid_run = (a > i and not opening and not _title_case(body, toks[a].start)
               and roles.detector().get_gender(unidecode(toks[a].bare)) not in ("male", "female"))
    return not introduced and (toks[a].bare_key in _countries() or mid_run)


def _name_end(toks: list[_Tok], taken, registry: Registry, a: int, j: int) -> int:
    """Where a person's name starting at toks[a] ends within the run toks[a:j]: at most five words, none a known
    name, an acronym or a grammar word ("Tiny Device Is Changing How"); a possessive or elision ends it."""
    b = a + 1
    while (b < j and b - a < 5 and not _blocked(toks[b], registry, person=True) and not toks[b].text.isupper()
           and (toks[b].bare_key not in FUNCTION_WORDS or toks[b].text.lower() in PARTICLES)):
        b += 1
        if toks[b - 1].text != toks[b - 1].bare:
            break
    while not toks[b - 1].capitalised:  # "X bin Y al" ends before its particle
        b -= 1
    return b


def _given_name(body: str, toks: list[_Tok], k: int, lower: set[str], registry: Registry) -> bool:
    """toks[k] can be the first of two given names: a plain capitalised word the text never writes in lower case,
    that names, describes or introduces nothing."""
    tok, key = toks[k], toks[k].bare_key
    return not (tok.text != tok.bare or tok.head_key != key or key in lower or tok.text.isupper()
                or _blocked(tok, registry) or key in FUNCTION_WORDS or key in TITLES or key in GENERIC
                or key in _role_words() or _descriptive(key) or _org_noun(tok.bare) or _title_case(body, tok.start)
                or ORG_BEFORE.search(body, max(0, tok.start - 30), tok.start)
                or DETERMINER_BEFORE.search(body, max(0, tok.start - 5), tok.start))  # "le Belge Jane Doe": a noun


def _new_people(body, toks, taken, registry: Registry, lang: str, mentions: list[Mention],
                places: set[str]) -> list[NewEntity]:
    new: dict[str, NewEntity] = {}
    family_names: set[str] = set()
    org_names: set[str] = set()  # names the text calls an organisation somewhere: no person anywhere
    others: list[tuple[int, int]] = []  # names not taken as people, to look at if a person of that name is found
    counts: dict[str, int] = {}
    lower = set()
    for tok in toks:
        if tok.capitalised:
            counts[tok.bare_key] = counts.get(tok.bare_key, 0) + 1
        elif tok.text[:1].islower():
            lower.add(tok.head_key)

    def add(a, b):
        name = " ".join(t.bare for t in toks[a:b])
        mention = Mention("person", slug(name), body[toks[a].start: toks[b - 1].end], toks[a].start, toks[b - 1].end)
        mentions.append(_take(toks, taken, a, b, mention))
        new.setdefault(mention.id, NewEntity("person", mention.id, name, description=_describe(body, mention, lang),
                                             surface=mention.surface))
        family_names.add(toks[b - 1].bare_key)

    runs = _runs(body, toks, taken)
    for i, j in runs:
        a = i
        while a < j - 1:
            first = toks[a]
            if first.bare_key in TITLES and (a + 2 < j or toks[a + 1].bare_key in family_names):
                a += 1  # "Dean Jane Doe", then "Dean Doe": a title, also a first name, before a name
                continue
            b = _name_end(toks, taken, registry, a, j)
            # A role after the name makes it a person's, unless its first word is a common one ("chef de l'Etat X Y").
            after = (b - a >= 2 and first.text == first.bare and first.bare_key not in lower
                     and PERSON_AFTER.match(body, toks[b - 1].end))
            introduced = _introduced(body, toks, a) or after
            if (b - a < 2 or not (_is_first_name(first.bare) or introduced) or _blocked(first, registry, person=True)
                    or ARTICLE_ELIDED.match(first.text)):  # "l'Italienne Jane Doe": a noun before the name
                if b - a >= 2:
                    others.append((a, b))
                a += 1
                continue
            if (a == i and ORG_BEFORE.search(body, max(0, first.start - 30), first.start)) or (
                    not after and _org_named(body, toks, a, b)):
                org_names.add(slug(" ".join(t.bare for t in toks[a:b])))
                a += 1
                continue
            name = norm(" ".join(t.bare for t in toks[a:b]))
            # In a Title Case line capitals say nothing: a name there is one the text repeats or introduces.
            headline = (not introduced and counts.get(toks[b - 1].bare_key, 0) < 2
                        and _title_case(body, first.start) and len(_line(body, first.start).split()) >= 5)
            if (name and name not in places and name not in _cities() and not THE_BEFORE.search(body, max(0, first.start - 5), first.start)
                    and not IN_OWNER.search(body, max(0, first.start - 60), first.start)
                    and not INSTITUTION_BEFORE.search(body, max(0, first.start - 60), first.start)
                    and not headline and not _not_a_person(body, toks, i, a, b, introduced)):
                if (a == i + 1 and b - i <= 4 and _given_name(body, toks, i, lower, registry)
                        and not _org_named(body, toks, i, b) and not _not_a_person(body, toks, i, i, b, True)):
                    a = i  # "Siew Yan Doe": a given name gender-guesser does not know before one it knows
                add(a, b)
                a = b
                continue
            a += 1
    # A list goes on as it started: "co-founders Scott Doe, Evan Roe and Tang Poe" names three people.
    for i, j in runs:
        k = i - 2 if i > 1 and toks[i - 1].text.lower() in ("and", "et", "or", "ou") else i - 1
        before = taken[k] if k >= 0 else None
        if before is None or before.kind != "person" or not 2 <= j - i <= 3 or any(taken[m] for m in range(i, j)):
            continue
        if (_name_end(toks, taken, registry, i, j) == j and LIST_SEP.fullmatch(body, toks[k].end, toks[i].start)
                and not _blocked(toks[i], registry) and not _org_named(body, toks, i, j)
                and not _not_a_person(body, toks, i, i, j, True)):
            add(i, j)
    keys = {tuple(norm(w) for w in e.name.split()): e.id for e in new.values()}
    org_names.update(keys[key] for a, b in others if (key := tuple(t.bare_key for t in toks[a:b])) in keys
                     and _org_named(body, toks, a, b))
    dropped = org_names & set(new)
    if dropped:
        for entity_id in dropped:
            del new[entity_id]
        mentions[:] = [m for m in mentions if m.kind != "person" or m.id not in dropped]
        for k, m in enumerate(taken):
            if m is not None and m.kind == "person" and m.id in dropped:
                taken[k] = None
    # Later surnames of the new people ("Karpathy said"); in a longer name, any word after the first ("Jane Lee
    # Mei-ling", then "Lee said").
    surnames = {}
    for e in new.values():
        words = [norm(w) for w in e.name.split()]
        for w in words[1: -1] if len(words) > 2 else ():
            if w not in PARTICLES and surnames.setdefault(w, e.id) != e.id:
                surnames[w] = None
        surnames[words[-1]] = e.id
    for i, tok in enumerate(toks):
        if taken[i] is None and tok.capitalised and surnames.get(norm(tok.bare)):
            mentions.append(_take(toks, taken, i, i + 1, Mention("person", surnames[norm(tok.bare)], tok.bare, tok.start, tok.end)))
    return list(new.values())


# "X, installée à Bordeaux", "X, based in Lagos": an organisation's seat.
SITED = re.compile(r",\s+(?:installée?s?|basée?s?|implantée?s?|based|headquartered|fondée?s?|créée?s?|founded)\b",
                   re.I)
# "the Montreal AI institute", "Meta's Paris AI lab": a capitalised phrase before a lower-case organisation noun
# describes that organisation; it is not one.
MODIFIES = re.compile(r"\s+(?:lab|labs|laboratory|institute|hub|scene|ecosystem|sector|industry|community|centre|"
                      r"center|cluster|office|offices|unit|team|teams|startups?|start-ups?|compan(?:y|ies)|firms?|"
                      r"research|researchers|talent|boom|race|strategy|plan|policy|summit|week|conference|program|"
                      r"programme)\b")
OUTLET_BEFORE = re.compile(r"\b(?:(?:reviewed|seen|obtained|viewed) by|(?:consultée?s?|obtenue?s?) par|"
                           r"welcome (?:back )?to|bienvenue (?:dans|sur))[ \t\u00a0]+$", re.I)
VIA = re.compile(r"\bvia\s+$", re.I)
PRODUCT_OF = re.compile(r"\s+(?:from|by|de|d['’]|par)\s*$")


# A possessive, then the first words of a name joined by "and", "of" ("Acme's Speech and Vision Lab").
OWNER_BEFORE = re.compile(r"\b[A-Z][\w.&-]*['’]s?[ \t\u00a0]+"
                          r"(?:[A-Z][\w-]*[ \t\u00a0]+(?:(?:and|of|for|&)[ \t\u00a0]+)?){0,3}$")
UNIT_SUFFIXES = FIELD_SUFFIXES | {"lab", "laboratory"}  # what an organisation has, named after its field


def _owned(body: str, toks: list[_Tok], taken, i: int) -> bool:
    """The name starting at toks[i] is an organisation's (no person's) own unit or product: "Acme Cloud's
    Orbis AI", "Tarnby's Speech and Vision Lab"."""
    owner = OWNER_BEFORE.search(body, max(0, toks[i].start - 80), toks[i].start)
    if not owner:
        return False
    k = bisect.bisect_left(toks, owner.start(), max(0, i - 12), i, key=lambda t: t.start)
    return k < i and (taken[k] is None or taken[k].kind == "company")


def _made_by(body: str, toks: list[_Tok], taken, j: int) -> bool:
    """A name followed by "from <known company>" ("Vertex AI from Google Cloud", "Le Chat de Mistral AI") names that
    company's product."""
    k = j + 1 if j < len(toks) and toks[j].text.lower() in ("from", "by", "de", "par") else j
    return (k < len(toks) and taken[k] is not None and taken[k].kind == "company"
            and PRODUCT_OF.fullmatch(body, toks[j - 1].end, toks[k].bare_start) is not None)


def _new_companies(body, toks, taken, registry: Registry, lang: str, mentions: list[Mention],
                   places: set[str]) -> list[NewEntity]:
    new: dict[str, NewEntity] = {}
    for i, j in _runs(body, toks, taken):  # "a letter reviewed by X", "Welcome back to X": a newsroom or a show
        if OUTLET_BEFORE.search(body, max(0, toks[i].start - 30), toks[i].start):
            _take(toks, taken, i, j, Mention("outlet", None, body[toks[i].start: toks[j - 1].end], toks[i].start,
                                             toks[j - 1].end))
    acronyms = _acronyms(body, toks, taken)
    runs = [(i, j) for i, j in _runs(body, toks, taken) if i not in acronyms and not _continues(body, toks, taken, i)
            and not all(_blocked(t, registry) or norm(t.bare) in GENERIC for t in toks[i:j])]
    lower = {t.head_key for t in toks if t.text[:1].islower()}

    def add(i, j, cue=False, arm=False):
        """A new company toks[i:j] (or the known one it lengthens, unless it is that one's ``arm``); a common word
        needs an organisation ``cue``."""
        # "Côte d’Ivoire" keeps its elision
        words = [toks[i].bare]
        for k in range(i + 1, j):
            words += ["&"] * (body[toks[k - 1].end: toks[k].start] == " & ")
            words.append(toks[k].text if ELISION.match(toks[k].text) else toks[k].bare)
        aliases = []
        if len(words) > 1 and norm(words[-1]) in LEGAL_SUFFIXES:  # "Safe Superintelligence Inc." is an alias
            aliases.append(body[toks[i].start: toks[j - 1].start] + POSSESSIVE.sub("", toks[j - 1].text))
            while len(words) > 1 and norm(words[-1]) in LEGAL_SUFFIXES:  # "X Pvt Ltd"
                words = words[:-1]
        name = " ".join(words)
        key = norm(name)
        if not name or key in _calendar_words() or _descriptive(key) or key in places or key in _cities() or len(name) < 2:
            return
        if EVENT_YEAR.match(body, toks[j - 1].end) or toks[j - 1].bare_key in PLACE_TAILS:
            return  # "at WWDC 2024", "at X Hotel"
        if _school(key):
            _take(toks, taken, i, j, Mention("school", None, body[toks[i].start: toks[j - 1].end], toks[i].start,
                                             toks[j - 1].end))
            return
        core = [t.bare_key for t in toks[i:j] if t.bare_key not in NAME_SUFFIXES and t.bare_key not in LEGAL_SUFFIXES]
        keys = (norm(name),) if arm else (" ".join(core), norm(name))
        known = next((registry.index[k] for k in keys if k in registry.index), None)
        if known and known[0] != "company":
            return
        if not known and len(core) <= 1 and (not core or _common(core[0], lower, cue)):
            return
        entity_id = known[1] if known else slug(name)  # "Adept AI" where the registry knows Adept
        if not entity_id:
            return
        mention = Mention("company", entity_id, body[toks[i].start: toks[j - 1].end], toks[i].start, toks[j - 1].end)
        if known:
            mentions.append(_take(toks, taken, i, j, mention))
            return
        mentions.append(_take(toks, taken, i, j, mention))
        entity = new.setdefault(entity_id, NewEntity("company", entity_id, name, description=_describe(body, mention, lang), surface=mention.surface))
        entity.aliases = list(dict.fromkeys(entity.aliases + [a for a in aliases if norm(a) != norm(name)]))

    # A known company and a world region, or "Ventures", "Capital": its regional or investment arm ("Partech Africa",
    # "Acme Ventures"); with a country it stays the company ("Lightspeed India").
    for i in range(1, len(toks)):
        before = taken[i - 1]
        if (before is None or before.kind != "company" or taken[i] is not None or toks[i - 1].end != before.end
                or not toks[i].capitalised or not _adjacent(body, toks[i - 1], toks[i])):
            continue
        j = i + 1
        while j < len(toks) and j - i < 3 and taken[j] is None and (_adjacent(body, toks[j - 1], toks[j])
                                                                 or _elided_place(body, toks, i, j)):
            j += 1
        k = next((k for k in range(j, i, -1) if norm(body[toks[i].start: toks[k - 1].end]) in _regions()), 0)
        k = k or (i + 1 if toks[i].bare_key in ARM_SUFFIXES and toks[i].text == toks[i].bare else 0)
        if k:
            a = bisect.bisect_left(toks, before.start, max(0, i - 6), i, key=lambda t: t.start)
            mentions.remove(before)
            for n in range(a, i):
                taken[n] = None
            add(a, k, True, arm=True)
    # "Procter & Gamble", "Dupont & Associés": names joined by an ampersand are one firm's.
    for (i, j), (k, m) in zip(runs, runs[1:]):
        if (body[toks[j - 1].end: toks[k].start] == " & " and taken[i] is None and taken[k] is None
                and toks[j - 1].text == toks[j - 1].bare):
            add(i, m, True)
    # Capitalised words seen inside a sentence somewhere: computed once (per-run scans are quadratic on long pastes).
    mid_sentence = {t.bare for t in toks if t.capitalised and not _sentence_initial(body, t)}
    for i, j in runs:
        if taken[i] is not None:
            continue
        role_tail = False
        while j - i > 1 and norm(toks[j - 1].bare) in ROLE_WORDS:  # "Google DeepMind CEO Demis Hassabis"
            j, role_tail = j - 1, True
        noun = bool(j - i > 1 and toks[i].bare_key not in NAME_HEADS and _org_noun(toks[i].bare)
                    and (_sentence_initial(body, toks[i])
                         or DASH_BEFORE.search(body, max(0, toks[i].start - 3), toks[i].start)))
        i += noun  # "Insurer X Y has appointed": the capital of a sentence's first word, not part of the name
        last = norm(toks[j - 1].bare)
        core = [t for t in toks[i:j] if t.bare_key not in NAME_SUFFIXES and t.bare_key not in LEGAL_SUFFIXES]
        end = toks[j - 1].end
        apposition = body.startswith(",", end) and (AFTER_CUES.match(body[end: end + 60]) or SITED.match(body, end))
        suffix = j - i >= 2 and (last in LEGAL_SUFFIXES or last in FIRM_SUFFIXES or last in NAME_SUFFIXES
                                 or toks[i].bare_key in NAME_HEADS
                                 or any(toks[k].bare_key in INSTITUTIONS and toks[k + 1].text in INSTITUTION_LINKS
                                        for k in range(i, j - 1)))
        business = suffix and last not in FIELD_SUFFIXES
        if (len(core) == 1 and _sentence_initial(body, core[0]) and core[0].bare not in mid_sentence and not apposition
                and not business):
            continue  # "However", "Another co-founder", "Top AI companies": a capital that only starts a sentence
        # "led by Lagos's X Capital": a cue before a possessive is about the name it owns
        owned = _owner(body, toks, j) and toks[j].bare_key not in TITLES
        cue = (noun or _org_context(body, toks, i, j)) and not owned
        if (suffix or role_tail) and not cue and _line(body, toks[i].start).strip("# \t") == body[toks[i].start: end]:
            continue  # "Nouvelles Technologies" alone on its line: a section name
        if (suffix or cue) and MODIFIES.match(body, end) and not apposition:
            continue  # "the Montreal AI institute", "chief executive of Californian start-up X": it describes a noun
        if suffix and not cue and (_made_by(body, toks, taken, j)
                                   or VIA.search(body, max(0, toks[i].start - 5), toks[i].start)
                                   or (last in UNIT_SUFFIXES and _owned(body, toks, taken, i))):
            continue  # "Vertex AI from Google Cloud", "Acme Cloud's Orbis AI", "via X AI"
        if suffix or role_tail or cue:
            add(i, j, cue)
    # Coordination: "Andreessen Horowitz et LightSpeed Ventures", "OpenAI, Google ou Meta".
    # Known mentions by start and by end, sorted, so only neighbours are looked at (long pastes stay linear).
    by_start = sorted((m.start, m.end) for m in mentions if m.kind == "company")
    by_end = sorted((e, s) for s, e in by_start)
    for i, j in runs:
        if taken[i] is not None or MODIFIES.match(body, toks[j - 1].end) or _made_by(body, toks, taken, j):
            continue
        if _owner(body, toks, j):
            continue  # "X and Singapore's Y Fund": the coordinated name is Y's
        start, end = toks[i].start, toks[j - 1].end
        after = by_start[bisect.bisect_right(by_start, (end, float("inf"))): bisect.bisect_right(by_start, (end + COORD_GAP, float("inf")))]
        before = by_end[bisect.bisect_left(by_end, (start - COORD_GAP, -1)): bisect.bisect_left(by_end, (start, -1))]
        if any(COORD.match(body[end:s]) for s, _ in after) or any(COORD.match(body[e:start]) for e, _ in before):
            add(i, j)
            bisect.insort(by_start, (start, end))
            bisect.insort(by_end, (end, start))
    # A list of three or more names without a person among them: "accompagnés de Salesforce, BNP Paribas ou CMA CGM".
    for chain in _lists(body, toks, runs, taken, mentions):
        for i, j in chain:
            if taken[i] is None:
                add(i, j)
    for i in acronyms:  # "Mitsubishi UFJ Financial Group (MUFG)": another name of the company before it
        before = taken[i - 1]
        if taken[i] is None and before is not None and before.kind == "company":
            mention = Mention("company", before.id, toks[i].bare, toks[i].start, toks[i].end)
            mentions.append(_take(toks, taken, i, i + 1, mention))
            if before.id in new and toks[i].bare not in new[before.id].aliases:
                new[before.id].aliases.append(toks[i].bare)
    # Later bare mentions of the new companies, and the first word of a longer company name of the text standing for
    # it ("Vireo Labs ... Vireo's board", "Northwind Health ... at Northwind").
    for i, j in _subjects(body, toks, taken, runs, lower, mid_sentence, registry):
        add(i, j, True)
    _shorten(body, toks, taken, registry, mentions, new)
    names = {norm(e.name): e.id for e in new.values()} | {norm(a): e.id for e in new.values() for a in e.aliases}
    heads = _heads(toks, mentions, registry, new, lower)
    # A one-word company the text named by a cue ("chez Névé") is the longer one of the text it starts, even when that
    # word is also a first name or a common word.
    merge = {**_heads(toks, mentions, registry, new, lower, loose=True), **heads}
    for entity_id, entity in list(new.items()):
        if norm(entity.name) in merge and merge[norm(entity.name)] != entity_id:
            heads.setdefault(norm(entity.name), merge[norm(entity.name)])
            del new[entity_id]
            for m in mentions:
                if m.id == entity_id:
                    m.id = heads[norm(entity.name)]
    names.update(heads)
    for i, tok in enumerate(toks):
        if (taken[i] is None and tok.capitalised and tok.bare_key in names
                and (tok.bare_key not in heads or tok.bare in mid_sentence or not _sentence_initial(body, tok))
                and not (i + 1 < len(toks) and toks[i + 1].capitalised and _adjacent(body, tok, toks[i + 1]))):
            mention = Mention("company", names[tok.bare_key], tok.bare, tok.start, tok.end)
            mentions.append(_take(toks, taken, i, i + 1, mention))
    return list(new.values())


IN_PLACE = re.compile(r"\b(?:in|à|en|near|outside|près de|based in|basée? à)[ \t\u00a0]*$", re.I)


def _subjects(body, toks, taken, runs, lower, mid_sentence, registry) -> list[tuple[int, int]]:
    """One-word names the article is about as a business although no cue sits next to them ("Morlenn announced a
    €14m Series A", "Kinetia lève 8 millions"): a plain word (no digits, hyphen or acronym: models, surnames,
    currencies) written with a capital inside sentences, named three times or more, never in small letters, never after a place preposition, neither a first name nor a known word, and in
    a sentence with a business word (a round, a start-up, investors, a founder, a CEO)."""
    candidates: dict[str, list[int]] = {}
    for i, j in runs:
        if j - i == 1 and taken[i] is None:
            candidates.setdefault(toks[i].bare, []).append(i)
    found = []
    for word, at in candidates.items():
        key = norm(word)
        if (len(at) < 3 or len(word) < 3 or not word.isalpha() or word.isupper() or word not in mid_sentence or key in lower or _is_first_name(word) or _blocked(toks[at[0]], registry)
                or key in _countries() or key in _cities() or _descriptive(key) or _common(key, lower, False)
                or any(IN_PLACE.search(body, max(0, toks[i].start - 12), toks[i].start) for i in at)):
            continue
        business = False
        for i in at:
            start, end = toks[i].start, toks[i].end
            lo = max([body.rfind(c, max(0, start - 300), start) for c in ".!?\n"] + [max(0, start - 300) - 1]) + 1
            stop = SENTENCE_END.search(body, end, end + 300)
            if BUSINESS.search(body, lo, stop.start() if stop else end + 300):
                business = True
                break
        if business:
            found += [(i, i + 1) for i in at if taken[i] is None]
    return found


PLACE_PREP = re.compile(r"(?:\b(?:de|of|in|from|à|en|near|outside)|\bd['’])[ \t\u00a0]*$", re.I)


def _shorten(body: str, toks: list[_Tok], taken, registry: Registry, mentions: list[Mention],
             new: dict[str, NewEntity]) -> None:
    """A new company named as another company of the text with words before it, where those words start a sentence
    or follow "de", "of", "in" ("« Rejoindre X Systèmes", "la jeune entreprise de Heidelberg X AI"): a verb or a
    place ran into the name; the mentions are the other company's."""
    named = {norm(e.name): e.id for e in new.values()}
    by_id: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "company":
            by_id.setdefault(m.id, []).append(m)
    starts = [t.start for t in toks]
    for entity_id, entity in list(new.items()):
        words = entity.name.split()
        for k in range(1, len(words)):
            tail = norm(" ".join(words[k:]))
            known = registry.index.get(tail, ("company", None))
            target = None if tail in GENERIC or known[0] != "company" else named.get(tail) or known[1]
            if target and target != entity_id and target in by_id:
                break
        else:
            continue
        ours = by_id.get(entity_id, [])
        lead = [bisect.bisect_left(starts, m.start) for m in ours]
        if not all(toks[a].bare == words[0] and (_sentence_initial(body, toks[a])
                                                 or PLACE_PREP.search(body, max(0, toks[a].start - 6), toks[a].start))
                   for a in lead):
            continue
        del new[entity_id]
        for m, a in zip(ours, lead):
            for n in range(a, a + k):
                taken[n] = None
            m.id, m.start = target, toks[a + k].start
            m.surface = body[m.start: m.end]


def _heads(toks: list[_Tok], mentions: list[Mention], registry: Registry, new: dict[str, NewEntity],
           lower: set[str], loose: bool = False) -> dict[str, str]:
    """First word -> id of the companies of this text whose name is longer ("Vireo Labs"), when that word is no
    known name of its own, nor (unless ``loose``) a common word or first name."""
    names = {m.id: registry.name("company", m.id) for m in mentions if m.kind == "company" and m.id and m.id not in new}
    names.update((e.id, e.name) for e in new.values())
    heads = {}
    for entity_id, name in names.items():
        words = name.split()
        key = norm(words[0]) if len(words) >= 2 else ""
        if (key and key not in registry.index and key not in _calendar_words()
                and (loose or not _common(key, lower, False) and not _is_first_name(words[0]))):
            heads.setdefault(key, entity_id)
    return heads


SCHOOL_WORDS = _words("university universite universidad universitat universiteit ecole college school lycee")
SCHOOL_PHRASE = re.compile(r"\b(?:institute of technology|institut (?:de|des) technolog\w*|business school)\b")


def _school(key: str) -> bool:
    """A university or school ("X College", "Université de X", "l'École des mines"): where people study or teach,
    never a company of the story."""
    return any(w in SCHOOL_WORDS for w in key.split()) or bool(SCHOOL_PHRASE.search(key))


def _common(key: str, lower: set[str], cue: bool) -> bool:
    """A one-word name that is also an ordinary word ("Robotics", "Store", "Cloud", "Generative" of "Generative AI"):
    never a grammar word, title or place, and another common word (written in lower case elsewhere in the text)
    only where the text says it is an organisation ("le patron de Free")."""
    if key in FUNCTION_WORDS or key in GENERIC or key in TITLES or _descriptive(key):
        return True
    return not cue and (key in lower or key in NAME_SUFFIXES or key in ORG_TAILS or key in _role_words())


def _line(body: str, at: int) -> str:
    """The line around ``at``, at most 120 characters each side (long pastes stay linear)."""
    start = body.rfind("\n", max(0, at - 120), at) + 1
    end = body.find("\n", at, at + 120)
    return body[start: end if end >= 0 else at + 120]


EVENT_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")
ACRONYM_BEFORE = re.compile(r"\s*\($")


def _acronyms(body: str, toks: list[_Tok], taken) -> list[int]:
    """Free tokens in capitals in brackets right after a name: "X Financial Group (XFG)"."""
    return [i for i in range(1, len(toks)) if taken[i] is None and toks[i].text.isupper() and len(toks[i].text) > 1
            and (toks[i - 1].capitalised or taken[i - 1] is not None)
            and ACRONYM_BEFORE.match(body, toks[i - 1].end, toks[i].start) and body.startswith(")", toks[i].end)]


def _owner(body: str, toks: list[_Tok], j: int) -> bool:
    """The run ending at toks[j - 1] is a possessive right before another name ("Singapore's X Fund")."""
    last = toks[j - 1]
    return (j < len(toks) and last.text != last.bare and bool(re.search(r"['’]s?$", last.text))
            and toks[j].capitalised and body[last.end: toks[j].start] == " ")


def _continues(body: str, toks: list[_Tok], taken, i: int) -> bool:
    """toks[i] follows a company name in one capitalised phrase ("Google Play", "Amazon Fulfillment
    Technologies"): a product or division of that company, not a company of its own."""
    before = taken[i - 1] if i > 0 else None
    return before is not None and before.kind in ("company", "product") and _adjacent(body, toks[i - 1], toks[i])


def _org_context(body: str, toks: list[_Tok], i: int, j: int, at: bool = True) -> bool:
    """Words next to toks[i:j] that make it an organisation: "la start-up X", "CEO of X", "chez X",
    "X’s CEO", "X, a startup", "ex-X boss", or a list introduced as organisations ("des géants comme X").
    Without ``at``, a bare "at" is no cue ("AI at Scale")."""
    before = body[max(0, toks[i].bare_start - 60): toks[i].bare_start]
    after = body[toks[j - 1].end: toks[j - 1].end + 40]
    possessive = re.search(r"['’]s?$", toks[j - 1].text)
    tail = possessive.group() if possessive and toks[j - 1].text != toks[j - 1].bare else ""
    cue = BEFORE_CUES.search(before)
    former = ((toks[i].text[:3].lower() == "ex-" or re.search(r"\bformer\s+$", before, re.I))
              and EX_ROLE.match(body, toks[j - 1].end))  # "ex-X boss", "a former X executive"
    nationality = NATIONALITY_NOUN.search(before)
    return bool((cue and (at or cue.group().strip().lower() != "at")) or AFTER_CUES.match(tail + after) or former
                or ORG_NOUN_BEFORE.search(before) or INDUSTRY_BEFORE.search(before)
                or (nationality and _descriptive(norm(nationality.group(1))))
                or (ORG_NOUN_COMMA.search(before) and (re.match(r"[,.;]", after) or toks[j - 1].text.endswith(".")))
                or (_listed(body, toks[i].start) and (toks[j - 1].text.endswith(".")
                                                      or ITEM_END.match(body, toks[j - 1].end))))


# Business words: in the same sentence, they make an ambiguous known name an organisation ("H a levé 220 millions").
BUSINESS = re.compile(
    r"\b(?:start-?ups?|sociétés?|entreprises?|firmes?|compan(?:y|ies)|firms?|fondée?s?|founded|co-?fondée?s?|co-?founded|"
    r"lève|lèvent|levé|levée|lever|raised?|raises|raising|funding|financement|tour de table|valoris\w+|valued|valuation|"
    r"rachète|racheté\w*|rachat|acquires?|acquired|acquisition|investisseurs?|investors?|invest(?:s|ed|ing|ment)?|investi|investit|"
    r"backed|soutenue?s?|CEO|PDG|fondat(?:eur|rice)s?|founders?|co-?founders?|cofondat(?:eur|rice)s?|"
    r"dirigée? par|led by|headquartered|siège social|cotée?|valeur boursière|market value|chiffre d['’]affaires|revenue|"
    r"institut|institute|laboratoire|labs?|université|university)\b", re.I)
# News and reporting verbs: enough for a name that is an ordinary word only at a sentence start ("Apple a dévoilé",
# "Meta announced", "Apple n'a pas commenté").
NEWS = re.compile(
    r"\b(?:annonce\w*|announc\w+|dévoil\w+|unveil\w*|lance|lancé\w*|lancent|launch\w*|présent[eé]\w*|presents?|presented|"
    r"publie|publié\w*|releases?|released|recrut\w+|hires?|hired|embauche\w*|licenci\w+|lays? off|laid off|"
    r"sign[eé]\w*|signs?|signed|partenariat|partnership|rachat|deal|accord|contrat|contract|rivals?|concurrent\w*|competitors?|"
    r"comment\w*|said|says|déclar\w+|declined|confirm\w*|répond\w*|respond\w*|refus\w*|spokesperson|porte-parole)\b",
    re.I)


CHANNEL_BEFORE = re.compile(r"\b(?:on|sur|via)\s+(?:(?:his|her|their|its|son|sa|ses|leur|leurs)\s+(?:own\s+)?"
                            r"(?:account|compte|page|profile|profil|feed|fil)\s+)?$", re.I)
# "Listen on: Apple Podcasts · Spotify", "Écoutez sur Deezer, Spotify": a row of platforms to listen or follow on.
CHANNEL_ROW = re.compile(r"\b(?:listen|écoute[rz]?|watch|regarde[rz]?|stream|available|disponibles?|subscribe|"
                         r"abonnez-vous|follow|suive[zr]|find us)\w*\s+(?:\w+\s+)?(?:on|sur|via)\s*:?\s*"
                         r"(?:[^\n.:]{0,80}?[·|,/•]\s*)?$", re.I)
CHANNEL_AFTER = re.compile(r"\s+(?:posts?|messages?|threads?|accounts?|profiles?|pages?|feeds?|live|video)\b", re.I)


def _channel(body: str, first: _Tok, last: _Tok) -> bool:
    """A platform named as where something was posted ("a post on Twitter", "sur son compte LinkedIn",
    "in a LinkedIn post") or can be listened to or followed ("Listen on: Spotify"), not as an organisation the
    article is about."""
    return bool(CHANNEL_BEFORE.search(body, max(0, first.bare_start - 40), first.bare_start)
                or CHANNEL_ROW.search(body, max(0, first.bare_start - 100), first.bare_start)
                or (last.text == last.bare and CHANNEL_AFTER.match(body, last.end)))


def _with_company(body: str, toks: list[_Tok], j: int, registry: Registry) -> bool:
    """Coordinated with a company name that follows: "Apple et Amazon recrutent", "Scale and OpenAI" (an
    ambiguous name only when a capital alone would do: "Amazon", not "Orange")."""
    for k in range(j, min(j + 2, len(toks))):  # "X & Y" has no token between, "X et Y" has one
        key = toks[k].bare_key
        written, tier = registry.ambiguous.get(key, ({toks[k].bare}, "capital"))
        if (toks[k].capitalised and COORD.match(body[toks[j - 1].end: toks[k].start])
                and registry.index.get(key, ("",))[0] == "company" and tier == "capital" and toks[k].bare in written):
            return True
    return False


def _meant(body: str, toks: list[_Tok], i: int, j: int, written: frozenset, tier: str, registry: Registry) -> bool:
    """Whether a known name that is also an ordinary word names the organisation here: written exactly so
    ("Apple", not "an apple"; "Mistral", not "le mistral"), not a surname ("Tom Cruise") nor, when even the
    capitalised word is common, part of a longer name ("Alan Turing", "Sierra Leone"); and at a sentence
    start ("Figure 3 shows"), in a Title Case headline, or when even the capitalised word is common
    ("Figure", "H"), next to an organisation cue ("la start-up H"), or a business word in the sentence
    ("Mistral a levé 600 millions"; for names a capital would do, a news verb too: "Meta a dévoilé") except
    for the most common words at a sentence start."""
    if " ".join(t.bare for t in toks[i:j]) not in written:
        return False
    if i and toks[i - 1].capitalised and _adjacent(body, toks[i - 1], toks[i]) and _is_first_name(toks[i - 1].bare):
        return False
    if tier == "cue" and j < len(toks) and (toks[j].capitalised or toks[j].text[:1].isdigit()) and _adjacent(body, toks[j - 1], toks[j]):
        return False  # "Alan Turing", "Figure 3"
    headline = _title_case(body, toks[i].start)
    initial = headline or _sentence_initial(body, toks[i])
    if tier == "capital" and not initial:
        return True
    if _org_context(body, toks, i, j, at=tier == "capital") or _with_company(body, toks, j, registry):
        return True
    if headline or (tier == "cue" and initial):  # "Scale matters", "Benchmark results show": a cue word is not enough
        return False
    start, end = toks[i].start, toks[j - 1].end  # the sentence, within 400 characters each side
    lo = max([body.rfind(c, max(0, start - 400), start) for c in ".!?\n"] + [max(0, start - 400) - 1]) + 1
    stop = SENTENCE_END.search(body, end, end + 400)
    hi = stop.start() if stop else end + 400
    return bool(BUSINESS.search(body, lo, hi) or (tier == "capital" and NEWS.search(body, lo, hi)))


def _title_case(body: str, at: int) -> bool:
    """The line around ``at`` capitalises most of its words (an English headline): capitals say nothing there.
    A line longer than a headline is none (and is not scanned: long pastes stay linear)."""
    start, end = body.rfind("\n", max(0, at - 300), at) + 1, body.find("\n", at, at + 300)
    end = len(body) if end < 0 and len(body) - at <= 300 else end
    if end < 0 or (start == 0 and at > 300):
        return False
    words = [w for w in re.findall(r"\b[^\W\d_]{4,}\b", body[start: end]) if norm(w) not in FUNCTION_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«“\"]|\s*$)|\n")


LIST_SEP = re.compile(r",\s*|,?\s+(?:et|and|ou|or)\s+", re.I)
LIST_END = re.compile(r",?\s+(?:et|and|ou|or)\s+", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|à|en|dans|au|aux|near|between|entre|from|depuis|vers|to)\s+$", re.I)


def _lists(body, toks, runs, taken, mentions) -> list[list[tuple[int, int]]]:
    """Free capitalised runs in a list "A, B et C" of three or more items, none of them a person and one a company
    (capitals alone also list languages or places: "Dioula, Baoulé and Nouchi"), not after a place preposition
    ("offices in London, Paris and Berlin")."""
    items = sorted([(toks[i].start, toks[j - 1].end, "free", (i, j)) for i, j in runs if taken[i] is None]
                   + [(m.start, m.end, m.kind, None) for m in mentions])
    chains, chain = [], [items[0]] if items else []
    for item in items[1:]:
        gap = body[chain[-1][1]: item[0]]
        if LIST_SEP.fullmatch(gap) and not LIST_END.fullmatch(body[chain[-2][1]: chain[-1][0]] if len(chain) > 1 else ""):
            chain.append(item)
            continue
        chains.append(chain)
        chain = [item]
    chains.append(chain)
    found = []
    for chain in chains:
        ended = len(chain) >= 3 and LIST_END.fullmatch(body[chain[-2][1]: chain[-1][0]])
        if (ended and all(kind in ("free", "company") for *_, kind, _ in chain)
                and any(kind == "company" for *_, kind, _ in chain)
                and not PLACE_BEFORE.search(body, max(0, chain[0][0] - 12), chain[0][0])
                and not _title_case(body, chain[0][0])):  # capitals in a headline say nothing
            found.append([run for *_, run in chain if run])
    return found


ITEM_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|et|or|ou|&)\s", re.I)  # after a list's item: the list goes on
LIST_WORDS = _words("and et or ou & le la les l the de du des d of")


def _listed(body: str, start: int) -> bool:
    """In a list introduced as organisations: "des géants comme OpenAI, Google ou Meta", "investors such as X";
    only names and their commas and conjunctions stand between the cue and it ("clients include X and the
    Lyon city hall" lists X, not Lyon)."""
    lo = max(0, start - 1000)  # a sentence is shorter than this; looking back to 0 is quadratic on long pastes
    sentence_start = max([body.rfind(c, lo, start) for c in ".!?\n"] + [lo - 1]) + 1
    cue = None
    for cue in LIST_CUE.finditer(body, sentence_start, start):
        pass
    if cue is None:
        return False
    words = body[cue.end(): start].replace(",", " ").split()
    return all(not w or _name_case(w) or w[:1].isdigit() or norm(w) in LIST_WORDS
               for w in (w.strip("()[]«»\"“”'’") for w in words))


def _sentence_initial(body: str, tok: _Tok | re.Match) -> bool:
    k = tok.start if isinstance(tok, _Tok) else tok.start()  # walk back over quotes and spaces; slicing the body here would be quadratic on long pastes
    while k > 0 and body[k - 1] in " \t«“\"'(-•*":  # quotes, brackets, list bullets
        k -= 1
    return k == 0 or body[k - 1] in ".!?:\n…—–"  # a dash after a dateline opens the sentence


def _describe(body: str, mention: Mention, lang: str) -> dict[str, str]:
    """A one-line description from an apposition next to the first mention ("X, an investor who …,",
    "X (co-fondateur d’OpenAI)", "le cofondateur de DeepMind, X"); none when there is no such phrase.
    The other language only when the phrase is a plain role ("co-fondateur d’OpenAI" -> "Co-founder of
    OpenAI"); otherwise it is left for an editor (the site falls back)."""
    article = (r"(?:an?|the|former|founded|based|backed|owned|created|led)\b" if lang == "en"
               else r"(?:une?|le|la|l['’]|ancien|ancienne|fondée?|basée?|créée?|détenue?|soutenue?|dirigée?)\b")
    following = body[mention.end: mention.end + 300]  # a window: slicing to the end is quadratic on long pastes
    after = re.match(rf",\s+({article}[^,.;:()«»“”\"]{{3,140}})[,.;)]", following)
    paren = re.match(r"\s*\(([^()\d]{6,100})\)", following)
    before = re.search(r"(?:^|[.!?]\s+|\(\w[^)]*\)\s+)((?:[Ll]e|[Ll]a|[Tt]he|[Ll]['’])\s*[^,.;:()«»“”\"]{3,100}),\s*$", body[max(0, mention.start - 140): mention.start])
    phrase = next((m.group(1) for m in (after, paren, before) if m), "").strip()
    if len(phrase.split()) < 2:
        return {}
    description = {lang: phrase[0].upper() + phrase[1:] + "."}
    female = mention.kind == "person" and roles.is_female(mention.surface)
    other = _translate_role(phrase, lang, female)
    if other:
        description["en" if lang == "fr" else "fr"] = other
    return description


def _translate_role(phrase: str, lang: str, female: bool) -> str | None:
    """"(le) co-fondateur d’OpenAI" <-> "co-founder of OpenAI", "ancien PDG de Google" <-> "former CEO of
    Google": a role of the glossary, an optional "former/ancien", an optional organisation name; else None."""
    m = re.fullmatch(r"(?:(?i:the|an?|le|la|une?)\s+|(?i:l)['’])?((?i:former|ancien|ancienne)\s+)?(.+?)"
                     r"(?:\s+(?:of|at|de|chez)\s+|\s+d['’])?((?<=\s|['’])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)?", phrase.strip())
    other = "en" if lang == "fr" else "fr"
    role = m and roles.translate((m.group(1) or "") + m.group(2), other, female)
    if not role:
        return None
    org = m.group(3)
    if org:
        role += f" of {org}" if other == "en" else (" d’" if unidecode(org)[:1].lower() in "aeiouy" else " de ") + org
    return role[0].upper() + role[1:] + "."
