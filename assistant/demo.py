"""The bundled example: a calendar written relative to today, and a home of its own.

The calendar holds two employers' first interviews, a follow-up interview
tomorrow, one that ended two hours ago, and the kind of events that must not be
mistaken for interviews. It is generated, not shipped as a file, so its dates are
always "tomorrow" and "two hours ago".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.private import write_private

if TYPE_CHECKING:
    from assistant.store import StorePort

DEMO_USER = ("Alex Demo", "alex.demo@example.com")


@dataclass(frozen=True)
class DemoEvent:
    uid: str
    summary: str
    start: datetime
    minutes: int
    organizer: tuple[str, str] | None = None
    attendees: tuple[tuple[str, str, str], ...] = ()  # (name, email, cutype)
    location: str = ""
    description: str = ""
    rrule: str = ""


def demo_events(now: datetime, tz: tzinfo) -> list[DemoEvent]:
    local = now.astimezone(tz)
    tomorrow_10 = (local + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    ended = (local - timedelta(hours=2)).replace(second=0, microsecond=0)
    me = (*DEMO_USER, "INDIVIDUAL")
    recruiter = ("Jordan Lee", "jordan.lee@acmerobotics.example")
    return [
        DemoEvent(
            "demo-acme-screen",
            "Phone screen – Acme Robotics (Product Manager)",
            tomorrow_10 - timedelta(days=12),
            30,
            recruiter,
            (me, (*recruiter, "INDIVIDUAL")),
            description="Intro call with the recruiter.",
        ),
        DemoEvent(
            "demo-acme-second",
            "Second interview: Senior Product Manager at Acme Robotics",
            tomorrow_10,
            90,
            recruiter,
            (
                me,
                (*recruiter, "INDIVIDUAL"),
                ("Priya Raman", "priya.raman@acmerobotics.example", "INDIVIDUAL"),
                ("Sam Okafor", "sam.okafor@acmerobotics.example", "INDIVIDUAL"),
                ("Board Room 4", "boardroom4@resource.calendar.google.com", "ROOM"),
            ),
            location="Acme Robotics, 200 Harbor Way, Boston, MA",
            description=(
                "Hi Alex, thanks for moving forward! You'll meet Priya (Head of Product) and "
                "Sam (Engineering Lead). Please prepare a short case study on a product launch "
                "you led; we'll discuss it together.\nJoin by video: https://meet.google.com/abc-defg-hij"
            ),
        ),
        DemoEvent(
            "demo-globex-screen",
            "Recruiter call – Globex (Data Analyst)",
            ended - timedelta(days=9),
            30,
            ("Maria Gonzalez", "maria.gonzalez@globex.example"),
            (me, ("Maria Gonzalez", "maria.gonzalez@globex.example", "INDIVIDUAL")),
        ),
        DemoEvent(
            "demo-globex-final",
            "Final round interview – Data Analyst, Globex",
            ended - timedelta(minutes=60),
            60,
            ("Maria Gonzalez", "maria.gonzalez@globex.example"),
            (
                me,
                ("Maria Gonzalez", "maria.gonzalez@globex.example", "INDIVIDUAL"),
                ("Chen Wei", "chen.wei@globex.example", "INDIVIDUAL"),
                ("Fatima Zahra", "fatima.zahra@globex.example", "INDIVIDUAL"),
                ("Interviewing team", "interview-team@globex.example", "GROUP"),
            ),
            location="https://zoom.us/j/5551234567",
        ),
        DemoEvent("demo-dentist", "Dentist – second opinion", tomorrow_10 + timedelta(hours=5), 45),
        DemoEvent(
            "demo-prep",
            "Prep for Acme second interview",
            tomorrow_10 - timedelta(hours=16),
            60,
            (DEMO_USER[0], DEMO_USER[1]),
        ),
        DemoEvent(
            "demo-q2",
            "Q2 planning – second quarter goals",
            tomorrow_10 + timedelta(days=2),
            60,
            ("Pat Kim", "pat@volunteer-club.example"),
            (me, ("Pat Kim", "pat@volunteer-club.example", "INDIVIDUAL")),
        ),
        DemoEvent(
            "demo-run",
            "Morning run",
            tomorrow_10 - timedelta(days=7, hours=3),
            45,
            rrule="FREQ=WEEKLY;COUNT=8",
        ),
    ]


def briefing_jump(store: StorePort, now: datetime) -> datetime | None:
    """When the demo's simulated clock must jump to, so the pending briefing goes out.

    The follow-up interview is tomorrow at 10:00 and its briefing is due a day
    before; before 10:00 that is still ahead. Returns the earliest pending
    briefing's due time (aware, UTC) when it lies after ``now``; None when every
    briefing is already due. Only briefing jobs count: the interview that ended two
    hours ago has already started, and must not hold the clock back.
    """
    from assistant.models import JobKind, JobState

    due = [
        record.job.due_at
        for record in store.jobs(state=JobState.PENDING)
        if record.job.kind is JobKind.BRIEFING
    ]
    later = min(due, default=None)
    return later if later is not None and later > now else None


def write_demo_calendar(path: Path, now: datetime, tz: tzinfo) -> Path:
    """Write the example calendar as a real .ics file, so the demo reads it like any other."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//interview-assistant//demo//EN")
    calendar.add("version", "2.0")
    for item in demo_events(now, tz):
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("summary", item.summary)
        event.add("dtstart", item.start)
        event.add("dtend", item.start + timedelta(minutes=item.minutes))
        event.add("dtstamp", now)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.rrule:
            event.add("rrule", icalendar.vRecur.from_ical(item.rrule))
        if item.organizer:
            organizer = icalendar.vCalAddress(f"mailto:{item.organizer[1]}")
            organizer.params["CN"] = item.organizer[0]
            event.add("organizer", organizer)
        for name, email, cutype in item.attendees:
            attendee = icalendar.vCalAddress(f"mailto:{email}")
            attendee.params["CN"] = name
            attendee.params["CUTYPE"] = cutype
            attendee.params["PARTSTAT"] = "ACCEPTED"
            event.add("attendee", attendee)
        calendar.add_component(event)
    write_private(path, calendar.to_ical())  # in the demo home, 0600 like the rest of it
    return path


def demo_config(calendar: Path, mailbox: Path, tz_name: str) -> str:
    """The demo home's config.toml."""
    return (
        "[user]\n"
        f'name = "{DEMO_USER[0]}"\n'
        f'email = "{DEMO_USER[1]}"\n'
        f'timezone = "{tz_name}"\n'
        f'signature = "{DEMO_USER[0]}"\n\n'
        "[calendar]\n"
        f"ics = [{str(calendar)!r}]\n\n"
        "[mail.local]\n"
        f"path = {str(mailbox)!r}\n\n"
        "[schedule]\n"
        'quiet_hours = ""\n'
    )
