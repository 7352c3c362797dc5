"""The words around a name that say it is a person's: a role before it, a relative, an age, a post or a role after
it, a founding's "by"; and the biography that says it is the author's. Organisation cues are in ``cues``."""

from __future__ import annotations

import re

from ..newsroom_jobs import JOB

# "<role>, First Last" or "<role> First Last": a name after a role is a person even when the first name is rare.
ROLE_CUE = re.compile(
    r"\b(?:directeur|directrice|PDG|CEO|président|présidente|fondateur|fondatrice|cofondat\w+|co-fondat\w+|founder|"
    r"co-?founders?|founders|chercheu\w+|researchers?|scientists?|scientifique|ingénieur\w*|engineers?|analyste?|"
    r"porte-parole|spokesperson|officer|executive|dirigeant\w*|partner|associée?|lead|head|avocat\w*|lawyer|"
    r"attorney|économiste|economist|banker|banquier\w*|entrepreneu\w+|professor|professeu\w+)"
    r"(?:\s+[a-zéèêàç’'-]+){0,3}"
    r"(?:(?:\s+(?:de|of|at|chez)\s+|\s+d['’])[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|\d{1,3}\b)){0,2})?,?[ \t\u00a0]+$"
)
# ", a former Orange engineer, X Y": the role closes an apposition about someone named before.
APPOSITION_END = re.compile(r",\s+(?:an?|une?)\s+[^,.;:]{1,60},[ \t\u00a0]+$", re.I)
# "founded in 2022 by X Y", "fondée par X Y": founders are people.
FOUNDED_BY = re.compile(
    r"\b(?:(?:co-?)?founded|(?:co-?|co)?fond[ée]e?s?|créée?s?|created)\s+"
    r"(?:(?:in|en)\s+\d{4}\s+)?(?:by|par)[ \t\u00a0]+$",
    re.I,
)
# After a name, a relative "who", "qui enseigne", or an apposition giving a role ("X Y, partner at Z", "X Y, a former
# Orange engineer", "X Y, fondatrice et directrice générale de Z", "X Y, qui en est la présidente"), or the post one
# is given ("named X Y as its new chief data officer", "nommer X Y au poste de directeur"): a person.
PERSON_AFTER = re.compile(
    r"(?:,\s+who\b|,\s+qui\s+(?:exerce|enseigne|travaille|préside|a\s+(?:co-?)?fondé)\b"
    # "X Y, qui dirige l'équipe" ("X, qui dirige le tour de table" is a fund)
    r"|,\s+qui\s+(?:dirige|dirigeait|pilote)\s+(?!(?:le|la|l['’]|ce|cette)\s*(?:tour|levée|opération|financement))"
    # an age ("X Y, 34,", "X Y, 34 ans,", "X Y, la quarantaine,"), a degree, a photo, a family, a childhood
    r"|,\s+\d{1,2}(?:\s+ans)?(?=\s*[,.;)])|,\s+(?:la|le)\s+(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)\b"
    r"|,\s+(?:diplômée?|graduate|alumn(?:us|a)|titulaire)\s+(?:de|d['’]|du|of)"
    r"|\s*\((?:pictured|photo|ci-dessus|ci-contre|en photo|left|right|à gauche|à droite)\)"
    r"|(?<=['’]s|s['’])\s+(?:daughter|son|wife|husband|father|mother|brother|sister|parents|children|widow)\b"
    r"|\s+(?:grew up|was born|est née?|a grandi|(?:has\s+)?resigned|(?:has\s+)?stepped down|a démissionné)\b"
    # "X Y, a former banker", "X Y, ancien banquier": a former trade
    r"|,\s+(?:(?:an?|une?|l['’])\s*)?(?:former|ex-|ancien(?:ne)?)\s*(?-i:[a-zéè]+)(?:iste|logue|ien|ienne|euse|rice|eur|ier|"
    r"ière|ist|ian|er|or|ant|ante|ent|ente)\b"
    # "X Y said he would", a pronoun only a person takes
    r"|\s+(?:said|says|told\s+\w+|added|explained)\s+(?:that\s+)?(?-i:he|she)\b"
    r"|(?:(?:,\s+qui\s+(?:en\s+|y\s+)?(?:est|était|sera|devient|reste)\s+|\s+(?:as|comme|en tant que|"
    r"au poste de)\s+(?![^,.;]{0,30}\bpartn)|,\s+)(?:(?:an?|the|une?|l['’]|le|la|its|their|his|her|son|sa|leur)\s+)?"
    r"(?:(?!(?:and|et|or|ou)\s)[\w’'.-]+\s+){0,3}?|\s*\((?=[^()]{1,40}\)))"  # "X Y (CEO)": a role in brackets
    r"(?:partner|associée?|co-?founder|founder|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|cofondat(?:eur|rice)|CEO|PDG|"
    r"CTO|CFO|COO|directeur|directrice|director|head|chief|president|présidente?|vice-présidente?|chercheu(?:r|se)|"
    r"researcher|scientist|scientifique|engineer|ingénieure?|professor|professeure?|analyst|analyste|executive|"
    r"dirigeante?|employee|salariée?|spokes(?:person|man|woman)|porte-parole|chairman|chairwoman|responsable|manager|"
    r"economist|économiste|developer|développeu(?:r|se)|entrepreneure?|ministre|minister|student|étudiante?|"
    r"doctorante?|mathématicienne?|mathematician|veteran|alumn\w+|patron(?:ne)?|boss)(?![\w-]))",
    re.I,
)
# "X Y covers European AI for <outlet>", "X Y est journaliste": an author's biography, not a person of the story.
AUTHOR_BIO = re.compile(
    r"\s+(?:covers|writes (?:about|for|on)|reports (?:on|for)|couvre|écrit (?:sur|pour)"
    rf"|(?:is an?|est) (?:[\w-]+\s+){{0,2}}{JOB})\b",
    re.I,
)
