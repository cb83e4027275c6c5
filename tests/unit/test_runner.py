"""One pass of the assistant end to end, on the in-package fakes and a real SQLite store."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest

from assistant.errors import MailboxError
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from assistant.mail.memory import MemoryMailbox
from assistant.models import DraftState, EventStatus, JobState, PartStat
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import BERLIN, NOW, build_services, make_event, me, person

NO_QUIET = Timing(tz=BERLIN, quiet_hours=None)


@pytest.fixture
def svc(calendar, store, mailbox):
    return build_services(calendar, store, mailbox, timing=NO_QUIET)


def interview_in(days: float, **kwargs):
    return make_event(start=NOW + timedelta(days=days), **kwargs)


def test_briefing_goes_out_at_the_lead_time_not_before(svc, calendar, mailbox):
    calendar.put(interview_in(3))
    run_once(svc, NOW)
    assert mailbox.inbox == {}
    run_once(svc, NOW + timedelta(days=2) - timedelta(minutes=1))
    assert mailbox.inbox == {}
    report = run_once(svc, NOW + timedelta(days=2))
    assert len(mailbox.inbox) == 1
    assert report.briefings == ["Second interview: Product Manager at Acme"]
    run_once(svc, NOW + timedelta(days=2, hours=1))
    assert len(mailbox.inbox) == 1


def test_interview_first_seen_inside_the_lead_gets_its_briefing_at_once(svc, calendar, mailbox):
    calendar.put(interview_in(0.5))
    run_once(svc, NOW)
    assert len(mailbox.inbox) == 1


def test_drafts_are_made_after_the_set_delay(svc, calendar, mailbox):
    event = interview_in(0.5)
    calendar.put(event)
    run_once(svc, NOW)
    run_once(svc, event.end + timedelta(minutes=29))
    assert mailbox.drafts == {}
    run_once(svc, event.end + timedelta(minutes=30))
    # One thank-you (Priya) and the offer request to the organizer (Jordan).
    recipients = sorted(m["To"].addresses[0].addr_spec for m in mailbox.drafts.values())
    assert recipients == ["jordan@acme.example", "priya@acme.example"]
    assert mailbox.sent == {}, "nothing is sent without approval"


def test_a_moved_interview_moves_its_jobs_and_stays_one_interview(svc, calendar, store):
    event = interview_in(3)
    calendar.put(event)
    run_once(svc, NOW)
    calendar.put(event.moved_to(event.start + timedelta(days=1), event.end + timedelta(days=1)))
    run_once(svc, NOW + timedelta(hours=1))
    assert len(store.interviews()) == 1
    pending = {r.job.kind.value: r.job.due_at for r in store.jobs(state=JobState.PENDING)}
    assert pending["briefing"] == event.start + timedelta(days=1) - timedelta(hours=24)
    assert pending["drafts"] == event.end + timedelta(days=1, minutes=30)


def test_a_moved_instance_of_a_series_keeps_its_identity(svc, calendar, store):
    original = NOW + timedelta(days=3)
    event = interview_in(3, recurrence_id=original)
    calendar.put(event)
    run_once(svc, NOW)
    calendar.put(event.moved_to(original + timedelta(hours=2), event.end + timedelta(hours=2)))
    run_once(svc, NOW + timedelta(minutes=5))
    (record,) = store.interviews()
    assert record.event_id.startswith("evt-1@")
    assert record.start == original + timedelta(hours=2)


@pytest.mark.parametrize(
    "change",
    [
        lambda e: replace(e, status=EventStatus.CANCELLED),
        lambda e: replace(e, attendees=(me(partstat=PartStat.DECLINED), *e.attendees[1:])),
    ],
    ids=["cancelled", "declined"],
)
def test_cancelled_or_declined_interviews_drop_their_jobs(svc, calendar, store, mailbox, change):
    event = interview_in(3)
    calendar.put(event)
    run_once(svc, NOW)
    calendar.put(change(event))
    run_once(svc, NOW + timedelta(hours=1))
    assert store.jobs(state=JobState.PENDING) == []
    run_once(svc, event.end + timedelta(hours=1))
    assert mailbox.inbox == {} and mailbox.drafts == {}


def test_an_interview_removed_from_the_calendar_drops_its_jobs(svc, calendar, store):
    event = interview_in(3)
    calendar.put(event)
    run_once(svc, NOW)
    calendar.remove(event.event_id)
    run_once(svc, NOW + timedelta(hours=1))
    assert store.jobs(state=JobState.PENDING) == []
    assert store.interviews()[0].inactive_why == "removed from the calendar"


def test_a_failing_calendar_is_reported_and_the_others_carry_on(store, mailbox):
    good, bad = MemoryCalendar([interview_in(0.5)], label="good"), MemoryCalendar(label="bad")
    bad.fail_with = "the server answered 500; will retry"
    svc = build_services(good, store, mailbox, sources=[bad, good], timing=NO_QUIET)
    report = run_once(svc, NOW)
    assert report.errors == ["calendar bad: the server answered 500; will retry"]
    assert report.calendars_read == ["good"]
    assert not report.ok  # the pass carried on, and the failure still reaches the exit code
    assert len(mailbox.inbox) == 1


def test_a_failed_mailbox_call_is_retried_on_the_next_pass(svc, calendar, mailbox):
    from assistant.errors import TransientError

    calendar.put(interview_in(0.5))
    mailbox.fail_next = TransientError("Gmail answered 503")
    report = run_once(svc, NOW)
    assert mailbox.inbox == {} and "503" in report.errors[0]
    run_once(svc, NOW + timedelta(minutes=5))
    assert len(mailbox.inbox) == 1


class Crash(Exception):
    """Stands for the process dying at a step boundary."""


@pytest.mark.parametrize("step", ["briefing:before-mailbox", "briefing:after-mailbox"])
def test_a_crash_around_the_mailbox_never_duplicates_a_briefing(tmp_path: Path, step: str):
    calendar = MemoryCalendar([interview_in(0.5)])
    maildir = MaildirMailbox(tmp_path / "mail")

    def crash_at(name: str) -> None:
        if name == step:
            raise Crash(name)

    with Store.open(tmp_path / "state.db") as store:
        crashing = build_services(calendar, store, maildir, timing=NO_QUIET, checkpoint=crash_at)
        with pytest.raises(Crash):
            run_once(crashing, NOW)
    with Store.open(tmp_path / "state.db") as store:  # the restart
        run_once(
            build_services(calendar, store, maildir, timing=NO_QUIET), NOW + timedelta(minutes=5)
        )
        run_once(
            build_services(calendar, store, maildir, timing=NO_QUIET), NOW + timedelta(minutes=10)
        )
    assert len(maildir.messages(INBOX)) == 1


@pytest.mark.parametrize("step", ["drafts:before-mailbox", "drafts:after-mailbox"])
def test_a_crash_around_the_mailbox_never_duplicates_a_draft(tmp_path: Path, step: str):
    event = make_event(start=NOW - timedelta(hours=2))
    calendar = MemoryCalendar([event])
    maildir = MaildirMailbox(tmp_path / "mail")

    def crash_at(name: str) -> None:
        if name == step:
            raise Crash(name)

    with Store.open(tmp_path / "state.db") as store, pytest.raises(Crash):
        run_once(build_services(calendar, store, maildir, checkpoint=crash_at), NOW)
    with Store.open(tmp_path / "state.db") as store:
        run_once(build_services(calendar, store, maildir), NOW + timedelta(minutes=5))
        assert len(store.drafts()) == 2
        assert all(d.mailbox_ref for d in store.drafts())
    assert len(maildir.messages(DRAFTS)) == 2


HOSTILE = "Second interview\r\nBcc: everyone@evil.example\r\n<script>alert(1)</script>" + "x" * 400


def test_hostile_event_text_is_capped_escaped_and_cannot_add_headers(svc, calendar, mailbox):
    evil_name = 'Eve"\r\nBcc: all@evil.example'
    event = interview_in(
        0.5,
        summary=HOSTILE,
        description="<img src=x onerror=alert(1)>" + "y" * 100_000,
        attendees=(me(), person("eve@acme.example", evil_name)),
    )
    calendar.put(event)
    run_once(svc, NOW)
    (message,) = mailbox.inbox.values()
    raw = message.as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert len(str(parsed["Subject"])) <= 200
    assert len(raw) < 100_000
    html = parsed.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html
    text = parsed.get_body(("plain",)).get_content()
    quoted = text.split("FROM THE INVITE", 1)[1]
    assert "…" in quoted and len(quoted) < 2100


def test_drafts_deleted_in_the_mail_client_are_noticed_at_most_hourly(
    svc, calendar, mailbox, store
):

    event = make_event(start=NOW - timedelta(hours=2))
    calendar.put(event)
    run_once(svc, NOW)
    first, second = store.drafts()
    mailbox.drafts.pop(first.mailbox_ref)  # the user deleted it in their client
    run_once(svc, NOW + timedelta(minutes=30))
    assert store.draft(first.id).state is DraftState.DRAFTED, "checked at most hourly"
    run_once(svc, NOW + timedelta(hours=1, minutes=1))
    assert store.draft(first.id).state is DraftState.GONE
    assert store.draft(second.id).state is DraftState.DRAFTED


def test_an_account_needing_reconnection_is_one_error_line(svc, calendar, mailbox):
    from assistant.errors import AuthError

    calendar.put(interview_in(0.5, uid="a"))
    calendar.put(make_event(start=NOW - timedelta(hours=3), uid="b"))

    class Disconnected(MemoryMailbox):
        def deliver(self, message):
            raise AuthError(
                "Google no longer accepts the saved sign-in",
                fix="interview-assistant connect google",
            )

        def save_draft(self, message, ref=None):
            raise AuthError(
                "Google no longer accepts the saved sign-in",
                fix="interview-assistant connect google",
            )

    svc.mailbox = Disconnected()
    report = run_once(svc, NOW)
    assert report.errors == [
        "Google no longer accepts the saved sign-in (interview-assistant connect google)"
    ]
    svc.mailbox = mailbox
    run_once(svc, NOW + timedelta(minutes=5))
    assert len(mailbox.inbox) >= 1 and len(mailbox.drafts) == 2, "the jobs waited, nothing was lost"


def test_a_multi_day_onsite_written_as_a_daily_series_gets_one_thank_you_per_person(
    svc, calendar, mailbox
):
    days = [NOW + timedelta(days=1 + n, hours=1) for n in range(2)]
    for day in days:
        calendar.put(
            make_event(
                summary="Onsite interview – Acme",
                uid="onsite-series",
                start=day,
                minutes=240,
                recurrence_id=day,
            )
        )
    run_once(svc, NOW)
    run_once(svc, days[0] + timedelta(hours=5))
    assert mailbox.drafts == {}, "no drafts after the first day"
    run_once(svc, days[1] + timedelta(hours=5))
    recipients = sorted(m["To"].addresses[0].addr_spec for m in mailbox.drafts.values())
    assert recipients == ["jordan@acme.example", "priya@acme.example"], "once, after the last day"


# --- an interview cancelled in the calendar -------------------------------------------------


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
    assert "2 drafts waiting for it were withdrawn" in note.get_content()
    assert mailbox.sent == {}


def test_a_cancellation_note_the_mailbox_refused_goes_out_on_the_next_pass(
    svc, calendar, mailbox, store
):
    event = make_event(start=NOW + timedelta(hours=12))
    calendar.put(event)
    run_once(svc, NOW)
    calendar.put(replace(event, status=EventStatus.CANCELLED))
    mailbox.fail_next = MailboxError("the server said no")
    run_once(svc, NOW + timedelta(hours=1))
    assert not any(str(m["Subject"]).startswith("Cancelled:") for m in mailbox.inbox.values())
    assert any("the server said no" in m for _, _, m in store.recent_activity(level="error"))
    run_once(svc, NOW + timedelta(hours=2))
    notes = [m for m in mailbox.inbox.values() if str(m["Subject"]).startswith("Cancelled:")]
    assert len(notes) == 1
