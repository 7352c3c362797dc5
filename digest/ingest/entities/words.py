"""Word lists shared by the entity passes: honorifics, name particles, legal and name suffixes, institution words,
titles, function words, the last words of organisation and place names, the endings of professions."""

from __future__ import annotations

import re

from ...registry import norm


def _words(text: str) -> frozenset[str]:
    """A word list written in the source, as lookup keys."""
    return frozenset(norm(w) for w in text.split())


HONORIFICS = {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "me", "sir"}
PARTICLES = {
    "de",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "del",
    "du",
    "bin",
    "binti",
    "bint",
    "ibn",
    "ould",
    "dela",
    "dos",
    "das",
    "do",
    "al",
    "el",
    "la",
    "le",
    "ben",
    "ter",
    "ap",
    "ní",
    "nic",
    "ó",
}
# Capitalised words that the first-name list also knows but that start ordinary sentences or titles.
NOT_FIRST_NAMES = {
    "key",
    "will",
    "may",
    "june",
    "april",
    "august",
    "le",
    "la",
    "les",
    "elle",
    "il",
    "new",
    "chief",
    "general",
    "page",
    "story",
    "grace",
    "bienvenue",
    "hope",
    "joy",
    "art",
    "sun",
    "star",
    "dawn",
    "summer",
    "major",
    "king",
    "prince",
    "lord",
    "ca",
    "so",
    "no",
    "un",
    "une",
    "des",
    "en",
    "et",
    "je",
    "tu",
    "on",
    "in",
    "an",
    "former",
    "interim",
    "president",
    "director",
    "professor",
    "saint",
    "san",
    "santa",
    "los",
    "las",
    "del",
}
LEGAL_SUFFIXES = {
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "sa",
    "sas",
    "sarl",
    "gmbh",
    "ag",
    "co",
    "pvt",
    "pte",
    "pty",
    "limited",
    "bv",
    "nv",
    "oy",
    "oyj",
    "ab",
    "kk",
    "kg",
    "spa",
    "srl",
    "sasu",
    "asa",
    "sdn",
    "bhd",
}


def legal_form(word: str) -> bool:
    """A legal form however it is written ("S.A.R.L.", "s a r l", "Pte.", "K.K."): no part of the name the
    registry keeps."""
    return norm(word).replace(".", "").replace(" ", "") in LEGAL_SUFFIXES


# Partnerships' legal forms: a firm's, and written as part of its name ("X Y LLP").
FIRM_SUFFIXES = {"llp", "lp"}
NAME_SUFFIXES = {
    "ai",
    "labs",
    "lab",
    "ventures",
    "capital",
    "partners",
    "technologies",
    "group",
    "holdings",
    "bank",
    "robotics",
    "systems",
    "software",
    "studios",
    "networks",
    "research",
    "intelligence",
    "fund",
    "fonds",
    "angels",
    "mutual",
    "robotique",
    "systemes",
    "partenaires",
    "technologie",
    "investments",
    "securities",
    "advisors",
    "advisers",
    "analytics",
    "bio",
    "compute",
    "foundation",
    "fondation",
    "institute",
    "institut",
    "enterprise",
    "therapeutics",
    "biosciences",
    "dynamics",
    "solutions",
    "industries",
    "health",
    "energy",
    "assurances",
    "insurance",
    "healthcare",
    "technology",
}
# Suffixes naming a field rather than a business: after a word that only starts a sentence ("Generative AI",
# "Quantum Systems are ..."), they make no name; "Canopy Bank", "Seedcamp Ventures" they do.
FIELD_SUFFIXES = {
    "ai",
    "intelligence",
    "research",
    "software",
    "systems",
    "systemes",
    "robotics",
    "robotique",
    "technologies",
    "technologie",
    "networks",
    "analytics",
    "bio",
    "compute",
    "health",
    "energy",
    "solutions",
    "dynamics",
    "healthcare",
    "technology",
}
# "Development Bank of Wales", "Institute for Machine Learning": an institution's name goes on after these words.
INSTITUTIONS = {
    "bank",
    "banque",
    "caisse",
    "institute",
    "institut",
    "foundation",
    "fondation",
    "fund",
    "fonds",
    "agency",
    "agence",
    "university",
    "universite",
    "school",
    "ecole",
    "academy",
    "academie",
    "council",
    "centre",
    "center",
}
INSTITUTION_LINKS = {"of", "for", "de", "du", "des", "pour"}
# First words that make a capitalised run a fund's, bank's or group's name ("Fonds Hainaut Innovation", "Groupe X").
ARM_SUFFIXES = {"ventures", "capital"}  # after a known company: its investment arm, a company of its own
# A French region's council ("Région Bretagne", "la Région Occitanie") is a public body that funds and partners.
NAME_HEADS = {"fonds", "fund", "banque", "groupe", "grupo", "gruppo", "fondation", "foundation", "region"}
# First words of a prize's name ("Trophées X & Y", "Prix X"): a prize, never an organisation.
PRIZE_HEADS = {"trophee", "trophees", "prix", "award", "awards"}
# Titles that may follow a company name in a capitalised run ("Google DeepMind CEO Demis Hassabis").
ROLE_WORDS = {"ceo", "pdg", "cto", "cfo", "coo", "president", "chairman", "founder", "cofounder"}
# Acronyms and words of the field written with capitals that name no organisation.
GENERIC = {
    "etat",  # "la société d'État X": the state, written with a capital
    "ia",
    "ai",
    "agi",
    "genai",
    "llm",
    "llms",
    "slm",
    "ceo",
    "pdg",
    "cto",
    "cfo",
    "coo",
    "vp",
    "ml",
    "api",
    "gpu",
    "vc",
    "vcs",
    "startup",
    "start up",
    "startups",
    "hr",  # departments: "head of HR", "DRH", "Investor Relations"
    "rh",
    "drh",
    "relations",
}
# A company's functions and departments: alone, after "Head of", "VP of" or "at", a team, never a company's name
# ("Head of Product", "Vice President of Engineering", "ran Growth at X").
FUNCTIONS = _words("""
product products engineering growth marketing sales operations finance legal design research partnerships
communications recruiting talent strategy policy infrastructure security safety produit produits ingenierie
recherche ventes strategie communication juridique
""")
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
quelqu'un quelqu’un chacun chacune someone somebody everyone everybody nobody anyone anybody
""") - {"ma", "son"}  # "Jack Ma", "Masayoshi Son"
# Titles and role words: before a name they introduce a person ("President X Y", "Chief Technology Officer X Y");
# alone or in a row ("Vice President") they are nobody.
TITLES = _words("""
chief vice president presidente dean ceo D.G P.D.G P.-D.G cto cfo coo cso cmo cpo pdg dg drh dsi daf \
directeur directrice
director executive officer
founder cofounder co-founder fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice chairman
founders cofounders co-founders fondateurs fondatrices cofondateurs cofondatrices co-fondateurs co-fondatrices
chairwoman chair head senior managing minister ministre prime senator senateur senatrice governor gouverneur mayor
maire secretary secretaire chancellor sheikh professor professeur prof pr dr doctor docteur sir mr mrs ms mme
commissioner commissaire deputy depute ambassador ambassadeur analyst analyste researcher chercheur chercheuse
engineer ingenieur ingenieure scientist scientifique spokesperson spokesman spokeswoman porte-parole investor
general-partner partner principal associate ex former ancien ancienne
""")
# Last words of place names: "X Hotel", "X Park" are where something happened, not a company.
PLACE_TAILS = _words(
    "hotel hotels hôtel park island islands valley area airport aéroport street avenue square stadium arena campus"
)
# Last words of organisation, outlet, place and prize names: a name ending so is no person ("X Ventures", "X Magazine").
ORG_TAILS = _words("""
global associates investments investment securities fund funds seed foundation fondation institute institut
university universite
academy academie college school ecole magazine press presse review news times journal media medias tribune daily
herald gazette radio tv television studio bros brothers freres motors airlines aviation pharma pharmaceuticals
tech dispatch chronicle observer courier courrier ledger monitor telegraph bulletin wire insider examiner inquirer
sentinel weekly hebdo depeche express systemes solutions industries
therapeutics energy energie hotel hotels island islands valley area declaration mission council conseil commission
agency agence ministry ministere office bureau committee comite union association alliance initiative program
programme project projet summit sommet award awards prize prix medal medaille conference forum index report act
hospital hopital clinic clinique boulevard street avenue square road bridge station gare plaza indaba hackathon
meetup expo festival congress congres symposium colloque airport aeroport
""")
# The endings of nouns of trades and professions in both languages ("linguiste", "climatologue", "chemist").
PROFESSION = re.compile(r"\w{3,}(?:iste|logue|ienne|ien|euse|rice|eur|ist|ogist|ian|er|or)")
