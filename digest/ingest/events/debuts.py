"""A new company's first public appearance told as its debut ("emerged from stealth", "voit le jour", "opened its
doors", "unveiled itself", "sort de l'ombre", "débarque", its plans made public: "went public with its plans", "a levé
le voile sur son projet", "sort de la confidentialité"), with its founders named in the same or the next sentence
("The company was founded last year by A and B", "Derrière cette jeune pousse, on trouve A et B", "Behind it: A and
B", "It is the brainchild of A and B", "A and B left Google. … their new company, X, unveiled itself"), else where
the article tells its founding ("La société X est fondée fin 2025 par A et B" paragraphs before). The debut is the
news: a founding dated earlier ("founded last year", "fondée il y a six mois") only says who the founders are."""

from __future__ import annotations

import bisect
import re

from .background import dated_elsewhere, is_background
from .clauses import SENTENCE_END, SPACES, asides, coordinated, end_of_sentence, start_of_sentence, titles_only
from .founding import LONG_AGO

# Words every debut holds (lowercased): a substring test before the pattern's scan
DEBUT_WORDS = (
    *("stealth", "ombre", "furtif", "le jour", "doors", "portes", "itself", "dévoilé", "débarque", "officiel"),
    *("public", "debut", "débuts", "voile", "confidentialité"),
    *("du bois", "cover", "spun", "spin"),
)
DEBUT = re.compile(
    r"(?<![\w-])(?:(?:has|have|a|ont|just|vient de)\s+){0,2}(?:(?:officially|officiellement)\s+)?"
    r"(?:emerg(?:e|es|ed|ing) from stealth|(?:came|comes?|coming) out of stealth|"
    r"sor(?:t|tent|ti|tie|tir) (?:\w+ment |enfin )?(?:de l['’]ombre|du mode furtif|de la confidentialité|du bois)|"
    r"voi(?:t|ent) le jour|vu le jour|(?:breaks?|broke) cover|sp(?:un|ins?) (?:out|off) (?:of|from)|"
    r"open(?:s|ed) (?:its|their) doors|(?:ouvre|ouvert) ses portes|unveil(?:s|ed) itself|s['’]est dévoilée?|"
    r"débarque(?:nt)?|(?<=officially )launched|(?<=officiellement )lancée?|"
    # its plans made public: "went public with its plans", "made its public debut", "a levé le voile mardi sur son
    # projet", "s'est présentée au public", "a rendu public son projet", "a fait ses débuts"
    r"(?:went|goes|go|gone) public with (?:its|their) (?:plans?|project|idea)|made (?:its|a) (?:public )?debut|"
    r"lev(?:é|e|ent) le voile (?:[\w-]+ ){0,2}?sur (?:son|ses|leur|leurs) projets?|"
    r"s['’](?:est|sont) présentée?s? (?:au public|officiellement)|rendu publics? (?:son|ses|leur|leurs) projets?|"
    r"(?:fait|font) (?:ses|leurs) débuts)(?![\w-])",
    re.I,
)
# Between the company and its debut: nothing, or an apposition between commas ("X, a new AI lab, opened its doors")
DEBUT_GAP = re.compile(r"\s*(?:,[^,.;:!?\n]{1,80},)?\s*(?:(?:was|a été|est|has been)\s+)?")
# "débarque" and "opened its doors" also tell a known company's arrival somewhere ("opened its doors in Tokyo"): a
# debut only when the sentence calls the company new or tells its first round
NEW_COMPANY = re.compile(
    r"\b(?:new|newly|nouvelle|nouveau|jeune pousse|seed|amorçage|first round|premier tour|levée|"
    r"first (?:customers|clients|users)|premiers (?:clients|utilisateurs))\b",
    re.I,
)
ARRIVAL = re.compile(r"débarque|doors|portes", re.I)
# A debut on a stock exchange is a listing, not a new company ("made its public debut on the Nasdaq")
LISTING = re.compile(r"\b(?:nasdaq|nyse|stock (?:exchange|market)|ipo|listing|bourse|cotation)\b", re.I)
# What names the founders: "founded last year by", "fondée il y a six mois par", "the brainchild of", "Derrière
# cette jeune pousse, on trouve", "behind it are", "its co-founders,"
FOUNDER_CUE = re.compile(
    r"(?<![\w-])(?:(?:(?:co-?)?found(?:ed)?|(?:co-?)?fondée?s?|créée?s?|created|started|set up|launched|lancée?s?)\s+"
    r"(?:[\w'’-]+,?\s+){0,5}?(?:by|par)|brainchild of|bébé d(?:e|['’])|"
    r"(?:derrière|behind)\s+(?:(?:cette|la|ce|le|l['’]|the|this|it|elle|the new)\s*(?:[\w-]+\s*){0,2}?)?,?\s*"
    r"(?:on trouve|il y a|se trouvent|se cachent|are|is|stand|stands|:)|"
    r"(?:its|their|ses|leurs|sa|son)\s+(?:(?:two|three|deux|trois)\s+)?(?:co-?)?(?:founders?|fondat(?:eur|rice)s?)"
    r"(?:\s*[,:]|\s+(?:are|were|sont|étaient)))(?:(?<=['’])|(?![\w-]))",
    re.I,
)
# "their new company, X", "leur nouvelle start-up, X": the founders are the people the sentence before opens on
THEIR_NEW = re.compile(
    r"\b(?:their|his|her|leur|sa|son)\s+(?:(?:own|new|latest|propre|nouvelle|nouveau)\s+)+"
    r"(?:company|start-?up|venture|firm|lab|société|entreprise|jeune pousse|laboratoire)\s*,?\s*$",
    re.I,
)


# "by former Stripe engineer X", "par deux anciens de Thales, X": who the founders were, then their names
FORMER_STAFF = re.compile(
    r"\s*(?:(?:two|three|deux|trois)\s+)?(?:former|ex-?|anciens?|anciennes?)\b[^,.;:!?\n]{0,50},?\s*", re.I
)


def debut_events(text, marks, article) -> list[tuple[int, dict]]:
    """(position, event) of the founders of each company the text says makes its debut."""
    low = text.lower()
    if not any(word in low for word in DEBUT_WORDS):
        return []
    starts = [m.start for m in marks]
    out = []
    for debut in DEBUT.finditer(text):
        company = _debuting(text, marks, starts, debut)
        if company is None:
            continue
        s = start_of_sentence(text, max(0, company.start - 300), company.start)
        end = end_of_sentence(text, debut.end())
        clause = text[debut.start() : end]
        if LONG_AGO.search(clause) or (article["year"] and dated_elsewhere(clause, article)):
            continue
        if is_background(text, s, debut, article):
            continue
        sentence = text[s:end]
        if ARRIVAL.search(debut.group()) and not NEW_COMPANY.search(sentence) or LISTING.search(sentence):
            continue
        persons = (
            _owners(text, marks, starts, s, company)
            or _founders_named(text, marks, starts, s, _second_sentence_end(text, s), article)
            or _founders_elsewhere(text, marks, starts, company, article)
        )
        out += [(debut.start(), {"type": "founds", "person": p.id, "company": company.id}) for p in persons]
    return out


def _debuting(text, marks, starts, debut):
    """The company right before the debut, or none."""
    k = bisect.bisect_left(starts, debut.start()) - 1
    while k >= 0 and marks[k].kind != "company" and debut.start() - marks[k].end <= 90:
        k -= 1  # a person in the apposition ("X, co-founded by A and B, officially launched")
    if k < 0 or marks[k].kind != "company":
        return None
    company = marks[k]
    gap = text[company.end : debut.start()]
    if DEBUT_GAP.fullmatch(gap) or (gap.startswith(",") and len(gap) <= 90 and not SENTENCE_END.search(gap)):
        return company
    return None


def _owners(text, marks, starts, s, company) -> list:
    """ "A and B left DeepMind. … their new company, X": the people opening the sentence before."""
    if s == 0 or not THEIR_NEW.search(text, max(s, company.start - 60), company.start):
        return []
    previous = SPACES.match(text, start_of_sentence(text, max(0, s - 300), s - 1)).end()
    k = bisect.bisect_left(starts, previous)
    if k >= len(marks) or marks[k].start != previous or marks[k].kind != "person":
        return []
    return coordinated([m for m in marks[k : k + 6] if m.kind == "person" and m.end <= s], text)


def _second_sentence_end(text, s) -> int:
    """Where the sentence after the one starting at ``s`` ends."""
    end = SENTENCE_END.search(text, s + 1)
    end = SENTENCE_END.search(text, end.end()) if end else None
    return end.start() if end else len(text)


def _founders_elsewhere(text, marks, starts, company, article) -> list:
    """The people a founder cue names in another sentence that names the company ("La société X est fondée fin 2025
    par A et B", a section before its debut)."""
    for m in marks:
        if m.kind == "company" and m.id == company.id and m is not company:
            s = start_of_sentence(text, max(0, m.start - 300), m.start)
            end = SENTENCE_END.search(text, m.end)
            if founders := _founders_named(text, marks, starts, s, end.start() if end else len(text), article):
                return founders
    return []


def _founders_named(text, marks, starts, s, hi, article) -> list:
    """The people a founder cue names between ``s`` and ``hi``."""
    for cue in FOUNDER_CUE.finditer(text, s, hi):
        k = bisect.bisect_left(starts, cue.end())
        near = [m for m in marks[k : k + 8] if m.start < hi and m.kind == "person"]
        if not near or near[0].start - cue.end() > 60:
            continue
        between = text[cue.end() : near[0].start]
        if between.strip(" ,:") and not titles_only(between) and not FORMER_STAFF.fullmatch(between):
            continue
        spans = asides(text, cue.end(), hi, near, article["lang"])
        return coordinated(near, text, spans=spans)
    return []
