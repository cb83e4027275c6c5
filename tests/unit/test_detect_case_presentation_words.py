"""A case study presented at a later stage, in the invite's language ("Case-presentation
+ lunch with the team", "Fallstudie – Präsentation", "Case técnico – apresentação para os
sócios"): a later stage when the invite is about a job."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Case-presentation + lunch with the team",
        "Fallstudie – Präsentation (Nordwerk)",
        "Case técnico – apresentação para os sócios",
    ],
)
def test_a_case_presentation_in_an_invite_about_a_job_is_a_later_stage(title):
    v = verdict_of(
        invite(
            title,
            "recruiting@nordwerk.example",
            "lea.brandt@nordwerk.example",
            days=4,
            description="Recruiting: the Controller vacancy.",
        )
    )
    assert v.is_follow_up, why(v)
