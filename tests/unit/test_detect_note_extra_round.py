"""The user's own note naming an extra round with an employer met before ("Orvane –
extra round w/ COO", "Zusätzliche Runde – Orvane", "Tour supplémentaire – Orvane"):
an added round after the planned ones is a later round."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Orvane – extra round w/ COO (Teams, Lea sends link)",
        "Orvane: additional round with the CFO",
        "Zusätzliche Runde – Orvane (Teams)",
        "Orvane – tour supplémentaire avec le DG",
    ],
)
def test_a_note_naming_an_extra_round_follows_the_interviews(title):
    v = verdict_of(
        note(title, days=7),
        invite(
            "Orvane Systems - Interview - Buyer",
            "lea@orvane.example",
            days=-10,
            description="Thanks for applying for the Buyer role.",
        ),
    )
    assert v.is_follow_up, why(v)


def test_an_extra_round_of_golf_is_not_a_round():
    v = verdict_of(note("extra round of golf w/ Pete", days=7))
    assert not v.is_follow_up, why(v)
