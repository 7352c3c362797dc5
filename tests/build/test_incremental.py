"""Incremental builds: what did not change is not parsed, rendered or written again, and the
output is byte for byte the output of a clean build. Runs `digest build` on a small corpus
from tests/synthetic.py (the same generator as the 10,000-entry benchmark)."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import synthetic  # (the generator `make bench` uses too)
from builds import ROOT, build, clean_build, command, files, identities, rendered

from digest import content
from digest.build import snapshot
from digest.settings import DigestSettings
from digest.site import output as output_module


def untranslated_entry(content_dir: Path) -> Path:
    corpus = content.load(content_dir)
    slugs = [e.slug for e in corpus.entries]
    return next(e.path for e in corpus.entries if slugs.count(e.slug) == 1)


def test_rebuild_without_changes_renders_and_writes_nothing(corpus):
    content_dir, output = corpus
    before = identities(output)
    log = build(content_dir, output)
    assert rendered(log) == 0, log[-400:]
    assert identities(output) == before


def test_editing_one_body_rewrites_only_that_entrys_pages_and_matches_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    slug = path.name.split(".")[0]
    before = identities(output)
    path.write_text(
        path.read_text(encoding="utf-8") + "\nA new closing paragraph about zanzibarite.\n", encoding="utf-8"
    )
    log = build(content_dir, output)
    after = identities(output)
    changed = sorted(k for k in after if before.get(k) != after[k])
    # Both languages show the only version of this entry; nothing else mentions its body.
    assert changed == [f"en/entries/{slug}/index.html", f"fr/entries/{slug}/index.html"]
    assert rendered(log) == 2, log[-400:]
    assert "zanzibarite" in (output / f"en/entries/{slug}/index.html").read_text(encoding="utf-8")
    assert files(output) == clean_build(content_dir, tmp_path)


def test_editing_a_title_updates_every_page_that_lists_it_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"^title: .*$", "title: Quokka summit reshapes the lab", text, count=1, flags=re.M), encoding="utf-8"
    )
    before = identities(output)
    log = build(content_dir, output)
    after = identities(output)
    pages_with_title = {k for k, v in files(output).items() if b"Quokka summit" in v}
    assert len(pages_with_title) > 2  # the entry in both languages, and the lists that show it
    # Only the pages that show the title are written, and few others are rendered (those that read the entry
    # without showing its title: a story's headline chosen among its entries, say).
    assert {k for k in after if before.get(k) != after[k]} == pages_with_title
    assert rendered(log) <= 2 * len(pages_with_title), log[-400:]
    assert files(output) == clean_build(content_dir, tmp_path)


def test_a_new_date_leaves_the_sitemap_as_it_was_and_matches_a_clean_build(corpus, tmp_path):
    """The sitemap lists pages in URL order: an entry moved among the others by its date changes no line of it, so
    it is not rendered again (at 10,000 entries, 27,000 URLs: a quarter of a second). The new date is another
    entry's, so that no week's edition or year's timeline page is added (that would add URLs)."""
    content_dir, output = corpus
    sitemap = output / "sitemap.xml"
    before = (sitemap.stat().st_ino, sitemap.stat().st_mtime_ns)
    path = untranslated_entry(content_dir)
    own = next(e.date for e in content.load(content_dir).entries if e.path == path)
    other = max(e.date for e in content.load(content_dir).entries if e.date and e.date != own)
    path.write_text(
        re.sub(r"(?m)^date: .*$", f"date: '{other.isoformat()}'", path.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )
    log = build(content_dir, output)
    assert restored(log)
    assert (sitemap.stat().st_ino, sitemap.stat().st_mtime_ns) == before
    assert files(output) == clean_build(content_dir, tmp_path)


def test_an_entry_added_rewrites_the_one_part_of_a_large_sitemap_that_lists_it(corpus, tmp_path):
    """A large sitemap is split into parts by a hash of each URL: an entry added changes the part listing its page,
    and neither the others nor the index (at 10,000 entries one file of 27,000 URLs took 0.25 s to render)."""
    content_dir, output = corpus
    settings = tmp_path / "conf.py"
    settings.write_text("from pelicanconf import *\nDIGEST_SITEMAP_URLS = 60\n", encoding="utf-8")

    def build_with_parts() -> None:
        result = command("build", "--content", str(content_dir), "--output", str(output), "--settings", str(settings))
        assert result.returncode == 0, result.stderr[-1500:]

    build_with_parts()
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.glob("sitemap*.xml")}
    assert len(before) > 3  # an index and its parts
    source = untranslated_entry(content_dir)
    text = re.sub(r"(?m)^slug: .*$", "slug: an-added-entry", source.read_text(encoding="utf-8"), count=1)
    (source.parent / f"an-added-entry.{source.name.split('.')[-2]}.md").write_text(text, encoding="utf-8")
    build_with_parts()
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.glob("sitemap*.xml")}
    assert after.keys() == before.keys()
    (changed,) = [name for name in after if after[name] != before[name]]
    assert "/entries/an-added-entry/</loc>" in (output / changed).read_text(encoding="utf-8")


def test_removing_an_entry_removes_its_pages_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    slug = path.name.split(".")[0]
    path.unlink()
    log = build(content_dir, output)
    assert restored(log) and "2 removed" in log, log[-400:]  # its two pages, without walking the output folder
    assert not (output / f"fr/entries/{slug}").exists()
    assert files(output) == clean_build(content_dir, tmp_path)


def test_a_corrupt_or_foreign_cache_means_a_full_rebuild_not_a_failure(corpus, tmp_path):
    content_dir, output = corpus
    cache_dir = DigestSettings.read({"PATH": str(content_dir)}).cache
    (cache_dir / "parsed.pickle").write_bytes(b"\x80\x05not a pickle at all")
    (cache_dir / "html.pickle").write_bytes((cache_dir / "html.pickle").read_bytes()[:100])  # truncated
    (cache_dir / "site.pickle").write_bytes((cache_dir / "site.pickle").read_bytes()[:-100])
    with open(cache_dir / "state.pickle", "wb") as handle:  # written by another digest version
        pickle.dump({"version": "another", "saved_at": 0, "items": {}}, handle)
    log = build(content_dir, output)
    assert "unreadable" in log
    assert rendered(log) > 0
    assert files(output) == clean_build(content_dir, tmp_path)
    assert rendered(build(content_dir, output)) == 0  # and the rebuilt cache works again


def test_changing_the_theme_renders_every_page(corpus, tmp_path):
    content_dir, output = corpus
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes" / "digest", theme)
    settings = tmp_path / "conf.py"
    settings.write_text(f"from pelicanconf import *\nTHEME = {str(theme)!r}\n", encoding="utf-8")
    base = (theme / "templates" / "base.html").read_text(encoding="utf-8")
    (theme / "templates" / "base.html").write_text(
        base.replace("</body>", "<!-- footer v2 --></body>"), encoding="utf-8"
    )
    result = command("build", "--content", str(content_dir), "--output", str(output), "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    assert "settings or theme changed" in result.stdout + result.stderr
    assert b"footer v2" in (output / "en" / "index.html").read_bytes()


def test_a_theme_template_reading_more_of_the_site_is_rendered_again_after_any_front_matter_edit(corpus, tmp_path):
    """Pages record what their templates read through the site's tracked methods; a template of the user's theme
    reading anything else (here the newest slug) makes its page depend on every edit, never stale."""
    content_dir, output = corpus
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes" / "digest", theme)
    timeline = theme / "templates" / "timeline.html"
    timeline.write_text(
        timeline.read_text(encoding="utf-8").replace(
            "{% block main %}", '{% block main %}<p class="newest">{{ site.slugs[0] }}</p>', 1
        ),
        encoding="utf-8",
    )
    settings = tmp_path / "conf.py"
    settings.write_text(f"from pelicanconf import *\nTHEME = {str(theme)!r}\n", encoding="utf-8")

    def build_with_theme(content: Path, out: Path) -> str:
        result = command("build", "--content", str(content), "--output", str(out), "--settings", str(settings))
        assert result.returncode == 0, result.stderr
        return result.stdout + result.stderr

    build_with_theme(content_dir, output)
    path = untranslated_entry(content_dir)
    slug = path.name.split(".")[0]
    assert f'class="newest">{slug}<'.encode() not in (output / "en/timeline/index.html").read_bytes()
    path.write_text(
        re.sub(r"^date: .*$", "date: '2026-11-01'", path.read_text(encoding="utf-8"), count=1, flags=re.M),
        encoding="utf-8",
    )
    log = build_with_theme(content_dir, output)
    assert restored(log) and rendered(log) < 100, log[-400:]
    assert f'class="newest">{slug}<'.encode() in (output / "en/timeline/index.html").read_bytes()
    fresh = tmp_path / "fresh"
    shutil.copytree(content_dir, fresh / "content")
    build_with_theme(fresh / "content", fresh / "output")
    assert files(output) == files(fresh / "output")


def test_a_page_family_copying_titles_into_its_contexts_is_rendered_again_after_a_title_edit(corpus, tmp_path):
    """The built-in families make contexts from the site's indexes alone (``CONTEXTS_FROM_INDEX``): a title edit
    re-renders only the pages that hold or read the entry. A user's family that does not say so (here it copies
    every title into its context) has its pages compared again after any front-matter edit, never stale."""
    content_dir, output = corpus
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "titles_family.py").write_text(
        "from digest.site.render import Page\n\n\n"
        "def pages(site, settings):\n"
        "    titles = sorted(site.primary(slug).title for slug in site.slugs)\n"
        "    yield Page('en/titles/', 'titles.html', {'titles': titles}, 'en')\n",
        encoding="utf-8",
    )
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "themes" / "digest", theme)
    (theme / "templates" / "titles.html").write_text(
        "{% for title in titles %}<p>{{ title }}</p>{% endfor %}\n", encoding="utf-8"
    )
    settings = tmp_path / "conf.py"
    settings.write_text(
        "from pelicanconf import *\nfrom digest.settings import PAGE_FAMILIES\n"
        f"THEME = {str(theme)!r}\nDIGEST_PAGE_FAMILIES = PAGE_FAMILIES + ['titles_family']\n",
        encoding="utf-8",
    )

    def build_with_family(content: Path, out: Path) -> str:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "digest",
                "build",
                "--content",
                str(content),
                "--output",
                str(out),
                "--settings",
                str(settings),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": f"{ROOT}:{plugins}"},
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout + result.stderr

    build_with_family(content_dir, output)
    path = untranslated_entry(content_dir)
    path.write_text(
        re.sub(r"^title: .*$", "title: Wombat accord", path.read_text(encoding="utf-8"), count=1, flags=re.M),
        encoding="utf-8",
    )
    log = build_with_family(content_dir, output)
    assert restored(log), log[-400:]
    assert b"<p>Wombat accord</p>" in (output / "en/titles/index.html").read_bytes()
    fresh = tmp_path / "fresh"
    shutil.copytree(content_dir, fresh / "content")
    build_with_family(fresh / "content", fresh / "output")
    assert files(output) == files(fresh / "output")


# --- Rebuilds from the last build's indexed site (digest.build.snapshot) ----------------------------------------------


def restored(log: str) -> bool:
    """The build started from the last build's site instead of loading, checking and indexing the corpus."""
    return "as the last build left them" in log


def build_status(content_dir: Path, output: Path) -> subprocess.CompletedProcess:
    return command("build", "--content", str(content_dir), "--output", str(output))


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_successive_body_edits_start_from_the_last_site_and_match_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    first, second = [e.path for e in content.load(content_dir).entries][:2]
    assert restored(build(content_dir, output))  # no change at all
    append(first, "\nA paragraph about the aardwolf.\n")
    log = build(content_dir, output)
    assert restored(log) and "1 edited" in log, log[-600:]
    append(second, "\nA paragraph about the binturong.\n")
    log = build(content_dir, output)
    assert restored(log) and "1 edited" in log, log[-600:]
    pages = files(output)
    assert any(b"aardwolf" in page for page in pages.values()) and any(b"binturong" in page for page in pages.values())
    assert pages == clean_build(content_dir, tmp_path)


def test_an_error_written_into_a_body_stops_the_build_with_the_report_of_digest_check(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    before = files(output)
    original = path.read_text(encoding="utf-8")
    append(path, "\n---\ntitle: Pasted twice\nslug: pasted-twice\n---\n")
    result = build_status(content_dir, output)
    check = command("check", "--content", str(content_dir))
    errors = [line for line in (check.stdout + check.stderr).splitlines() if ": error: " in line]
    assert result.returncode == 1 and errors and "second front-matter block" in errors[0]
    assert [line for line in result.stderr.splitlines() if ": error: " in line] == errors
    assert files(output) == before
    path.write_text(original, encoding="utf-8")  # fixed: the next build is a no-change build again
    log = build(content_dir, output)
    assert restored(log) and rendered(log) == 0


def test_a_front_matter_error_across_files_stops_the_build_with_the_report_of_digest_check(corpus, tmp_path):
    """An entry renamed to be another entry's translation, with other facts: the rebuild checks the edited entry
    against the whole corpus, as `digest check` does, and stops before writing anything."""
    content_dir, output = corpus
    before = files(output)
    corpus = content.load(content_dir)
    single = [e for e in corpus.entries if [x.slug for x in corpus.entries].count(e.slug) == 1]
    first = next(e for e in single if e.lang == "en")
    second = next(e for e in single if e.lang == "fr" and e.date != first.date)
    text = second.path.read_text(encoding="utf-8").replace(f"slug: {second.slug}", f"slug: {first.slug}", 1)
    second.path.unlink()
    (second.path.parent / f"{first.slug}.fr.md").write_text(text, encoding="utf-8")
    result = build_status(content_dir, output)
    check = command("check", "--content", str(content_dir))
    errors = [line for line in (check.stdout + check.stderr).splitlines() if ": error: " in line]
    assert result.returncode == 1 and any("translation" in line for line in errors), errors
    assert [line for line in result.stderr.splitlines() if ": error: " in line] == errors
    assert files(output) == before


@pytest.mark.parametrize("key, value", [("slug", "a-slug-the-file-name-does-not-have"), ("lang", "en")])
def test_a_slug_or_language_edited_without_renaming_the_file_stops_the_build_with_the_report_of_digest_check(
    corpus, key, value
):
    """The rebuild starts from the last build's site, where the edited version has another slug or language
    than the one it replaces; it reports the file name, as `digest check` does (it crashed on the unknown slug)."""
    content_dir, output = corpus
    path = next(e.path for e in content.load(content_dir).entries if e.lang == "fr")
    before = files(output)
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1), encoding="utf-8")
    result = build_status(content_dir, output)
    check = command("check", "--content", str(content_dir))
    errors = [line for line in (check.stdout + check.stderr).splitlines() if ": error: " in line]
    assert result.returncode == 1 and any("does not match" in line for line in errors), result.stderr[-800:]
    assert [line for line in result.stderr.splitlines() if ": error: " in line] == errors
    assert files(output) == before


def test_a_missing_raw_file_stops_the_build_though_no_content_file_changed(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    (content_dir / "raw").mkdir()
    (content_dir / "raw" / "original.txt").write_text("The pasted article.\n", encoding="utf-8")
    path.write_text(
        path.read_text(encoding="utf-8").replace("\nlang:", "\nraw: raw/original.txt\nlang:", 1), encoding="utf-8"
    )
    build(content_dir, output)
    (content_dir / "raw" / "original.txt").unlink()
    result = build_status(content_dir, output)
    assert result.returncode == 1 and "raw 'raw/original.txt' does not exist" in result.stderr


def test_a_raw_file_an_entry_was_pointed_at_since_the_snapshot_is_checked_by_every_later_build(tmp_path):
    """A new ``raw:`` is not indexed: the build keeps the last site snapshot and carries the entry as edited. Its
    raw file, which the snapshot does not know, is still checked by the builds after it, as `digest check` would.
    Every file is dated an hour back, as files edited well before a build are (a file written just before a build
    is read again by the next one, whatever its stamp)."""
    content_dir, output = tmp_path / "content", tmp_path / "output"
    synthetic.generate(60, content_dir, seed=3, n_companies=12, n_people=30)
    an_hour_ago = time.time() - 3600

    def age(*paths: Path) -> None:
        for path in paths:
            os.utime(path, (an_hour_ago, an_hour_ago))

    age(*content_dir.rglob("*.*"))
    build(content_dir, output)
    path = untranslated_entry(content_dir)
    (content_dir / "raw").mkdir()
    (content_dir / "raw" / "original.txt").write_text("The pasted article.\n", encoding="utf-8")
    path.write_text(
        path.read_text(encoding="utf-8").replace("\nlang:", "\nraw: raw/original.txt\nlang:", 1), encoding="utf-8"
    )
    age(path, content_dir / "raw" / "original.txt", content_dir / "raw")
    assert restored(build(content_dir, output))
    (content_dir / "raw" / "original.txt").unlink()
    result = build_status(content_dir, output)
    assert result.returncode == 1 and "raw 'raw/original.txt' does not exist" in result.stderr


def test_editing_a_registry_file_reloads_everything_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    company = sorted((content_dir / "companies").glob("*.yml"))[0]
    company.write_text(
        re.sub(r"^name: .*$", "name: Okapi Dynamics", company.read_text(encoding="utf-8"), count=1, flags=re.M),
        encoding="utf-8",
    )
    log = build(content_dir, output)
    assert not restored(log) and "rendering every page" in log
    assert any(b"Okapi Dynamics" in page for page in files(output).values())
    assert files(output) == clean_build(content_dir, tmp_path)


def test_a_content_folder_restored_from_a_copy_made_before_an_edit_is_built_like_a_clean_build(corpus, tmp_path):
    """A file is parsed again when its size or modification time is not what the last build read: a copy kept with
    its times (cp -a, rsync -a, a backup) and put back after an edit of the same size brings the older version's
    time back with it."""
    content_dir, output = corpus
    backup = tmp_path / "backup"
    shutil.copytree(content_dir, backup)  # with the files' times
    path = untranslated_entry(content_dir)
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", text, flags=re.M).group(1)
    path.write_text(text.replace(f"title: {title}", f"title: {title.swapcase()}", 1), encoding="utf-8")
    build(content_dir, output)
    shutil.rmtree(content_dir)
    shutil.copytree(backup, content_dir)
    log = build(content_dir, output)
    assert rendered(log) > 0, log[-400:]
    assert files(output) == clean_build(content_dir, tmp_path)


def test_an_output_folder_restored_from_a_copy_made_before_an_edit_is_built_like_a_clean_build(corpus, tmp_path):
    """A copy of the output folder's files put back into it (as rsync -a --delete does) holds pages other than the
    ones the last build wrote there."""
    content_dir, output = corpus
    backup = tmp_path / "backup"
    shutil.copytree(output, backup)  # with the files' times
    append(untranslated_entry(content_dir), "\nA paragraph about the pangolin.\n")
    build(content_dir, output)
    for child in output.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    shutil.copytree(backup, output, dirs_exist_ok=True)
    build(content_dir, output)
    assert files(output) == clean_build(content_dir, tmp_path)


def test_renaming_an_entry_moves_its_pages_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    path = untranslated_entry(content_dir)
    slug, lang = path.name.split(".")[:2]
    text = path.read_text(encoding="utf-8").replace(f"slug: {slug}", "slug: renamed-entry", 1)
    path.unlink()
    (path.parent / f"renamed-entry.{lang}.md").write_text(text, encoding="utf-8")
    log = build(content_dir, output)
    assert restored(log)
    assert (output / "en/entries/renamed-entry/index.html").is_file() and not (output / f"en/entries/{slug}").exists()
    assert files(output) == clean_build(content_dir, tmp_path)


def test_a_new_entry_joining_a_story_shows_on_the_story_page_like_a_clean_build(corpus, tmp_path):
    content_dir, output = corpus
    member = next(e for e in content.load(content_dir).entries if e.story)
    text = member.path.read_text(encoding="utf-8").replace(f"slug: {member.slug}", "slug: joins-the-story", 1)
    text = re.sub(r"^title: .*$", "title: Pangolin report joins the story", text, count=1, flags=re.M)
    (member.path.parent / f"joins-the-story.{member.lang}.md").write_text(text, encoding="utf-8")
    log = build(content_dir, output)
    assert restored(log) and rendered(log) < 100, log[-400:]  # of 305 pages
    assert b"Pangolin report" in (output / f"en/stories/{member.story}/index.html").read_bytes()
    assert files(output) == clean_build(content_dir, tmp_path)


def test_what_an_edited_entrys_pages_read_is_recorded_for_the_next_edit(corpus, tmp_path):
    """An entry moved into a story lists the story's other entries: after a later edit to one of their titles,
    its pages show the new title (the first rebuild recorded what they read now, not what they read before)."""
    content_dir, output = corpus
    corpus = content.load(content_dir)
    member = next(e for e in corpus.entries if e.story)
    mover = next(e for e in corpus.entries if not e.story and [x.slug for x in corpus.entries].count(e.slug) == 1)
    text = mover.path.read_text(encoding="utf-8")
    mover.path.write_text(re.sub(r"^story:.*$", f"story: {member.story}", text, count=1, flags=re.M), encoding="utf-8")
    assert restored(build(content_dir, output))
    text = member.path.read_text(encoding="utf-8")
    member.path.write_text(
        re.sub(r"^title: .*$", "title: Okapi merger revisited", text, count=1, flags=re.M), encoding="utf-8"
    )
    assert restored(build(content_dir, output))
    assert b"Okapi merger revisited" in (output / f"{mover.lang}/entries/{mover.slug}/index.html").read_bytes()
    assert files(output) == clean_build(content_dir, tmp_path)


def test_the_journal_of_a_rebuild_is_deleted_after_it_and_leftovers_by_the_next_build(corpus):
    content_dir, output = corpus
    append(untranslated_entry(content_dir), "\nA paragraph about the fossa.\n")
    build(content_dir, output)  # replaced pages and a search bundle: deleted by a background process
    assert not output.with_name(f".{output.name}.undo").exists()
    deadline = time.monotonic() + 30
    while output_module.trash_dirs(output) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert output_module.trash_dirs(output) == []
    leftover = output.with_name(f".{output.name}.trash-1-1")  # a deletion that was killed half-way
    (leftover / "old").mkdir(parents=True)
    (leftover / "old" / "page.html").write_text("old", encoding="utf-8")
    build(content_dir, output)
    assert not leftover.exists()


def test_many_files_read_again_make_a_new_snapshot_instead_of_a_growing_state(corpus):
    """Files written just before a build cannot be trusted by their stamp: the next build reads them again.
    Once more than REFRESH_EDITED entries are carried that way, the snapshot is saved anew and the state stays small."""
    content_dir, output = corpus
    cache_dir = DigestSettings.read({"PATH": str(content_dir)}).cache
    for path in sorted((content_dir / "entries").rglob("*.md")):
        path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # same text, new stamp
    assert len(list((content_dir / "entries").rglob("*.md"))) > snapshot.REFRESH_EDITED
    before = (cache_dir / "site.pickle").stat().st_mtime_ns
    log = build(content_dir, output)
    assert restored(log) and rendered(log) == 0
    assert (cache_dir / "site.pickle").stat().st_mtime_ns != before
    with open(cache_dir / "state.pickle", "rb") as handle:
        assert pickle.load(handle)["items"]["last"][1]["edited"] == {}


# --- The fields the site indexes (index.INDEXED) -------------------------------------------------------------------


class Traced:
    """An entry that notes every field read of it in ``fields``."""

    def __init__(self, entry, fields: set):
        object.__setattr__(self, "_entry", entry)
        object.__setattr__(self, "_fields", fields)

    def __getattr__(self, name: str):
        self._fields.add(name)
        return getattr(self._entry, name)


def fields_read(content_dir: Path, families: list) -> tuple[set, set]:
    """The entry fields ``index.build`` reads, and those the ``families`` read while making their pages."""
    from pelican.settings import read_settings

    from digest.site import index, meta

    corpus = content.load(content_dir)
    by_index: set = set()
    corpus.entries = [Traced(entry, by_index) for entry in corpus.entries]
    site = index.build(corpus)
    by_families: set = set()
    for entry in corpus.entries:
        object.__setattr__(entry, "_fields", by_families)
    settings = DigestSettings.read(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(content_dir)}))
    pages = [page for family in families for page in family.pages(site, settings)]
    list(meta.pages(site, settings, [page for page in pages if page.lang == "fr" and page.path.endswith(".html")]))
    return by_index, by_families


def test_the_index_and_the_families_making_contexts_from_it_read_only_the_indexed_fields(tmp_path):
    """After an edit to a field the site does not index (``index.INDEXED``), a restored site is not indexed again and
    the families that say ``CONTEXTS_FROM_INDEX`` are not asked for their pages again: if the index or one of them
    read another field, its pages would go stale. The built-in ones read none, and a family that did is caught."""
    import importlib
    import types

    from digest.settings import PAGE_FAMILIES
    from digest.site import index
    from digest.site.render import Page

    synthetic.generate(60, tmp_path / "content", seed=3, n_companies=12, n_people=30)
    families = [importlib.import_module(name) for name in PAGE_FAMILIES]
    assert all(getattr(family, "CONTEXTS_FROM_INDEX", False) for family in families)
    by_index, by_families = fields_read(tmp_path / "content", families)
    assert by_index == set(index.INDEXED)  # INDEXED lists no field the index does not read either
    assert by_families <= set(index.INDEXED), sorted(by_families - set(index.INDEXED))

    def copying_titles(site, settings):  # a family copying titles into its context may not say CONTEXTS_FROM_INDEX
        return [Page("en/titles/", "titles.html", {"titles": [site.primary(slug).title for slug in site.slugs]})]

    _, read = fields_read(tmp_path / "content", [types.SimpleNamespace(pages=copying_titles)])
    assert "title" in read and not read <= set(index.INDEXED)


def test_a_search_bundle_indexed_twice_in_one_build_gets_a_scratch_folder_each_time(tmp_path):
    """The indexer re-indexes the edited entries' bundles while the build goes on; a page the search reads,
    rewritten after it started, may make the build index one of those bundles again in the same journal."""
    output = tmp_path / "output"
    (output / "page.html").parent.mkdir(parents=True)
    output_module.begin(output)
    with output_module.scratch(output, "en-single-0") as first, output_module.scratch(output, "en-single-0") as second:
        assert first != second and first.is_dir() and second.is_dir()
    output_module.commit(output)
