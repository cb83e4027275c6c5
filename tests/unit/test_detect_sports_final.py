"""A sports final whose description says "final round" ("Bonspiel – FINAL 🏆") is a
contest, not a job round."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize("sport", ["Bonspiel", "Curling", "Netball", "Lacrosse", "Water polo"])
def test_a_sports_final_is_no_round(sport):
    event = invite(
        f"{sport} – FINAL 🏆",
        "skip@granitecrew.example.ca",
        "x@granitecrew.example.ca",
        "y@granitecrew.example.ca",
        description="We made the final round! Warm-up at 7.",
    )
    v = verdict_of(event)
    assert not v.is_follow_up, why(v)
