"""``scan --calendar FILE`` before ``init``: what stands in for the settings not made yet.

With no config.toml there is no ``[user] email`` and no ``[user] timezone``. Without
them the user would be a guest on their own invitations and every time would be in
this machine's zone, which for a calendar exported elsewhere (or a server in UTC) is
hours off. So the calendar itself is asked: its owner is the address on most of its
events (:func:`assistant.detect.who.owner.calendar_owner`), its zone the one its
``X-WR-TIMEZONE`` names (the de-facto calendar-wide zone of Google and Apple exports).
Each is said in one ``note:`` line on stderr, with ``init`` as the way to make it
certain. Nothing is written: no home folder, no database.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from assistant.app import App
from assistant.cli.common import one_shot
from assistant.detect import Profile
from assistant.models import Event

# X-WR-TIMEZONE sits in the calendar's head, before any event.
_HEAD_BYTES = 65_536
_WR_TIMEZONE = re.compile(rb"^X-WR-TIMEZONE:[ \t]*([^\r\n]+)", re.M | re.I)


def declared_zone(calendars: tuple[str, ...]) -> str | None:
    """The IANA zone the first local calendar file's ``X-WR-TIMEZONE`` names, or None
    (URLs are not fetched for it; an unknown zone name is no zone)."""
    for location in calendars:
        path = Path(location).expanduser()
        if "://" in location or not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                head = handle.read(_HEAD_BYTES)
        except OSError:
            continue
        found = _WR_TIMEZONE.search(head)
        if found is None:
            continue
        name = found.group(1).decode("utf-8", "replace").strip()
        try:
            return ZoneInfo(name).key
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def with_calendar_zone(app: App, calendars: tuple[str, ...]) -> App:
    """``app`` with the calendar's own zone when ``[user] timezone`` is unset and a given
    calendar names one; said in a note."""
    if app.settings.user.timezone:
        return app
    zone = declared_zone(calendars)
    if zone is None:
        return app
    click.echo(
        f"note: no time zone is configured: times are shown in {zone}, the calendar's own"
        " (X-WR-TIMEZONE); run `interview-assistant init` to set yours",
        err=True,
    )
    user = replace(app.settings.user, timezone=zone)
    return replace(app, settings=replace(app.settings, user=user))


def scanning_profile(app: App, events: list[Event]) -> Profile:
    """The configured profile; with no ``[user] email``, one for the calendar's owner as
    :func:`~assistant.detect.who.owner.calendar_owner` finds it, said on stderr, so the
    user is not a guest on their own invitations."""
    profile = app.profile()
    if app.settings.user.email:
        return profile
    from assistant.detect.who.owner import calendar_owner

    owner = calendar_owner(events)
    if owner is None and any(e.attendees or e.organizer for e in events):
        click.echo(
            "note: no address is configured and no one address is on most of the calendar's"
            " events, so yours may be listed among the guests (run `interview-assistant init`)",
            err=True,
        )
    if owner is None:
        return profile
    click.echo(f"note: {one_shot(owner.notice())}", err=True)
    return app.profile(owner.email)
