"""A tracking system's line naming the job the interview is for ("Interview for: …",
"Entretien pour : …", "Entrevista para: …", "Gespräch für: …"), and a requisition
number before the job without a dash ("Job: #R-5520 Lead Planner").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolefield import role_in_field


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Candidate: Jo Park\nInterview for: Harbour Pilot Trainee\nStage: 2",
            "Harbour Pilot Trainee",
        ),
        ("Interviewing for: Cold Chain Analyst\n", "Cold Chain Analyst"),
        ("Entretien pour : Technicienne de maintenance\n", "Technicienne de maintenance"),
        ("Entrevista para: Analista de Tesorería\n", "Analista de Tesorería"),
        ("Gespräch für: Fachkraft Lagerlogistik\n", "Fachkraft Lagerlogistik"),
        ("Colloquio per: Tecnico di laboratorio\n", "Tecnico di laboratorio"),
    ],
)
def test_the_job_the_interview_is_for(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Requisition: 7710 Cold Chain Analyst\n", "Cold Chain Analyst"),
        ("Job: #R-5520 Lead Planner\n", "Lead Planner"),
        ("Position: 3D Artist\n", "3D Artist"),
    ],
)
def test_a_requisition_number_before_the_job_is_dropped(text, role):
    assert role_in_field(text) == role
