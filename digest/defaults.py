"""The Pelican settings a digest site needs. A site's pelicanconf.py starts with ``from digest.defaults import *``
and sets its own name, address and anything else after it; a folder without pelicanconf.py builds with these.

Entries are read by digest.content (one reader, one schema), not by Pelican's article and page readers, and
digest writes its own feeds (one per language, company, person and story): Pelican's are switched off, and a
site that turns one back on is told so (docs/pelican.md).
"""

from digest.resources import theme as _theme

SITENAME = "digest"
# Absolute address, used only in feeds, the sitemap and canonical links; every page link is relative.
# A production build (publishconf.py, `digest publish`) refuses localhost.
SITEURL = "http://localhost:8000"
PATH = "content"
OUTPUT_PATH = "output"
THEME = str(_theme())
TIMEZONE = "UTC"
DEFAULT_LANG = "fr"

PLUGINS = ["digest.plugin"]

ARTICLE_PATHS = []
PAGE_PATHS = []
STATIC_PATHS = ["images"]
DIRECT_TEMPLATES = []
ARCHIVES_SAVE_AS = AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
DELETE_OUTPUT_DIRECTORY = False  # `digest build` journals its changes to the output folder: digest/site/output.py
CACHE_CONTENT = False

DEFAULT_PAGINATION = 20  # entries per company or person page; False: all on one page
FEED_MAX_ITEMS = 20
# digest's own settings (DIGEST_SEARCH, DIGEST_SEARCH_SHARD_SIZE, DIGEST_SITEMAP_URLS...), their types and defaults:
# docs/settings.md. Left out, each takes its default.


def github_pages_url(folder: str = ".") -> str:
    """The GitHub Pages address of the repository in ``folder``, from its ``origin`` remote
    (git@github.com:USER/REPO.git → https://USER.github.io/REPO); empty when it is not on GitHub."""
    import re
    import subprocess

    try:
        remote = subprocess.run(
            ["git", "-C", folder, "remote", "get-url", "origin"], capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return ""
    match = re.search(r"github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?/?$", remote)
    if not match:
        return ""
    user, repo = match.group(1).lower(), match.group(2)
    return f"https://{user}.github.io" if repo.lower() == f"{user}.github.io" else f"https://{user}.github.io/{repo}"
