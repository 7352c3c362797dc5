"""/favicon.ico: at the site root, where browsers and crawlers ask for it whatever a page says, the theme's icon
byte for byte (16, 32 and 48 px); the same bytes at every build (test_site.py compares two whole builds)."""

from __future__ import annotations

import struct

from conftest import FIXTURE, ROOT, run_build


def test_the_site_root_has_the_themes_icon_in_three_sizes(fixture_site):
    data = (fixture_site / "favicon.ico").read_bytes()
    assert data == (ROOT / "themes/digest/static/favicon.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)  # an icon file
    sizes = sorted(data[6 + 16 * n] for n in range(count))  # each directory entry starts with its width
    assert sizes == [16, 32, 48]


def test_a_site_theme_brings_its_own_icon(tmp_path):
    theme = tmp_path / "theme"
    (theme / "static").mkdir(parents=True)
    icon = bytes([0, 0, 1, 0, 0, 0])  # an icon file with no image: ours is not what is served
    (theme / "static/favicon.ico").write_bytes(icon)
    assert run_build(FIXTURE, tmp_path / "out", THEME=str(theme)) == 0
    assert (tmp_path / "out/favicon.ico").read_bytes() == icon
