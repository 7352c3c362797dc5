"""Plain Pelican side of the benchmark: default generators, a minimal theme, companies and people as tags.

bench/run.py runs `pelican CONTENT -o OUTPUT -s bench/pelican_plain/pelicanconf.py` with
`-e CACHE_PATH=... LOAD_CONTENT_CACHE=...` for cold and warm (content cache) builds.
"""

from pathlib import Path

SITENAME = "Digest"
SITEURL = ""
RELATIVE_URLS = True
DEFAULT_LANG = "fr"
TIMEZONE = "UTC"
THEME = str(Path(__file__).resolve().parent / "theme")
DEFAULT_PAGINATION = 20
PAGINATED_TEMPLATES = {"tag": None}
DIRECT_TEMPLATES = ["index", "tags", "archives"]
CATEGORY_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
DEFAULT_CATEGORY = "news"
ARTICLE_URL = "{lang}/entries/{slug}/"
ARTICLE_SAVE_AS = "{lang}/entries/{slug}/index.html"
ARTICLE_LANG_URL = "{lang}/entries/{slug}/"
ARTICLE_LANG_SAVE_AS = "{lang}/entries/{slug}/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
FEED_ALL_ATOM = "feeds/all.atom.xml"
TAG_FEED_ATOM = "feeds/{slug}.atom.xml"
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = False
CONTENT_CACHING_LAYER = "reader"
MARKDOWN = {"extension_configs": {"markdown.extensions.extra": {}}, "output_format": "html5"}
