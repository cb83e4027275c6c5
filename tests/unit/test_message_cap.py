"""A pass creates at most ``max_messages`` messages; the rest wait for the next pass.

Nothing is lost and nothing is made twice: the jobs the cap interrupts stay due, are
not counted as failures, and the next passes finish them.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.mail.capped import CappedMailbox, MessageCapReached
from assistant.mail.memory import MemoryMailbox
from assistant.models import JobState
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, build_services, make_event

NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)


def interviews(calendar: MemoryCalendar, count: int, start) -> None:
    for n in range(count):
        calendar.put(make_event(uid=f"i{n:02d}", start=start + timedelta(minutes=n)))


def test_a_pass_stops_at_the_cap_and_the_next_passes_finish(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    interviews(calendar, 25, NOW + timedelta(hours=12))  # every briefing is due at once
    services = build_services(calendar, store, mailbox, timing=NO_QUIET, max_messages=10)

    first = run_once(services, NOW)
    assert len(mailbox.inbox) == 10 and len(first.briefings) == 10
    assert [w for w in first.warnings if "messages_per_pass" in w] == [
        "this pass stopped after creating 10 messages, the most one pass may "
        "([limits] messages_per_pass); the rest wait for the next pass"
    ]
    assert first.errors == []
    assert all(r.attempts == 0 for r in store.jobs(state=JobState.PENDING))

    second = run_once(services, NOW + timedelta(minutes=5))
    third = run_once(services, NOW + timedelta(minutes=10))
    assert len(mailbox.inbox) == 25  # each briefing once
    assert len(second.briefings) == 10 and len(third.briefings) == 5
    assert not any("messages_per_pass" in w for w in third.warnings)


def test_a_drafts_job_cut_by_the_cap_is_finished_next_pass_without_duplicates(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    interviews(calendar, 2, NOW - timedelta(hours=3))  # both ended: drafts and notes due
    services = build_services(calendar, store, mailbox, timing=NO_QUIET, max_messages=4)

    run_once(services, NOW)
    assert len(mailbox.drafts) + len(mailbox.inbox) == 4
    run_once(services, NOW + timedelta(minutes=5))
    assert len(mailbox.drafts) == 4  # a thank-you and an offer request per interview
    assert len(mailbox.inbox) == 2  # one note per interview
    assert store.jobs(state=JobState.PENDING) == []


def test_the_default_cap_is_fifty(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    interviews(calendar, 60, NOW + timedelta(hours=12))
    report = run_once(build_services(calendar, store, mailbox, timing=NO_QUIET), NOW)
    assert len(mailbox.inbox) == 50 and len(report.warnings) == 1


def test_only_creating_counts():
    inner = MemoryMailbox()
    capped = CappedMailbox(inner, 1)
    message = make_message("<a@x>")
    ref = capped.save_draft(message)
    capped.save_draft(make_message("<a@x>"), ref)  # replacing in place is not creating
    capped.send_draft(ref, message)
    try:
        capped.deliver(make_message("<b@x>"))
    except MessageCapReached:
        pass
    else:
        raise AssertionError("the second message was created")
    assert inner.inbox == {}  # refused before the mailbox was called


def make_message(message_id: str):
    from email.message import EmailMessage

    message = EmailMessage()
    message["Message-ID"] = message_id
    message["Subject"] = "test"
    message.set_content("body")
    return message
