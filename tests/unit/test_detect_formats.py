"""Later rounds as applicant-tracking systems and schedulers write them.

The invites are made up in the shape each service uses (who sends it, how the
title is built, which fields the description carries); each stands for its
service's family. The user is jo.kim@gmail.com; every employer first had a
screening call in the calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.detect import Profile, detect
from assistant.models import Attendee, Event, PartStat

ME = "jo.kim@gmail.com"
T0 = datetime(2027, 3, 1, 9, tzinfo=UTC)
TEAMS = (
    "\n"
    + "_" * 80
    + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Meeting ID: 123 456 789\n"
)
ZOOM = "\nJoin Zoom Meeting\nhttps://zoom.us/j/123\nMeeting ID: 123\n"


def invite(summary: str, sender: str, *guests: str, day: int = 0, text: str = "") -> Event:
    host = Attendee(email=sender, partstat=PartStat.ACCEPTED, is_organizer=True)
    me = Attendee(email=ME, name="Jo Kim", partstat=PartStat.ACCEPTED, is_self=True)
    people = tuple(Attendee(email=g, partstat=PartStat.ACCEPTED) for g in guests)
    return Event(
        uid=f"{summary}|{day}",
        start=T0 + timedelta(days=day),
        end=T0 + timedelta(days=day, hours=1),
        summary=summary,
        description=text,
        organizer=host,
        attendees=(me, host, *people),
    )


SCREENS = [
    invite("Phone screen: Jo Kim / Veridian Labs", "coord@veridianlabs.com", day=-20),
    invite("Intro call – Saltmarsh Media", "jobs@saltmarshmedia.com", day=-20),
    invite("Recruiter chat – Oakfield", "kara@oakfield.co.uk", day=-20),
    invite("Telefoninterview – Brandt Systemtechnik", "jobs@brandt-systemtechnik.de", day=-20),
    invite("Screening – Pinecrest Capital", "talent@pinecrestcapital.com", day=-20),
]

FORMATS = {
    "Greenhouse": (
        invite(
            "Interview with Veridian Labs - Jo Kim",
            "no-reply@greenhouse.io",
            "paul@veridianlabs.com",
            text="Your onsite interview for the Site Reliability Engineer role is confirmed.",
        ),
        "Veridian Labs",
        "Site Reliability Engineer",
    ),
    "Lever": (
        invite(
            "Jo Kim <> Pinecrest Capital | Final Interview",
            "talent@pinecrestcapital.com",
            text="Position: Quantitative Analyst\nInterviewers: Dana Reyes (Head of Risk)",
        ),
        "Pinecrest Capital",
        "Quantitative Analyst",
    ),
    "Workday": (
        invite(
            "Second Interview - Jo Kim",
            "oakfield@myworkday.com",
            "li@oakfield.co.uk",
            text="Job Requisition: R-20417 Payroll Coordinator",
        ),
        "Oakfield",
        "Payroll Coordinator",
    ),
    "Ashby": (
        invite(
            "Interview Confirmation: Product Designer at Saltmarsh Media",
            "interviews@ashbyhq.com",
            "ruth@saltmarshmedia.com",
            text="Round 2 of 3: portfolio conversation with Ruth",
        ),
        "Saltmarsh Media",
        "Product Designer",
    ),
    "GoodTime": (
        invite(
            "Veridian Labs Interview: Jo Kim — Hiring Manager Interview",
            "scheduling@goodtime.io",
            "paul@veridianlabs.com",
            text="Interviewer: Paul Chen, Director of Platform" + ZOOM,
        ),
        "Veridian Labs",
        None,
    ),
    "ModernLoop": (
        invite(
            "[Saltmarsh Media] Jo Kim / Technical Interview",
            "noreply@modernloop.io",
            "ada@saltmarshmedia.com",
            text="Role: Video Editor" + TEAMS,
        ),
        "Saltmarsh Media",
        "Video Editor",
    ),
    "Calendly": (
        invite(
            "Second interview between Jo Kim and Sarah Lin",
            "notifications@calendly.com",
            "sarah.lin@pinecrestcapital.com",
            text="Event Name: Second interview\n",
        ),
        "Pinecrest Capital",
        None,
    ),
    "SmartRecruiters": (
        invite(
            "Interview for Senior Accountant position",
            "noreply@smartrecruiters.com",
            "li@oakfield.co.uk",
            text="Hi Jo, we would like to invite you to the next stage.",
        ),
        "Oakfield",
        "Senior Accountant",
    ),
    "Teamtailor": (
        invite(
            "Interview: Customer Success Manager – Jo Kim",
            "no-reply@teamtailor-mail.com",
            "kara@oakfield.co.uk",
            text="Second interview with our team.",
        ),
        "Oakfield",
        "Customer Success Manager",
    ),
    "Personio": (
        invite(
            "Interview Jo Kim – Backend Developer (m/w/d)",
            "noreply@personio.de",
            "t.brandt@brandt-systemtechnik.de",
            text="Zweites Gespräch für die Position Backend Developer (m/w/d).",
        ),
        "Brandt Systemtechnik",
        "Backend Developer",
    ),
    "HireVue": (
        invite(
            "Final round interview (HireVue) – Veridian Labs",
            "noreply@hirevue.com",
            "paul@veridianlabs.com",
        ),
        "Veridian Labs",
        None,
    ),
    "LinkedIn": (
        invite(
            "Next round: Oakfield x Jo Kim",
            "kara@oakfield.co.uk",
            text="Sent from LinkedIn. Looking forward to the next round with the finance team.",
        ),
        "Oakfield",
        None,
    ),
    "Outlook and Teams": (
        invite("Final conversation", "ceo@saltmarshmedia.com", text=TEAMS),
        "Saltmarsh Media",
        None,
    ),
    "Zoom": (
        invite(
            "Jo Kim and Veridian Labs – Zoom Meeting",
            "paul@veridianlabs.com",
            text="Next round: meet the platform team." + ZOOM,
        ),
        "Veridian Labs",
        None,
    ),
}


@pytest.mark.parametrize("service", sorted(FORMATS))
def test_a_later_round_in_each_services_format(service):
    event, company, role = FORMATS[service]
    verdicts = {d.event.uid: d.verdict for d in detect([*SCREENS, event], Profile.build([ME]))}
    v = verdicts[event.uid]
    assert v.is_follow_up, v.reasons
    assert v.company == company
    if role:
        assert v.role == role
    assert not any(verdicts[s.uid].is_follow_up for s in SCREENS)
