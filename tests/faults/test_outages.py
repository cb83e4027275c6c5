"""The mailbox or a calendar failing for a while, then recovering: everything arrives once.

A wrapper around the real Maildir raises for its first N calls, the way Gmail
answers 429/503 or an SMTP server times out (the adapters turn those into
``TransientError``/``MailboxError``). Passes run every five minutes of a fixed
clock; when the outage ends, the work owed is delivered, and only once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant import approval
from assistant.app import App
from assistant.errors import AssistantError, MailboxError, TransientError
from assistant.mail.maildir import MaildirMailbox
from assistant.models import DraftState, JobState
from assistant.paths import Home
from assistant.runner import REPORT_AFTER_ATTEMPTS, run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import build_services
from tests.faults.scenario import DRAFTS_OWED, NOW, count_mail, lost_jobs, make_home


class FlakyMailbox:
    """The real mailbox behind an outage: the first ``failures`` calls raise ``error``."""

    def __init__(self, inner: MaildirMailbox, failures: int, error: AssistantError) -> None:
        self.inner = inner
        self.failures = failures
        self.error = error
        self.refused = 0

    def _gate(self) -> None:
        if self.failures > 0:
            self.failures -= 1
            self.refused += 1
            raise self.error

    def deliver(self, message: EmailMessage) -> str:
        self._gate()
        return self.inner.deliver(message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        self._gate()
        return self.inner.save_draft(message, ref)

    def draft_exists(self, ref: str) -> bool:
        return self.inner.draft_exists(ref)

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        self._gate()
        return self.inner.send_draft(ref, message)

    def delete_draft(self, ref: str) -> None:
        self._gate()
        self.inner.delete_draft(ref)


def real_services(home: Path, store: Store, mailbox: object) -> Services:
    services = App.load(Home.at(home)).services(store)
    services.mailbox = mailbox  # type: ignore[assignment]
    return services


def passes(services: Services, start: datetime, count: int) -> list[list[str]]:
    """``count`` passes five minutes apart; the errors each one reported."""
    errors = []
    for n in range(count):
        report = run_once(services, start + timedelta(minutes=5 * n))
        errors.append(report.errors)
    return errors


@pytest.mark.parametrize(
    "error",
    [
        TransientError("Gmail answered 429 Too Many Requests; will retry"),
        TransientError("the mail server timed out; will retry"),
        MailboxError("the server answered 503 Service Unavailable"),
    ],
    ids=["429", "timeout", "503"],
)
def test_a_mailbox_outage_then_recovery_delivers_everything_once(tmp_path: Path, error):
    home = make_home(tmp_path / "home")
    flaky = FlakyMailbox(MaildirMailbox(home / "mailbox"), failures=7, error=error)
    with Store.open(home / "state.db") as store:
        services = real_services(home, store, flaky)
        errors = passes(services, NOW, 6)
        assert errors[0], "the outage is reported"
        assert flaky.failures == 0 and not errors[-1], "it recovered"
        # The drafts job failed several times: it is counted and shown in status.
        attempts = max(r.attempts for r in store.jobs())
        assert attempts >= REPORT_AFTER_ATTEMPTS
        assert any(level == "error" for _, level, _ in store.recent_activity())

        for draft in store.drafts():
            flaky.failures = 1  # the first try of every send fails too
            with pytest.raises(AssistantError):
                approval.approve(services, draft.id, NOW + timedelta(hours=1))
        passes(services, NOW + timedelta(hours=1), 2)  # scheduled sends retry
        assert {d.state for d in store.drafts()} == {DraftState.SENT}

    found = count_mail(home)
    assert (found.briefings, found.drafts, found.sent) == (1, 0, DRAFTS_OWED)
    assert lost_jobs(home, NOW + timedelta(hours=2)) == []


def test_a_calendar_outage_drops_nothing_and_the_briefing_follows_recovery(
    tmp_path: Path, event_factory
):
    event = event_factory(start=NOW + timedelta(hours=20))
    calendar = MemoryCalendar([event])
    maildir = MaildirMailbox(tmp_path / "mail")
    with Store.open(tmp_path / "state.db") as store:
        services = build_services(calendar, store, maildir)
        run_once(services, NOW - timedelta(days=1))  # seen while the server was up
        calendar.fail_with = "the server answered 503; will retry"
        for hour in range(6):
            report = run_once(services, NOW + timedelta(hours=hour))
            assert report.errors and not report.ok
        assert store.find_interview(event.event_id).active
        assert store.jobs(state=JobState.DROPPED) == []
        calendar.fail_with = None
        run_once(services, NOW + timedelta(hours=6))
        run_once(services, NOW + timedelta(hours=6, minutes=5))
    assert len(maildir.messages("")) == 1


class RefusesReminders(FlakyMailbox):
    """An outage that happens to hit the reminder about waiting drafts."""

    def deliver(self, message: EmailMessage) -> str:
        if "waiting" in str(message["Subject"]):
            self._gate()
        return self.inner.deliver(message)


def test_an_outage_while_a_reminder_is_due_still_finishes_the_pass(tmp_path: Path):
    """The reminder is one more mailbox call that can fail; the pass must still finish."""
    home = make_home(tmp_path / "home")
    maildir = MaildirMailbox(home / "mailbox")
    with Store.open(home / "state.db") as store:
        services = real_services(home, store, maildir)
        run_once(services, NOW)
        run_once(services, NOW + timedelta(days=1))  # both interviews over: 4 drafts
        flaky = RefusesReminders(maildir, failures=1, error=TransientError("503; will retry"))
        services.mailbox = flaky  # type: ignore[assignment]
        later = NOW + timedelta(days=4)
        run_once(services, later)  # the reminder fails: the pass still ends
        notes = [m for _, level, m in store.recent_activity() if level == "warning"]
        assert any("reminder" in n and "503" in n for n in notes), notes
        assert flaky.refused == 1
        assert store.get_meta("last_sync") == later.isoformat()
        run_once(services, later + timedelta(minutes=5))
    found = count_mail(home)
    assert (found.briefings, found.drafts, found.notes) == (1, 2 * DRAFTS_OWED, 3)
