"""Who wrote a page, from the lines around its article rather than its byline: a closing credit to the journalists
who helped, a writer's sign-off, a show's hosts and credits, an author box."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..registry import norm
from .bylines import _BARE_ROLE, _ROLE, outlet_shaped
from .entities.gazetteer import _countries
from .names import _NAME_SHAPE, name_only, name_shaped, names_in, names_only
from .paste import CONTENT, KEPT

if TYPE_CHECKING:
    from .paste import Page

# The closing line crediting the journalists who helped: "—With assistance from Ann Lee and Bo Chen", "Avec la
# collaboration de Jeanne Martin"
_ASSISTED = re.compile(
    r"^[(\[—–-]*\s*(?i:with (?:the )?assistance (?:from|of)|(?:with )?additional reporting (?:by|from)|"
    r"with reporting (?:by|from)|avec la collaboration de|avec l['’]aide de)\s+(?P<names>[A-ZÀ-Ý][^()\[\]]*?)[.)\]]*$"
)


def assisted(text: str) -> list[str]:
    """The journalists a closing credit names ("— With assistance from Ann Lee"), else []."""
    m = _ASSISTED.match(text.strip())
    return names_in(m.group("names")) if m and names_only(m.group("names")) else []


_SIGN_OFF = re.compile(r"^[—–-]\s*(?P<name>[^,]{3,40}?)\s*(?:,\s*(?P<what>[^,]{2,40}))?$")


def sign_off(text: str) -> str | None:
    """The writer signing off a letter or a newsletter with a writer's title or the outlet: "— Wanjiru Kamau, editor"
    ("— Ann Lee" alone may attribute a quote; a fund's partner signing its post, "— Ann Lee, Partner", is one of
    the post's actors)."""
    m = _SIGN_OFF.match(text.strip())
    if not m or not _NAME_SHAPE.fullmatch(m.group("name")) or not m.group("what"):
        return None
    what = m.group("what")
    if _BARE_ROLE.fullmatch(what):  # a job title: a writer's, or the firm's own ("General Partner")
        return m.group("name") if _ROLE.search(what) else None
    return m.group("name") if outlet_shaped(what) else None


# A letter's closing formula, alone on its line above the signature: "Yours sincerely,", "Bien cordialement,"
_VALEDICTION = re.compile(
    r"(?i)^(?:(?:very )?(?:truly|sincerely|faithfully) yours|yours(?: (?:sincerely|faithfully|truly))?|sincerely|"
    r"(?:best|kind|warm|warmest|with (?:best|kind)) (?:regards|wishes)|regards|(?:bien |très )?cordialement|"
    r"bien à (?:vous|toi|tous)|(?:bien )?amicalement|amitiés|avec mes (?:salutations|sentiments) \w+)[,.!]?$"
)


def signed(page: Page) -> str | None:
    """The writer of a letter, named alone under its closing formula ("Yours sincerely," / "Jane Doe" / "Chief
    Executive"): its author, whom the letter speaks for as "I"."""
    shown = [line for line in page.lines if line.text]
    for line, under in zip(shown, shown[1:], strict=False):
        if _VALEDICTION.match(line.text) and not under.kept and names_only(under.text):
            under.kind, under.reason = "byline", "the name signing a letter, under its closing formula"
            return under.text
    # "— Lena Voss" under the last paragraph or its closing words ("See you next week."), which quote nobody: the
    # writer signing off, no quote's speaker
    last = next((i for i in range(len(shown) - 1, -1, -1) if shown[i].kind == CONTENT), len(shown))
    for i, under in enumerate(shown[last + 1 : last + 3], last + 1):
        if under.text[:1] not in "—–-":
            continue
        dashed = _SIGN_OFF.match(under.text)
        if any(_QUOTED.search(line.text) for line in shown[last:i]):
            break
        if dashed and not dashed.group("what") and not under.kept and names_only(name := dashed.group("name")):
            under.kind, under.reason = "byline", "the writer signing off under the last paragraph"
            return name
    return None


_QUOTED = re.compile(r"[\"“”«»]")


def sign_off_outlet(text: str) -> str | None:
    """The outlet a writer's sign-off names after the name ("— Ann Lee, The Harbour Review"), led by its article."""
    m = _SIGN_OFF.match(text.strip())
    what = (m.group("what") or "") if m and sign_off(text) else ""
    return what if outlet_shaped(what) and re.match(r"(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]", what) else None


# A show's hosts named in its description: "Our hosts Ann Lee and Bo Chen ask …", "Au micro de A et B, il revient …".
_HOSTS = re.compile(
    r"\b(?:(?P<hosts>(?i:(?:our|your|with) hosts?|(?:nos|vos) (?:animat\w+|hôtes?)))"
    # credits: "Host: Ann Lee.", "Présentation : Bo Chen"
    r"|(?P<label>(?:Hosts?|Presenters?|Animation|Présentation|(?:Animat|Présentat)(?:eur|rice)s?)\s*:)"
    r"|(?P<crew>(?i:(?:is )?hosted by|présentée? par|animée? par|presented by|un épisode (?:de|d['’])|an episode by))"
    r"|(?i:au micro de))\s*"
    r"(?P<names>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}"
    r"(?:\s*(?:,|and|et|&)\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}){0,3})"
)


def hosts(text: str, crew: bool = False) -> list[str]:
    """The hosts a podcast's or a show's description names: its authors, never people of the story; "au micro de
    France Inter" names a station (a name starting with a country's). Only a show's credits line (``crew``) says
    "hosted by" or "présenté par" of its hosts: in an article's sentence they name a summit's or a gala's."""
    lower = text.lower()
    if not any(cue in lower for cue in ("host", "hôte", "anim", "présent", "present", "micro", "pisode")):
        return []
    found: list[str] = []
    sentences = re.split(r"\.(?:\s|$)", text)  # "Présenté par A. Réalisation : B."
    for m in (m for sentence in sentences if (m := _HOSTS.search(sentence))):
        if m.group("crew") and not crew:
            continue
        names = names_in(m.group("names"))
        # after "our hosts" or a credit's "Host:" any name will do; "au micro de" may name a station: known first
        # names only
        anyone = bool(m.group("hosts") or m.group("label"))
        if all(_NAME_SHAPE.fullmatch(name) if anyone else name_only(name) for name in names) and not any(
            norm(name.split()[0]) in _countries() for name in names
        ):
            found += [name for name in names if name not in found]
    return found


_BIO_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})\s+"
    r"(?:covers|writes|reports|is|est|couvre)\b"
)


def bio_author(text: str) -> str | None:
    """The author an author box is about: "Jane Doe is a senior reporter covering …" → Jane Doe."""
    m = _BIO_NAME.match(text)
    return m.group("name") if m and name_shaped(m.group("name")) else None


# (or how to reach them: "Ann Lee can be reached at ann@…", "Jeanne Martin est joignable à …")
_ABOUT = re.compile(
    r"\s+(?:est|is|was|était|a été|has|covers|couvre|writes|écrit|(?:can|may) be (?:reached|contacted)|"
    r"peut être (?:jointe?|contactée?))\b"
)


def author_bios(page: Page) -> None:
    """A line about the byline's author ("Jeanne Martin est économiste et enseigne …", "Ann Lee is a partner at …",
    "Ann Lee can be reached at …") is the author box, not the article."""
    for line in page.lines:
        if (
            line.kind in KEPT
            and len(line.text.split()) <= 40
            and any(line.text.startswith(author) and _ABOUT.match(line.text, len(author)) for author in page.authors)
        ):
            line.kind, line.reason = "byline", "about the author of the byline (an author box)"


# A newsletter's writer signing on at its top: a greeting, then their name and "here", or "it's" and their name
# ("Morning all — Owen Achterberg here.", "Bonjour à tous, ici Margaux Le Bihan.", "Hi, it's Priya Nair with this
# week's briefing.", "Bonjour, je suis Anne Martin."); their name first and "here" needs no greeting ("Priya Nair
# here, with the week's news."). A short sentence may follow on the same line ("Hi all, Priya Nair here. Busy week.").
_GREETING = (
    r"(?i:(?:good )?(?:morning|afternoon|evening)|hi|hello|hey|greetings|howdy|bonjour|bonsoir|salut|coucou)"
    r"(?i:\s+(?:again|all|everyone|everybody|folks|friends|readers|à tous|à toutes|à toutes et à tous|"
    r"tout le monde|les amis|chers lecteurs|chères lectrices))?\s*[,!—–:-]*\s*"
)
_SIGN_ON = re.compile(
    rf"^(?:{_GREETING}(?:(?i:it['’]s|this is|c['’]est|ici|i['’]m|i am|je suis)\s+(?P<after>{_NAME_SHAPE.pattern})"
    rf"|(?P<greeted>{_NAME_SHAPE.pattern})\s+(?i:here|ici)\b)|(?P<first>{_NAME_SHAPE.pattern})\s+(?i:here|ici)\s*,)"
    r"[^.!?]{0,60}[.!]?(?:\s+[A-ZÀ-Ý][^.!?]{0,60}[.!]?)?$"  # a short sentence may follow ("Lots of news this week.")
)
_SIGN_ON_WORDS = (" here", " ici", "ici ", "it's", "it’s", "this is", "c'est", "c’est", "i'm", "i’m", "i am", "je suis")
SIGN_ON = "the newsletter's writer signing on (a greeting, their name)"


def signed_on(text: str) -> str | None:
    """The writer a newsletter's sign-on names, else None."""
    lower = text.lower()
    if len(text) > 120 or not any(word in lower for word in _SIGN_ON_WORDS):
        return None
    m = _SIGN_ON.match(text)
    name = m and (m.group("after") or m.group("greeted") or m.group("first"))
    return name if name and name_shaped(name) else None
