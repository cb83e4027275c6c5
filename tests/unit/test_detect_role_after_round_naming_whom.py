"""A round after one whose title named whom it was with where the job stands ("2nd
interview (Operations Director)", the invite naming "our Operations Director, Ms. …")
takes the job the rounds kept, not those words: the earlier rounds are asked for the
job as they were written, and the words found to be whom the round was with give way
to the job kept instead.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.detect import detect
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import invite_from


def _invite(uid: str, title: str, day: int, description: str) -> Event:
    return invite_from(
        "talent@moravskysklad.example",
        uid,
        title,
        datetime(2029, 11, day, 9, tzinfo=UTC),
        description,
    )


def test_the_third_round_takes_the_job_not_whom_the_second_met():
    first = _invite("a", "Interview: Yard Scheduler – Moravsky Sklad", 2, "First interview.")
    second = _invite(
        "b",
        "Moravsky Sklad – 2nd interview (Operations Director)",
        12,
        "Hello, you will meet our Operations Director, Ms. Dana Kolarova, on site.",
    )
    third = _invite("c", "Moravsky Sklad – final interview", 20, "Final round at the depot.")
    found = detect([first, second, third], Profile.build(["me@example.org"]))
    assert [d.verdict.role for d in found[1:]] == ["Yard Scheduler", "Yard Scheduler"]
    assert found[2].verdict.is_follow_up
