"""Ingest pipeline: read every input, extract fields (pass 1), resolve dates and stories across
the batch (pass 2), then write raw copy and entry. One file failing never stops the others."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import model, registry, roles
from ..model.text import slug
from . import datelines, dates, entities, events, language, lines, posts, reader, stories, summary
from .entities.own_pages import own_page
from .entities.story_names import story_first_names
from .inputs import collect, raw_index, read_corpus
from .report import Result, failure
from .titles import page_title, slugify
from .work import Run, Work
from .workers import analysis
from .writing import new_people_affiliations, register, write


def _extract(work: Work, outlets: frozenset[str]) -> None:
    """The page's lines, title, body and fields; entities are found apart (they depend on the registry)."""
    doc = work.doc
    page = lines.read(doc.text, language.detect(doc.text), outlets, headline=doc.meta.get("title"))
    work.page = page
    title, derived = page_title(page)
    if doc.meta.get("title"):
        title, derived = doc.meta["title"], False
    if not re.search(r"\w", title):  # a paste of punctuation: no entry can be made of it
        raise reader.ReadError("no words in the text", "paste the article's text into the file, or remove it")
    if derived:
        doc.warnings.append(
            "no headline in the paste: the title was made from the lead sentence (title_derived: true); check it"
        )
    body = page.markdown()
    lang = language.of_own_text(body)
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


def _find_entities(work: Work, registry_: registry.Registry) -> None:
    """Companies and people as registry ids, and the names the registry lacks (created by ``_register``)."""
    headline = None if work.meta["title_derived"] else work.meta["title"]
    extraction = entities.extract(work.body, work.meta["lang"], registry_, headline)
    work.speaker = posts.subject(work.page, work.body, work.meta["lang"], headline, extraction, registry_)
    if work.speaker:  # the post tells its poster's own move: a person of the article, not its author
        work.meta["authors"] = [name for name in work.meta["authors"] if name != work.page.poster]
    # The byline's journalists (a podcast's hosts, speaking in its transcript) are never people of the article.
    authors = {slug(name) for name in work.meta["authors"]}
    extraction.people = [person for person in extraction.people if person not in authors]
    extraction.mentions = [m for m in extraction.mentions if not (m.kind == "person" and m.id in authors)]
    issuer, created = own_page(work.body, work.meta["source"], registry_, extraction.companies, tuple(extraction.new))
    if issuer:
        extraction.companies.append(issuer)
        extraction.new += [created] if created else []
    work.meta["people"] = list(extraction.people)
    work.meta["companies"] = list(extraction.companies)
    work.mentions = extraction.mentions
    work.extraction = extraction
    work.registry_size = _registry_size(registry_)


def _analyse(path: Path, run_: Run, with_entities: bool = True) -> Work | Result:
    """All that ingest learns from one file without writing anything or changing the registry: its text,
    lines and fields, its entities against the registry as it is, and pass 2's own part (its date, its events),
    so that it can run in a worker process. A failure of pass 2's part is left to pass 2, which raises it."""
    try:
        data = path.read_bytes()
        work = Work(path, data, hashlib.sha256(data).hexdigest())
        work.content = run_.content
        if work.digest in run_.known_raw and run_.resolve(path).parent != run_.raw_dir.resolve():
            work.ingested_as = run_.by_raw.get(f"raw/{run_.known_raw[work.digest].name}")
            if work.ingested_as is not None:
                return work
        work.doc = reader.read(path, data)
        _extract(work, run_.outlets)
        if with_entities:
            _find_entities(work, run_.registry)
    except Exception as exc:
        return failure(path, exc)
    with contextlib.suppress(Exception):  # pass 2 does it again, and raises
        _date(work, run_.editor_date)
        work.dated = True
        if with_entities:
            _events(work)
            work.with_events = True
    return work


def run(
    paths: list[Path],
    content: Path,
    progress=None,
    editor_date: dt.date | None = None,
    registry_: registry.Registry | None = None,
) -> list[Result]:
    """Ingest ``paths`` into ``content``; ``progress(total)`` may return a callable ticked once per file;
    ``editor_date`` dates every entry of the run (``digest ingest --date``); ``registry_``, the content's
    registry if the caller has loaded it (ingest adds the entities it creates)."""
    raw_dir = content / "raw"
    known_raw = raw_index(raw_dir)
    by_raw, corpus = read_corpus(content)
    batch: list[Work] = []
    results: list[Result] = []
    registry_ = registry_ or registry.load(content)
    files = collect(paths)
    run_ = Run(
        content,
        raw_dir,
        (content / "inbox").resolve(),
        known_raw,
        by_raw,
        registry_,
        frozenset(registry_.outlets),
        editor_date,
    )
    with analysis(files, run_, _analyse, warm=roles.first_names) as (
        analysed,
        stale,
    ):  # workers are forked before the progress bar's thread starts
        tick = progress(len(files)) if progress else (lambda: None)
        for path, work in zip(files, analysed, strict=True):
            tick()
            if isinstance(work, Result):
                results.append(work)
                continue
            try:
                if work.ingested_as is not None:
                    if run_.resolve(path).parent == run_.inbox:  # its bytes are in raw/: finish the move (a killed run)
                        path.unlink()
                    results.append(
                        Result(
                            str(path),
                            "skipped",
                            f"already ingested as {work.ingested_as.relative_to(content)}",
                            str(work.ingested_as),
                        )
                    )
                    continue
                if work.registry_size != _registry_size(registry_):  # analysed before earlier files added entities
                    _find_entities(work, registry_)
                    work.with_events = False
                register(work, registry_)
                if work.created:
                    stale.set()
                batch.append(work)
            except Exception as exc:
                results.append(failure(path, exc))
    # Pass 2: dates from what the editor, the page and the text give, never from the clock; then stories,
    # whose other articles may give the year of a day and month.
    for work in batch:
        if not work.dated:
            _date(work, editor_date)
        if not work.with_events:
            _events(work)
    _stories(batch, corpus, known_raw, by_raw)
    story_first_names([(work.body, work.meta) for work in batch], registry_)
    new_people_affiliations(batch)
    for work in batch:
        if work.meta["date"] is None:
            work.doc.warnings.append(f"no date: {work.date_evidence}")
    done: list[Path] = []  # inbox originals and superseded entry files, removed once the batch is on disk
    # A slug is a page address in both languages: a new entry never takes one in use, whatever its year or language.
    slugs = {p.name.split(".")[0] for p in corpus} | {
        meta["slug"] for meta in corpus.values() if isinstance(meta, dict) and isinstance(meta.get("slug"), str)
    }
    for work in batch:
        try:
            results.append(write(work, run_, done, slugs))
        except OSError as exc:  # a full disk or a refused name: this file fails, the others are still written
            results.append(
                Result(
                    str(work.path),
                    "failed",
                    f"{work.path}: cannot write ({exc.strerror}: {exc.filename}); fix: free disk space"
                    " or check permissions, then run ingest again",
                )
            )
    if done:
        os.sync()  # one flush for the batch instead of one fsync per file (a third of the time of a large batch)
        # Removing a file whose blocks are on disk waits on the disk (2 ms each here): threads overlap the waits.
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda path: path.unlink(missing_ok=True), done))
    return results


def _events(work: Work) -> None:
    meta = work.meta
    headline = None if meta["title_derived"] else meta["title"]
    meta["events"] = events.extract(
        work.body,
        meta["lang"],
        meta["people"],
        meta["companies"],
        meta["date"],
        work.mentions,
        headline=headline,
        speaker=work.speaker,
    )


_EDITOR_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=\D|$)")


def _date(
    work: Work, editor_date: dt.date | None, story_years: Sequence[int] = (), era_years: Sequence[int] = ()
) -> None:
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
    stamps = [stamp for line in page.stamps if (stamp := datelines.page_stamp(line.text, lang))]
    stamps += [stamp] if (stamp := datelines.address_date(page.source_url)) else []  # after the page's date lines
    # a syndication footer set aside as a credit, or an update note, dates the page: "This report was first published
    # Dec. 6, 2024", "(Article mis à jour le 15 juin 2018 …)"
    stamps += [
        stamp
        for line in page.removed
        if line.kind in ("credit", "note") and (stamp := dates.page_note(line.text, lang))
    ]
    years = [stamp.year for stamp in stamps if stamp.year] + page.years
    years += datelines.furniture_years((line.text for line in page.removed), lang)
    found = dates.find(
        work.body,
        lang,
        anchor=anchor or (stamps[0] if stamps else None),
        page_years=years,
        context_years=story_years,
        era_years=era_years,
        aside=[line.text for line in page.removed if line.kind == "social"],
        captions=[line.text for line in page.removed if line.kind == "caption"],
    )
    work.meta["date"], work.date_basis, work.date_evidence = found


def _stories(batch: list[Work], corpus: dict[Path, dict], known_raw: dict, by_raw: dict) -> None:
    """Story ids for the batch together with the corpus; an undated entry that gives a day and month
    takes its year from the other articles of its story (basis ``story``), never from the clock."""
    raws = {f"raw/{known_raw[w.digest].name}" for w in batch if w.digest in known_raw}
    replaced = {by_raw[r] for r in raws if r in by_raw}  # entries this batch re-ingests
    for work in batch:  # a re-ingested entry keeps its story
        previous = by_raw.get(f"raw/{known_raw[work.digest].name}") if work.digest in known_raw else None
        kept = corpus.get(previous, {}).get("story") if previous else None
        work.meta["story"] = kept if isinstance(kept, str) and model.ID_RE.match(kept) else None
    # Entries as `digest check` would accept them: a hand-edited entry with a list for its story is left to check.
    corpus = [
        model.validate(meta, model.ENTRY_KEYS, str(path), {})[0]
        for path, meta in corpus.items()
        if path not in replaced and isinstance(meta, dict)
    ]
    ids = stories.assign([w.meta for w in batch], corpus)
    dated: dict[str, list] = {}
    told = [*((c, c.get("story")) for c in corpus), *((w.meta, s) for w, s in zip(batch, ids, strict=True))]
    for item, story in told:
        when = model.parse_date(item.get("date"))
        if story and when:
            dated.setdefault(story, []).append(when)
    # The years the digest covers (this batch and the corpus): a weekday named with a day and month picks one.
    years = {d.year for found in dated.values() for d in found}
    era = range(min(years) - 1, max(years) + 2) if years else ()
    for work, story in zip(batch, ids, strict=True):
        work.meta["story"] = story
        if work.meta["date"] is None and (dated.get(story) or era):
            _date(work, None, sorted({d.year for d in dated.get(story, ())}), era)
            if work.meta["date"] is not None:
                how = (
                    "the year from other articles of story " + story
                    if work.date_basis == "story"
                    else "the only year the digest covers where that day is that weekday"
                )
                work.doc.warnings.append(f"date {work.meta['date']}: {how}; check it")
                _events(work)
