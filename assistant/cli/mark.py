"""``mark``: override detection's verdict for one event or a whole series.

The mark is kept in the store (:mod:`assistant.marks`) and survives later scans; the
ids are the ones ``scan`` prints.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import click

from assistant.app import App
from assistant.cli.common import expand_event_id, load_app
from assistant.errors import UsageError
from assistant.seen_ids import KnownIds


@click.command()
@click.argument("event_id", metavar="EVENT")
@click.option(
    "--follow-up/--not-follow-up",
    "follow_up",
    default=None,
    help="Treat EVENT as a follow-up interview, or never act on it.",
)
@click.option("--clear", is_flag=True, help="Remove the mark: automatic detection decides again.")
@click.option(
    "--series",
    is_flag=True,
    help="EVENT is a recurring event's UID: mark every instance in the calendar window.",
)
def mark(event_id: str, follow_up: bool | None, clear: bool, series: bool) -> None:
    """Override the verdict for EVENT (an id that `scan` prints; any part of six
    characters or more that is in no other id is enough, like the short form beside it).

    The override survives later scans. An id that is in none of your calendars is
    refused, with the nearest ids. One instance of a recurring event has an id with
    its original start (UID@20270413T090000Z); the bare UID names the whole series
    and needs --series. --not-follow-up withdraws the interview's waiting drafts
    and its pending briefing at once; --follow-up (or --clear, when detection
    agrees) brings them back at the next pass.
    """
    from assistant.marks import Marking
    from assistant.seen_ids import known_ids, resolve_targets

    event_id = event_id.strip()
    if not event_id:
        raise UsageError("EVENT is empty", fix="copy an id that `interview-assistant scan` prints")
    if clear and follow_up is not None:
        given = "--follow-up" if follow_up else "--not-follow-up"
        raise UsageError(
            f"--clear and {given} conflict: one removes the mark, the other sets it",
            fix=f"use --clear alone (automatic detection decides again), or {given} alone",
        )
    if not clear and follow_up is None:
        raise UsageError(
            "say what to do with the event",
            fix="add one of --follow-up, --not-follow-up or --clear",
        )
    app = load_app()
    now = datetime.now(UTC)
    with app.open_store() as store:
        known = known_ids(store)
    if expand_event_id(event_id, known.ids | set(known.series)) == event_id and (
        event_id not in known.ids and event_id not in known.series
    ):
        known = known | known_ids_from_calendars(app, now)  # not scanned yet: look now
    event_id = expand_event_id(event_id, known.ids | set(known.series))
    with app.exclusive(), app.open_store() as store:
        targets = resolve_targets(event_id, known, series=series)
        marking = Marking(app.services(store, calendars=()), now)
        lines = marking.clear(targets) if clear else marking.set(targets, bool(follow_up))
    for line in lines:
        click.echo(line)


def known_ids_from_calendars(app: App, now: datetime) -> KnownIds:
    """The ids of the configured calendars' events in the window a pass reads."""
    from assistant.cli.scan import read_events

    if not app.has_calendars():
        return KnownIds(frozenset(), {})
    start = now - timedelta(days=app.settings.calendar.history_days)
    end = now + timedelta(days=app.settings.calendar.window_days)
    events, _, _ = read_events(app, (), start, end)
    return KnownIds.of(events)


__all__ = ["known_ids_from_calendars", "mark"]
