"""A whole day the employer's people send, its title naming a day's stage and not the
employer ("Shadow day – dispatch desk", "Journée découverte à Nyon", "Onsite visit
(Plant 3)"): its description and guests name the process, so it is the process's later
round once an earlier interview with that employer is known, and nothing without one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "hr@corvellan.example"


def first_interview():
    return invite(
        "Interview – Dispatch Planner",
        HOST,
        days=-14,
        uid="first",
        description="Thanks for applying to Corvellan Freight AG for the Dispatch Planner role.",
    )


def day_sent(title: str):
    event = invite(title, "lea@corvellan.example", HOST, days=5,
                   description="See you at 08:00 at the gate. Lea, Corvellan Freight AG")  # fmt: skip
    return replace(event, all_day=True)


TITLES = ["Shadow day – dispatch desk", "Journée découverte à Nyon", "Onsite visit (Plant 3)"]


@pytest.mark.parametrize("title", TITLES)
def test_a_sent_whole_day_stage_after_an_interview_is_a_round(title):
    v = verdict_of(day_sent(title), first_interview())
    assert v.is_follow_up, why(v)
    assert v.first_interview_id == "first"


@pytest.mark.parametrize("title", TITLES)
def test_the_same_day_without_an_earlier_interview_is_no_round(title):
    assert not verdict_of(day_sent(title)).is_follow_up
