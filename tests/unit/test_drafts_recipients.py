"""Who gets a draft: one thank-you per interviewer, the offer request to the scheduler."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.detect import Profile
from assistant.drafting.drafts import draft_key, is_addressable, plan_drafts
from assistant.drafting.marks import REASON_OFFER_RECRUITER, REASON_OFFER_SENIOR
from assistant.models import (
    Attendee,
    AttendeeKind,
    Detection,
    DraftKind,
    EventStatus,
    PartStat,
    Verdict,
)
from tests.conftest import ME, NOW, make_event, me, person, room

PROFILE = Profile.build([ME, "alex.private@mail.example"], own_domains=["example.com"])
JORDAN = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
PRIYA = person("priya@acme.example", "Priya Raman")
SAM = person("sam@acme.example", "Sam Okafor")


def detection(organizer=JORDAN, attendees=None, recruiter=None, **event_kwargs) -> Detection:
    if attendees is None:
        attendees = (me(), organizer, PRIYA)
    event = make_event(
        start=NOW - timedelta(hours=2), organizer=organizer, attendees=attendees, **event_kwargs
    )
    verdict = Verdict(
        is_follow_up=True,
        confidence=0.9,
        reasons=("test",),
        company="Acme",
        role="Product Manager",
        recruiter=recruiter,
    )
    return Detection(event, verdict)


def plan(d: Detection) -> list[tuple[str, str, bool]]:
    return [(p.kind.value, p.recipient.email, p.guessed_recipient) for p in plan_drafts(d, PROFILE)]


def reasons(d: Detection) -> list[str]:
    return [p.reason for p in plan_drafts(d, PROFILE)]


def test_each_interviewer_gets_a_thank_you_and_the_organizer_the_offer_request():
    d = detection(attendees=(me(), JORDAN, PRIYA, SAM, room()))
    assert plan(d) == [
        ("thank-you", "priya@acme.example", False),
        ("thank-you", "sam@acme.example", False),
        ("offer-request", "jordan@acme.example", False),
    ]


def test_an_organizer_alone_is_the_interviewer_and_gets_both():
    d = detection(attendees=(me(), JORDAN, room()))
    assert plan(d) == [
        ("thank-you", "jordan@acme.example", False),
        ("offer-request", "jordan@acme.example", False),
    ]


def test_an_organizer_missing_from_the_attendee_list_still_counts():
    d = detection(attendees=(me(),))
    assert plan(d) == [
        ("thank-you", "jordan@acme.example", False),
        ("offer-request", "jordan@acme.example", False),
    ]


@pytest.mark.parametrize(
    "attendee",
    [
        me(),
        person(ME.upper(), "Me Again"),
        person("alex.private@mail.example", "Alex (private)"),
        person("boss@example.com", "My Own Boss"),
        person("boss@eu.example.com", "Own subdomain"),
        room(),
        Attendee("projector@acme.example", "Projector", kind=AttendeeKind.RESOURCE),
        Attendee("eng-all@acme.example", "All engineers", kind=AttendeeKind.GROUP),
        person("no-reply@acme.example", "Acme"),
        person("noreply@acme.example"),
        person("talent@acme.example", "Acme Talent"),
        person("careers@acme.example"),
        person("hr@acme.example"),
        person("interviews@acme.example"),
        person("scheduling@greenhouse.io", "Greenhouse"),
        person("jordan@hire.lever.co", "Jordan via Lever"),
        person("jane@ashbyhq.com", "Jane via Ashby"),
        person("bot@calendly.com"),
        person("not-an-address", "Broken"),
        person("evil\r\nbcc@acme.example", "Header injection"),
        person("", "No address"),
    ],
    ids=lambda a: a.email or a.name,
)
def test_never_the_user_rooms_lists_robots_or_ats(attendee: Attendee):
    assert not is_addressable(attendee, PROFILE)
    d = detection(attendees=(me(), JORDAN, PRIYA, attendee))
    recipients = {email for _, email, _ in plan(d)}
    assert recipients == {"priya@acme.example", "jordan@acme.example"}


def test_an_ats_organizer_sends_the_offer_request_to_the_most_senior_looking_person():
    ats = person("no-reply@greenhouse.io", "Acme Recruiting", is_organizer=True)
    director = person("sam@acme.example", "Sam Okafor (Director of Engineering)")
    lead = person("lee@acme.example", "Lee Chen, Team Lead")
    d = detection(organizer=ats, attendees=(me(), PRIYA, lead, director, ats))
    assert plan(d) == [
        ("thank-you", "priya@acme.example", False),
        ("thank-you", "lee@acme.example", False),
        ("thank-you", "sam@acme.example", False),
        ("offer-request", "sam@acme.example", False),
    ]
    # Sam's address is on the invite: not a guess; choosing Sam is, and the reason says so.
    assert reasons(d)[-1] == REASON_OFFER_SENIOR


def test_with_no_seniority_in_sight_the_first_person_is_the_guess():
    ats = person("scheduling@goodtime.io", is_organizer=True)
    d = detection(organizer=ats, attendees=(me(), PRIYA, SAM))
    assert plan(d)[-1] == ("offer-request", "priya@acme.example", False)
    assert reasons(d)[-1] == REASON_OFFER_SENIOR


def test_a_recruiter_named_by_detection_is_preferred_over_seniority_but_still_a_choice():
    ats = person("no-reply@lever.co", is_organizer=True)
    recruiter = person("taylor@acme.example", "Taylor Kim")
    boss = person("ceo@acme.example", "Chris Doe, CEO")
    d = detection(organizer=ats, attendees=(me(), boss, recruiter), recruiter=recruiter)
    assert plan(d)[-1] == ("offer-request", "taylor@acme.example", False)
    assert reasons(d)[-1] == REASON_OFFER_RECRUITER


def test_an_ats_organizer_with_no_human_on_the_invite_gives_no_drafts():
    ats = person("no-reply@greenhouse.io", is_organizer=True)
    assert plan(detection(organizer=ats, attendees=(me(), ats, room()))) == []


def test_the_user_as_organizer_chooses_the_offer_recipient():
    mine = me(is_organizer=True)
    d = detection(organizer=mine, attendees=(mine, PRIYA, SAM))
    assert plan(d)[-1] == ("offer-request", "priya@acme.example", False)
    assert reasons(d)[-1] == REASON_OFFER_SENIOR
    assert [e for k, e, _ in plan(d) if k == "thank-you"] == [
        "priya@acme.example",
        "sam@acme.example",
    ]


def test_people_who_declined_get_no_thank_you():
    declined = person("sam@acme.example", "Sam Okafor", partstat=PartStat.DECLINED)
    d = detection(attendees=(me(), JORDAN, PRIYA, declined))
    assert "sam@acme.example" not in {e for _, e, _ in plan(d)}


def test_the_same_person_twice_in_different_case_gets_one_draft():
    d = detection(attendees=(me(), JORDAN, PRIYA, person("PRIYA@ACME.EXAMPLE", "Priya R.")))
    assert [e for k, e, _ in plan(d) if k == "thank-you"] == ["priya@acme.example"]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: replace(d, event=replace(d.event, status=EventStatus.CANCELLED)),
        lambda d: replace(
            d, event=replace(d.event, attendees=(me(partstat=PartStat.DECLINED), JORDAN, PRIYA))
        ),
    ],
    ids=["cancelled", "declined"],
)
def test_a_cancelled_or_declined_interview_gets_no_drafts(change):
    assert plan_drafts(change(detection()), PROFILE) == []


def test_twenty_five_guests_get_a_thank_you_each_with_distinct_keys():
    crowd = tuple(person(f"person{i}@acme.example", f"Person {i}") for i in range(23))
    planned = plan_drafts(detection(attendees=(me(), JORDAN, *crowd)), PROFILE)
    thanks = [p for p in planned if p.kind is DraftKind.THANK_YOU]
    assert len(thanks) == 23
    assert len({p.key for p in planned}) == 24


def test_the_key_names_the_instance_the_kind_and_the_recipient():
    original = NOW - timedelta(days=1)
    d = detection(recurrence_id=original)
    keys = [p.key for p in plan_drafts(d, PROFILE)]
    assert keys == [
        draft_key(d.event.event_id, DraftKind.THANK_YOU, "priya@acme.example"),
        draft_key(d.event.event_id, DraftKind.OFFER_REQUEST, "jordan@acme.example"),
    ]
    assert keys[0] == "draft/evt-1@20270411T070000Z/thank-you/priya@acme.example"
    moved = replace(d, event=d.event.moved_to(d.event.start + timedelta(hours=3), d.event.end))
    assert [p.key for p in plan_drafts(moved, PROFILE)] == keys, "a move keeps the keys"


ATS = person("no-reply@ashbyhq.com", "Contoso Recruiting", is_organizer=True)
ITINERARY = (
    "Your final round itinerary:\n\n9:00 - 10:00  Coding - Omar Haddad, Senior Engineer\n"
    "10:00 - 11:00  System design - Grace Liu, Engineering Manager\n"
)


def test_an_ats_invite_with_no_one_to_ask_sends_the_offer_request_where_it_asks_replies_to_go():
    from assistant.drafting.plan import unplanned
    from assistant.drafting.reply_address import REASON_OFFER_REPLY

    replies = "Reply to recruiting@contoso.example with any questions."
    d = detection(organizer=ATS, attendees=(me(),), description=ITINERARY + replies)
    offer = [p for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.OFFER_REQUEST]
    assert [(p.recipient.email, p.reason) for p in offer] == [
        ("recruiting@contoso.example", REASON_OFFER_REPLY)
    ]
    # An address only shown (a signature, a host), or one no one reads, is not taken; then
    # the note says plainly why there is no offer request and the command that makes one.
    for text in ("Host: recruiting@acme.example", "Reply to no-reply@acme.example"):
        d = detection(organizer=ATS, attendees=(me(),), description=ITINERARY + text)
        assert DraftKind.THANK_YOU in [p.kind for p in plan_drafts(d, PROFILE)]
        assert DraftKind.OFFER_REQUEST not in [p.kind for p in plan_drafts(d, PROFILE)]
        (note,) = [n for n in unplanned(d, PROFILE) if "request for the offer" in n]
        assert "came from an automated address (no-reply@ashbyhq.com)" in note
        assert f'`debrief {d.event.event_id} --note "Name <address>=' in note
        # Whom the user adds in the debrief is asked, as the note says.
        added = {"added": [{"name": "Dana Cruz", "email": "dana.cruz@contoso.example"}]}
        asked = [p for p in plan_drafts(d, PROFILE, added) if p.kind is DraftKind.OFFER_REQUEST]
        assert [p.recipient.email for p in asked] == ["dana.cruz@contoso.example"]
        assert not [n for n in unplanned(d, PROFILE, added) if "request for the offer" in n]


@pytest.mark.parametrize(
    "replies",
    [
        "Bei Fragen wenden Sie sich gerne an bewerbung@kaltwerk.example.",
        "Rückfragen bitte an team.hr@kaltwerk.example",
        "Pour toute question, écrivez-nous à rh@kaltwerk.example.",
        "Si tienes dudas, escríbenos a seleccion@kaltwerk.example",
        "Per domande scrivi a selezione@kaltwerk.example",
        "Heb je vragen? Mail naar werving@kaltwerk.example",
        "Dúvidas: pessoas@kaltwerk.example",
    ],
)
def test_the_way_back_is_read_in_the_language_the_invite_is_written_in(replies: str):
    d = detection(organizer=ATS, attendees=(me(),), description=ITINERARY + replies)
    offer = [p for p in plan_drafts(d, PROFILE) if p.kind is DraftKind.OFFER_REQUEST]
    assert [p.recipient.email.split("@")[1] for p in offer] == ["kaltwerk.example"]
