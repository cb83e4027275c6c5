"""What ``status`` shows: what is connected, what is due, what went wrong. No click here.

Everything comes from the configuration and the store; nothing is fetched, so
``status`` is instant and works offline. Calendar locations are shown redacted
(private iCal links carry a secret), the way every log line and message shows them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from assistant.app import App
from assistant.delivery import NOT_IN_MAILBOX, emails_for_real, in_mailbox
from assistant.durations import in_words, plural
from assistant.models import DraftState, JobState
from assistant.ops.pass_log import last_pass
from assistant.plan import too_old_for_drafts
from assistant.store import StorePort
from assistant.text import one_line, redact_url

# How far back "Recent problems" reaches: a warning a week old has been read, or has
# been said again by a later pass if it still holds.
RECENT = timedelta(days=7)
# Levels of the store's activity log that ``status`` lists as problems.
PROBLEM_LEVELS = ("error", "warning")


@dataclass(frozen=True)
class Account:
    """A calendar or mailbox the assistant uses, with a redacted label."""

    kind: str
    label: str
    detail: str = ""


@dataclass(frozen=True)
class DueJob:
    key: str
    kind: str
    due_at: datetime
    interview: str
    attempts: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class PendingDraft:
    id: int
    state: str
    to: str
    subject: str
    send_at: datetime | None
    in_mailbox: bool = True  # False: recorded, but its mailbox copy is not written yet


@dataclass(frozen=True)
class Problem:
    at: datetime
    level: str
    message: str


@dataclass
class Status:
    """A snapshot of one home, for the terminal or for ``--json``."""

    home: str
    calendars: list[Account]
    mailbox: Account
    last_sync: datetime | None
    next_jobs: list[DueJob] = field(default_factory=list)
    pending_drafts: list[PendingDraft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    log_file: str = ""
    # The last pass ran at a time given with --now (tick --now, the demo), not the clock's.
    last_pass_simulated: bool = False
    # Interviews that had ended too long before they were first seen to get drafts
    # ([schedule] drafts_catch_up, ``plan.too_old_for_drafts``), and that setting.
    not_drafted: list[str] = field(default_factory=list)
    drafts_catch_up: str = ""

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types; datetimes as ISO 8601 with their offset."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def connected_calendars(app: App) -> list[Account]:
    """Every configured calendar, secrets redacted."""
    settings = app.settings
    found = [Account("ics", redact_url(location)) for location in settings.calendar.ics]
    if settings.calendar.google:
        from assistant.google.auth import GoogleAccount

        connected = GoogleAccount.of(app).read_token() is not None  # the home's, or the vault's
        found.extend(
            Account("google", calendar_id, "connected" if connected else "not connected")
            for calendar_id in settings.calendar.google
        )
    if settings.calendar.microsoft:
        from assistant.microsoft.auth import MicrosoftAccount

        connected = MicrosoftAccount.of(app).read_token() is not None
        found.append(
            Account("microsoft", "calendar", "connected" if connected else "not connected")
        )
    if settings.caldav.url:
        found.append(Account("caldav", redact_url(settings.caldav.url), settings.caldav.username))
    return found


def connected_mailbox(app: App) -> Account:
    settings = app.settings
    backend = settings.mail.backend
    if backend == "local":
        return Account(
            "local",
            str(app.mailbox_path()),
            "Maildir; approved messages are filed in its Sent folder, not emailed",
        )
    if backend in ("gmail", "graph"):
        return Account(backend, settings.user.email)
    return Account(backend, settings.mail.smtp.host or settings.mail.imap.host)


def collect_status(app: App, store: StorePort, now: datetime, limit: int = 5) -> Status:
    """The snapshot ``status`` prints; ``limit`` bounds each list."""
    # A nudge belongs to a round with any employer, not only to a follow-up interview:
    # its title is the round's. An event neither keeps is named as gone, never by its id.
    summaries = {r.event_id: r.summary for r in store.round_rows()}
    summaries.update((r.event_id, r.summary) for r in store.interviews(active_only=False))
    pending = store.jobs(state=JobState.PENDING)
    jobs = [
        DueJob(
            key=r.job.key,
            kind=r.job.kind.value,
            due_at=r.job.due_at,
            interview=one_line(_title(summaries.get(r.job.event_id)), 120),
            attempts=r.attempts,
            last_error=r.last_error,
        )
        for r in pending
    ]
    waiting = store.drafts(states=[DraftState.DRAFTED, DraftState.APPROVED])
    # An approved draft with a time is due work too: the first pass after it sends it.
    jobs += [
        DueJob(
            key=d.key,
            kind="send" if emails_for_real(app.settings.mail.backend) else "file",
            due_at=d.send_at,
            interview=one_line(f"draft {d.id} to {d.to_header}: {d.subject}", 120),
        )
        for d in waiting
        if d.state is DraftState.APPROVED and d.send_at is not None
    ]
    jobs = sorted(jobs, key=lambda j: j.due_at)[:limit]
    drafts = [
        PendingDraft(
            d.id, d.state.value, d.to_header, one_line(d.subject, 120), d.send_at, in_mailbox(d)
        )
        for d in waiting
    ]
    problems = [
        Problem(at, level, one_line(message, 300))
        for at, level, message in store.recent_activity(limit=50)
        if level in PROBLEM_LEVELS and at >= now - RECENT
    ][:limit]
    last = store.get_meta("last_sync")
    newest = last_pass(store)
    timing = app.timing()
    not_drafted = [
        one_line(r.summary, 120)
        for r in store.interviews(active_only=True)
        if r.start <= r.first_seen and too_old_for_drafts(r.end, r.first_seen, timing)
    ]
    from assistant.logs import log_file

    return Status(
        home=str(app.home.data_dir),
        calendars=connected_calendars(app),
        mailbox=connected_mailbox(app),
        last_sync=datetime.fromisoformat(last) if last else None,
        next_jobs=jobs,
        pending_drafts=drafts,
        problems=problems,
        log_file=str(log_file(app.home.log_dir)),
        last_pass_simulated=bool(newest and newest.simulated),
        not_drafted=not_drafted,
        drafts_catch_up=in_words(timing.drafts_catch_up),
    )


def _title(summary: str | None) -> str:
    """An event's title for a line of ``status``: never its id, which means nothing to a
    person (``None``: the store keeps the event no more)."""
    if summary is None:
        return "(an event no longer in your calendars)"
    return summary or "(no title)"


def ago(moment: datetime, now: datetime) -> str:
    """``5 minutes ago``, ``3 hours ago``; ``in 4 hours`` for the future; ``just now``."""
    from assistant.durations import in_words

    delta = now - moment
    if abs(delta.total_seconds()) < 60:
        return "just now"
    amount = in_words(delta, parts=1)
    return f"in {amount}" if delta.total_seconds() < 0 else f"{amount} ago"


def format_status(status: Status, now: datetime, tz: tzinfo, locale: str) -> list[str]:
    """The human-readable lines of ``status``; times in ``tz``, written as ``locale``
    writes them (the user's English: :attr:`assistant.app.App.english_locale`)."""
    from assistant.dates import format_moment

    def when(moment: datetime) -> str:
        return f"{format_moment(moment, tz, locale)} ({ago(moment, now)})"

    lines = ["Calendars:"]
    lines += [
        f"  {c.kind:7} {c.label}" + (f"  [{c.detail}]" if c.detail else "")
        for c in status.calendars
    ] or ["  none configured: set [calendar] ics in config.toml"]
    m = status.mailbox
    lines.append(f"Mailbox:  {m.kind} {m.label}" + (f" ({m.detail})" if m.detail else ""))
    lines.append(
        "Last successful sync: " + (when(status.last_sync) if status.last_sync else "never")
    )
    if status.last_pass_simulated:
        lines.append("  (the last pass ran at a simulated time, given with --now)")
    lines.append("Next due:")
    lines += [
        f"  {when(j.due_at)}  {j.kind:8} {j.interview}"
        + (f"  [failed {j.attempts}x: {one_line(j.last_error, 80)}]" if j.attempts else "")
        for j in status.next_jobs
    ] or [
        "  nothing planned yet: no pass has succeeded (`interview-assistant tick` runs one; "
        "`interview-assistant scan` lists what it would find)"
        if not status.last_sync
        else "  nothing planned"
    ]
    # An approved draft waits for its time, not for the user: counted apart.
    approved = sum(1 for d in status.pending_drafts if d.state == "approved")
    waiting = len(status.pending_drafts) - approved
    lines.append(
        f"Drafts waiting for you: {waiting}"
        + (f" (and {approved} approved, to go out later)" if approved else "")
    )
    verb = "files (not emailed)" if status.mailbox.kind == "local" else "sends"
    for d in status.pending_drafts:
        later = f", {verb} {format_moment(d.send_at, tz, locale)}" if d.send_at else ""
        missing = "" if d.in_mailbox else f", {NOT_IN_MAILBOX}"
        lines.append(f"  {d.id}. [{d.state}{later}{missing}] to {d.to}: {d.subject}")
    if status.not_drafted:
        lines.append(
            f"Not drafted: {plural(len(status.not_drafted), 'past interview')} that had ended "
            f"more than {status.drafts_catch_up} before the assistant first saw "
            f"{'it' if len(status.not_drafted) == 1 else 'them'} ([schedule] drafts_catch_up)"
        )
    lines.append("Recent problems:" if status.problems else "Recent problems: none")
    lines += [
        f"  {format_moment(p.at, tz, locale, weekday=False)} {p.level}: {p.message}"
        for p in status.problems
    ]
    lines.append(f"Log: {status.log_file}")
    return lines
