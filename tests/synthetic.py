"""Generate a synthetic digest corpus of N entries in the project's content format.

    python tests/synthetic.py [N] [OUT] [--seed S]

Writes OUT/entries/YYYY/<slug>.<lang>.md, OUT/companies/<id>.yml and
OUT/people/<id>.yml. Half the articles are French and half English; about
10 % of the entry files are translations (a sibling with the same slug and the
other language); about 200 companies and 1,000 people; bodies of about 400
words with a heading, a list and links; stories grouping several outlets;
structured events on some entries. The same N and seed always give the same
bytes, so benchmark runs are comparable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.model.events import affiliations  # noqa: E402
from digest.model.frontmatter import dump_yaml, render  # noqa: E402

WORDS = {
    "en": [
        "the",
        "model",
        "company",
        "research",
        "team",
        "data",
        "training",
        "compute",
        "chips",
        "lab",
        "release",
        "startup",
        "investors",
        "board",
        "safety",
        "alignment",
        "product",
        "users",
        "market",
        "revenue",
        "cloud",
        "partnership",
        "deal",
        "contract",
        "engineers",
        "talent",
        "open",
        "weights",
        "benchmark",
        "reasoning",
        "agents",
        "inference",
        "cluster",
        "funding",
        "round",
        "valuation",
        "strategy",
        "policy",
        "regulators",
        "privacy",
        "europe",
        "america",
        "china",
        "launch",
        "version",
        "update",
        "feature",
        "customers",
        "enterprise",
        "developers",
        "platform",
        "api",
        "pricing",
        "scale",
        "efficiency",
        "latency",
        "memory",
        "context",
        "language",
        "vision",
        "audio",
        "robotics",
        "hardware",
        "software",
        "datacenter",
        "energy",
        "power",
        "gpus",
        "supply",
        "chain",
        "analysts",
        "rivals",
        "leader",
        "executive",
        "director",
        "scientist",
        "paper",
        "conference",
        "results",
        "evaluation",
        "accuracy",
        "errors",
        "risks",
        "tests",
        "announced",
        "said",
        "confirmed",
        "reported",
        "expected",
        "plans",
        "builds",
        "ships",
        "trains",
        "raises",
        "hires",
        "leaves",
        "joins",
        "new",
        "large",
        "small",
        "faster",
        "cheaper",
        "better",
        "major",
        "early",
        "final",
        "public",
        "private",
        "global",
        "internal",
        "former",
        "recent",
        "several",
        "many",
        "most",
        "few",
        "key",
        "strong",
        "weak",
        "second",
        "third",
        "quarter",
        "year",
        "month",
        "week",
        "today",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "modèle",
        "entreprise",
        "recherche",
        "équipe",
        "données",
        "entraînement",
        "calcul",
        "puces",
        "laboratoire",
        "version",
        "startup",
        "investisseurs",
        "conseil",
        "sécurité",
        "alignement",
        "produit",
        "utilisateurs",
        "marché",
        "revenus",
        "nuage",
        "partenariat",
        "accord",
        "contrat",
        "ingénieurs",
        "talents",
        "poids",
        "ouverts",
        "banc",
        "essai",
        "raisonnement",
        "agents",
        "inférence",
        "grappe",
        "financement",
        "tour",
        "valorisation",
        "stratégie",
        "politique",
        "régulateurs",
        "vie",
        "privée",
        "europe",
        "amérique",
        "chine",
        "lancement",
        "mise",
        "à",
        "jour",
        "fonction",
        "clients",
        "développeurs",
        "plateforme",
        "tarifs",
        "échelle",
        "efficacité",
        "latence",
        "mémoire",
        "contexte",
        "langue",
        "vision",
        "audio",
        "robotique",
        "matériel",
        "logiciel",
        "centre",
        "énergie",
        "puissance",
        "chaîne",
        "analystes",
        "rivaux",
        "dirigeant",
        "directrice",
        "chercheur",
        "article",
        "conférence",
        "résultats",
        "évaluation",
        "précision",
        "erreurs",
        "risques",
        "tests",
        "annonce",
        "confirme",
        "rapporte",
        "prévoit",
        "construit",
        "lance",
        "entraîne",
        "lève",
        "recrute",
        "quitte",
        "rejoint",
        "nouveau",
        "grand",
        "petit",
        "rapide",
        "moins",
        "cher",
        "meilleur",
        "majeur",
        "premier",
        "dernier",
        "public",
        "privé",
        "mondial",
        "interne",
        "ancien",
        "récent",
        "plusieurs",
        "nombreux",
        "trimestre",
        "année",
        "mois",
        "semaine",
        "aujourd'hui",
    ],
}
HEADINGS = {
    "en": ["Key points", "What it means", "Background", "What comes next"],
    "fr": ["Points clés", "Ce que cela change", "Contexte", "La suite"],
}
SYLLABLES = [
    "ar",
    "be",
    "co",
    "da",
    "el",
    "fi",
    "go",
    "ha",
    "in",
    "jo",
    "ka",
    "lu",
    "mi",
    "no",
    "or",
    "pa",
    "qui",
    "ra",
    "so",
    "ti",
    "ur",
    "va",
    "wo",
    "xe",
    "yo",
    "za",
]
SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Research", "Technologies", "Compute", "Networks", ""]
FIRST = [
    "Alice",
    "Bruno",
    "Camille",
    "Daniel",
    "Elena",
    "Farid",
    "Giulia",
    "Hugo",
    "Inès",
    "Jonas",
    "Karim",
    "Léa",
    "Mathieu",
    "Nadia",
    "Omar",
    "Pauline",
    "Quentin",
    "Rania",
    "Samuel",
    "Tara",
    "Ugo",
    "Valentina",
    "William",
    "Xavier",
    "Yasmine",
    "Zoé",
    "Adrien",
    "Béatrice",
    "Cédric",
    "Diane",
    "Emma",
    "Felix",
    "Grace",
    "Henri",
    "Irene",
    "Jules",
    "Kenji",
    "Laura",
    "Marc",
    "Noor",
    "Olivia",
    "Pierre",
    "Ravi",
    "Sofia",
    "Thomas",
    "Wei",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "Andre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Francois",
    "Martinez",
    "Legrand",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Moore",
    "Jackson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Lopez",
    "Hill",
    "Scott",
    "Green",
    "Adams",
    "Baker",
    "Nelson",
    "Carter",
    "Mitchell",
    "Perez",
    "Roberts",
    "Turner",
    "Phillips",
    "Campbell",
    "Parker",
    "Evans",
    "Edwards",
    "Collins",
    "Stewart",
    "Sanchez",
    "Morris",
    "Rogers",
    "Reed",
    "Cook",
    "Morgan",
    "Bell",
    "Murphy",
    "Bailey",
    "Rivera",
    "Cooper",
    "Richardson",
    "Cox",
    "Howard",
    "Ward",
    "Torres",
    "Peterson",
    "Gray",
    "Ramirez",
    "James",
    "Watson",
    "Brooks",
    "Kelly",
    "Sanders",
    "Price",
    "Bennett",
    "Wood",
    "Barnes",
    "Ross",
    "Henderson",
    "Coleman",
    "Jenkins",
]
ROLES = ["chief scientist", "vice president of research", "head of product", "CTO", "CEO", "research lead", "engineer"]
OUTLET_NAMES = (
    "Tech Daily",
    "Le Journal du Net",
    "Les Echos",
    "Numerama",
    "The Verge",
    "Wired",
    "Reuters",
    "Bloomberg",
    "Le Monde",
    "Frandroid",
    "ZDNet",
    "01net",
    "VentureBeat",
    "TechCrunch",
    "Usine Digitale",
    "BFM Tech",
    "Financial Times",
    "Ars Technica",
    "Siècle Digital",
    "L'Informé",
    "The Information",
    "Axios",
    "Heise",
    "Korben",
    "Clubic",
    "Journal du Geek",
    "MIT Tech Review",
    "Semafor",
    "Le Figaro",
    "CNBC",
)
EVENT_TYPES = ["joins", "leaves", "hired", "appointed", "founds", "releases", "funding"]
START = dt.date(2019, 1, 1)
DAYS = (dt.date(2026, 10, 31) - START).days


def _outlets() -> list[tuple[str, str]]:
    return [(name, f"https://www.{_slug(name).replace('-', '')}.example/") for name in OUTLET_NAMES]


def _sentence(rng: random.Random, lang: str, words: int) -> str:
    text = " ".join(rng.choices(WORDS[lang], k=words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, lang: str, sentences: int) -> str:
    return " ".join(_sentence(rng, lang, rng.randint(9, 18)) for _ in range(sentences))


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def companies(rng: random.Random, count: int) -> list[dict]:
    seen, out = set(), []
    while len(out) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{stem} {rng.choice(SUFFIXES)}".strip()
        ident = _slug(name)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(
            {
                "id": ident,
                "name": name,
                "aliases": [stem] if stem != name else [],
                "description": {
                    "fr": f"{name} est une entreprise d'intelligence artificielle.",
                    "en": f"{name} is an artificial intelligence company.",
                },
                "links": {"website": f"https://{ident}.example/"},
            }
        )
    return out


def people(rng: random.Random, count: int, company_ids: list[str]) -> list[dict]:
    seen, out = set(), []
    while len(out) < count:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        ident = _slug(name)
        if ident in seen:
            ident = f"{ident}-{len(out)}"
        seen.add(ident)
        year = rng.randint(2010, 2024)
        out.append(
            {
                "id": ident,
                "name": name,
                "aliases": [f"{first[0]}. {last}"],
                "description": {
                    "fr": f"{name} travaille dans l'intelligence artificielle.",
                    "en": f"{name} works in artificial intelligence.",
                },
                "affiliations": [
                    {"company": rng.choice(company_ids), "role": rng.choice(ROLES), "from": f"{year}-01-01", "to": None}
                ],
            }
        )
    return out


def _zipf_pick(rng: random.Random, items: list[str], k: int) -> list[str]:
    """A few items are mentioned a lot, most rarely: like real news."""
    picked = {
        items[min(int(rng.paretovariate(1.1)) - 1, len(items) - 1)] if rng.random() < 0.5 else rng.choice(items)
        for _ in range(k)
    }
    return sorted(picked)


def _body(rng: random.Random, lang: str, names: list[str], links: list[tuple[str, str]]) -> str:
    parts = [_paragraph(rng, lang, 4)]
    parts.append(f"## {rng.choice(HEADINGS[lang])}")
    parts.append("\n".join(f"- {_sentence(rng, lang, rng.randint(6, 12))}" for _ in range(4)))
    for _ in range(3):
        paragraph = _paragraph(rng, lang, 4)
        name = rng.choice(names)
        text, url = rng.choice(links)
        parts.append(f"{paragraph} {name} — [{text}]({url}).")
    parts.append(_paragraph(rng, lang, 3))
    return "\n\n".join(parts)


def _entry(rng, slug, lang, date, outlet, comps, pers, story, events, registry) -> str:
    names = [registry[i] for i in comps + pers] or ["—"]
    title = _sentence(rng, lang, rng.randint(6, 11)).rstrip(".")
    links = [(_sentence(rng, lang, 3).rstrip("."), f"{outlet[1]}{date.year}/{slug}-{n}") for n in range(3)]
    meta = {
        "title": title,
        "date": date.isoformat(),
        "lang": lang,
        "slug": slug,
        "source": outlet[0],
        "source_url": f"{outlet[1]}{date.isoformat()}/{slug}",
        "summary": _paragraph(rng, lang, 2),
        "companies": comps,
        "people": pers,
        "story": story,
        "tags": [],
        "events": events,
        "reviewed": True,
    }
    return render(meta, _body(rng, lang, names, links))


def _events(
    rng: random.Random, date: dt.date, comps: list[str], pers: list[str], company_ids: list[str], share: float
) -> list[dict]:
    if not pers or not comps or rng.random() > share:
        return []
    kind = rng.choice(EVENT_TYPES)
    event = {"type": kind, "person": pers[0], "company": comps[0], "date": date.isoformat()}
    if kind == "joins":
        event["from_company"] = rng.choice(company_ids)
    if kind in ("joins", "hired", "appointed"):
        event["role"] = rng.choice(ROLES)
    if kind in ("releases", "funding"):
        del event["person"]
    return [event]


def generate(
    n: int, out: Path, seed: int = 42, n_companies: int = 200, n_people: int = 1000, event_share: float = 0.12
) -> dict:
    """Write the corpus; return counts (files written per kind). ``event_share``: about that share of the articles
    that name a company and a person report an event (a corpus with as many events as a larger one, built faster)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    comps = companies(rng, n_companies)
    pers = people(rng, n_people, [c["id"] for c in comps])
    registry = {e["id"]: e["name"] for e in comps + pers}
    company_ids, person_ids = [c["id"] for c in comps], [p["id"] for p in pers]
    written = translations = 0
    moves: dict[str, list[dict]] = {}
    outlets = _outlets()
    article = 0
    story, story_left, story_date = None, 0, START
    while written < n:
        article += 1
        if story_left == 0 and rng.random() < 0.15:  # a story: 2-6 outlets covering the same news
            story, story_left = f"story-{article:06d}", rng.randint(2, 6)
            story_date = START + dt.timedelta(days=rng.randrange(DAYS))
        if story_left:
            story_left -= 1
            date = story_date + dt.timedelta(days=rng.randint(0, 2))
            current = story
        else:
            date, current = START + dt.timedelta(days=rng.randrange(DAYS)), None
        lang = "fr" if article % 2 else "en"
        ec = _zipf_pick(rng, company_ids, rng.randint(1, 3))
        ep = _zipf_pick(rng, person_ids, rng.randint(0, 3))
        events = _events(rng, date, ec, ep, company_ids, event_share)
        outlet = rng.choice(outlets)
        slug = f"{_slug(' '.join(rng.choices(WORDS['en'], k=4)))}-{article}"
        langs = [lang] + (["en" if lang == "fr" else "fr"] if rng.random() < 0.11 and written + 1 < n else [])
        folder = out / "entries" / str(date.year)
        folder.mkdir(parents=True, exist_ok=True)
        for each in langs:
            text = _entry(rng, slug, each, date, outlet, ec, ep, current, events, registry)
            (folder / f"{slug}.{each}.md").write_text(text, encoding="utf-8")
            written += 1
        translations += len(langs) - 1
        for event in events:
            if event.get("person"):
                moves.setdefault(event["person"], []).append(event)
    for person in pers:  # the registry agrees with the moves the entries report
        if person["id"] in moves:
            person["affiliations"] = affiliations(moves[person["id"]])
    for folder, items in (("companies", comps), ("people", pers)):
        (out / folder).mkdir(parents=True)
        for item in items:
            data = {k: v for k, v in item.items() if k != "id"}
            (out / folder / f"{item['id']}.yml").write_text(dump_yaml(data), encoding="utf-8")
    return {"entries": written, "translations": translations, "companies": len(comps), "people": len(pers)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="number of entry files (default 10000)")
    parser.add_argument(
        "out", nargs="?", type=Path, default=Path("bench/.work/content"), help="content folder to (re)create"
    )
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    counts = generate(args.n, args.out, args.seed)
    print(
        f"{counts['entries']} entries ({counts['translations']} translations), {counts['companies']} companies, "
        f"{counts['people']} people in {args.out} ({time.perf_counter() - start:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
