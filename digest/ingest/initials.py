"""The full name a writer's initials stand for, when the page gives it elsewhere: a photo credit or a caption that
names the same person ("P.T." signs the article, "(Photo Patrice Técher)" credits its picture)."""

from __future__ import annotations

import re
import unicodedata

from .names import initials_alone
from .paste import Page

_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|des|van|von|le|la|d['’])\s*)?[A-ZÀ-Ý][\w'’-]+){1,3}")


def _letters(text: str) -> str:
    """The capitals of ``text`` without their accents ("J.-M. P." and "Jean-Marc Payet" give "JMP")."""
    bare = unicodedata.normalize("NFD", text)
    return "".join(c for c in bare if c.isupper())


def spelled_out(authors: list[str], page: Page) -> list[str]:
    """The authors, each one signing with initials replaced by the only name of the page's credits and captions
    whose capitals they are."""
    if not any(initials_alone(author) for author in authors):
        return authors
    credited = [line.text for line in page.lines if line.kind in ("caption", "credit")]
    runs = [m.group().split() for text in credited for m in _NAME_RUN.finditer(text)]
    # "Photo Patrice Técher": the name may be any run of two words or more in a row of capitalised words
    named = {" ".join(run[i:j]) for run in runs for i in range(len(run)) for j in range(i + 2, len(run) + 1)}
    spelled = []
    for author in authors:
        matching = {name for name in named if _letters(name) == _letters(author)} if initials_alone(author) else set()
        spelled.append(matching.pop() if len(matching) == 1 else author)
    return spelled
