"""Prefiltered patterns find exactly what their patterns find: the words are read from the pattern, and a text
without any of them (folded) holds no match."""

import re

from digest.ingest import prefilter
from digest.ingest.prefilter import Prefiltered, fold, words_of


def test_words_are_those_every_match_holds():
    assert words_of(re.compile(r"(?i)\bfor (?:general )?information purposes\b|\bne (?:pas|plus) constitu")) == {
        "information purposes",
        " constitu",
    }
    assert words_of(re.compile(r"(?:abc|de)x{2,}")) == {"abc", "de"}
    assert words_of(re.compile(r"(?-i:PHOTO)\s*:\s*[A-Z]")) == {"photo"}


def test_a_word_holding_another_is_not_looked_for():
    pattern = prefilter.compile(r"(?i)\b(?:sign up for our newsletter|newsletters?|infolettre|lettre d['’]info)\b")
    assert pattern.words == {"newsletter", "infolettre", "lettre d"}
    assert pattern.search("Our NEWSLETTERS") and pattern.search("Sign up for our newsletter today")
    assert not pattern.search("A letter to the editor")


def test_a_pattern_with_an_alternative_without_words_is_searched_as_it_is():
    assert words_of(re.compile(r"copyright|\d{4}")) is None
    assert words_of(re.compile(r"(?:photo)?\s+\w+")) is None
    pattern = prefilter.compile(r"copyright|\d{4}")
    assert pattern.search("in 2024") and pattern.findall("1999 and 2000") == ["1999", "2000"]


def test_a_prefiltered_search_finds_what_the_pattern_finds():
    source = r"(?i)\bsponsored by\b|\b(?:tous droits|all rights) réservés\b|\bcookies?\b.*\baccept|(?-i:AFP)/\w+"
    plain, filtered = re.compile(source), prefilter.compile(source)
    texts = [
        "Sponsored by Acme",
        "SPONSORED BY ACME",
        "ſponſored by Acme",  # the long s matches s without case
        "Tous droits RÉSERVÉS",
        "We use cookies. Accept?",
        "Photo AFP/Jean Dupont",
        "photo afp/jean dupont",
        "An ordinary sentence of the article, with no furniture in it.",
        "Cookİes: accept",
        "",
    ]
    for text in texts:
        assert bool(filtered.search(text)) == bool(plain.search(text)), text
        assert filtered.findall(text) == plain.findall(text), text
    assert filtered.search("Sponsored by Acme", 3) is None and plain.search("Sponsored by Acme", 3) is None


def test_case_insensitive_matches_of_the_letters_words_hold_are_the_same_letter_once_folded():
    letters = re.compile("[" + "".join(sorted(prefilter._CASED)) + "]", re.I)
    for codepoint in range(0x110000):
        char = chr(codepoint)
        if letters.fullmatch(char):
            assert fold(char) in prefilter._CASED, hex(codepoint)
            assert re.fullmatch(re.escape(fold(char)), char, re.I), hex(codepoint)


def test_the_line_rules_patterns_have_words():
    from digest.ingest import credits, documents
    from digest.ingest.lines import other_pages

    modules = [credits, documents, other_pages]
    patterns = [value for module in modules for value in vars(module).values() if isinstance(value, Prefiltered)]
    assert patterns and all(pattern.words for pattern in patterns)


def test_a_search_in_a_window_looks_for_the_words_in_the_window():
    source = r"(?i)\b(?:based in|basée? à)\s+$"
    plain, filtered = re.compile(source), prefilter.compile(source)
    body = "Acme, based in Lyon, hires. Globex, basée à Paris, too. A startup based in "
    for start in range(len(body)):
        for end in (start, start + 5, start + 20, len(body)):
            assert bool(filtered.search(body, start, end)) == bool(plain.search(body, start, end)), (start, end)
    assert filtered.search(body, max(0, len(body) - 30), len(body))


def test_a_class_of_a_few_characters_gives_them_as_words():
    assert words_of(re.compile(r"\bthat\b|[;:«]")) == {"that", ";", ":", "«"}
    assert words_of(re.compile(r"[^;:]+")) is None and words_of(re.compile(r"[a-c]x")) == {"x"}
    pattern = prefilter.compile(r"\([^()]*\)|\s[—–]\s\w+")
    assert list(pattern.finditer("no aside here")) == []
    assert [m.group() for m in pattern.finditer("a (b) c – d")] == ["(b)", " – d"]


def test_the_places_of_the_words_tell_every_window_what_a_window_search_would():
    # occurrences overlapping, at both ends of the text, in capitals, with a dotless i and a dotted capital I (whose
    # lower case alone is two characters); a window is given by its bounds, past the text's ends too
    text = "Based in Lyon, BASED IN Paris; basedbased in Nıce based İn Nİce"
    starts, ends = prefilter._places(text, frozenset({"based in", "ased", "nice"}))
    assert starts == sorted(starts) and all(e1 <= e2 for e1, e2 in zip(ends, ends[1:], strict=False))
    assert len(starts) == 11 and text[starts[-1] : starts[-1] + 4] == "Nİce"
    source = r"(?i)based in|ased|nice"
    plain, filtered = re.compile(source), prefilter.compile(source)
    for pos in range(-2, len(text) + 2):
        for endpos in range(pos - 1, len(text) + 3):
            assert [m.span() for m in filtered.finditer(text, pos, endpos)] == [
                m.span() for m in plain.finditer(text, pos, endpos)
            ], (pos, endpos)


def test_the_first_characters_of_a_match_are_read_from_the_pattern():
    first = prefilter.first_characters
    assert first(re.compile(r"(?<![\w-])(?:quitt\w*|s['’]en va|(?<=[lL]a )vente|[Dd]épart)", re.I)) == set("qsvd")
    assert first(re.compile(r"(?:pre-?)?seed|s[ée]ries? [A-F]", re.I)) == {"p", "s"}
    assert first(re.compile(r"\bÉvincé|(?-i:[A-C])x", re.I)) == {"é", "a", "b", "c"}
    assert first(re.compile(r"\w+ leaves")) is None  # any word character
    assert first(re.compile(r"(?:leaves)?")) is None  # a match may be empty
    assert first(re.compile(r"[^a]b")) is None


def test_a_trigger_guarded_by_its_first_characters_finds_what_it_found():
    from digest.ingest.events import triggers

    source = r"(?<![\w-])(?:quitt\w*|s['’]en va|left|(?<=[lL]a )vente(?= d)|step\w* (?:down|away))(?!\w)"
    plain = re.compile(source, re.I)
    guarded = triggers._guarded(plain)
    assert guarded.pattern != source
    texts = [
        "Jane Doe QUITTE Acme; elle s’en va. He LEFT, stepped down and Steps Away.",
        "La vente d'Orvik, la Vente de Borealis; the sale; vente directe.",
        "cleft, bereft, re-quitte, sub-left: none of these.",
    ]
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in guarded.finditer(texts[0])] == [
        "QUITTE",
        "s’en va",
        "LEFT",
        "stepped down",
        "Steps Away",
    ]
