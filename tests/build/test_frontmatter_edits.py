"""Front-matter edits and incremental builds: after any edit an editor makes to entries (a title, a date, the
companies or people, the story, the events, a translation or a whole entry added, removed or renamed), an
incremental `digest build` into the same output folder writes exactly what a clean build of the same content
writes. Edits go through the repo's own front-matter reader and writer (and `digest new` where an editor would
use it), on the 60-entry corpus of tests/build/builds.py; bodies stay byte-identical unless a case edits one.

Each test prints how many pages the incremental build rendered (not asserted: equivalence is the contract)."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

import synthetic  # noqa: E402 (the generator `make bench` uses too)
from builds import build, clean_build, files, generate, rendered  # noqa: E402
from pelican.settings import read_settings  # noqa: E402

from digest import cli, content  # noqa: E402
from digest.build import depends  # noqa: E402
from digest.model import (  # noqa: E402
    LANGUAGES,
    Entry,
    frontmatter,  # noqa: E402
    parse_date,
)
from digest.settings import PAGE_FAMILIES, DigestSettings  # noqa: E402
from digest.site import index  # noqa: E402

DROP = object()  # rewrite(): remove the key


# --- Reading and editing the content folder -------------------------------------------------------------------------


def entries(root: Path) -> list[Entry]:
    return sorted(content.load(root).entries, key=lambda e: str(e.path))


def groups(root: Path) -> list[list[Entry]]:
    """Every slug's versions (one file, or an original and its translation), in file order."""
    by_slug: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries(root):
        by_slug[entry.slug].append(entry)
    return list(by_slug.values())


def facts(group: list[Entry]) -> Entry:
    """The version that carries the facts on the site (index.Site.primary): the first language present."""
    return next(e for lang in LANGUAGES for e in group if e.lang == lang)


def choose(items: list, pick: int):
    assert items, "no content this edit applies to"
    return items[pick % len(items)]


def rewrite(path: Path, body: str | None = None, **changes) -> None:
    """Set (or DROP) front-matter keys by re-dumping the front matter as `digest new` and the generator write it."""
    text = path.read_text(encoding="utf-8")
    doc = frontmatter.parse(text)
    assert frontmatter.render(doc.meta, doc.body) == text, f"{path} does not round-trip: the edit would change more"
    for key, value in changes.items():
        if value is DROP:
            doc.meta.pop(key, None)
        else:
            doc.meta[key] = value
    path.write_text(frontmatter.render(doc.meta, doc.body if body is None else body), encoding="utf-8")


def set_facts(group: list[Entry], **changes) -> str:
    """Facts a translation shares with its original (date, story, entities, events) are edited in every version."""
    for entry in group:
        rewrite(entry.path, **changes)
    return f"{group[0].slug}: {', '.join(changes)}"


def free_slug(root: Path, stem: str) -> str:
    taken = {e.slug for e in entries(root)}
    return next(f"{stem}-{n}" for n in range(len(taken) + 1) if f"{stem}-{n}" not in taken)


def new(root: Path, *args: str) -> Path:
    """Run `digest new` like an editor and return the file it wrote."""
    before = set((root / "entries").rglob("*.md"))
    assert cli.main(["new", "--content", str(root), *args]) == 0
    (written,) = set((root / "entries").rglob("*.md")) - before
    return written


# --- The edits: each takes the content folder and a number choosing what to edit, and says what it did ---------------


def title(root: Path, pick: int) -> str:
    entry = choose(entries(root), pick)
    rewrite(entry.path, title=f"Quokka {pick}: {entry.title}")
    return f"title of {entry.path.name}"


def title_same_size(root: Path, pick: int) -> str:
    """One letter of the title in the other case: the file keeps its size, only its time says it changed."""
    entry = choose(entries(root), pick)
    size = entry.path.stat().st_size
    at = next(i for i, c in enumerate(entry.title) if c.isascii() and c.isalpha())
    rewrite(entry.path, title=entry.title[:at] + entry.title[at].swapcase() + entry.title[at + 1 :])
    assert entry.path.stat().st_size == size
    return f"one letter of the title of {entry.path.name}"


def title_derived(root: Path, pick: int) -> str:
    """`title_derived` toggled on the first entry of a story (one with events for pick 0): a derived title gives way
    to the sentence of the story's most reported event wherever the story is headlined."""
    site = index.build(content.load(root))
    leads = sorted((not story.events, str(site.primary(story.slugs[0]).path)) for story in site.stories.values())
    path = Path(choose(leads, pick)[1])
    derived = frontmatter.parse(path.read_text(encoding="utf-8")).meta.get("title_derived", False)
    rewrite(path, title_derived=not derived)
    return f"title_derived of {path.name}"


def summary(root: Path, pick: int) -> str:
    entry = choose(entries(root), pick)
    rewrite(entry.path, summary=f"Revised ({pick}). {entry.summary or ''}".strip())
    return f"summary of {entry.path.name}"


def source(root: Path, pick: int) -> str:
    entry = choose(entries(root), pick)
    rewrite(entry.path, source=f"Quokka Wire {pick}", source_url=f"https://quokka{pick}.example/{entry.slug}")
    return f"source of {entry.path.name}"


def title_and_body(root: Path, pick: int) -> str:
    entry = choose(entries(root), pick)
    rewrite(
        entry.path,
        body=f"{entry.body.strip()}\n\nA closing paragraph about the quokka ({pick}).",
        title=f"Quokka {pick} and body: {entry.title}",
    )
    return f"title and body of {entry.path.name}"


def _dates(root: Path) -> list[dt.date]:
    return sorted(e.date for e in entries(root) if e.date)


def date_newest(root: Path, pick: int) -> str:
    """An old entry (the oldest for pick 0) becomes the newest one."""
    group = choose(sorted(groups(root), key=lambda g: (facts(g).date or dt.date.max, g[0].slug)), pick)
    return set_facts(group, date=_dates(root)[-1] + dt.timedelta(days=1))


def date_oldest(root: Path, pick: int) -> str:
    """A recent entry (the newest for pick 0) becomes the oldest one."""
    group = choose(sorted(groups(root), key=lambda g: (-(facts(g).date or dt.date.min).toordinal(), g[0].slug)), pick)
    return set_facts(group, date=_dates(root)[0] - dt.timedelta(days=1))


def date_removed(root: Path, pick: int) -> str:
    """`date: null`: the schema allows an unknown date (the entry is listed last)."""
    return set_facts(choose([g for g in groups(root) if facts(g).date], pick), date=None)


def date_new_year_file_moved(root: Path, pick: int) -> str:
    """Another year, and the files moved to that year's folder as `digest check` asks."""
    group = choose(groups(root), pick)
    old = facts(group).date
    date = dt.date(2026 if old and old.year == 2019 else 2019, 6, 15)
    described = set_facts(group, date=date)
    (root / "entries" / str(date.year)).mkdir(exist_ok=True)
    for entry in group:
        entry.path.rename(root / "entries" / str(date.year) / entry.path.name)
    return f"{described}, files moved to {date.year}/"


def _entity_edit(key: str, kind: str, how: str):
    """companies/people: add a registry id, remove one, or reverse the list."""

    def edit(root: Path, pick: int) -> str:
        registry = sorted(content.load(root).entities(kind))
        if how == "add":
            group = choose([g for g in groups(root) if set(registry) - set(getattr(facts(g), key))], pick)
            ids = getattr(facts(group), key)
            return set_facts(group, **{key: ids + [choose([i for i in registry if i not in ids], pick)]})
        if how == "remove":
            group = choose([g for g in groups(root) if getattr(facts(g), key)], pick)
            ids = getattr(facts(group), key)
            return set_facts(group, **{key: [i for i in ids if i != choose(ids, pick)]})
        group = choose([g for g in groups(root) if len(getattr(facts(g), key)) > 1], pick)
        return set_facts(group, **{key: getattr(facts(group), key)[::-1]})

    edit.__name__ = edit.__qualname__ = f"{key}_{how}"
    return edit


def companies_in_translation_only(root: Path, pick: int) -> str:
    """The companies of a translation changed but not its original's, whose facts the site shows."""
    group = choose([g for g in groups(root) if len(g) == 2], pick)
    translation = next(e for e in group if e is not facts(group))
    rewrite(translation.path, companies=[choose(sorted(content.load(root).entities("company")), pick)])
    return f"companies of {translation.path.name} only"


def _stories(root: Path) -> list[str]:
    return sorted({e.story for e in entries(root) if e.story})


def story_join(root: Path, pick: int) -> str:
    """Into another existing story (from none, or from its own)."""
    stories = _stories(root)
    group = choose([g for g in groups(root) if set(stories) - {facts(g).story}], pick)
    return set_facts(group, story=choose([s for s in stories if s != facts(group).story], pick))


def story_leave(root: Path, pick: int) -> str:
    """Out of its story: the key removed."""
    return set_facts(choose([g for g in groups(root) if facts(g).story], pick), story=DROP)


def story_new(root: Path, pick: int) -> str:
    """Into a story no other entry has yet."""
    return set_facts(choose(groups(root), pick), story=f"quokka-story-{pick}")


def event_joins(root: Path, pick: int) -> str:
    """A `joins` event: a person named by the entry joins a company it names, from another company."""
    group = choose([g for g in groups(root) if facts(g).people and facts(g).companies], pick)
    entry = facts(group)
    company = choose(entry.companies, pick)
    others = sorted(i for i in content.load(root).entities("company") if i != company)
    event = {
        "type": "joins",
        "person": choose(entry.people, pick),
        "company": company,
        "from_company": choose(others, pick),
        "role": "chief scientist",
        "date": entry.date or dt.date(2024, 3, 1),
    }
    return set_facts(group, events=entry.events + [event])


def event_redate(root: Path, pick: int) -> str:
    """An event's date 40 days later."""
    group = choose([g for g in groups(root) if facts(g).events], pick)
    events = [dict(e) for e in facts(group).events]
    changed = choose(events, pick)
    old = parse_date(changed.get("date")) or facts(group).date or dt.date(2024, 3, 1)
    changed["date"] = old + dt.timedelta(days=40)
    return set_facts(group, events=events)


def event_copied(root: Path, pick: int) -> str:
    """An event one entry reports, reported by another entry too (a second outlet), with its person and companies."""
    reporter = choose([g for g in groups(root) if facts(g).events], pick)
    event = dict(choose(facts(reporter).events, pick))
    group = choose([g for g in groups(root) if g[0].slug != reporter[0].slug], pick)
    entry = facts(group)
    people = entry.people + [i for i in [event.get("person")] if i and i not in entry.people]
    companies = entry.companies + [
        i for i in (event.get("company"), event.get("from_company")) if i and i not in entry.companies
    ]
    return set_facts(group, events=entry.events + [event], people=people, companies=list(dict.fromkeys(companies)))


def translation_added(root: Path, pick: int) -> str:
    """`digest new --translate SLUG`, then the title, summary and body translated (the scaffold's notes removed)."""
    original = choose([g[0] for g in groups(root) if len(g) == 1], pick)
    path = new(root, "--translate", original.slug)
    doc = frontmatter.parse(path.read_text(encoding="utf-8"))
    doc.meta.update(title=f"Traduit ({pick}) : {original.title}", summary=f"Traduit. {original.summary or ''}".strip())
    path.write_text(frontmatter.render(doc.meta, f"Texte traduit.\n\n{original.body.strip()}"), encoding="utf-8")
    return f"translation {path.name}"


def translation_removed(root: Path, pick: int) -> str:
    """One file of a pair deleted: the English one for even picks, the French one (the facts' version) for odd."""
    entry = choose(choose([g for g in groups(root) if len(g) == 2], pick), pick)
    entry.path.unlink()
    return f"removed {entry.path.name}"


def entry_added(root: Path, pick: int) -> str:
    """`digest new` with the date of an existing entry (the newest for pick 0), the most-mentioned company and a
    person; every other pick in an existing story. Then the body written."""
    site = index.build(content.load(root))
    company = max(site.mentions["company"], key=lambda i: (len(site.mentions["company"][i]), i))
    args = [
        "--lang",
        "en" if pick % 2 else "fr",
        "--slug",
        free_slug(root, "quokka-summit"),
        "--date",
        choose(_dates(root)[::-1], pick).isoformat(),
        "--company",
        company,
        "--person",
        choose(sorted(content.load(root).entities("person")), pick),
        "--source",
        "Quokka Wire",
        "--source-url",
        f"https://quokka.example/{pick}",
        "--summary",
        "A summit of quokkas.",
    ]
    if pick % 2 and _stories(root):
        args += ["--story", choose(_stories(root), pick)]
    path = new(root, f"Quokka summit {pick} reshapes the lab", *args)
    doc = frontmatter.parse(path.read_text(encoding="utf-8"))
    path.write_text(
        frontmatter.render(doc.meta, "The quokkas met.\n\n## What comes next\n\nMore quokkas."), encoding="utf-8"
    )
    return f"added {path.name}"


def entry_removed(root: Path, pick: int) -> str:
    entry = choose([g[0] for g in groups(root) if len(g) == 1], pick)
    entry.path.unlink()
    return f"removed {entry.path.name}"


def entry_renamed(root: Path, pick: int) -> str:
    """A new slug in every version, and the files renamed to match."""
    group = choose(groups(root), pick)
    slug = free_slug(root, re.sub(r"-\d+$", "", group[0].slug) + "-renamed")
    for entry in group:
        rewrite(entry.path, slug=slug)
        entry.path.rename(entry.path.with_name(f"{slug}.{entry.lang}.md"))
    return f"renamed {group[0].slug} to {slug}"


def reviewed_toggled(root: Path, pick: int) -> str:
    """`reviewed` flipped: an entry held back for review leaves its pages, its story, its entities' lists, the
    feeds, the search and the timeline, and comes back when reviewed again. Even picks flip an entry of a story
    with events; odd picks the French version of a translated pair (the English one then carries the facts)."""
    if pick % 2:
        entry = facts(choose([g for g in groups(root) if len(g) == 2], pick))
    else:
        entry = choose([e for e in entries(root) if e.story and e.events], pick)
    rewrite(entry.path, reviewed=not entry.reviewed)
    return f"reviewed: {str(not entry.reviewed).lower()} in {entry.path.name}"


EDITS = [
    title,
    title_same_size,
    title_derived,
    summary,
    source,
    title_and_body,
    reviewed_toggled,
    date_newest,
    date_oldest,
    date_removed,
    date_new_year_file_moved,
    *(
        _entity_edit(key, kind, how)
        for key, kind in (("companies", "company"), ("people", "person"))
        for how in ("add", "remove")
    ),
    _entity_edit("companies", "company", "reorder"),
    companies_in_translation_only,
    story_join,
    story_leave,
    story_new,
    event_joins,
    event_redate,
    event_copied,
    translation_added,
    translation_removed,
    entry_added,
    entry_removed,
    entry_renamed,
]


# --- Comparing with a clean build -----------------------------------------------------------------------------------


def assert_like_a_clean_build(content_dir: Path, output: Path, scratch: Path, what: str) -> None:
    """The output folder holds exactly the files of a clean build of the same content, byte for byte."""
    mine, clean = files(output), clean_build(content_dir, scratch)
    differ = sorted(k for k in mine.keys() & clean.keys() if mine[k] != clean[k])
    extra, missing = sorted(mine.keys() - clean.keys()), sorted(clean.keys() - mine.keys())
    assert not (differ or extra or missing), (
        f"after {what}: pages that differ from a clean build {differ[:10]}, "
        f"left over {extra[:10]}, missing {missing[:10]}"
    )


def report(what: str, log: str) -> None:
    """The pages the incremental build rendered (printed for the record: run pytest -s to read them)."""
    total = re.search(r"digest: (\d+) pages", log).group(1)
    print(f"\n[rendered] {what}: {rendered(log)} of {total} pages")


# translation_removed: the English version, then the French one (the facts' version); reviewed_toggled: see there;
# date_new_year_file_moved 161: found by the random edit sequences, the new date moves the entry ahead of one it ties
# with in another entry's related entries while its own lists keep their entries (see test_related_dependencies)
PICKS = {"translation_removed": [0, 1], "reviewed_toggled": [0, 1], "date_new_year_file_moved": [0, 161]}


@pytest.mark.parametrize(
    "edit, pick",
    [(edit, pick) for edit in EDITS for pick in PICKS.get(edit.__name__, [0])],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_one_front_matter_edit_then_an_incremental_build_matches_a_clean_build(corpus, tmp_path, edit, pick):
    content_dir, output = corpus
    what = edit(content_dir, pick)
    log = build(content_dir, output)
    report(f"{edit.__name__} ({what})", log)
    assert_like_a_clean_build(content_dir, output, tmp_path, what)


def every_page(content_dir: Path) -> tuple[index.Site, list]:
    """The site of ``content_dir`` and the pages the built-in families make of it, with the project's settings."""
    site = index.build(content.load(content_dir))
    settings = DigestSettings.read(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(content_dir)}))
    families = [importlib.import_module(name) for name in PAGE_FAMILIES]
    return site, [page for family in families for page in family.pages(site, settings)]


@pytest.fixture(scope="module")
def unedited(tmp_path_factory) -> tuple[Path, Path, index.Site, dict]:
    """The 60-entry corpus saved aside, where each case edits its copy (the same folder each time: the site's
    entries know their paths), the site before any edit and its pages' fingerprints: (saved, content folder,
    site, fingerprints), made once for every case."""
    folder = tmp_path_factory.mktemp("unedited")
    saved, content_dir = folder / "saved", folder / "content"
    generate(saved)
    shutil.copytree(saved, content_dir)
    before, pages = every_page(content_dir)
    return saved, content_dir, before, depends.fingerprints(pages)


@pytest.mark.parametrize(
    "edit, pick",
    [(edit, pick) for edit in EDITS for pick in PICKS.get(edit.__name__, [0])],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_after_any_edit_a_page_whose_sources_read_the_same_is_made_from_the_same_context(unedited, edit, pick):
    """The built-in families name the parts of the site each page is made from (``Page.sources``), and a rebuild
    keeps the last fingerprint of a page whose sources read the same before and after the edit
    (``depends.Unchanged``): the claim holds when such a page's context fingerprints as it did."""
    saved, content_dir, before, last = unedited
    shutil.rmtree(content_dir)
    shutil.copytree(saved, content_dir)
    what = edit(content_dir, pick)
    after, pages = every_page(content_dir)
    unchanged = depends.Unchanged(
        before,
        after,
        {path: found[0] for path, found in last.items()},
        {path: found[1] for path, found in last.items()},
    )
    now = depends.fingerprints(pages)
    kept = {page.path: unchanged(page) for page in pages if unchanged(page)}
    assert len(kept) > len(pages) / 2, f"after {what}: most pages keep their fingerprint ({len(kept)} of {len(pages)})"
    wrong = sorted(path for path, found in kept.items() if found != now[path])
    assert not wrong, f"after {what}: pages whose sources read the same but whose context changed: {wrong[:10]}"


# --- Edits to the entries readers see first -------------------------------------------------------------------------


def prominent(content_dir: Path) -> dict[str, Entry]:
    """The first outlet of the newest story, the newest entry outside stories on the home page, and an entry on
    the first page of the most-mentioned company's listing (more than one page long): the versions English pages
    show."""
    site = index.build(content.load(content_dir))
    story = next(g.story for g in site.groups if g.story)
    alone = next(g for g in site.groups[:12] if not g.story)  # the home page lists 12 groups (DIGEST_HOME_STORIES)
    company, slugs = max(site.mentions["company"].items(), key=lambda item: len(item[1]))
    assert len(slugs) > 20, "the listing must have a second page"  # pelicanconf.DEFAULT_PAGINATION
    return {
        "story": site.entry(story.slugs[0], "en"),
        "home": site.entry(alone.slugs[0], "en"),
        "company": site.entry(slugs[10], "en"),
        "company first": site.primary(slugs[0]),
        "company id": company,
    }


LISTED_ON = {
    "story": "en/stories/{story}/index.html",
    "home": "en/index.html",
    "company": "en/companies/{company}/index.html",
}


@pytest.mark.parametrize("where", LISTED_ON)
def test_a_new_title_of_a_prominent_entry_shows_where_it_is_listed_like_a_clean_build(corpus, tmp_path, where):
    content_dir, output = corpus
    picked = prominent(content_dir)
    entry = picked[where]
    rewrite(entry.path, title="Quokka headline of the week")
    log = build(content_dir, output)
    report(f"title of the {where} entry {entry.path.name}", log)
    page = LISTED_ON[where].format(story=entry.story, company=picked["company id"])
    assert b"Quokka headline of the week" in (output / page).read_bytes()
    assert_like_a_clean_build(content_dir, output, tmp_path, f"a new title for {entry.path.name}")


def test_dropping_the_company_from_its_newest_entry_shifts_its_pagination_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    picked = prominent(content_dir)
    entry, company = picked["company first"], picked["company id"]
    second_page = output / f"en/companies/{company}/page/2/index.html"
    before = second_page.read_bytes()
    set_facts(
        [e for e in entries(content_dir) if e.slug == entry.slug],
        companies=[i for i in entry.companies if i != company],
    )
    log = build(content_dir, output)
    report(f"{company} dropped from {entry.path.name}", log)
    assert second_page.read_bytes() != before  # its first entry moved up to page 1
    assert_like_a_clean_build(content_dir, output, tmp_path, f"dropping {company} from {entry.path.name}")


# --- Successive edits: the cache carries a snapshot and the edits since ----------------------------------------------


def test_an_added_entry_lists_an_entry_a_later_date_edit_makes_related_like_a_clean_build(corpus, tmp_path):
    """Found by random edit sequences at d8b813d (fixed by 2269a2a): the pages of an entry added since the last
    build must keep the record of what they read, or a later edit that changes their related entries leaves them
    stale."""
    content_dir, output = corpus
    name = entry_added(content_dir, 0).split()[-1]
    build(content_dir, output)
    added = next(e for e in entries(content_dir) if e.path.name == name)
    related = index.build(content.load(content_dir)).related(added.slug)
    group = next(
        g
        for g in groups(content_dir)
        if set(facts(g).companies) & set(added.companies) and g[0].slug not in [added.slug, *related]
    )
    what = set_facts(group, date=_dates(content_dir)[-1] + dt.timedelta(days=1))  # the newest: first among equals
    assert group[0].slug in index.build(content.load(content_dir)).related(added.slug)
    report(f"after {name} was added, {what}", build(content_dir, output))
    page = output / f"{added.lang}/entries/{added.slug}/index.html"
    assert f"/entries/{group[0].slug}/".encode() in page.read_bytes()
    assert_like_a_clean_build(content_dir, output, tmp_path, f"{name} added, then {what}")


def test_six_successive_edits_each_build_matches_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    sequence = [
        (title, 3),
        (date_newest, 1),
        (story_join, 2),
        (translation_added, 0),
        (_entity_edit("companies", "company", "remove"), 4),
        (entry_renamed, 5),
    ]
    for step, (edit, pick) in enumerate(sequence, 1):
        what = edit(content_dir, pick)
        log = build(content_dir, output)
        report(f"step {step}: {edit.__name__} ({what})", log)
        assert_like_a_clean_build(content_dir, output, tmp_path / f"step{step}", f"step {step}, {what}")


def test_an_entry_held_back_edited_then_reviewed_again_each_build_matches_a_clean_build(corpus, tmp_path):
    """Held back for review, its body and title edited while it is out of the site (nothing to render), then
    reviewed: each incremental build writes what a clean build of the same content writes."""
    content_dir, output = corpus
    entry = choose([e for e in entries(content_dir) if e.story and e.events], 0)
    steps = [
        ("held back", dict(reviewed=False)),
        ("body edited while held back", dict(body="Quokkas, held.\n")),
        ("title edited while held back", dict(title="Quokka title, held")),
        ("reviewed", dict(reviewed=True)),
    ]
    for step, (what, changes) in enumerate(steps, 1):
        rewrite(entry.path, **changes)
        log = build(content_dir, output)
        report(what, log)
        if step in (2, 3):
            assert rendered(log) == 0, f"{what}: an entry held back is on no page"
        assert_like_a_clean_build(content_dir, output, tmp_path / f"step{step}", what)


def test_an_edit_to_every_entry_then_one_more_edit_each_build_matches_a_clean_build(corpus, tmp_path):
    """A key rewritten in every file (more edited entries than snapshot.REFRESH_EDITED: a new snapshot), then an edit
    on top of that snapshot."""
    content_dir, output = corpus
    for entry in entries(content_dir):
        rewrite(entry.path, summary=f"{entry.summary} Checked.")
    report("a summary edit in every entry", build(content_dir, output))
    assert_like_a_clean_build(content_dir, output, tmp_path / "every", "a summary edit in every entry")
    what = date_newest(content_dir, 2)
    report(f"then date_newest ({what})", build(content_dir, output))
    assert_like_a_clean_build(content_dir, output, tmp_path / "then", f"then {what}")


@settings(max_examples=6, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 999)), min_size=2, max_size=3))
def test_random_edit_sequences_match_a_clean_build(corpus_build, tmp_path_factory, sequence):
    folder = tmp_path_factory.mktemp("sequence")
    content_dir, output = corpus_build.restore()
    done = []
    for edit, pick in sequence:
        done.append(edit(content_dir, pick))
        build(content_dir, output)
    assert_like_a_clean_build(content_dir, output, folder, "; ".join(done))
    shutil.rmtree(folder)


def test_edits_in_lists_longer_than_the_related_pool_match_a_clean_build(tmp_path):
    """Related entries are drawn from the newest ``index.RELATED_POOL`` entries of each company and person: adding a
    person to an entry older than that leaves the pools of its companies as they were, to the newest entry changes
    them for every entry reading them, and a new date (here a day) may reorder any pool the entry is in."""
    content_dir, output = tmp_path / "content", tmp_path / "output"
    synthetic.generate(150, content_dir, seed=5, n_companies=2, n_people=10)
    site = index.build(content.load(content_dir))
    assert min(len(slugs) for slugs in site.mentions["company"].values()) > index.RELATED_POOL
    build(content_dir, output)
    by_date = sorted(groups(content_dir), key=lambda g: (facts(g).date or dt.date.min, g[0].slug))

    def add_person(group: list[Entry]) -> str:
        people = facts(group).people
        return set_facts(
            group, people=[*people, next(p for p in sorted(site.corpus.entities("person")) if p not in people)]
        )

    steps = [
        lambda: add_person(by_date[0]),
        lambda: add_person(by_date[-1]),
        lambda: set_facts(
            by_date[len(by_date) // 2], date=facts(by_date[len(by_date) // 2]).date - dt.timedelta(days=1)
        ),
        lambda: set_facts(
            by_date[len(by_date) // 3], date=facts(by_date[len(by_date) // 3]).date + dt.timedelta(days=1)
        ),
    ]
    for number, step in enumerate(steps, 1):
        what = step()
        report(f"step {number}: {what}", build(content_dir, output))
        assert_like_a_clean_build(content_dir, output, tmp_path / f"step{number}", f"step {number}, {what}")
