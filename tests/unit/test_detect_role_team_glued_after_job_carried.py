"""An earlier round naming the job with its team or specialism written right after it,
capitalised and with no mark between ("Cost Estimator Marine Projects"), and a later
round writing the job without it ("Cost Estimator"): the later round carries the fuller
name, as it does after a dash or a comma; a place, a way of working or the employer's
word written there does not count.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import glued
from assistant.detect.verdict.rolecarry import fullest_role
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("full", "part", "company", "fuller"),
    [
        ("Cost Estimator Marine Projects", "Cost Estimator", "Brackwater Shipyards", True),
        ("Ward Clerk Outpatients", "Ward Clerk", None, True),
        ("Cost Estimator Rotterdam", "Cost Estimator", None, False),  # where the job sits
        ("Cost Estimator Remote", "Cost Estimator", None, False),  # how it is done
        ("Cost Estimator Brackwater", "Cost Estimator", "Brackwater Shipyards", False),
        ("Cost Estimators", "Cost Estimator", None, False),  # no whole word after it
        ("Cost Estimator – Marine", "Cost Estimator", None, False),  # a dash: dashed's
    ],
)
def test_a_team_glued_after_the_job(full, part, company, fuller):
    assert glued(full, part, company=company) is fuller


def test_the_later_round_carries_the_fuller_name():
    assert fullest_role("Cost Estimator", "Cost Estimator Marine Projects") == (
        "Cost Estimator Marine Projects"
    )
    assert fullest_role("Cost Estimator", "Cost Estimator Rotterdam") == "Cost Estimator"


def test_a_later_round_and_the_one_after_it_keep_the_team():
    host = "hr@brackwater-yards.example"
    first = invite(
        "Intro call – Brackwater Shipyards",
        host,
        days=1,
        description="Thanks for applying for the Cost Estimator Marine Projects role.",
    )
    second = invite("Second interview Cost Estimator – Brackwater Shipyards", host, days=12)
    third = invite("Shipyard visit – Brackwater Shipyards", host, days=20)
    assert verdict_of(second, first).role == "Cost Estimator Marine Projects"
    assert verdict_of(third, first, second).role == "Cost Estimator Marine Projects"
