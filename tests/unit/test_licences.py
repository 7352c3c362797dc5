"""digest is MIT: what `make build` installs beside it is read from the installed distributions' own metadata, and
every copyleft licence among them is one the README's licence section names and accounts for."""

import importlib.metadata
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# GPL and AGPL, which reach a program built on them; the Lesser GPL, which a dependency may carry, does not.
COPYLEFT = re.compile(r"(?<![L\w])A?GPL|(?<!Lesser )(?<!Library )General Public License", re.I)
# A licence offered beside it (docutils' parts, tld's "MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later") lets one
# use the distribution under that one instead.
ALTERNATIVE = re.compile(
    r"\b(?:MIT|BSD|Apache|ISC|PSF|Python Software Foundation|Public Domain|CC0|Unlicense|Zlib|MPL|Mozilla|LGPL)"
)


def runtime_distributions() -> list[str]:
    """The runtime lock's packages: exactly what `make build` and the wheel's users install."""
    return re.findall(r"^([A-Za-z0-9_.-]+)==", (ROOT / "requirements.lock").read_text(encoding="utf-8"), re.M)


def licences(name: str) -> list[str]:
    """A distribution's declared licences: its SPDX expression, its License field's first line, its classifiers."""
    metadata = importlib.metadata.metadata(name)
    declared = [metadata.get("License-Expression") or "", (metadata.get("License") or "").strip().split("\n")[0]]
    return [text for text in declared if text] + [
        c for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")
    ]


def copyleft(declared: list[str]) -> bool:
    return any(COPYLEFT.search(text) for text in declared) and not any(ALTERNATIVE.search(text) for text in declared)


def licence_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Licence\n", 1)[1].split("\n## ", 1)[0]


def test_every_runtime_dependency_declares_a_licence():
    assert [name for name in runtime_distributions() if not licences(name)] == []


def test_every_copyleft_runtime_dependency_is_accounted_for_in_the_readme():
    section = licence_section().lower()
    copylefts = [name for name in runtime_distributions() if copyleft(licences(name))]
    assert "pelican" in copylefts  # the check sees the one copyleft dependency digest cannot do without
    assert [name for name in copylefts if name.lower() not in section] == []


def test_the_copyleft_check_tells_gpl_from_lgpl_and_dual_licences():
    assert copyleft(["License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)"])
    assert copyleft(["AGPLv3"])
    assert not copyleft(["License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)"])
    assert not copyleft(["LGPL-2.1-or-later"])
    assert not copyleft(["License :: Public Domain", "License :: OSI Approved :: GNU General Public License (GPL)"])
    assert not copyleft(["MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later"])
    assert not copyleft(["MIT"])
