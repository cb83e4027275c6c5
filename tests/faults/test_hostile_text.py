"""Hostile event text in every field is inert in every output.

An invitation is written by a stranger. Its title, description, location,
organizer and attendee names carry HTML, JavaScript, CR/LF header injection and
bidi overrides; the calendar goes through the real path (ICS file → tick →
Maildir) and ``scan --json``. Every output is then read back the way a mail
client or a program would read it.
"""

from __future__ import annotations

import json
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from tests.faults.scenario import NOW, SOON, make_home

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
BIDI = "\u202egnp.exe\u202c"  # right-to-left override: reads as "exe.png"
ISOLATE = "\u2066x\u2069"
BIDI_CHARS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def ics_text(value: str) -> str:
    """Escape ``value`` as an iCalendar TEXT value; ``\\n`` there is a newline."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def hostile_calendar(path: Path) -> Path:
    title = f"Second interview at Acme {SCRIPT}{BIDI}\nBcc: title@evil.example"
    description = f"{IMG}\nTo: everyone@evil.example\n{SCRIPT}{ISOLATE} https://zoom.us/j/1"
    location = f'Room "42"{IMG}\nX-Injected: yes{BIDI}'
    # A CN can hold a newline through RFC 6868's ^n; quotes keep the rest one parameter.
    evil_name = f"Eve {SCRIPT} {BIDI}^nBcc: cn@evil.example"
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//hostile//EN",
        "BEGIN:VEVENT",
        f"UID:hostile-1{BIDI}<b>",
        f"DTSTART:{SOON:{fmt}}",
        f"DTEND:{SOON.replace(hour=SOON.hour + 1):{fmt}}",
        f"SUMMARY:{ics_text(title)}",
        f"DESCRIPTION:{ics_text(description)}",
        f"LOCATION:{ics_text(location)}",
        f'ORGANIZER;CN="Mallory {SCRIPT}^nBcc: org@evil.example":mailto:jordan@acme.example',
        f'ATTENDEE;CN="{evil_name}";PARTSTAT=ACCEPTED:mailto:eve@acme.example',
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def hostile_home(home: Path) -> Path:
    make_home(home)
    hostile_calendar(home / "calendar.ics")  # replaces the scenario's calendar
    return home


def read(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)  # type: ignore[return-value]


def assert_headers_inert(message: EmailMessage, allowed_to: set[str]) -> None:
    for name in ("Bcc", "Cc", "X-Injected"):
        assert message[name] is None, f"{name} was injected"
    recipients = {a.addr_spec for a in message["To"].addresses}
    assert recipients <= allowed_to, recipients
    for name, value in message.items():
        assert "\n" not in str(value) and "\r" not in str(value), name
        assert not BIDI_CHARS.search(str(value)), f"bidi control in {name}"
    assert "evil.example" not in str(message["Subject"]) or "Bcc" not in str(message["To"])


def assert_html_inert(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered and "onerror=" not in lowered.replace("onerror=&", "")
    assert not BIDI_CHARS.search(html)


def assert_text_inert(text: str) -> None:
    assert not BIDI_CHARS.search(text)


def test_briefing_and_drafts_keep_hostile_text_inert(hostile_home: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["tick", "--now", NOW.isoformat()])
    assert result.exit_code == 0, result.output
    mailbox = MaildirMailbox(hostile_home / "mailbox")
    (briefing_path,) = mailbox.messages(INBOX)
    briefing = read(briefing_path)
    assert_headers_inert(briefing, {"me@example.com"})
    assert_html_inert(briefing.get_body(("html",)).get_content())
    assert_text_inert(briefing.get_body(("plain",)).get_content())

    after = SOON.replace(hour=SOON.hour + 3)
    assert runner.invoke(cli, ["tick", "--now", after.isoformat()]).exit_code == 0
    drafts = [read(p) for p in mailbox.messages(DRAFTS)]
    assert drafts, "drafts were made for the hostile interview"
    for draft in drafts:
        assert_headers_inert(draft, {"eve@acme.example", "jordan@acme.example"})
        assert_text_inert(draft.get_body(("plain",)).get_content())
        assert draft.get_body(("html",)) is None  # drafts are plain text only


def test_scan_json_keeps_its_shape_and_carries_the_text_as_data(hostile_home: Path):
    result = CliRunner().invoke(
        cli,
        ["scan", "--json", "--all", "--from", "2027-04-01", "--to", "2027-05-01"],
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)  # one event, one object: nothing broke the structure
    assert "<script>" in item["summary"]  # carried as data, escaped by whoever renders it
    assert len(item["summary"]) <= 500
    for person in item["interviewers"]:
        assert set(person) == {"name", "email"}


def test_the_scan_table_prints_one_line_per_event(hostile_home: Path):
    """A title with a newline must not print a line of its own (it could fake a verdict)."""
    result = CliRunner().invoke(
        cli, ["scan", "--all", "--from", "2027-04-01", "--to", "2027-05-01"]
    )
    assert result.exit_code == 0, result.output
    assert not BIDI_CHARS.search(result.stdout)
    assert not any(line.startswith("Bcc:") for line in result.stdout.splitlines())
    (verdict,) = [line for line in result.stdout.splitlines() if "follow-up" in line]
    assert "Second interview at Acme" in verdict
