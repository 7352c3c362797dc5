"""The data a page's furniture carries: who wrote it (``bylines``), which outlet published it and at what
address (``outlets``), read from the classified lines in order of trust; and the prompts and date lines that
classification asks about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import model
from ..registry import norm
from . import mastheads, posts, prefilter
from .bylines import SECOND, byline
from .credit_lines import glued_initials, glued_tail, header_authors, named_with_outlet, read_head
from .datelines import timestamp
from .documents import (
    RELEASE_LABEL,
    SELF_LINK,
    disclaimer_issuer,
    registrant,
    release_dateline,
    release_issuer,
    self_link,
)
from .entities.gazetteer import _cities, _countries
from .line_evidence import EDITOR_DATE, KEY_POINTS, ROW, WELCOMING
from .mastheads import first_line_masthead, footer_masthead, holder_named, legal_holder, letterhead, repeated_masthead
from .names import name_shaped, names_in, names_only, signed_names
from .outlet_mentions import (
    asked_by,
    named_by_address,
    named_by_domain,
    next_edition,
    office_of,
    promoted,
    release_issuer_about,
    self_named,
    sender,
    team_credit,
    writes_for,
)
from .outlets import (
    CLOSING_WIRE,
    TRUST,
    commissioned,
    copyright_holder,
    folio_periodical,
    head_address,
    settle,
    wire,
)
from .paste import BIOGRAPHY, CONTENT, CREW
from .signatures import SIGN_ON, assisted, author_bios, bio_author, hosts, sign_off, sign_off_outlet, signed, signed_on
from .source_lines import source_line
from .stamps import stamp
from .weekdays import DAY
from .wires import unshouted

if TYPE_CHECKING:
    from .paste import Line, Page

# --- prompts ------------------------------------------------------------------------------------------------

_PROMO_NOUN = prefilter.compile(
    r"\b(?:newsletters?|lettre d['’]information|infolettre|abonn\w+|subscri\w+|journalism|journalisme|"
    r"sign(?:ing)? up|inscri\w+|notre app\w*|our app|l['’]application|alertes?|alerts?|cookies?|"
    r"offre|offer|essai gratuit|free trial|podcast|premium|soutenez|support us|don\b|donate|"
    r"compte|account|connect\w*|log in|suivez-nous|follow us|rejoignez-nous|join us|chaîne|channel|"
    r"(?:follow|suivez)\b.{1,40}\b(?:on|sur) "
    r"(?:whatsapp|x|twitter|linkedin|facebook|instagram|telegram|threads|google)|"
    r"partagez|e-?mail|apps?|more from|become a (?:paying |premium )?member(?! of)|devenez membre|"
    r"latest (?:news )?updates|(?:follow|suivez)\b.{1,60}\b(?:coverage|couverture)\b.{0,60}(?:https?://|www\.)|"
    rf"(?:chaque|every) (?:jour|matin|semaine|mois|day|morning|week|weekday|month|{DAY}))\b",
    re.I,
)
_ADDRESSED = prefilter.compile(
    r"\b(?:vous|votre|vos|you|your|inscrivez|abonnez|recevez|découvrez|profitez|téléchargez|support|soutenez|"
    r"écoutez|listen|download|discover|reply|répondez|catch|become|devenez|"
    r"rejoignez|suivez|cliquez|click|tap|sign|subscribe|get|join|follow|merci|thank|thanks)\b",
    re.I,
)


_EVENT_PROMO = prefilter.compile(
    r"\b(?:early.?bird|tickets? (?:on sale|now)|réservez votre place|book your (?:seat|ticket|place)|"
    r"code promo|promo code|tarif préférentiel|register now|inscriptions? ouvertes?|terms apply|"
    r"conditions apply|voir conditions|free guide|guide gratuit|livre blanc|white ?paper|"
    r"webinaire?|write to us|écrivez[- ]nous|écrivez (?:à|au) )\b|-\d+\s?%",
    re.I,
)
_PERIODICAL = prefilter.compile(
    rf"\b(?:chaque|every)\s+(?:jour|matin|soir|semaine|mois|day|morning|evening|week|weekday|month|{DAY})\b"
    r".*\b(?:actualités?|actus|news|stories|l['’]essentiel|le meilleur|"
    r"the best|retrouvez|mouvements|round-?up)\b|\b(?:retrouvez|find)\b.*\b(?:chaque|every)\b",
    re.I,
)


_REPORTED = re.compile(
    r"[”\"»],?\s[^.!?\"”«“]{0,50}?\b(?:said|says|told|added|wrote|explained|a déclaré|déclare|a dit|dit|indique|"
    r"a indiqué|explique|a expliqué|ajoute|a ajouté|précise|a précisé|affirme|a affirmé|souligne|estime|assure|"
    r"confie)\b"
)


def promotion(text: str) -> bool:
    """A prompt addressed to the reader about the site itself: newsletter, subscription, app, cookies, account;
    a newsletter's name or its periodicity ("chaque matin, l'essentiel de l'actualité"); an event's tickets."""
    n = len(text.split())
    if ("”" in text or '"' in text or "»" in text) and _REPORTED.search(text):
        return False  # a quotation and who said it: the article's text, whatever it says of offers or thanks
    if n <= 5 and re.search(r"(?i)\b(?:newsletters?|infolettres?|lettre d['’]information)\b", text):
        return True
    if n <= 30 and _EVENT_PROMO.search(text):
        return True
    # a periodical's tagline is short or speaks to the reader; a long sentence about what a column covers each
    # week ("Every Friday, the Letter lists the moves of…") is the column's introduction
    if _PERIODICAL.search(text) and (n <= 14 or n <= 30 and _ADDRESSED.search(text)):
        return True
    # "Please join us in welcoming her!": a post's welcome to the person it announces, not the site's offer
    return n <= 40 and bool(_PROMO_NOUN.search(text)) and bool(_ADDRESSED.search(text)) and not WELCOMING.search(text)


# A wire's closing credit run on at a paragraph's end, unbracketed: "… in May. Reporting by Ann Lee; Editing by Bo Chen"
_RUN_ON_CREDIT = prefilter.compile(
    r"(?<=[.!?»”])\s+(?P<credit>(?:(?:Additional )?Reporting|Writing|Reportage|Propos recueillis) (?i:by|par)\s"
    r"[^.!?()]{3,150})$"
)


def _closing_credit(line: Line, page: Page) -> None:
    """The journalists a closing credit run on at the end of one of the last paragraphs names; the credit is cut."""
    if (run_on := _RUN_ON_CREDIT.search(line.text)) and (parsed := byline(run_on.group("credit"))) and parsed[0]:
        page.authors += [a for a in parsed[0] if a not in page.authors]
        line.text = line.text[: run_on.start()].rstrip()
        line.reason = "article text (the wire's closing credit run on at its end was cut)"


# --- the page's credits -------------------------------------------------------------------------------------


def read(page: Page, lang: str, outlets=frozenset()) -> None:
    """Authors, outlet and address from the page's furniture, in order of trust: a source line, a wire
    dateline, a byline's outlet, a copyright line, a masthead (a known outlet's name alone above the
    headline), a closing wire credit. Tails glued to the last paragraph (byline, copyright) are cut."""
    found: dict[str, str] = {}
    read_head(page, found, outlets, lang)
    posts.read(page)
    if page.platform:  # a post: the network it was made on published it
        found["platform"] = page.platform
    for line in page.lines:
        if line.kind == "credit" and (parsed := source_line(line.text)):
            name, url = parsed
            if name and url and "source line" not in found.get("linked", ""):
                found["source line"], found["linked"] = name, "source line"  # the one with an address wins
            elif name:
                found.setdefault("source line", name)
            if url and (page.source_url is None or name):
                page.source_url = url
        elif line.reason == SELF_LINK and page.source_url is None:
            page.source_url = self_link(line.text)
        elif line.kind == "credit" and (holder := copyright_holder(line.text)):
            found.setdefault("copyright", holder)
        elif line.kind == "byline" and (pair := named_with_outlet(line, page, outlets)):
            page.authors += [] if pair[0] in page.authors else [pair[0]]  # "Jeanne Martin La Gazette"
            found.setdefault("byline", pair[1])
        elif line.kind == "byline" and not byline(line.text) and (second := SECOND.match(line.text)):
            # "avec Jane Doe à Lagos"
            page.authors += [n for n in names_in(second.group(1)) if n not in page.authors]
        elif line.kind == "byline" and not byline(line.text) and (names := signed_names(line.text)):
            if KEY_POINTS.match(line.text):  # "KEY POINTS" over the summary box, read as a shouted name
                line.kind, line.reason = "navigation", "the label of a box that sums the article up"
                continue
            page.authors += [n for n in names if n not in page.authors]
        # "Jane Doe is a reporter covering …", "Morning all — Jane Doe here."
        elif line.reason in (BIOGRAPHY, SIGN_ON) and (name := bio_author(line.text) or signed_on(line.text)):
            page.authors += [] if any(a.startswith(name) for a in page.authors) else [name]  # "Jane Doe Hoi-yan"
        elif line.kind == "byline" and (parsed := byline(line.text)):
            authors, outlet = parsed
            page.authors += [a for a in authors if a not in page.authors]
            if outlet:
                found.setdefault("byline", outlet)
            if re.search(r"\d", line.text):
                page.stamps.append(line)  # "Par Jeanne Martin - 17 mai 2024": the byline dates the page too
        elif line.kind == "dateline":
            page.stamps.append(line)
            parts = ROW.split(line.text)
            placed = any(norm(part) in _cities() or norm(part) in _countries() for part in parts)
            for part in parts:  # "Jeanne Martin · 09/09/2025 · 12:31", "… · Ann Lee & Bo Chen · …"
                # a company blog's signature gives the writer's role: "Jane Doe, CEO · 12 May 2026"
                name, _, role = part.partition(",")
                part = name if role and len(role.split()) <= 3 and names_only(name.strip()) else part
                named = (
                    names_only(part.strip())
                    or len(parts) <= 4
                    and name_shaped(part.strip())
                    and not stamp(f"{part} 3", lang)
                    and not placed
                )  # "Yanis Belkacem", not "Published Tuesday", nor the venue of "Lisbon · 16 June · Centro Cultural"
                if named and not re.search(r"\s[A-Z]\.$", part.strip()):  # "Jean S.": a comment
                    page.authors += [n for n in names_in(part) if n not in page.authors]
    if page.source_url is None and (address := head_address(page)):
        page.source_url = address.text
        address.kind, address.reason = "credit", "the page's own address, alone above its text"
    for line in page.lines:
        if line.kind in ("credit", "dateline", "byline"):
            page.years += [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", line.text)]
    editor = next(
        (m for line in page.lines[:5] if line.kind == "dateline" and (m := EDITOR_DATE.match(line.text))), None
    )
    if editor:
        page.editor_date = model.parse_date(editor.group(1))
    author_bios(page)
    content = [line for line in page.lines if line.kind == CONTENT]
    # the first paragraph's wire dateline, or alone above it ("Paris, 25 mars 2026 (AFP) -"), maybe under a caption
    above = [f"{line.text} " for line in page.lines[: content[0].number if content else 0] if line.kind == "dateline"]
    leads = [*(text for text in above if text.endswith(("- ", "– ", "— "))), *(line.text for line in content[:3])]
    if (name := next((name for text in leads if (name := wire(text))), None)) and not _helped_by(name, page, found):
        found.setdefault("wire", name)
    if content:
        glued_tail(content[-1], page, found)
        glued_initials(content[-1], page)
    if page.closing_wire and (page.closing_wire.isupper() or norm(page.closing_wire) in outlets):
        found.setdefault("closing", page.closing_wire)  # a wire's initials, or a wire the registry knows
    for line in content[-3:]:
        _closing_credit(line, page)
    title_at = page.title.number if page.title else 0
    lead_at = content[0].number if content else 0
    released = bool(content) and release_dateline(content[0].text) is not None  # "PARIS, le 3 mars 2026 – …"
    end = content[-1].number if content else 0
    for line in page.lines:
        if not line.kept and (line.number < title_at or line.number < lead_at) and norm(line.text) in outlets:
            # a known outlet's name alone above the headline (masthead) or under it (a wire's byline: "AFP")
            found.setdefault("masthead" if line.number < title_at else "byline", line.text)
        if not line.kept and (name := release_issuer(line.text)):  # "Acme – Communiqué de presse", a PDF's header
            found.setdefault("release", name)
        if not line.kept and (name := folio_periodical(line.text, lang)):  # "LE MENSUEL — N° 58 — MARS 2026"
            found.setdefault("masthead", name)
        if not line.kept and (name := disclaimer_issuer(line.text)):  # "Acme plc undertakes no obligation to …"
            found.setdefault("about", name)
        released = released or line.reason == RELEASE_LABEL
        if line.reason == RELEASE_LABEL and (name := letterhead(page, line)):  # "Ministère de X" / "Communiqué"
            found.setdefault("release", name)
        if line.number <= 12 and "@" in line.text and (name := sender(line.text)):
            found.setdefault("sender", name)
        if line.kind == "byline" and (name := writes_for(line.text)):
            found.setdefault("byline", name)
        if not line.kept and len(line.text.split()) <= 14 and (name := team_credit(line.text)):
            line.kind, line.reason = "byline", "a byline naming the organisation's team (its own blog)"
            found.setdefault("byline", name)
        # a footer row: "À propos | Contact | © Outlet – Tous droits réservés"; a caption's credit names no outlet, nor
        # does a picture's caption between the last paragraph and the contacts ("X in the lab. © Ann Lee / Agency")
        pictured = line.kind == "caption" and re.search(r"[.!?]\s+©", line.text)
        if (
            line.number > end
            and not line.kept
            and line.kind != "credit"
            and not pictured
            and not _SOFTWARE.search(line.text)
        ):
            holder = next(
                (
                    h
                    for part in ROW.split(line.text)
                    if re.match(r"(?i:©|\(c\)|copyright)|[^©]{2,40}©", part) and (h := copyright_holder(part))
                ),
                None,
            ) or legal_holder(line.text)  # "Acme Media Pty Ltd. Terms of use | Privacy"
            if holder:
                found.setdefault("copyright", holder)
        if line.number > end and not line.kept and (name := sign_off(line.text)) and name not in page.authors:
            page.authors.append(name)
        if line.number > end and not line.kept and (name := sign_off_outlet(line.text)):  # "— Ann Lee, The Review"
            found.setdefault("byline", name)
        if line.number > end and not line.kept and (helped := assisted(line.text)):
            line.kind, line.reason = "byline", "a closing credit to the journalists who helped"
            page.authors += [name for name in helped if name not in page.authors]
        if line.kind in ("navigation", "widget", "") and line.number > end:
            m = CLOSING_WIRE.match(line.text)
            if m and norm(m.group("name")) in outlets:
                line.kind, line.reason = "credit", "a closing wire credit"
                found.setdefault("closing", m.group("name"))
    if (name := signed(page)) and name not in page.authors:
        page.authors.append(name)
    # the show's credits, or its copyright line ("© 2026 The Show. Hosted by A and B."), name its hosts
    credited = [line for line in page.lines if line.reason == CREW or line.kind == "credit"]
    for line in [*content, *credited]:
        page.authors += [
            name
            for name in hosts(line.text, crew=line.kind != CONTENT)
            if name not in page.authors and norm(name) not in outlets
        ]
    _furniture_stamps(page, lang, content)
    # a post's first lines name its poster, not a masthead
    if "masthead" not in found and (name := repeated_masthead(page)) and name != page.poster:
        found["masthead"] = name
    if (first := first_line_masthead(page)) and first[0] != page.poster:
        found["first line"] = first[0]
        if first[1]:  # over the site's tagline: the masthead, before a publisher's copyright ("© Mediafin SA")
            found.setdefault("masthead", first[0])
    if name := footer_masthead(page):
        found.setdefault("footer", name)
    if name := registrant([line.text for line in page.lines if line.text]):
        found.setdefault("release", unshouted(name))
    if name := release_issuer_about(page, released):
        found.setdefault("about", name)
    if "byline" in found and (institution := office_of(found["byline"])) is not None:
        found["byline"] = institution  # "By Ann Lee, MIT News Office": the institution published it
        if not institution:  # "University Communications" says not which: the page's addresses may
            del found["byline"]
    # the weakest evidence, looked for only while nothing stronger names the outlet (settle takes the strongest)
    weaker = set(TRUST[TRUST.index("promotion") :])
    article = [line.text for line in page.lines if line.kept]
    if set(found) <= weaker and (
        name := next(
            (
                name
                for line in page.lines
                if not line.kept and (name := promoted(line.text) or next_edition(line.text, article))
            ),
            None,
        )
    ):
        found["promotion"] = name
    if set(found) <= weaker and (name := next((n for line in page.lines[:30] if (n := self_named(line.text))), None)):
        found["promotion"] = name
    if set(found) <= weaker and (
        name := named_by_domain(page, frozenset(posts.HOSTS)) or mastheads.address_on_top(page)
    ):
        found["domain"] = name
    if set(found) <= weaker and (name := next((name for line in content if (name := asked_by(line.text))), None)):
        found["asked"] = name
    if set(found) <= weaker and page.source_url and (name := named_by_address(page)):
        found["address"] = name
    if not found and (name := next((name for line in page.lines if (name := commissioned(line.text))), None)):
        found["picture"] = name
    if "copyright" in found:
        holder_named(page, found)

    # A masthead names the outlet; a copyright line may name its publisher ("© Morning Media SA"): after it.
    # "Article rédigé par Radio Alpes Info": an outlet the page names above its headline is no author
    holder = norm(found.get("copyright", ""))
    top = {
        norm(line.text)
        for line in page.lines[: page.title.number if page.title else 8]
        if line.text and (page.title or line.kind != "byline") and not _bylined_person(line, holder)
    }  # without a headline, the byline may be among the top lines
    outlets_named = [a for a in page.authors if norm(a) in top and a != page.poster]
    page.authors = [a for a in page.authors if a not in outlets_named]
    if outlets_named:
        found.setdefault("byline", outlets_named[0])
    page.source = settle(found, page) or page.source
    if not page.authors:
        page.authors = header_authors(page, outlets)
    if page.poster and page.poster not in page.authors:  # the events may yet make the poster the post's subject
        page.authors.append(page.poster)


def _bylined_person(line: Line, holder: str) -> bool:
    """A person's name alone on a byline line, that the copyright line does not name as the outlet: the author."""
    return line.kind == "byline" and names_only(line.text) and norm(line.text) != holder


def _helped_by(wire_name: str, page: Page, found: dict) -> bool:
    """Whether the byline names the outlet that wrote the text with the wire's help ("Par Radio Nord avec ABI"):
    the wire's dateline then opens the outlet's own article, not the wire's brief."""
    helped = re.compile(rf"\b(?i:avec|with|et|and)\s+(?:l['’])?{re.escape(wire_name)}\b")
    return "byline" in found and any(line.kind == "byline" and helped.search(line.text) for line in page.lines)


def _furniture_stamps(page: Page, lang: str, content: list) -> None:
    """A date line that classification left among the header's furniture ("Mar. 4, 2026 5:02 a.m. ET" taken for a
    menu item, or for the headline): a line above the article's second paragraph that is a timestamp and nothing
    else; a mail header's date."""
    head_end = content[1].number if len(content) > 1 else content[0].number if content else 0
    for line in page.lines[:12]:  # a newsletter's mail header: "> Date: 10 February 2026 at 07:30:12 EAT"
        if _MAIL_DATE.match(line.text) and timestamp(line.text, lang) and line not in page.stamps:
            page.stamps.append(line)
    for line in page.lines:
        if line.number >= head_end:
            break
        if (
            line.kind not in ("content", "heading", "dateline", "byline", "blank")
            and _DIGIT.search(line.text)
            and line not in page.stamps
            and timestamp(line.text, lang)
        ):
            page.stamps.append(line)
    end = content[-1].number if content else 0
    # "18/12/2025 – Aurige ouvre une filiale en Espagne" under the article: a list of other pages, not this one's date
    page.stamps = sorted(
        (line for line in page.stamps if line.number <= end or timestamp(line.text, lang)), key=lambda line: line.number
    )


_DIGIT = re.compile(r"\d")
_MAIL_DATE = re.compile(r"^[>\s]*(?i:date|sent|envoyé)\s*:")
_SOFTWARE = re.compile(r"(?i)\b(?:powered by|propulsé par|built with|réalisé avec|theme by|thème)\b")
