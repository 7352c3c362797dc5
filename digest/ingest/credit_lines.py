"""Credits written inside or across other lines: a byline over two lines (the name, then the outlet or the outlet's
role line), a name and its outlet on one line, the outlet's name before the page's date, a periodical's issue, an
aggregator's credit to the story it quotes, the credits glued to the end of the last paragraph, and an opinion piece's
closing note on its author."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..registry import norm
from . import prefilter
from .bylines import _BARE_ROLE, byline, capitalised_name, cited_author, name_then_outlet, outlet_shaped
from .line_evidence import is_sentence
from .names import _NAME_SHAPE, _organisation, author_names, initials_alone, name_only, names_in, names_only
from .newsroom_jobs import JOB, JOBS
from .outlets import copyright_holder, dated_masthead, dated_row_outlet
from .paste import CONTENT, KEPT
from .signatures import bio_author, sign_off
from .source_lines import issue_of
from .wires import canonical

if TYPE_CHECKING:
    from .paste import Line, Page


def read_head(page: Page, found: dict, outlets, lang: str) -> None:
    """The credits of the page's head (above the article's third paragraph), before the lines are read one by one."""
    _byline_pairs(page, found, outlets)
    shown = [line for line in page.lines if line.text]
    content = [i for i, line in enumerate(shown) if line.kind == CONTENT]
    for line in shown[: content[2] if len(content) > 2 else len(shown)]:
        short = len(line.text.split()) <= 14
        if short and line.kind != "byline" and (name := cited_author(line.text)):
            line.kind, line.reason = "byline", "an aggregator's credit to the writer of the story it quotes"
            page.authors += [] if name in page.authors else [name]
        elif (
            short
            and line.kind in (CONTENT, "heading", "navigation", "dateline", "")
            and (dated := _dated_outlet(line.text, lang))
        ):
            line.kind, line.reason = "dateline", "the outlet's name and the page's date"
            found.setdefault(*dated)
        elif line.kind not in KEPT and (name := issue_of(line.text)):
            found.setdefault("byline", name)
        elif short and line.kind not in KEPT and (pair := _name_bar_outlet(line, page, outlets)):
            line.kind, line.reason = "byline", "a byline: the author's name, then the outlet's"
            page.authors += [] if pair[0] in page.authors else [pair[0]]
            found.setdefault("byline", pair[1])
    if page.title is not None and (site := _site_after(page.title, page, outlets)):
        found.setdefault("title", site)
    _opinion_author(page)


def _dated_outlet(text: str, lang: str) -> tuple[str, str] | None:
    """The basis and the outlet of a line that gives the page's date with the outlet's name: before the date (a
    masthead), or in a cell beside it, which may be a section's ("World News"), so trusted below a copyright."""
    if name := dated_masthead(text, lang):
        return "masthead", name
    return ("dated row", name) if (name := dated_row_outlet(text, lang)) else None


_ARTICLE_LED = re.compile(r"(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]")
_BAR = re.compile(r"\s+[|·•–—-]\s+")


def _confirmed(outlet: str, line: Line, page: Page, outlets, name: str = "") -> bool:
    """Whether ``outlet`` is one: a known outlet, or a name the page writes again outside ``line`` (a credit, a
    copyright, a menu), not as the end of ``name`` ("… – Jean Le Bihan" under a photo)."""
    not_after_name = rf"(?<!{re.escape(name.split()[-1])}\s)" if name else ""
    again = re.compile(rf"{not_after_name}(?<!\w){re.escape(outlet)}(?!\w)", re.I)
    return norm(outlet) in outlets or any(again.search(other.text) for other in page.lines if other is not line)


def _name_bar_outlet(line: Line, page: Page, outlets) -> tuple[str, str] | None:
    """ "Jane Doe | The Morning Post" under the headline: the author, then the outlet (a known one, one with its
    article, or one the page names again), never a second name."""
    if page.title is None or line.number <= page.title.number or byline(line.text):  # "By Jane Doe | Outlet"
        return None
    parts = _BAR.split(line.text.strip())
    if len(parts) != 2 or not (names_only(parts[0]) or capitalised_name(parts[0])) or names_only(parts[1]):
        return None
    outlet = parts[1]
    shaped = outlet_shaped(outlet) and (_ARTICLE_LED.match(outlet) or _confirmed(outlet, line, page, outlets))
    return (parts[0], canonical(outlet)) if shaped else None


# A headline with the outlet's name after a bar or a dash, as a page's title gives it: "Headline | The Morning Post"
_TITLED = re.compile(r"(?P<head>.{20,})\s+(?P<bar>[|–—-])\s+(?P<site>[^|–—]{2,40})")


def _site_after(title: Line, page: Page, outlets) -> str | None:
    """The outlet a headline ends with ("… | The Morning Post", "… - Le Veilleur"), cut from it: after a bar, a
    name of one to five capitalised words; after a dash (a headline's own clause may follow one), a known outlet,
    one with its article or one the page names again."""
    m = _TITLED.fullmatch(title.text)
    if not m or len(m["head"].split()) < 4 or names_only(m["site"]):
        return None
    site = m["site"].strip()
    if norm(site) in _GENRES:  # "… | Interview", "… - Vidéo": the piece's kind, not the site
        title.text = m["head"].rstrip()
        return None
    capitalised = all(w[:1].isupper() or w.lower() in _PARTICLES for w in site.split()) and site[:1].isupper()
    barred = m["bar"] == "|" and capitalised and len(site.split()) <= 5
    if not (barred or capitalised and (_ARTICLE_LED.match(site) or _confirmed(site, title, page, outlets))):
        return None
    title.text = m["head"].rstrip()
    return canonical(site)


_PARTICLES = frozenset({"de", "du", "des", "of", "the", "and", "et", "&"})
# fmt: off
_GENRES = frozenset({
    "interview", "entretien", "opinion", "tribune", "analysis", "analyse", "video", "podcast", "live", "direct",
    "exclusive", "exclusif", "review", "critique", "explainer", "decryptage", "enquete", "investigation", "report",
    "reportage", "portrait", "chronique", "column", "editorial", "photos", "infographic", "infographie", "update",
    "breaking", "factcheck", "fact check", "q&a", "watch", "listen", "audio", "diaporama", "slideshow",
})
# fmt: on


def named_with_outlet(line: Line, page: Page, outlets) -> tuple[str, str] | None:
    """A byline's name and outlet on one line ("Jeanne Martin La Gazette"), when the page names that outlet again
    (a credit, a copyright: "PHOTO ANN LEE, LA GAZETTE") or it is a known outlet."""
    pair = name_then_outlet(line.text)
    if not pair or byline(line.text):  # "Par Jean Le Bihan": a byline whose surname starts with an article
        return None
    return pair if _confirmed(pair[1], line, page, outlets, pair[0]) else None


# The line under a byline that says whom the author writes for: "MLex correspondent", "Morning Post staff writer"
_OUTLET_ROLE = re.compile(
    r"^(?P<outlet>(?:The |Le |La |L['’])?[A-ZÀ-Ý][\w&'’.-]*"
    r"(?:\s+(?:[A-ZÀ-Ý&][\w&'’.-]*|des|du|de|of)){0,4})\s+(?i:senior |chief |staff |special )?"
    rf"(?i:{JOB})$"
)


_ARTICLE = re.compile(r"(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]")  # a masthead's article: "La Presse", "The Morning Post"


def _byline_pairs(page: Page, found: dict, outlets) -> None:
    """A byline over two lines at the head of the article: the name, then the outlet ("Jane Doe" / "The Morning
    Post"), or a byline, then the outlet's role line ("By Jane Doe" / "Morning Post correspondent")."""
    shown = [line for line in page.lines if line.text]
    content = [i for i, line in enumerate(shown) if line.kind == CONTENT]
    head = shown[: content[2] if len(content) > 2 else len(shown)]  # above the article's third paragraph
    for a, b in zip(head, head[1:], strict=False):
        if page.title is not None and a.number < page.title.number or is_sentence(b.text, "en"):
            continue
        role = _OUTLET_ROLE.match(b.text)
        if (
            a.kind == "byline"
            and role
            and not names_only(role.group("outlet"))
            and _named_again(role.group("outlet"), b, page)
        ):  # not a beat: "Technology correspondent"
            b.kind, b.reason = "byline", "the line under a byline: whom the author writes for"
            found.setdefault("byline", role.group("outlet"))
        elif (
            names_only(a.text)
            and not names_only(b.text)
            and (norm(b.text) in outlets or outlet_shaped(b.text) and _ARTICLE.match(b.text))
        ):  # not "Chief Executive"
            a.kind, a.reason = "byline", "a name over the outlet's name (a byline over two lines)"
            b.kind, b.reason = "byline", "the outlet under the author's name (a byline over two lines)"
            found.setdefault("byline", b.text)


def _named_again(name: str, line, page: Page) -> bool:
    """Whether the page names ``name`` again, as written, outside its menus and the line itself ("MLex
    correspondent" over "… MLex journalists around the globe …"); a beat or a section is named in the menus only."""
    named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(
        named.search(other.text)
        for other in page.lines
        if other is not line and other.kind not in ("navigation", "related", "tags")
    )


# An opinion piece's disclaimer, under the note on its author: "Les opinions exprimées n'engagent que leur auteur",
# "The views expressed are the author's own"
_DISCLAIMER = prefilter.compile(
    r"(?i:\b(?:views|opinions) expressed\b.{0,40}\b(?:author|writer|contributor)s?['’]?s?\b"
    r"|\b(?:views|opinions) expressed\b.{0,30}\bdo not (?:necessarily )?(?:reflect|represent)\b"
    r"|\bn['’]engagen?t que (?:leurs?|son|ses) (?:auteure?s?|autrices?|signataires?)\b)"
)


def _opinion_author(page: Page) -> None:
    """The writer of an opinion piece, from the note on its author that closes it ("Jeanne Martin est économiste
    …"), over or with the disclaimer: the note is the author box, not the article."""
    shown = [line for line in page.lines if line.text]
    for line, after in zip(shown, [*shown[1:], None], strict=True):
        note = _DISCLAIMER.search(line.text) or after is not None and _DISCLAIMER.search(after.text)
        if note and len(line.text.split()) <= 60 and (name := bio_author(line.text)):
            line.kind, line.reason = "byline", "a note on the opinion piece's author, over its disclaimer"
            page.authors += [] if name in page.authors else [name]


# A wire's closing credit in brackets, glued to the last paragraph: "… in Europe. (Reporting by A; Editing by B)"
_GLUED_WIRE = re.compile(
    r"(?<=[.!?»”])\s+\((?P<credit>(?i:reporting|writing|additional reporting|compiled|reportage|"
    r"rédigé|propos recueillis) (?i:by|par)\s[^()]{3,150})\)$"
)

_GLUED = prefilter.compile(
    r"(?<=[.!?»”])\s+(?P<tail>(?:(?:par|by)\s+)?[A-ZÀ-Ý][^.!?]{0,60}?(?:©|\(c\)|copyright)[^.!?]{0,60})$", re.I
)


# "… familiar with his plans.Jane Doe is a senior editor at The Review.": the author box run on without a space
_GLUED_BIO = re.compile(
    r"[a-zà-ÿ)”»\"]\.(?P<bio>[A-ZÀ-Ý][^.!?]{3,60}?\s(?:is|est)\s(?:an?|the|une?|la|le|l['’])\s[^.!?]{0,60}?"
    rf"\b(?i:{JOBS})\b[^.!?]{{0,60}}\.)$"
)


# "… an unusually useful product attached." — Greg Halloran, Senior Editor": the writer signing off, run on
_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?»”\"])\s+(?P<sign>[—–]\s*[A-ZÀ-Ý][^,—–.!?]{2,40},\s*[^,—–.!?]{2,40})$")


# "… Whoever gets her next is lucky.\" Ciara Lynch": the writer's name alone after the last sentence, unpunctuated,
# or after a dash ("… any funding. — Ann Lee"; a dash after a quotation attributes it)
_NAME = r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})$"
_GLUED_NAME = re.compile(rf"(?:(?<=[.!?»”\"])\s+|(?<=[.!?])\s+[—–]\s*){_NAME}")
# the dashed form alone, which a short last paragraph ends with: no heading's shape
GLUED_DASHED_NAME = re.compile(rf"(?<=[.!?])\s+[—–]\s*{_NAME}")


def _named_above(name: str, page: Page, line: Line) -> bool:
    """Whether the article names the person before its end: someone it is about, not its writer."""
    surname = name.split()[-1]
    shown = [other.text for other in page.lines if (other.kept or other.kind == "title") and other is not line]
    return any(surname in text for text in shown) or surname in line.text[: -len(name)]


def glued_tail(line: Line, page: Page, found: dict) -> None:
    """ "… la fin de l'article. Jeanne Martin © Le Monde 2025", "… in Europe. (Reporting by Ann Lee; Editing by Bo
    Chen)": the byline and copyright glued to the last paragraph."""
    if wired := _GLUED_WIRE.search(line.text):
        parsed = byline(wired.group("credit"))
        if parsed and parsed[0]:
            page.authors += [a for a in parsed[0] if a not in page.authors]
            line.text = line.text[: wired.start()].rstrip()
            line.reason = "article text (the wire's closing credit glued to its end was cut)"
        return
    if (bio := _GLUED_BIO.search(line.text)) and (name := bio_author(bio.group("bio"))):
        page.authors += [] if name in page.authors else [name]
        line.text = line.text[: bio.start("bio")]
        line.reason = "article text (the author's biography glued to its end was cut)"
        return
    tail = line.text[-90:]
    if (
        ("—" in tail or "–" in tail)
        and (signed := _GLUED_SIGN_OFF.search(line.text))
        and (name := sign_off(signed["sign"]))
    ):
        page.authors += [] if name in page.authors else [name]
        line.text = line.text[: signed.start()].rstrip()
        line.reason = "article text (the writer's sign-off glued to its end was cut)"
        return
    if (bare := _GLUED_NAME.search(tail)) and author_names(bare["name"]) and not _named_above(bare["name"], page, line):
        page.authors += [] if bare["name"] in page.authors else [bare["name"]]
        line.text = line.text[: len(line.text) - len(tail) + bare.start()].rstrip()
        line.reason = "article text (the writer's name glued to its end was cut)"
        return
    m = _GLUED.search(line.text)
    if not m:
        return
    tail = m.group("tail")
    holder = copyright_holder(tail)
    if holder:
        found.setdefault("copyright", holder)
    before = re.split(r"\s*(?:©|\(c\)|copyright)", tail, maxsplit=1, flags=re.I)[0]
    parsed = byline(before) if before else None
    if parsed:
        page.authors += [a for a in parsed[0] if a not in page.authors]
    elif before and name_only(before.strip(" ,-–—")):
        page.authors.append(before.strip(" ,-–—"))
    line.text = line.text[: m.start()].rstrip()
    line.reason = "article text (a byline and copyright glued to its end were cut)"


# A wire's credit in brackets after a paragraph's last sentence: "… de successeur. (Belga)", "… in 2027. (AFP)".
_TRAILING_WIRE = re.compile(
    r"(?<=[.!?»”])\s*\((?:(?i:avec|with|source)\s+)?(?P<name>[A-Z]{2,6}|[A-Z][a-z]{2,14}|[A-Z][a-z]+ [A-Z][a-z]+)\)$"
)
# what a picture's credit or a link says in brackets: "(Fournie)", "(Supplied)", "(Photo)", "(Archives)"
_NOT_WIRE = frozenset(
    {
        "photo", "photos", "video", "vidéo", "update", "updated", "source", "archives", "archive", "file", "lire",
        "supplied", "handout", "fourni", "fournie", "fournies", "courtesy", "screenshot", "illustration", "image",
    }
)  # fmt: skip


# or after a dash, the wire having helped the outlet's own writer: "… customers. – with AAP", "… 2027. — avec l'AFP"
_HELPING_WIRE = re.compile(
    r"(?<=[.!?»”])\s*[–—-]\s*(?i:avec|with)\s+(?:l['’])?(?:[A-Z]{2,6}|[A-Z][a-z]{2,14}|[A-Z][a-z]+ [A-Z][a-z]+)\.?$"
)


def trailing_wire(text: str) -> tuple[str, str | None] | None:
    """A paragraph with a wire's credit at its end: the paragraph without it, and the wire's name when the credit
    says the text is the wire's ("… successeur. (Belga)"); None for a wire that helped the outlet ("– with AAP")."""
    if len(text) < 40:
        return None
    if not text.endswith(")"):
        helped = ("with " in text[-30:] or "avec " in text[-30:]) and _HELPING_WIRE.search(text, len(text) - 40)
        return (text[: helped.start()].rstrip(), None) if helped else None
    if not (m := _TRAILING_WIRE.search(text)) or m.group("name").lower() in _NOT_WIRE:
        return None
    return text[: m.start()].rstrip(), m.group("name")


# A byline in initials after the last sentence, maybe with the wire that helped: "… à la main. S.V.D. (avec Belga)"
_GLUED_INITIALS = re.compile(
    r"(?<=[.!?»”])\s+(?P<initials>(?:[A-ZÀ-Ý]\.-?){2,4})(?:\s*\((?i:avec|with)\s+[A-Z][\w'’ -]{1,30}\))?$"
)


def glued_initials(line: Line, page: Page) -> None:
    """The author's initials (and the wire that helped) glued to the last paragraph: an author; the tail is cut."""
    start = max(0, len(line.text) - 50)  # the initials and the wire's name end the paragraph: read its tail
    if len(line.text) > 40 and (m := _GLUED_INITIALS.search(line.text, start)):
        page.authors += [] if m.group("initials") in page.authors else [m.group("initials")]
        line.text = line.text[: m.start()].rstrip()
        line.reason = "article text (the author's initials glued to its end were cut)"


_EMAIL = re.compile(r"\S+@\S+\.\w+")


_DATELINE_LEAD = re.compile(r"^[A-ZÀ-Ý]{2}[A-ZÀ-Ý .'’-]*,\s[^–—]{0,40}?\s(?:[–—]|--?)\s")


def header_authors(page: Page, outlets=frozenset()) -> list[str]:
    """Names alone between the headline and the lead, beside the byline's company (a date line, a job title, an
    e-mail address): the authors, even when no list knows their first name ("Kelechi Obiora" over "Startups
    Reporter")."""
    if page.title is None:
        return []
    after = [line for line in page.lines if line.number > page.title.number and line.text]
    lead = [i for i, line in enumerate(after) if line.kind in KEPT]
    zone = after[: min(8, lead[1] if len(lead) > 1 else len(after))]
    found = []
    paragraphs = [i for i, line in enumerate(after) if line.kind == "content"]
    head = after[: paragraphs[1] if len(paragraphs) > 1 else 0]
    for line, following in zip(head, after[1:], strict=False):  # "Jane Doe" between the standfirst and the lead
        named = names_only(line.text) or _NAME_SHAPE.fullmatch(line.text) and _DATELINE_LEAD.match(following.text)
        if line.kind == "heading" and norm(line.text) not in outlets and named:  # "WASHINGTON, March 26, 2025 – …"
            line.kind, line.reason = "byline", "a name alone between the standfirst and the article (the author)"
            found += names_in(line.text)
    for i, line in enumerate(zone):
        text = line.text.strip()
        names = [text] if _NAME_SHAPE.fullmatch(text) else names_in(text) if names_only(text) else []
        if (
            line.kind in KEPT
            or not names
            or _organisation(text)
            or norm(text) in outlets | {norm(page.source or "")}
            or any(norm(top.text) == norm(text) for top in page.lines[: page.title.number])
        ):
            continue
        beside = [other.text for other in after[max(0, i - 1) : i + 3] if other is not line]
        if any(other.kind == "dateline" for other in after[max(0, i - 1) : i + 3] if other is not line) or any(
            _BARE_ROLE.fullmatch(t) or _EMAIL.fullmatch(t) for t in beside
        ):
            found += names
    if not found:  # "Y. L. G." alone under the headline or the last paragraph: the author's initials
        found = [line.text.strip() for line in page.lines if line.kind == "byline" and initials_alone(line.text)][:1]
    return found
