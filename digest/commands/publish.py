"""`digest publish`: build with the production settings (publishconf.py) and commit output/ to gh-pages.

Nothing is pushed unless `--push` is given.
"""

from __future__ import annotations

from ..settings import settings_file
from .build import add_output_argument, build, configure_logging, output_folder


def add_arguments(parser) -> None:
    add_output_argument(parser)
    parser.add_argument(
        "--siteurl",
        default=None,
        metavar="URL",
        help="published address (default: $SITEURL, else derived from the origin remote)",
    )
    parser.add_argument("--branch", default="gh-pages", help="branch to commit the site to (default: gh-pages)")
    parser.add_argument("--remote", default="origin", help="remote to push to (default: origin)")
    parser.add_argument("--push", action="store_true", help="push the branch after committing")
    parser.add_argument("--message", default="Publish the digest", help="commit message")


def run(args) -> int:
    from ghp_import import GhpError, ghp_import

    configure_logging()
    output = output_folder(args.output, settings_file(None, production=True))
    status = build(args.content, output, args.siteurl, production=True)
    if status:
        return status
    try:
        ghp_import(
            str(output), mesg=args.message, branch=args.branch, remote=args.remote, push=args.push, nojekyll=True
        )
    except GhpError as exc:
        print(f"publish failed: {exc}")
        return 1
    where = (
        f"pushed to {args.remote}/{args.branch}"
        if args.push
        else f"committed to {args.branch} (not pushed: add --push)"
    )
    print(f"{output} {where}")
    return 0
