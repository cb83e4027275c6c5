"""The user's note naming the employer by its initials ("T&B final w/ COO") where the
interviews wrote that employer two ways, short and in full ("Tamsin and Bell", "Tamsin &
Bell Logistics Ltd"): one employer, not two sharing the letters, so the note is its
later round; two different employers sharing the letters still name neither."""

from __future__ import annotations

from assistant.detect.verdict.initialsnote import employer_by_initials
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def test_a_short_and_a_full_name_of_one_employer_are_one_employer():
    names = ["Tamsin and Bell", "Tamsin & Bell Logistics Ltd"]
    assert employer_by_initials("T&B final w/ COO", names) == "Tamsin & Bell Logistics Ltd"


def test_two_employers_sharing_the_letters_still_name_neither():
    names = ["Tamsin and Bell", "Torvald Brewing Co"]
    assert employer_by_initials("T&B final w/ COO", names) is None


def test_the_note_is_the_later_round_of_the_employer_written_two_ways():
    v = verdict_of(
        note("T&B final w/ COO - she calls my mobile", days=6),
        invite(
            "Tamsin & Bell | Phone screen",
            "ana@tamsinbell.example",
            days=-12,
            description="Thanks for applying for the Freight Analyst role at Tamsin & Bell Logistics Ltd.",
        ),
        invite("Meet the team - Tamsin and Bell", "ana@tamsinbell.example", days=-3),
    )
    assert v.is_follow_up, why(v)
