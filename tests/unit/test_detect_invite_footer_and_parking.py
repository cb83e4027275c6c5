"""Words a description holds that are not the sender's: the footer a calendar service
appends to the invitation it mails ("Invitation from Google Calendar … modify your
RSVP", in every language it writes one), and a car park's ticket ("Park on level 2 and
I'll validate your ticket"). Neither makes a later round a public event; a real
event's "RSVP" or "your ticket" still does."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_description, readable_text
from tests.unit.test_detect_kinds import invite, verdict_of, why

SCREEN_TEXT = "Thanks for applying to Quillon Marine for the Port Logistics Lead role."

FOOTERS = [
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event. "
    "Forwarding this invitation could allow any recipient to … modify your RSVP.",
    "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
    "Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. RSVP",
    "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
    "Vous recevez cet e-mail car vous êtes invité. RSVP",
    "Invitación de Google Calendar: https://calendar.google.com/calendar/ RSVP",
    "Convite do Google Agenda: https://calendar.google.com/calendar/ RSVP",
    "Google カレンダーからの招待: https://calendar.google.com/calendar/ RSVP",
    "来自 Google 日历的邀请：https://calendar.google.com/calendar/ RSVP",
    "Google 캘린더 초대장: https://calendar.google.com/calendar/ RSVP",
]


def _screen():
    return invite(
        "Quillon Marine – recruiter screen",
        "talent@quillon.example",
        days=-9,
        description=SCREEN_TEXT,
    )


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_calendar_services_footer_ends_the_readable_text(footer):
    text = readable_text("We'd like you to meet our operations director.\n\n" + footer)
    assert text.startswith("We'd like you to meet")
    assert "RSVP" not in text


def test_a_later_round_with_a_mailed_invitations_footer_is_no_public_event():
    later = invite(
        "Quillon Marine – second meeting w/ Operations Director",
        "ops.director@quillon.example",
        days=4,
        description="Good to talk on Monday; the director would like to meet you.\n\n" + FOOTERS[0],
    )
    v = verdict_of(later, _screen())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "sentence",
    [
        "Park on level 2 of the garage and I'll validate your ticket.",
        "Parken Sie in der Tiefgarage, Ihr Ticket entwerten wir am Empfang.",
        "Aparca en el sótano: te sellamos tu entrada en recepción.",
        "駐車場のチケットは受付で処理します。",
    ],
)
def test_a_car_parks_ticket_is_no_public_event(sentence):
    assert read_description("Come by for a walk through the plant. " + sentence).public is None


@pytest.mark.parametrize(
    "sentence",
    ["Show your ticket at the door.", "Please RSVP by Friday.", "Ihr Ticket gilt als Einlass."],
)
def test_an_events_own_ticket_or_rsvp_is_still_a_public_event(sentence):
    assert read_description("Harbour logistics evening. " + sentence).public
