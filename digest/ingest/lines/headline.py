"""The headline among the lines above the article's first paragraph, and the lines that hang on it: the
author's name beside it, the heading a related-links list ends with."""

from __future__ import annotations

import itertools
import re

from .. import prefilter
from ..documents import FORWARDED, GREETING, opens_with_greeting, submitted_title
from ..line_evidence import (
    KEY_POINTS,
    UI_WORDS,
    WORD,
    content_words,
    headline_shaped,
    is_sentence,
    stop_density,
    stoplist,
)
from ..outlets import dated_masthead
from ..paste import CONTENT, TITLE, Line, Page, is_list_item, nonblank
from .author_roles import role_under_a_name
from .filings import first_filed_item
from .neighbours import LISTED
from .own_names import masthead_over_menu, named_outlet, outlet_names
from .short_headlines import interface_share, kicker, name_shaped, short_headline
from .stacked_headline import headline_over_standfirst


def heading_after_links(page: Page, lang: str) -> None:
    """A short last line of a 'read also' list, right above a paragraph that takes up its words (other than
    the headline's), is that section's heading, not a link elsewhere."""
    shown = nonblank(page.lines)
    topic = content_words(page.title.text) if page.title else set()
    for i, line in enumerate(shown[:-1]):
        if (
            i
            and line.reason == LISTED
            and shown[i - 1].reason == LISTED
            and len(line.text.split()) <= 9
            and shown[i + 1].kind == CONTENT
            and content_words(line.text) & content_words(shown[i + 1].text) - topic
        ):
            line.kind, line.reason = CONTENT, "text between article paragraphs"


def is_body_paragraph(line: Line, lang: str) -> bool:
    """A paragraph of the article proper: long prose, not a headline or a standfirst-sized line (a headline
    may end with a quotation: « … »)."""
    return (
        line.kind == CONTENT
        and is_sentence(line.text, lang)
        and (line.text.endswith(".") or len(WORD.findall(line.text)) >= 20)
    )


def choose_headline(page: Page, lang: str, given: str | None = None) -> None:
    """The headline, among the headline-shaped lines above the article's first paragraph that are no
    furniture: the line the page's own title names (``given``: og:title or ``<title>`` of a saved page), else
    the one with a headline's length, that a byline, date line or standfirst follows, or that the page
    repeats, the earliest on a tie (section labels and site names come first but are short).
    A line there that repeats most of the headline's words is a second version of it."""
    lines = page.lines
    begin = _forwarded_start(lines, lang)
    first = next((i for i, line in enumerate(lines) if i >= begin and is_body_paragraph(line, lang)), len(lines))
    top = [line for line in lines[begin:first] if line.kind in ("", CONTENT) and line.text]
    masthead: list[Line] = []  # a newsletter's name and issue label, above its greeting
    if (greeted := _past_greeting(lines, first, lang)) is not None:
        first, story_top = greeted
        masthead = [line for line in top if not is_sentence(line.text, lang)]
        top += [line for line in story_top if line.kind in ("", CONTENT) or _opens_story(line, lines, lang)]
    owners = outlet_names(lines)  # the outlet's name at the top is its masthead, never the headline
    candidates = list(
        {
            line.text: line
            for line in reversed(top)
            if _could_be_headline(line.text, lang)
            and not named_outlet(line.text, owners)
            and not masthead_over_menu(line, lines)
            and not role_under_a_name(line, lines)
        }.values()
    )[::-1]
    if given and candidates and (named := _named_by(given, candidates)):
        above = [line for line in candidates if not is_sentence(line.text, lang)]
        _settle(page, named, top, above, "the headline: the line the page's own title (og:title, <title>) names")
        return
    if item := first_filed_item(lines):
        _settle(page, item, top, [], "the headline: the first item a securities filing reports, under its cover")
        return
    if subject := _lead_subject(top, candidates, lines[first:], lang):
        _settle(page, subject, top, [], "the headline: a short name alone above the article that its lead opens with")
        return
    stacked = headline_over_standfirst(lines, first)
    if stacked and all(len(line.text.split()) <= 4 for line in candidates):  # a masthead, a kicker
        _settle(page, stacked, top, [], "the headline: sentences over the standfirst, above the byline")
        return
    framed = _framed(lines, first)
    if candidates and all(kicker(line) for line in candidates):  # "ON THE MOVE" over "Quiet exit", its byline
        short = short_headline(lines[:first], "", owners, lang, framed)
        candidates = [] if short and all(line.number < short.number for line in candidates) else candidates
    if not candidates:
        if submitted := next((line for line in lines[:first] if submitted_title(line.text)), None):
            _settle(page, submitted, top, [], "the headline: the title an aggregator's page gives the story it links")
        elif short := short_headline(lines[:first], _lead(lines[first:], lang), owners, lang, framed):
            _settle(page, short, top, [], "the headline: a short line under the masthead, right above the article")
        return
    texts = [line.text for line in lines]
    shown = nonblank(lines)
    where = {line.number: i for i, line in enumerate(shown)}
    # Menus, breadcrumbs and labels between a line and the article's start: the headline comes after the site's
    # navigation, right above the byline, date line, standfirst or picture (a masthead, a site's tagline or a
    # ticker's headline comes above the menus).
    labels = [
        line.kind == "navigation" or (not line.kind and len(line.text.split()) <= 4 and not name_shaped(line.text))
        for line in lines[:first]
    ]
    after = list(itertools.accumulate(reversed(labels)))[::-1] + [0]
    index = {line.number: i for i, line in enumerate(lines)}

    # a newsletter's issue label ("The week in AI — Issue #87") yields to a story's headline, not to its masthead
    issue_labels = any(len(line.text.split()) >= 5 and not _ISSUE_LABEL.search(line.text) for line in candidates)

    def score(rank: int, line: Line) -> float:
        n = len(line.text.split())
        following = shown[where[line.number] + 1 : where[line.number] + 4]
        wordy = max(stop_density(line.text, "fr"), stop_density(line.text, "en")) >= 0.1
        # a row of names without a stop word or a lower-case word is a menu; a shouted line, a masthead or label.
        # A shorter row may be a title-cased headline, but the line under it is the headline, not its standfirst.
        row = n >= 5 and not wordy and not any(w[:1].islower() for w in line.text.split()[1:])
        menu = row and n >= 8
        shouted = sum(c.isupper() for c in line.text) > 0.8 * sum(c.isalpha() for c in line.text)
        # the first point under "Key points:" sums the headline up: it is no headline
        summed = where[line.number] > 0 and bool(KEY_POINTS.match(shown[where[line.number] - 1].text))
        return (
            (2 if n >= 8 else 1 if n >= 6 else 0 if n >= 5 else -1)
            - (3 if menu or shouted or summed or issue_labels and _ISSUE_LABEL.search(line.text) else 0)
            - (1 if interface_share(line.text, lang) >= 0.3 else 0)
            - (1 if NUMBERED_ITEM.match(line.text) else 0)
            + (1 if any(f.kind in ("byline", "dateline") for f in following[:2]) else 0)
            + (
                1
                if not row and any(is_sentence(f.text, lang) or len(f.text.split()) >= 12 for f in following[:1])
                else 0
            )
            + (2 if texts.count(line.text) == 2 and n >= 5 else 0)
            + (1 if _title_case(line.text) and not menu and _standfirst_under(following[:1], candidates) else 0)
            - min(0.25 * rank, 1)
            + 2 * sum(line.text in other.text for other in candidates if other is not line)
            - 2 * sum(other.text in line.text for other in candidates if other is not line)
            - 0.5 * min(after[index[line.number] + 1], 4)
        )

    best = max(enumerate(candidates), key=lambda pair: (score(*pair), -pair[0]))[1]
    above = [
        line
        for line in candidates
        if line.number < best.number
        and not is_sentence(line.text, lang)
        and (after[index[line.number] + 1] > after[index[best.number] + 1] or best not in masthead and line in masthead)
    ]  # menus or labels between them
    _settle(page, best, top, above, "the headline: a headline-shaped line above the article")


def _lead(below: list[Line], lang: str) -> str:
    """The article's first paragraphs (a standfirst may come first, and name the subject less than the lead does)."""
    return "\n".join(line.text for line in itertools.islice((b for b in below if is_body_paragraph(b, lang)), 3))


def _framed(lines: list[Line], first: int) -> bool:
    """Whether the article's first paragraph is a standfirst: a byline or a date line follows it."""
    below = next((line for line in lines[first + 1 :] if line.text), None)
    return below is not None and below.kind in ("byline", "dateline")


def _forwarded_start(lines: list[Line], lang: str) -> int:
    """Where a forwarded message starts, under its rule, when only a short note stands above it (the forwarder's,
    not the article's lead); 0 for any other paste (a reply above the message it quotes is the text)."""
    marked = next((i for i, line in enumerate(lines) if line.reason == FORWARDED), None)
    if marked is None or sum(is_body_paragraph(line, lang) for line in lines[:marked]) > 2:
        return 0
    return marked + 1


def _lead_subject(top: list[Line], candidates: list[Line], below: list[Line], lang: str) -> Line | None:
    """A two-word name alone above the article, that one of its first paragraphs opens with ("Acme Labs" over
    "Acme Labs, Inc. is an American …"), a name with its kind in brackets ("Pli (entreprise)" over "Pli est …") or one
    the lead defines ("Pli" over "Pli est une entreprise …"), while no longer headline-shaped line names it: an
    encyclopaedia's or a profile's title (a menu's row, a section label or a badge is no paragraph's subject)."""
    leads = [line.text for line in below if is_body_paragraph(line, lang)][:3]
    for line in top:
        words = content_words(line.text)
        qualified = _QUALIFIED.fullmatch(line.text) if line.text.endswith(")") else None
        name = qualified[1] if qualified else line.text
        defined = re.compile(re.escape(name) + _DEFINED) if len(name.split()) <= 4 and name[:1].isupper() else None
        if (
            (
                len(name.split()) == 2
                and name_shaped(name)
                or qualified
                and len(name.split()) <= 4
                or defined
                and any(defined.match(lead) for lead in leads)
            )
            and not line.text.endswith((".", ":", ";", ","))
            and any(re.match(re.escape(name) + r"\b", lead) for lead in leads)
            and not any(words & content_words(other.text) for other in candidates)
        ):
            return line
    return None


# An encyclopaedia's first sentence says what its title is: "Pli est une …", "Kestrel is a …", "X, né le …"
_DEFINED = (
    r"(?:\s\([^()]{2,60}\))?,?\s(?:is|was|are|were|est|était|sont|étaient)\s(?:an?|the|one|un|une|le|la|les|l['’])\b"
)
# An encyclopaedia's title: a name and, in brackets, the kind of thing it is ("Pli (entreprise)", "Mercury (planet)")
_QUALIFIED = re.compile(r"([A-ZÀ-Ý][^()]{0,60}?)\s\(([a-zà-ÿ][\w\s'’-]{2,40})\)")


def _past_greeting(lines: list[Line], first: int, lang: str) -> tuple[int, list[Line]] | None:
    """A newsletter's greeting at or above the first paragraph, and its welcome paragraph, come before the
    story: the end of the lines above the story's own first paragraph, and those lines (after the greeting)."""
    greeting = next(
        (
            i
            for i, line in enumerate(lines[: first + 1])
            if line.reason == GREETING or (i == first and opens_with_greeting(line.text))
        ),
        None,
    )
    if greeting is None:
        return None
    after = [i for i in range(greeting + 1, len(lines)) if lines[i].text]
    if greeting != first and after and is_body_paragraph(lines[after[0]], lang):
        after = after[1:]  # the welcome under the greeting ("Cette semaine, on part en forêt. …")
    if not after:
        return None
    end = next((i for i in after if is_body_paragraph(lines[i], lang)), len(lines))
    return end, [lines[i] for i in after if i < end]


def _opens_story(line: Line, lines: list[Line], lang: str) -> bool:
    """Below a greeting, a line taken for a label, a heading or a link that sits right above the story's
    byline, date line or first paragraph may still be its headline."""
    below = next((other for other in lines[lines.index(line) + 1 :] if other.text), None)
    return below is not None and (below.kind in ("byline", "dateline") or is_body_paragraph(below, lang))


def _settle(page: Page, best: Line, top: list[Line], above: list[Line], reason: str) -> None:
    """``best`` is the headline; a line below it that repeats most of its words is a second version of it, and
    the ``above`` lines (taglines, tickers) are furniture."""
    best.kind, best.reason = TITLE, reason
    page.title = best
    words = content_words(best.text)
    for line in top:
        if (
            line.number > best.number
            and headline_shaped(line.text)
            and len(content_words(line.text) & words) >= 0.5 * len(words)
        ):
            line.kind, line.reason = "duplicate", "the headline again, reworded"
        elif line in above and line.number < best.number:
            line.kind, line.reason = "navigation", "a headline-shaped line above the headline (a tagline or a ticker)"
        elif line.number < best.number and _FEED_ITEM.match(line.text):
            line.kind, line.reason = "navigation", "a news feed's item above the headline (its time, another story)"


def _named_by(given: str, candidates: list[Line]) -> Line | None:
    """The candidate that shares most of its words with the page's own title ("Headline | Site" or a shortened
    og:title name the same line), if one shares at least two thirds of the smaller set."""
    wanted = content_words(given)

    def shared(line: Line) -> float:
        words = content_words(line.text)
        return len(words & wanted) / max(min(len(words), len(wanted)), 1)

    best = max(candidates, key=shared)
    return best if wanted and shared(best) >= 2 / 3 else None


def _title_case(text: str) -> bool:
    """Every longer word capitalised, among short ones, as English headlines and releases write them ("Acme Appoints
    Former X as Chief Science Officer"); the sentence-case line under such a headline is its standfirst."""
    words = text.split()
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    # a menu's row of section names has no short word ("as", "to", "of") between its capitalised ones
    return len(long) >= 4 and all(w[:1].isupper() for w in long) and len(long) < len(words)


def _standfirst_under(following: list[Line], candidates: list[Line]) -> bool:
    """The next line is headline-shaped but in sentence case: the standfirst under a title-cased headline."""
    return bool(following) and following[0] in candidates and not _title_case(following[0].text)


def _could_be_headline(text: str, lang: str) -> bool:
    """Three to thirty words, capitalised, no final full stop; not a summary box's heading ("Ce qu'il faut retenir"),
    nor the outlet's name over the page's date, an app's menu, a row of details between dots or a feed's item."""
    return (
        len(text.split()) >= 3
        and headline_shaped(text)
        and not is_list_item(text)
        and not KEY_POINTS.match(text)
        and not dated_masthead(text, lang)  # "The Harbour Gazette 10 March 2026 17:00 GMT"
        and not _interface_row(text)
        and len(_DETAILS.split(text)) < 3  # "Jane Doe · CEO, Acme · Lyon": a card's row of details
        and not _FEED_ITEM.match(text)
    )


# A news feed's item opens with the time it was filed ("14/04 17:52 Euronext : …", "09:41 Acme shares jump"): a
# list of other stories, not the page's headline
_FEED_ITEM = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}\s+)?\d{1,2}[:h]\d{2}\s+\S")


_DETAILS = re.compile(r"\s[·•]\s")


def _interface_row(text: str) -> bool:
    """A row of an app's menu ("Home Explore Notifications Messages privés Settings"): five words or more, no
    punctuation, no small word in lower case, and two interface words or more that are no small words; a headline
    has a verb and its small words ("in", "to", "de")."""
    words = text.split()
    small = stoplist("fr") | stoplist("en")
    return (
        len(words) >= 5
        and not re.search(r"[^\w\s'’-]", text)
        and not any(w in small for w in words)
        and sum(w.lower() in UI_WORDS and w.lower() not in small for w in words) >= 2
    )


# A newsletter numbers its items ("1. The week's big move"); the item's own headline, if any, is the line under it
NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s")
# A newsletter's or periodical's issue number, on the line that labels the issue ("The week in AI — Issue #87",
# "N° 212 — Le rendez-vous des levées de fonds"), not its stories
_ISSUE_LABEL = prefilter.compile(
    r"(?:^|[—–|·•]\s*)(?i:issue|édition|edition|numéro|no\.|n°)\s*#?\d+\b"  # "N° 212 — …", "… — Issue #87"
    r"|[—–|·•]\s*#\d+\b"  # "… — #118"
    r"|\b(?i:issue|numéro|n°)\s*#?\d+\s*(?:[—–|·•]|$)"  # "The week in AI, issue 87 | Thursday"
)
