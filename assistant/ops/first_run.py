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

from assistant.resources import data_path

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


def name_problem(name: str) -> str | None:
    """What is wrong with ``name`` as the user's name, or None."""
    return None if name.strip() else "the name is empty"


def email_problem(email: str) -> str | None:
    """What is wrong with ``email`` as the user's address (RFC 5322 addr-spec), or None."""
    from assistant.config.values import is_email

    _, address = parseaddr(email)
    if "@" not in address or address != email.strip():
        return f"{email!r} is not an email address"
    if not is_email(address):
        return f"{email!r} is not a full email address (like you@example.com)"
    return None


def timezone_problem(name: str) -> str | None:
    """What is wrong with ``name`` as an IANA zone name, or None; a city typed the way
    people say it ("new york") gets the zone that ends with it as a suggestion."""
    try:
        ZoneInfo(name)
        return None
    except (ZoneInfoNotFoundError, ValueError):
        pass
    guess = suggested_timezone(name)
    hint = f"did you mean {guess}?" if guess else "like Europe/Berlin or America/New_York"
    return f"{name!r} is not a time zone name ({hint})"


def suggested_timezone(text: str) -> str | None:
    """The one IANA zone whose city part is ``text`` (spaces for underscores, any case)."""
    import zoneinfo

    city = "_".join(text.split()).lower()
    if not city:
        return None
    found = sorted(
        z for z in zoneinfo.available_timezones() if z.rsplit("/", 1)[-1].lower() == city
    )
    return found[0] if len(found) == 1 else None


def calendar_problem(calendar: str) -> str | None:
    """What is wrong with ``calendar`` (as :func:`normalise_calendar` returns it), or None:
    no file there, or a file whose first 4 KiB hold neither ``BEGIN:VCALENDAR`` nor
    ``BEGIN:VEVENT`` (RFC 5545 §3.4: an HTML page saved as .ics, say), as reading it
    would say later. A link is checked when it is read, not here."""
    if not calendar or calendar.lower().startswith(URL_SCHEMES):
        return None
    path = Path(calendar)
    if not path.is_file():
        return f"there is no calendar file at {calendar}"
    from assistant.sources.encoding import decode_bytes  # as reading it decodes it

    try:
        with open(path, "rb") as handle:
            head = decode_bytes(handle.read(4096)).text.upper()
    except OSError as error:
        return f"{calendar} cannot be read: {error.strerror or error}"
    if "BEGIN:VCALENDAR" not in head and "BEGIN:VEVENT" not in head:
        return f"{calendar} is not an iCalendar file (no BEGIN:VCALENDAR)"
    return None


def check_answers(answers: Answers) -> list[str]:
    """Every answer that cannot go into the configuration, in words (empty: all fine)."""
    found = [
        name_problem(answers.name),
        email_problem(answers.email),
        timezone_problem(answers.timezone),
        calendar_problem(answers.calendar),
    ]
    return [problem for problem in found if problem]


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
        f"# Every other key, with its default, is in {data_path('config.example.toml')}.\n"
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
