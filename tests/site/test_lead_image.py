"""An entry's lead image (`image`, `image_caption`, `image_credit`) on its page: shown with its caption and credit,
offered to link previews, and allowed by the page's content security policy only where there is one."""

from __future__ import annotations

import html
import re

from conftest import edited_fixture

from digest.commands.build import build

IMAGE = "https://cdn.example.fr/2024/10/bubeck.jpg?w=1200&h=630"


def test_an_entry_s_lead_image_is_shown_credited_and_allowed_only_on_its_page(tmp_path):
    content = edited_fixture(
        tmp_path,
        "2024/bubeck-quitte-microsoft.en.md",
        "reviewed: true\n",
        f"reviewed: true\nimage: {IMAGE}\n"
        "image_caption: Sébastien Bubeck <in> 2023.\nimage_credit: Jeanne Martin / AFP\n",
    )
    out = tmp_path / "output"
    assert build(content, out, "https://example.org/digest") == 0

    page = (out / "en" / "entries" / "bubeck-quitte-microsoft" / "index.html").read_text(encoding="utf-8")
    figure = re.search(r'<figure class="lead-image">(.*?)</figure>', page, re.S).group(1)
    assert f'src="{html.escape(IMAGE)}"' in figure and 'alt="Sébastien Bubeck &lt;in&gt; 2023."' in figure
    assert '<span class="credit">Jeanne Martin / AFP</span>' in figure
    assert f'<meta property="og:image" content="{html.escape(IMAGE)}">' in page
    assert "img-src 'self' data: https:;" in page

    other = (out / "en" / "entries" / "microsoft-bubeck-cnbc" / "index.html").read_text(encoding="utf-8")
    assert "lead-image" not in other and "img-src 'self' data:;" in other
    assert 'content="https://example.org/digest/theme/share.png"' in other
