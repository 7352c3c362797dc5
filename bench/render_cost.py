"""Where rendering goes: every page of a content folder rendered in one process (nothing written), CPU seconds
per page family and template; optionally under cProfile, or with the pages' bytes kept to compare two commits.

    python bench/render_cost.py CONTENT [--only entries] [--limit 4000] [--profile FILE] [--dump FOLDER]

Run from the root of the checkout to measure (its settings and theme). The search index is not built; the cache
is a scratch folder, so every body is converted as in a cold build. ``--dump`` of two commits, then ``diff -r``,
shows whether a change to rendering kept the output byte-identical.
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from digest.build.scheduler import Build
from digest.settings import DigestSettings, load, settings_file
from digest.site.render import Renderer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--only", default="", help="only the pages whose 'family:template' contains this")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages (0: all)")
    parser.add_argument("--profile", type=Path, help="write cProfile's statistics of the rendering here")
    parser.add_argument("--dump", type=Path, help="write each page's bytes under this folder")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="render-cost-"))
    try:
        return measure(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure(args: argparse.Namespace, scratch: Path) -> int:
    config = settings_file(None)
    override = {
        "PATH": str(args.content.resolve()),
        "OUTPUT_PATH": str(scratch / "output"),
        "DIGEST_SEARCH": False,
        "DIGEST_CACHE_PATH": str(scratch / "cache"),
    }
    settings = DigestSettings.read(load(config, override), config)
    build = Build(settings, args.content.resolve(), scratch / "output")
    start = time.process_time()
    build.load()
    pages = build.pages()
    print(f"loaded and listed {len(pages)} pages in {time.process_time() - start:.1f} s CPU", flush=True)
    family = {page.path: name.rsplit(".", 1)[-1] for name, made in build.made.items() for page in made}
    label = {page.path: f"{family.get(page.path, 'site-wide')}:{page.template}" for page in pages}
    pages = [page for page in pages if args.only in label[page.path]][: args.limit or None]
    renderer = Renderer(build.site, settings, build.recorder)
    renderer.compile()
    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    for page in pages:
        start = time.process_time()
        data = renderer.render(page)
        seconds[label[page.path]] += time.process_time() - start
        counts[label[page.path]] += 1
        if args.dump:
            target = args.dump / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    for name in sorted(seconds, key=seconds.get, reverse=True):
        print(f"{seconds[name]:8.2f} s {counts[name]:7,d} {name}")
    print(f"{sum(seconds.values()):8.2f} s {len(pages):7,d} pages rendered (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
