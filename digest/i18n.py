"""Interface languages: gettext catalogs under the theme, Babel for dates, numbers and plurals.

Catalogs are the `.po` files in ``themes/digest/translations/<lang>/LC_MESSAGES/messages.po``;
they are compiled in memory at build time, so no `.mo` file is committed or needed.
`python -m digest.i18n update` (`make catalogs`) extracts every string from the theme
templates and the site code, and updates both catalogs.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date as _format_date
from babel.dates import format_skeleton
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from .model import LANGUAGES
from .resources import theme

ROOT = Path(__file__).resolve().parent.parent  # the checkout, whose code `update` extracts strings from
THEME = theme()
TRANSLATIONS = THEME / "translations"
DOMAIN = "messages"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def catalog_path(lang: str, translations: Path = TRANSLATIONS) -> Path:
    return translations / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str, folder: Path = TRANSLATIONS) -> Translations:
    """The compiled catalog of ``lang`` (compiled in memory from the .po file)."""
    path = catalog_path(lang, folder)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


@lru_cache(maxsize=65536)  # a build formats the same few thousand dates and counts ~100,000 times
def format_date(value: dt.date | None, lang: str, format: str = "long") -> str:
    """A date in the page's language (never the system locale)."""
    if value is None:
        return translations(lang).gettext("date unknown")
    return _format_date(value, format=format, locale=lang)


@lru_cache(maxsize=4096)
def format_month(value, lang: str) -> str:
    """A registry bound ("2024-09", 2018, a date) in the page's language: "sept. 2024", "2018"."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if len(text) >= 7 and text[4] == "-" and text[:4].isdigit() and text[5:7].isdigit() and 1 <= int(text[5:7]) <= 12:
        return format_skeleton("yMMM", dt.date(int(text[:4]), int(text[5:7]), 1), locale=lang)
    return text


@lru_cache(maxsize=65536)
def format_number(value: int, lang: str) -> str:
    return format_decimal(value, locale=lang)


@lru_cache(maxsize=65536)
def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` written in ``lang`` ("anglais", "French")."""
    return Locale.parse(lang).languages.get(code, code)


def extract(pot: Path) -> int:
    """Write every interface string of the theme templates and the site code to ``pot``."""
    return (
        CommandLineInterface().run(
            [
                "pybabel",
                "extract",
                "-F",
                str(THEME / "babel.cfg"),
                "--no-location",
                "--sort-output",
                "--omit-header",
                "-k",
                "_",
                "-k",
                "gettext",
                "-k",
                "ngettext:1,2",
                "-k",
                "translate:2",
                "-o",
                str(pot),
                str(ROOT),
            ]
        )
        or 0
    )


def update(translations_dir: Path = TRANSLATIONS) -> int:
    """Extract strings from templates and code, then update (or create) each catalog."""
    pot = translations_dir / f"{DOMAIN}.pot"
    status = extract(pot)
    for lang in LANGUAGES:
        if status:
            break
        existing = catalog_path(lang, translations_dir).exists()
        status = (
            CommandLineInterface().run(
                [
                    "pybabel",
                    "update" if existing else "init",
                    "-i",
                    str(pot),
                    "-d",
                    str(translations_dir),
                    "-l",
                    lang,
                    "-D",
                    DOMAIN,
                    *(["--no-fuzzy-matching", "--ignore-obsolete", "--ignore-pot-creation-date"] if existing else []),
                ]
            )
            or 0
        )
    pot.unlink(missing_ok=True)
    if not status:
        print(f"catalogs updated in {translations_dir}; translate every empty msgstr, then rebuild")
    return status


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m digest.i18n update")
    sys.exit(update())
