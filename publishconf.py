"""Production settings: pelicanconf.py plus the published address (`digest publish`, `make publish`).

SITEURL comes from the environment, else from the `origin` remote (git@github.com:USER/REPO.git →
https://USER.github.io/REPO); a production build refuses a localhost address.
"""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from digest.defaults import github_pages_url  # noqa: E402
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL") or github_pages_url()  # the repository being published: the current folder
