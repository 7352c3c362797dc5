"""`digest new`: scaffolds an entry or a translation that `digest check` accepts once the editor fills it in."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import model
from digest.cli import main

SLUG = "bubeck-quitte-microsoft-pour-openai"


def new(root: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["new", "--content", str(root), *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err


def check(root: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--content", str(root)])
    return code, capsys.readouterr().out


def test_readme_example_creates_the_documented_file_with_every_key(root, capsys):
    code, out, _ = new(
        root,
        capsys,
        "Mistral AI lève 385 millions d'euros",
        "--lang",
        "fr",
        "--date",
        "2023-12-11",
        "--company",
        "openai",
        "--source",
        "Les Echos",
        "--source-url",
        "https://www.lesechos.fr/a",
    )
    path = root / "entries" / "2023" / "mistral-ai-leve-385-millions-d-euros.fr.md"
    assert code == 0 and out == str(path)
    entry, problems = model.load_entry(path)
    assert problems == []
    assert (entry.title, entry.lang, entry.date.isoformat(), entry.companies, entry.source, entry.reviewed) == (
        "Mistral AI lève 385 millions d'euros",
        "fr",
        "2023-12-11",
        ["openai"],
        "Les Echos",
        True,
    )
    # every key but the derived-title flag and the lead image's, which an editor adds when the page has one
    assert set(entry.key_lines) == set(model.ENTRY_KEYS) - {"title_derived", "image", "image_caption", "image_credit"}
    code, report = check(root, capsys)
    assert code == 1 and "the body is still the `digest new` placeholder" in report  # the editor has not written it yet
    path.write_text(path.read_text(encoding="utf-8").split("<!--")[0] + "Le texte.\n", encoding="utf-8")
    assert check(root, capsys) == (0, "")


def test_never_overwrites(root, capsys):
    new(root, capsys, "Un titre assez long pour un slug", "--lang", "fr")
    path = root / "entries" / "undated" / "un-titre-assez-long-pour-un-slug.fr.md"
    path.write_text(path.read_text(encoding="utf-8") + "work in progress\n", encoding="utf-8")
    before = path.read_bytes()
    code, _, err = new(root, capsys, "Un titre assez long pour un slug", "--lang", "fr", "--date", "2024-01-02")
    assert code == 1 and "already exists" in err and "nothing written" in err
    assert path.read_bytes() == before and not (root / "entries" / "2024" / path.name).exists()


def test_translation_scaffold_keeps_the_facts_and_marks_what_to_translate(root, capsys):
    (root / "entries" / "2024" / f"{SLUG}.en.md").unlink()
    code, out, _ = new(root, capsys, "--translate", SLUG, "--lang", "en")
    path = root / "entries" / "2024" / f"{SLUG}.en.md"
    assert code == 0 and out == str(path)
    original, _ = model.load_entry(root / "entries" / "2024" / f"{SLUG}.fr.md")
    translation, problems = model.load_entry(path)
    assert problems == []
    for key in ("slug", "date", "story", "companies", "people", "source", "source_url", "events"):
        assert getattr(translation, key) == getattr(original, key), key
    assert translation.lang == "en" and translation.title == f"TODO translate: {original.title}"
    assert "Le vice-président de la recherche" in translation.body  # the text to translate, as a comment
    code, report = check(root, capsys)
    assert code == 1 and "title is not translated yet" in report and "summary is not translated yet" in report
    text = path.read_text(encoding="utf-8").replace("TODO translate: ", "")
    path.write_text(text.split("<!--")[0] + "Microsoft's vice president joins OpenAI.\n", encoding="utf-8")
    assert check(root, capsys) == (0, "")


def test_translation_errors_name_the_fix(root, capsys):
    code, _, err = new(root, capsys, "--translate", "bubeck-quite-microsoft", "--lang", "en")
    assert code == 1 and f"did you mean {SLUG}" in err
    code, _, err = new(root, capsys, "--translate", SLUG, "--lang", "en")
    assert code == 1 and "already exists" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["Titre", "--lang", "fr", "--date", "2024-02-30"], "'date' is not a day of the calendar"),
        (["Titre", "--lang", "fr", "--source-url", "javascript:alert(1)"], "'source_url' must be an http"),
        (["Titre", "--lang", "fr", "--slug", "../../etc"], "'slug' must not contain '/'"),
        (["Titre", "--lang", "fr", "--company", "Open AI"], "'companies' has items that are not ids"),
        (["--lang", "fr"], "a new entry needs a title and --lang"),
    ],
)
def test_bad_arguments_are_refused_before_writing(root, capsys, args, message):
    code, _, err = new(root, capsys, *args)
    assert code == 1 and message in err and "fix:" in err
    assert sorted(p.name for p in (root / "entries").iterdir()) == ["2024"]


@pytest.mark.parametrize(
    "title, slug",
    [
        ("🚀 OpenAI 🤖 dévoile un modèle", "openai-devoile-un-modele"),
        ("מיקרוסופט מגייסת את סם אלטמן", "mykrvsvpt-mgyyst-at-sm-altmn"),
        ("🚀🤖", "article"),
    ],
)
def test_emoji_and_right_to_left_titles_get_a_usable_slug(root, capsys, title, slug):
    code, out, _ = new(root, capsys, title, "--lang", "fr")
    assert code == 0 and Path(out).name == f"{slug}.fr.md"
    entry, problems = model.load_entry(Path(out))
    assert problems == [] and entry.title == title


def test_unknown_ids_are_written_with_a_warning(root, capsys):
    code, _, err = new(root, capsys, "Titre de test", "--lang", "fr", "--person", "yann-lecun")
    assert code == 0 and "unknown person 'yann-lecun'" in err and "content/people/yann-lecun.yml" in err
