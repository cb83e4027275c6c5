"""A later round named as a talk with an executive: a fireside chat or a "charla" with
the chief executive booked by the employer for the candidate alone, an English chat
or meeting with a general manager or an administrator written without an article
("Lunch w/ GM – Tessaly", "Meet Regional GM Sales"). The conference word stays a
veto where it is a programme: a panel on a topic, a summit apart from the talk, or a
talk with a crowd."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_about_a_round_not_a_round import HOST, tessaly_interview
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Fireside chat w/ Mona Reyes (CEO)",
        "Tessaly: charla final con CFO y CEO",
        "Lunch w/ GM – Tessaly",
        "Meet Regional GM Sales - Tessaly Foods",
        "Second meeting with administrator – Tessaly",
    ],
)
def test_a_talk_with_an_executive_after_an_interview_is_a_later_round(title):
    later = invite(title, HOST, "mona@tessaly.example", days=4)
    v = verdict_of(later, tessaly_interview())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Panel on plant finance with our CEO", "Food Summit – fireside chat w/ Mona Reyes (CEO)"],
)
def test_a_programme_with_an_executive_stays_a_programme(title):
    later = invite(title, HOST, "mona@tessaly.example", days=4)
    v = verdict_of(later, tessaly_interview())
    assert not v.is_follow_up, why(v)


def test_a_fireside_chat_for_a_crowd_stays_a_programme():
    crowd = [f"guest{i}@tessaly.example" for i in range(8)]
    later = invite("Fireside chat w/ Mona Reyes (CEO)", HOST, *crowd, days=4)
    v = verdict_of(later, tessaly_interview())
    assert not v.is_follow_up, why(v)
