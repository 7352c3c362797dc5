"""What a word is in the world: first names, calendar words, countries, cities, regions, nationalities,
currencies, role words, and the ordinary words a one-word name may be."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from babel import Locale
from babel.dates import get_day_names, get_month_names

from ... import roles
from ...registry import norm
from .base import _Tok
from .words import FUNCTION_WORDS, FUNCTIONS, GENERIC, NAME_SUFFIXES, NOT_FIRST_NAMES, ORG_TAILS, TITLES, _words

# The second syllable of a Korean given name, romanised in small letters after a hyphen ("Hyun-woo", "Ji-young").
KOREAN_SECOND = re.compile(r"[a-z]{2,5}")


@lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    if norm(word) in NOT_FIRST_NAMES or norm(word) in FUNCTION_WORDS or len(word) < 2 or word.isupper():
        return False
    if "-" in word.strip("-"):  # "Jean-Laurent", "Anne-Sophie"; "Hyun-woo", "Min-jun": a Korean given name
        parts = word.split("-")
        korean = len(parts) == 2 and KOREAN_SECOND.fullmatch(parts[1]) is not None and _is_first_name(parts[0])
        return korean or all(map(_is_first_name, parts))
    return roles.gender(word) != "unknown"


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    words = set()
    for lang in ("fr", "en"):
        words |= {norm(v) for v in get_month_names("wide", locale=lang).values()}
        words |= {norm(v) for v in get_day_names("wide", locale=lang).values()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names of both languages, several of them also given names ("Mai", "June", "April")."""
    return frozenset(norm(v) for lang in ("fr", "en") for v in get_month_names("wide", locale=lang).values())


@lru_cache(maxsize=1)
def _french_months() -> frozenset[str]:
    """The months French names and English does not ("mai", "avril", "juin"): written in small letters."""
    fr, en = ({norm(v) for v in get_month_names("wide", locale=lang).values()} for lang in ("fr", "en"))
    return frozenset(fr - en)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country and region names (Babel, both languages) and their usual abbreviations: never a company
    ("France, Germany and Italy"); still possible in a person's name ("Chad", "Jordan")."""
    names = {norm(v) for lang in ("fr", "en") for v in Locale.parse(lang).territories.values()}
    return frozenset(names | {"uk", "u k", "us", "u s", "usa", "u s a", "eu", "ue", "uae", "eau"})


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """The world's cities of 100,000 people or more (digest/data/cities.txt, from GeoNames, and the French names of
    capitals and big cities it lacks, cities_fr.txt): a new name that is one is a place ("quitte Montréal pour
    Nairobi", "installée à Varsovie"), never a new company or person."""
    data = resources.files("digest").joinpath("data")
    text = "\n".join(data.joinpath(name).read_text(encoding="utf-8") for name in ("cities.txt", "cities_fr.txt"))
    return frozenset(norm(line) for line in text.splitlines() if line and not line.startswith("#"))


_PLACE_BEFORE = re.compile(r"\b(?i:an?|the|in|at|from|of|near)\s+((?:[A-ZÀ-Ý][\w'’.-]*\s){0,2}[A-ZÀ-Ý][\w'’.-]*),\s*$")


def after_a_city(body: str, start: int, end: int) -> bool:
    """Whether the one word from ``start`` to ``end`` sits between commas after a city the English way: "an Austin,
    Texas, startup", "in Portland, Oregon, where" name the city's state, never a company ("depuis Nantes, Bastide
    Robotique, une start-up" names one)."""
    if not body.startswith(",", end) or " " in body[start:end]:
        return False
    m = _PLACE_BEFORE.search(body, max(0, start - 40), start)
    return bool(m) and norm(m.group(1)) in _cities()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """World regions (Babel's numeric territories, both languages): "Africa", "Asie du Sud-Est", "Latin America"."""
    return frozenset(norm(v) for lang in ("fr", "en") for k, v in Locale.parse(lang).territories.items() if k.isdigit())


def places_only(text: str, least: int = 2) -> bool:
    """ "Grenoble, France", "Lagos, Nigeria": places alone between commas, a photo's or a map's location tag (with
    ``least=1``, "Stockholm" alone too)."""
    parts = [norm(part) for part in text.split(",")]
    return len(parts) >= least and all(part in _places() for part in parts)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return _cities() | _countries() | _regions()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality words: the major languages' names in both languages ("French", "Japanese", "Français") and
    forms made from country names ("Indian", "Canadian", "American", "Israeli")."""
    words = {
        norm(name) for lang in ("fr", "en") for code, name in Locale.parse(lang).languages.items() if len(code) == 2
    }
    for country in Locale.parse("en").territories.values():
        for w in norm(country).split():
            stem = w[:-1] if w[-1:] in ("a", "e", "o", "y") else w
            if len(w) >= 4:
                words |= {w + "n", w + "an", stem + "an", stem + "ian", w + "i", stem + "ese", stem + "ish"}
    for country in Locale.parse("fr").territories.values():  # "sénégalais", "béninoise", "ivoirien", "marocaine"
        for w in norm(country).split():
            stem = w[:-1] if w[-1:] in ("a", "e", "o") else w
            if len(w) >= 4:
                words |= {stem + end for end in ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine")}
    # Forms no rule above makes, in both languages.
    irregular = _words("""british belgian swiss emirati saudi ivorian malagasy malgache monegasque flemish \
flamand flamande
        walloon wallon wallonne basque breton bretonne quebecois quebecoise catalan catalane scottish ecossais
        ecossaise welsh gallois galloise irish irlandais irlandaise kiwi aussie filipino cypriot dutch greek grec
        grecque thai congolese congolais congolaise togolese togolais togolaise burkinabe belge suisse \
        americain americaine britannique turc turque mexicain mexicaine""")
    words |= irregular
    # French feminines: of the forms made from English ("nigériane"), and of the languages' masculine names
    # ("polonaise", "allemande", "espagnole", "italienne", "coréenne")
    feminines = {w + "e" for w in words if w[-1:] in ("n", "i") or w.endswith(("ais", "ois", "and", "ol"))}
    return frozenset(words | feminines | {w + "ne" for w in words if w.endswith(("ien", "een"))})


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(Locale.parse("en").currencies)


AMOUNT = re.compile(r"([A-Z]{3})\d[\d.,]*")


def _currency(body: str, tok: _Tok) -> bool:
    """A currency written before an amount ("C$40", "GBP3.5"): no name."""
    code = AMOUNT.fullmatch(tok.text)
    return (body.startswith("$", tok.end) and tok.text.isupper()) or bool(code and code.group(1) in _currency_codes())


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The other languages' one-word names (Babel, both languages: "Cantonese", "Tagalog", "cantonais"), of five
    letters or more and no first name: what a text lists as languages ("Cantonese, Mandarin and English")."""
    names = {
        norm(name) for lang in ("fr", "en") for code, name in Locale.parse(lang).languages.items() if len(code) == 3
    }
    return frozenset(n for n in names if " " not in n and len(n) >= 5 and not _is_first_name(n.title()))


def _demonym_compound(word: str) -> bool:
    """ "Arabic-speaking", "Indian-language", "French-born": a nationality made an adjective; "Libano-Allemand",
    "Sino-Canadian": nationalities joined, the first ones in their combining form. No name either way."""
    head, _, tail = word.partition("-")
    if not tail:
        return False
    if tail.islower():
        return _descriptive(norm(head))
    *firsts, last = map(norm, word.split("-"))
    return last in _demonyms() and all(
        part in _demonyms() or part[-1:] == "o" and part[:-1] in _stems() for part in firsts
    )


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """The starts of country and nationality names a combining form is made of ("liban" of "libano-", "ital" of
    "italo-", "franc" of "franco-")."""
    return frozenset(name[:n] for name in _countries() | _demonyms() for n in range(3, 8))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word of the roles glossary ("technology" of "chief technology officer")."""
    return frozenset(w for forms in roles.ROLES for form in forms for w in norm(form).split())


def _descriptive(key: str) -> bool:
    """A country, region or nationality: it says where, not who."""
    return key in _countries() or key in _demonyms()


SCHOOL_WORDS = _words("university universite universidad universitat universiteit ecole college school lycee")
SCHOOL_PHRASE = re.compile(r"\b(?:institute of technology|institut (?:de|des) technolog\w*|business school)\b")


def _school(key: str) -> bool:
    """A university or school ("X College", "Université de X", "l'École des mines"): where people study or teach,
    never a company of the story."""
    return any(w in SCHOOL_WORDS for w in key.split()) or bool(SCHOOL_PHRASE.search(key))


def _common(key: str, lower: set[str], cue: bool) -> bool:
    """A one-word name that is also an ordinary word ("Robotics", "Store", "Cloud", "Generative" of "Generative AI"):
    never a grammar word, title, company function ("Product", "Growth") or place, and another common word (written
    in lower case elsewhere in the text) only where the text says it is an organisation ("le patron de Free")."""
    if key in FUNCTION_WORDS or key in GENERIC or key in TITLES or key in FUNCTIONS or _descriptive(key):
        return True
    return not cue and (key in lower or key in NAME_SUFFIXES or key in ORG_TAILS or key in _role_words())


PINYIN_INITIALS = [
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "zh",
    "ch",
    "sh",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
]
PINYIN_FINALS = [
    "a",
    "o",
    "e",
    "i",
    "u",
    "v",
    "ai",
    "ei",
    "ui",
    "ao",
    "ou",
    "iu",
    "ie",
    "ve",
    "er",
    "an",
    "en",
    "in",
    "un",
    "vn",
    "ang",
    "eng",
    "ing",
    "ong",
    "ia",
    "iao",
    "ian",
    "iang",
    "iong",
    "ua",
    "uo",
    "uai",
    "uan",
    "uang",
    "ue",
]


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    """Hanyu Pinyin syllables without tones (initial + final, a little more than the language uses)."""
    return frozenset({i + f for i in PINYIN_INITIALS for f in PINYIN_FINALS} | set(PINYIN_FINALS) - {"v", "vn", "ve"})


def _syllables(word: str, most: int) -> bool:
    """``word`` is one to ``most`` pinyin syllables ("Zhao", "Mingyu", "Bingrui")."""
    if not word:
        return True
    return most > 0 and any(
        word[:n] in _pinyin_syllables() and _syllables(word[n:], most - 1) for n in range(min(6, len(word)), 0, -1)
    )


# A syllable of a romanised Korean given name ("won", "jun", "hee", "seok", "young"); "ville" is none.
KOREAN_SYLLABLE = re.compile(r"[bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|n|k|l|m|p)?")


def _chinese_name(family: str, given: str) -> bool:
    """ "Tang Bingrui", "Zhao Mingyu": a one-syllable family name and a given name of one or two syllables, in
    pinyin (a place such as "Hong Kong" is not one); "Park Ji-won", "Kim Min-jun": a short family name before a
    Korean given name of two hyphenated syllables."""
    pair = norm(f"{family} {given}")
    korean = (
        2 <= len(family) <= 5
        and family.isalpha()
        and all(KOREAN_SYLLABLE.fullmatch(part) for part in given.lower().split("-")[1:])
        and "-" in given
        and _is_first_name(given)
    )
    return (
        family[1:].islower()
        and (given[1:].islower() or korean)
        and (korean or _syllables(norm(family), 1) and _syllables(norm(given), 2))
        and pair not in _cities()
        and not _descriptive(pair)
    )


# Vietnamese family names that are also grammar words once their accents are dropped (Lê, Đỗ, An, Hà, Hồ).
SHORT_FAMILY_NAMES = frozenset({"le", "do", "an", "ha", "ho"})


def _family_le(toks: list, k: int, j: int) -> bool:
    """toks[k:j] is a short Vietnamese family name and two given names ("Le Minh Chau", "Do Van Hieu", "An Thi
    Mai"): the family name written without its accents, not the French article or an English word."""
    return (
        j - k == 3
        and toks[k].bare_key in SHORT_FAMILY_NAMES
        and toks[k].text[:1].isupper()
        and toks[k].text[1:].islower()
        and all(_is_first_name(t.bare) for t in toks[k + 1 : j])
    )
