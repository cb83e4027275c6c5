"""An onsite written as several invites in one day is one round: one thank-you per
person met and one request for the offer in writing, not one per invite."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.models import DraftKind
from assistant.plan import Timing
from assistant.runner import run_once
from tests.conftest import BERLIN, NOW, build_services, make_event, me, person

START = NOW + timedelta(days=1, hours=1)
RECRUITER = person("sam.ortiz@acme.example", "Sam Ortiz", is_organizer=True)
SCHEDULER = person("no-reply@modernloop.io", "ModernLoop", is_organizer=True)
ANA = person("ana@acme.example", "Ana Bauer")
BEN = person("ben@acme.example", "Ben Cho")
CLEO = person("cleo@acme.example", "Cleo Diaz")


@pytest.fixture
def svc(calendar, store, mailbox):
    return build_services(calendar, store, mailbox, timing=Timing(tz=BERLIN, quiet_hours=None))


def put_parts(calendar, organizer, people_per_part, gap_minutes=5):
    """One invite per part, 55 minutes each, ``gap_minutes`` apart."""
    for n, people in enumerate(people_per_part):
        calendar.put(
            make_event(
                summary=f"Onsite interview ({n + 1} of {len(people_per_part)}) – Acme",
                uid=f"loop-{n}",
                start=START + timedelta(minutes=(55 + gap_minutes) * n),
                minutes=55,
                organizer=organizer,
                attendees=(me(), organizer, *people),
            )
        )


def after_the_day(svc):
    run_once(svc, NOW)
    for hours in (2, 3, 4, 6):
        run_once(svc, START + timedelta(hours=hours))


def drafts_by_kind(store):
    found: dict[DraftKind, list[str]] = {}
    for draft in store.drafts():
        found.setdefault(draft.kind, []).extend(draft.to)
    return found


def test_a_three_part_onsite_asks_for_the_offer_once(svc, calendar, store, mailbox):
    put_parts(calendar, RECRUITER, [(ANA,), (BEN,), (CLEO,)])
    after_the_day(svc)
    found = drafts_by_kind(store)
    assert found[DraftKind.OFFER_REQUEST] == ["sam.ortiz@acme.example"]
    assert sorted(found[DraftKind.THANK_YOU]) == [ANA.email, BEN.email, CLEO.email]
    notes = [
        str(m["Subject"]) for m in mailbox.inbox.values() if "How did it go" in str(m["Subject"])
    ]
    assert notes == ["How did it go at Acme? 4 drafts waiting for your approval"]


def test_a_person_met_in_two_parts_of_one_round_gets_one_thank_you(svc, calendar, store):
    put_parts(calendar, SCHEDULER, [(ANA, BEN), (CLEO,), (ANA,)])
    after_the_day(svc)
    found = drafts_by_kind(store)
    assert sorted(found[DraftKind.THANK_YOU]) == [ANA.email, BEN.email, CLEO.email]
    assert len(found[DraftKind.OFFER_REQUEST]) == 1, "the scheduler is a robot: one guess, once"


def test_a_morning_and_an_evening_interview_are_two_rounds(svc, calendar, store):
    put_parts(calendar, RECRUITER, [(ANA,), (BEN,)], gap_minutes=6 * 60)
    after_the_day(svc)
    run_once(svc, START + timedelta(hours=12))
    found = drafts_by_kind(store)
    assert found[DraftKind.OFFER_REQUEST] == ["sam.ortiz@acme.example"] * 2
