"""Catch-up after downtime: the machine slept (or was off) through a due time.

A briefing that fell due while asleep goes out at the next start if the
interview has not begun; otherwise it is skipped, with a log line and a note
that ``status`` shows. Drafts are made late, never lost.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from assistant.mail.memory import MemoryMailbox
from assistant.models import JobKind, JobState
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, build_services, make_event

INTERVIEW = NOW + timedelta(days=2, hours=5)  # Wednesday 14:00 Berlin
NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)


@pytest.fixture
def world(store):
    calendar = MemoryCalendar([make_event(start=INTERVIEW)])
    mailbox = MemoryMailbox()
    services = build_services(calendar, store, mailbox, timing=NO_QUIET)
    run_once(services, NOW)  # seen two days ahead; the briefing is planned for 24 h before
    (job,) = [r for r in store.jobs(state=JobState.PENDING) if r.job.kind is JobKind.BRIEFING]
    assert job.job.due_at == INTERVIEW - timedelta(hours=24)
    return services, mailbox


def briefings(mailbox: MemoryMailbox) -> list[str]:
    return [
        str(m["Subject"])
        for m in mailbox.inbox.values()
        if m["X-Interview-Assistant"] == "briefing"
    ]


def test_a_briefing_missed_while_asleep_goes_out_at_the_next_start(world):
    services, mailbox = world
    woke = INTERVIEW - timedelta(hours=3)  # 21 hours late, the interview still ahead
    report = run_once(services, woke)
    assert len(briefings(mailbox)) == 1 and report.briefings
    run_once(services, woke + timedelta(minutes=5))
    assert len(briefings(mailbox)) == 1


def test_a_briefing_missed_past_the_interview_start_is_skipped_and_noted(world, caplog):
    services, mailbox = world
    woke = INTERVIEW + timedelta(minutes=10)  # the interview has begun
    with caplog.at_level(logging.INFO, logger="assistant"):
        report = run_once(services, woke)
    assert briefings(mailbox) == [] and report.skipped
    store = services.store
    (skipped,) = store.jobs(state=JobState.SKIPPED)
    assert skipped.job.kind is JobKind.BRIEFING
    notes = [m for _, level, m in store.recent_activity() if level == "warning"]
    assert any("skipped: the interview began at" in n for n in notes), notes
    line = next(r for r in caplog.records if "skipped" in r.getMessage())
    assert skipped.job.key in line.getMessage()


def test_drafts_due_while_asleep_are_made_late_not_lost(world):
    services, mailbox = world
    woke = INTERVIEW + timedelta(days=5)  # a week's holiday with the lid shut
    report = run_once(services, woke)
    assert len(mailbox.drafts) == 2 and len(report.drafts_created) == 2
    assert services.store.due_jobs(woke) == []
    run_once(services, woke + timedelta(minutes=5))
    assert len(mailbox.drafts) == 2


def test_two_leads_missed_while_asleep_send_one_briefing_not_two(store):
    timing = Timing(
        tz=BERLIN, briefing_leads=(timedelta(hours=48), timedelta(hours=2)), quiet_hours=None
    )
    calendar = MemoryCalendar([make_event(start=INTERVIEW)])
    mailbox = MemoryMailbox()
    services = build_services(calendar, store, mailbox, timing=timing)
    run_once(services, NOW - timedelta(days=1))  # both leads ahead
    run_once(services, INTERVIEW - timedelta(hours=1))  # both passed while asleep
    run_once(services, INTERVIEW - timedelta(minutes=55))
    assert store.due_jobs(INTERVIEW - timedelta(minutes=55)) == []
    # Both leads passed while asleep: one briefing, not two a minute apart.
    assert len(briefings(mailbox)) == 1
