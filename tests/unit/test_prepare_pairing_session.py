"""A pairing session (two people at one keyboard, as many engineering loops run their
technical round) is a coding exercise to prepare for, in every language the briefing's
vocabulary names, and in the briefing's "TO PREPARE" notice."""

from __future__ import annotations

import pytest

from assistant.briefing.prepare import what_to_prepare

PAIRING = [
    "Next up is a 60-minute pairing session with one of our platform engineers.",
    "You'll pair with one of our developers on a small bug in the billing service.",
    "The afternoon is a mob-programming round with three of the team.",
    "Am Nachmittag folgt eine Pairing-Session mit zwei Entwicklerinnen.",
    "Wir machen 45 Minuten Pair-Programming an einem kleinen Ticket.",
    "Ensuite, une séance de programmation en binôme avec l'équipe paiements.",
    "Después tendrás una sesión de pairing con el equipo de pagos.",
    "Faremo un'ora di programmazione in coppia sul nostro backend.",
]


@pytest.mark.parametrize("sentence", PAIRING)
def test_a_pairing_session_is_a_coding_exercise(sentence: str):
    assert [p.kind for p in what_to_prepare(sentence)][:1] == ["coding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We pair every new hire with a buddy for their first month.",
        "Wine pairing dinner with the sommelier team.",
    ],
)
def test_pairing_that_is_not_a_coding_round_asks_for_nothing(sentence: str):
    assert what_to_prepare(sentence) == []
