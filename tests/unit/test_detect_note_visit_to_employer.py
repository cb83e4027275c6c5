"""The user's own note naming a visit to an employer's place, with no round's word
("Halvorsen vor Ort MUC", "Halvorsen – visite sur place", "Halvorsen 現地"): a later
round beside an employer met in interviews, in every language, and never skipped before
parsing. The same words beside no employer met ("Klempner vor Ort", "visite médicale")
name any appointment away from home: no round."""

from __future__ import annotations

import pytest

from assistant.detect import Profile
from assistant.detect.text.relevance import Relevance
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PERSONAL, verdict_of, why
from tests.unit.test_detect_note_abbreviated_round import halvorsen_screen

VISITS = [
    "Halvorsen vor Ort MUC",  # German
    "Halvorsen Instruments – visite sur place",  # French
    "Halvorsen – in sede (Bergamo)",  # Italian
    "Halvorsen presencial",  # Spanish, Portuguese
    "Halvorsen op kantoor",  # Dutch
    "Halvorsen na miejscu",  # Polish
    "Halvorsen på plats, Kista",  # Swedish
    "Halvorsen yerinde",  # Turkish
    "Halvorsen 現地",  # Japanese
    "Halvorsen 现场",  # Chinese
    "Halvorsen 방문",  # Korean
    "Halvorsen plant visit",  # English
]


@pytest.mark.parametrize("title", VISITS)
def test_note_of_a_visit_beside_an_employer_met_is_a_later_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert (v.is_follow_up, (v.company or "").split()[:2]) == (
        True,
        ["Halvorsen", "Instruments"],
    ), why(v)


@pytest.mark.parametrize(
    "title",
    ["Klempner vor Ort", "visite médicale", "Dentist in person", "Besuch bei Oma"],
)
def test_a_visit_beside_no_employer_met_is_no_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize("title", VISITS)
def test_the_note_of_a_visit_is_kept_before_parsing(title):
    block = (
        f"BEGIN:VEVENT\r\nUID:n1\r\nDTSTART:20270301T100000Z\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n"
    )
    assert Relevance.of(Profile.build([PERSONAL])).could_matter(block, None)
