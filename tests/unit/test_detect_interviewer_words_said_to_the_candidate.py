"""Words of the interviewers' side that the candidate's invite holds too: a debrief the
candidate has ("a feedback debrief with our psychologist", "debrief with me after
lunch"), or a tracking system's footer linking the interview kit on every copy
("Interview kit: https://…"). In a description that opens by greeting the user by name,
they do not make the user an interviewer; words only interviewers read ("scorecard"),
or a description greeting no one, still do."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why

FOOTER = "\n\nInterview booked with Lever. Interview kit: https://hire.example/kits/5521"


def final_round(description: str):
    return invite(
        "Final round – Harlow Foods (Procurement Lead)",
        "maya.irving@harlowfoods.example",
        "teo.vance@harlowfoods.example",
        days=5,
        description=description,
    )


@pytest.mark.parametrize(
    "description",
    [
        "Hi Robin,\n\nThe morning is a case exercise, then a debrief with me before lunch.",
        "Hello Robin — here is the plan for the day: the site, the team, a wrap-up." + FOOTER,
        "Dear Ms Hale,\n\nAfter the role play there is a questionnaire debrief with Dr Lowe.",
    ],
)
def test_both_sides_words_in_an_invite_greeting_the_user_leave_it_the_users_round(description):
    v = verdict_of(final_round(description))
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "description",
    [
        # no greeting: the invite may be the interviewers'
        "The panel meets at 2pm; debrief in room 4 afterwards.",
        "Schedule for the day: site, team, wrap-up." + FOOTER,
        # greeting, but a word only interviewers read
        "Hi Robin,\n\nPlease fill in your scorecard in the tracking system afterwards.",
    ],
)
def test_interviewer_words_without_a_greeting_or_for_interviewers_only_still_veto(description):
    v = verdict_of(final_round(description))
    assert not v.is_follow_up, why(v)
