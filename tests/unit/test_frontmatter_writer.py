"""The direct front-matter writer (frontmatter._dump_flat) writes what PyYAML writes, byte for byte: on every
entry ingest makes of the fixture sets, and on strings made to break it."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
import yaml

from digest.ingest import pipeline
from digest.model import frontmatter

FIXTURES = Path(__file__).parents[1] / "fixtures"
SETS = ["pastes", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6"]


def _pyyaml(data) -> str:
    return yaml.dump(
        data, Dumper=frontmatter._Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
    )


def _same(data) -> bool:
    """Whether the direct writer leaves ``data`` to PyYAML or writes exactly its text."""
    direct = frontmatter._dump_flat(data)
    return direct is None or direct == _pyyaml(data)


@pytest.mark.parametrize("name", [*SETS, "ingest"])
def test_every_entry_ingest_writes_for_a_fixture_set_is_what_pyyaml_writes(name, tmp_path):
    content = tmp_path / "content"
    for folder in ("companies", "people"):
        shutil.copytree(FIXTURES / "trust" / "content" / folder, content / folder)
    source = FIXTURES / name / "articles" if name in SETS else FIXTURES / name
    inbox = content / "inbox"
    shutil.copytree(source, inbox, ignore=shutil.ignore_patterns("*.yaml"))
    results = pipeline.run([inbox], content)
    written = [Path(r.path) for r in results if r.status == "created"]
    assert len(written) >= 5
    direct = 0
    for path in written:
        text = path.read_text(encoding="utf-8")
        doc = frontmatter.parse(text)
        assert text.startswith(f"---\n{_pyyaml(doc.meta)}---\n"), path  # the file is what PyYAML writes
        assert _same(doc.meta), path
        direct += frontmatter._dump_flat(doc.meta) is not None
    assert direct >= len(written) // 2  # most entries take the direct writer: the comparison above is not empty


TRICKY = [
    "",
    " ",
    "a ",
    " a",
    "a: b",
    "a:",
    "a :b",
    "a #b",
    "a#b",
    "#a",
    "- a",
    "-a",
    "? a",
    "?a",
    "&a",
    "*a",
    "!a",
    "|a",
    ">a",
    "'a",
    '"a',
    "%a",
    "@a",
    "`a",
    "[a",
    "{a",
    ",a",
    "a, b",
    "a [b] {c}",
    "---",
    "--- a",
    "...",
    "~",
    "null",
    "Null",
    "NULL",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "n",
    "true",
    "False",
    "12",
    "-3",
    "+4",
    "1_000",
    "0x1F",
    "0o17",
    "0b101",
    "1e3",
    "1.5",
    ".5",
    ".inf",
    ".NaN",
    "1:20",
    "2024-01-02",
    "2024-01-02 10:00",
    "2024-1-2",
    "<<",
    "=",
    "L'Oréal",
    "l’IA",
    "«\u00a0Bonjour\u00a0»",
    "a\u00a0",
    "a\tb",
    "a\nb",
    "a\rb",
    "a\x85b",
    "a\u2028b",
    "a\ufeffb",
    "\ufeffa",
    "😀",
    "a😀",
    "𝐀",
    "a\ud800",
    "été",
    "Ünïcödé 12 %",
    "a" * 999,
    "a" * 1000,
    "a" * 1001,
    "x " * 600 + "y",
    "a\x00b",
    "a\x7fb",
    "a\x9fb",
    "OpenAI lève 6,6 milliards (Reuters)",
]


@pytest.mark.parametrize("value", TRICKY)
def test_a_tricky_string_is_written_as_pyyaml_writes_it(value):
    for data in ({"title": value}, {"people": [value, "b"]}, {"tags": [], "authors": [value], "story": None}):
        assert _same(data), repr(data)
    assert _same({value or "k": "v"})


def test_random_strings_are_written_as_pyyaml_writes_them():
    rng = random.Random(14)
    alphabet = [
        *"aZ09 .,:;#-_?!'\"[]{}&*|>%@`~=<+/\\()«»’…–\t\n\x85\xa0\u2028\ufeff\u3000é€😀",
        "yes",
        "null",
        "1e3",
        "2024-01-02",
        ".inf",
        "<<",
        "---",
        "- ",
        ": ",
        " #",
    ]
    for _ in range(5000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        for data in ({"title": value}, {"people": [value]}, {value: True}):
            assert _same(data), repr(data)


def test_shapes_the_direct_writer_leaves_to_pyyaml():
    shared = ["a"]
    for data in (
        {},
        {"date": dt.date(2024, 1, 2)},
        {"n": 3},
        {"events": [{"type": "joins", "amount": 2}]},
        {"a": shared, "b": shared},
        {"Title": "x"},
        {"k" * 129: "v"},
        {"summary": "a\nb"},
        ["a"],
    ):
        assert frontmatter._dump_flat(data) is None, data
        assert frontmatter.dump_yaml(data) == _pyyaml(data)
