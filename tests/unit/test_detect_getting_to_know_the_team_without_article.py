"""Getting to know the team written without its article ("Kennenlernen Team",
"Kennenlernen Pflege-Team"): a later stage, as "Kennenlernen des Teams" is, not the
first meeting "Kennenlernen" alone names. A word only beginning with "Team"
("Kennenlernen Teamleitung …") is still a first meeting with a person."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Besuch in Lindau: Kennenlernen Team & Werkstattrundgang",
        "Gespräch vor Ort + Kennenlernen Pflege-Team",
    ],
)
def test_getting_to_know_the_team_without_article_is_a_later_stage(title):
    reading = read_title(title)
    assert reading.first_round is None
    assert reading.stage is not None
    earlier = invite(
        "Telefoninterview – Werkstattleitung (m/w/d)", "h.roth@moorbach-werke.example", days=1
    )
    v = verdict_of(invite(title, "h.roth@moorbach-werke.example", days=12), earlier)
    assert v.is_follow_up, why(v)


def test_a_word_only_opening_with_team_is_no_team():
    reading = read_title("Kennenlernen Teamleitung Einkauf – Moorbach Werke")
    assert reading.first_round is not None
