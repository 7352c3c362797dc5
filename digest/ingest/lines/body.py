"""Passes over the article's body once the headline is known: labels among furniture, section headings,
lists of teasers and most-read headlines, readers' comments, prompts glued to a paragraph, blurbs between
widgets, repeated lines and captions that repeat the article."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ...model.text import norm
from .. import credits
from ..credit_lines import GLUED_DASHED_NAME
from ..documents import GREETING, PAGE_NUMBER
from ..entities.gazetteer import places_only
from ..line_evidence import (
    CHAPTER,
    CODE,
    KEY_POINTS,
    QUOTES,
    ROW,
    SENTENCE_END,
    WORD,
    headline_shaped,
    is_sentence,
    stoplist,
)
from ..paste import CONTENT, HEADING, INLINE, KEPT, TITLE, URL, Line, Page, is_list_item, is_subheading, nonblank
from .captions import people_with_roles
from .furniture import ATTRIBUTION, PLAYER, PROMPT
from .headline import NUMBERED_ITEM, is_body_paragraph
from .messages import QUOTED
from .prompts import imperative

_RANK = re.compile(r"^\d{1,2}[.)]?\s+[A-ZÀ-Ý]")


def menus_and_labels(lines: list[Line], lang: str) -> None:
    """Lines left unclassified: short ones between furniture are menus and labels (jusText said so);
    everything else stays article text, since dropping text is worse than keeping a label."""
    shown = [line for line in nonblank(lines) if line.kind not in INLINE]
    started = False  # once the article has begun, a widget inside it (a share bar, a prompt) is inline furniture
    for i, line in enumerate(shown):
        if line.kind:
            started = started or line.kind == CONTENT and is_sentence(line.text, lang)
            continue
        skip = ("", "widget", "social", "related", "dateline") if started else ("",)
        before = next((s.kind for s in reversed(shown[:i]) if s.kind not in skip), None)
        after = next((s.kind for s in shown[i + 1 :] if s.kind not in ("",)), None)
        short = (
            len(line.text.split()) <= 6
            and not SENTENCE_END.search(line.text)
            and not URL.search(line.text)
            and not CHAPTER.match(line.text)
        )
        # inside the article, a short line right above a paragraph heads it, whatever came before (an ad, a menu)
        heads = (
            started
            and i + 1 < len(shown)
            and shown[i + 1].kind == CONTENT
            and is_sentence(shown[i + 1].text, lang)
            and line.text[:1].isupper()
            and not re.search(r"\d", line.text)
            and not imperative(line.text)
        )
        # a summary box's heading ("Ce qu'il faut retenir", "Key points") heads the text that follows it
        heads = heads or bool(KEY_POINTS.match(line.text)) and i + 1 < len(shown) and shown[i + 1].kind in ("", CONTENT)
        if short and not heads and (before not in (*KEPT, None) or after not in KEPT):
            line.kind, line.reason = "navigation", "a short label among page furniture (menu, section or label)"
        else:
            line.kind, line.reason = CONTENT, "text between article paragraphs"


_NO_TEXT_AFTER = "a short line followed by no article text (label or teaser)"


def headings(lines: list[Line], lang: str) -> None:
    """A short line without final punctuation becomes a ``##`` heading only between article text: the next line is
    article text and the line before it (furniture aside) is too (or it opens the paste over a list)."""
    shown = [line for line in nonblank(lines) if line.kind not in INLINE]
    listed = _labelled_runs(shown)
    # the labels in capitals of the page's running headers and menus ("FEATURE | 45"): one alone is a label again
    menu_items = {
        item.strip()
        for line in shown
        if line.kind == "navigation"
        for item in ROW.split(line.text)
        if item.isupper() and len(item.split()) <= 3
    }
    for i, line in enumerate(shown):
        if (
            line.kind != CONTENT
            or i in listed
            or is_list_item(line.text)
            or not is_subheading(line.text)
            or CHAPTER.match(line.text)
            or CODE.match(line.text)
            or line.reason in QUOTED
            or ("—" in line.text or "–" in line.text)
            and GLUED_DASHED_NAME.search(line.text)  # "… funding. — Ann Lee"
        ):
            continue  # a chapter of a podcast or video ("(02:40) Why she left") is text, never a heading
        before = next((s.kind for s in reversed(shown[:i]) if s.kind in (*KEPT, TITLE)), None)
        after = shown[i + 1] if i + 1 < len(shown) else None
        if places_only(line.text, least=1 if before in (TITLE, None) else 2):  # "Stockholm" above the lead
            line.kind, line.reason = "navigation", "places alone (a location tag or the article's dateline)"
        elif i and shown[i - 1].kind == TITLE and len(line.text.split()) >= 6:
            line.reason = "the standfirst under the headline"
        elif line.text in menu_items:
            line.kind, line.reason = "navigation", "an item of the page's menu or running header, alone again"
        elif after is not None and after.kind == TITLE and NUMBERED_ITEM.match(line.text):
            line.kind, line.reason = HEADING, "a newsletter's numbered item, over its story's headline"
        elif people_with_roles(line.text):  # "A et B, cofondateurs de X"
            line.kind, line.reason = "caption", "a picture's caption: the people shown and their roles, without a verb"
        elif after and after.kind == CONTENT and (before in KEPT or not before and is_list_item(after.text)):
            line.kind, line.reason = HEADING, "a section heading between article paragraphs"
        elif after is None or after.kind not in KEPT or before is None:  # nothing above it: the section's rubric
            line.kind, line.reason = "navigation", _NO_TEXT_AFTER if before else "a rubric above the article's text"
    _teaser_runs(nonblank(lines))
    # A heading over a label, or over another (a kicker), is a label, but a newsletter's numbered item heads its deck.
    untitled = [line for line in shown if line.kind != TITLE]
    kinds = [line.kind for line in untitled] + [None]
    for i in reversed(range(len(untitled))):
        numbered = kinds[i + 1] == HEADING and NUMBERED_ITEM.match(untitled[i].text)
        if kinds[i] == HEADING and kinds[i + 1] != CONTENT and not numbered:
            reason = "a section's label over its heading (a kicker)" if kinds[i + 1] == HEADING else _NO_TEXT_AFTER
            untitled[i].kind, untitled[i].reason, kinds[i] = "navigation", reason, "navigation"
    _ranked_lists(shown)


# "2015-2017 : postdoc at …", "Formation : …", "Languages: Python, Rust": a label, a colon, what it labels
_LABELLED = re.compile(r"^[^:>]{1,30}?\s?:\s+\S")


def _labelled_runs(shown: list[Line]) -> set[int]:
    """The places in ``shown`` of lines of article text that stand in a run of three or more short labelled lines, two
    of them labelled by years: a career written without bullets, whose items are text, not headings."""
    labelled = [
        line.kind == CONTENT and bool(_LABELLED.match(line.text)) and len(line.text.split()) <= 20 for line in shown
    ]
    runs = [list(group) for _, group in itertools.groupby(range(len(shown)), key=labelled.__getitem__)]
    return {i for run in runs if labelled[run[0]] and len(run) >= 3 and _dated(shown, run) >= 2 for i in run}


# "2017-2020 :", "2021 - today:", "Depuis 2024 :": a career's years as the label
_YEARS_LABEL = re.compile(r"^(?:(?:depuis|since|from|de)\s+)?(?:19|20)\d\d\b[^:]{0,20}:", re.IGNORECASE)


def _dated(shown: list[Line], run: list[int]) -> int:
    """How many lines of a labelled run are labelled by years: a career, not an infobox or a ticker whose labels are
    names ("Founded: …", "CAC 40 : …")."""
    return sum(1 for i in run if _YEARS_LABEL.match(shown[i].text))


def briefs(page: Page, lang: str) -> None:
    """A bullet list after the article's last paragraph whose every item names someone or something the article never
    names ("• Acme raises €9M for …") gives the news of other stories in brief (a newsletter's "in brief", "other
    news"): it goes, with its heading; a box that sums the article up names what the article names."""
    shown = [line for line in nonblank(page.lines) if line.kind not in INLINE]
    paragraphs = [i for i, line in enumerate(shown) if is_body_paragraph(line, lang) and not is_list_item(line.text)]
    after = shown[paragraphs[-1] + 1 :] if paragraphs else []
    start = next((i for i, line in enumerate(after) if line.kind == CONTENT and is_list_item(line.text)), None)
    if start is None:
        return
    run = list(itertools.takewhile(lambda line: line.kind == CONTENT and is_list_item(line.text), after[start:]))
    above = after[start - 1] if start else None
    heading = above if above is not None and above.kept and is_subheading(above.text) else None
    if len(run) < 2:
        return
    # (a link glued to a paragraph, "… Lire aussi : Acme, la semaine où …", names another story)
    told = set().union(
        *(_names(_GLUED_LINK.split(line.text)[0], lang) for line in page.lines if line.kept and line not in run)
    )
    told |= set(_names(page.title.text, lang)) if page.title else set()
    # an item's subject (its first name) and most of its names are new: generic words ("Robotics", "AI") may repeat
    named = [_names(line.text, lang) for line in run]
    if all(names and names[0] not in told and 2 * len(set(names) - told) >= len(names) for names in named):
        for line in [heading, *run] if heading else run:
            line.kind, line.reason = "related", "news of other stories in brief (names the article never names)"


_GLUED_LINK = re.compile(r"(?i)\b(?:à )?(?:lire|voir|read|see) (?:aussi|également|also|more)\s*:")


def _names(text: str, lang: str) -> list[str]:
    """The capitalised words of ``text`` that are no stop word (a sentence's first word may be one: "Le fonds …")."""
    stop = stoplist(lang)
    return [w for w in WORD.findall(text) if w[:1].isupper() and len(w) > 2 and w.lower() not in stop]


def _ranked_lists(shown: list[Line]) -> None:
    """Headlines numbered one after another ("1 Chipmaker …", "2 …") are a most-read list."""
    ranked = [bool(_RANK.match(line.text)) and headline_shaped(line.text) for line in shown]
    for i, line in enumerate(shown):
        if ranked[i] and ((i and ranked[i - 1]) or (i + 1 < len(shown) and ranked[i + 1])):
            line.kind, line.reason = "related", "a numbered list of headlines (most read)"


def _teaser_runs(shown: list[Line]) -> None:
    """Headings one after the other with no paragraph between them are a list of links to other articles:
    the headline-long ones (a section heading is short)."""
    run: list[Line] = []
    for line in [*shown, None]:
        if line is not None and line.kind == HEADING:
            run.append(line)
            continue
        # a heading with its longer deck, then the paragraph they head (a newsletter's item), are no list of links
        deck = (
            len(run) == 2
            and len(run[1].text.split()) > len(run[0].text.split()) >= 3
            and line is not None
            and line.kind == CONTENT
            and line.text.endswith((".", "!", "?"))
        )
        for teaser in run if len(run) >= 2 and not deck else ():
            if len(teaser.text.split()) >= 7 and not re.match(r"\(?\d", teaser.text):  # "(02:40) …": chapters
                teaser.kind, teaser.reason = "related", "headlines one after another (links to other articles)"
        run = []


def greetings_in_the_text(lines: list[Line]) -> None:
    """A live blog's post opens under its time ("09:20", "14:05 WAT"): a greeting there is text, and so is a post
    labelled as news in full sentences ("Breaking: Ann Lee is back as CEO. The board …"); a newsletter greets its
    readers above its text, and a ticker's flash is a headline without its time above."""
    shown = nonblank(lines)
    for before, line in zip(shown, shown[1:], strict=False):
        if not _TIME_ALONE.match(before.text):
            continue
        if line.reason == GREETING:
            line.kind, line.reason = CONTENT, "a greeting under a post's time (a live blog's opening post)"
        elif line.kind == "related" and _FLASH.match(line.text) and _SENTENCES.search(line.text):
            line.kind, line.reason = CONTENT, "a post labelled as news under its time (a live blog's post)"


_TIME_ALONE = re.compile(r"^\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:[A-Z]{2,4}|UTC\s?[+-]\s?\d{1,2}))?$")
_FLASH = re.compile(
    r"(?i)^(?:breaking(?: news)?|just in|flash(?: info)?|dernière (?:minute|heure)|urgent|alerte)\s*[:|]"
)
_SENTENCES = re.compile(r"\w[.!?»”\"]\s+\S.{20,}[.!?»”\"]$|^.{60,}[.!?»”\"]$")


def glued_prompts(lines: list[Line], lang: str) -> None:
    """A paragraph following the article's text that ends with a prompt ("… Abonnez-vous pour 1 € le premier
    mois") is text: the prompt is cut, the paragraph kept. A short sentence above the prompt that speaks to the
    reader or is labelled is the prompt's own pitch ("Get the latest news delivered to your inbox.", "Webinar: …")."""
    shown = nonblank(lines)
    for before, line in zip(shown, shown[1:], strict=False):
        if line.reason != PROMPT or before.kind != CONTENT:
            continue
        sentences = re.split(r"(?<=[.!?…])\s+", line.text)
        kept = list(itertools.takewhile(lambda sentence: not credits.promotion(sentence), sentences))
        text = " ".join(kept)
        pitch = len(text.split()) < 15 and bool(_READER.search(text) or imperative(text) or _LABEL.match(text))
        # (nothing cut: the whole line is the prompt, "Vous avez aimé cet article ? Partagez-le !")
        if kept and len(kept) < len(sentences) and len(text.split()) >= 8 and not pitch:
            line.text, line.kind = " ".join(kept), CONTENT
            line.reason = "article text (a prompt glued to its end was cut)"


_READER = re.compile(r"(?i)\b(?:you|your|vous|votre|vos)\b")
_LABEL = re.compile(r"^[\w ]{2,20}?\s(?::|[-–—])\s|^[\w]{2,20}:\s")


def blurbs(lines: list[Line]) -> None:
    """A short sentence whose neighbours are both widgets, menus or related links is their blurb ("The week's
    stories, every Friday." between "Sign up to our newsletter" and its e-mail field), as jusText would judge it."""
    shown = [line for line in nonblank(lines) if line.kind not in INLINE]
    shown = _without_page_breaks(shown)
    for before, line, after in zip(shown, shown[1:], shown[2:], strict=False):
        if line.kind == CONTENT and len(line.text.split()) <= 12 and before.kind in _WIDGETS and after.kind in _WIDGETS:
            if before.reason == PLAYER or _AD_LABEL.match(before.text):
                continue  # an advertisement's label or a player's control stands between the article's paragraphs
            line.kind, line.reason = "widget", "a short text between widgets or menus (their blurb)"


_WIDGETS = ("widget", "related", "navigation", "tags")
_AD_LABEL = re.compile(r"(?i)^(?:advertisement|advertising|sponsored|ad|publicité|pub|annonce|réclame)\b")


def _without_page_breaks(shown: list[Line]) -> list[Line]:
    """``shown`` without a PDF's page numbers and its running header or footer (a line repeated next to a page
    number): what stands at a page break says nothing of the text around it."""
    numbers = {i for i, line in enumerate(shown) if PAGE_NUMBER.match(line.text)}
    if not numbers:
        return shown
    texts = Counter(line.text for line in shown)
    return [
        line
        for i, line in enumerate(shown)
        if i not in numbers and not (texts[line.text] >= 2 and {i - 1, i + 1} & numbers)
    ]


def duplicates(page: Page) -> None:
    """A line repeated verbatim (a caption under its image, a headline twice) is kept once, whatever its quotation
    marks and apostrophes (the image's text typed straight, the caption's curly)."""
    seen: set[str] = set()
    for line in page.lines:
        key = norm(line.text)
        if line.kind in KEPT and key in seen and len(key) < 300:
            line.kind, line.reason = "duplicate", "a repeated line"
        seen.add(key)


def _opens_alike(text: str, caption: str) -> bool:
    """``text`` is the caption's start, or one sentence opening with the caption's first ten words (the picture's
    description in brief, above its caption in full)."""
    return caption.startswith(text) or (
        not re.search(r"[.!?]\s", text) and norm(" ".join(text.split()[:10])) == norm(" ".join(caption.split()[:10]))
    )


def captions_echoing_the_body(lines: list[Line]) -> None:
    """A line that repeats the start of a caption next to it, or a sentence of the article (or its start),
    stands alone: it is a caption. Sentence starts are indexed once, so a long paste stays linear."""
    shown = nonblank(lines)
    for a, b in zip(shown, shown[1:], strict=False):
        if a.kept and b.kind == "caption" and len(a.text) > 25 and _opens_alike(a.text, b.text):
            a.kind, a.reason = "caption", "the text of the caption that follows (without its credit)"
    # a quotation over its speaker's attribution, or closed by its full stop, is no section heading
    quoted = {a.number for a, b in zip(shown, shown[1:], strict=False) if b.reason == ATTRIBUTION}
    kept = [line for line in lines if line.kept]
    lowered = [line.text.lower() for line in kept]
    echoes = []  # the lines that may repeat a sentence: their index, first four words and sentences
    for i, line in enumerate(kept):
        key = line.text.strip(QUOTES).rstrip(".").strip().lower()  # a pull quote drops its quotation marks
        if len(key) <= 25 or len(line.text.split()) > 30:
            continue
        following = lowered[i + 1] if i + 1 < len(kept) else ""
        # a quotation of two sentences is found in the paragraph that quotes it around its attribution
        parts = [part.strip(QUOTES + ".!?") for part in re.split(r"(?<=[.!?])\s+", key)]
        if key not in following or line.number in quoted or _QUOTED_SENTENCE.fullmatch(line.text):
            echoes.append((i, " ".join(key.split()[:4]), parts))
    # only a paragraph holding an echo's first sentence can be the one it repeats (a few echoes: a long paste
    # with many indexes every paragraph, and stays linear)
    openings = [parts[0] for _, _, parts in echoes] if len(echoes) <= 8 else [""]
    index: dict[str, list[str]] = {}
    for text in lowered if echoes else ():  # every sentence, and every quotation, by its first four words
        if any(map(text.__contains__, openings)):
            for sentence in _SENTENCE_OR_QUOTE.split(text):  # (a quotation in straight quotes starts with one)
                index.setdefault(" ".join(sentence.lstrip(QUOTES).split()[:4]), []).append(text)
    for i, four, parts in echoes:
        if any(all(part in other for part in parts) and other != lowered[i] for other in index.get(four, ())):
            # (a quotation the next paragraph opens with, or holds, is that section's heading)
            kept[i].kind, kept[i].reason = "caption", "a caption or pull quote repeating a sentence of the article"


_QUOTED_SENTENCE = re.compile(r"[\"“«]\s*[^\"“”«»]{20,}[.!?…]\s*[\"”»]")
_SENTENCE_OR_QUOTE = re.compile(r"(?<=[.!?…])\s+|[«“]\s*")


# A wire portal's label over the release's issuer: "NEWS PROVIDED BY" / "Acme, Inc.", "Communiqué diffusé par" / "Acme"
_PROVIDER_LABEL = re.compile(
    r"(?i)^(?:news |content |release )?(?:provided|distributed|issued|published) by\s*:?$"
    r"|^(?:communiqué |contenu )?(?:diffusé|fourni|publié|transmis) par\s*:?$"
)


def issuers_under_their_label(lines: list[Line]) -> None:
    """The name alone under a wire portal's label naming who provided the release is that label's value, not the
    release's text (the release names its issuer again)."""
    shown = nonblank(lines)
    for label, line in zip(shown, shown[1:], strict=False):
        if line.kind in ("", CONTENT) and len(line.text.split()) <= 6 and _PROVIDER_LABEL.match(label.text):
            line.kind, line.reason = "navigation", "the release's issuer under the portal's label"
