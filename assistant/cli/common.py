"""Helpers shared by the commands: loading the app, parsing times, printing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo

import click

from assistant.app import App
from assistant.errors import UsageError


def load_app() -> App:
    return App.load()


def parse_when(text: str, tz: tzinfo) -> datetime:
    """ISO 8601 with ``Z`` or an offset; a naive time means ``tz`` (the user's zone)."""
    value = text.strip()
    if re.search(r"[zZ]$", value):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"cannot read the time {text!r}",
            fix="write it as 2027-04-13T20:00:00Z, 2027-04-13T22:00+02:00 or 2027-04-13 22:00",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def parse_day(text: str, tz: tzinfo) -> datetime:
    """A date (start of that day in ``tz``) or a full time."""
    try:
        return datetime.combine(date.fromisoformat(text), time(0), tzinfo=tz)
    except ValueError:
        return parse_when(text, tz)


def now_or(text: str | None, tz: tzinfo) -> datetime:
    return parse_when(text, tz) if text else datetime.now(UTC).astimezone(tz)


now_option = click.option(
    "--now",
    "now_text",
    metavar="ISO8601",
    help="Take this as the current time (2027-04-13T20:00:00Z; a naive time is your zone).",
)

_WILL_RETRY = re.compile(r"[;,]?\s*(?:and\s+)?will retry\b\.?", re.IGNORECASE)


def one_shot(text: str) -> str:
    """``text`` without a promise to retry: a one-shot command does not retry by itself.

    Adapters say "will retry" because the daemon does; after a single command the
    caller says what happens next instead.
    """
    return _WILL_RETRY.sub("", text).strip()
