"""A title's words that say whom the round is with or what kind of round it is are no
job: ranks joined by "+" or "・" ("（会長＋佐藤部長）", "部長・人事"), a rank and a verb
("COO sits in"), a kind of round alone ("(técnica)", "(Technical)"). One rank alone may
be the job applied for and stays.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.detect import detect
from assistant.detect.job.roundnote import round_note
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import invite_from


@pytest.mark.parametrize(
    "words",
    [
        "（会長＋佐藤部長）",
        "部長・人事",
        "COO sits in",
        "CTO & CFO",
        "(técnica)",
        "Technical",
        "技術",
    ],
)
def test_whom_or_what_kind_is_a_note(words):
    assert round_note(words)


@pytest.mark.parametrize(
    "words", ["CFO", "Technical Lead", "Recruiter", "HR Manager", "品質保証エンジニア"]
)
def test_a_job_is_no_note(words):
    assert not round_note(words)


def _invite(title: str, description: str = "") -> Event:
    return invite_from(
        "talent@kobaltwerk.de",
        f"note-{title}",
        title,
        datetime(2029, 9, 4, 8, tzinfo=UTC),
        description,
    )


@pytest.mark.parametrize(
    "title",
    [
        "Zweites Gespräch Kobaltwerk (técnica)",
        "二次面接 Kobaltwerk（会長＋佐藤部長）",
        "Kobaltwerk final round - COO sits in",
    ],
)
def test_the_note_is_not_given_as_the_role(title):
    (found,) = detect([_invite(title)], Profile.build(["me@example.org"]))
    assert found.verdict.is_follow_up
    assert found.verdict.role is None


def test_the_field_names_the_job_beside_the_note():
    event = _invite("Zweites Gespräch Kobaltwerk (Technical)", "Interview for: Lagerlogistiker\n")
    (found,) = detect([event], Profile.build(["me@example.org"]))
    assert found.verdict.role == "Lagerlogistiker"
