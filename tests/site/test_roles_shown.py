"""A role the glossary cannot translate is shown on the other language's pages as the article wrote it, marked with
its language (a screen reader reads "head of post-training" in English on a French page); a glossary role is
translated and needs no mark."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import FIXTURE, edited_fixture

from digest.commands.build import build


def _sentences(page: Path) -> list[str]:
    return re.findall(r'<span class="sentence">(.*?)</span>\n', page.read_text(encoding="utf-8"))


def test_an_untranslated_role_is_marked_with_the_article_s_language(tmp_path):
    leaves = "- {type: leaves, person: sebastien-bubeck, company: microsoft, date: 2024-10-14}\n"
    content = edited_fixture(
        tmp_path,
        "2024/microsoft-bubeck-cnbc.en.md",
        leaves,
        leaves + "- {type: appointed, person: sebastien-bubeck, company: openai, role: head of post-training,"
        " date: 2024-10-15}\n"
        "- {type: appointed, person: sam-altman, company: openai, role: interim CEO, date: 2024-10-16}\n",
    )
    out = tmp_path / "output"
    assert build(content, out, "https://example.org/digest") == 0

    french = _sentences(out / "fr" / "entries" / "microsoft-bubeck-cnbc" / "index.html")
    appointed = next(s for s in french if "post-training" in s)
    assert '<span lang="en">head of post-training</span>' in appointed and "est nommé" in appointed
    assert any("PDG par intérim" in s and "lang=" not in s for s in french)  # the glossary's, translated

    english = _sentences(out / "en" / "entries" / "microsoft-bubeck-cnbc" / "index.html")
    appointed = next(s for s in english if "post-training" in s)
    assert "head of post-training" in appointed and "lang=" not in appointed  # in its own language: no mark

    person = (out / "fr" / "people" / "sebastien-bubeck" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="en">head of post-training</span>' in person


def _spans(page: Path) -> list[str]:
    """The lines of a person's career strip as a list (its text equivalent, what a screen reader reads)."""
    text = page.read_text(encoding="utf-8")
    return re.findall(r"<li>(.*?)</li>", text[text.index('<ol class="spans">') :].split("</ol>", 1)[0])


def test_untranslated_roles_on_a_career_strip_are_marked_with_their_language(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    person = content / "people" / "sebastien-bubeck.yml"
    text = person.read_text(encoding="utf-8")
    assert "role: VP GenAI research" in text and "role: researcher" in text
    person.write_text(
        text.replace("role: VP GenAI research", "role: head of GenAI research").replace(
            "role: researcher", "role: responsable de la recherche"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "output"
    assert build(content, out, "https://example.org/digest") == 0

    page = Path("people") / "sebastien-bubeck" / "index.html"
    french, english = _spans(out / "fr" / page), _spans(out / "en" / page)
    assert any('Microsoft</a>, <span lang="en">head of GenAI research</span>' in span for span in french)
    assert any("OpenAI</a>, responsable de la recherche" in span for span in french)  # the page's language
    assert any("Microsoft</a>, head of GenAI research" in span for span in english)
    assert any('OpenAI</a>, <span lang="fr">responsable de la recherche</span>' in span for span in english)
    assert not any("lang=" in span for span in french if "recherche" in span)
    assert not any("lang=" in span for span in english if "GenAI" in span)
