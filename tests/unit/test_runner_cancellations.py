"""An interview cancelled in the calendar: a note when its briefing had gone out, and
its waiting drafts withdrawn (rejected, mailbox copies deleted)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.mail.memory import MemoryMailbox
from assistant.models import DraftState, EventStatus
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, build_services, make_event

NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)


@pytest.fixture
def calendar() -> MemoryCalendar:
    return MemoryCalendar()


@pytest.fixture
def mailbox() -> MemoryMailbox:
    return MemoryMailbox()


@pytest.fixture
def svc(calendar, store, mailbox):
    return build_services(calendar, store, mailbox, timing=NO_QUIET)


def subjects(mailbox: MemoryMailbox) -> list[str]:
    return sorted(str(m["Subject"]) for m in mailbox.inbox.values())


def test_a_cancellation_after_the_briefing_is_said_once(svc, calendar, mailbox):
    event = make_event(start=NOW + timedelta(hours=12))
    calendar.put(event)
    run_once(svc, NOW)
    assert [s.startswith("Prep:") for s in subjects(mailbox)] == [True]
    calendar.put(replace(event, status=EventStatus.CANCELLED))
    run_once(svc, NOW + timedelta(hours=1))
    run_once(svc, NOW + timedelta(hours=2))
    notes = [m for m in mailbox.inbox.values() if str(m["Subject"]).startswith("Cancelled:")]
    assert len(notes) == 1, "one note, not one per pass"
    body = notes[0].get_content()
    assert "Second interview: Product Manager at Acme" in body
    assert "has been cancelled" in body
    assert str(notes[0]["To"]).endswith("<me@example.com>"), "a note to the user only"


def test_a_cancellation_before_any_briefing_sends_nothing(svc, calendar, mailbox):
    event = make_event(start=NOW + timedelta(days=5))
    calendar.put(event)
    run_once(svc, NOW)
    calendar.put(replace(event, status=EventStatus.CANCELLED))
    run_once(svc, NOW + timedelta(hours=1))
    assert mailbox.inbox == {}


def test_waiting_drafts_of_a_cancelled_interview_are_withdrawn(svc, calendar, mailbox, store):
    event = make_event(start=NOW + timedelta(hours=2))
    calendar.put(event)
    run_once(svc, NOW)
    run_once(svc, event.end + timedelta(minutes=30))
    assert len(mailbox.drafts) == 2
    calendar.put(replace(event, status=EventStatus.CANCELLED))
    run_once(svc, event.end + timedelta(hours=1))
    assert mailbox.drafts == {}, "the mailbox copies are deleted"
    assert {d.state for d in store.drafts(event_id=event.event_id)} == {DraftState.REJECTED}
    (note,) = [m for m in mailbox.inbox.values() if str(m["Subject"]).startswith("Cancelled:")]
    assert "2 draft(s) waiting for it were withdrawn" in note.get_content()
    assert mailbox.sent == {}
