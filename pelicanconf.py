"""Pelican settings of this repository's digest site (local builds): digest's defaults, then the site's own.

`digest build` and `pelican content -s pelicanconf.py` run Pelican with this file; paths are relative to it.
"""

import os

from digest.defaults import *  # noqa: F403

SITENAME = "digest"
SITEURL = os.environ.get("SITEURL", "http://localhost:8000")
THEME = "themes/digest"  # the theme digest ships, edited here
DEFAULT_LANG = "fr"
