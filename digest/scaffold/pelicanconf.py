"""Pelican settings of this digest site (local builds): digest's defaults, then the site's own.

`digest build` and `pelican content -s pelicanconf.py` run Pelican with this file; paths are relative to it.
Every setting digest reads: docs/settings.md in digest's repository.
"""

import os

from digest.defaults import *  # noqa: F403

SITENAME = [[ sitename | pyrepr ]]
SITEURL = os.environ.get("SITEURL", "http://localhost:8000")
