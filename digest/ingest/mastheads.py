"""The site's own name as its page writes it: the masthead above the headline (its first line, a line the
furniture names again: "Sign up for the X newsletter", "© 2026 X"), and the masthead a publisher's name starts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bylines import outlet_shaped
from .documents import RELEASE_LABEL
from .line_evidence import UI_WORDS, stoplist
from .names import names_only
from .outlets import OUTLET_NOUN
from .paste import KEPT
from .wires import unshouted

if TYPE_CHECKING:
    from .paste import Line, Page


def holder_named(page: Page, found: dict[str, str]) -> None:
    """The copyright's holder as the page names itself (``masthead_of``); a publisher's company under the logo of
    its title ("© Endeavour Trade Media, LLC" under "Warehouse Automation Review") leaves the outlet to the logo."""
    if found["copyright"] != found.get("wire"):  # the wire's own portal ("AFP Forum", "© AFP") is the wire's
        found["copyright"] = masthead_of(page, found["copyright"])
    if "first line" in found and "masthead" not in found and publisher(page, found["copyright"]):
        found["masthead"] = found["first line"]


def masthead_of(page: Page, holder: str) -> str:
    """The masthead a publisher's name starts ("Southern Cross" for "SOUTHERN CROSS BUSINESS REVIEW"), as the
    page's top lines write it (capitalised if shouted); the logo that starts a company's legal name ("Kestrel" over
    "© Kestrel Flight Systems, Inc."), the name the page gives itself; else the publisher's name."""
    first = _first_line(page)
    if (
        first
        and not first.kept
        and first.kind != "title"
        and holder.lower().startswith(first.text.lower() + " ")
        and not any(c.isdigit() for c in first.text)
    ):
        return first.text.title() if first.text.isupper() else first.text
    top = [line.text for line in page.lines[:12] if line.text and not line.kept]
    for text in top:
        if (
            text.lower().startswith(holder.lower())
            and text.lower() != holder.lower()
            and len(text.split()) <= 6
            and not any(c.isdigit() for c in text)
        ):
            # "FilPresse — Le fil des communiqués": the name, then the site's tagline after a dash or a bar
            text = text[: len(holder)] if re.match(r"\s*[—–|:]\s", text[len(holder) :]) else text
            return text.title() if text.isupper() else text
    return holder


# A company's legal form or a publisher's word after a name: "Endeavour Trade Media, LLC", "Groupe Presse SAS"
_INCORPORATED = re.compile(
    r",?\s+(?i:media|médias?|publishing|publishers?|éditions|group|groupe|holdings?|newspapers?|inc|llc|ltd|limited|"
    r"plc|pty|sas|sarl|sa|gmbh|ag|corp|corporation|bv|nv|llp|lp)\b"
)


def publisher(page: Page, holder: str) -> bool:
    """Whether the page names the copyright's holder as a company (its legal form or a publisher's word after it):
    the publisher of the outlet its logo names, not the outlet."""
    after = re.compile(re.escape(holder) + _INCORPORATED.pattern)
    return any(holder in line.text and after.search(line.text) for line in page.lines if not line.kept)


# A company's legal name opening a footer's row of legal links or its registration: "Acme Media Pty Ltd. Terms of use |
# Privacy", "Acme Ventures LLP is authorised and regulated by …", "Acme SAS, société de gestion agréée par l'AMF"
_LEGAL_NAME = re.compile(
    r"(?P<name>(?:The |Le |La |Les |L['’])?[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý&][\w&'’.-]*|de|du|des|of)){0,4}?),?\s+"
    r"(?:Pty\.? Ltd|Pvt\.? Ltd|Ltd|Limited|LLP|LLC|Inc|plc|SAS|SARL|SA|GmbH|AG|AB|BV|Oy)\b\.?"
)
_FORMS = frozenset(["Ltd", "Limited", "LLP", "LLC", "Inc", "plc", "SAS", "SARL", "SA", "GmbH", "AG", "AB", "BV", "Oy"])
_REGISTERED = re.compile(
    r"(?i)\b(?:authori[sz]ed|regulated|registered|agréée?|immatriculée?|au capital|rcs|siren|company (?:number|no))\b"
)


def legal_holder(text: str) -> str | None:
    """The company a footer's row opens with, by its legal name, when the row goes on with legal links or the
    company's registration: the site's owner, as a copyright line names it (the legal form left out)."""
    if len(text) > 300 or _FORMS.isdisjoint(text.replace(".", " ").replace(",", " ").split()):
        return None
    m = _LEGAL_NAME.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    return (
        m.group("name")
        if len({w.lower() for w in _LEGAL_LINK.findall(rest)}) >= 1 or _REGISTERED.search(rest)
        else None
    )


# a site's address alone: "montrealtechwire.ca", "www.example.co.uk"
_HOST = re.compile(r"(?i)(?:www\.)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12})/?")


def address_on_top(page: Page) -> str | None:
    """The site's address alone on the page's first line, as a browser's reader mode shows it above the headline:
    the outlet, when the page names it no other way."""
    first = next((line for line in page.lines if line.text), None)
    found = _HOST.fullmatch(first.text) if first is not None and page.title is not None else None
    return found.group("host").lower() if found and first.number < page.title.number else None


def first_line_masthead(page: Page) -> tuple[str, bool] | None:
    """A whole page copied starts with the site's name: a first line of two to four capitalised words above
    the headline, which is no menu, date, interface or article text (capitalised if shouted), or the first cell
    of a row of lowercase links (an aggregator's "Name | new | past | comments"). With whether the site's tagline
    follows it ("Le quotidien de l'économie"), which makes it the masthead beyond doubt."""
    first = _first_line(page)
    if first is None or first.kind in (*KEPT, "title", "dateline", "byline"):
        return None
    text = first.text
    name = _aggregator_name(text)
    if name is None and (page.title is None or first.number >= page.title.number):
        return None
    if name:
        text = name
    elif first.reason.startswith("a row") or "breadcrumb" in first.reason:
        return None
    # "Institut Polaris — Laboratoire d'informatique": the site's name, then its tagline, when the page names it again
    name, *tagline = re.split(r"\s+[—–|]\s+", text, maxsplit=1)
    named_again = any(name in line.text for line in page.lines[first.number :])
    # "Encyclopedix, the free encyclopedia": the name, a comma and a tagline in lower case, when the page's furniture
    # names it again ("Search Encyclopedix", "About Encyclopedix"); the article's text may name a company so
    described = _DESCRIBED.fullmatch(text)
    if described and described.group("tagline").lower() == described.group("tagline"):
        name, tagline = described.group("name"), [described.group("tagline")]
        named_again = any(name in line.text for line in page.lines[first.number :] if not line.kept)
    if tagline and named_again:
        text = name
    words = text.split()
    # one word is a site's name when its tagline follows ("Le magazine de l'innovation", "The newsletter about AI")
    below = next((line.text for line in page.lines[first.number :] if line.text), "")
    tagged = len(words) <= 5 and (
        len(below.split()) <= 10 and bool(_TAGLINE.match(below)) or bool(described) and named_again
    )
    # one word over the site's own account links ("Write", "Sign in", "Log In Sign Up"): its logo
    signed = len(words) == 1 and _over_account_links(first, page)
    # a coined word over the site's menu ("Clair&Net", "TechPulse" over "Tech / Sciences / Jeux vidéo"): its logo,
    # whatever words it is made of
    coined = len(words) == 1 and bool(_COINED.fullmatch(text)) and _over_menu(first, page)
    # a name and its adjective in lower case over the site's menu ("Encyclopédie libre", "Wiki ouvert"): its logo
    qualified = len(words) == 2 and words[1].isalpha() and words[1].islower() and _over_menu(first, page)
    if (
        # "&" is no word of the name, nor are its particles ("Le Courrier de la Loire")
        not (len([w for w in words if w != "&"]) >= 2 and len([w for w in words if w not in _PARTICLES]) <= 4)
        and not (tagged or signed or coined)
        or _interface(text)
        and not coined
        or any(c.isdigit() for c in text)
        and not all(w.isdigit() and len(w) <= 2 or not any(c.isdigit() for c in w) for w in words)
        or not all(_NAME_PART.match(w) for w in words[: 1 if qualified else None])
    ):  # "KBAY 7 NEWS", "La Lettre de l'IA"; not "Mai 2025"
        return None
    # a section's label names a topic the article writes in lower case ("Artificial Intelligence"); a site's name,
    # never
    topic = re.compile(rf"(?<!\w){re.escape(text.lower())}(?!\w)")
    if " " in text and not tagged and any(topic.search(line.text) for line in page.lines if line.kept):
        return None
    return text.title() if text.isupper() else text, tagged


def _aggregator_name(text: str) -> str | None:
    """The name that opens a row of lowercase links, a link aggregator's top bar: "Name | new | past | comments", or
    with no bar after the name ("Name new | past | comments | ask")."""
    cells = re.split(r"\s+\|\s+", text)
    words = cells[0].split()
    glued = [] if len(cells) < 3 else [w for w in words if re.fullmatch(r"[a-z]+", w)]
    name = " ".join(words[: len(words) - len(glued)]) if glued == words[len(words) - len(glued) :] else ""
    links = [*glued, *cells[1:]]
    return name if name and len(links) >= 2 and all(re.fullmatch(r"[a-z]+", link) for link in links) else None


# A site's account links under its logo: "Sign in", "Log In Sign Up", "Write", "Se connecter", "S'abonner", or its
# offer after one ("Subscribe: less than $1 a week")
_ACCOUNT = re.compile(
    r"(?i:(?:\s*(?:sign in|sign up|log in|login|register|write|get started|subscribe|se connecter|connexion|"
    r"s['’]inscrire|s['’]abonner|abonnez-vous|créer un compte|mon compte|my account))+)(?:\s*[:–—|]\s.*)?"
)


_COINED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:&?[A-ZÀ-Ý][a-zà-ÿ]+)+|[A-ZÀ-Ý][\w]*&[\w]+")


def _over_menu(first: Line, page: Page) -> bool:
    """Whether the line under ``first`` is a menu's row or item."""
    below = next((line for line in page.lines[first.number :] if line.text), None)
    return below is not None and below.kind == "navigation"


def _over_account_links(first: Line, page: Page) -> bool:
    """Whether one of the three lines under ``first`` is the site's account links alone."""
    below = [line for line in page.lines[first.number :] if line.text][:3]
    return any(line.kind == "widget" and _ACCOUNT.fullmatch(line.text) for line in below)


_DESCRIBED = re.compile(
    r"(?P<name>[^,]{2,40}),\s+(?P<tagline>(?i:the|le|la|les|l['’]|your|votre|a|an|un|une)\b[^,]{2,40})"
)
_TAGLINE = re.compile(
    r"^(?i:(?:le|la|les|l['’]|the|your|votre|a|an|un|une)\s*(?:[\w-]+\s+){0,2}(?:blog|magazine|mag|site|newsletter|"
    r"lettre|journal|médias?|podcast|quotidien|hebdo|webzine|revue|review|digest|actualités?)\b)"
)
_NAME_PART = re.compile(r"^(?:[A-ZÀ-Ý&]|\d{1,2}$|(?i:de|du|des|of|the|la|le|and|et)$|(?i:l|d)['’][A-ZÀ-Ý])")


def _interface(text: str) -> bool:
    """Most of the line's words, articles and prepositions aside, are interface words ("À propos", "EN DIRECT"); the
    outlet's noun that ends a capitalised name is none ("Post" of "The Dublin Business Post")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    if len(words) >= 2 and text[:1].isupper() and text.split()[-1][:1].isupper() and OUTLET_NOUN.fullmatch(words[-1]):
        words = words[:-1]
    content = [w for w in words if w not in stoplist("fr") and w not in stoplist("en")] or words
    return sum(w in UI_WORDS for w in content) >= 0.5 * len(content)


def letterhead(page: Page, label: Line) -> str | None:
    """The issuer a release's letterhead names over its label ("Ministère de l'Économie" over "Communiqué de
    presse"): a name of two to eight capitalised words, no menu, date or person."""
    above = next((line for line in reversed(page.lines[: label.number - 1]) if line.text), None)
    if above is None or above.kept or re.search(r"[\d>›/|:,.!?]", above.text):
        return None
    words = above.text.split()
    named = all(w[:1].isupper() or w.lower() in _LINKING or re.match(r"(?i)[dl]['’]", w) for w in words)
    return above.text if named and 2 <= len(words) <= 8 and not names_only(above.text) else None


_PARTICLES = frozenset({"&", "de", "du", "des", "la", "le", "les", "of", "the", "and", "et"})
_LINKING = frozenset({"de", "du", "des", "of", "the", "and", "et", "la", "le", "les", "for", "pour", "&"})


# The legal links of a site's footer: "Mentions légales · Contact · Publicité", "Privacy | Terms | Advertise"
_LEGAL_LINK = re.compile(
    r"(?i)\b(?:mentions légales|legal notice|contact|contactez-nous|publicité|advertise|confidentialité|privacy|"
    r"terms|cgu|cgv|cookies|plan du site|sitemap|à propos|about us|qui sommes-nous|impressum)\b"
)


def footer_masthead(page: Page) -> str | None:
    """The site's name over its legal links at the foot of the page ("La Voix du Beffroi" over "Mentions légales ·
    Contact"), or first in their row ("La Voix du Beffroi – Impressum – Cookies"): its logo there, led by its
    article or named again on the page, never a person's name."""
    content = [line for line in page.lines if line.kind == "content"]
    end = content[-1].number if content else len(page.lines)
    shown = [line for line in page.lines[end:] if line.text]
    for line, below in zip(shown, [*shown[1:], None], strict=False):
        text, *links = _FOOTER_CELL.split(line.text.strip()) if not line.kept else [""]
        links_text = " ".join(links) if links else below.text if below else ""
        if line.kept or len({m.lower() for m in _LEGAL_LINK.findall(links_text)}) < 2 or not outlet_shaped(text):
            continue
        again = any(text in other.text for other in page.lines if other is not line)
        if (_ARTICLE_LED.match(text) or again) and not names_only(text) and not _interface(text):
            return unshouted(text)
    return None


_FOOTER_CELL = re.compile(r"\s+[–—|·•]\s+")
_ARTICLE_LED = re.compile(r"(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]")


def repeated_masthead(page: Page) -> str | None:
    """The site's name: a short capitalised line above the headline that the page's furniture names again
    ("Sign up for The Morning Post's newsletter", "© 2025 The Morning Post"); a place the article names is no
    masthead."""
    top = page.lines[: page.title.number - 1] if page.title else page.lines[:12]
    # named again outside the top menus (section names repeat there): a credit, a prompt, a byline, the footer
    title_at = page.title.number if page.title else 0
    menus = ("navigation", "related", "tags")
    furniture = "\n".join(
        line.text
        for line in page.lines
        if line.kind not in (*KEPT, "blank") and not (line.kind in menus and line.number < title_at)
    )
    article = "\n".join(line.text for line in page.lines if line.kind in KEPT)
    first = _first_line(page)
    for line in top:
        if (
            line.kind in (*KEPT, "blank", "dateline")
            or not line.text[:1].isupper()
            or line.reason == RELEASE_LABEL  # "COMMUNIQUÉ DE PRESSE", named again in a PDF's running header
            or _RUNNING_HEAD.fullmatch(line.text)  # "ENQUÊTE | 34": a printed page's section and number
            or _inside_menu(line, page)  # "Agenda / Conseil municipal / Vie économique": a section, named in an agenda
        ):
            continue
        for form, rest in _forms(line.text):
            words = form.split()
            if not 1 <= len(words) <= 5 or len(form) < 3 or _interface(form) or not re.fullmatch(r"[\w&'’. -]+", form):
                continue
            named = re.compile(
                # not a section heading a link ("Tech : …"); a leading part of the line, not named in full again
                rf"(?<!\w){re.escape(form)}(?!\w)(?!\s*:)" + (rf"(?!\s+{re.escape(rest)})" if rest else ""),
                re.I if form.isupper() else 0,
            )  # "LE SPRINT" is named again as "© Le Sprint"
            # as the footer writes it, capitalised (not "harbourline" of the page's address)
            written = [m for m in named.findall(furniture) if not m.isupper() and m[:1].isupper()]
            name = (written[0] if written else form.title()) if form.isupper() else form
            # the line itself is among the furniture unless it is a menu above the headline
            again = len(named.findall(furniture)) - (line.kind not in menus or not title_at)
            if len(words) >= 2 and again + (0 if rest else len(named.findall(article))) >= 1:
                return name
            # One word may be a section, a place or a topic ("Tech", "Lyon"): only as the page's first line, and one
            # the article names too only if it is a coined compound ("NewsDesk"), no word of the language
            if line is first and again >= 1 and (not named.search(article) or _COMPOUND.fullmatch(form)):
                return name
    return _wordmark(page, article)


def _wordmark(page: Page, article: str) -> str | None:
    """A site's name written in lower case as its logo ("byteline"), alone on the page's first line: the masthead
    when the furniture under the article names it again the same way ("More from byteline") and the article does
    not (a stray word of markup is never named again)."""
    first = next((line for line in page.lines if line.text), None)
    if first is None or page.title is None or first.number >= page.title.number:
        return None
    text = first.text
    if not (4 <= len(text) <= 24 and text.isalpha() and text.islower()) or _interface(text):
        return None
    named = re.compile(rf"(?<![\w.@/]){re.escape(text)}(?![\w.@/])")
    below = "\n".join(line.text for line in page.lines if line.number > page.title.number and line.kind not in KEPT)
    return text if named.search(below) and not named.search(article) else None


_COMPOUND = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_RUNNING_HEAD = re.compile(r"[^|–—]{2,40}\s+[|–—]\s+\d{1,4}|\d{1,4}\s+[|–—]\s+[^|–—]{2,40}")


def _first_line(page: Page) -> Line | None:
    """The page's first line once what a browser puts above the site's name is passed: a skip link, a stray word of
    its markup ("menulogo"), a cookie banner, a language switch ("ES | EN", "FR · DE · IT")."""
    return next(
        (
            line
            for line in page.lines
            if line.text
            and not (
                line.reason == "a skip link"
                or " " not in line.text
                and line.text.islower()
                or _COOKIES.search(line.text)
                or re.fullmatch(r"[A-Z]{2}(?:\s*[|·/]\s*[A-Z]{2})+", line.text)
            )
        ),
        None,
    )


_COOKIES = re.compile(r"(?i)\b(?:cookies?|témoins de connexion)\b")


def _forms(text: str) -> list[tuple[str, str]]:
    """The names a masthead line may stand for, each with the word that follows it on the line: the line, or its
    head before a dash or a bar (the site's edition, region or tagline after it: "IBERIA TECH DAILY — English
    edition"), then the head's leading words, two at least ("Radio Boréale" of "Radio Boréale 97,3", its frequency
    after the name), which the furniture must name without that word."""
    head = re.split(r"\s+[—–|]\s+", text, maxsplit=1)[0]
    words = head.split()
    if len(words) > 5:
        return []
    return [(head, ""), *((" ".join(words[:n]), words[n]) for n in range(len(words) - 1, 1, -1))]


def _inside_menu(line: Line, page: Page) -> bool:
    """A short label between two other labels of a menu: a section's name, which the page may name again."""
    shown = [other for other in page.lines if other.text]
    at = next((i for i, other in enumerate(shown) if other is line), None)
    if at is None or at == 0 or at == len(shown) - 1:
        return False
    return all(
        other.kind == "navigation" and len(other.text.split()) <= 3 for other in (shown[at - 1], line, shown[at + 1])
    )
