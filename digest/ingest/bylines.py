"""Who wrote a page: the authors a byline names ("Par Jeanne Martin, à Genève", "By Ann Lee and Bo Chen,
Reuters", "Jane Doe, Technology correspondent"), and the names-only lines and author boxes around it."""

from __future__ import annotations

import re

from ..registry import norm
from . import names, prefilter
from .entities.gazetteer import _cities, _countries
from .entities.words import TITLES
from .line_evidence import byline_cue
from .names import (
    _DEGREE,
    _NAME_SHAPE,
    _NAME_WORD,
    _organisation,
    first_name,
    initialled,
    name_apart_from_desk,
    name_only,
    names_in,
    names_only,
)
from .newsroom_jobs import JOB, JOBS
from .stamps import row_of_details, stamp
from .wires import WIRE_TAIL, canonical

_BY = re.compile(
    r"(?:^|[\s(])(?i:par|by|written by|reporting by|reported by|écrit par|propos recueillis par|hosted by|"
    r"animée? par|présentée? par|rédigée? par|(?:un )?reportage de|report by|"
    r"de nos (?:correspondants?|envoyés? spéciaux)(?: permanents?)? (?:à|en|au|aux) [^,]{2,40},|"
    r"de notre (?:correspondante?|envoyée? spéciale?)(?: permanente?)? (?:à|en|au|aux) [^,]{2,40},|"
    r"(?:une )?enquête d[e'’]|texte d[e'’]|texte|interview by|story by|words by|posted by|"
    r"(?:auteure?|autrice|authors?|contributors?)\s*:)\s*:?\s+"
    rf"(?:(?:[a-zà-ÿ-]+\s+){{0,2}}?(?i:{JOBS})\s+)?"  # "By technology reporter Jane Doe"
    r"(?P<rest>[A-ZÀ-Ý@].*)$"
)
_ROLE_CELL = re.compile(r"\s+[|·•–—]\s+")
# (in a byline, "éditeur" is the writer's editor, not a publisher; "staff" and "analyst" sign like journalists)
_ROLE = prefilter.compile(rf"\b(?:{JOBS}|(?:éditeur|éditrice|staff|analyst)s?)\b", re.I)
# A job title alone after a name (no "at"/"chez" affiliation: "Jane Doe, partner at X" is a caption).
_BARE_ROLE = re.compile(
    rf"(?:[A-ZÀ-Ýa-zà-ÿ&-]+\s+){{0,3}}(?i:{JOBS}|"
    r"(?:advocate|engineer|ingénieure?|evangelist|developer relations|partner)s?)"
)
_NEWSROOM = prefilter.compile(r"\b(?:la rédaction|rédaction|editors|newsroom|staff|team|équipe|desk|service)\b", re.I)
_DATE_TAIL = re.compile(
    r"\s*(?:[|•·,–—-]\s*)?(?:\b(?:publié|mis à jour|updated|published|posted|il y a)\b[^|]*"
    r"|\b(?:le|on)\s+(?:\w+\s+)?\d[^|]*"  # "le 3 mars", "on Tuesday 4": not "Le Bihan"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*|\b\d{1,2}(?:er)?\s+\w+\s+\d{4}.*)$",
    re.I,
)


_EDITING = re.compile(
    r"[,;(|]?\s*\b(?:editing|edited|additional reporting|writing|compiled|graphics|illustrations?|"
    r"photos?|photographs?|photography|translated|traduit|traduction|édité|relu)\b.*$",
    re.I,
)
# The wire's closing credit names its editors too, and they are credited with the text: "Reporting by A in Zurich;
# Editing by B", "Written by A | Edited by B", "Propos recueillis par A, édité par B".
_EDITED_BY = re.compile(
    r"[,;(|]?\s*\b(?i:editing|edited|additional reporting|writing|compiled|édité|éditée|relu|relue)"
    r"\s+(?i:by|par)\s*:?\s+(?P<names>[A-ZÀ-Ý][^;|()]*)"
)

# A newsroom and the journalist it wrote with: "La rédaction d'Acme avec Jeanne Martin"
_NEWSROOM_WITH = re.compile(r"\s(?i:avec|with)\s+(?P<names>[A-ZÀ-Ý].*)$")
_WITH = re.compile(
    r"\s*[,|]?\s*(?i:avec (?:notre|son|leur|nos) correspondante?s?(?: (?:à|en|au|aux) [A-ZÀ-Ý][\w-]*)?|"
    r"(?:with )?(?:additional )?reporting (?:by|from)|with)\s*[,:]?\s*"
)


def _unstamped(cells: list[str]) -> list[str]:
    """The one cell of a row that is no date, when it names authors ("13/03/2026 | L. Ndiaye"; "Jean S.": a reader)."""
    rest = [cell for cell in cells if not stamp(cell, "")]
    return rest if len(rest) == 1 and (names_only(rest[0]) or initialled(rest[0])) and rest[0][-1] != "." else []


def byline(text: str) -> tuple[list[str], str | None] | None:
    """A byline's authors and outlet: "Par Jeanne Martin", "By Ann Lee and Bo Chen", "Par Luc Moreau,
    Radio Alpes", "Acme Editors - Sam", "Jeanne Martin, journaliste". None for a line that is not one."""
    words = text.split()
    if len(words) > 22 or (_is_prose(text) and len(words) > 10):
        return None
    if (
        re.match(
            r"(?i)(?:write to|contact|écrire à|écrivez à|contactez|to contact the (?:reporters?|editors?|writers?))\b",
            text,
        )
        and "@" in text
    ):
        return [], None
    m = _BY.search(text) or names.translated_by(text)
    staff = None
    before = text[: m.start()].strip(" |,;•·–—-(") if m else ""
    # the outlet and the date before the cue: "Le Figaro - 9 février 2025 - Par A et B" (a reprint's credit line)
    lead = [part for part in re.split(r"\s+[-–—]\s+|\s*[|·•]\s*", before) if part.strip()]
    named = [part for part in lead if not stamp(part, "")]
    reprint = len(lead) >= 2 and len(named) == 1 and outlet_shaped(named[0])
    # "Par X", "17 mai 2024 | Par X", "Direct animé par X"; not "launched by May"
    cued = bool(m) and (not before or stamp(before, "") or reprint or (" " in m.group().strip() and byline_cue(before)))
    # "Jane Doe, Senior reporter", "Jane Doe | Senior reporter"
    first, _, role = (text if "," in text else _ROLE_CELL.sub(",", text, count=1)).partition(",")
    if "|" in role:  # "Jane Doe, Senior Editor | March 9, 2026": the role, then the date's cell
        role = " | ".join(cell for cell in role.split("|") if not stamp(cell.strip(), ""))
    paren = re.fullmatch(r"([^()]{3,40}?)\s*\(([A-ZÀ-Ý][^()]{1,40})\)", text)
    if cued:
        rest = m.group("rest")
    elif (beat := _NAME_THEN_BEAT.fullmatch(text)) and _author_name(beat["name"]) and not first_name(beat["beat"]):
        rest, cued = beat["name"], True  # "Jane Doe Technology reporter": the name, then the beat and the role
    elif _ROLE.search(text) and _author_name(_ROLE.split(text)[0].strip(" ,-–—|")):
        rest = text
    elif _NEWSROOM.search(text) and len(words) <= 6 and re.search(r"\s[-–—|]\s|\w/\w", text):
        rest = text  # "Acme Editors - Sam", "La rédaction/Le Courrier"
    elif (
        len(words) <= 9
        and (joined := _NEWSROOM_WITH.search(text))
        and _NEWSROOM.search(text, 0, joined.start())
        and names_only(joined.group("names"))
    ):
        rest = text  # "La rédaction d'Acme avec Jeanne Martin", "Acme staff with Ann Lee"
    elif (reporting := _REPORTING.match(text)) and all(_NAME_SHAPE.fullmatch(n) for n in names_in(reporting.group(1))):
        rest, cued = f"{reporting.group(1)}; {reporting.group(2)}", True  # "(A reporting in Detroit; Editing by B)"
    elif (
        (helped := _WIRE_HELPED.fullmatch(text))
        and (name_only(helped["name"]) or initialled(helped["name"]))
        and not (helped["agency"] and first_name(helped["agency"]))
    ):
        rest, cued = helped["name"], True  # "Jeanne Martin avec AFP", "A. Lee (with Reuters)": the article's end
    elif re.fullmatch(r"(?P<name>[^,]{3,40}),\s*[A-Z]{2,6}", text) and name_only(first):
        rest = text  # "Jane Doe, AFP": a name and the wire's initials
    elif paren and name_only(paren.group(1)) and _outlet_named(paren.group(2)):
        rest = f"{paren.group(1)}, {paren.group(2)}"  # "Jane Doe (The Morning Post)"
    elif paren and outlet_shaped(paren.group(1)) and _NAME_SHAPE.fullmatch(paren.group(2)):
        rest, cued = f"{paren.group(2)}, {paren.group(1)}", True  # "The Morning Post (Jane Doe)"
    elif (role_paren := _ROLE_PAREN.fullmatch(text)) and capitalised_name(role_paren.group(1)):
        rest, cued = role_paren.group(1), True  # "Jane Doe (journaliste de rédaction)", "Ann Lee (staff writer)"
    elif role and (names_only(first.strip()) or _NAME_SHAPE.fullmatch(first.strip())) and job_title(role):
        rest, cued = first, True  # "Jane Doe, Technology correspondent", "Jane Doe, General Partner"
        staff = _OUTLET_STAFF.fullmatch(role.strip())  # "Jane Doe, Morning Post staff writer"
    elif len(cells := _ROLE_CELL.split(text)) in (2, 3) and len(signed := _unstamped(cells)) == 1:
        rest, cued = signed[0], True  # "13/03/2026 à 08h15 | L. Ndiaye": a date line signed by its author
    elif row_of_details(text):
        rest, cued = _ROLE_CELL.split(text)[0], True  # "Jane Doe · il y a 2 j · 4 réactions"
    else:
        return None
    if (aside := _LAST_ASIDE.search(rest)) and (_place_or_role(aside.group(1)) or _AGENCY_ASIDE.match(aside.group(1))):
        rest = rest[: aside.start()]  # "Par A et B (San Francisco, correspondant)", "Par A (avec Belga)"
    elif aside and cued and _outlet_named(aside.group(1)):
        rest = f"{rest[: aside.start()]}, {aside.group(1)}"  # "By Jane Doe (The Morning Post)"
    rest = WIRE_TAIL.sub("", _PLACE.sub("", rest))  # "Par A avec agences", "Par A (à Genève) et B"
    rest, outlet = _shouted(rest)  # "By ROSS HALL and KAY BRANN", "By ROSS HALL Associated Press"
    # "By Jane Doe for The Morning Post"; a photographer's credit says whom the picture was for, not the text
    if outlet is None and not _PICTURE.match(text) and (written_for := _FOR.search(rest)):
        rest, outlet = rest[: written_for.start()] + rest[written_for.end("outlet") :], canonical(written_for["outlet"])
    # two words at least: "Technology staff writer" names a beat
    if outlet is None and staff and " " in staff["outlet"] and not {norm(w) for w in staff["outlet"].split()} & TITLES:
        outlet = canonical(staff["outlet"])
    rest = _WITH.sub(" et ", name_apart_from_desk(rest))  # "Par A, avec notre correspondant", "By A | With B"
    editors = [m.group("names") for m in _EDITED_BY.finditer(rest)]
    rest = _DATE_TAIL.sub("", _EDITING.sub("", rest)).strip(" ,;|()·•")
    if editors:  # with the first group's names: "A, Outlet; Editing by B" credits A and B, not an outlet B
        rest = re.sub(
            r"^[^,;|·•]*", lambda g: " et ".join([g.group(), *(e.strip(" ,;.") for e in editors)]), rest, count=1
        )
    if reprint and outlet is None:
        outlet = canonical(named[0])
    authors, newsroom = [], False
    # "Par A et B, Outlet": names joined by "et"/"and" are authors; a later group after a comma, dash or bar
    # is the outlet, unless it lists names itself ("By A, B and C").
    groups = re.split(r"\s*(?:,|;|\||·|•|\s[-–—/]\s|(?<=\w)/(?=[A-ZÀ-Ý]))\s*", _DEGREE.sub("", rest))
    for n, group in enumerate(groups):
        # "By A, Senior Reporter, and B": a group the conjunction opens names another author
        joined = bool(re.match(r"(?:et|and|&)\s", group))
        group = re.sub(r"^(?:et|and|&)\s+", "", group)
        parts = re.split(r"\s+(?:et|and|&|avec|with)\s+", group)
        for part in parts:
            if _NEWSROOM.search(part):  # "Acme Editors", "La rédaction de L'Écho"; not "Staff Writer"
                # "By The Acme Team": the article is the team's ("the team of Acme"), not the name's
                rest_words = re.sub(r"(?i)^the\s+(?=.*\bteam\b)", "", part) if n == 0 else part
                rest_words = _ROLE.sub("", _NEWSROOM.sub("", rest_words)).strip(" .,-–—")
                rest_words = re.sub(r"(?i)^(?:de\s+|of\s+|d['’])", "", rest_words)
                # "le service communication", "La rédaction" alone name no outlet, nor does a city's desk ("Rédaction
                # de Dijon", "London newsroom")
                placed = norm(rest_words) in _cities() or norm(rest_words) in _countries()
                if rest_words[:1].isupper() and rest_words.lower() not in _PARTICLES and not placed:
                    outlet = outlet or canonical(rest_words)
                newsroom = True
                continue
            if part.isupper() and " " in part.strip():  # "ROSS HALL"; one word in capitals is a wire's ("ABI")
                part = part.title()
            role = _ROLE.search(part)
            part = _ROLE.sub("", part).strip(" ,-–—")
            part = part if re.search(r"\s[A-ZÀ-Ý]\.$", part) else part.strip(".")  # "Nassim B.": a surname's initial
            if (
                not part
                or re.match(r"(?i:à|in|au|en|at|depuis|from)\s", part)
                or (role and not name_only(part))
                or n > 0
                and job_title(part)
            ):
                continue  # "à Lyon", "in San Francisco", "Technology Editor", "Content Lead"
            part = re.sub(r"\s+(?:in|à|at|from|depuis)\s+[A-ZÀ-Ý][\w' -]*$", "", part)  # "Jane Doe in London"
            if (n == 0 or len(parts) > 1 or joined or not authors and outlet) and _person(part, cued=cued and n == 0):
                authors.append(part)
            elif (outlet_shaped(part) or newsroom and part[:1].isupper()) and outlet is None:
                outlet = canonical(part)  # one word after a name is more often a place ("By X, Lyon"), not after
                # a newsroom ("La rédaction/Le Veilleur")
    if not authors and outlet is None:
        return None
    return ([] if _PICTURES_BY.match(text) else authors), outlet  # the photographer took the pictures, not the text


# The wire's closing credit written the other way round: "(Jane Doe reporting in Detroit, Editing by John Roe)"
_REPORTING = re.compile(
    r"^\(?([A-ZÀ-Ý][^()]{2,60}?)\s+reporting\b(?:\s+(?:in|from)\s+[A-ZÀ-Ý][\w .'’-]*?)?"
    r"\s*(?:[,;]\s*(.*?))?\)?$"
)
_SHOUTED = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:(?:\s+|\s*,\s*|\s+(?:and|et|&)\s+)[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)+)"
    r"\s+(?P<outlet>[A-ZÀ-Ý][\w&'’.-]*[a-zà-ÿ][\w&'’.-]*(?:\s+[A-ZÀ-Ý&][\w&'’.-]*){0,4})$"
)


def _shouted(rest: str) -> tuple[str, str | None]:
    """Names in capitals, capitalised as names, and the outlet written after them in lower case: "By ROSS HALL and
    KAY BRANN", "By ANN LEE Associated Press" (the wire's style)."""
    if rest.isupper():
        return rest.title(), None
    m = _SHOUTED.match(rest)
    if m and all(len(w) >= 2 for w in re.findall(r"[A-ZÀ-Ý'’.-]+", m.group("names"))):
        return m.group("names"), canonical(m.group("outlet"))  # each name is capitalised as the byline splits
    return rest, None


def _outlet_named(text: str) -> bool:
    """An outlet in brackets after a name: several capitalised words or a wire's initials ("(AFP)"), not a
    company or lab a caption names ("Jane Doe (Iridia)")."""
    return outlet_shaped(text) or bool(re.fullmatch(r"[A-Z]{2,6}", text))


# The last word of a job title that the glossary of titles leaves out: "Content Lead", "Community Manager".
_TITLE_TAILS = frozenset({"lead", "manager", "editor", "writer", "reporter", "producer", "host", "contributor"})


def job_title(text: str) -> bool:
    """A job title alone, as a signature gives it after the name: "General Partner", "Content Lead", "Co-founder &
    CEO", "cofondatrice et CEO"; its last word is a title's, never a name's."""
    words = re.findall(r"[\w'’-]+", text)
    return 1 <= len(words) <= 5 and (
        norm(words[-1]) in TITLES | _TITLE_TAILS or bool(_BARE_ROLE.fullmatch(text.strip()))
    )


# A French outlet's name may end with a lower-case adjective at the credit's end ("L'Écho rhénan")
EPITHET = (
    r"(?:\s+[a-zà-ÿ]{2,}(?:ais|aise|ois|oise|ique|ien|ienne|an|ane|al|ale|el|elle|in|ine|ard|arde)"
    r"(?=\s*[.)]?\s*$|\s*[,;|)]))"
)
# An outlet's name as a credit writes it: an article maybe, then up to five capitalised words ("Le Phare du Nord")
OUTLET_NAME = (
    r"(?:(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý&][\w&'’.-]*|de|du|des)){0,4}"
    rf"{EPITHET}?|(?:[Tt]he )?[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý&][\w&'’.-]*|de|du|des|of)){{0,4}})"
)
_FRENCH_LED = re.compile(r"(?:Le|La|Les) |L['’]")
_PLACE = re.compile(r"\s*\((?i:à|in|en|au|aux|at|from|depuis)\s[^()]{2,40}\)")
_LAST_ASIDE = re.compile(r"\s*\(([^()]{2,60})\)$")
# the agency the journalist wrote with, in the byline's last brackets: "(avec Belga)", "(with Kyodo)"
_AGENCY_ASIDE = re.compile(r"(?i:avec|with)\s+(?:l['’])?[A-ZÀ-Ý][\w-]+$")


def _place_or_role(text: str) -> bool:
    """What a byline's closing brackets say of its writers: where they write from, their role, or both ("San
    Francisco, correspondant", "Bureau chief"), not an outlet or a name."""
    parts = [part.strip() for part in text.split(",")]
    return all(
        norm(part) in _cities() or norm(part) in _countries() or _ROLE.fullmatch(part) or job_title(part)
        for part in parts
    )


# The outlet a byline's writer wrote for: "By Jane Doe for The Morning Post", "Par Jeanne Martin pour Le Veilleur"
_FOR = re.compile(rf"\s+(?:for|pour)\s+(?P<outlet>{OUTLET_NAME})(?=\s*(?:[,;|·•]|$))")
# a name, then the beat and the role in sentence case, without a separator: "James Whitford Technology reporter"
# (the beat no given name: "Jean Paul Martin editor" is a three-word name)
_NAME_THEN_BEAT = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s+(?P<beat>[A-ZÀ-Ý][\w&-]*)\s+"
    rf"{JOB}"
)
# a credit for the pictures alone: "Photographs by Ann Lee", "Photos de Jean Roux", "Illustrations : Bo Chen"
_PICTURES_BY = re.compile(
    r"(?i)\W*(?:photo(?:graph)?(?:s|y|ie|ies)?|pictures?|images?|illustrations?|vidéos?|videos?)\s*(?:by|de|par|:)\s"
)
_PICTURE = re.compile(r"(?i)\W*(?:photos?|photograph\w*|images?|crédits?|credits?|illustrations?|vidéo|video)\b")
# The outlet whose staff the writer is on: "Morning Post staff writer", "The Ledger contributor"
_OUTLET_STAFF = re.compile(
    rf"(?P<outlet>{OUTLET_NAME})\s+"
    rf"(?i:(?:staff|contributing) {JOB}|contribut(?:or|eur|rice))"
)
# A newsroom's role, as a byline gives it in brackets after the name (a source's job is no byline: "Ann Lee (CEO)")
_ROLE_PAREN = re.compile(rf"([^()]{{3,40}}?)\s*\((?:[^()]{{0,20}}\s)?(?i:{JOBS})\b[^()]{{0,30}}\)")


def capitalised_name(text: str) -> bool:
    """Two to four capitalised words of letters, whatever their script ("Ryōta Inagaki", "Geneviève Côté-Ricard"),
    naming no organisation: a name, where the line's shape already says a name stands there."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’.][^\W\d_]*)*", w) and w[0].isupper() for w in words)
        and not _organisation(text)
    )


# An aggregator's credit over the story it quotes: "Jane Doe / The Morning Post:" (the story's outlet, not the page's)
_CITED = re.compile(r"^(?P<name>[^/:@]{3,40}?)\s*/\s*(?P<outlet>[^/:@]{2,40}):$")


def cited_author(text: str) -> str | None:
    """The writer an aggregator credits with the story it quotes: "Jane Doe / The Morning Post:" → Jane Doe."""
    m = _CITED.match(text.strip())
    return m.group("name") if m and capitalised_name(m.group("name")) else None


# A byline that gives the outlet right after the name, without a separator: "Jeanne Martin La Gazette"
_NAME_THEN_OUTLET = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,2}?)\s+(?P<outlet>(?:The|Le|La|Les)\s+[A-ZÀ-Ý]\S*(?:\s+[A-ZÀ-Ý&]\S*){0,3})$"
)


def name_then_outlet(text: str) -> tuple[str, str] | None:
    """A byline's name and the outlet after it on one line ("Jeanne Martin La Gazette"): (name, outlet). Whether
    the outlet is one (not a surname: "Marine Le Pen") is for the page to confirm, by naming it elsewhere."""
    m = _NAME_THEN_OUTLET.match(text.strip())
    if not m or not capitalised_name(m.group("name")) or not outlet_shaped(m.group("outlet")):
        return None
    return m.group("name"), m.group("outlet")


SECOND = re.compile(r"^(?i:avec|with|and|et)\s+(.+?)(?:\s+(?:à|in|en|au)\s+[A-ZÀ-Ý][\w-]*)?$")


def outlet_shaped(part: str) -> bool:
    """Two to five capitalised words ("Radio Alpes Isère", "Le Petit Lyonnais"), not a role ("NFAS content lead")."""
    words = WIRE_TAIL.sub("", part).split()
    # "Le Quotidien liégeois", "L'Écho rhénan"
    epithet = len(words) >= 2 and _FRENCH_LED.match(part) and re.fullmatch(EPITHET, f" {words[-1]}")
    capitalised = words[:-1] if epithet else words
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in capitalised)


_PARTICLES = {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "and", "et", "&"}


def _person(part: str, cued: bool) -> bool:
    """A name in a byline: a known first name and a surname, a first name alone ("Ken"), or, right after
    "Par"/"By", any two to four capitalised words (first names no list knows)."""
    words = part.split()
    if (
        cued
        and 2 <= len(words) <= 4
        and all(_NAME_WORD.match(w) for w in words)
        and not any(c.isdigit() for c in part)
        and not _organisation(part)
        and not _ROLE.search(part)
    ):
        return True
    return name_only(part) or (len(words) == 1 and first_name(part)) or initialled(part)


# A text's closing credit, its author and the wire it drew on: "Jeanne Martin avec AFP", "Ann Lee (with Reuters)";
# the agency may be any one-word name that is no given name ("Julien Dethier (avec Belga)", "Ann Lee, with Kyodo
# News", "Ann Lee (with Kyodo and AAP)")
_WIRE_HELPED = prefilter.compile(
    r"(?P<name>[^,()]{3,40}?)\s*(?:(?:,\s*)?(?i:avec|with)\s+(?:l['’])?"
    r"(?:[A-Z]{2,6}|(?i:reuters|agences?|agencies|wires?)|(?P<agency>[A-ZÀ-Ý][a-zà-ÿ]+)(?:\s+(?:News|Press))?)\.?"
    r"|\(\s*(?i:avec|with)\s+(?:l['’])?[A-ZÀ-Ý][\w-]+(?:\s*(?:,|et|and|&)\s*[A-ZÀ-Ý][\w-]+)?\s*\)\.?)"
)


def _author_name(text: str) -> bool:
    return name_only(text) or initialled(text)


def _is_prose(text: str) -> bool:
    return (
        bool(re.search(r"[.!?]\s+[A-ZÀ-Ý]", text)) or text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 8
    )
