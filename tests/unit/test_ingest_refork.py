"""A large batch whose files add names to the registry: the pool is forked again with the grown registry, so the files
after the growth are read by the workers (not a second time by this process), and the output stays that of one
process reading every file in turn."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import pipeline, workers

SEEDS = sorted((Path(__file__).parents[1] / "fixtures" / "ingest").glob("*.txt"))


def _ingest(tmp_path: Path, monkeypatch, name: str, pool_min: int, refork_after: int):
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    monkeypatch.setattr(workers, "POOL_MIN_FILES", pool_min)
    monkeypatch.setattr(workers, "REFORK_AFTER", refork_after)
    reread = []
    find_entities = pipeline._find_entities
    monkeypatch.setattr(pipeline, "_find_entities", lambda work, reg: reread.append(work) or find_entities(work, reg))
    root = tmp_path / name / "content"
    (root / "inbox").mkdir(parents=True)
    for n, seed in enumerate(SEEDS * 2):  # each seed twice: the second copy finds the names the first added
        (root / "inbox" / f"{n:03d}-{seed.name}").write_text(
            seed.read_text(encoding="utf-8") + f"\n(copy {n})\n", encoding="utf-8"
        )
    results = [(Path(r.input).name, r.status, r.meta, r.warnings) for r in pipeline.run([root / "inbox"], root)]
    files = {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    return results, files, len(reread)


def test_a_grown_registry_forks_the_pool_again_and_changes_no_output(tmp_path, monkeypatch):
    *alone, _ = _ingest(tmp_path, monkeypatch, "alone", 10**9, 1)
    *once, reread_once = _ingest(tmp_path, monkeypatch, "once", 2, 10**9)
    *again, reread_again = _ingest(tmp_path, monkeypatch, "again", 2, 1)
    assert once == alone and again == alone
    assert any(status == "created" for _, status, *_ in alone[0])
    assert reread_again < reread_once  # files after a growth are read by the new workers, not again here
