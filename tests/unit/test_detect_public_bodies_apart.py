"""Public bodies under one government suffix ("….vic.gov.au", "….sp.gov.br", "….gouv.fr")
are different employers: an interview with one never makes an interview with another a
later round, as "gov" or the state's code is no one's name."""

from __future__ import annotations

import pytest

from assistant.detect.employer.domains import domain_key
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("harbourline.vic.gov.au", "coastwater.vic.gov.au"),
        ("detran.sp.gov.br", "sabesp.sp.gov.br"),
        ("travail.gouv.fr", "culture.gouv.fr"),
        ("mhlw.go.jp", "meti.go.jp"),
    ],
)
def test_two_public_bodies_have_different_keys(one, other):
    assert domain_key(one) != domain_key(other)


def test_an_interview_at_another_public_body_is_not_a_later_round():
    first = invite(
        "Panel Interview - Analyst, Freight Corridors (R-2231)",
        "careers@harbourline.vic.gov.au",
        "ines.moreau@harbourline.vic.gov.au",
        days=-30,
        description="Your panel interview for the Analyst role.",
    )
    other = invite(
        "Interview – Senior Planner, Catchments (REQ0907)",
        "recruitment@coastwater.vic.gov.au",
        "omar.haddad@coastwater.vic.gov.au",
        days=5,
        description="Thank you for your application for the role of Senior Planner. "
        "You are invited to attend an interview.",
    )
    v = verdict_of(other, first)
    assert not v.is_follow_up, why(v)


def test_a_second_interview_at_the_same_public_body_still_follows_the_first():
    first = invite(
        "Interview – Senior Planner, Catchments (REQ0907)",
        "recruitment@coastwater.vic.gov.au",
        "omar.haddad@coastwater.vic.gov.au",
        days=-10,
        description="You are invited to attend an interview for the Senior Planner role.",
    )
    later = invite(
        "Second interview – Senior Planner, Catchments (REQ0907)",
        "recruitment@coastwater.vic.gov.au",
        "omar.haddad@coastwater.vic.gov.au",
        days=5,
    )
    assert verdict_of(later, first).is_follow_up
