"""A post pasted from a social network (a LinkedIn post or article, an X or Bluesky thread, a Mastodon toot): the
platform it was made on, which is its source, and the person who posted it, named in the profile block above the
text (a name over a profile headline, a handle, a time ago or a follower count).

Whether the poster is the post's author or its subject is for the events to say: a founder who writes "I'm joining
Acme" is the person of the move, the partner of a fund who writes about a start-up it backed is its author."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..model.text import slug
from . import events
from .entities.base import NewEntity
from .lines.other_pages import poster_header
from .names import name_shaped, names_only

if TYPE_CHECKING:
    from .paste import Page

# The action bar under a post, as each platform's interface writes it (English and French), when the page does not
# name the platform: every word of one of its bars must stand among the page's furniture.
ACTION_BARS = {
    "LinkedIn": (
        frozenset({"like", "comment", "repost", "send"}),
        frozenset({"j'aime", "commenter", "republier", "envoyer"}),
    ),
    # X's page for a post keeps no button's words, but its thread's own links: "Show more replies", "Relevant people"
    "X": (
        frozenset({"reply", "repost", "like", "bookmark"}),
        frozenset({"répondre", "reposter", "j'aime", "signet"}),
        frozenset({"show more replies", "relevant people"}),
        frozenset({"afficher plus de réponses", "personnes pertinentes"}),
    ),
    # a blogging platform's post: its header bar and the follow button by the writer's name
    "Medium": (
        frozenset({"open in app", "write", "follow"}),
        frozenset({"ouvrir dans l'application", "écrire", "suivre"}),
    ),
    "Mastodon": (
        frozenset({"reply", "boost", "favourite"}),
        frozenset({"répondre", "partager", "ajouter aux favoris"}),
    ),
    "Bluesky": (frozenset({"reply", "repost", "like", "quote post"}), frozenset()),
    "Facebook": (frozenset({"like", "comment", "share"}), frozenset({"j'aime", "commenter", "partager"})),
}
# Where each platform's pages live: a page address on one of them names the platform.
HOSTS = {
    "linkedin.com": "LinkedIn",
    "x.com": "X",
    "twitter.com": "X",
    "bsky.app": "Bluesky",
    "threads.net": "Threads",
    "threads.com": "Threads",
    "facebook.com": "Facebook",
    "mastodon.social": "Mastodon",
}
NAMES = {name.lower(): name for name in (*ACTION_BARS, *HOSTS.values(), "Twitter")}

# A profile headline under the poster's name: items between bars ("Founder @ Acme | ex-Google"), a role at a company
# ("Partner at Acme", "CEO & cofondateur d'Acme"), a handle ("@jane", "@jane@mastodon.social", "@jane.bsky.social").
_PROFILE = re.compile(
    r"\s\|\s|\s@\s|^@[\w.-]+(?:@[\w.-]+)?$|"
    r"\b(?i:founder|co-?founder|fondat(?:eur|rice)|cofondat(?:eur|rice)|ceo|cto|partner|associée?|directeur|"
    r"directrice|head of|chief|engineer|ingénieure?|researcher|chercheu(?:r|se)|professor|professeure?|student|"
    r"étudiante?|investor|investisseu(?:r|se)|ex-)\b"
)
# When it was posted, as a feed writes it: "2d • Edited •", "3 h", "il y a 5 j", "1 sem. • Modifié"; how many follow
# the poster: "4 812 abonnés", "12K followers". A date line ("Published Nov 18, 2025", "Publié le 3 févr. 2026") may
# stand in the block too, but a news page's byline has one as well: it says nothing of a post alone.
_AGO = re.compile(
    r"^(?:\d+\s?(?:s|m|min|h|d|j|w|sem\.?|mo|mois|y|an|ans)\b|(?i:il y a|edited|modifié)\b)"
    r"|(?i:\b\d[\d\s,.]*\s?[kKM]?\s+(?:followers|abonnés|connections|relations)\b)"
)


def _profile_headline(text: str) -> bool:
    """A profile headline read as text ("CTO & cofondateur de Kelvin"): a role, no sentence."""
    return len(text.split()) <= 10 and not re.search(r"[.!?]$", text) and bool(_PROFILE.search(text))


_PUBLISHED = re.compile(r"^(?i:published|publié|publiée|posted)\b")
_FOLLOW = re.compile(r"^(?i:follow|suivre|s'abonner|subscribe)$")  # the button beside the poster's name
# How close the poster is in the reader's network, beside the name: "• 1st", "· 2nd", "• 3e+", "• 1er"
_DEGREE = re.compile(r"^[•·]?\s*(?:1st|2nd|3rd|1er|2e|3e)\+?$")


def read(page: Page) -> None:
    """The platform a post was made on and its poster (``page.platform``, ``page.poster``); both stay None for a page
    that is no post (a news page offering to share itself on LinkedIn names no poster above its text)."""
    shown = [line for line in page.lines if line.text]
    text_at = next((i for i, line in enumerate(shown) if line.kind == "content"), len(shown))
    for i, line in enumerate(shown[: text_at + 1]):
        handled = i + 1 < len(shown) and _HANDLE.match(shown[i + 1].text)  # a name over a handle, whatever the name
        header = poster_header(line.text)
        name = header or line.text
        if line.kept or not (header or names_only(name) or handled and name_shaped(name)):
            continue
        block = []  # the profile lines under the name (a section heading, to the classifier, when alone)
        for other in shown[i + 1 : i + 4]:
            if (other.kind == "content" and not _profile_headline(other.text)) or not any(
                p.search(other.text) for p in (_PROFILE, _AGO, _PUBLISHED, _FOLLOW, _DEGREE)
            ):
                break
            block.append(other)
        profiled = any(_PROFILE.search(other.text) or _AGO.search(other.text) for other in block)
        platform = (_named_platform(page) or _action_bar(page)) if profiled else None
        if platform:
            page.platform, page.poster = platform, name
            if line.kind != "byline":
                line.kind, line.reason = "byline", "the name of a post's poster, over their profile"
            if page.title in (line, *block):  # the profile is no headline: a post has none
                page.title = None
            for other in block:  # a date line among them ("5 min read · Nov 19, 2025") still dates the post
                if other.kind != "dateline":
                    other.kind, other.reason = "navigation", "a post's profile line (headline, handle or time)"
            _replies(shown[text_at + 1 :])
            return
    page.platform = _forum(shown[: text_at + 1]) or page.platform


# A forum's post: its community ("r/MachineLearning") and its poster's user name ("Posted by u/jdoe · 5 hr. ago"),
# in the head of the page, as Reddit writes them; its posters are pseudonyms, no authors.
_COMMUNITY = re.compile(r"^r/\w{2,}\b")
_USER = re.compile(r"(?:^|\s)u/[\w-]{3,}\b")


def _forum(head: list) -> str | None:
    """Reddit, for a post pasted with its community and its poster's user name above its text."""
    kept = [line.text for line in head if not line.kept]
    return "Reddit" if any(_COMMUNITY.match(t) for t in kept) and any(_USER.search(t) for t in kept) else None


def _replies(below: list) -> None:
    """Under a post's text, a name over a handle opens a reply; under the post's action bar ("Like  Comment  Repost"),
    a name alone opens a comment, which runs to the next name: its writer is no author of the post, its words no
    text of it."""
    for line, handle in zip(below, below[1:], strict=False):
        if not line.kept and names_only(line.text) and re.fullmatch(r"@[\w.-]+", handle.text):
            line.kind, line.reason = "comment", "a reply's writer, under the post"
            handle.kind, handle.reason = "comment", "a reply's writer's handle"
    bar = next((i for i, line in enumerate(below) if not line.kept and _is_action_bar(line.text)), None)
    writer = False
    for line in below[bar + 1 :] if bar is not None else ():
        if not line.kept and (poster_header(line.text) or names_only(line.text)):
            line.kind, line.reason, writer = "comment", "a comment's writer, under the post's action bar", True
        elif writer and line.kind in _COMMENT_KINDS:
            line.kind, line.reason = "comment", "a comment under the post"


_ALL_BAR_WORDS = frozenset(word for bars in ACTION_BARS.values() for bar in bars for word in bar)
_COMMENT_KINDS = frozenset({"content", "navigation", "heading", "widget", "byline", None})


def _is_action_bar(text: str) -> bool:
    """A row of a network's buttons ("Like  Comment  Repost  Send", "J'aime · Répondre"), every item one of them."""
    items = [item.lower().replace("’", "'").strip() for item in _ITEM.split(text) if item.strip()]
    return len(items) >= 2 and all(item in _ALL_BAR_WORDS for item in items)


def _named_platform(page: Page) -> str | None:
    """The platform the page's address names, its first line ("LinkedIn" alone), or a handle of the profile block."""
    host = (urlsplit(page.source_url or "").hostname or "").removeprefix("www.")
    if host in HOSTS:
        return HOSTS[host]
    top = [line.text for line in page.lines[:6] if line.text]
    if top and top[0].lower() in NAMES:  # the platform's own masthead, not a share button further down
        return NAMES[top[0].lower()]
    if name := next((name for text in top if (name := _handle_platform(text, top[0]))), None):
        return name
    # X's label over a reply ("Replying to @jane"), its handles being single words of at most 15 characters
    replying = (line.text for line in page.lines if not line.kept)
    return "X" if any(_REPLYING.match(text) for text in replying) else None


# A handle says where it lives: "@jane.bsky.social" on Bluesky, "@jane@mastodon.social" on a Mastodon server,
# "@jane.example.social" on the network whose name heads the page ("Example").
_HANDLE = re.compile(r"^@[\w.-]+(?:@[\w.-]+)?$")
_BLUESKY_HANDLE = re.compile(r"^@[\w-]+(?:\.[\w-]+)*\.bsky\.social$")
_FEDIVERSE_HANDLE = re.compile(r"^@[\w.-]+@[\w-]+(?:\.[\w-]+)+$")
_DOMAIN_HANDLE = re.compile(r"^@[\w-]+\.(?P<network>[\w-]+)\.[a-z]{2,12}$")
_REPLYING = re.compile(r"^(?:Replying to|En réponse à)\s+@\w{1,15}\b")


def _handle_platform(text: str, first: str) -> str | None:
    if _BLUESKY_HANDLE.match(text):
        return "Bluesky"
    if _FEDIVERSE_HANDLE.match(text):
        return "Mastodon"
    domain = _DOMAIN_HANDLE.match(text)
    named = domain and first.lower() == domain.group("network").lower() and first[:1].isupper()
    return first if named else None


_ITEM = re.compile(r"\s{2,}|\s*[·•|]\s*")


def _action_bar(page: Page) -> str | None:
    """The platform whose whole action bar stands among the page's furniture, one button a line or all in a row
    (the largest bar when several do: LinkedIn's holds Facebook's)."""
    words = {
        re.sub(r"[\s\d.,]+$", "", item.lower().replace("’", "'")).strip()
        for line in page.lines
        if line.text and not line.kept and len(line.text) <= 60
        for item in _ITEM.split(line.text)
    }
    fits = [(len(bar), name) for name, bars in ACTION_BARS.items() for bar in bars if bar and bar <= words]
    return max(fits)[1] if fits else None


def subject(page: Page, body: str, lang: str, headline: str | None, extraction, registry_) -> str | None:
    """The poster's registry id when the post tells, in the first person, a move or a founding of the poster's own
    ("I'm joining Acme", "j'ai cofondé Acme avec …"): the poster is then a person of the post (added to
    ``extraction``, with the profile headline as description), not its author. None otherwise (a board seat taken
    is no career move: a fund's partner "joining the board" of the start-up she writes about is its author)."""
    if not page.poster:
        return None
    poster = registry_.resolve(page.poster, "person") or slug(page.poster)
    told = events.extract(
        body, lang, [*extraction.people, poster], extraction.companies, None, extraction.mentions, headline, poster
    )
    if not any(ev.get("person") == poster and ev.get("role") != "board member" for ev in told):
        return None
    if poster not in extraction.people:
        extraction.people.insert(0, poster)
    if registry_.get("person", poster) is None and all(new.id != poster for new in extraction.new):
        known = registry_.record("person", poster)  # the knowledge base's record, when it has one
        if known is not None:
            new = NewEntity("person", poster, known.name, list(known.aliases), dict(known.description), page.poster)
            new.links, new.known = dict(known.links), True
        else:
            profile = _profile(page)
            new = NewEntity("person", poster, page.poster, [], {lang: profile} if profile else {}, page.poster)
        extraction.new.insert(0, new)
    return poster


def _profile(page: Page) -> str | None:
    """The profile headline under the poster's name ("Founder @ Acme | ex-Google Brain"), when it is one."""
    lines = [line for line in page.lines if line.text]
    at = next((i for i, line in enumerate(lines) if line.text == page.poster), None)
    after = lines[at + 1].text if at is not None and at + 1 < len(lines) else ""
    return after if _PROFILE.search(after) and not _AGO.search(after) and len(after) <= 160 else None
