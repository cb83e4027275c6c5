"""Calls after the rounds, and a tracking system's "Final" on the only interview: a call
about the offer ("Call w/ Dana – Quillon offer"), a results call titled "Feedback –
Quillon"; a description saying the interview is the first and only one ("this is your
first and only conversation with us"), whatever stage the title names."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "dana@quillon.example"


def screen():
    return invite(
        "Quillon Labs – phone interview",
        HOST,
        days=-14,
        description="A phone interview for the Lab Operations Manager role at Quillon Labs.",
    )


@pytest.mark.parametrize(
    "title",
    ["Call w/ Dana – Quillon offer", "Quillon Labs offer call", "Feedback – Quillon (Dana)"],
)
def test_a_call_about_the_offer_or_the_result_is_no_round(title):
    later = invite(title, HOST, days=3, description="Walking you through the Lab Operations "
                   "Manager role package.")  # fmt: skip
    v = verdict_of(later, screen())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "said",
    [
        "For senior roles this is your first and only conversation with us, so it is "
        "marked Final in our system.",
        "We run a one-stage interview process for this role.",
        "Es su primera y única entrevista con nosotros.",
    ],
)
def test_the_only_interview_is_a_first_round_whatever_the_title(said):
    v = verdict_of(invite("Interview Scheduled: Final Interview - Lab Manager", HOST, days=3,
                          description=said))  # fmt: skip
    assert not v.is_follow_up, why(v)
    assert any("first round" in r for r in v.reasons), why(v)


def test_a_final_interview_without_such_words_stays_a_later_round():
    v = verdict_of(
        invite(
            "Interview Scheduled: Final Interview - Lab Manager",
            HOST,
            days=3,
            description="Your final interview with our COO. This is the last step.",
        )
    )
    assert v.is_follow_up, why(v)
