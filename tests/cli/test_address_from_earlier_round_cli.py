"""End to end, as a user runs it: a first round read by one ``tick``, the later round
(which names its interviewers in prose only) by later ones, after the first round has
left the calendar. The thank-you goes to the address the first round gave, and
``drafts list``, the note after the interview and ``scan --explain`` say where it came
from; a second ``tick`` drafts nothing again."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.mail.maildir import INBOX, MaildirMailbox
from tests.cli.test_drafts_cli import configure

FIRST = datetime(2027, 3, 9, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta
LATER = datetime(2027, 4, 13, 3, 0, tzinfo=UTC)
AFTER_FIRST = "2027-03-09T06:00:00Z"
BEFORE_LATER = "2027-04-12T06:00:00Z"
AFTER_LATER = "2027-04-13T06:00:00Z"
DOMAIN = "tanahtinggi.example"
YOHANES = f"yohanes.simanjuntak@{DOMAIN}"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _event(uid: str, summary: str, start: datetime, description: str, *guests: str) -> list[str]:
    fmt = "%Y%m%dT%H%M%SZ"
    return [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270101T000000Z",
        f"DTSTART:{start:{fmt}}", f"DTEND:{start + timedelta(hours=1):{fmt}}",
        f"SUMMARY:{summary}", f"DESCRIPTION:{description}",
        f"ORGANIZER;CN=Putri Hasibuan:mailto:putri.hasibuan@{DOMAIN}",
        "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
        f"ATTENDEE;CN=Putri Hasibuan;PARTSTAT=ACCEPTED:mailto:putri.hasibuan@{DOMAIN}",
        *guests, "END:VEVENT",
    ]  # fmt: skip


def _write(path: Path, *events: list[str]) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    lines += [line for event in events for line in event] + ["END:VCALENDAR"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


FIRST_ROUND = _event(
    "kopi-1",
    "First interview: Quality Lead at Kopi Tanah Tinggi",
    FIRST,
    "A first conversation about the Quality Lead role.",
    f"ATTENDEE;CN=Yohanes Simanjuntak;PARTSTAT=ACCEPTED:mailto:{YOHANES}",
)
LATER_ROUND = _event(
    "kopi-2",
    "Second interview: Quality Lead at Kopi Tanah Tinggi",
    LATER,
    "You will meet Pak Yohanes Simanjuntak and Ibu Melati Siregar at the roastery.",
)


def test_a_later_round_reuses_the_first_rounds_address(home: Path, tmp_path: Path) -> None:
    calendar = tmp_path / "calendar.ics"
    configure(home, calendar)
    _write(calendar, FIRST_ROUND)
    invoke("tick", "--now", AFTER_FIRST)

    # The first round has left the calendar: only the store remembers Yohanes's address.
    _write(calendar, LATER_ROUND)
    explained = invoke("scan", "--explain", "--now", BEFORE_LATER).output
    assert (
        f"Pak Yohanes Simanjuntak <{YOHANES}>: address from the 9 Mar 2027 round "
        "“First interview: Quality Lead at Kopi Tanah Tinggi”"
    ) in explained, explained
    invoke("tick", "--now", BEFORE_LATER)
    made = invoke("tick", "--now", AFTER_LATER)
    assert "drafts waiting for approval" in made.output, made.output

    rows = json.loads(invoke("drafts", "list", "--json", "--now", AFTER_LATER).output)
    to_yohanes = [r for r in rows if YOHANES in r["to"]]
    assert len(to_yohanes) == 1, rows
    # JSON keeps the day in ISO 8601, as `scan --json` does
    assert to_yohanes[0]["reason"].endswith(
        "address from the 2027-03-09 round “First interview: Quality Lead at Kopi Tanah Tinggi”"
    )
    assert "address from an earlier round: check it is the same person" in to_yohanes[0]["marks"]
    assert not to_yohanes[0]["guessed_recipient"]
    # Melati was on no invite: her address is still a guess, and says so.
    melati = [r for r in rows if f"melati.siregar@{DOMAIN}" in r["to"]]
    assert melati and melati[0]["guessed_recipient"]

    listing = invoke("drafts", "list", "--now", AFTER_LATER).output
    assert "why: named in the invite's text as someone you meet; address from the 9 Mar 2027" in (
        listing
    )
    inbox = MaildirMailbox(home / "mailbox").messages(INBOX)
    notes = [message_from_bytes(p.read_bytes(), policy=default) for p in inbox]
    after = [n.get_content() for n in notes if "How did it go" in str(n["Subject"])]
    assert after and "address from an earlier round: check it is the same person" in after[0]

    invoke("tick", "--now", "2027-04-13T09:00:00Z")
    again = json.loads(invoke("drafts", "list", "--json", "--now", AFTER_LATER).output)
    assert len(again) == len(rows), "nothing is drafted twice"

    # A note for Yohanes goes into the thank-you at the reused address.
    noted = invoke(
        "debrief",
        "kopi-2",
        "--note",
        f"{YOHANES}=the drying beds at the estate",
        "--now",
        AFTER_LATER,
    )
    assert "Updated" in noted.output, noted.output
    shown = invoke("drafts", "show", str(to_yohanes[0]["id"])).output
    assert "the drying beds at the estate" in shown, shown
