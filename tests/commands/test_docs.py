"""Keep the docs honest: the README names every command and make target and stays short; the editors' guide
documents every command, front-matter and registry key; docs/settings.md every setting."""

from pathlib import Path

from digest.cli import COMMANDS
from digest.introductions import INTRODUCTION_KEYS
from digest.model import ENTITY_KEYS, ENTRY_KEYS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "docs" / "editors-guide.md").read_text(encoding="utf-8")


def test_every_cli_command_is_documented():
    for name, doc in (("README", README), ("docs/editors-guide.md", GUIDE)):
        missing = [verb for verb in COMMANDS if f"digest {verb}" not in doc]
        assert not missing, f"{name} does not document: {missing}"


def test_the_readme_is_what_a_newcomer_needs_and_links_the_rest():
    assert len(README.encode("utf-8")) < 10_000
    for doc in ("docs/editors-guide.md", "docs/ingest.md", "docs/architecture.md", "docs/settings.md"):
        assert f"]({doc})" in README and (ROOT / doc).is_file(), doc


def test_every_make_target_is_documented():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY:"))
    targets = [t for t in phony.split(":", 1)[1].split() if t not in {"all", "install", "clean"}]
    missing = [t for t in targets if f"make {t}" not in README]
    assert not missing, f"README does not document: {missing}"


def test_every_front_matter_and_registry_key_is_documented():
    missing = [key for key in [*ENTRY_KEYS, *ENTITY_KEYS, *INTRODUCTION_KEYS] if f"`{key}`" not in GUIDE]
    assert not missing, f"docs/editors-guide.md does not document keys: {missing}"


def test_ci_runs_the_readme_test_command():
    assert "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_default():
    """docs/settings.md has a row for each setting digest reads (digest.settings.SETTINGS), showing its default."""
    from digest.settings import SETTINGS

    assert "docs/settings.md" in README
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip().strip("`"): line for line in doc.splitlines() if line.startswith("| `")}
    missing = [setting.name for setting in SETTINGS if setting.name not in rows]
    assert not missing, f"docs/settings.md does not document: {missing}"
    shown = {
        setting.name: "empty" if setting.default == "" else f"`{setting.default}`"
        for setting in SETTINGS
        if isinstance(setting.default, (str, int))
    }
    wrong = [name for name, default in shown.items() if f"| {default} |" not in rows[name]]
    assert not wrong, f"docs/settings.md shows another default for: {wrong}"
