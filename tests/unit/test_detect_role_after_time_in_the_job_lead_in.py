"""A role read with the user's time in the job before it ("first 90 days as Head Brewer",
"primeros meses como Jefa de Sala"): lower-case words, a number among them allowed, then a
word for "as" in any language, then the job capitalised. The job is what follows.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import without_lead_in


@pytest.mark.parametrize(
    ("role", "job"),
    [
        ("first 90 days as Head Brewer", "Head Brewer"),
        ("primeros meses como Jefa de Sala", "Jefa de Sala"),
        ("första 90 dagarna som Platschef", "Platschef"),
        ("premiers mois comme Chef de rang", "Chef de rang"),
    ],
)
def test_the_time_in_the_job_before_it_goes(role: str, job: str):
    assert without_lead_in(role) == job


@pytest.mark.parametrize("role", ["Head Brewer", "Cellar Manager as Interim", "head brewer"])
def test_a_job_with_no_lead_in_stays(role: str):
    assert without_lead_in(role) == role
