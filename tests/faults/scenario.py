"""One small world the fault tests share: a home, a calendar file, a clock, and counts.

The calendar holds two follow-up interviews: one this afternoon (its briefing is
due at once) and one that ended this morning (its drafts are due). One pass at
:data:`NOW` therefore owes exactly one briefing and :data:`DRAFTS_OWED` drafts,
which is what every test counts in the Maildir after the faults are over.

Fault tests that need a real process (a crash, five ticks at once, a lock held
elsewhere) run ``python`` with ``PYTHONPATH`` set to this checkout, so the child
runs the same code as the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

from assistant.mail.maildir import DRAFTS, INBOX, SENT, MaildirMailbox
from assistant.models import JobState
from assistant.store import Store

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2027, 4, 12, 8, 0, tzinfo=UTC)  # 10:00 in Berlin, outside quiet hours
SOON = NOW + timedelta(hours=5)  # the interview whose briefing is due
ENDED = NOW - timedelta(hours=2)  # the interview whose drafts are due
DRAFTS_OWED = 2  # a thank-you to the interviewer, the offer request to the organizer
FMT = "%Y%m%dT%H%M%SZ"


def interview(uid: str, start: datetime, company: str, people: tuple[str, str]) -> list[str]:
    organizer, interviewer = people
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART:{start:{FMT}}",
        f"DTEND:{start + timedelta(hours=1):{FMT}}",
        f"SUMMARY:Second interview – Product Manager at {company}",
        f"ORGANIZER;CN=Jordan Lee:mailto:{organizer}",
        f"ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:{organizer}",
        f"ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:{interviewer}",
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
    ]


def write_calendar(path: Path) -> Path:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//faults//EN",
        *interview("soon-1", SOON, "Acme", ("jordan@acme.example", "priya@acme.example")),
        *interview("ended-1", ENDED, "Globex", ("jordan@globex.example", "priya@globex.example")),
        "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def make_home(root: Path) -> Path:
    """A home with config.toml pointing at the scenario's calendar; returns the home."""
    root.mkdir(parents=True, exist_ok=True)
    calendar = write_calendar(root / "calendar.ics")
    (root / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\nlocale = "en_GB"\n'
        f"[calendar]\nics = ['{calendar}']\n"
        '[schedule]\nquiet_hours = ""\n'
    )
    return root


@dataclass(frozen=True)
class Counts:
    """Message files by kind. ``notes`` are notes to self (a debrief invitation…)."""

    briefings: int
    drafts: int
    sent: int
    notes: int = 0


def count_mail(home: Path) -> Counts:
    """Count message files, not what the store believes; a doubled note fails here too."""
    mailbox = MaildirMailbox(home / "mailbox")
    kinds = [_kind(path) for path in mailbox.messages(INBOX)]
    subjects = [_header(path, "Subject") for path in mailbox.messages(INBOX)]
    assert len(subjects) == len(set(subjects)), f"the same message twice: {subjects}"
    return Counts(
        briefings=kinds.count("briefing"),
        drafts=len(mailbox.messages(DRAFTS)),
        sent=len(mailbox.messages(SENT)),
        notes=len(kinds) - kinds.count("briefing"),
    )


def _header(path: Path, name: str) -> str:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle, headersonly=True)
    return str(message.get(name, ""))


def _kind(path: Path) -> str:
    return _header(path, "X-Interview-Assistant")


def lost_jobs(home: Path, now: datetime) -> list[str]:
    """Jobs that are due but not done, and drafts recorded but never written."""
    with Store.open(home / "state.db") as store:
        due = [job.key for job in store.due_jobs(now)]
        unwritten = [d.key for d in store.drafts() if not d.mailbox_ref]
        failed = [r.job.key for r in store.jobs(state=JobState.FAILED)]
    return due + unwritten + failed


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["INTERVIEW_ASSISTANT_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def run_python(
    code: str, home: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter on ``home`` (``sys.argv[1:]`` = ``args``)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
