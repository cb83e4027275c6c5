"""A description's first line holding only a job and what closes it in a posting (a
requisition number, a gender marker: "Lead Buyer, Spares – Pacific Rim (Req 31-0457)"),
as a tracking system writes the job on a line of its own, names the job; a sentence
closed by a requisition ("Thank you for applying (Req 31-0457).") does not.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_description
from assistant.detect.text.titles import closed_by_job_mark


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lead Buyer, Turbine Spares – Pacific Rim (Req 31-0457)\nScheduled via a tracker",
            "Lead Buyer, Turbine Spares – Pacific Rim",
        ),
        (
            "Leitung Ersatzteillager und Versand (m/w/d)\nBitte bestätigen",
            "Leitung Ersatzteillager und Versand",
        ),
        ("Thank you for applying (Req 31-0457).\nKind regards", None),
    ],
)
def test_a_first_line_closed_by_a_job_mark(text, role):
    assert read_description(text).role == role


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Lead Buyer, Turbine Spares (Req 31-0457)", True),
        ("Thank you for applying (Req 31-0457).", False),
        ("Lead Buyer, Turbine Spares", False),
    ],
)
def test_closed_by_job_mark(line, closed):
    assert closed_by_job_mark(line) is closed
