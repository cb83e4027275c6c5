"""A bracket after a job that joins two fields in lower case by "and" in any language
("(hav och kust)", "(wald und wild)", "(tierra y agua)"): the job's specialism, kept with
it; a note in lower case ("(slot alternativo)") joins no two fields and stays out.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Intervju – Handläggare (hav och kust), Norrsundets Kommun", "Handläggare (hav och kust)"),
        ("Zweitgespräch – Referent (wald und wild)", "Referent (wald und wild)"),
        ("Segunda entrevista – Consultora (tierra y agua)", "Consultora (tierra y agua)"),
    ],
)
def test_two_lower_case_fields_joined_by_and_stay_on_the_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Secondo colloquio – Responsabile Magazzino (slot alternativo)", "Responsabile Magazzino"),
        ("Interview – Fleet Planner (confidential search)", "Fleet Planner"),
    ],
)
def test_a_lower_case_note_in_brackets_stays_out(title, role):
    assert role_in_title(title) == role
