"""A debrief added by "+" or "&" to the candidate's own later round ("Pricing exercise
+ debrief", "Journée terrain – atelier (jour 2, fin 12h + debrief)"): the candidate's
debrief closing the round, not the interviewers' debrief of a candidate. Without a
later stage beside it ("Hiring – scoring & debrief"), it is still the interviewers'."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "nadia.ferro@brackwater-re.example"


@pytest.mark.parametrize(
    "title",
    [
        "Brackwater – pricing exercise + debrief",
        "Journée d'immersion atelier – Brackwater (jour 2, fin 12h + debrief)",
    ],
)
def test_a_debrief_added_to_a_later_stage_is_the_candidates(title):
    assert read_title(title).hiring_side is None
    earlier = invite("Entretien – Brackwater Re", HOST, days=1)
    v = verdict_of(invite(title, HOST, "olek.marsh@brackwater-re.example", days=9), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Analyst hiring – scoring & debrief", "Brackwater – debrief + next steps"],
)
def test_a_debrief_without_a_later_stage_stays_the_interviewers(title):
    assert read_title(title).hiring_side is not None
