"""Words every match of an event trigger holds, by kind (see ``triggers``), and the sentences of a text holding them."""

from __future__ import annotations

import bisect
from functools import lru_cache

# Words every match of a trigger holds (lowercased): a kind is scanned for only in the sentences that hold one of
# its words, a substring test being far cheaper than a scan with the trigger (tests/unit/test_events.py checks that
# every match holds one).
_NEW_POST = tuple(
    f"{a} {b} {c}" for a in ("is", "est") for b in ("the", "le", "la") for c in ("new", "nouveau", "nouvelle")
)
NEEDLES = {
    "leaves": (
        "quit",
        "départ",
        "démission",
        "en va",
        "leav",
        "left",
        "depart",
        "exit",
        "resign",
        "step",
        "est plus",
        "no longer",
        "out as",
        "la porte",
        "révérence",
        "cède",
        "céd",
        "hand",
    ),
    "joins": (
        "rejoi",
        "join",
        "un poste",
        "nouveau poste",
        "job",
        "role",
        "position",
        "return",
        "retour",
        "revien",
        "retrouv",
        "retourn",
        "chez",
        "engag",
        "au conseil",
        "valises",
        "bagages",
        "ralli",
    ),
    "joins_moving": (
        "back to",
        "back at",
        "mov",
        "head",
        "jump",
        "switch",
        "defect",
        "hop",
        "land",
        "leav",
        "left",
        "depart",
        "troqu",
        "quit",
        "exit",
    ),
    "hired": (
        "recrut",
        "embauch",
        "débauch",
        "engag",
        "hire",
        "hiring",
        "poach",
        "recruit",
        "lur",
        "point de chute",
        "arrivée",
        "arrival",
        "accueill",
        "welcom",
        " on",
        "les services",
        "attir",
        "brought",
        "bring",
    ),
    "fired": (
        "évincé",
        "éviction",
        "limog",
        "licenci",
        "renvo",
        "congédi",
        "débarqu",
        "écarté",
        "destitu",
        "remercié",
        "oust",
        "fired",
        "fires",
        "firing",
        "sacked",
        "dismiss",
        "removed",
        "pushed out",
        "ways with",
        "sépar",
        "fonctions",
    ),
    "appointed": (
        "nomm",
        "nomination",
        "désign",
        "promu",
        "appoint",
        "named",
        "promoted",
        "tapped",
        "names",
        "become",
        "devient",
        "deviendra",
        "devenir",
        "announced as",
        "succe",
        "succède",
        "over as",
        "fonction",
        "chosen to",
        "picked to",
        "selected to",
        "choisi",
        "la tête",
        "la direction",
        "les rênes",
        "les commandes",
        "the helm",
        "the reins",
        "remplac",
        "replac",
        "tap",
        "reinstat",
        "réintègr",
        "réintégr",
        "rehir",
        "réembauch",
        "réengag",
        "re-hir",
        "reappoint",
        "re-appoint",
        "back",
        "restored",
        "rétabli",
        "rappel",
        "retrouv",
        "retour",
        "intérim",
        "new",
        "un nouveau",
        "une nouvelle",
        "son nouveau",
        "sa nouvelle",
        "leur nouve",
    )
    + _NEW_POST,
    "founds": (
        "fonde",
        "fondé",
        "créé",
        "set up",
        "sets up",
        "setting up",
        "crée",
        "lanc",
        "starts",
        "started",
        "starting",
        "to start",
        "to co-start",
        "to costart",
        "pour start",
        "pour co-start",
        "pour costart",
        "found",
        "launch",
        "fonder",
        "créer",
        "lancer",
        "fondat",
        "announc",
        "annonc",
        "annonç",
        "lanç",
        "unveil",
        "dévoil",
        "présent",
    ),
    "founded_by": ("founded", "fondé", "créé", "lancé", "created", "launched"),
    "launches": ("lance", "lancé", "dévoil", "présent", "création", "launch", "unveil", "creation", "doors", "portes"),
    "acquires": (
        "acqui",
        "acquérir",
        "buy",
        "bought",
        "snap",
        "takeover",
        "rach",
        "offre",
        "offert",
        "main sur",
        "part of",
        "subsidiary",
        "unit of",
        "division of",
        "giron",
        "filiale",
        "la vente",
        "la cession",
        "the sale",
    ),
    "releases": (
        "dévoil",
        "lanc",
        "présent",
        "annonc",
        "publi",
        "releas",
        "unveil",
        "launch",
        "announc",
        "introduc",
        "roll",
        "sort",
        "ship",
        "open",
        "en ligne",
        "show",
        "montré",
        "déploi",
        "déployé",
        "is out",
        "are out",
        "now out",
        "now available",
        "disponible",
    ),
    "funding": (
        "lev",
        "lève",
        "tour",
        "rais",
        "round",
        "série",
        "serie",
        "seed",
        "clos",
        "complet",
        "secur",
        "land",
        "bag",
        "boucl",
        "réun",
        "collect",
        "obtien",
        "obtenu",
        "décroch",
        "réalis",
        "recev",
        "reçoi",
        "reçu",
        "receiv",
        "invest",
        "injecté",
        "net",
        "empoch",
        "snag",
        "back",
        "stealth",
        "ombre",
        "mise",
        "misent",
        "parie",
        "pours",
        "poured",
    ),
}


def runs_holding(low: str, words: frozenset[str], needles, sentences, bounds) -> list[tuple[int, int]]:
    """The spans of consecutive sentences of ``low`` that hold one of ``needles`` (the whole text without needles):
    every trigger of a kind holds one of its words, and a substring search costs far less than a scan with the
    trigger's pattern. ``words`` are the needles without a blank that the text's words hold (``needles_held``):
    most needles are in no text, and are not looked for in it."""
    if needles is None or not sentences:
        return [(0, len(low))]
    held = set()
    for word in needles:
        if word not in _SPACED and word not in words:
            continue
        at = low.find(word)
        while at >= 0:
            n = max(0, bisect.bisect_right(bounds, at) - 1)
            held.add(n)
            at = low.find(word, bounds[n + 1]) if n + 1 < len(bounds) else -1  # the next sentence: this one is held
    runs: list[tuple[int, int]] = []
    for n in sorted(held):
        if runs and runs[-1][1] >= sentences[n][0] - 1 and n and sentences[n - 1][1] == runs[-1][1]:
            runs[-1] = (runs[-1][0], sentences[n][1])
        else:
            runs.append(sentences[n])
    return runs


# needles holding a space (or another blank) may span two words: they are looked for in the text itself
_SPACED = frozenset(word for needles in NEEDLES.values() for word in needles if word.split() != [word])
_UNSPACED = frozenset(word for needles in NEEDLES.values() for word in needles) - _SPACED


@lru_cache(maxsize=1 << 16)
def _needles_in(word: str) -> frozenset[str]:
    """The needles without a blank that ``word`` holds (words repeat: most cost one cache lookup)."""
    return frozenset(needle for needle in _UNSPACED if needle in word)


def needles_held(low: str) -> frozenset[str]:
    """The needles without a blank that ``low`` holds: each is within one of its words (split at blanks)."""
    return frozenset().union(*map(_needles_in, set(low.split())))
