"""An interview after a one-way recorded video interview whose only trace is the user's
all-day note naming the platform and the employer ("HireVue – Marlow Physio (due
Fri!)"): the recorded one was the first round, so the interview is the next. Without
the note, the same invite is a first interview."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import NOW, make_event
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why


def _interview():
    return invite(
        "Interview: Senior Physiotherapist - Knee (R-5521) - Tomas Ferreira",
        "olu.banks@marlowphysio.example",
        days=6,
        description=(
            "Marlow Physio Group Ltd would like to invite you to an interview for the "
            "Senior Physiotherapist - Knee role with the hiring manager."
        ),
    )


def _recorded_note():
    return make_event(
        "HireVue – Marlow Physio (due Fri!)",
        start=(NOW - timedelta(days=8)).replace(hour=0, minute=0),
        minutes=24 * 60,
        uid="note|hirevue",
        organizer=me_at(),
        attendees=(),
        all_day=True,
    )


def test_the_interview_after_the_recorded_one_is_the_next_round():
    v = verdict_of(_interview(), _recorded_note())
    assert v.is_follow_up, why(v)


def test_alone_the_interview_is_a_first_one():
    v = verdict_of(_interview())
    assert not v.is_follow_up, why(v)
