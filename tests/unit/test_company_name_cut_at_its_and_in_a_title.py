"""A name holding "and" between its capitalised words ("Moorland Trails and Waterways
Wales") written after a job in a title: the title's "and" cuts it in two parts, but
the signature or the location writes the whole phrase, so the whole is the employer.
A tracking system sends the invite, so no domain names the employer. Two people joined by "and" stay apart when no text writes them as one name."""

from __future__ import annotations

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.joinedname import joined_again
from assistant.detect.text.reading import read_description
from tests.conftest import make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


def test_the_whole_name_the_signature_writes_is_the_employer():
    box = person(
        "mtww.resourcing@taleo.net", "Moorland Trails and Waterways Wales", is_organizer=True
    )
    event = make_event(
        "Interview - Rights of Way Officer, Uplands - Moorland Trails and Waterways Wales",
        organizer=box,
        attendees=(me_at(), box),
        description="Dear Sam,\n\nYou are invited to an interview for the post of Rights "
        "of Way Officer.\n\nMoorland Trails and Waterways Wales – Resourcing Team\n",
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == "Moorland Trails and Waterways Wales"


def test_two_people_no_text_joins_stay_apart():
    title = "Final interview - Ottilie Brand and Kasimir Lund"
    assert joined_again("Ottilie Brand", title, ("See you there.",)) is None
