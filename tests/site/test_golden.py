"""Golden output: the small golden site builds into exactly the pages kept in tests/fixtures/golden/expected.

Any change to what a page says or how it is marked up shows here as a diff; when the change is intended,
`make golden` writes the expected pages again and the diff is reviewed with the change.
"""

from __future__ import annotations

import difflib

import golden

HOW_TO_ACCEPT = (
    "if this change to the built pages is intended, run `make golden` and commit "
    "tests/fixtures/golden/expected with it, after reading its diff"
)


def test_the_golden_site_builds_byte_for_byte_into_the_expected_pages(tmp_path):
    built = golden.generated(golden.build(tmp_path))
    expected = golden.generated(golden.EXPECTED)
    assert expected, f"no expected pages in {golden.EXPECTED}: {HOW_TO_ACCEPT}"
    assert sorted(built) == sorted(expected), (
        f"pages added: {sorted(set(built) - set(expected))}, removed: {sorted(set(expected) - set(built))}; "
        f"{HOW_TO_ACCEPT}"
    )
    changed = [name for name in built if built[name] != expected[name]]
    diff = "".join(
        line
        for name in changed[:3]
        for line in difflib.unified_diff(
            expected[name].decode("utf-8").splitlines(keepends=True),
            built[name].decode("utf-8").splitlines(keepends=True),
            f"expected/{name}",
            f"built/{name}",
            n=1,
        )
    )
    assert changed == [], f"{len(changed)} pages differ; {HOW_TO_ACCEPT}\n{diff[:4000]}"
