"""Story grouping over several labelled sets ingested together: pairwise precision, recall and F1.

Each set is scored alone by `digest eval`, where a story of one set never meets the articles of another. A real
digest holds every article at once: a company's two rounds a year apart, a person's two moves, a recap naming earlier
events can then be joined across sets. This ingests the named sets as one corpus (in a scratch copy of the content
registry) and scores every pair: a gold story is its set's name plus its slug, so that two sets' stories are apart
unless ONE_EVENT says both sets' gold tell the same real event.

    .venv/bin/python tools/stories_together.py tests/fixtures/pastes tests/fixtures/holdout ../shared/devset
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from itertools import combinations
from pathlib import Path

from digest.evaluate import _cases, _prf
from digest.ingest import pipeline

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "tests" / "fixtures" / "trust" / "content"

# Stories of two sets whose gold plainly tells one real event (same people or companies, same fact, same day):
# each group is one story once the sets are together. Only the first member's name matters.
ONE_EVENT: list[set[tuple[str, str]]] = [
    {("pastes", "mistral-600m-2024-06"), ("holdout4", "mistral-series-b-2024-06")},  # Mistral's €600m, 2024-06-11
    {("pastes", "leike-joins-anthropic-2024-05"), ("holdout4", "leike-joins-anthropic-2024-05")},
    {("pastes", "thinking-machines-launch-2025-02"), ("holdout", "thinking-machines-launch-2025-02")},
    {  # OpenAI buys io, 2025-05-21
        ("pastes", "openai-io-acquisition-2025-05"),
        ("holdout", "openai-acquires-io-2025-05"),
        ("holdout2", "openai-acquires-io-2025-05"),
    },
    {("pastes", "h-seed-2024-05"), ("holdout4", "h-company-seed-2024-05")},  # H's $220m seed, 2024-05-21
    {("pastes", "karpathy-eureka-labs-2024-07"), ("holdout4", "karpathy-founds-eureka-labs-2024-07")},
    {("pastes", "hf-pollen-acquisition-2025-04"), ("holdout3", "hf-pollen-2025-04")},  # Hugging Face buys Pollen
    {  # Mistral's €1.7bn round led by ASML, 2025-09-09
        ("holdout", "mistral-series-c-asml-2025-09"),
        ("holdout2", "mistral-series-c-asml-2025-09"),
        ("holdout3", "mistral-asml-series-c-2025-09"),
        ("holdout5", "mistral-series-c-asml-2025-09"),
    },
    {  # Suleyman hired by Microsoft, 2024-03-19
        ("devset", "suleyman-joins-microsoft-2024-03"),
        ("holdout", "suleyman-joins-microsoft-2024-03"),
        ("holdout2", "suleyman-joins-microsoft-2024-03"),
    },
    {("holdout", "windsurf-google-deepmind-2025-07"), ("holdout2", "google-hires-windsurf-ceo-2025-07")},
    {("holdout2", "lecun-leaves-meta-2025-11"), ("holdout5", "lecun-leaves-meta-2025-11")},
    {("devset", "murati-leaves-openai-2024-09"), ("holdout3", "murati-leaves-openai-2024-09")},
    {  # Altman back at OpenAI's head, 2023-11-21/22 (his hiring by Microsoft two days before is another story)
        ("holdout3", "altman-returns-openai-2023-11"),
        ("holdout4", "altman-reinstated-openai-2023-11"),
        ("holdout5", "altman-returns-openai-2023-11"),
    },
]


def gold_story(set_name: str, slug: str | None) -> str:
    """The story of a gold article once every set is together: its set's, or the first of its ONE_EVENT group."""
    for group in ONE_EVENT:
        if (set_name, slug) in group:
            set_name, slug = min(group)
    return f"{set_name}/{slug}"


def pairwise(gold: dict[str, str], ours: dict[str, str | None]) -> tuple[dict, list[tuple[str, str, str]]]:
    """Pairwise precision, recall and F1 of ``ours`` against ``gold`` (article -> story), and the pairs that
    disagree: ("joined" or "split", article, article)."""
    tp = fp = fn = 0
    wrong = []
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_ours = ours.get(a) is not None and ours.get(a) == ours.get(b)
        tp += same_gold and same_ours
        fp += same_ours and not same_gold
        fn += same_gold and not same_ours
        if same_gold != same_ours:
            wrong.append(("joined" if same_ours else "split", a, b))
    return _prf(tp, fp, fn), wrong


def ingest_together(sets: list[Path]) -> tuple[dict[str, str], dict[str, str | None], dict[str, dict]]:
    """Gold story, our story and our entry's front matter (empty when ingest failed) of every labelled article of
    ``sets``, all ingested as one corpus."""
    cases = [(path, gold_story(s.name, gold.get("story"))) for s in sets for path, gold in _cases(s)]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "content"
        scratch.mkdir()
        for folder in ("people", "companies"):
            if (REGISTRY / folder).is_dir():
                shutil.copytree(REGISTRY / folder, scratch / folder)
        results = {r.input: r for r in pipeline.run([p for p, _ in cases], scratch)}
    ours, metas = {}, {}
    for path, _ in cases:
        found = results.get(str(path))
        ok = found is not None and found.status != "failed"
        ours[str(path)] = found.meta.get("story") if found and ok else None
        metas[str(path)] = found.meta if found and ok else {}
    return {str(p): story for p, story in cases}, ours, metas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="labelled set folders (with gold/ and articles/)")
    parser.add_argument("--quiet", action="store_true", help="scores only, not the pairs that disagree")
    args = parser.parse_args()
    gold, ours, metas = ingest_together(args.sets)
    titles = {path: str(meta.get("title", "")) for path, meta in metas.items()}
    score, wrong = pairwise(gold, ours)
    if not args.quiet:
        for kind, a, b in wrong:
            short = ["/".join(Path(p).parts[-3::2]) for p in (a, b)]
            print(f"{kind:6} {short[0]} [{ours[a]}] | {short[1]} [{ours[b]}]")
            print(f"         {titles[a][:70]} | {titles[b][:70]}")
    print(f"articles={len(gold)} precision={score['precision']} recall={score['recall']} f1={score['f1']}")


if __name__ == "__main__":
    main()
