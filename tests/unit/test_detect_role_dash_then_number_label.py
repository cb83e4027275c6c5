"""A job then a dash and one word labelling the opening's number ("– Réf. 2800147", "-
Req #4471", "– Kennziffer: 12-345"): the word is no team or specialism of the job, so
the role stays the job alone. One word before a number that is no label (a team and
its round, "– Payments 2nd round") is left to the other rules.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.teamafter import with_team


def _with_team(role: str, source: str) -> str | None:
    return with_team(role, (source,), lambda team: False)


@pytest.mark.parametrize(
    ("role", "source"),
    [
        ("Gouvernante générale", "Entretien – Gouvernante générale (H/F) – Réf. 4410982"),
        ("Warehouse Planner", "Interview: Warehouse Planner - Req #4471"),
        ("Schichtleiter Logistik", "Gespräch – Schichtleiter Logistik – Kennziffer: 12-345"),
        ("Jefe de almacén", "Entrevista – Jefe de almacén – Referencia 88120"),
    ],
)
def test_a_word_labelling_a_number_is_no_team(role: str, source: str):
    assert _with_team(role, source) == role


def test_a_team_after_the_dash_still_joins_the_job():
    source = "Entretien – Gouvernante générale – Spa & Wellness"
    assert _with_team("Gouvernante générale", source) == "Gouvernante générale – Spa & Wellness"
