#!/usr/bin/env python3
"""How fast detection runs on a large synthetic calendar.

A busy person's calendar, made up: work meetings, personal blocks, meetings with
outside companies, and interview processes (screen, then later rounds) with many
employers, some with long HTML descriptions. ``run(n)`` detects on ``n`` such
events and reports the throughput; ``scripts/bench.py`` calls it.

Run:  python scripts/bench_detect.py [N]
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

from assistant.detect import Profile, detect
from assistant.models import Attendee, AttendeeKind, Event, PartStat

USER = "sam.jones@gmail.com"
WORK = "sam.jones@work.example"
MEET = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
    "Or dial: (DE) +49 30 300195629 PIN: 214684953#\n"
)
HTML = (
    '<div style="max-width:640px;margin:0 auto"><p style="font-family:Helvetica">Hi Sam,</p>'
    "<p>Thanks again for your time. Here is your schedule for the onsite.</p>"
    + "<p style='color:#222'>Logistics, parking and building access information.</p>" * 60
    + "</div>"
)
TITLES_WORK = ["Daily standup", "Sprint planning", "1:1", "Design review", "Roadmap sync"]
TITLES_SOLO = ["Gym", "Dentist", "Lunch", "Focus block", "Call Mom", "Grocery run"]
TITLES_FIRST = ["Phone screen – {c}", "Recruiter call: {c}", "Intro call with {c}"]
TITLES_LATER = [
    "Second interview – {c}",
    "Final round @ {c}",
    "Onsite loop: {c}",
    "Chat with the team",
    "Zweitgespräch bei {c}",
]


def _me(address: str = USER) -> Attendee:
    return Attendee(email=address, name="Sam Jones", partstat=PartStat.ACCEPTED, is_self=True)


def _person(address: str, organizer: bool = False) -> Attendee:
    return Attendee(email=address, partstat=PartStat.ACCEPTED, is_organizer=organizer)


def synthetic_calendar(n: int, start: datetime | None = None) -> list[Event]:
    """``n`` made-up events over about a year, in time order."""
    start = start or datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
    events = []
    for i in range(n):
        when = start + timedelta(hours=i * 53 % (24 * 365), minutes=15 * (i % 4))
        kind = i % 20
        company = f"Company{i % 397}"
        domain = f"company{i % 397}.example.com"
        if kind < 9:  # work meeting with colleagues
            organizer = _person("lead@work.example", organizer=True)
            attendees = (_me(WORK), organizer, _person(f"colleague{i % 31}@work.example"))
            title, description = TITLES_WORK[i % len(TITLES_WORK)], MEET
        elif kind < 14:  # personal block
            organizer, attendees = None, ()
            title, description = TITLES_SOLO[i % len(TITLES_SOLO)], ""
        elif kind < 17:  # meeting with an outside company
            organizer = _person(f"ann@{domain}", organizer=True)
            attendees = (
                _me(),
                organizer,
                Attendee("room-1@resource.calendar.google.com", kind=AttendeeKind.ROOM),
            )
            title, description = f"Partnership sync – {company}", MEET
        else:  # an interview process: a first round, then later ones
            organizer = _person(f"talent@{domain}", organizer=True)
            attendees = (_me(), organizer, _person(f"hm{i % 7}@{domain}"))
            later = kind != 17
            titles = TITLES_LATER if later else TITLES_FIRST
            title = titles[(i // 20) % len(titles)].format(c=company)
            description = HTML if later and i % 3 == 0 else MEET
        events.append(
            Event(
                uid=f"bench-{i}",
                start=when,
                end=when + timedelta(minutes=45),
                summary=title,
                description=description,
                organizer=organizer,
                attendees=attendees,
                source="bench",
            )
        )
    return events


def run(n: int = 10_000) -> dict[str, float]:
    """Detect on ``n`` synthetic events; return the count, seconds and events per second."""
    events = synthetic_calendar(n)
    profile = Profile.build([USER, WORK])
    began = time.perf_counter()
    detect(events, profile)
    seconds = time.perf_counter() - began
    return {"events": n, "seconds": seconds, "events_per_second": n / seconds if seconds else 0.0}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
    print(
        f"detected {result['events']:,} events in {result['seconds']:.3f} s "
        f"({result['events_per_second']:,.0f} events/s)"
    )
