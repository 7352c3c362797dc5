"""Entry bodies are converted by Python-Markdown with an inline step that passes over the patterns a text
cannot match (``digest.site.markup.InlineProcessor``): the HTML must be Python-Markdown's own, byte for byte."""

from __future__ import annotations

import markdown
import pytest
from conftest import FIXTURE, FIXTURES, ROOT, SAMPLE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest import content
from digest.site import markup

STOCK = markdown.Markdown(extensions=markup.EXTENSIONS, output_format="html")

# Whatever starts or ends an inline pattern, block syntax, and prose around it.
BITS = st.sampled_from(
    [
        "[",
        "]",
        "](",
        ")",
        "![",
        "[a]",
        '[a]: http://x.example/ "t"\n',
        "(http://x.example/a_b)",
        "<",
        ">",
        "<http://x.example>",
        "<me@x.example>",
        "<b>",
        "</b>",
        "<!-- c -->",
        "&",
        "&amp;",
        "&#38;",
        "*",
        "**",
        "_",
        "__",
        "`",
        "``",
        "\\",
        "\\*",
        "  \n",
        "\n",
        "\n\n",
        "\t",
        "# ",
        "- ",
        "1. ",
        "> ",
        "| a | b |\n| --- | --- |\n",
        "    ",
        " ",
        "mot",
        "l'équipe « OpenAI »",
        "Paris",
    ]
)


@pytest.mark.parametrize(
    "root", [ROOT / "content", SAMPLE, FIXTURE, FIXTURES / "trust" / "content"], ids=lambda root: root.parent.name
)
def test_real_bodies_convert_as_python_markdown_converts_them(root):
    texts = [entry.body for entry in content.load(root).entries]
    assert texts
    assert [markup.render_markdown(text) for text in texts] == [markup.render_markdown(t, STOCK) for t in texts]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BITS, max_size=40).map("".join))
@example("&amp; [a](http://x.example/) *b*")  # a match removes the only '&': the next pattern starts again at 0
@example("x  \ny <b>c</b> `d` \\_e\\_ ![i](http://x.example/i.png)")
def test_any_text_converts_as_python_markdown_converts_it(text):
    assert markup.render_markdown(text) == markup.render_markdown(text, STOCK)
