"""Failures seen when reading real English news pages ingest was never tuned on, on pages written for the test."""

from __future__ import annotations

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


def test_a_caption_typed_twice_with_straight_and_curly_apostrophes_is_kept_once():
    caption = "This picture shows the Harbourline app on a phone in Halifax on June 4, 2025. The firm's app leads."
    page = lines.read(
        "Harbourline tops the charts\n\n"
        "Harbourline Robotics said on Tuesday its app had reached the top of the download charts in Canada.\n\n"
        f"{caption}\n{caption.replace(chr(39), '’')}\n\n"
        "The company said it would open an office in Toronto next year to hire more engineers.\n",
        "en",
    )
    kinds = [line.kind for line in page.lines if line.text.startswith("This picture")]
    assert kinds.count("duplicate") == 1


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
