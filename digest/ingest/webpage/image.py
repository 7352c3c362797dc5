"""The lead image a page shows (og:image, else JSON-LD's), with the caption and credit the page gives it."""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .markup import absolute, clean, name_of

_RESIZED = re.compile(r"-\d+x\d+(\.\w+)$")


# A credit at the end of a caption: "… in 2025. Image credit: X", "… (Photo : X)", "… © X".
_CAPTION_CREDIT = re.compile(
    r"(?:^|(?<=[.!?|–—-])|\()\s*(?:©\s*|(?:(?:image|photo|picture)\s+credit|credits?|crédits?(?:\s+photo)?"
    r"|photos?)\s*:\s*)(?P<credit>[^:()]{2,80}?)\)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Image:
    """The lead image: absolute address, and what the page says under it."""

    url: str
    caption: str | None = None
    credit: str | None = None


def lead_image(tree: HtmlElement, meta: dict, article: dict, base: str | None) -> Image | None:
    """The lead image (og:image, else JSON-LD image), with the caption and credit the page gives it."""
    ld_images = [
        i if isinstance(i, dict) else {"url": i}
        for i in (article.get("image") if isinstance(article.get("image"), list) else [article.get("image")])
        if i
    ]
    url = absolute(meta.get("og:image:secure_url") or meta.get("og:image") or meta.get("og:image:url"), base)
    if not url:
        url = next((found for i in ld_images if (found := absolute(i.get("url") or i.get("contentUrl"), base))), None)
    if not url:
        return None
    for described in ld_images:
        if _same_image(absolute(described.get("url") or described.get("contentUrl"), base), url) and (
            described.get("caption") or described.get("creditText")
        ):
            credit = (
                clean(described.get("creditText"))
                or name_of(described.get("copyrightHolder"))
                or name_of(described.get("author"))
            )
            return Image(url, *_credited(clean(described.get("caption")), credit))
    return Image(url, *_figure(tree, url, base))


def _same_image(a: str | None, b: str) -> bool:
    """Two addresses of one picture: the same file, whatever resizing parameters follow it (``?w=640``, or
    WordPress's ``-1200x675`` before the extension)."""
    return bool(a) and (a == b or _picture(a) == _picture(b))


def _picture(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc, _RESIZED.sub(r"\1", parts.path)


def _figure(tree: HtmlElement, url: str, base: str | None) -> tuple[str | None, str | None]:
    """Caption and credit of the ``<figure>`` holding the image; a credit is an element classed as one."""
    for img in tree.iter("img", "amp-img", "source"):
        sources = [img.get(a) for a in ("src", "data-src")] + [
            s.split()[0] for s in (img.get("srcset") or "").split(",") if s.split()
        ]
        if not any(_same_image(absolute(s, base), url) for s in sources if s):
            continue
        figure = next((a for a in img.iterancestors("figure")), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        if caption is None:
            return None, None
        caption = deepcopy(caption)  # the credit is cut out of a copy, not out of the page
        credit = None
        for element in caption.iter():
            if element is not caption and re.search(
                r"credit|copyright|author|source", element.get("class") or "", re.IGNORECASE
            ):
                credit = clean(element.text_content())
                element.drop_tree()
                break
        return _credited(clean(caption.text_content()), credit)
    return None, None


def _credited(caption: str | None, credit: str | None) -> tuple[str | None, str | None]:
    """A caption and its credit, the credit cut from the caption's end when the page wrote them as one."""
    if caption and not credit and (found := _CAPTION_CREDIT.search(caption)):
        return caption[: found.start()].rstrip(" |–—-") or None, found.group("credit")
    return caption, credit
