"""Tokens and word lists shared by the entity passes, and the mentions they produce."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...registry import norm


def _words(text: str) -> frozenset[str]:
    """A word list written in the source, as lookup keys."""
    return frozenset(norm(w) for w in text.split())


# A colon between letters is inside a name ("Sift:ai"); "10:30" and "Note: X" are no names.
TOKEN = re.compile(r"@?\w+(?:['’\-.&]\w+|(?<=[^\W\d_]):(?=[^\W\d_])\w+)*\.?", re.UNICODE)
# An elided article ("l’OAI") or "ex-" ("ex-Google boss"): the name starts after it.
# "l’OAI", "d'OpenAI", "ex-Google"; not the N' and M' of a name ("N'Guessan", "M'Bala"), whose next letter is a capital.
ELISION = re.compile(r"^(?!(?-i:[NM]['’][A-ZÀ-Ý]))(?:(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]|ex-)(?=\w)", re.I)
# "Tokyo-based", "Microsoft-backed": a place or an organisation used as an adjective, never a new name by itself.
DESCRIPTOR = re.compile(
    r"^(\w[\w.&'’-]*?)-(?:based|backed|owned|funded|led|born|headquartered|made|focused|run|"
    r"affiliated|controlled|linked|native)$",
    re.I,
)
ARTICLE_ELIDED = re.compile(r"[lL]['’](?=\w)")  # "l’Italienne": a noun; no person's name takes an article
POSSESSIVE = re.compile(r"['’]s?$")
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
# Capitalised words that the first-name lists (Faker's) also know but that start ordinary sentences or titles.
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
LEGAL_SUFFIXES = {"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "sarl", "gmbh", "ag", "co", "pvt"}
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
NAME_HEADS = {"fonds", "fund", "banque", "groupe", "fondation", "foundation"}
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
chairwoman chair head senior managing minister ministre prime senator senateur senatrice governor gouverneur mayor
maire secretary secretaire chancellor sheikh cheikh professor professeur prof pr dr doctor docteur sir mr mrs ms mme
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


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple:
    """What a token's text gives, whatever its place: (bare, length from the bare form's start to the end,
    capitalised, key, head_key, bare_key, descriptor, first words of key and head_key). Words repeat, so an
    article's tokens mostly cost one cache lookup."""
    if text.isalnum():  # most words: nothing to strip
        key = norm(text)
        first = key.split(" ")[0]
        return text, len(text), _name_case(text), key, key, key, False, first, first
    unelided = ELISION.sub("", text.lstrip("@"))
    bare = unelided if re.search(r"\w\.\w", unelided) else unelided.rstrip(".")
    bare = POSSESSIVE.sub("", bare) if re.search(r"\w['’]s?$", bare) and len(bare) > 3 else bare
    descriptor = DESCRIPTOR.match(bare)
    if descriptor:
        bare = descriptor.group(1)
    key, head_key = norm(text), norm(unelided)  # first word of a name: "l’université" is also "université"
    return (
        bare,
        len(unelided),
        _name_case(bare) and not descriptor,
        key,
        head_key,
        norm(bare),
        bool(descriptor),
        key.split(" ")[0],
        head_key.split(" ")[0],
    )


class _Tok:
    """A word of the text with its forms (``_forms``): ``bare`` without elision ("l’OAI", "ex-Google"),
    possessive ("OpenAI’s"), handle sign, final dot or adjective ending ("Microsoft-backed": a known name still
    matches, but such a word starts no new name); ``key``/``bare_key`` normalised for lookups, ``first_key`` and
    ``head_first_key`` the first words of ``key`` and ``head_key`` (where a registry name may start)."""

    __slots__ = (
        "text",
        "start",
        "end",
        "bare",
        "bare_start",
        "capitalised",
        "key",
        "head_key",
        "bare_key",
        "descriptor",
        "first_key",
        "head_first_key",
    )

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        (
            self.bare,
            from_bare,
            self.capitalised,
            self.key,
            self.head_key,
            self.bare_key,
            self.descriptor,
            self.first_key,
            self.head_first_key,
        ) = _forms(text)
        self.bare_start = end - from_bare


def _take(toks, taken, i, j, mention) -> Mention:
    for k in range(i, j):
        taken[k] = mention
    return mention


def _adjacent(body: str, a: _Tok, b: _Tok) -> bool:
    """One space between two tokens, and the first does not end a sentence or carry a possessive."""
    return (
        body[a.end : b.start] == " "
        and not a.text.endswith(".")
        and a.text.endswith(a.bare)
        and b.text == ELISION.sub("", b.text)
    )


def _line(body: str, at: int) -> str:
    """The line around ``at``, at most 120 characters each side (long pastes stay linear)."""
    start = body.rfind("\n", max(0, at - 120), at) + 1
    end = body.find("\n", at, at + 120)
    return body[start : end if end >= 0 else at + 120]


def _title_case(body: str, at: int) -> bool:
    """The line around ``at`` capitalises most of its words (an English headline): capitals say nothing there.
    A line longer than a headline, or ending with a full stop, is none (and is not scanned: long pastes stay
    linear)."""
    start, end = body.rfind("\n", max(0, at - 300), at) + 1, body.find("\n", at, at + 300)
    end = len(body) if end < 0 and len(body) - at <= 300 else end
    if end < 0 or (start == 0 and at > 300):
        return False
    line = body[start:end].rstrip()
    if line.endswith("."):
        return False  # a sentence, however many names it holds: headlines end without a full stop
    words = [w for w in re.findall(r"\b[^\W\d_]{4,}\b", line) if norm(w) not in FUNCTION_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«“\"]|\s*$)|\n")


def _sentence_initial(body: str, tok: _Tok) -> bool:
    return _starts_sentence(body, tok.start)


def _starts_sentence(body: str, k: int) -> bool:
    """Whether a sentence starts at ``k``: walks back over quotes and spaces (slicing the body here would be
    quadratic on long pastes)."""
    while k > 0 and body[k - 1] in " \t«“\"'(-•*":  # quotes, brackets, list bullets
        k -= 1
    return k == 0 or body[k - 1] in ".!?:\n…—–"  # a dash after a dateline opens the sentence
