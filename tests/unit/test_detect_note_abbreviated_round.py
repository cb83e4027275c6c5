"""The user's own note abbreviating a round's word ("2nd rd Halvorsen – w/ Dr. Ames",
"Halvorsen R3", "final rnd"): a later round beside an employer met in interviews, and
never skipped before parsing. A street of the same words ("14 2nd Rd", "2nd Rd NW") is
no round, nor is the abbreviation beside no employer met."""

from __future__ import annotations

import pytest

from assistant.detect import Profile
from assistant.detect.text.relevance import Relevance
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PERSONAL, invite, verdict_of, why


def halvorsen_screen():
    return invite(
        "Halvorsen Instruments – recruiter screen",
        "talent@halvorsen.example",
        days=-12,
        description="Thank you for applying to Halvorsen Instruments AS for the "
        "Field Service Engineer position. This is a short screening call.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "2nd rd Halvorsen – w/ Dr. Ames (ops head)",
        "Halvorsen 3rd rnd",
        "Halvorsen R2 – plant manager",
        "final rd. Halvorsen",
    ],
)
def test_note_with_an_abbreviated_round_beside_an_employer_met(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert v.is_follow_up, why(v)
    assert v.company is not None and v.company.startswith("Halvorsen Instruments")


@pytest.mark.parametrize(
    "title",
    [
        "Halvorsen drinks – 14 2nd Rd",
        "Halvorsen leaving do, 2nd Rd NW",
        "R2 bucket migration",
        "2nd rd of golf",
    ],
)
def test_a_street_or_no_employer_met_is_no_round(title):
    v = verdict_of(note(title, days=5), halvorsen_screen())
    assert not v.is_follow_up, why(v)


def test_the_abbreviated_round_is_kept_before_parsing():
    block = (
        "BEGIN:VEVENT\r\nUID:n1\r\nDTSTART:20270301T100000Z\r\n"
        "SUMMARY:3rd rnd Halvorsen – Dr. Ames\r\nEND:VEVENT\r\n"
    )
    assert Relevance.of(Profile.build([PERSONAL])).could_matter(block, None)
