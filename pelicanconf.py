"""Pelican settings for the digest (local builds). `digest build` runs Pelican with this file.

Paths are relative to this file. The digest plugin reads the entries itself (once),
so Pelican's own article and page readers are pointed at nothing.
"""

import os

SITENAME = "digest"
# Absolute address, used only in feeds, the sitemap and canonical links; every page link is relative.
SITEURL = os.environ.get("SITEURL", "http://localhost:8000")
PATH = "content"
OUTPUT_PATH = "output"
THEME = "themes/digest"
TIMEZONE = "UTC"
DEFAULT_LANG = "fr"

PLUGINS = ["digest.plugin"]

# Entries are read by digest.content (one reader, one schema), not by Pelican's ArticlesGenerator.
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

DEFAULT_PAGINATION = 20  # entries per company or person page
FEED_MAX_ITEMS = 20
# digest's own settings (DIGEST_SEARCH, DIGEST_SEARCH_SHARD_SIZE, DIGEST_SITEMAP_URLS...), their types and defaults:
# docs/settings.md. Left out here, each takes its default.
