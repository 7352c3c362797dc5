"""`digest new`: scaffold an entry, a translation of an existing one, or the editor's introduction to a week's
edition, with every front-matter key in place."""

from __future__ import annotations

import sys
from pathlib import Path

from ..entry_checks import PLACEHOLDER, TODO_TRANSLATE


def add_arguments(parser) -> None:
    parser.add_argument("title", nargs="?", help="the headline (not with --translate)")
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="language of the text (with --translate: of the translation; default the other one)",
    )
    parser.add_argument("--translate", metavar="SLUG", help="scaffold the translation of the entry with this slug")
    parser.add_argument("--date", help="YYYY-MM-DD: the event or publication date")
    parser.add_argument("--slug", help="the address (default: made from the title)")
    parser.add_argument("--source", help="the outlet credited for the text")
    parser.add_argument("--source-url", dest="source_url", help="the article's own address")
    parser.add_argument(
        "--author", action="append", default=[], metavar="NAME", help="a journalist of the byline (repeatable)"
    )
    parser.add_argument("--summary", help="one to three sentences")
    parser.add_argument("--company", action="append", default=[], metavar="ID", help="a company id (repeatable)")
    parser.add_argument("--person", action="append", default=[], metavar="ID", help="a person id (repeatable)")
    parser.add_argument("--story", metavar="ID", help="the story id shared with other entries about the same event")
    parser.add_argument(
        "--edition",
        metavar="WEEK",
        help="scaffold the editor's introduction to a week's edition, e.g. "
        "2024-W42 (in --lang, default both languages)",
    )


def _fail(message: str, fix: str) -> int:
    print(f"digest new: error: {message}\n    fix: {fix}", file=sys.stderr)
    return 1


def _comment(text: str) -> str:
    """Text kept inside an HTML comment: a '-->' in it must not end the comment early."""
    return text.replace("-->", "-- >")


def run(args) -> int:
    from .. import content, model
    from ..fs import write_atomic
    from ..ingest.titles import slugify
    from ..model import frontmatter
    from ..model.kinds import FOLDERS

    corpus = content.load(args.content)
    if args.edition:
        return _introduction(args, corpus)
    if args.translate:
        if args.title:
            return _fail(
                "give either a title or --translate, not both", f"digest new --translate {args.translate} --lang en"
            )
        found = [e for e in corpus.entries if e.slug == args.translate]
        originals = [e for e in found if e.lang != args.lang]
        if found and not originals:
            return _fail(
                f"'{args.translate}' is already in {args.lang}: a translation is in the other language",
                f"digest new --translate {args.translate}",
            )
        if not originals:
            import difflib

            close = difflib.get_close_matches(args.translate, sorted({e.slug for e in corpus.entries}), n=3)
            hint = (
                f"did you mean {' or '.join(close)}?" if close else "the slug is the file name without .fr.md / .en.md"
            )
            return _fail(f"no entry with slug '{args.translate}' in {args.content}/entries", hint)
        original = originals[0]
        lang = args.lang or next(lang for lang in model.LANGUAGES if lang != original.lang)
        meta = {
            "title": f"{TODO_TRANSLATE} {original.title}",
            "date": original.date,
            "lang": lang,
            "slug": original.slug,
            "source": original.source,
            "source_url": original.source_url,
            "authors": original.authors,
            "summary": f"{TODO_TRANSLATE} {original.summary}" if original.summary else None,
            "companies": original.companies,
            "people": original.people,
            "story": original.story,
            "tags": original.tags,
            "events": original.events,
            "reviewed": True,
        }
        note = (
            f"# Translation of {corpus.label(original.path)}: translate title, summary and body, removing "
            f"every '{TODO_TRANSLATE}'.\n"
        )
        body = (
            f"{PLACEHOLDER} translate the {original.lang} text below into {lang}, then delete this "
            f"comment.\n\n{_comment(original.body.strip())}\n-->"
        )
    else:
        if not args.title or not args.lang:
            return _fail(
                "a new entry needs a title and --lang",
                'digest new "Mistral AI lève 385 millions d\'euros" --lang fr --date 2023-12-11',
            )
        meta = {
            "title": args.title,
            "date": args.date,
            "lang": args.lang,
            "slug": args.slug or slugify(args.title),
            "source": args.source,
            "source_url": args.source_url,
            "authors": args.author,
            "summary": args.summary,
            "companies": args.company,
            "people": args.person,
            "story": args.story,
            "tags": [],
            "events": [],
            "raw": None,
            "reviewed": True,
        }
        note = ""
        body = f"{PLACEHOLDER} write the article here in Markdown (## for headings), then delete this comment. -->"
    clean, problems = model.validate(meta, model.ENTRY_KEYS, "digest new", {})
    if problems:
        for problem in problems:
            print(
                f"digest new: error: {problem.message}\n    fix: {problem.fix or 'see README, The entry format'}",
                file=sys.stderr,
            )
        return 1
    meta["date"] = clean.get("date")  # a date, written unquoted
    taken = [e for e in corpus.entries if e.key == (clean["slug"], clean["lang"])]
    folder = str(clean["date"].year) if clean.get("date") else "undated"
    target = Path(args.content) / "entries" / folder / f"{clean['slug']}.{clean['lang']}.md"
    if taken or target.exists():
        where = corpus.label(taken[0].path) if taken else str(target)
        return _fail(
            f"{where} already exists with slug '{clean['slug']}' in {clean['lang']}; nothing written",
            "edit that file, or choose another title or --slug",
        )
    text = frontmatter.render(meta, body)
    write_atomic(target, text.replace("---\n", "---\n" + note, 1))
    for kind, ids in (("company", clean.get("companies", [])), ("person", clean.get("people", []))):
        for unknown in [i for i in ids if i not in corpus.entities(kind)]:
            folder_name = FOLDERS[kind]
            print(
                f"digest new: warning: unknown {kind} '{unknown}'; create "
                f"content/{folder_name}/{unknown}.yml or fix the id (digest check lists them)",
                file=sys.stderr,
            )
    print(target)
    return 0


def _introduction(args, corpus) -> int:
    """Write content/editions/<week>.<lang>.md for each language asked that has none yet: a title to rewrite,
    an empty summary and a placeholder body, which `digest check` reports until the editor writes them."""
    from .. import introductions, model
    from ..fs import write_atomic
    from ..model import frontmatter

    if args.title or args.translate:
        return _fail(
            "--edition scaffolds an introduction: give no title and no --translate",
            f"digest new --edition {args.edition}",
        )
    week = args.edition.strip().upper()
    if introductions.monday(week) is None:
        return _fail(
            f"'{args.edition}' is not an ISO week",
            "write the year, W and the week number: digest new --edition 2024-W42",
        )
    dated = [e for e in corpus.entries if e.date and introductions.week_of(e.date) == week]
    if not dated:
        return _fail(
            f"no entry is dated in week {week}: there is no edition to introduce",
            "give a week with entries (the editions index lists them: /fr/editions/)",
        )
    written = []
    for lang in [args.lang] if args.lang else model.LANGUAGES:
        target = Path(args.content) / introductions.FOLDER / f"{week}.{lang}.md"
        if target.exists():
            print(f"digest new: {target} already exists; nothing written for {lang}", file=sys.stderr)
            continue
        headlines = sorted((e for e in dated if e.lang == lang), key=lambda e: (e.date, e.slug), reverse=True)
        meta = {"title": headlines[0].title if headlines else week, "summary": ""}
        body = f"{PLACEHOLDER} write the introduction to the week here in Markdown, then delete this comment. -->"
        write_atomic(target, frontmatter.render(meta, body))
        written.append(target)
        print(target)
    return 0 if written else 1
