"""The first pass over a calendar full of history, and passes the message cap cuts short.

A first pass reads weeks of past events. What is due soonest and matters most goes
first (briefings for interviews still ahead), interviews long over when first seen
get no drafts (``[schedule] drafts_catch_up``, said once), and a pass the cap stops
leaves no draft recorded without its mailbox copy, counting what it made.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.mail.memory import MemoryMailbox
from assistant.models import DraftState, Job, JobKind, JobState
from assistant.plan import Timing, work_order
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, build_services, make_event

NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)
LONG_CATCH_UP = Timing(tz=BERLIN, quiet_hours=None, drafts_catch_up=timedelta(days=60))


def ended_days_ago(calendar: MemoryCalendar, *days: float) -> list[str]:
    """Past interviews that ended ``days`` before NOW; their event ids."""
    ids = []
    for n, ago in enumerate(days):
        event = make_event(
            summary=f"Final round: Analyst at Firm {n}",
            uid=f"past-{n}",
            start=NOW - timedelta(days=ago, hours=1),
        )
        calendar.put(event)
        ids.append(event.event_id)
    return ids


def test_interviews_long_over_when_first_seen_get_no_drafts_and_it_is_said_once(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    old, recent = ended_days_ago(calendar, 20, 1)
    services = build_services(calendar, store, mailbox, timing=NO_QUIET)

    first = run_once(services, NOW)
    assert {d.event_id for d in store.drafts()} == {recent}
    assert first.not_drafted == ["Final round: Analyst at Firm 0"]
    assert sum("drafts_catch_up" in w for w in first.warnings) == 1
    assert store.find_interview(old).active  # still recorded: rounds, pipeline

    later = run_once(services, NOW + timedelta(days=1))
    assert later.not_drafted == [] and not any("drafts_catch_up" in w for w in later.warnings)
    assert {d.event_id for d in store.drafts()} == {recent}


def test_raising_drafts_catch_up_drafts_them_on_the_next_pass(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    (old,) = ended_days_ago(calendar, 20)
    run_once(build_services(calendar, store, mailbox, timing=NO_QUIET), NOW)
    assert store.drafts() == []

    run_once(build_services(calendar, store, mailbox, timing=LONG_CATCH_UP), NOW)
    assert {d.event_id for d in store.drafts()} == {old}


def test_an_interview_seen_before_it_ended_is_drafted_however_late_the_pass(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    event = make_event(start=NOW + timedelta(hours=3))
    calendar.put(event)
    services = build_services(calendar, store, mailbox, timing=NO_QUIET)
    run_once(services, NOW)
    report = run_once(services, NOW + timedelta(days=10))  # a machine off for ten days
    assert report.not_drafted == []
    assert {d.event_id for d in store.drafts()} == {event.event_id}


def test_a_briefing_due_goes_before_drafts_the_cap_would_crowd_out(store):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    ended_days_ago(calendar, *range(1, 11))  # twenty drafts and ten notes due at once
    ahead = make_event(summary="Second interview: Lead at Nearby", uid="ahead")
    calendar.put(replace_start(ahead, NOW + timedelta(hours=2)))
    services = build_services(calendar, store, mailbox, timing=LONG_CATCH_UP, max_messages=3)

    report = run_once(services, NOW)
    assert report.briefings == ["Second interview: Lead at Nearby"]
    # Then the newest interview's drafts: a thank-you matters most the day after.
    assert {d.interview_summary for d in store.drafts()} == {"Final round: Analyst at Firm 0"}


def replace_start(event, start):
    from dataclasses import replace

    return replace(event, start=start, end=start + (event.end - event.start))


def test_work_order_puts_briefings_first_then_the_newest_drafts():
    def job(kind: JobKind, hours: float, name: str) -> Job:
        return Job(f"{kind.value}/{name}", kind, name, NOW - timedelta(hours=hours))

    due = [
        job(JobKind.DRAFTS, 300, "weeks-old"),
        job(JobKind.BRIEFING, 1, "soon"),
        job(JobKind.NUDGE, 50, "check-in"),
        job(JobKind.DRAFTS, 2, "yesterday"),
        job(JobKind.BRIEFING, 5, "sooner"),
    ]
    assert [j.event_id for j in work_order(due)] == [
        "sooner",
        "soon",
        "yesterday",
        "check-in",
        "weeks-old",
    ]


@pytest.mark.parametrize("cap", range(1, 8))
def test_a_cap_cutting_a_drafts_job_leaves_no_draft_without_its_mailbox_copy(store, cap):
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    ended_days_ago(calendar, 0.5, 1)  # per interview: two drafts, then a note
    services = build_services(calendar, store, mailbox, timing=NO_QUIET, max_messages=cap)

    for minutes in range(0, 40, 5):
        report = run_once(services, NOW + timedelta(minutes=minutes))
        waiting = store.drafts(states=[DraftState.DRAFTED, DraftState.APPROVED])
        assert all(d.mailbox_ref for d in waiting)  # every row counted is in the folder
        assert report.drafts_waiting == len(waiting) == len(mailbox.drafts)
        if minutes == 0:
            assert len(report.drafts_created) == len(mailbox.drafts)  # made, then cut, counted
    assert len(mailbox.drafts) == 4 and len(mailbox.inbox) == 2
    assert store.jobs(state=JobState.PENDING) == []
