"""``tick``, ``run`` and ``demo``: the commands that make the assistant do its work."""

from __future__ import annotations

import logging
import signal
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from assistant.app import App, BusyError
from assistant.cli.common import load_app, now_or, one_shot
from assistant.dates import format_moment
from assistant.errors import UsageError
from assistant.ops.pass_log import new_warnings
from assistant.paths import Home
from assistant.runner import TickReport, run_once

log = logging.getLogger(__name__)

MAX_NAP_SECONDS = 60


def utc_now() -> datetime:
    """The wall clock (aware, UTC); tests replace it to run the demo at any hour."""
    return datetime.now(UTC)


def print_report(report: TickReport, backend: str = "local", *, quiet: bool = False) -> None:
    """The pass's outcome in plain words: errors and new warnings on stderr, a summary."""
    from assistant.delivery import emails_for_real
    from assistant.durations import plural

    for error in report.errors:
        click.secho(f"error: {one_shot(error)}", err=True, fg="red")
    for warning in report.warnings[:20]:
        click.echo(f"warning: {one_shot(warning)}", err=True)
    if quiet:
        return
    parts = [
        f"{plural(len(report.calendars_read), 'calendar')} read",
        plural(report.interviews, "follow-up interview"),
    ]
    if report.briefings:
        parts.append(f"{plural(len(report.briefings), 'briefing')} delivered")
    made = len(report.drafts_created)
    if made and made == report.drafts_waiting:
        parts.append(f"{plural(made, 'draft')} waiting for approval")
    elif made:  # the total is what `status` and `drafts list` count
        parts.append(f"{plural(made, 'new draft')} ({report.drafts_waiting} waiting for approval)")
    if report.drafts_restored:
        parts.append(
            f"{plural(report.drafts_restored, 'withdrawn draft')} back "
            f"({report.drafts_waiting} waiting for approval)"
        )
    if report.sent:
        done = (
            "sent" if emails_for_real(backend) else "filed in the local Sent folder (not emailed)"
        )
        parts.append(f"{plural(len(report.sent), 'approved message')} {done}")
    if report.notes:
        parts.append(f"{plural(len(report.notes), 'note')} to you delivered")
    if report.skipped:
        parts.append(
            f"{plural(len(report.skipped), 'briefing')} skipped (the interview had already begun)"
        )
    click.echo("; ".join(parts) + ".")
    if report.errors:
        click.echo("What failed is still pending: the next pass tries it again.")


def tick_once(app: App, now: datetime, wait: float = 60, *, simulated: bool = False) -> TickReport:
    """One pass at ``now`` under the home's lock, recorded in the pass log.

    ``simulated`` marks a pass at a time given with ``--now`` (or the demo's clock),
    so ``doctor`` does not judge the system clock by it. Raises UsageError without
    a calendar, BusyError when another pass holds the lock past ``wait`` seconds.
    """
    from assistant.ops.pass_log import record_pass

    require_calendars(app)
    with app.exclusive(wait=wait), app.open_store() as store:
        report = run_once(app.services(store), now)
        report.warnings = new_warnings(store, report.warnings, now)
        record_pass(store, now, simulated=simulated, recorded_at=datetime.now(UTC))
        return report


def _stamp(app: App, now: datetime) -> str:
    """``now`` as the pass's first line names it: with weekday, year and zone, in the
    user's English (``Tue, Dec 1, 2026, 2:00 PM EST``; ``Tue, 1 Dec 2026, 14:00 GMT``)."""
    return format_moment(now, app.tz, app.english_locale, year=True, zone=True)


def require_calendars(app: App) -> None:
    """Exit 2 with the fix when no calendar is configured."""
    if not app.has_calendars():
        raise UsageError(
            "no calendar is configured",
            fix=f'add  [calendar] ics = ["/path/to/calendar.ics"]  to {app.home.config_file},'
            " or run `interview-assistant demo` to try the example",
        )


@click.command()
@click.option(
    "--now",
    "now_text",
    metavar="ISO8601",
    help="Act as if it were this time, for real: what is due by then is delivered, drafted "
    "and sent, and cannot be undone (2027-04-13T20:00:00Z; a naive time is your zone). "
    "The pass is recorded as simulated. Add --dry-run to only look.",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Show what the pass would deliver, draft and send, and to whom; change nothing.",
)
@click.option(
    "--wait", default=60, show_default=True, help="Seconds to wait for another pass to finish."
)
def tick(now_text: str | None, dry_run: bool, wait: int) -> None:
    """Do one pass: read the calendars, update the interviews, run what is due.

    Meant for cron or a systemd timer. If another pass is running on the same
    home, this one waits up to --wait seconds, then steps aside without error.
    With --dry-run the database, the mailbox and the log stay exactly as they were.
    """
    app = load_app()
    now = now_or(now_text, app.tz)
    if dry_run:
        dry_run_tick(app, now)
        return
    try:
        report = tick_once(app, now, wait=wait, simulated=now_text is not None)
    except BusyError:
        click.echo("another pass is running on this home; stepping aside.")
        return
    if now_text is not None:
        click.echo(
            f"Pass at the simulated time {_stamp(app, now)} "
            "(given with --now); it is recorded as simulated."
        )
    print_report(report, app.settings.mail.backend)
    if not report.ok:
        raise SystemExit(1)


def dry_run_tick(app: App, now: datetime) -> None:
    """``tick --dry-run``: run the pass on a copy, print what it would do."""
    from assistant.logs import terminal_only
    from assistant.ops.dry_run import rehearse

    require_calendars(app)
    terminal_only()
    report, actions = rehearse(app, now)
    for error in report.errors:
        click.secho(f"error: {one_shot(error)}", err=True, fg="red")
    for warning in report.warnings[:20]:
        click.echo(f"warning: {one_shot(warning)}", err=True)
    click.echo(f"Dry run at {_stamp(app, now)}: nothing was changed.")
    verbs = {
        "briefing": "would deliver a briefing",
        "note": "would deliver a note",
        "draft": "would create a draft",
        "update": "would update a draft",
        "send": "would send"
        if approval_sends(app)
        else "would file in the local Sent folder (not email)",
        "delete": "would delete a draft",
        "notify": "would notify",
    }
    for action in actions:
        if action.kind == "delete":
            continue
        to = ", ".join(action.to) or "(no recipient)"
        click.echo(f"  {verbs.get(action.kind, action.kind)} to {to}: {action.subject}")
    for summary in report.skipped:
        click.echo(f"  would skip the briefing for {summary!r}: the interview has begun")
    if not actions and not report.skipped:
        click.echo("  nothing is due.")
    if not report.ok:
        raise SystemExit(1)


def approval_sends(app: App) -> bool:
    from assistant.delivery import emails_for_real

    return emails_for_real(app.settings.mail.backend)


@click.command()
@click.option("--once", is_flag=True, hidden=True, help="One pass then exit (for tests).")
def run(once: bool) -> None:
    """Keep running: a pass at each poll interval or when a job falls due.

    Stops cleanly on Ctrl-C or SIGTERM, after finishing the pass in progress.
    """
    from assistant.durations import every

    app = load_app()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    poll = app.settings.schedule.poll
    click.echo(f"interview-assistant is running (a pass {every(poll)}); Ctrl-C stops it.")
    while not stop.is_set():
        now = datetime.now(UTC)
        try:
            print_report(tick_once(app, now, wait=0), app.settings.mail.backend, quiet=True)
        except BusyError:
            pass  # another pass is doing the work
        except UsageError:
            raise
        except Exception:  # a bug must not stop a daemon meant to run for months
            # One line on the terminal; the traceback goes to the log file.
            log.error(
                "the pass failed with an internal error (the log file has the details);"
                " the next pass tries again",
                exc_info=True,
            )
        if once:
            return
        nap_until(stop, datetime.now(UTC) + timedelta(seconds=seconds_until_next(app, poll)))
    click.echo("stopped.")


def nap_until(stop: threading.Event, wake_at: datetime) -> None:
    """Sleep until ``wake_at`` by the wall clock, or until ``stop`` is set.

    Naps are at most a minute: the monotonic clock behind ``Event.wait`` stops while
    the machine sleeps, so after a wake-up a due briefing is never more than a minute late.
    """
    while not stop.is_set():
        remaining = (wake_at - datetime.now(UTC)).total_seconds()
        if remaining <= 0:
            return
        stop.wait(min(remaining, MAX_NAP_SECONDS))


def seconds_until_next(app: App, poll: timedelta) -> float:
    """Sleep until the next due job or the poll interval, whichever comes first."""
    with app.open_store() as store:
        next_due = store.next_due()
    wait = poll.total_seconds()
    if next_due is not None:
        wait = min(wait, (next_due - datetime.now(UTC)).total_seconds())
    return max(1.0, wait)


@click.command()
@click.option(
    "--mailbox",
    type=click.Path(file_okay=False, path_type=Path),
    help="Put the demo's Maildir here (default: a new temporary folder).",
)
@click.pass_context
def demo(ctx: click.Context, mailbox: Path | None) -> None:
    """Run the whole flow on a bundled example calendar, in a home of its own.

    It never touches your real settings, state, mailbox or log. The example holds
    a follow-up interview tomorrow and one that ended two hours ago; a simulated
    clock runs the assistant now and, if the briefing is not due yet, again at its
    due time, so both the briefing and the drafts appear at once, at any hour.
    """
    from assistant.app import user_timezone
    from assistant.config import Settings
    from assistant.demo import briefing_jump, demo_config, write_demo_calendar
    from assistant.logs import setup_logging
    from assistant.private import write_private

    tz = user_timezone(Settings())
    tz_name = getattr(tz, "key", None) or "UTC"
    root = Path(tempfile.mkdtemp(prefix="interview-assistant-demo-"))
    home = Home.at(root)
    # The demo's log lines belong in its own home, not in the user's data folder.
    params = ctx.find_root().params
    setup_logging(params.get("verbose", 0), params.get("quiet", False), log_dir=home.log_dir)
    mailbox = (mailbox or root / "mailbox").resolve()
    now = utc_now()
    calendar = write_demo_calendar(root / "example.ics", now, tz)
    write_private(root / "config.toml", demo_config(calendar, mailbox, tz_name))
    app = App.load(home)

    report = tick_once(app, now)
    with app.open_store() as store:
        later = briefing_jump(store, now)
    if later is not None:
        click.echo(
            f"(simulated clock: jumping to {format_moment(later, tz, app.english_locale)}, "
            "when the briefing is due)"
        )
        second = tick_once(app, later, simulated=True)
        report.briefings += second.briefings
        report.drafts_created += second.drafts_created
        report.notes += second.notes
    print_report(report, app.settings.mail.backend)
    click.echo("")
    click.echo(f"Briefing (INBOX):       {mailbox / 'new'}")
    click.echo(f"Drafts to approve:      {mailbox / '.Drafts' / 'cur'}")
    click.echo(f"Approved messages land: {mailbox / '.Sent' / 'cur'} (filed there, not emailed)")
    click.echo(f"Open {mailbox} with any Maildir mail client (mutt -f {mailbox}), or try:")
    click.echo(f"  INTERVIEW_ASSISTANT_HOME={root} interview-assistant drafts list")
