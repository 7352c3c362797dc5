"""Production settings: pelicanconf.py plus the published address.

SITEURL comes from the environment, else from the `origin` remote
(git@github.com:USER/REPO.git → https://USER.github.io/REPO).
"""

import os
import re
import subprocess
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: E402,F403


def _github_pages_url() -> str:
    try:
        # the repository being published: the current folder, as for ghp-import
        remote = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""
    match = re.search(r"github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?$", remote)
    if not match:
        return ""
    user, repo = match.groups()
    return f"https://{user.lower()}.github.io" if repo.lower() == f"{user.lower()}.github.io" else f"https://{user.lower()}.github.io/{repo}"


SITEURL = os.environ.get("SITEURL") or _github_pages_url() or SITEURL  # noqa: F405
