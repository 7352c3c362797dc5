"""`digest review`: what ingest wrote and nobody has checked yet, longest waiting first, with its doubts."""

from __future__ import annotations

import json
import os

from digest.cli import main

ENTRY = "entries/2024/bubeck-quitte-microsoft-pour-openai.fr.md"


def _unreview(path, *replacements):
    text = path.read_text(encoding="utf-8").replace("reviewed: true", "reviewed: false")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_lists_unreviewed_entries_and_registry_files_oldest_first_with_their_doubts(root, capsys):
    _unreview(root / ENTRY, ("\ndate: 2024-10-14\n", "\ntitle_derived: true\ndate: 2024-10-14\n"))
    _unreview(root / "companies" / "openai.yml")
    os.utime(root / "companies" / "openai.yml", (1_700_000_000, 1_700_000_000))  # waiting longer than the entry
    os.utime(root / ENTRY, (1_700_000_500, 1_700_000_500))

    assert main(["review", "--content", str(root)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].endswith("companies/openai.yml  company: OpenAI")
    entry_line = next(i for i, line in enumerate(lines) if line.endswith(".fr.md  entry: " + _title(root / ENTRY)))
    assert entry_line > 0
    doubts = lines[entry_line + 1 :]
    assert any("title made from the lead sentence" in d for d in doubts)
    assert any(d.startswith("  - new company: OpenAI (") for d in doubts)
    assert "named in 2 entries" in out  # the French entry and its English translation
    assert "1 entry and 1 registry file wait for review" in err


def test_json_lines_and_nothing_waiting(root, capsys):
    assert main(["review", "--content", str(root), "--json"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "nothing waits for review" in err
    _unreview(root / "people" / "sebastien-bubeck.yml")
    main(["review", "--content", str(root), "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["kind"], r["name"]) for r in rows] == [("person", "Sébastien Bubeck")]
    assert any(d.startswith("named in 2 entries") for d in rows[0]["doubts"])


def _title(path) -> str:
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("title:"))
    return line.split(":", 1)[1].strip().strip("'\"").replace("''", "'")
