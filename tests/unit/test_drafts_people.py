"""Who a thank-you goes to beyond the guest list: itineraries, organisers who took part,
people added in the debrief, mass events; and planning in time linear in the guests."""

from __future__ import annotations

import shlex
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.detect import Profile, detect
from assistant.drafting.plan import (
    REASON_ADDED,
    REASON_GUEST,
    REASON_ITINERARY,
    REASON_ORGANIZER_MET,
    plan_drafts,
    unplanned,
)
from assistant.models import Detection, DraftKind, Verdict
from assistant.sources.ics import IcsSource
from assistant.sources.ics_events import Owner
from tests.conftest import DATA, ME, NOW, make_event, me, person

NEW_YORK = ZoneInfo("America/New_York")
USER = "alex.rivera@example.com"
PROFILE = Profile.build([ME])


def read_fixture(name: str) -> Detection:
    source = IcsSource(str(DATA / "ics" / name), Owner(frozenset({USER}), NEW_YORK))
    window = (datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    events = source.read(*window).events
    return detect(events, Profile.build([USER]))[0]


def test_invite_scheduler_itinerary_noreply_guests():
    """GoodTime-style: guests are the candidate and a no-reply address; the description
    holds the company, the interviewers with titles, and the recruiter's address."""
    d = read_fixture("invite_scheduler_itinerary_noreply_guests.ics")
    assert d.verdict.company == "Acme Analytics"
    assert [p.name for p in d.verdict.interviewers] == [
        "Priya Raman (Senior Software Engineer)",
        "Raj Iyer (Staff Data Engineer)",
        "Jordan Lee (Hiring Manager)",
    ]
    assert d.verdict.recruiter is not None
    assert d.verdict.recruiter.email == "sam.okafor@acme.example"
    planned = plan_drafts(d, Profile.build([USER]))
    thanks = [
        (p.recipient.email, p.guessed_recipient, p.reason)
        for p in planned
        if p.kind is DraftKind.THANK_YOU
    ]
    # Addresses follow the pattern of the one address the text gives (first.last@acme.example),
    # and each is flagged as a guess, shown to the user before anything is approved.
    how = f"{REASON_ITINERARY}; address guessed as first.last@acme.example"
    assert thanks == [
        ("priya.raman@acme.example", True, how),
        ("raj.iyer@acme.example", True, how),
        ("jordan.lee@acme.example", True, how),
    ]
    offer = [p for p in planned if p.kind is DraftKind.OFFER_REQUEST]
    # Sam's address is on the invite: the offer request's recipient is chosen, not guessed.
    assert [(p.recipient.email, p.guessed_recipient) for p in offer] == [
        ("sam.okafor@acme.example", False)
    ]


def test_itinerary_12h_ampm_two_spaces_hyphen_topic():
    """A GoodTime itinerary line "10:00 AM - 10:45 AM  Name, Title - topic", with only a
    company mailbox in the text: the person gets a thank-you at a guessed first.last."""
    d = read_fixture("itinerary_12h_ampm_two_spaces_hyphen_topic.ics")
    assert d.verdict.company == "Globex"
    assert [p.name for p in d.verdict.interviewers] == ["Noor Haddad (Head of Data Science)"]
    thanks = [
        (p.recipient.email, p.guessed_recipient)
        for p in plan_drafts(d, Profile.build([USER]))
        if p.kind is DraftKind.THANK_YOU
    ]
    assert thanks == [("noor.haddad@globex.example", True)]


def _itinerary_detection(description: str, attendees=None, organizer=None) -> Detection:
    organizer = organizer or person(
        "no-reply@goodtime.io", "Acme Candidate Calendar", is_organizer=True
    )
    event = make_event(
        summary="Onsite interview",
        organizer=organizer,
        attendees=attendees if attendees is not None else (me(), organizer),
        description=description,
    )
    return detect([event], PROFILE)[0]


def test_itinerary_person_without_any_domain_gets_no_draft_and_a_way_to_add_one():
    d = _itinerary_detection("10:00 - 10:45: Priya Raman, Senior Software Engineer")
    assert [p.name for p in d.verdict.interviewers] == ["Priya Raman (Senior Software Engineer)"]
    assert plan_drafts(d, PROFILE) == []
    (note,) = unplanned(d, PROFILE)
    assert "Priya Raman" in note and "--note" in note


def test_itinerary_address_follows_the_pattern_of_a_known_address():
    d = _itinerary_detection(
        "14:00 – 14:45 Uhr\nFrau Dr. Anna Vogel (Leiterin Data Platform)\n"
        "Fragen? Kontakt: Jonas Becker <jbecker@acme.example>"
    )
    (draft,) = [p for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert draft.recipient.email == "avogel@acme.example"
    assert draft.guessed_recipient
    assert draft.reason.endswith("address guessed as flast@acme.example")


def test_itinerary_people_already_on_the_invite_are_not_doubled():
    priya = person("priya@acme.example", "Priya Raman")
    d = _itinerary_detection(
        "10:00 - 10:45: Priya Raman, Senior Software Engineer",
        attendees=(me(), priya),
        organizer=person("jordan@acme.example", "Jordan Lee", is_organizer=True),
    )
    thanks = [p.recipient.email for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert thanks == ["priya@acme.example"]


def _detection(summary: str, organizer_name: str, description: str = "") -> Detection:
    organizer = person("jordan@acme.example", organizer_name, is_organizer=True)
    event = make_event(
        summary=summary,
        organizer=organizer,
        attendees=(me(), organizer, person("priya@acme.example", "Priya Raman")),
        description=description,
    )
    return Detection(event, Verdict(True, 0.9, ("test",), company="Acme"))


def test_a_hiring_manager_who_organised_gets_a_thank_you_and_the_offer_request():
    d = _detection("Second interview", "Jordan Lee", "Jordan Lee, Hiring Manager, will join.")
    planned = [(p.kind, p.recipient.email, p.reason) for p in plan_drafts(d, PROFILE)]
    assert planned[:2] == [
        (DraftKind.THANK_YOU, "jordan@acme.example", REASON_ORGANIZER_MET),
        (DraftKind.THANK_YOU, "priya@acme.example", REASON_GUEST),
    ]
    assert planned[2][:2] == (DraftKind.OFFER_REQUEST, "jordan@acme.example")


def test_an_organiser_named_in_the_title_took_part():
    d = _detection("Second interview with Jordan Lee", "Jordan Lee")
    assert "jordan@acme.example" in [
        p.recipient.email for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU
    ]


def test_organizer_honorific_named_to_meet_german():
    """A German invite organised by "Frau Dr. …", who is among "Sie sprechen mit …":
    she took part, so she gets a thank-you besides the offer request."""
    d = read_fixture("organizer_honorific_named_to_meet_german.ics")
    planned = [(p.kind, p.recipient.email, p.reason) for p in plan_drafts(d, PROFILE)]
    assert planned[:2] == [
        (DraftKind.THANK_YOU, "sabine.krause@lindner-logistik.example", REASON_ORGANIZER_MET),
        (DraftKind.THANK_YOU, "jan.becker@lindner-logistik.example", REASON_GUEST),
    ]
    assert planned[2][:2] == (DraftKind.OFFER_REQUEST, "sabine.krause@lindner-logistik.example")


@pytest.mark.parametrize(
    ("organizer_name", "description"),
    [
        ("Jordan Lee", "Hi Alex, you'll meet Jordan Lee and Priya Raman."),
        ("Frau Dr. Jordana Lee", "Sie sprechen mit Dr. Jordana Lee und Priya Raman."),
        ("Jordan Lee", "Sie lernen Herrn Lee und Frau Raman kennen."),
        ("Mme Jordane Lee", "Vous rencontrerez Mme Lee et Priya Raman."),
        ("Sra. Jordana Lee", "Conocerás a la Sra. Lee y a Priya Raman."),
        ("Jordan Lee", "Je spreekt met Jordan Lee en Priya Raman."),
    ],
)
def test_organizer_named_to_meet_in_any_language_took_part(organizer_name, description):
    """No title given: being named after "you'll meet" (in any language detection
    knows) is enough; a signature alone is not (see the next test)."""
    d = _detection("Second interview", organizer_name, description)
    thanks = [p.recipient.email for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert thanks == ["jordan@acme.example", "priya@acme.example"]


def test_organizer_who_only_signs_did_not_take_part():
    d = _detection(
        "Second interview",
        "Frau Jordana Lee",
        "Sie lernen Frau Priya Raman kennen.\n\nMit freundlichen Grüßen\nFrau Jordana Lee",
    )
    thanks = [p.recipient.email for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.THANK_YOU]
    assert thanks == ["priya@acme.example"]


def test_a_recruiter_organiser_gets_only_the_offer_request():
    d = _detection("Second interview", "Jordan Lee (Technical Recruiter)")
    planned = [(p.kind, p.recipient.email) for p in plan_drafts(d, PROFILE)]
    assert planned == [
        (DraftKind.THANK_YOU, "priya@acme.example"),
        (DraftKind.OFFER_REQUEST, "jordan@acme.example"),
    ]


def test_someone_added_in_the_debrief_gets_a_thank_you():
    d = _detection("Second interview", "Jordan Lee (Recruiter)")
    debrief = {"added": [{"name": "Raj Iyer", "email": "raj@acme.example"}]}
    thanks = [
        (p.recipient.email, p.reason)
        for p in plan_drafts(d, PROFILE, debrief)
        if p.kind is DraftKind.THANK_YOU
    ]
    assert thanks == [("priya@acme.example", REASON_GUEST), ("raj@acme.example", REASON_ADDED)]


def _crowd(n: int) -> Detection:
    organizer = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
    guests = tuple(person(f"p{i}.x@acme.example", f"Person {i}") for i in range(n))
    event = make_event(
        start=NOW - timedelta(hours=3), organizer=organizer, attendees=(me(), organizer, *guests)
    )
    return detect([event], PROFILE)[0]


def test_an_invite_with_more_than_25_guests_is_a_mass_event_with_no_thank_yous():
    d = _crowd(24)  # 26 guests with the user and the organizer
    planned = plan_drafts(d, PROFILE)
    assert [p.kind for p in planned] == [DraftKind.OFFER_REQUEST]
    assert any("mass event" in note for note in unplanned(d, PROFILE))
    assert d.verdict.interviewers == ()
    assert len([p for p in plan_drafts(_crowd(23), PROFILE) if p.kind is DraftKind.THANK_YOU]) == 23


def test_3000_guests_are_detected_and_planned_in_linear_time():
    started = time.perf_counter()  # elapsed time, not the wall clock: a time bound
    d = _crowd(3000)
    planned = plan_drafts(d, PROFILE)
    elapsed = time.perf_counter() - started
    assert len(planned) == 1
    assert elapsed < 3.0, f"3,000 guests took {elapsed:.1f}s"


def test_invite_scheduler_itinerary_briefing_names_titles_and_what_to_prepare():
    from assistant.briefing import BriefingFacts, briefing_context

    d = read_fixture("invite_scheduler_itinerary_noreply_guests.ics")
    facts = BriefingFacts("Alex Rivera", NEW_YORK, datetime(2026, 12, 7, 12, tzinfo=UTC))
    ctx = briefing_context(d, facts)
    assert ctx["company"] == "Acme Analytics"
    notice = ctx["test_notice"]
    assert notice.what.startswith("a presentation")
    assert notice.quote == "Please prepare a 10-minute presentation about a data project you led."
    labels = [p.label for p in ctx["people"]]
    assert "Raj Iyer, Staff Data Engineer" in labels and "Jordan Lee, Hiring Manager" in labels
    (with_row,) = [row for row in ctx["glance"] if row.label == "With"]
    assert with_row.lines[1].text == (
        "Raj Iyer, Staff Data Engineer — 10:45 AM - 11:30 AM EST, system design"
    )
    testing = ctx["sections"][0].items[3].text
    assert "ask whether one is planned" not in testing and "a presentation" in testing


def test_the_note_after_the_interview_says_who_was_not_drafted_and_how_to_add_them(services):
    from assistant.runner import run_once

    organizer = person("no-reply@goodtime.io", "Acme Candidate Calendar", is_organizer=True)
    event = make_event(
        summary="Second interview – Acme",
        start=NOW - timedelta(hours=3),
        organizer=organizer,
        attendees=(me(), organizer),
        description="10:00 - 10:45: Priya Raman, Senior Software Engineer",
    )
    services.sources[0].put(event)
    run_once(services, NOW)
    (note,) = services.mailbox.inbox.values()
    text = note.get_body(preferencelist=("plain",)).get_content()
    assert "Not drafted:" in text
    # The note does not also say no one was named: it names who was not drafted, and why.
    assert "named no one" not in text
    command = f'debrief {shlex.quote(event.event_id)} --note "Priya Raman <address>='
    assert command in text.replace("=\n", "")


def test_attendee_cn_credentials_after_comma(services):
    """Issue 14, input 2: credentials, suffixes, honorifics and pronouns never become the
    greeting; the recruiter organiser gets the offer request and no thank-you."""
    from assistant.compose import render_draft

    d = read_fixture("attendee_cn_credentials_after_comma.ics")
    greetings = {}
    for planned in plan_drafts(d, Profile.build([USER])):
        _, body = render_draft(planned, d, services.user, services.renderer, None)
        greetings[(planned.kind.value, planned.recipient.email)] = body.splitlines()[0]
    assert greetings == {
        ("thank-you", "priya.raman@acme.example"): "Hi Priya,",
        ("thank-you", "jsmith@acme.example"): "Hi John,",
        ("thank-you", "ohaddad@acme.example"): "Hi Omar,",
        ("thank-you", "lraman@acme.example"): "Hi Lena,",
        ("thank-you", "sokafor@acme.example"): "Hi Sam,",
        ("offer-request", "maria.gonzalez@acme.example"): "Hi Maria,",
    }


def test_a_german_draft_opens_formally_when_the_name_says_frau(services):
    from assistant.compose import render_draft

    vogel = person("anna.vogel@zahnrad.example", "Frau Dr. Anna Vogel")
    event = make_event(attendees=(me(), JORDAN_DE, vogel), organizer=JORDAN_DE)
    d = Detection(event, Verdict(True, 0.9, ("test",), company="Zahnrad GmbH", language="de"))
    bodies = {
        p.recipient.email: render_draft(p, d, services.user, services.renderer, None)[1]
        for p in plan_drafts(d, PROFILE)
    }
    assert bodies["anna.vogel@zahnrad.example"].startswith("Sehr geehrte Frau Dr. Vogel,\n")
    # No Frau or Herr anywhere: the full name, formally, never a guessed gender.
    assert bodies["jan.berg@zahnrad.example"].startswith("Guten Tag Jan Berg,\n"), "no guess"


JORDAN_DE = person("jan.berg@zahnrad.example", "Jan Berg", is_organizer=True)
