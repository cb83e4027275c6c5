"""A bracket after the round that names whom the user meets: people with a word saying
they attend ("(Head of Legal attending)", "（大阪支社 森課長 同席）", "(임원 참석)"), or a
group of interviewers by their level ("(실무진)", "(경영진)", "（役員陣）"). Neither is
the job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.besideround import role_beside_round
from assistant.detect.job.bracketnote import says_who_attends
from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    "title",
    [
        "二次面談（大阪支社 森課長 同席）",
        "Second interview (Head of Legal attending)",
        "Zweites Gespräch (Werkleiterin Huber anwesend)",
        "2차 면접 (기술이사 참석)",
    ],
)
def test_a_bracket_saying_who_attends_is_no_job(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("part", "attends"),
    [
        ("Head of Legal attending", True),
        ("森課長 同席", True),
        ("Attending Physician", False),  # the word opening the part is the job's
        ("同席", False),
    ],
)
def test_who_attends_closes_the_part(part, attends):
    assert says_who_attends(part) is attends


@pytest.mark.parametrize("group", ["실무진", "경영진"])
def test_a_group_of_interviewers_beside_the_round_is_no_job(group):
    title = f"[누리광학] 2차 면접 안내 ({group})"
    assert role_beside_round(title, "누리광학", set(), ("nuri-optics",)) is None


def test_a_job_beside_the_round_is_still_read():
    title = "[누리광학] 2차 면접 안내 (광학설계 엔지니어)"
    assert role_beside_round(title, "누리광학", set(), ("nuri-optics",)) == "광학설계 엔지니어"
