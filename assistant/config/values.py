"""Value parsers of the config keys: each returns the typed value or raises ValueError.

The ValueError's text says what is allowed; :func:`assistant.config.load_settings`
puts it beside the key's name. Shared by every section in ``assistant/config``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.i18n import parse_locale

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(d|h|m|s)\s*$")
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(value: Any) -> timedelta:
    """``"24h"``, ``"30m"``, ``"2d"``, ``"90s"`` → timedelta."""
    match = _DURATION.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError('a duration like "30m", "24h" or "2d"')
    amount, unit = match.groups()
    return timedelta(seconds=float(amount) * _UNIT_SECONDS[unit])


def durations(value: Any) -> tuple[timedelta, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ValueError('a list of durations like ["24h", "2h"]')
    return tuple(sorted({parse_duration(v) for v in value}, reverse=True))


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a string")
    return value


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a list of strings")
    return tuple(value)


# A local part, "@" and a domain with a dot: "jamie@gmail" is a typo, not an address.
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def is_email(value: str) -> bool:
    """Whether ``value`` is an address ``[user] email`` accepts (``you@example.com``);
    ``init`` asks with the same rule, so what it writes loads."""
    return bool(_EMAIL.fullmatch(value))


def email(value: Any) -> str:
    if value == "":
        return ""
    if not isinstance(value, str) or not is_email(value):
        raise ValueError('an email address like "you@example.com"')
    return value.strip().lower()


def timezone(value: Any) -> str:
    if value == "":
        return ""
    try:
        ZoneInfo(text(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            'an IANA timezone name like "Europe/Berlin" or "America/New_York"'
        ) from None
    return value


def fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError("a number from 0 to 1")
    return float(value)


def port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
        raise ValueError("a port number from 0 to 65535 (0 picks a free one)")
    return value


def quiet_hours(value: Any) -> tuple[time, time] | None:
    if value in ("", False):
        return None
    match = (
        re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", value)
        if isinstance(value, str)
        else None
    )
    try:
        if match:
            h1, m1, h2, m2 = map(int, match.groups())
            return time(h1, m1), time(h2, m2)
    except ValueError:
        pass
    raise ValueError('a range like "21:00-07:00", or "" to turn quiet hours off')


def locale(value: Any) -> str:
    """A locale Babel knows (``en_US``, ``de-CH``), normalised; "" for the default."""
    written = text(value).strip()
    return str(parse_locale(written)) if written else ""


def one_of(*allowed: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if value not in allowed:
            raise ValueError("one of " + ", ".join(f'"{a}"' for a in allowed))
        return value

    return parse


def google_calendars(value: Any) -> tuple[str, ...]:
    """``true`` means the primary calendar; a list names calendar ids."""
    if value is True:
        return ("primary",)
    if value is False:
        return ()
    try:
        return strings(value)
    except ValueError:
        raise ValueError("true (the primary calendar), false, or a list of calendar ids") from None


def salary_pins(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(v, str) and re.fullmatch(r"\d\d-\d{4}", v) for v in value.values()
    ):
        raise ValueError('a table of employer or role → SOC code, like {"Acme" = "15-1252"}')
    return {k.lower(): v for k, v in value.items()}


def whole_number(what: str) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"a whole number of {what}")
        return value

    return parse


days = whole_number("days, like 60")
dollars = whole_number("dollars per year, like 120000")


_NOTIFY_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.I)


def notify_urls(value: Any) -> tuple[str, ...]:
    urls = strings(value)
    if not all(_NOTIFY_URL.match(url) for url in urls):
        raise ValueError('a list of Apprise URLs, like ["ntfy://ntfy.sh/my-topic"]')
    return urls


def seconds(value: Any) -> float:
    """A positive number of seconds, at most an hour."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise ValueError("a number of seconds above 0 and at most 3600, like 10")
    return float(value)


def messages_per_pass(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a whole number of messages, at least 1, like 50")
    return value
