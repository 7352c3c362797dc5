"""Settings: read once into a typed DigestSettings; a wrong type stops the build with a clear report, as a
content problem does, before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.commands.build import build
from digest.settings import SETTINGS, DigestSettings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "site"


def test_a_setting_left_out_takes_its_default_and_pelicans_unset_values_mean_it_too():
    settings = DigestSettings.read({"PATH": "content", "DEFAULT_PAGINATION": None})
    for setting in SETTINGS:
        default = setting.default if not isinstance(setting.default, list) else tuple(setting.default)
        assert getattr(settings, setting.attribute) == default, setting.name
    assert settings.cache == (Path("content").resolve().parent / ".cache")
    assert DigestSettings.read({"PATH": "content", "DIGEST_CACHE_PATH": "/tmp/c"}).cache == Path("/tmp/c")


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("DIGEST_SEARCH", "no", "must be True or False"),
        ("DIGEST_SEARCH_SHARD_SIZE", "500", "must be a whole number of 1 or more"),
        ("DIGEST_HOME_STORIES", -1, "must be a whole number of 0 or more"),
        ("DIGEST_RELATED", True, "must be a whole number of 0 or more"),
        ("DIGEST_PAGE_FAMILIES", "digest.site.home", "must be a list of module names"),
        ("DEFAULT_PAGINATION", 2.5, "must be a whole number of 1 or more"),
    ],
)
def test_a_wrong_type_is_reported_with_the_setting_the_value_and_a_fix(name, value, message):
    with pytest.raises(SettingsError) as raised:
        DigestSettings.read({"PATH": "content", name: value})
    (problem,) = raised.value.problems
    assert f"{name} {message}, not {value!r}" in problem.message
    assert problem.fix.startswith(f"{name} = ")


def test_a_wrong_setting_stops_the_build_before_anything_is_written(tmp_path, capsys):
    config = tmp_path / "conf.py"
    config.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"THEME = {str(ROOT / 'themes' / 'digest')!r}\n\nDIGEST_SEARCH_SHARD_SIZE = '500'\n",
        encoding="utf-8",
    )
    out = tmp_path / "output"
    assert build(FIXTURE, out, settings=config, DIGEST_CACHE_PATH=str(tmp_path / "cache")) == 1
    err = capsys.readouterr().err
    assert f"{config}:6: error: DIGEST_SEARCH_SHARD_SIZE must be a whole number of 1 or more, not '500' (str)" in err
    assert "fix: DIGEST_SEARCH_SHARD_SIZE = 500" in err and "build stopped" in err
    assert not out.exists() and not (tmp_path / "cache").exists()
