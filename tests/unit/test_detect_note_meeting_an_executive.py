"""The user's own note of a later meeting with an employer's executive, written short
("Halvorsen – follow-up w/ CMO Dr. Ames", "chat w/ CEO", "catch-up with the COO"):
a later round beside an employer met in interviews, kept before parsing. A doctor's
follow-up ("follow-up w/ Dr. Ames") stays an everyday appointment."""

from __future__ import annotations

import pytest

from assistant.detect import Profile
from assistant.detect.text.relevance import Relevance
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PERSONAL, verdict_of, why
from tests.unit.test_detect_note_abbreviated_round import halvorsen_screen

MEETINGS = [
    "Halvorsen – follow-up w/ CMO Dr. Ames (link tbd)",
    "Halvorsen chat w/ CEO",
    "Halvorsen: catch-up with the COO",
    "Call with CFO – Halvorsen",
    "Halvorsen: call w/ our hiring manager",
    "Halvorsen coffee w/ CTO",
]


@pytest.mark.parametrize("title", MEETINGS)
def test_note_of_a_meeting_with_an_executive_is_a_later_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert v.is_follow_up, why(v)
    block = (
        f"BEGIN:VEVENT\r\nUID:n1\r\nDTSTART:20270301T100000Z\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n"
    )
    assert Relevance.of(Profile.build([PERSONAL])).could_matter(block, None)


@pytest.mark.parametrize("title", ["follow-up w/ Dr. Ames", "Halvorsen follow-up with Dr. Ames"])
def test_a_doctor_s_follow_up_is_no_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "phrase", ["coffee chat with founders", "call w/ director", "catch-up with team lead"]
)
def test_founders_directors_and_leads_count_only_with_an_article(phrase):
    """Below the C-suite a meeting counts only with "the", "our" or "your": a first coffee
    with a startup's founders, or a bare "call w/ director", is no later round."""
    assert not w.search(w.LATER_CONTACT, phrase)


@pytest.mark.parametrize(
    ("title", "unconfirmed"),
    [
        ("Halvorsen – call w/ CEO (link tbd)", False),
        ("Halvorsen final, room TBC", False),
        ("Halvorsen final (tbd)", True),
        ("TBC: Halvorsen onsite", True),
    ],
)
def test_only_the_meeting_itself_to_be_confirmed_marks_a_placeholder(title, unconfirmed):
    """A link or a room still to come ("link tbd") leaves the meeting fixed."""
    assert bool(w.search(w.TENTATIVE, title)) is unconfirmed
