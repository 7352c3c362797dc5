"""`digest build`: run Pelican (with the digest plugin) on output/, undoing every change if the build fails."""

from __future__ import annotations

import gc
import logging
import sys
import time
from pathlib import Path

from jinja2 import TemplateNotFound, UndefinedError
from pelican import Pelican

from ..build.scheduler import ContentErrors
from ..resources import theme_problem
from ..search.index import SearchIndexError
from ..settings import DigestSettings, SettingsError, load, production_problem, settings_file
from ..site import output


def add_output_argument(parser) -> None:
    """``--output DIR``, shared by build, serve and publish."""
    parser.add_argument("--output", type=Path, default=None, metavar="DIR", help="output folder (default: output/)")


def add_arguments(parser) -> None:
    add_output_argument(parser)
    parser.add_argument(
        "--siteurl",
        default=None,
        metavar="URL",
        help="absolute address of the published site, for feeds, sitemap and canonical links",
    )
    parser.add_argument(
        "--settings",
        type=Path,
        default=None,
        metavar="FILE",
        help="Pelican settings file (default: pelicanconf.py here, else digest's defaults)",
    )


def output_folder(out: Path | None, config: Path | None) -> Path:
    """``out``, else the settings' OUTPUT_PATH."""
    return (out or Path(load(config, {"PATH": "."})["OUTPUT_PATH"])).resolve()  # PATH: any folder that exists


def build(
    content: Path,
    out: Path | None = None,
    siteurl: str | None = None,
    settings: Path | None = None,
    production: bool = False,
    **overrides,
) -> int:
    """Build the site; on any failure the previous output folder is left untouched. Returns an exit status."""
    start = time.perf_counter()
    config = settings_file(settings, production)
    final = output_folder(out, config)
    override = {"PATH": str(Path(content).resolve()), "OUTPUT_PATH": str(final), **overrides}
    if siteurl is not None:
        override["SITEURL"] = siteurl.rstrip("/")
    pelican_settings = load(config, override, production)
    try:
        DigestSettings.read(pelican_settings, config)  # read again by the plugin: here, before anything is written
        if production and (problem := production_problem(pelican_settings, config)):
            raise SettingsError([problem])
    except SettingsError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"build stopped: {len(exc.problems)} problem(s) in the settings; {final} was not touched", file=sys.stderr
        )
        return 1
    output.begin(final, snapshot=(pelican_settings["THEME_STATIC_DIR"],))
    try:
        Pelican(pelican_settings).run()
    except ContentErrors as exc:
        output.rollback(final)
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"build stopped: {len(exc.problems)} problem(s) in {content}; {final} was not touched", file=sys.stderr)
        return 1
    except SearchIndexError as exc:
        output.rollback(final)
        print(f"build failed: {exc}; {final} is as it was before this build", file=sys.stderr)
        return 1
    except (TemplateNotFound, UndefinedError) as exc:
        output.rollback(final)
        print(theme_problem(exc, pelican_settings["THEME"]), file=sys.stderr)
        print(f"build stopped: the theme lacks what digest's pages need; {final} was not touched", file=sys.stderr)
        return 1
    except BaseException:
        output.rollback(final)
        raise
    finally:
        gc.unfreeze()  # the cache and the corpus are frozen while in use; `digest serve` builds again in this process
    output.commit(final)
    print(f"built {final} in {time.perf_counter() - start:.2f} s")
    return 0


def configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.getLogger("digest").setLevel(logging.INFO)


def run(args) -> int:
    configure_logging()
    return build(args.content, args.output, args.siteurl, args.settings)
