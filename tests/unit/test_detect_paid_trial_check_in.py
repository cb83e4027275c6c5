"""A paid trial's meetings with the employer's people ("Paid trial – daily stand-up
(Kittiwake Co-op)") after an interview with that employer: rounds of the process. A
paid trial of a product, with no interview before it, stays a meeting."""

from __future__ import annotations

from tests.unit.test_detect_kinds import invite, verdict_of, why


def check_in():
    return invite(
        "Paid trial – daily stand-up (Kittiwake Co-op)",
        "ana.lowe@kittiwake.example",
        "sam.ede@kittiwake.example",
        days=8,
    )


def test_a_paid_trials_check_in_after_an_interview_is_a_later_round():
    first = invite(
        "Interview – Community Energy Officer – Kittiwake Co-op",
        "ana.lowe@kittiwake.example",
        days=-12,
        description="Thanks for applying for the Community Energy Officer role.",
    )
    v = verdict_of(check_in(), first)
    assert v.is_follow_up, why(v)


def test_a_paid_trial_with_no_interview_before_is_no_round():
    v = verdict_of(check_in())
    assert not v.is_follow_up, why(v)
