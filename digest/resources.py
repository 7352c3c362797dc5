"""Where digest finds the theme it ships (templates, static files, the interface's catalogs), and what a theme
lacks when a build stops on one of its templates."""

from __future__ import annotations

import traceback
from importlib import resources
from pathlib import Path

from jinja2 import TemplateNotFound


def theme() -> Path:
    """digest's own theme. An installed wheel has it as ``digest/theme/`` (pyproject.toml ships the repository's
    ``themes/digest/`` there); a checkout has it in ``themes/digest/`` beside the package."""
    shipped = Path(str(resources.files("digest").joinpath("theme")))
    return shipped if shipped.is_dir() else Path(__file__).resolve().parent.parent / "themes" / "digest"


def theme_problem(error: Exception, folder: str | Path) -> str:
    """What a theme lacks, from the template error a build stopped on: the template that asked for a variable or
    another template digest does not give, where it asked, and how to fix it."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if not frame.filename.endswith(".py")]
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else str(folder)
    if isinstance(error, TemplateNotFound):
        lacks = f"the template {error.name!r}, which neither the theme {folder} nor digest's own theme has"
    else:
        lacks = f"a variable digest does not give its templates ({error.message})"
    return (
        f"{where}: the theme asks for {lacks}\n    fix: a theme for digest overrides some of the templates of "
        f"{theme() / 'templates'} and uses the variables they use (lang, root, site, SITENAME...); set THEME to "
        "such a folder, or leave THEME out to use digest's own theme"
    )
