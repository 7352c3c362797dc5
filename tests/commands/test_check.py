"""`digest check` as an editor uses it: one sorted report, a summary, the exit status, JSON for scripts.

The per-case bad inputs are in test_trust.py; here, the report itself and the build's use of it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from conftest import SAMPLE

from digest.cli import main

FR = "entries/2024/bubeck-quitte-microsoft-pour-openai.fr.md"


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _break_three_ways(root: Path) -> list[str]:
    """An unknown company, a bad date, a duplicate slug: the located lines a report must contain."""
    _edit(root, FR, "companies: [microsoft, openai]", "companies: [microsft, openai]")
    _edit(root, FR, "date: 2024-10-14", "date: 2024-02-30")
    copy = root / "entries" / "2023" / Path(FR).name
    copy.parent.mkdir()
    shutil.copy(root / FR, copy)
    return [
        f"content/{FR}:9: error: unknown company 'microsft'",
        f"content/{FR}:3: error: 'date' is not a day of the calendar",
        f"content/{FR}:5: error: duplicate slug",
        "content/entries/2023/bubeck-quitte-microsoft-pour-openai.fr.md:5: error: duplicate slug",
    ]


def test_shipped_content_has_no_errors(capsys):
    code = main(["check", "--content", str(SAMPLE)])
    out, err = capsys.readouterr()
    assert code == 0, out
    assert ": error: " not in out and err.startswith("digest check: ")


def test_report_lists_every_problem_sorted_with_a_fix_and_a_summary(root, capsys):
    expected = _break_three_ways(root)
    code = main(["check", "--content", str(root)])
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert code == 1
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, out)
    located = [line for line in lines if not line.startswith("    fix: ")]
    assert all(lines[lines.index(line) + 1].startswith("    fix: ") for line in located)
    keys = [(line.split(":")[0], int(line.split(":")[1])) for line in located]
    assert keys == sorted(keys)
    errors = sum(": error: " in line for line in located)
    warnings = sum(": warning: " in line for line in located)
    assert err.strip() == (
        f"digest check: {errors} errors, {warnings} warning{'s' * (warnings != 1)} in 3 files "
        "(3 entries, 2 companies, 1 people)"
    )


def test_warnings_alone_exit_zero(root, capsys):
    _edit(root, FR, "\n\n---\n\n## Les", "\n---\n\n## Les")
    code = main(["check", "--content", str(root)])
    out, err = capsys.readouterr()
    assert code == 0 and ": warning: " in out and "0 errors, 1 warning in 1 file" in err


def test_json_prints_one_object_per_problem(root, capsys):
    _break_three_ways(root)
    main(["check", "--content", str(root), "--json"])
    out, _ = capsys.readouterr()
    problems = [json.loads(line) for line in out.splitlines()]
    assert problems and all(set(p) == {"path", "line", "severity", "message", "fix"} for p in problems)
    unknown = [p for p in problems if "microsft" in p["message"]]
    assert {(p["path"], p["line"], p["severity"]) for p in unknown} == {
        (f"content/{FR}", 9, "error"),
        (f"content/entries/2023/{Path(FR).name}", 9, "error"),
    }


def test_missing_content_folder_is_a_clear_error(tmp_path, capsys):
    code = main(["check", "--content", str(tmp_path / "nowhere")])
    assert code == 2 and "no content folder" in capsys.readouterr().err


def _tree(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_build_lists_every_problem_and_leaves_the_previous_output_untouched(root, tmp_path, capsys):
    output = tmp_path / "output"
    assert main(["build", "--content", str(root), "--output", str(output)]) == 0
    before = _tree(output)
    expected = _break_three_ways(root)
    capsys.readouterr()
    assert main(["build", "--content", str(root), "--output", str(output)]) == 1
    err = capsys.readouterr().err
    for start in expected:
        assert start in err, (start, err)
    assert _tree(output) == before  # byte for byte, file for file
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("output.")]  # no staging folder left behind


def test_an_undated_entry_is_listed_with_the_fix_and_the_check_still_passes(root, capsys):
    """Ingest never guesses a date: `digest check` lists what is left undated for the editor."""
    _edit(root, FR, "date: 2024-10-14", "date:")
    code = main(["check", "--content", str(root)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert f"content/{FR}:3: warning: the entry has no date" in out
    assert "fix: set date: YYYY-MM-DD" in out


def test_a_lead_image_must_be_a_web_address(root, capsys):
    _edit(root, FR, "date: 2024-10-14", "date: 2024-10-14\nimage: photos/bubeck.jpg\nimage_credit: Jeanne Martin / AFP")
    assert main(["check", "--content", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"{Path(FR).name}:4: error: 'image' must be an http:// or https:// address" in out
    _edit(root, FR, "image: photos/bubeck.jpg", "image: https://cdn.example.com/bubeck.jpg")
    assert main(["check", "--content", str(root)]) == 0
