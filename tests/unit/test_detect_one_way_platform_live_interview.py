"""A live interview held on a one-way video platform ("Spark Hire Live Interview: …",
"Willo live interview – …") follows the recorded interview that platform ran first,
whether or not the recorded one is on the calendar: a later round. A live interview
naming no such platform may be the first, and stays so alone."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Spark Hire Live Interview: Claims Adjuster – Bellwether Mutual",
        "Willo live interview – Bellwether Mutual (Claims Adjuster)",
    ],
)
def test_a_live_interview_on_a_one_way_platform_is_a_later_round(title):
    live = invite(
        title,
        "notifications@sparkhire.com",
        "dana.pryce@bellwethermutual.example",
        days=3,
        description="Your live interview with Bellwether Mutual for the Claims Adjuster job.",
    )
    v = verdict_of(live)
    assert v.is_follow_up, why(v)


def test_a_live_interview_naming_no_platform_stays_a_first_round_alone():
    live = invite(
        "Live interview – Bellwether Mutual (Claims Adjuster)",
        "dana.pryce@bellwethermutual.example",
        days=3,
        description="Your live interview with Bellwether Mutual for the Claims Adjuster job.",
    )
    v = verdict_of(live)
    assert not v.is_follow_up, why(v)


def test_a_recorded_interview_whose_employer_reads_as_the_platform_names_no_employer():
    recorded = invite(
        "HireVue On-Demand Interview: Claims Adjuster",
        "invites@hirevue-mail.example",
        days=-8,
        description="Record your answers to five questions by Friday.",
    )
    live = invite(
        "HireVue Live Interview – Bellwether Mutual",
        "noreply@hirevue.com",
        "dana.pryce@bellwethermutual.example",
        days=3,
        description="Your live interview with Bellwether Mutual for the Claims Adjuster job.",
    )
    v = verdict_of(live, recorded)
    assert v.is_follow_up, why(v)
