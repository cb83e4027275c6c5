"""``tick``, ``run`` and ``demo``: the commands that make the assistant do its work."""

from __future__ import annotations

import hashlib
import json
import logging
import signal
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from assistant.app import App, BusyError
from assistant.cli.common import load_app, now_option, now_or
from assistant.errors import UsageError
from assistant.paths import Home
from assistant.runner import TickReport, run_once
from assistant.store import Store

log = logging.getLogger(__name__)

MAX_NAP_SECONDS = 60


def print_report(report: TickReport, *, quiet: bool = False) -> None:
    for error in report.errors:
        click.secho(f"error: {error}", err=True, fg="red")
    for warning in report.warnings[:20]:
        click.echo(f"warning: {warning}", err=True)
    if quiet:
        return
    parts = [
        f"{len(report.calendars_read)} calendar(s) read",
        f"{report.interviews} follow-up interview(s)",
    ]
    if report.briefings:
        parts.append(f"{len(report.briefings)} briefing(s) delivered")
    if report.drafts_created:
        parts.append(f"{len(report.drafts_created)} draft(s) waiting for approval")
    if report.sent:
        parts.append(f"{len(report.sent)} approved message(s) sent")
    if report.skipped:
        parts.append(f"{len(report.skipped)} briefing(s) skipped (interview already begun)")
    click.echo("; ".join(parts) + ".")


def tick_once(app: App, now: datetime, wait: float = 60) -> TickReport:
    if not app.has_calendars():
        raise UsageError(
            "no calendar is configured",
            fix=f'add  [calendar] ics = ["/path/to/calendar.ics"]  to {app.home.config_file},'
            " or run `interview-assistant demo` to try the example",
        )
    with app.exclusive(wait=wait), app.open_store() as store:
        report = run_once(app.services(store), now)
        report.warnings = new_warnings(store, report.warnings)
        return report


def new_warnings(store: Store, warnings: list[str]) -> list[str]:
    """The warnings not already shown by the previous pass.

    A skipped event in a calendar is skipped again on every pass; printed each time,
    cron would mail the same lines every five minutes. The log keeps every one.
    """
    for warning in warnings:
        log.info("calendar warning: %s", warning)
    seen = set(json.loads(store.get_meta("shown_warnings") or "[]"))
    digests = {hashlib.sha256(w.encode()).hexdigest()[:16]: w for w in warnings}
    store.set_meta("shown_warnings", json.dumps(sorted(digests)))
    return [w for digest, w in digests.items() if digest not in seen]


@click.command()
@now_option
@click.option(
    "--wait", default=60, show_default=True, help="Seconds to wait for another pass to finish."
)
def tick(now_text: str | None, wait: int) -> None:
    """Do one pass: read the calendars, update the interviews, run what is due.

    Meant for cron or a systemd timer. If another pass is running on the same
    home, this one waits up to --wait seconds, then steps aside without error.
    """
    app = load_app()
    now = now_or(now_text, app.tz)
    try:
        report = tick_once(app, now, wait=wait)
    except BusyError:
        click.echo("another pass is running on this home; stepping aside.")
        return
    print_report(report)
    if not report.ok:
        raise SystemExit(1)


@click.command()
@click.option("--once", is_flag=True, hidden=True, help="One pass then exit (for tests).")
def run(once: bool) -> None:
    """Keep running: a pass at each poll interval or when a job falls due.

    Stops cleanly on Ctrl-C or SIGTERM, after finishing the pass in progress.
    """
    app = load_app()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    poll = app.settings.schedule.poll
    click.echo(f"interview-assistant is running (poll every {poll}); Ctrl-C stops it.")
    while not stop.is_set():
        now = datetime.now(UTC)
        try:
            print_report(tick_once(app, now, wait=0), quiet=True)
        except BusyError:
            pass  # another pass is doing the work
        except UsageError:
            raise
        except Exception:  # a bug must not stop a daemon meant to run for months
            log.exception("the pass failed; retrying at the next poll")
            click.secho(
                "error: the pass failed with an internal error (see the log); "
                "retrying at the next poll",
                err=True,
                fg="red",
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
def demo(mailbox: Path | None) -> None:
    """Run the whole flow on a bundled example calendar, in a home of its own.

    It never touches your real settings, state or mailbox. The example holds a
    follow-up interview tomorrow and one that ended an hour ago; a simulated
    clock runs the assistant at now and at the briefing's due time, so both the
    briefing and the drafts appear at once.
    """
    from assistant.app import user_timezone
    from assistant.config import Settings
    from assistant.demo import demo_config, write_demo_calendar
    from assistant.private import write_private

    tz = user_timezone(Settings())
    tz_name = getattr(tz, "key", None) or "UTC"
    root = Path(tempfile.mkdtemp(prefix="interview-assistant-demo-"))
    mailbox = (mailbox or root / "mailbox").resolve()
    now = datetime.now(UTC)
    calendar = write_demo_calendar(root / "example.ics", now, tz)
    write_private(root / "config.toml", demo_config(calendar, mailbox, tz_name))
    app = App.load(Home.at(root))

    report = tick_once(app, now)
    with app.open_store() as store:
        next_due = store.next_due()
        interviews = store.interviews(active_only=True)
    later = next_due if next_due and next_due <= min(i.start for i in interviews) else None
    if later and later > now:
        click.echo(
            f"(simulated clock: jumping to {later.astimezone(tz):%a %d %b %H:%M}, when the briefing is due)"
        )
        second = tick_once(app, later)
        report.briefings += second.briefings
        report.drafts_created += second.drafts_created
    print_report(report)
    click.echo("")
    click.echo(f"Briefing (INBOX):       {mailbox / 'new'}")
    click.echo(f"Drafts to approve:      {mailbox / '.Drafts' / 'cur'}")
    click.echo(f"Approved messages land: {mailbox / '.Sent' / 'cur'}")
    click.echo(f"Open {mailbox} with any Maildir mail client (mutt -f {mailbox}), or try:")
    click.echo(f"  INTERVIEW_ASSISTANT_HOME={root} interview-assistant drafts list")
