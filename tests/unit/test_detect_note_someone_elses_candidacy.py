"""The user's own note about another person's candidacy ("Second interview – tutor
candidate (Amira)", "Final round: candidate Jo Park"): the user hires, for work or
privately, and is no candidate. A note naming the user as the candidate, or naming no
one after the word, is the user's own round."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – tutor candidate (Amira)",
        "Final round: candidate Jo Park",
        "2nd interview w/ babysitter candidate Oskar",
    ],
)
def test_a_note_about_another_persons_candidacy_is_no_round(title):
    v = verdict_of(note(title, days=2))
    assert not v.is_follow_up, why(v)
    assert any("someone else's candidacy" in r for r in v.reasons), why(v)


@pytest.mark.parametrize(
    "title",
    ["Second interview – Quillon Labs (candidate day)", "Second interview – Quillon Labs"],
)
def test_a_note_of_the_users_own_round_is_kept(title):
    v = verdict_of(note(title, days=2))
    assert v.is_follow_up, why(v)
