"""Ingest pipeline: read every input, extract fields (pass 1), resolve dates and stories across
the batch (pass 2), then write raw copy and entry. One file failing never stops the others."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import multiprocessing
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .. import model, registry
from ..model import frontmatter
from ..fs import write_atomic
from ..model.events import affiliations
from ..model.kinds import FOLDERS
from . import dates, entities, events, language, lines, reader, stories, summary

SUFFIXES = (".txt", ".md", ".html", ".htm")
NOT_ARTICLES = {"SOURCES.md", "README.md"}  # folder notes, skipped when a whole folder is ingested


@dataclass
class Result:
    input: str
    status: str  # created, merged, skipped, failed
    reason: str = ""
    path: str | None = None
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    date_basis: str = ""  # editor, page, text, text+year from page, story, none


@dataclass
class _Work:
    path: Path
    data: bytes
    digest: str
    doc: reader.Document | None = None
    meta: dict = field(default_factory=dict)
    body: str = ""
    page: lines.Page | None = None
    result: Result | None = None
    content: Path | None = None
    mentions: list = field(default_factory=list)
    created: list = field(default_factory=list)  # registry entities this file made ingest create
    date_basis: str = ""  # how the date was found: editor, page, text, text+year from page, story, none
    date_evidence: str = ""  # the words that gave it, or why there is none
    ingested_as: Path | None = None  # the entry already made from these bytes (the file is skipped)
    extraction: entities.Extraction | None = None  # its people and companies, and the names the registry lacks
    registry_size: int = -1  # entities in the registry the extraction was made with (-1: not made yet)
    dated: bool = False  # the date was found ahead of pass 2 (in the worker that read the file)
    with_events: bool = False  # and the events too


def collect(paths: list[Path]) -> list[Path]:
    files = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES and f.name not in NOT_ARTICLES)
        else:
            files.append(p)
    return files


def slugify(text: str, words: int = 8) -> str:
    """The first words of ``text`` as an address, transliterated (accents, other scripts) and short enough
    for any file system: a 400-letter word or an emoji-only title still gives a usable slug."""
    return registry.slug(" ".join(registry.slug(text, max_length=10_000).split("-")[:words])) or "article"


def _title(page: lines.Page) -> tuple[str, bool]:
    """The page's headline, else a title derived from the lead sentence (flagged for the editor)."""
    if page.title is not None:
        return page.title.text, False
    lead = next((ln.text for ln in page.lines if ln.kind == lines.CONTENT and len(ln.text.split()) >= 5
                 and not lines.is_list_item(ln.text)), None)
    lead = lead or next((ln.text for ln in page.lines if ln.kept), "Article")
    sentence = re.split(r"(?<=[.!?])(?<![\s(][A-Z]\.)\s", lead)[0].rstrip(".")
    return _headline(sentence), True


_ASIDE = re.compile(r"\s*\([^()]*\)|(?<=\w),\s(?=[a-zà-ÿ])[^,]{3,90},(?=\s)")  # a parenthesis, or a lowercase apposition


def _without_aside(sentence: str) -> str:
    """``sentence`` without its first aside: a parenthesis, or an apposition to a name ("Sébastien Bubeck,
    vice-président de …, quitte"); a clause after a common word ("Ce week-end, le monde …,") is the sentence itself."""
    for match in _ASIDE.finditer(sentence):
        if match.group().lstrip().startswith("(") or sentence[:match.start()].split()[-1][:1].isupper():
            return sentence[:match.start()] + sentence[match.end():]
    return sentence


_OPENER = re.compile(r"(?:\S+\s){0,5}\S+,\s(?=[a-zà-ÿ])")  # up to six words and a comma before a lowercase clause
_CIRCUMSTANCE = {"on", "in", "at", "last", "this", "after", "before", "since", "according", "earlier", "later",
                 "selon", "après", "avant", "depuis", "lors", "en", "dans", "ce", "cette"}


def _is_circumstance(opener: str) -> bool:
    """ "Ce week-end, ", "On Monday, ", "Selon Reuters, " open a sentence; "Sebastian Bubeck, " is its subject."""
    words = opener.rstrip(", ").split()
    return words[0].lower() in _CIRCUMSTANCE or words[-1][:1].islower()


_APPOSITION = re.compile(r"(?:the|a|an|le|la|les|l['’]|un|une|des)\b", re.I)


def _headline(sentence: str, most: int = 16) -> str:
    """A lead sentence made headline-short: a short opening circumstance dropped ("Ce lundi, …"), asides
    dropped ("(GenAI)", ", vice president of …,") until it fits, then cut before a closing apposition, or
    after a word (never inside a name) with an ellipsis."""
    opener = _OPENER.match(sentence)
    if len(sentence.split()) > most and opener and _is_circumstance(opener.group()):
        # "Ce week-end, le monde …": the clause without its circumstance
        rest = sentence[opener.end():]
        sentence = rest[:1].upper() + rest[1:]
    while len(sentence.split()) > most and (shorter := _without_aside(sentence)) != sentence:
        sentence = shorter
    words = sentence.split()
    if len(words) <= most:
        return sentence
    end = most
    while end < min(len(words), most + 3) and words[end - 1][:1].isupper() and words[end][:1].isupper() \
            and words[end - 1][-1].isalnum():
        end += 1  # never cut a name in two: "… de Sam Altman…", not "… de Sam…"
    cut = " ".join(words[:end])
    clause, _, tail = " ".join(words[:end + 1]).rpartition(", ")
    if _APPOSITION.match(tail) and len(clause.split()) >= most // 2:
        return clause  # "… to join OpenAI, the artificial intelligence startup behind …"
    return cut.rstrip(",;:") + "…"


def _raw_index(raw_dir: Path) -> dict[str, Path]:
    if not raw_dir.is_dir():
        return {}
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in raw_dir.iterdir() if p.is_file() and p.name not in NOT_ARTICLES and not p.name.startswith(".")}  # .*.tmp: a killed write


def read_corpus(content: Path) -> tuple[dict[str, Path], dict[Path, dict]]:
    """One pass over the entries: which raw file each comes from, and the front matter of each
    (story grouping compares a batch with them). Unreadable entries are left to `digest check`."""
    by_raw, metas = {}, {}
    for path in sorted((content / "entries").rglob("*.md")):
        try:
            doc = frontmatter.parse(model.read_text(path))
        except frontmatter.FrontMatterError:
            continue
        metas[path] = doc.meta
        if doc.meta.get("raw"):
            by_raw[str(doc.meta["raw"])] = path
    return by_raw, metas


def _extract(work: _Work, outlets: frozenset[str]) -> None:
    """The page's lines, title, body and fields; entities are found apart (they depend on the registry)."""
    doc = work.doc
    page = lines.read(doc.text, language.detect(doc.text), outlets, headline=doc.meta.get("title"))
    work.page = page
    title, derived = _title(page)
    if doc.meta.get("title"):
        title, derived = doc.meta["title"], False
    if not re.search(r"\w", title):  # a paste of punctuation: no entry can be made of it
        raise reader.ReadError("no words in the text", "paste the article's text into the file, or remove it")
    if derived:
        doc.warnings.append("no headline in the paste: the title was made from the lead sentence "
                            "(title_derived: true); check it")
    body = page.markdown()
    lang = language.detect(body)
    work.body = body
    work.meta = {
        "title": title,
        "title_derived": derived,
        "date": None,
        "lang": lang,
        "slug": slugify(title),
        "source": doc.meta.get("sitename") or page.source,  # a saved or fetched page's own metadata first
        "source_url": doc.meta.get("url") or page.source_url,
        "authors": list(doc.meta.get("authors") or []) or page.authors,  # a saved page's metadata first
        "summary": summary.summarise(body),
        "companies": [],
        "people": [],
        "story": None,
        "tags": [],
        "events": [],
        "raw": None,
        "reviewed": False,
    }
    image = doc.meta.get("image")
    if image is not None:  # a page's lead image, with its caption and credit when the page gives them
        work.meta |= {"image": image.url, "image_caption": image.caption, "image_credit": image.credit}


def _registry_size(registry_: registry.Registry) -> int:
    """How many entities the registry holds: ingest only adds, so a size tells which state it was in."""
    return sum(map(len, registry_.entities.values()))


def _find_entities(work: _Work, registry_: registry.Registry) -> None:
    """Companies and people as registry ids, and the names the registry lacks (created by ``_register``)."""
    headline = None if work.meta["title_derived"] else work.meta["title"]
    extraction = entities.extract(work.body, work.meta["lang"], registry_, headline)
    # The byline's journalists (a podcast's hosts, speaking in its transcript) are never people of the article.
    authors = {registry.slug(name) for name in work.meta["authors"]}
    extraction.people = [person for person in extraction.people if person not in authors]
    extraction.mentions = [m for m in extraction.mentions if not (m.kind == "person" and m.id in authors)]
    work.meta["people"] = list(extraction.people)
    work.meta["companies"] = list(extraction.companies)
    work.mentions = extraction.mentions
    work.extraction = extraction
    work.registry_size = _registry_size(registry_)


def _register(work: _Work, registry_: registry.Registry) -> None:
    """Names the registry lacks become registry files (reviewed: false), known to the files that follow."""
    authors = {registry.slug(name) for name in work.meta["authors"]}
    for new in work.extraction.new:
        if registry_.get(new.kind, new.id) is not None or (new.kind == "person" and new.id in authors):
            continue
        path = work.content / FOLDERS[new.kind] / f"{new.id}.yml"
        label = path.relative_to(work.content.parent)
        if path.exists():  # a file the registry could not load: never overwritten, `digest check` explains it
            work.doc.warnings.append(f"{new.kind} '{new.name}': {label} exists but does not load; run digest check")
            continue
        write_atomic(path, frontmatter.dump_yaml(_entity_data(new.name, new.aliases, new.description, new.kind, links=new.links)))
        entity, _ = model.load_entity(path, new.kind)
        registry_.add(entity)
        work.created.append(entity)
        at = work.doc.text.find(new.surface)
        where = f"line {work.doc.text.count(chr(10), 0, at) + 1}: " if at >= 0 else ""
        origin = "from the knowledge base" if new.known else "check the name and description"
        work.doc.warnings.append(f"{where}new {new.kind} '{new.name}': {label} (reviewed: false; {origin})")


def _entity_data(name: str, aliases: list, description: dict, kind: str, affiliations=(), links=None) -> dict:
    data = {"name": name, "aliases": list(aliases), "description": dict(description)}
    if links:
        data["links"] = dict(links)
    if kind == "person":
        data["affiliations"] = list(affiliations)
    data["reviewed"] = False
    return data


def _new_people_affiliations(batch: list[_Work]) -> None:
    """People created by this run get affiliations from this batch's events, so their current company
    follows their latest move (and `digest check` finds no contradiction in a fresh file)."""
    created = [e for w in batch for e in w.created if e.kind == "person"]
    moves = [ev for w in batch for ev in w.meta["events"]]
    for person in created:
        found = affiliations([ev for ev in moves if ev.get("person") == person.id])
        if found:
            data = _entity_data(person.name, person.aliases, person.description, "person", found, person.links)
            write_atomic(person.path, frontmatter.dump_yaml(data))
            person.affiliations = found




def raw_target(raw_dir: Path, name: str) -> Path:
    """A free name in raw/ for an original: never one in use (a kept original is never overwritten)."""
    target, n = raw_dir / name, 1
    while target.exists():
        n += 1
        target = raw_dir / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return target


@dataclass
class _Run:
    """What reading one file needs to know of the run (a worker process gets it when it is forked)."""

    content: Path
    raw_dir: Path
    inbox: Path  # content/inbox, resolved: the files there are moved, not copied
    known_raw: dict[str, Path]
    by_raw: dict[str, Path]
    registry: registry.Registry
    outlets: frozenset[str]  # the registry's outlet names, for the line classifier
    editor_date: dt.date | None


def _failure(path: Path, exc: Exception) -> Result:
    """A file that cannot be read or analysed: the message names it and says what to do."""
    if isinstance(exc, reader.ReadError):
        return Result(str(path), "failed", f"{path}: {exc}; fix: {exc.fix}")
    if isinstance(exc, OSError):
        return Result(str(path), "failed", f"{path}: cannot read ({exc.strerror})")
    # one bad file must not stop the batch; the message names it
    return Result(str(path), "failed", f"{path}: {type(exc).__name__}: {exc}; fix: report this file to the maintainers")


def _analyse(path: Path, run_: _Run, with_entities: bool = True) -> _Work | Result:
    """All that ingest learns from one file without writing anything or changing the registry: its text,
    lines and fields, its entities against the registry as it is, and pass 2's own part (its date, its events),
    so that it can run in a worker process. A failure of pass 2's part is left to pass 2, which raises it."""
    try:
        data = path.read_bytes()
        work = _Work(path, data, hashlib.sha256(data).hexdigest())
        work.content = run_.content
        if work.digest in run_.known_raw and path.resolve().parent != run_.raw_dir.resolve():
            work.ingested_as = run_.by_raw.get(f"raw/{run_.known_raw[work.digest].name}")
            if work.ingested_as is not None:
                return work
        work.doc = reader.read(path)
        _extract(work, run_.outlets)
        if with_entities:
            _find_entities(work, run_.registry)
    except Exception as exc:
        return _failure(path, exc)
    with contextlib.suppress(Exception):  # pass 2 does it again, and raises
        _date(work, run_.editor_date)
        work.dated = True
        if with_entities:
            _events(work)
            work.with_events = True
    return work


POOL_MIN_FILES = 16  # below this, starting worker processes costs more than they save
_worker_run: _Run | None = None  # in a worker process: the run it was forked for
_worker_stale = None  # in a worker process: set once the run's registry has grown since the fork


def _in_worker(path: Path) -> _Work | Result:
    # A registry grown since the fork would give outdated entities: the main process finds them instead.
    return _analyse(path, _worker_run, with_entities=not _worker_stale.is_set())


def _start_worker(run_: _Run, stale) -> None:
    global _worker_run, _worker_stale
    _worker_run, _worker_stale = run_, stale


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def _analysis(files: list[Path], run_: _Run):
    """Each file's analysis, in file order. A large batch is analysed by forked worker processes, one per core,
    since files are independent there; a small one (or a one-core machine) in this process, file after file.
    Yields the analyses and an event to set when the registry grows (the workers then leave entities out)."""
    workers = _cores()
    if len(files) < POOL_MIN_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield (_analyse(path, run_) for path in files), threading.Event()
        return
    first = _analyse(files[0], run_)  # loads what extraction loads lazily (first names, stop lists) once, for all
    context = multiprocessing.get_context("fork")
    stale = context.Event()
    with context.Pool(workers, initializer=_start_worker, initargs=(run_, stale)) as pool:
        yield itertools.chain([first], pool.imap(_in_worker, files[1:], chunksize=4)), stale


def run(paths: list[Path], content: Path, progress=None, editor_date: dt.date | None = None,
        registry_: registry.Registry | None = None) -> list[Result]:
    """Ingest ``paths`` into ``content``; ``progress(total)`` may return a callable ticked once per file;
    ``editor_date`` dates every entry of the run (``digest ingest --date``); ``registry_``, the content's
    registry if the caller has loaded it (ingest adds the entities it creates)."""
    raw_dir = content / "raw"
    known_raw = _raw_index(raw_dir)
    by_raw, corpus = read_corpus(content)
    batch: list[_Work] = []
    results: list[Result] = []
    registry_ = registry_ or registry.load(content)
    files = collect(paths)
    run_ = _Run(content, raw_dir, (content / "inbox").resolve(), known_raw, by_raw, registry_, frozenset(registry_.outlets), editor_date)
    with _analysis(files, run_) as (analysed, stale):  # workers are forked before the progress bar's thread starts
        tick = progress(len(files)) if progress else (lambda: None)
        for path, work in zip(files, analysed):
            tick()
            if isinstance(work, Result):
                results.append(work)
                continue
            try:
                if work.ingested_as is not None:
                    if path.resolve().parent == run_.inbox:  # its bytes are in raw/: finish the move (e.g. after a killed run)
                        path.unlink()
                    results.append(Result(str(path), "skipped", f"already ingested as {work.ingested_as.relative_to(content)}",
                                          str(work.ingested_as)))
                    continue
                if work.registry_size != _registry_size(registry_):  # analysed before earlier files added entities
                    _find_entities(work, registry_)
                    work.with_events = False
                _register(work, registry_)
                if work.created:
                    stale.set()
                batch.append(work)
            except Exception as exc:
                results.append(_failure(path, exc))
    # Pass 2: dates from what the editor, the page and the text give, never from the clock; then stories,
    # whose other articles may give the year of a day and month.
    for work in batch:
        if not work.dated:
            _date(work, editor_date)
        if not work.with_events:
            _events(work)
    _stories(batch, corpus, known_raw, by_raw)
    _new_people_affiliations(batch)
    for work in batch:
        if work.meta["date"] is None:
            work.doc.warnings.append(f"no date: {work.date_evidence}")
    done: list[Path] = []  # inbox originals and superseded entry files, removed once the batch is on disk
    # A slug is a page address in both languages: a new entry never takes one in use, whatever its year or language.
    slugs = {p.name.split(".")[0] for p in corpus} | {
        meta["slug"] for meta in corpus.values() if isinstance(meta, dict) and isinstance(meta.get("slug"), str)}
    for work in batch:
        try:
            results.append(_write(work, run_, done, slugs))
        except OSError as exc:  # a full disk or a refused name: this file fails, the others are still written
            results.append(Result(str(work.path), "failed", f"{work.path}: cannot write ({exc.strerror}: {exc.filename}); fix: free disk space or check permissions, then run ingest again"))
    if done:
        os.sync()  # one flush for the batch instead of one fsync per file (a third of the time of a large batch)
        # Removing a file whose blocks are on disk waits on the disk (2 ms each here): threads overlap the waits.
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda path: path.unlink(missing_ok=True), done))
    return results


def _events(work: _Work) -> None:
    meta = work.meta
    headline = None if meta["title_derived"] else meta["title"]
    meta["events"] = events.extract(work.body, meta["lang"], meta["people"], meta["companies"], meta["date"],
                                    work.mentions, headline=headline)


_EDITOR_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=\D|$)")


def _date(work: _Work, editor_date: dt.date | None, story_years: Sequence[int] = (), era_years: Sequence[int] = ()) -> None:
    """The entry's date and how it was found (``date_basis``): the editor's (``--date``, a ``Date:`` line at
    the top of the paste, a file name starting YYYY-MM-DD), else the text's main event, dated against the
    page's own date (a saved page's metadata, a date line) and years (copyright, date lines), else nothing."""
    page = work.page
    named = _EDITOR_DATE.match(work.path.name)
    given = editor_date or page.editor_date or (model.parse_date(named.group(1)) if named else None)
    if given:
        work.meta["date"], work.date_basis, work.date_evidence = given, "editor", "given by the editor"
        return
    lang = work.meta["lang"]
    anchor = model.parse_date(str(work.doc.meta.get("date") or "")[:10])
    stamps = [stamp for line in page.stamps if (stamp := dates.date_line(line.text, lang))]
    years = [stamp.year for stamp in stamps if stamp.year] + page.years
    found = dates.find(work.body, lang, anchor=anchor or (stamps[0] if stamps else None), page_years=years,
                       context_years=story_years, era_years=era_years,
                       aside=[line.text for line in page.removed if line.kind == "social"])
    work.meta["date"], work.date_basis, work.date_evidence = found


def _stories(batch: list[_Work], corpus: dict[Path, dict], known_raw: dict, by_raw: dict) -> None:
    """Story ids for the batch together with the corpus; an undated entry that gives a day and month
    takes its year from the other articles of its story (basis ``story``), never from the clock."""
    raws = {f"raw/{known_raw[w.digest].name}" for w in batch if w.digest in known_raw}
    replaced = {by_raw[r] for r in raws if r in by_raw}  # entries this batch re-ingests
    for work in batch:  # a re-ingested entry keeps its story
        previous = by_raw.get(f"raw/{known_raw[work.digest].name}") if work.digest in known_raw else None
        kept = corpus.get(previous, {}).get("story") if previous else None
        work.meta["story"] = kept if isinstance(kept, str) and model.ID_RE.match(kept) else None
    # Entries as `digest check` would accept them: a hand-edited entry with a list for its story is left to check.
    corpus = [model.validate(meta, model.ENTRY_KEYS, str(path), {})[0]
              for path, meta in corpus.items() if path not in replaced and isinstance(meta, dict)]
    ids = stories.assign([w.meta for w in batch], corpus)
    dated: dict[str, list] = {}
    for item, story in [*((c, c.get("story")) for c in corpus), *((w.meta, s) for w, s in zip(batch, ids))]:
        when = model.parse_date(item.get("date"))
        if story and when:
            dated.setdefault(story, []).append(when)
    # The years the digest covers (this batch and the corpus): a weekday named with a day and month picks one.
    years = {d.year for found in dated.values() for d in found}
    era = range(min(years) - 1, max(years) + 2) if years else ()
    for work, story in zip(batch, ids):
        work.meta["story"] = story
        if work.meta["date"] is None and (dated.get(story) or era):
            _date(work, None, sorted({d.year for d in dated.get(story, ())}), era)
            if work.meta["date"] is not None:
                how = ("the year from other articles of story " + story if work.date_basis == "story"
                       else "the only year the digest covers where that day is that weekday")
                work.doc.warnings.append(f"date {work.meta['date']}: {how}; check it")
                _events(work)


def _write(work: _Work, run_: _Run, done: list[Path], slugs: set) -> Result:
    """Write the raw copy and the entry (atomically; synced with the batch); list files to delete after the sync in ``done``."""
    content, raw_dir, known_raw, by_raw = run_.content, run_.raw_dir, run_.known_raw, run_.by_raw
    if work.digest in known_raw:
        raw_path = known_raw[work.digest]
    else:
        raw_path = raw_target(raw_dir, work.path.name)
        write_atomic(raw_path, work.data, durable=False)
        known_raw[work.digest] = raw_path
    raw_rel = f"raw/{raw_path.name}"
    work.meta["raw"] = raw_rel
    meta = dict(work.meta)
    meta["date"] = meta["date"].isoformat() if meta["date"] else None
    year = meta["date"][:4] if meta["date"] else "undated"
    existing = by_raw.get(raw_rel)
    status = "created"
    if existing is not None:
        doc = frontmatter.parse(model.read_text(existing))
        if doc.meta.get("reviewed"):
            return Result(str(work.path), "skipped", "reviewed", str(existing), meta, work.doc.warnings, work.date_basis)
        status = "merged"
        # The entry keeps its address: a re-ingest never changes the slug readers and links use.
        kept = doc.meta.get("slug")
        meta["slug"] = kept if isinstance(kept, str) and model.SLUG_RE.match(kept) else existing.name.split(".")[0]
        target = content / "entries" / year / f"{meta['slug']}.{meta['lang']}.md"
        if target != existing:  # the date is now known (or changed): the entry moves to its year
            if target.exists():
                return Result(str(work.path), "skipped", f"would move {existing} to {target}, which exists", str(existing), meta, work.doc.warnings)
            work.doc.warnings.append(f"moved from {existing.relative_to(content)} to {target.relative_to(content)}")
    else:
        n = 1
        while meta["slug"] in slugs:
            n += 1
            meta["slug"] = f"{slugify(meta['title'])}-{n}"
        target = content / "entries" / year / f"{meta['slug']}.{meta['lang']}.md"
    slugs.add(meta["slug"])
    write_atomic(target, frontmatter.render(meta, work.body), durable=False)
    if existing is not None and existing != target:
        done.append(existing)
    by_raw[raw_rel] = target
    path = work.path.resolve()
    if path.parent == run_.inbox and path != raw_path.resolve():
        done.append(work.path)
    warnings = work.doc.warnings + [f"line {ln.number}: removed ({ln.kind}: {ln.reason}): {ln.text[:60]}" for ln in work.page.removed]
    return Result(str(work.path), status, "", str(target), meta, warnings, work.date_basis)
