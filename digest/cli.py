"""The `digest` command line: one module per verb under digest/commands/."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
from pathlib import Path

COMMANDS = {
    "init": "scaffold a new digest site in a folder",
    "ingest": "normalise raw articles (.txt, .md, .html) into entries",
    "check": "validate all content without building",
    "review": "list what waits for an editor's review (reviewed: false), longest waiting first",
    "new": "scaffold an entry, or a translation of one",
    "build": "build the bilingual site into output/",
    "serve": "build, serve on localhost and rebuild on change",
    "publish": "build for production and push output/ to gh-pages",
    "eval": "score ingest against the labelled devset",
}


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line. Only the module of ``verb`` (the command being run) is imported for its options: the
    others (the build's imports Pelican) would cost every `digest ingest` most of a second."""
    parser = argparse.ArgumentParser(prog="digest", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        if importlib.util.find_spec(f"digest.commands.{name}") is None:
            continue  # a verb whose module is not installed in this checkout
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "--content", type=Path, default=Path("content"), metavar="DIR", help="content folder (default: content/)"
        )
        if verb in (None, name):
            module = importlib.import_module(f"digest.commands.{name}")
            module.add_arguments(command)
            command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command. A build run by the ``digest`` program itself (no ``argv``) ends the process as soon as it
    returns: the operating system frees its memory, where Python's own teardown of a built site of 10,000
    entries takes a quarter of a second (a build holds no open file or running thread when it returns)."""
    given = sys.argv[1:] if argv is None else argv
    verb = given[0] if given and given[0] in COMMANDS else None
    args = build_parser(verb).parse_args(argv)
    try:
        status = args.run(args) or 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        status = 130
    if argv is None and args.command == "build":
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


if __name__ == "__main__":
    sys.exit(main())
