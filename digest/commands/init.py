"""`digest init DIR`: scaffold a new digest site, as `pelican-quickstart` and `hugo new site` do.

It asks for the site's name, production address and GitHub repository (flags answer them; without a
terminal every unanswered one takes its default), then writes the site's settings, Makefile, GitHub Pages
workflow and an example entry from digest/scaffold/. It never overwrites a file: one that exists stops it before
anything is written.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from jinja2 import Environment, StrictUndefined

# scaffold file -> where it goes in the new site
FILES = {
    "pelicanconf.py.in": "pelicanconf.py",
    "publishconf.py.in": "publishconf.py",
    "Makefile": "Makefile",
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "pages.yml": ".github/workflows/pages.yml",
    "content/entries/exemple.fr.md": "content/entries/2023/exemple.fr.md",
    "content/companies/mistral-ai.yml": "content/companies/mistral-ai.yml",
}
EMPTY_FOLDERS = ("content/inbox", "content/raw", "content/people")
REPOSITORY = re.compile(r"[\w.-]+/[\w.-]+")


@dataclass
class Answers:
    sitename: str
    siteurl: str
    repository: str


def add_arguments(parser) -> None:
    parser.add_argument("folder", type=Path, metavar="DIR", help="the new site's folder (created if missing)")
    parser.add_argument("--name", help="the site's name (default: the folder's name)")
    parser.add_argument("--github", metavar="USER/REPO", help="the site's GitHub repository, for its Pages address")
    parser.add_argument("--siteurl", metavar="URL", help="the published address (default: from --github)")
    parser.add_argument("--yes", action="store_true", help="ask nothing: take the defaults for what no flag gives")


def pages_url(repository: str) -> str:
    user, repo = repository.split("/", 1)
    user = user.lower()
    return f"https://{user}.github.io" if repo.lower() == f"{user}.github.io" else f"https://{user}.github.io/{repo}"


def ask(question: str, default: str, interactive: bool) -> str:
    if not interactive:
        return default
    answer = input(f"{question} [{default}]: " if default else f"{question}: ").strip()
    return answer or default


def answers(args) -> Answers:
    interactive = sys.stdin.isatty() and not args.yes
    sitename = args.name or ask("Site name", Path(args.folder).resolve().name, interactive)
    repository = (
        args.github if args.github is not None else ask("GitHub repository (USER/REPO, or empty)", "", interactive)
    )
    default_url = pages_url(repository) if REPOSITORY.fullmatch(repository) else ""
    siteurl = args.siteurl if args.siteurl is not None else ask("Production address", default_url, interactive)
    return Answers(sitename, siteurl.rstrip("/"), repository)


def problems(found: Answers) -> list[str]:
    wrong = []
    if found.repository and not REPOSITORY.fullmatch(found.repository):
        wrong.append(f"the GitHub repository must be USER/REPO, not {found.repository!r}")
    if found.siteurl and not re.match(r"https?://[^/\s]+", found.siteurl):
        wrong.append(f"the production address must start with https://, not {found.siteurl!r}")
    return wrong


def render(name: str, found: Answers) -> str:
    env = Environment(
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["pyrepr"] = repr
    text = resources.files("digest").joinpath("scaffold", name).read_text(encoding="utf-8")
    return env.from_string(text).render(vars(found), version=metadata.version("digest-site"))


def run(args) -> int:
    found = answers(args)
    wrong = problems(found)
    if wrong:
        for message in wrong:
            print(f"digest init: error: {message}", file=sys.stderr)
        return 1
    folder = Path(args.folder)
    existing = [folder / target for target in FILES.values() if (folder / target).exists()]
    if existing:
        for path in existing:
            print(f"digest init: error: {path} already exists; nothing was written", file=sys.stderr)
        print("    fix: choose a new folder, or move those files away first", file=sys.stderr)
        return 1
    for name, target in FILES.items():
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(name, found), encoding="utf-8")
    for empty in EMPTY_FOLDERS:
        (folder / empty).mkdir(parents=True, exist_ok=True)
        (folder / empty / ".gitkeep").touch()
    print(f"a digest site in {folder}: cd {folder} && make build (make serve to preview it)")
    return 0
