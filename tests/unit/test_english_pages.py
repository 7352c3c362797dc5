"""Failures seen when reading real English news pages ingest was never tuned on, on pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import lines, pipeline
from digest.ingest.titles import page_title


def _title(text: str) -> str:
    title, derived = page_title(lines.read(text, "en"))
    assert derived
    return title


@pytest.mark.parametrize(
    "lead",
    [
        "HALIFAX -- Harbourline Robotics said on Tuesday it had hired a new chief scientist from a rival lab.",
        "June 4 - Harbourline Robotics said on Tuesday it had hired a new chief scientist from a rival lab.",
        "Halifax, June 4 (Coastal Wire)--Harbourline Robotics said on Tuesday it had hired a new chief scientist.",
        "/Relay News/ -- HALIFAX, Canada, Sept. 9, 2021 (MARITIME NEWSWIRE) -- Harbourline Robotics said on "
        "Tuesday it had hired a new chief scientist.",
    ],
)
def test_a_title_made_from_the_lead_leaves_its_dateline_out(lead):
    assert _title(lead + "\n").startswith("Harbourline Robotics said on Tuesday")


def test_a_title_made_from_the_lead_keeps_a_subject_described_after_its_comma():
    lead = (
        "A pair of materials chemists, including the head of a lab at Harbourline Robotics, have won this "
        "year's prize for their work on batteries that charge in minutes.\n"
    )
    assert _title(lead).startswith("A pair of materials chemists")


def test_a_caption_typed_twice_with_straight_and_curly_apostrophes_is_never_kept_twice():
    caption = "This picture shows the Harbourline app on a phone in Halifax on June 4, 2025. The firm's app leads."
    page = lines.read(
        "Harbourline tops the charts\n\n"
        "Harbourline Robotics said on Tuesday its app had reached the top of the download charts in Canada.\n\n"
        f"{caption}\n{caption.replace(chr(39), '’')}\n\n"
        "The company said it would open an office in Toronto next year to hire more engineers.\n",
        "en",
    )
    kinds = [line.kind for line in page.lines if line.text.startswith("This picture")]
    assert kinds.count(lines.CONTENT) <= 1 and kinds.count("duplicate") + kinds.count("caption") >= 1


def test_a_syndication_footer_dates_the_page(tmp_path):
    paste = tmp_path / "inbox" / "footer.txt"
    paste.parent.mkdir()
    paste.write_text(
        "Harbourline Robotics to open a lab in Halifax\n\n"
        "HALIFAX -- Harbourline Robotics will open a research lab in Halifax and hire forty engineers.\n\n"
        "The company said the lab would work on robots for ports and warehouses.\n\n"
        "This report by Maritime Wire was first published March 9, 2025.\n",
        encoding="utf-8",
    )
    (result,) = pipeline.run([paste], tmp_path / "content")
    assert str(result.meta["date"]) == "2025-03-09"


def test_a_caption_with_its_credit_glued_to_its_end_is_set_aside_with_the_short_text_above_it():
    page = lines.read(
        "Port robot maker Harbourline Robotics raises $40 million to grow in Canada\n\n"
        "A crane lifts a container at the port of Halifax during a robot trial\n"
        "A crane lifts a container at the port of Halifax during a robot trial by Harbourline Robotics in "
        "Halifax, Nova Scotia, May 2, 2024. COASTAL WIRE/Jane Roe\n\n"
        "Harbourline Robotics said on Tuesday it had raised $40 million to build robots for ports.\n\n"
        "The company plans to hire forty engineers in Halifax and Toronto next year.\n",
        "en",
    )
    assert [line.kind for line in page.lines if line.text.startswith("A crane")] == ["caption", "caption"]
    assert any(line.kind == "content" and line.text.startswith("Harbourline Robotics said") for line in page.lines)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the company rose after the news. Analysts at Acme/Beta agreed.",
        "The company said revenue rose in the quarter. It did not comment on Acme/Beta",
    ],
)
def test_a_paragraph_ending_with_a_slashed_name_is_no_caption(text):
    page = lines.read(
        f"Port robot maker Harbourline Robotics raises $40 million to grow in Canada\n\n{text}\n\n"
        "The firm will hire forty engineers next year.\n",
        "en",
    )
    assert next(line for line in page.lines if line.text == text).kind == "content"


def test_a_place_made_an_adjective_by_any_participle_is_nobody():
    from digest import registry
    from digest.ingest import entities

    text = (
        "The order sent Harbourline's Hong Kong-traded shares up 4 percent on Tuesday, said Jane Okafor, its chief "
        "executive."
    )
    reg = registry.load(Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "trust" / "content")
    found = entities.extract(text, "en", reg)
    people = {e.name for e in found.new if e.kind == "person"}
    assert people == {"Jane Okafor"}


def test_a_major_news_agency_s_tag_alone_above_the_text_is_the_source(tmp_path):
    wire = "dpa"  # the German agency signs in lowercase
    paste = tmp_path / "inbox" / "wire.txt"
    paste.parent.mkdir()
    paste.write_text(
        f"{wire}\n\nHalifax\n\n"
        "Harbourline Robotics will open a research lab in Halifax and hire forty engineers, the company said.\n\n"
        "The lab will build robots for ports and warehouses, its chief executive said in a statement.\n",
        encoding="utf-8",
    )
    (result,) = pipeline.run([paste], tmp_path / "content")
    assert result.meta["source"] == wire


def test_a_summary_leaves_the_dateline_out_and_never_tells_the_lead_twice():
    from digest.ingest.summary import summarise

    body = (
        "Harbourline Robotics will build port robots in Halifax with a grant from the province.\n\n"
        "HALIFAX -- Harbourline Robotics will build its port robots in Halifax with a grant from the province.\n\n"
        "The U.S. Department of Commerce cleared the sale of its robots to American ports last year."
    )
    assert summarise(body) == (
        "Harbourline Robotics will build port robots in Halifax with a grant from the province. "
        "The U.S. Department of Commerce cleared the sale of its robots to American ports last year."
    )
