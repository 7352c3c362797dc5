"""Production settings: pelicanconf.py plus the published address (`make publish`, `digest publish`).

SITEURL comes from the environment, else the address below, else the `origin` remote on GitHub
(git@github.com:USER/REPO.git → https://USER.github.io/REPO); a production build refuses a localhost address.
"""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: E402,F403

from digest.defaults import github_pages_url  # noqa: E402

SITEURL = os.environ.get("SITEURL") or [[ siteurl | pyrepr ]] or github_pages_url()
