"""A later round named only by its case study, in the invite's language ("Étude de cas :
présentation", "Caseövning", "Estudio de caso"), and the user's own note of a deck for it
("Deck for … case study"), which is preparation, not a round."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Étude de cas : présentation à la direction",
        "Caseövning och diskussion",
        "Estudio de caso con el equipo directivo",
        "Studium przypadku – omówienie",
    ],
)
def test_a_case_study_alone_in_an_invite_about_a_job_is_a_later_stage(title):
    v = verdict_of(
        invite(
            title,
            "recruiting@kelvora.example",
            "ines.morvan@kelvora.example",
            days=4,
            description="Recruiting: the Revenue Manager vacancy.",
        )
    )
    assert v.is_follow_up, why(v)
