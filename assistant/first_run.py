"""What ``init`` writes: a short, commented ``config.toml`` from a few answers.

No click here: :func:`check_answers` validates the answers (every problem at once)
and :func:`config_text` renders the file. The full list of keys stays in
``config/config.example.toml``; this file holds only what a first run needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

URL_SCHEMES = ("http://", "https://", "webcal://", "webcals://")
# What a user types for "no calendar file or link yet: I'll connect Google later".
GOOGLE_LATER = "google"


@dataclass(frozen=True)
class Answers:
    """A first run's answers: ``calendar`` is a file path, a URL, or "" for none yet."""

    name: str
    email: str
    timezone: str
    calendar: str = ""


def detected_timezone() -> str:
    """This machine's IANA zone name (tzlocal), or ``UTC`` when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises several kinds on odd systems; UTC is a safe default
        return "UTC"
    return name or "UTC"


def normalise_calendar(text: str) -> str:
    """A URL as given, ``google`` (or nothing) as "", a path made absolute (``~`` expanded)."""
    value = text.strip()
    if not value or value.lower() == GOOGLE_LATER:
        return ""
    if value.lower().startswith(URL_SCHEMES):
        return value
    return str(Path(value).expanduser().resolve())


def check_answers(answers: Answers) -> list[str]:
    """Every answer that cannot go into the configuration, in words (empty: all fine)."""
    problems = []
    if not answers.name.strip():
        problems.append("the name is empty")
    _, address = parseaddr(answers.email)
    if "@" not in address or address != answers.email.strip():
        problems.append(f"{answers.email!r} is not an email address")
    try:
        ZoneInfo(answers.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            f"{answers.timezone!r} is not a time zone name (like Europe/Berlin or America/New_York)"
        )
    calendar = answers.calendar
    if calendar and not calendar.lower().startswith(URL_SCHEMES) and not Path(calendar).is_file():
        problems.append(f"there is no calendar file at {calendar}")
    return problems


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def config_text(answers: Answers) -> str:
    """The commented ``config.toml`` for ``answers``."""
    if answers.calendar:
        calendar = (
            "# Your calendar: .ics files or private iCal links (a link is a secret: it is\n"
            "# redacted in logs and status). Add more to the list.\n"
            f"ics = [{_toml(answers.calendar)}]\n"
        )
    else:
        calendar = (
            "# No calendar yet. Either list .ics files or private iCal links:\n"
            '#   ics = ["~/calendar.ics"]\n'
            "# or run `interview-assistant connect google --client-secrets FILE`, then:\n"
            "#   google = true\n"
            "ics = []\n"
        )
    return (
        "# interview-assistant configuration, written by `interview-assistant init`.\n"
        "# Every other key, with its default, is in config/config.example.toml.\n"
        "# Check it with `interview-assistant doctor`.\n"
        "\n"
        "[user]\n"
        "# Used in greetings, signatures and the briefing.\n"
        f"name = {_toml(answers.name.strip())}\n"
        "# Briefings go to this address; detection uses it to know which attendee is you.\n"
        f"email = {_toml(answers.email.strip())}\n"
        "# Times are shown in this zone (an IANA name).\n"
        f"timezone = {_toml(answers.timezone)}\n"
        "\n"
        "[calendar]\n"
        f"{calendar}"
        "\n"
        "[mail]\n"
        '# "local": briefings and drafts go to a Maildir folder on this machine (mailbox/\n'
        "# in the home folder); approved messages are filed in its Sent folder, not emailed.\n"
        '# "gmail" or "imap+smtp" deliver for real: see `interview-assistant connect --help`.\n'
        'backend = "local"\n'
    )
