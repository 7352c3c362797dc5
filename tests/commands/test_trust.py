"""Bad input never breaks digest: every case is handled correctly or reported with file, line and fix.

Each case starts from a small valid content folder (tests/fixtures/trust/content) and breaks one thing,
then runs the real `digest check`. Ingest cases feed real pastes to `digest ingest`.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import SAMPLE
from conftest import VALID_CONTENT as VALID

from digest import model
from digest.cli import main

FR = "entries/2024/bubeck-quitte-microsoft-pour-openai.fr.md"
EN = "entries/2024/bubeck-quitte-microsoft-pour-openai.en.md"
ORIGINAL = (VALID / FR).read_text(encoding="utf-8")


def check(root: Path, capsys) -> tuple[int, list[str], str]:
    """Run `digest check`; return exit code, report lines, and the summary line."""
    code = main(["check", "--content", str(root)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.strip()


def edited(old: str, new: str) -> bytes:
    assert old in ORIGINAL, old
    return ORIGINAL.replace(old, new, 1).encode("utf-8")


BOMB = (
    "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9))
    + "title: *a8\nlang: fr\nslug: bomb\n---\n"
).encode()

EVENT_BOMB = (
    "---\ntitle: t\nlang: fr\nslug: bomb-events\nsummary:\n"
    + "".join(
        f"  - &a{i} [{', '.join([f'*a{i - 1}'] * 10) if i else 'x, x, x, x, x, x, x, x, x, x'}]\n" for i in range(9)
    )
    + "events:\n- {type: *a8, person: *a8, company: *a8, role: *a8, date: *a8}\n---\nbody\n"
).encode()

# (case, file, bytes, line, severity, words in the message, words in the fix)
ENTRY_CASES = [
    (
        "malformed YAML",
        FR,
        edited("source: Reuters", "source: Reuters: exclusive"),
        6,
        "error",
        "malformed YAML",
        "quote",
    ),
    (
        "YAML with a code-running tag",
        FR,
        edited("source: Reuters", "source: !!python/object/apply:os.system [echo pwned]"),
        6,
        "error",
        "malformed YAML",
        "quote",
    ),
    (
        "wrong type: companies as text",
        FR,
        edited("companies: [microsoft, openai]", "companies: microsoft"),
        9,
        "error",
        "'companies' must be a list",
        "companies: [microsoft, openai]",
    ),
    (
        "wrong type: reviewed as text",
        FR,
        edited("reviewed: true", "reviewed: oui"),
        17,
        "error",
        "'reviewed' must be true or false",
        "",
    ),
    (
        "wrong type: title as a list",
        FR,
        edited("title: Sébastien", "title: [a, b]\ntitre: Sébastien"),
        2,
        "error",
        "'title' must be non-empty text",
        "title:",
    ),
    ("missing required key", FR, edited("lang: fr\n", ""), 1, "error", "missing required key 'lang'", "lang: fr"),
    (
        "unknown key (typo)",
        FR,
        edited("summary:", "sumary:"),
        8,
        "error",
        "unknown key 'sumary'",
        "did you mean 'summary'",
    ),
    (
        "key written twice",
        FR,
        edited("reviewed: true", "reviewed: true\nsource: AFP"),
        18,
        "error",
        "'source' is written twice",
        "merge",
    ),
    (
        "unknown company id",
        FR,
        edited("companies: [microsoft, openai]", "companies: [microsft, openai]"),
        9,
        "error",
        "unknown company 'microsft'",
        "did you mean 'microsoft'",
    ),
    (
        "unknown person id",
        FR,
        edited("people: [sebastien-bubeck]", "people: [sebastian-bubeck]"),
        10,
        "error",
        "unknown person 'sebastian-bubeck'",
        "'sebastien-bubeck'",
    ),
    (
        "person listed as a company",
        FR,
        edited("companies: [microsoft, openai]", "companies: [sebastien-bubeck]"),
        9,
        "error",
        "unknown company 'sebastien-bubeck'",
        "is a person: move it to people:",
    ),
    (
        "impossible date",
        FR,
        edited("date: 2024-10-14", "date: 2024-02-30"),
        3,
        "error",
        "not a day of the calendar",
        "2024-10-14",
    ),
    ("month 13", FR, edited("date: 2024-10-14", "date: 2024-13-01"), 3, "error", "not a day of the calendar", ""),
    (
        "date in words",
        FR,
        edited("date: 2024-10-14", "date: 14 octobre 2024"),
        3,
        "error",
        "must be a date written YYYY-MM-DD",
        "",
    ),
    (
        "date in the future",
        FR,
        edited("date: 2024-10-14", "date: 2999-10-14"),
        3,
        "warning",
        "in the future",
        "check the year",
    ),
    (
        "second front matter in the body",
        FR,
        ORIGINAL.encode() + b"\n---\ntitle: Autre\nlang: fr\n---\n",
        28,
        "error",
        "second front-matter block",
        "move these keys",
    ),
    (
        "'---' under a text line",
        FR,
        edited("\n\n---\n\n## Les", "\n---\n\n## Les"),
        21,
        "warning",
        "turns that line into a heading",
        "empty line",
    ),
    (
        "slug leaving the folder",
        FR,
        edited("slug: bubeck-quitte-microsoft-pour-openai", "slug: ../../../etc/passwd"),
        5,
        "error",
        "must not contain '/'",
        "slug",
    ),
    (
        "raw pointer leaving content/",
        FR,
        edited("raw: raw/bubeck.txt", "raw: ../../etc/passwd"),
        16,
        "error",
        "outside the content folder",
        "raw: raw/",
    ),
    (
        "absolute raw pointer",
        FR,
        edited("raw: raw/bubeck.txt", "raw: /etc/passwd"),
        16,
        "error",
        "outside the content folder",
        "relative",
    ),
    (
        "raw pointer to a missing file",
        FR,
        edited("raw: raw/bubeck.txt", "raw: raw/bubek.txt"),
        16,
        "error",
        "does not exist",
        "did you mean raw/bubeck.txt",
    ),
    (
        "javascript: source_url",
        FR,
        edited("https://www.example.com/bubeck", "javascript:alert(1)"),
        7,
        "error",
        "must be an http:// or https:// address",
        "",
    ),
    (
        "script in the body",
        FR,
        edited("Il est l'un", "<script>alert(1)</script> Il est l'un"),
        26,
        "warning",
        "<script",
        "without HTML",
    ),
    (
        "event naming an unknown person",
        FR,
        edited("{type: leaves, person: sebastien-bubeck", "{type: leaves, person: sebastien-bubek"),
        13,
        "error",
        "unknown person 'sebastien-bubek'",
        "did you mean sebastien-bubeck",
    ),
    (
        "event role that is a mapping",
        FR,
        edited("from_company: microsoft,", "from_company: microsoft, role: {a: b},"),
        13,
        "error",
        "role must be text",
        "role:",
    ),
    (
        "event of an unknown type",
        FR,
        edited("{type: leaves,", "{type: quits,"),
        13,
        "error",
        "type 'quits' is not one of",
        "",
    ),
    (
        "file name does not match slug",
        "entries/2024/autre-nom.fr.md",
        ORIGINAL.encode(),
        5,
        "error",
        "does not match slug",
        "rename the file",
    ),
    (
        "slug too long",
        FR,
        edited("slug: bubeck-quitte-microsoft-pour-openai", "slug: " + "-".join(["mot"] * 60)),
        5,
        "error",
        "at most 120 characters",
        "",
    ),
    (
        "emoji in the slug",
        FR,
        edited("slug: bubeck-quitte-microsoft-pour-openai", "slug: bubeck-🚀"),
        5,
        "error",
        "'slug' must be lowercase",
        "",
    ),
    ("empty file", FR, b"", 1, "error", "empty file", "digest new"),
    ("whitespace-only file", FR, b"\n  \n\t\n", 1, "error", "empty file", ""),
    ("no front matter", FR, b"Just some text\n", 1, "error", "no front matter", "'---'"),
    ("front matter never closed", FR, ORIGINAL.split("\n---\n", 1)[0].encode(), 1, "error", "never closed", "'---'"),
    ("binary file", FR, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), 1, "error", "binary file", "UTF-8"),
    (
        "Windows-1252 text",
        FR,
        ORIGINAL.replace("l'entreprise", "l’entreprise").encode("cp1252"),
        2,
        "error",
        "Windows-1252 (cp1252)",
        "iconv -f cp1252",
    ),
    ("Latin-1 text", FR, ORIGINAL.encode("latin-1"), 2, "error", "Latin-1 (ISO-8859-1)", "iconv -f latin-1"),
    ("UTF-16 text", FR, ORIGINAL.encode("utf-16"), 1, "error", "UTF-16", "UTF-8"),
    (
        "CRLF line ends keep line numbers",
        FR,
        edited("companies: [microsoft, openai]", "companies: [microsft]").replace(b"\n", b"\r\n"),
        9,
        "error",
        "unknown company 'microsft'",
        "",
    ),
    (
        "translation with another story",
        EN,
        (VALID / EN).read_bytes().replace(b"story: bubeck-joins-openai-2024-10", b"story: other-story"),
        11,
        "error",
        "translation disagrees",
        "story: bubeck-joins-openai-2024-10",
    ),
    (
        "translation with another date",
        EN,
        (VALID / EN).read_bytes().replace(b"date: 2024-10-14", b"date: 2023-10-14"),
        3,
        "error",
        "date is 2023-10-14 here and 2024-10-14 there",
        "set date: 2024-10-14",
    ),
    (
        "duplicate slug in another year",
        "entries/2023/bubeck-quitte-microsoft-pour-openai.fr.md",
        ORIGINAL.encode(),
        5,
        "error",
        "duplicate slug",
        "-2",
    ),
    ("stray file in entries/", "entries/2024/notes.txt", b"some notes", 1, "warning", "not an entry", "inbox/"),
    (
        "YAML alias bomb in events",
        "entries/2024/bomb-events.fr.md",
        EVENT_BOMB,
        15,
        "error",
        "person must be one person id",
        "person:",
    ),
    (
        "YAML alias bomb (a billion nested items)",
        "entries/2024/bomb.fr.md",
        BOMB,
        11,
        "error",
        "'title' must be non-empty text",
        "title:",
    ),
]

REGISTRY_CASES = [
    (
        "malformed registry YAML",
        "companies/openai.yml",
        b"name: OpenAI\naliases: [Open AI\n",
        3,
        "error",
        "malformed YAML",
        "indentation",
    ),
    (
        "registry file without a name",
        "companies/openai.yml",
        b"aliases: [Open AI]\n",
        1,
        "error",
        "missing required key 'name'",
        "name:",
    ),
    ("registry file that is a list", "companies/openai.yml", b"- OpenAI\n", 1, "error", "not a mapping", "name:"),
    (
        "affiliation to an unknown company",
        "people/sebastien-bubeck.yml",
        (VALID / "people/sebastien-bubeck.yml").read_bytes().replace(b"company: openai", b"company: open-ai"),
        6,
        "error",
        "unknown company 'open-ai'",
        "did you mean 'openai'",
    ),
    (
        "affiliation with a bad date",
        "people/sebastien-bubeck.yml",
        (VALID / "people/sebastien-bubeck.yml").read_bytes().replace(b"from: 2014", b"from: depuis longtemps"),
        6,
        "error",
        "is not a date",
        "YYYY-MM",
    ),
    (
        "alias on two entities",
        "companies/openai.yml",
        b"name: OpenAI\naliases: [la firme de Redmond]\n",
        2,
        "warning",
        "also names company 'microsoft'",
        "one file only",
    ),
    (
        "very long name (10,000 characters) is fine",
        "companies/openai.yml",
        ("name: " + "Open AI " * 1250 + "\n").encode(),
        None,
        None,
        "",
        "",
    ),
    (
        "emoji and right-to-left name are fine",
        "companies/openai.yml",
        "name: OpenAI 🤖 أوبن إيه آي\naliases: [אופן איי איי]\n".encode(),
        None,
        None,
        "",
        "",
    ),
    (
        "links value that is a list",
        "companies/openai.yml",
        b"name: OpenAI\nlinks: {wikidata: [Q1, [Q2]]}\n",
        2,
        "error",
        "links: 'wikidata' must be text",
        "links:",
    ),
    (
        "affiliation role that is a list",
        "people/sebastien-bubeck.yml",
        (VALID / "people/sebastien-bubeck.yml").read_bytes().replace(b"role: researcher", b"role: [a, b]"),
        6,
        "error",
        "role must be text",
        "role:",
    ),
    (
        "javascript: website link",
        "companies/openai.yml",
        b"name: OpenAI\nlinks: {website: 'javascript:alert(1)'}\n",
        2,
        "error",
        "is not an http(s) address",
        "https://",
    ),
    (
        "invalid file name as id",
        "companies/Open AI.yml",
        b"name: Open AI Two\n",
        1,
        "error",
        "is not a valid id",
        "rename",
    ),
]

FINE_CASES = [
    ("UTF-8 BOM", FR, b"\xef\xbb\xbf" + ORIGINAL.encode()),
    ("CRLF line ends", FR, ORIGINAL.replace("\n", "\r\n").encode()),
    ("old Mac CR line ends", FR, ORIGINAL.replace("\n", "\r").encode()),
    (
        "very long title and summary",
        FR,
        edited("title: Sébastien Bubeck quitte Microsoft pour OpenAI", "title: " + "Bubeck quitte Microsoft " * 400),
    ),
    ("emoji title", FR, edited("title: Sébastien Bubeck quitte", "title: 🚀 Sébastien Bubeck 🤖 quitte")),
    (
        "right-to-left title and body",
        FR,
        edited("title: Sébastien Bubeck quitte Microsoft pour OpenAI", "title: סבסטיאן בובק עוזב את מיקרוסופט")
        + "\nيغادر سيباستيان بوبيك مايكروسوفت إلى OpenAI.\n".encode(),
    ),
    ("'---' as a horizontal rule after an empty line", FR, ORIGINAL.encode()),
]


def _write(root: Path, rel: str, data: bytes) -> None:
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


@pytest.mark.parametrize(
    "case, rel, data, line, severity, message, fix",
    ENTRY_CASES + REGISTRY_CASES,
    ids=[c[0] for c in ENTRY_CASES + REGISTRY_CASES],
)
def test_bad_input_is_reported_with_file_line_and_fix(root, capsys, case, rel, data, line, severity, message, fix):
    _write(root, rel, data)
    code, report, summary = check(root, capsys)
    if severity is None:
        assert code == 0 and report == [], report
        return
    label = f"{root.name}/{rel}"
    head = f"{label}:{line}: {severity}: "
    found = [i for i, text in enumerate(report) if text.startswith(head) and message in text]
    assert found, f"expected '{head}...{message}...' in:\n" + "\n".join(report)
    fix_line = report[found[0] + 1] if found[0] + 1 < len(report) else ""
    assert fix_line.startswith("    fix: ") and fix in fix_line, fix_line
    assert code == (1 if any(": error: " in text for text in report) else 0), summary
    assert "error" in summary and "warning" in summary


@pytest.mark.parametrize("case, rel, data", FINE_CASES, ids=[c[0] for c in FINE_CASES])
def test_odd_but_valid_input_loads_cleanly(root, capsys, case, rel, data):
    _write(root, rel, data)
    code, report, summary = check(root, capsys)
    assert (code, report) == (0, []), report
    entry, problems = model.load_entry(root / rel)
    assert problems == [] and not entry.title.startswith("\ufeff") and "\r" not in entry.body


def test_every_problem_is_listed_not_just_the_first(root, capsys):
    """Twelve broken files at once: one report with all of them, sorted by file then line."""
    cases = [c for c in ENTRY_CASES if c[1] == FR][:12]
    for n, (_, _, data, *_) in enumerate(cases):
        _write(root, f"entries/2024/case-{n:02d}.fr.md", data)
    code, report, summary = check(root, capsys)
    for n, (case, _, _, line, severity, message, _) in enumerate(cases):
        head = f"{root.name}/entries/2024/case-{n:02d}.fr.md:{line}: {severity}: "
        assert any(text.startswith(head) and message in text for text in report), case
    located = [text for text in report if not text.startswith("    fix: ")]
    keys = [(text.split(":")[0], int(text.split(":")[1])) for text in located]
    assert keys == sorted(keys)
    errors = sum(": error: " in text for text in located)
    assert code == 1 and summary.startswith(f"digest check: {errors} errors")


# --- ingest: odd pastes are read (with a warning naming the encoding) or refused with a reason ---

SEEDS = sorted((Path(__file__).parents[1] / "fixtures" / "ingest").glob("*.txt"))
SEED_FR = next(
    s for s in SEEDS if "Microsoft" in s.read_text(encoding="utf-8") and " le " in s.read_text(encoding="utf-8")
)


def ingest(root: Path, capsys, *paths: Path) -> tuple[int, str, str]:
    code = main(["ingest", "--content", str(root), *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


def _paste(root: Path, name: str, data: bytes) -> Path:
    path = root / "inbox" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _entry_for(root: Path, raw_name: str) -> model.Entry:
    for path in (root / "entries").rglob("*.md"):
        entry, problems = model.load_entry(path)
        if entry and entry.raw == f"raw/{raw_name}":
            assert [p for p in problems if p.severity == "error"] == [], problems
            return entry
    raise AssertionError(f"no entry for {raw_name}")


TEXT = SEED_FR.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, named", [("cp1252", "cp1252"), ("latin-1", "latin-1"), ("utf-16", "UTF-16")])
def test_paste_in_a_legacy_encoding_is_decoded_with_a_warning_naming_it(root, capsys, encoding, named):
    text = TEXT.replace("\u2019", "'") if encoding == "latin-1" else TEXT  # Latin-1 has no curly apostrophe
    text = text.encode(encoding, errors="ignore").decode(encoding)
    paste = _paste(root, "article.txt", text.encode(encoding))
    data = paste.read_bytes()
    code, _, err = ingest(root, capsys, paste)
    assert code == 0
    assert f"decoded as {named}" in err or f"{named} text, decoded" in err, err
    entry = _entry_for(root, "article.txt")
    first_words = next(line for line in text.splitlines() if len(line.split()) > 8).split()[:6]
    assert " ".join(first_words) in entry.body or " ".join(first_words) in entry.title
    assert (root / "raw" / "article.txt").read_bytes() == data  # the original, byte for byte


def test_bom_and_crlf_paste_gives_a_clean_entry(root, capsys):
    paste = _paste(root, "article.txt", b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode())
    code, _, _ = ingest(root, capsys, paste)
    entry = _entry_for(root, "article.txt")
    assert code == 0 and not entry.title.startswith("\ufeff") and "\r" not in entry.body + entry.title
    assert (root / "raw" / "article.txt").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n \r\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ],
)
def test_empty_or_binary_paste_is_refused_with_a_reason_and_kept(root, capsys, name, data, reason):
    paste = _paste(root, name, data)
    good = _paste(root, "article.txt", SEED_FR.read_bytes())
    code, out, err = ingest(root, capsys, paste, good)
    assert code == 1  # something failed ...
    assert reason in out.replace("\n", " ") or reason in err
    assert paste.read_bytes() == data  # ... and it is still there to fix
    assert _entry_for(root, "article.txt")  # the other file still went through


@pytest.mark.parametrize(
    "title",
    [
        "🚀 OpenAI dévoile un nouveau modèle 🤖 pour les développeurs",
        "مايكروسوفت توظف سام ألتمان لقيادة فريق جديد للذكاء الاصطناعي",
        "מיקרוסופט מגייסת את סם אלטמן לצוות בינה מלאכותית חדש",
        "Supercalifragilisticexpialidocious" * 12 + " annonce un accord avec Microsoft",
    ],
)
def test_emoji_right_to_left_and_very_long_titles_give_valid_entries(root, capsys, title):
    paste = _paste(root, "article.txt", f"{title}\n\n{TEXT}".encode())
    code, _, _ = ingest(root, capsys, paste)
    entry = _entry_for(root, "article.txt")
    assert code == 0 and entry.title == title
    assert len(entry.path.name.encode()) < 255 and model.SLUG_RE.match(entry.slug)
    code, report, _ = check(root, capsys)
    assert code == 0, report


def five_megabyte_paste() -> str:
    """A 5 MB article: a word chain over the seeds' vocabulary (real names, dates, punctuation; few repeats)."""
    import random

    words = [w for seed in SEEDS for w in seed.read_text(encoding="utf-8").split()]
    follows: dict[str, list[str]] = {}
    for a, b in zip(words, words[1:], strict=False):
        follows.setdefault(a, []).append(b)
    rng, word, lines, paragraph, size = (
        random.Random(5),
        words[0],
        ["Un très long dossier sur OpenAI et Microsoft", ""],
        [],
        0,
    )
    while size < 5_000_000:
        word = rng.choice(follows.get(word) or words)
        paragraph.append(word)
        if len(paragraph) > 60 and word.endswith("."):
            lines += [" ".join(paragraph), ""]
            size += len(lines[-2]) + 2
            paragraph = []
    return "\n".join(lines)


def test_five_megabyte_paste_is_ingested_whole(root, capsys):
    paste = _paste(root, "long.txt", five_megabyte_paste().encode())
    code, _, _ = ingest(root, capsys, paste)
    assert code == 0
    entry = _entry_for(root, "long.txt")
    assert len(entry.body) > 4_000_000


# --- no lost work: ingest killed with SIGKILL while writing, then run again ---


def _raw_names(root: Path) -> list[str]:
    """The names of the pastes kept in raw/ (not a write's hidden temporary file), read from the folder's entries
    alone: the test below polls them every millisecond while an ingest runs, and a stat of each file would take
    a good part of a core from it."""
    try:
        with os.scandir(root / "raw") as found:
            return [item.name for item in found if item.is_file() and not item.name.startswith(".")]
    except FileNotFoundError:
        return []


def _raw_files(root: Path) -> list[Path]:
    return sorted(root / "raw" / name for name in _raw_names(root))


def test_ingest_killed_at_random_moments_loses_nothing_and_a_rerun_completes(tmp_path):
    import hashlib
    import random
    import signal
    import subprocess
    import sys

    # Each run reads the whole inbox before it writes; 120 pastes outlast the six kills (this seed's runs write 15, 9,
    # 28, 11, 29 and 11 files at least before theirs), so each kill lands while entries are being written.
    root, rng = tmp_path / "content", random.Random(9)
    originals = {}
    for i in range(120):
        seed = SEEDS[i % len(SEEDS)]
        data = seed.read_bytes() + f"\n\nNote de la rédaction n° {i}.\n".encode()
        originals[f"{i:03d}-{seed.name}"] = data
        _paste(root, f"{i:03d}-{seed.name}", data)
    command = [sys.executable, "-m", "digest", "ingest", "--content", str(root), str(root / "inbox")]
    midway = []  # entries written when a kill landed between the first and the last one
    for _ in range(6):
        written = len(_raw_names(root))
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline, target = time.monotonic() + 120, written + rng.randint(1, 30)
        while process.poll() is None and len(_raw_names(root)) < target and time.monotonic() < deadline:
            time.sleep(0.001)  # let this run write a random number of files, then kill it in the middle of the next
        time.sleep(rng.uniform(0, 0.005))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            entries = len(list((root / "entries").rglob("*.md")))
            if 0 < entries < len(originals):
                midway.append(entries)
        process.wait()
    assert len(midway) >= 2, f"kills did not land while entries were being written: {midway}"
    final = subprocess.run(command, capture_output=True, encoding="utf-8", timeout=300)
    assert final.returncode == 0, final.stderr[-2000:]

    assert list((root / "inbox").iterdir()) == []
    sha = lambda data: hashlib.sha256(data).hexdigest()  # noqa: E731
    assert sorted(sha(p.read_bytes()) for p in _raw_files(root)) == sorted(map(sha, originals.values()))
    pointers = []
    for path in sorted((root / "entries").rglob("*.md")):
        entry, problems = model.load_entry(path)
        assert entry is not None, problems  # no truncated entry
        pointers.append(entry.raw)
    assert sorted(pointers) == sorted(f"raw/{p.name}" for p in _raw_files(root))  # each paste exactly once
    for kind in ("companies", "people"):
        for path in (root / kind).glob("*.yml"):
            assert model.load_entity(path, kind)[0] is not None, path  # no truncated registry file
    leftovers = [p for p in root.rglob(".*") if p.is_file()]
    assert all(p.name.endswith(".tmp") for p in leftovers), leftovers  # only a killed write's own temp files


# --- the site: reproducible builds ---


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The sample content built twice, cold, in different folders, seconds apart, with different hash seeds."""
    import subprocess
    import sys

    base = tmp_path_factory.mktemp("reproducible")
    outputs = []
    for n, seed in enumerate(("1", "4242")):
        work = base / f"run-{n}" / ("deeper" * n)
        shutil.copytree(SAMPLE, work / "content")  # its own cache too: both builds are cold
        result = subprocess.run(
            [sys.executable, "-m", "digest", "build", "--content", "content", "--output", "site"],
            cwd=work,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        outputs.append(work / "site")
        time.sleep(1.1)  # a different second on the clock
    return outputs[0], outputs[1]


def test_two_builds_are_byte_identical_across_folders_times_and_hash_seeds(two_builds):
    first, second = (_files(folder) for folder in two_builds)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    for folder in two_builds:  # no absolute path of the machine in any file
        leaked = [name for name, data in _files(folder).items() if str(folder.parents[2]).encode() in data]
        assert leaked == [], leaked[:10]
