"""A first meeting booked through a scheduling link, whose booking names only the job
("Event Name: Quick chat - Senior Buyer", or the invitee's own note "applying for the
Buyer post at Lindgrove"), is a first round though it holds no round words: a later
"follow-up chat" with the same people follows it. An agency's own intro call naming
the job is no round of the employer's."""

from __future__ import annotations

from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "ines@lindgrove.example"
FOOTER = "\n\nPowered by Calendly.com"


def booked_first(description: str, organizer: str = HOST):
    return invite("Robin Hale and Ines Vidal", organizer, days=-12, uid="first",
                  description=description)  # fmt: skip


def test_a_follow_up_chat_follows_a_booking_named_for_the_job():
    first = booked_first(
        "Event Name: Short call - Senior Buyer, Fresh Produce\n\n"
        "Invitee notes: Ines Vidal, Head of Sourcing - Lindgrove Provisions Ltd" + FOOTER
    )
    later = invite("Follow-up chat with Ines & Marek (Lindgrove)", HOST, "marek@lindgrove.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.first_interview_id == "first"


def test_an_agency_call_naming_the_job_is_no_earlier_round():
    first = booked_first(
        "Event Name: Short call - Senior Buyer, Fresh Produce\n\n"
        "Invitee notes: Ines Vidal - Harrowgate Recruitment Ltd" + FOOTER,
        organizer="ines@harrowgate.example",
    )
    later = invite("Follow-up chat (Harrowgate)", "ines@harrowgate.example")
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)
