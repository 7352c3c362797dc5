"""Property-based tests: no input makes front-matter parsing, entry loading, ingest or check crash.

Each property only allows the outcomes a user can act on: a parsed document, a FrontMatterError, a list of
Problems, or an ingest Result with a status and a reason. Example counts stay modest so the suite is fast.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest import checks, model
from digest.ingest import pipeline
from digest.model import frontmatter

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text biased towards what breaks parsers: YAML syntax, delimiters, odd line ends, other scripts.
YAML_BITS = st.sampled_from(
    [
        "---",
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "&a",
        "*a",
        "!!",
        "!!python/object:os.system",
        "#",
        "|",
        ">",
        "'",
        '"',
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\ufeff",
        "\x00",
        "2024-02-30",
        "2024-10-14",
        "null",
        "~",
        "yes",
        "title",
        "lang",
        "slug",
        "date",
        "events",
        "é",
        "🚀",
        "\u202e",
        "שלום",
        "عربي",
        "  ",
        "<script>",
        "1e999",
    ]
)
TEXTISH = st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=40).map("".join)
KEYS = list(model.ENTRY_KEYS) + ["unknown", "titel"]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.sampled_from(["fr", "en", "de", "../x", "/etc/passwd", "openai"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@FAST
@given(TEXTISH)
def test_front_matter_parse_returns_a_document_or_a_located_error(text):
    try:
        doc = frontmatter.parse(text)
    except frontmatter.FrontMatterError as exc:
        assert exc.line >= 1 and exc.fix
    else:
        assert isinstance(doc.meta, dict) and doc.body_line >= 2


@FAST
@given(
    st.one_of(
        st.binary(max_size=300), TEXTISH.map(lambda t: ("---\n" + t + "\n---\nbody\n").encode("utf-8", "surrogatepass"))
    )
)
def test_load_entry_on_any_bytes_gives_an_entry_or_problems(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.fr.md"
        path.write_bytes(data)
        entry, problems = model.load_entry(path)
    assert entry is not None or problems
    assert all(p.line >= 1 and p.message for p in problems)


@FAST
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=10), st.text(max_size=200))
def test_load_entry_on_any_front_matter_values(meta, body):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.fr.md"
        path.write_text(frontmatter.render(meta, body), encoding="utf-8")
        entry, problems = model.load_entry(path)
    assert entry is not None or problems
    if entry is not None:
        assert entry.lang in model.LANGUAGES and model.SLUG_RE.match(entry.slug)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        TEXTISH.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    st.sampled_from([".txt", ".md", ".html"]),
)
@example(b".", ".txt")  # found by CI: an entry with an empty title was written
def test_ingest_on_any_paste_reports_a_status_never_a_traceback(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        paste = content / "inbox" / f"paste{suffix}"
        paste.parent.mkdir(parents=True)
        paste.write_bytes(data)
        results = pipeline.run([paste], content)
        assert len(results) == 1
        result = results[0]
        assert result.status in ("created", "failed", "skipped"), result
        if result.status == "failed":
            assert "fix:" in result.reason or ":" in result.reason
            assert paste.read_bytes() == data  # a refused paste stays where it was
        else:
            entry, problems = model.load_entry(Path(result.path))
            assert entry is not None, problems
            assert (content / entry.raw).read_bytes() == data


ENTRY = st.fixed_dictionaries(
    {"title": VALUES, "lang": st.sampled_from(["fr", "en", "xx"]), "slug": st.sampled_from(["a", "b", "../c", "a-b"])},
    optional={k: VALUES for k in ("date", "companies", "people", "story", "events", "raw", "summary", "source_url")},
)
ENTITY = st.fixed_dictionaries(
    {"name": VALUES}, optional={k: VALUES for k in ("aliases", "description", "affiliations", "links", "reviewed")}
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["2023", "2024", "undated"]), ENTRY, TEXTISH), max_size=5),
    st.lists(
        st.tuples(
            st.sampled_from(["companies", "people"]),
            st.sampled_from(["openai", "microsoft", "sam-altman", "Bad Id"]),
            ENTITY,
        ),
        max_size=4,
    ),
)
def test_check_on_any_content_tree_gives_problems_never_a_traceback(entries, entities):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        for n, (year, meta, body) in enumerate(entries):
            path = root / "entries" / year / f"e{n}.{meta['lang']}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(frontmatter.render(meta, body), encoding="utf-8", errors="surrogatepass")
        for kind, name, meta in entities:
            path = root / kind / f"{name}.yml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(frontmatter.dump_yaml(meta), encoding="utf-8", errors="surrogatepass")
        problems = checks.check_corpus(root)
    assert all(isinstance(p, model.Problem) and p.line >= 1 and p.severity in ("error", "warning") for p in problems)
    assert problems == sorted(problems, key=lambda p: (p.path, p.line, p.severity, p.message))
