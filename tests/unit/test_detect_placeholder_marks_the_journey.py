"""A tentative mark on the journey to a round ("Hotel TBC", "(hotel booking tbd, ask Sam)") leaves
the user's own note of that round booked: only a note marking the round itself
unconfirmed ("Second interview Wrenfield (TBC)") is a placeholder beside the real
invite."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def _rounds(days: float):
    first = invite("Phone screen – Wrenfield Labs", "noor@wrenfield.example", days=-20)
    later = invite("Second interview – Wrenfield Labs", "noor@wrenfield.example", days=days)
    return first, later


@pytest.mark.parametrize(
    "title",
    [
        "Wrenfield final (COO) – Oslo, in person. Hotel TBC",
        "Wrenfield final – CFO + HR, Leeds (hotel booking tbd, ask Sam)",
    ],
)
def test_a_journey_marked_unconfirmed_leaves_the_round_booked(title):
    v = verdict_of(note(title, days=8), *_rounds(days=2))
    assert v.is_follow_up, why(v)


def test_the_round_itself_marked_unconfirmed_is_still_a_placeholder():
    v = verdict_of(note("Wrenfield final (TBC) – Oslo", days=3), *_rounds(days=2))
    assert not v.is_follow_up, why(v)
    assert "placeholder" in why(v)
