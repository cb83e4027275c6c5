"""``briefing preview``: render a briefing without sending it."""

from __future__ import annotations

import webbrowser
from datetime import datetime, timedelta
from pathlib import Path

import click

from assistant.app import App
from assistant.cli.common import expand_event_id, load_app, now_option, now_or
from assistant.errors import UsageError
from assistant.messages import plain_body
from assistant.store import InterviewRecord
from assistant.text import one_line


@click.group()
def briefing() -> None:
    """Look at briefings before they are sent."""


@briefing.command()
@click.argument("event_id", metavar="EVENT")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the HTML version to this file.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the HTML version in a browser.")
@now_option
def preview(
    event_id: str, html_file: Path | None, open_browser: bool, now_text: str | None
) -> None:
    """Print the briefing for EVENT (an id that `scan` prints; any part of six
    characters or more that is in no other id is enough); nothing is sent.

    It is rendered as it would go out at --now (default: now), with your templates
    and [salary] settings.
    """
    from assistant.cli.mark import known_ids_from_calendars
    from assistant.runner import briefing_message
    from assistant.seen_ids import known_ids

    app = load_app()
    now = now_or(now_text, app.tz)
    with app.open_store() as store:
        services = app.services(store, calendars=())
        interviews = {r.event_id for r in store.interviews()}
        others = known_ids(store)
        found = expand_event_id(event_id, interviews | others.ids | set(others.series))
        if found not in interviews and found not in others.ids and found not in others.series:
            others = others | known_ids_from_calendars(app, now)  # not scanned yet: look now
            found = expand_event_id(event_id, interviews | others.ids | set(others.series))
        record = store.find_interview(found)
        unrecorded = record is None or not record.active
        if unrecorded or found in store.overrides():
            # The store may not say what the calendar and the marks say now (no pass since
            # the event or the mark): judge it as `scan` does.
            current = current_record(app, found, now)
            record = current if current is not None and unrecorded else record
            unrecorded = unrecorded and current is not None
        message = briefing_message(services, record or store.interview(found), now)
    if unrecorded:
        click.echo("No pass has planned this briefing yet: the next pass does.\n")
    click.echo(f"Subject: {message['Subject']}\n")
    click.echo(plain_body(message))
    if html_file or open_browser:
        html_part = message.get_body(preferencelist=("html",))
        # Without --html, --open writes next to the database (INTERVIEW_ASSISTANT_HOME).
        target = html_file or app.home.data_dir / "briefing-preview.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html_part.get_content(), encoding="utf-8")  # type: ignore[union-attr]
        click.echo(f"HTML written to {target}")
        if open_browser:
            webbrowser.open(target.resolve().as_uri())


def current_record(app: App, event_id: str, now: datetime) -> InterviewRecord | None:
    """``event_id`` as a pass at ``now`` would record it, judged as ``scan`` judges it
    (the calendars in the pass's window, the user's marks); None when no calendar holds it.

    Raises UsageError (exit 2) when it is not a follow-up interview, with the reason
    scan gives and the fix that fits: the user's own mark is undone with ``--clear``;
    only for detection's verdict is ``--follow-up`` suggested.
    """
    from assistant.cli.scan import read_events
    from assistant.detect import detect
    from assistant.interview_record import interview_fields

    start = now - timedelta(days=app.settings.calendar.history_days)
    end = now + timedelta(days=app.settings.calendar.window_days)
    events, _, _ = read_events(app, (), start, end)
    with app.open_store() as store:
        overrides = store.overrides()
    detections = detect(events, app.profile(), overrides)
    by_id = {d.event.event_id: d for d in detections}
    detection = by_id.get(event_id)
    if detection is None:
        return None
    verdict = detection.verdict
    if not verdict.is_follow_up:
        if overrides.get(event_id) is False:
            raise UsageError(
                f"you marked {event_id} as not a follow-up interview, so it has no briefing",
                fix=f"if that was wrong: interview-assistant mark {event_id} --follow-up",
            )
        why = verdict.reasons[-1] if verdict.reasons else "nothing suggests an interview"
        raise UsageError(
            f"{event_id} is in your calendar but is not a follow-up interview "
            f"({one_line(why, 200)}), so it has no briefing",
            fix=f"if it is one, mark it: interview-assistant mark {event_id} --follow-up",
        )
    return InterviewRecord(
        **interview_fields(detection, by_id),
        active=True,
        inactive_why=None,
        first_seen=now,
        briefed_start=None,
    )
