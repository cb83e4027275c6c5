"""``scan`` and ``mark``: what detection thinks of the calendar, and overriding it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import click

from assistant.cli.common import load_app, parse_day
from assistant.codec import detection_to_dict
from assistant.detect import detect
from assistant.errors import AssistantError, CalendarError
from assistant.models import Detection


def detection_json(detection: Detection) -> dict[str, object]:
    """The documented ``scan --json`` shape (plus a few extras)."""
    event, verdict = detection.event, detection.verdict
    return {
        "uid": event.uid,
        "event_id": event.event_id,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "summary": event.summary,
        "is_second_interview": verdict.is_follow_up,
        "confidence": verdict.confidence,
        "reasons": list(verdict.reasons),
        "company": verdict.company,
        "role": verdict.role,
        "interviewers": [{"name": p.name or None, "email": p.email} for p in verdict.interviewers],
        "supervisory": verdict.supervisory,
        "mentions_test": verdict.mentions_test,
        "source": event.source,
    }


@click.command()
@click.option(
    "--calendar",
    "calendars",
    multiple=True,
    metavar="PATH_OR_URL",
    help="An .ics file or URL to scan (repeatable). Default: the configured calendars.",
)
@click.option(
    "--from", "from_text", metavar="DATE", help="Start of the window (default: 30 days ago)."
)
@click.option("--to", "to_text", metavar="DATE", help="End of the window (default: 60 days ahead).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="List every event with its verdict, not only interviews.",
)
@click.option("--explain", is_flag=True, help="Print the reasons behind every verdict.")
def scan(
    calendars: tuple[str, ...],
    from_text: str | None,
    to_text: str | None,
    as_json: bool,
    show_all: bool,
    explain: bool,
) -> None:
    """Show which events are follow-up interviews, and why.

    Reads the calendars without changing anything: nothing is planned or sent.
    Exits 1 only when no calendar could be read.
    """
    app = load_app()
    tz = app.tz
    now = datetime.now(UTC)
    start = parse_day(from_text, tz) if from_text else now - timedelta(days=30)
    end = parse_day(to_text, tz) if to_text else now + timedelta(days=60)
    if not calendars and not app.has_calendars():
        raise AssistantError(
            "no calendar to scan", fix="pass --calendar FILE, or set [calendar] ics in config.toml"
        )
    events, errors, read = [], [], 0
    for source in app.sources(calendars or None):
        try:
            result = source.read(start, end)
        except CalendarError as error:
            errors.append(str(error))
            continue
        read += 1
        events.extend(result.events)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
    for error in errors:
        click.secho(f"error: {error}", err=True, fg="red")
    overrides = {}
    if app.home.database.exists():
        with app.open_store() as store:
            overrides = store.overrides()
    detections = detect(events, app.profile(), overrides)
    shown = [d for d in detections if show_all or d.verdict.is_follow_up]
    shown.sort(key=lambda d: d.event.start)
    if as_json:
        click.echo(json.dumps([detection_json(d) for d in shown], indent=2, ensure_ascii=False))
    else:
        print_table(shown, tz, explain)
    if read == 0 and errors:
        raise SystemExit(1)


def print_table(detections: list[Detection], tz: object, explain: bool) -> None:
    if not detections:
        click.echo(
            "No follow-up interviews in this window. (--all lists every event with its verdict.)"
        )
        return
    for d in detections:
        e, v = d.event, d.verdict
        mark = (
            click.style("✔ follow-up", fg="green")
            if v.is_follow_up
            else click.style("· not acted on", dim=True)
        )
        when = e.start.astimezone(tz).strftime("%a %d %b %Y %H:%M")  # type: ignore[arg-type]
        click.echo(f"{when}  {mark}  {v.confidence:.2f}  {e.summary or '(no title)'}")
        details = [f"company: {v.company or 'unknown'}", f"role: {v.role or 'unknown'}"]
        if v.interviewers:
            details.append("with: " + ", ".join(p.display for p in v.interviewers))
        click.echo("    " + "; ".join(details))
        click.echo(f"    id: {e.event_id}")
        if explain:
            for reason in v.reasons:
                click.echo(f"    - {reason}")


@click.command()
@click.argument("event_id", metavar="EVENT")
@click.option(
    "--follow-up/--not-follow-up",
    "follow_up",
    required=True,
    help="Treat EVENT as a follow-up interview, or never act on it.",
)
def mark(event_id: str, follow_up: bool) -> None:
    """Override the verdict for EVENT (the id that `scan` and `status` print).

    The override survives later scans. For one instance of a recurring event,
    the id includes the instance's original start (UID@20270413T090000Z).
    """
    app = load_app()
    now = datetime.now(UTC)
    with app.exclusive(), app.open_store() as store:
        store.set_override(event_id, follow_up, now)
    what = "a follow-up interview" if follow_up else "not a follow-up interview"
    click.echo(f"Marked {event_id} as {what}. The next pass acts on it.")


__all__ = ["detection_to_dict", "mark", "scan"]
