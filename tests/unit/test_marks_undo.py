"""Undoing a mark on the fakes: the drafts it withdrew are filed again once, even when
the mailbox refuses the first time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.errors import MailboxError
from assistant.marks import Marking
from assistant.models import DraftState
from assistant.plan import Timing
from assistant.runner import run_once
from tests.conftest import BERLIN, NOW, build_services, make_event

NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)


@pytest.fixture
def svc(calendar, store, mailbox):
    return build_services(calendar, store, mailbox, timing=NO_QUIET)


def test_withdrawn_drafts_come_back_once_after_a_mailbox_refused(svc, calendar, mailbox, store):
    event = make_event(start=NOW + timedelta(hours=2))
    calendar.put(event)
    after = event.end + timedelta(hours=1)
    run_once(svc, after)
    made = {d.id for d in store.drafts(states=[DraftState.DRAFTED])}
    assert made and len(mailbox.drafts) == len(made)

    Marking(svc, after).set([event.event_id], follow_up=False)
    assert mailbox.drafts == {}
    Marking(svc, after).set([event.event_id], follow_up=True)
    mailbox.fail_next = MailboxError("the server said no")
    report = run_once(svc, after + timedelta(minutes=5))
    assert any("the server said no" in e for e in report.errors)

    report = run_once(svc, after + timedelta(minutes=10))
    assert report.errors == [] and report.drafts_restored == len(made)
    assert {d.id for d in store.drafts(states=[DraftState.DRAFTED])} == made
    assert len(mailbox.drafts) == len(made)
    again = run_once(svc, after + timedelta(minutes=15))
    assert again.drafts_restored == 0 and len(mailbox.drafts) == len(made)
