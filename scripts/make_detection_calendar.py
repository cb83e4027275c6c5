#!/usr/bin/env python3
"""Generate the labelled evaluation calendar for follow-up-interview detection.

Writes, deterministically (no randomness, fixed dates):

* ``tests/data/detection_labelled.ics`` - one iCalendar with ~170 VEVENTs
  (2027-01-04 .. 2027-06-30) from the calendar of Alex Rivera
  <alex.rivera@gmail.com>: a job seeker who also works part-time at
  Northwind Traders (northwind.example) and sometimes interviews candidates there.
* ``tests/data/detection_labels.json`` - ``{uid: {follow_up, company, note}}``.

The events are data (``EVENTS`` below), grouped by story. Each entry carries its
label via ``pos(...)`` (a candidate-side follow-up interview) or ``neg(...)``.

Run:  python scripts/make_detection_calendar.py
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

ROOT = Path(__file__).resolve().parent.parent
ICS_PATH = ROOT / "tests" / "data" / "detection_labelled.ics"
LABELS_PATH = ROOT / "tests" / "data" / "detection_labels.json"

ALEX = "alex.rivera@gmail.com"
ALEX_WORK = "alex.rivera@northwind.example"
DTSTAMP = datetime(2027, 7, 1, 6, 30, tzinfo=UTC)
HOME_TZ = "Europe/Berlin"

# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------


def pos(company: str, note: str, cat: str = "explicit") -> dict:
    """Candidate-side follow-up (second or later) interview that Alex attends."""
    return {"follow_up": True, "company": company, "note": note, "cat": f"pos/{cat}"}


def neg(cat: str, note: str, company: str | None = None) -> dict:
    """Anything else. ``company`` is set only for Alex's own job-search events."""
    return {"follow_up": False, "company": company, "note": note, "cat": f"neg/{cat}"}


# --------------------------------------------------------------------------
# People, rooms, groups
# --------------------------------------------------------------------------


def att(email, cn=None, ps="ACCEPTED", role="REQ-PARTICIPANT", cutype="INDIVIDUAL", rsvp=None):
    return {"email": email, "CN": cn, "PARTSTAT": ps, "ROLE": role, "CUTYPE": cutype, "RSVP": rsvp}


def me(ps="ACCEPTED", cn="Alex Rivera", email=ALEX):
    return att(email, cn, ps, rsvp="TRUE" if ps == "NEEDS-ACTION" else None)


def me_work(ps="ACCEPTED"):
    return att(ALEX_WORK, "Alex Rivera", ps)


def opt(email, cn=None, ps="NEEDS-ACTION"):
    return att(email, cn, ps, role="OPT-PARTICIPANT")


def room(email, cn):
    return att(email, cn, "ACCEPTED", role="NON-PARTICIPANT", cutype="ROOM")


def group(email, cn):
    return att(email, cn, "NEEDS-ACTION", cutype="GROUP")


def resource(email, cn):
    return att(email, cn, "ACCEPTED", role="NON-PARTICIPANT", cutype="RESOURCE")


ME_ORG = (ALEX, "Alex Rivera")
ME_WORK_ORG = (ALEX_WORK, "Alex Rivera")

# --------------------------------------------------------------------------
# Description building blocks (the way Google / Zoom / Teams / ATS tools write them)
# --------------------------------------------------------------------------

GOOGLE_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def _digits(seed: str, n: int) -> str:
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return str(h)[-n:].rjust(n, "1")


def _letters(seed: str, n: int) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return "".join(chr(ord("a") + int(c, 16) % 26) for c in h)[:n]


def meet(seed: str) -> str:
    code = f"{_letters(seed, 3)}-{_letters(seed + 'x', 4)}-{_letters(seed + 'y', 3)}"
    pin = _digits(seed, 9)
    return (
        f"{GOOGLE_SEP}\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        f"Or dial: (DE) +49 30 300195{_digits(seed + 'p', 3)} PIN: {pin}#\n"
        f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        f"{GOOGLE_SEP}"
    )


def zoom(seed: str, host: str = "us02web") -> str:
    mid = _digits(seed, 11)
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pwd = _letters(seed + "pwd", 22)
    passcode = _digits(seed + "pc", 6)
    return (
        f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{mid}?pwd={pwd}\n\n"
        f"Meeting ID: {spaced}\nPasscode: {passcode}\n\n---\n\nOne tap mobile\n"
        f"+13092053325,,{mid}#,,,,*{passcode}# US\n"
        f"+493056795800,,{mid}#,,,,*{passcode}# Germany\n\n"
        "Join instructions\nhttps://us02web.zoom.us/meetings/"
        f"{mid}/invitations?signature={_letters(seed + 'sig', 40)}"
    )


def zoom_html(seed: str) -> str:
    mid = _digits(seed, 11)
    pwd = _letters(seed + "pwd", 22)
    return (
        f'<b>Join Zoom Meeting</b><br><a href="https://us06web.zoom.us/j/{mid}?pwd={pwd}">'
        f"https://us06web.zoom.us/j/{mid}?pwd={pwd}</a><br><br>Meeting ID: {mid[:3]} "
        f"{mid[3:7]} {mid[7:]}<br>Passcode: {_digits(seed + 'pc', 6)}"
    )


def teams(seed: str) -> str:
    mid = _digits(seed, 12)
    return (
        "_" * 80 + "\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
        f"19%3ameeting_{_letters(seed, 40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
        f"{uuid.uuid5(uuid.NAMESPACE_DNS, seed)}%22%7d>\n"
        f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
        f"Passcode: {_letters(seed + 'p', 6).upper()}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams."
        "microsoft.com/meetingOptions/>\n" + "_" * 80
    )


def huge_greenhouse_html() -> str:
    """A ~20 kB HTML confirmation like Greenhouse / ATS emails paste into invites."""
    td = (
        'style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;'
        'color:#333333;padding:8px 12px;border-bottom:1px solid #e5e5e5;vertical-align:top"'
    )
    p = 'style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;color:#222"'
    schedule = [
        ("10:00 – 10:45", "Product Sense", "Hannah Lindqvist, Group PM"),
        ("10:45 – 11:30", "Execution & Metrics", "Diego Ferreira, Director of Product"),
        ("11:30 – 12:00", "Lunch break (on us! Uber Eats voucher sent separately)", "—"),
        ("12:00 – 12:45", "Cross-functional partnership", "Mei-Ling Chow, Design Lead"),
        ("12:45 – 13:30", "Technical fluency", "Arjun Mehta, Staff Engineer"),
        ("13:30 – 14:00", "Wrap-up with your recruiter", "Olivia Brandt, Recruiting"),
    ]
    rows = "".join(
        f"<tr><td {td}><b>{t}</b></td><td {td}>{what}</td><td {td}>{who}</td></tr>"
        for t, what, who in schedule
    )
    sections = {
        "About the team": [
            "The Editor team owns the canvas, the layers panel, and everything that happens "
            "between a blank file and a shipped design system.",
            "We partner closely with engineering, design, research, and data science, and we "
            "care as much about the craft of building as about the outcomes we drive.",
            "You will join a group of six PMs spread across San Francisco, New York, London "
            "and Berlin, and work with two engineering managers and about thirty engineers.",
        ],
        "What you'll do": [
            "Own the roadmap for multiplayer editing performance for files with 10k+ layers.",
            "Turn ambiguous user pain into crisp problem statements and measurable bets.",
            "Partner with research to run continuous discovery with enterprise customers.",
            "Define success metrics, instrument experiments, and make trade-offs visible.",
            "Write clearly: PRDs, launch notes, and the occasional all-hands demo script.",
            "Coach and support other PMs, and raise the bar for product thinking.",
        ],
        "What we're looking for": [
            "6+ years of product management experience on complex, technical products.",
            "A track record of shipping collaborative or real-time features at scale.",
            "Comfort reading SQL and dashboards, and enough depth to debate architecture.",
            "Excellent written and verbal communication across time zones.",
            "Bonus: experience with design tools, graphics, or developer platforms.",
        ],
        "Preparing for your onsite": [
            "Each conversation is 45 minutes and includes time for your questions at the end.",
            "Product Sense: we'll explore a product problem together; there's no single "
            "right answer and we care about how you reason, not what you already know.",
            "Execution: expect to talk about a launch you led, what went wrong and what you "
            "would do differently. Bring numbers where you can.",
            "Partnership: tell us about a time you disagreed with design or engineering.",
            "Technical fluency: we may sketch a simple system together. No coding required.",
            "Please test your video setup in advance and use Chrome or Firefox.",
        ],
        "Benefits": [
            "Competitive salary and equity, with a transparent leveling framework.",
            "Comprehensive health, dental and vision coverage for you and your dependants.",
            "16 weeks fully paid parental leave, plus a gradual return-to-work program.",
            "Annual learning stipend and a home-office budget.",
            "Flexible hybrid work: most teams meet in the office two days a week.",
        ],
    }
    body = []
    for title, items in sections.items():
        body.append(f'<h3 style="font-family:Helvetica,Arial,sans-serif;color:#000">{title}</h3>')
        body.append(
            '<ul style="margin:0 0 16px 20px;padding:0">'
            + "".join(f'<li style="margin:0 0 6px 0;color:#333">{i}</li>' for i in items)
            + "</ul>"
        )
    legal = (
        "Figma is an equal opportunity workplace. We are committed to equal employment "
        "opportunity regardless of race, color, ancestry, religion, sex, national origin, sexual "
        "orientation, age, citizenship, marital status, disability, gender identity or Veteran "
        "status. We also consider qualified applicants regardless of criminal histories, "
        "consistent with legal requirements. If you require a reasonable accommodation to "
        "complete any part of the interview process, please reply to this email. "
    )
    privacy = (
        "By participating in this interview you acknowledge that your personal data will be "
        "processed in accordance with our Candidate Privacy Notice, which describes the "
        "categories of data we collect, the purposes of processing, the retention periods and "
        "your rights under applicable data protection law, including the GDPR and the CCPA. "
        "Interview notes are stored in Greenhouse and are only accessible to the hiring team. "
    )
    html = (
        '<div style="max-width:640px;margin:0 auto;background:#ffffff">'
        f"<p {p}>Hi Alex,</p>"
        f"<p {p}>Thanks again for your time with our recruiting team. We're excited to invite "
        "you to the <b>final stage</b> of our process: a virtual onsite with members of the "
        "Editor team. Below you'll find your full schedule, who you'll meet, and some notes "
        f"to help you prepare.</p><p {p}><b>Position:</b> Product Manager, Editor<br>"
        "<b>Format:</b> Video (Google Meet links for each session below)<br>"
        "<b>Time zone:</b> Central European Time</p>"
        '<table cellpadding="0" cellspacing="0" border="0" width="100%" '
        'style="border-collapse:collapse;margin:0 0 20px 0">'
        f"<tr><th {td}>Time</th><th {td}>Session</th><th {td}>Interviewer</th></tr>{rows}"
        "</table>" + "".join(body)
    )
    # ATS emails carry long legal footers and tracking pixels; repeat until ~20 kB.
    n = 0
    while len(html) < 19_500:
        n += 1
        html += (
            f"<p {p}><small>{legal}{privacy}</small></p>"
            f'<img src="https://click.greenhouse.io/o/{_letters(f"px{n}", 48)}" width="1" '
            'height="1" alt="" style="display:none">'
        )
    return html + f"<p {p}>Best,<br>Olivia Brandt<br>Recruiting Coordinator, Figma</p></div>"


# --------------------------------------------------------------------------
# The events
# --------------------------------------------------------------------------
# Keys: key (stable slug; UID derived from it), summary (omit = no SUMMARY, "" = empty),
# start "YYYY-MM-DD HH:MM" + tz + minutes, or all_day "YYYY-MM-DD" (+ days),
# desc, location, organizer (email, cn|None), attendees, status, rrule, uid_style, extra.

EVENTS: list[dict] = [
    # ======================= Acme Corp (acme.com, New York) ======================
    {
        "key": "acme-screen",
        "summary": "Phone Screen: Alex Rivera / Acme Corp",
        "start": "2027-01-12 10:00",
        "tz": "America/New_York",
        "minutes": 30,
        "organizer": ("dana.whitfield@acme.com", "Dana Whitfield"),
        "attendees": [att("dana.whitfield@acme.com", "Dana Whitfield"), me()],
        "desc": "Hi Alex! Looking forward to our chat about the Senior Product Manager "
        "(Platform) role. I'll call you at +49 151 2345 6789.\n\nDana Whitfield | Talent "
        "Acquisition | Acme Corp",
        **neg("first-round", "recruiter phone screen = first contact", "Acme Corp"),
    },
    {
        "key": "acme-prep",
        "summary": "Prep for Acme second interview",
        "start": "2027-01-26 08:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ME_ORG,
        "desc": "- re-read PRD examples\n- STAR stories: migration, pricing launch\n- questions "
        "for Marcus about platform roadmap",
        "uid_style": "apple",
        **neg("prep", "Alex's own prep block, no other attendees"),
    },
    {
        "key": "acme-second",
        "summary": "Second Interview – Acme Corp",
        "start": "2027-01-27 10:00",
        "tz": "America/New_York",
        "minutes": 60,
        "organizer": ("dana.whitfield@acme.com", "Dana Whitfield"),
        "attendees": [
            me(),
            att("marcus.oneill@acme.com", "Marcus O'Neill"),
            att("dana.whitfield@acme.com", "Dana Whitfield", role="OPT-PARTICIPANT"),
            room(
                "acme.com_3835313639343731@resource.calendar.google.com", "NYC-12-Hudson (8) [Zoom]"
            ),
        ],
        "location": "NYC-12-Hudson (8) [Zoom], https://acme.zoom.us/j/91234567801",
        "desc": "Hi Alex,\n\nThanks for making time for the next step! This second interview "
        "is with Marcus O'Neill, Director of Product (hiring manager). Expect a deep-dive into "
        "a product you shipped and a short prioritisation exercise.\n\n" + zoom("acme2", "acme"),
        "status": "CONFIRMED",
        **pos("Acme Corp", "explicit 'Second Interview' from Acme recruiter"),
    },
    {
        "key": "acme-travel",
        "summary": "Acme final round (travel day)",
        "all_day": "2027-02-15",
        "organizer": ME_ORG,
        "desc": "BER → EWR UA 963, hotel: Arlo NoMad",
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("all-day", "all-day travel block Alex created, not the interview itself"),
    },
    {
        "key": "acme-final",
        "summary": "Acme Corp – Final Round Onsite",
        "start": "2027-02-16 09:30",
        "tz": "America/New_York",
        "minutes": 300,
        "organizer": ("dana.whitfield@acme.com", "Dana Whitfield"),
        "attendees": [
            me(),
            att("marcus.oneill@acme.com", "Marcus O'Neill"),
            att("keisha.brown@acme.com", "Keisha Brown"),
            att("tomasz.nowak@acme.com", "Tomasz Nowak", ps="TENTATIVE"),
            att("ravi.krishnan@acme.com", "Ravi Krishnan"),
            room("acme.com_3130353235@resource.calendar.google.com", "NYC-14-Chelsea (12)"),
        ],
        "location": "Acme Corp, 200 Park Ave S, 14th floor, New York, NY 10003",
        "desc": "<b>Schedule</b><br>9:30 Welcome & coffee (Dana)<br>10:00 Product strategy "
        "(Marcus)<br>11:00 Analytics case (Keisha)<br>12:00 Lunch with the team<br>13:00 "
        "Engineering partnership (Tomasz, Ravi)<br><br>Please bring a photo ID for building "
        "security. Reimbursements: submit receipts via Navan within 30 days.",
        **pos("Acme Corp", "final round onsite after screen + 2nd interview"),
    },
    # ======================= Globex ===========================================
    {
        "key": "globex-2nd",
        "summary": "2nd round: Senior PM @ Globex",
        "start": "2027-02-09 15:00",
        "tz": "UTC",
        "minutes": 45,
        "organizer": ("talent@globex.com", "Globex Talent Acquisition"),
        "attendees": [
            me(),
            att("hank.scorpio@globex.com", "Hank Scorpio"),
            att("talent@globex.com", "Globex Talent Acquisition"),
        ],
        "desc": "Round 2 of 3 for Senior Product Manager (Req #GBX-4471). You'll meet Hank, "
        "our CEO, for 45 minutes.\n\n" + meet("globex"),
        **pos("Globex", "explicit '2nd round'"),
    },
    # ======================= Hooli (round 1/3, cancelled 2/3, 2/3, 3/3) =============
    {
        "key": "hooli-r1",
        "summary": "Interview Round 1/3 – Hooli",
        "start": "2027-01-19 09:00",
        "tz": "America/Los_Angeles",
        "minutes": 45,
        "organizer": ("recruiting@hooli.com", "Hooli Recruiting"),
        "attendees": [me(), att("gavin.b@hooli.com", "Gavin Belson", ps="NEEDS-ACTION")],
        "desc": zoom("hooli1"),
        **neg("first-round", "round 1 of 3 — first interview", "Hooli"),
    },
    {
        "key": "hooli-r2-cancel",
        "summary": "Canceled: Interview Round 2/3 – Hooli",
        "start": "2027-02-02 09:00",
        "tz": "America/Los_Angeles",
        "minutes": 60,
        "organizer": ("recruiting@hooli.com", "Hooli Recruiting"),
        "attendees": [me(), att("denpok@hooli.com", "Denpok Singh")],
        "status": "CANCELLED",
        "desc": "This meeting has been rescheduled to Thursday.",
        "extra": {"SEQUENCE": 2},
        **neg("cancelled", "cancelled (rescheduled) round 2 invite", "Hooli"),
    },
    {
        "key": "hooli-r2",
        "summary": "Interview Round 2/3 – Hooli",
        "start": "2027-02-04 09:00",
        "tz": "America/Los_Angeles",
        "minutes": 60,
        "organizer": ("recruiting@hooli.com", "Hooli Recruiting"),
        "attendees": [me(), att("denpok@hooli.com", "Denpok Singh")],
        "desc": "Rescheduled from Tuesday — thanks for your flexibility!\n\n" + zoom("hooli2"),
        "extra": {"SEQUENCE": 1},
        **pos("Hooli", "round 2 of 3 (the rescheduled, confirmed one)"),
    },
    {
        "key": "hooli-r3",
        "summary": "Interview Round 3/3 – Hooli",
        "start": "2027-02-18 10:30",
        "tz": "America/Los_Angeles",
        "minutes": 90,
        "organizer": ("recruiting@hooli.com", "Hooli Recruiting"),
        "attendees": [
            me("NEEDS-ACTION"),
            att("denpok@hooli.com", "Denpok Singh"),
            att("jared.dunn@hooli.com", 'Donald "Jared" Dunn'),
        ],
        "desc": zoom("hooli3"),
        **pos("Hooli", "round 3 of 3; Alex has not responded yet (NEEDS-ACTION)"),
    },
    # ======================= Umbrella Health ======================================
    {
        "key": "umbrella-final",
        "summary": "Final round interview | Umbrella Health",
        "start": "2027-03-03 14:00",
        "tz": "Europe/London",
        "minutes": 90,
        "organizer": ("a.wesker@umbrellahealth.co.uk", "Albert Wesker"),
        "attendees": [
            me(),
            att("a.wesker@umbrellahealth.co.uk", "Albert Wesker"),
            att("j.valentine@umbrellahealth.co.uk", "Jill Valentine"),
        ],
        "desc": "Dear Alex,\n\nFurther to your conversations with Jill, we would like to invite "
        "you to the final round for the Lead Product Manager position.\n\nKind regards\n\n"
        + teams("umbrella"),
        "location": "Microsoft Teams Meeting",
        "uid_style": "outlook",
        **pos("Umbrella Health", "final round, Outlook/Teams invite"),
    },
    # ======================= Initech ==============================================
    {
        "key": "initech-screen",
        "summary": "Recruiter screen: Initech",
        "start": "2027-01-14 09:00",
        "tz": "America/Chicago",
        "minutes": 30,
        "organizer": ("peggy@initech.com", "Peggy Lumbergh"),
        "attendees": [me(), att("peggy@initech.com", "Peggy Lumbergh")],
        "desc": "Phone call. Peggy will dial you.",
        **neg("first-round", "recruiter screen", "Initech"),
    },
    {
        "key": "initech-vo",
        "summary": "Virtual onsite — Initech",
        "start": "2027-02-10 09:00",
        "tz": "America/Chicago",
        "minutes": 240,
        "organizer": ("peggy@initech.com", "Peggy Lumbergh"),
        "attendees": [
            me(),
            att("bill.lumbergh@initech.com", "Bill Lumbergh"),
            att("michael.bolton@initech.com", "Michael Bolton"),
            att("samir.n@initech.com", "Samir Nagheenanajar"),
            group("pm-interviewers@initech.com", "PM Interviewers"),
        ],
        "desc": "Agenda\n09:00 Bill — product leadership\n10:00 Michael & Samir — technical\n"
        "11:00 break\n11:15 Peggy — wrap-up & next steps\n\n" + meet("initech-vo"),
        **pos("Initech", "virtual onsite after recruiter screen"),
    },
    # ======================= Vandelay Industries ===================================
    {
        "key": "vandelay-panel",
        "summary": "Panel interview with the team",
        "start": "2027-03-09 11:00",
        "tz": "America/New_York",
        "minutes": 60,
        "organizer": ("art.vandelay@vandelayindustries.com", "Art Vandelay"),
        "attendees": [
            me(),
            att("art.vandelay@vandelayindustries.com", "Art Vandelay"),
            att("h.e.pennypacker@vandelayindustries.com", "H.E. Pennypacker"),
            att("kel.varnsen@vandelayindustries.com", "Kel Varnsen"),
        ],
        "desc": "Panel with three members of the import/export product team.\n\n"
        "— Vandelay Industries Talent Team\n\n" + zoom("vandelay"),
        **pos("Vandelay Industries", "panel interview; employer only in description/domain"),
    },
    {
        "key": "vandelay-2nd-declined",
        "summary": "2nd interview – Vandelay Industries: Import/Export PM",
        "start": "2027-03-30 11:00",
        "tz": "America/New_York",
        "minutes": 60,
        "organizer": ("art.vandelay@vandelayindustries.com", "Art Vandelay"),
        "attendees": [me("DECLINED"), att("art.vandelay@vandelayindustries.com", "Art Vandelay")],
        "desc": "Follow-up conversation with the VP.\n\n" + zoom("vandelay2"),
        **neg("declined", "follow-up interview Alex DECLINED (withdrew)", "Vandelay Industries"),
    },
    # ======================= Pied Piper ============================================
    {
        "key": "piper-intro",
        "summary": "Intro call w/ Pied Piper",
        "start": "2027-01-21 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("monica@piedpiper.com", "Monica Hall"),
        "attendees": [me(), att("monica@piedpiper.com", "Monica Hall")],
        "desc": meet("piper1"),
        **neg("first-round", "intro call = first interview", "Pied Piper"),
    },
    {
        "key": "piper-team",
        "summary": "Meet the team – Pied Piper",
        "start": "2027-02-03 18:30",
        "tz": HOME_TZ,
        "minutes": 75,
        "organizer": ("monica@piedpiper.com", "Monica Hall"),
        "attendees": [
            me(),
            att("richard@piedpiper.com", "Richard Hendricks"),
            att("dinesh@piedpiper.com", "Dinesh Chugtai"),
            att("gilfoyle@piedpiper.com", "Bertram Gilfoyle", ps="DECLINED"),
            att("monica@piedpiper.com", "Monica Hall"),
        ],
        "desc": "Casual but it IS part of the process :) You'll meet Richard, Dinesh and "
        "(maybe) Gilfoyle.\n\n" + meet("piper2"),
        **pos("Pied Piper", "'Meet the team' after intro call"),
    },
    {
        "key": "piper-final-cancelled",
        "summary": "Final round – Pied Piper",
        "start": "2027-02-24 18:00",
        "tz": HOME_TZ,
        "minutes": 120,
        "organizer": ("monica@piedpiper.com", "Monica Hall"),
        "attendees": [me(), att("richard@piedpiper.com", "Richard Hendricks")],
        "status": "CANCELLED",
        "desc": "Position has been put on hold. Sorry Alex — Monica",
        **neg("cancelled", "STATUS:CANCELLED only (title unchanged)", "Pied Piper"),
    },
    # ======================= Soylent ================================================
    {
        "key": "soylent-screen",
        "summary": "Recruiter screen – Soylent",
        "start": "2027-03-02 17:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("thorn@soylent.com", "Robert Thorn"),
        "attendees": [me(), att("thorn@soylent.com", "Robert Thorn")],
        "desc": zoom("soy1"),
        **neg("first-round", "recruiter screen", "Soylent"),
    },
    {
        "key": "soylent-hm",
        "summary": "Hiring manager interview",
        "start": "2027-03-11 17:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("thorn@soylent.com", "Robert Thorn"),
        "attendees": [me(), att("shirl@soylent.com", "Shirl Hatcher"), att("thorn@soylent.com")],
        "desc": "Next step for the Staff Product Manager role at Soylent: 45 min with Shirl, "
        "who leads Growth.\n\n" + zoom("soy2"),
        **pos("Soylent", "hiring-manager round after recruiter screen; no company in title"),
    },
    {
        "key": "soylent-exec",
        "summary": "Soylent – Exec interview w/ VP Product",
        "start": "2027-03-23 16:30",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("thorn@soylent.com", "Robert Thorn"),
        "attendees": [me(), att("vp.product@soylent.com", "Sol Roth")],
        "desc": zoom("soy3"),
        **pos("Soylent", "third Soylent conversation, 'exec interview'", "linkage"),
    },
    # ======================= Wayne Enterprises ======================================
    {
        "key": "wayne-followup",
        "summary": "Follow-up interview with Wayne Enterprises",
        "start": "2027-04-06 15:00",
        "tz": "America/New_York",
        "minutes": 60,
        "organizer": ("lucius.fox@wayne-enterprises.com", "Lucius Fox"),
        "attendees": [me(), att("lucius.fox@wayne-enterprises.com", "Lucius Fox")],
        "desc": "Hi Alex — great speaking last week. Let's continue the conversation.\n\n"
        + teams("wayne"),
        "uid_style": "outlook",
        **pos("Wayne Enterprises", "'follow-up interview' phrasing"),
    },
    # ======================= Cyberdyne ==============================================
    {
        "key": "cyberdyne-phone",
        "summary": "Cyberdyne Systems - phone interview",
        "start": "2027-01-20 17:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("sarah.c@cyberdyne.ai", "Sarah Connor"),
        "attendees": [me(), att("sarah.c@cyberdyne.ai", "Sarah Connor")],
        **neg("first-round", "phone interview, first round", "Cyberdyne Systems"),
    },
    {
        "key": "cyberdyne-third",
        "summary": "Third interview - Cyberdyne",
        "start": "2027-02-11 17:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("sarah.c@cyberdyne.ai", "Sarah Connor"),
        "attendees": [me(), att("miles.dyson@cyberdyne.ai", "Miles Dyson")],
        "desc": meet("cyber3"),
        **pos("Cyberdyne Systems", "'Third interview' (2nd round not on calendar)"),
    },
    # ======================= Massive Dynamic ========================================
    {
        "key": "massive-cancelled",
        "summary": "Cancelled event: Onsite loop: Massive Dynamic",
        "start": "2027-04-13 09:00",
        "tz": "America/New_York",
        "minutes": 360,
        "organizer": ("nina.sharp@massivedynamic.com", "Nina Sharp"),
        "attendees": [me(), att("nina.sharp@massivedynamic.com", "Nina Sharp")],
        "status": "CANCELLED",
        **neg("cancelled", "Google-style cancelled copy; moved a week later", "Massive Dynamic"),
    },
    {
        "key": "massive-onsite",
        "summary": "Onsite loop: Massive Dynamic",
        "start": "2027-04-20 09:00",
        "tz": "America/New_York",
        "minutes": 360,
        "organizer": ("nina.sharp@massivedynamic.com", "Nina Sharp"),
        "attendees": [
            me(),
            att("nina.sharp@massivedynamic.com", "Nina Sharp"),
            att("walter.bishop@massivedynamic.com", "Walter Bishop"),
            att("astrid.farnsworth@massivedynamic.com", "Astrid Farnsworth"),
            room("c_1889abcd9ef@resource.calendar.google.com", "BOS-3-Kelvin (10)"),
        ],
        "location": "Massive Dynamic, 1 Kendall Sq, Cambridge MA",
        "desc": "Five back-to-back sessions. Lunch provided. Ask for Nina at reception.",
        **pos("Massive Dynamic", "onsite loop"),
    },
    # ======================= Tyrell ================================================
    {
        "key": "tyrell-intro",
        "summary": "Tyrell Corp | Intro with Talent Partner",
        "start": "2027-04-07 19:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("rachael@tyrell.com", "Rachael Rosen"),
        "attendees": [me(), att("rachael@tyrell.com", "Rachael Rosen")],
        "desc": meet("tyrell1"),
        **neg("first-round", "intro with talent partner", "Tyrell"),
    },
    {
        "key": "tyrell-case",
        "summary": "Case study presentation – Tyrell",
        "start": "2027-04-22 18:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("rachael@tyrell.com", "Rachael Rosen"),
        "attendees": [
            me(),
            att("eldon@tyrell.com", "Eldon Tyrell"),
            att("j.f.sebastian@tyrell.com", "J.F. Sebastian"),
        ],
        "desc": "Please present your take-home case (20 min) followed by Q&A with the panel. "
        "Share slides via the Meet link.\n\n" + meet("tyrell2"),
        **pos("Tyrell", "case study presentation as later round after intro"),
    },
    # ======================= Figma (Greenhouse) ======================================
    {
        "key": "figma-informational",
        "summary": "Informational interview – Sarah @ Figma",
        "start": "2027-01-08 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ME_ORG,
        "attendees": [me(), att("sarah.kim@figma.com", "Sarah Kim")],
        "desc": "Coffee chat to learn about PM culture at Figma before applying. Thanks for "
        "the intro, Jo!\n\n" + meet("figma-info"),
        **neg("other-interview", "informational interview Alex set up before applying"),
    },
    {
        "key": "figma-screen",
        "summary": "Interview Confirmation: Figma – Recruiter Phone Screen",
        "start": "2027-02-01 17:30",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("no-reply@greenhouse.io", "Figma Recruiting"),
        "attendees": [me(), att("olivia.brandt@figma.com", "Olivia Brandt")],
        "desc": "Hi Alex,\n\nYour phone screen with Olivia Brandt is confirmed. Olivia will call "
        "you at the number on your application.\n\nPowered by Greenhouse",
        **neg("first-round", "Greenhouse-sent recruiter phone screen", "Figma"),
    },
    {
        "key": "figma-onsite",
        "summary": "Interview Confirmation: Alex Rivera – Figma Onsite (Product Manager, Editor)",
        "start": "2027-02-22 10:00",
        "tz": HOME_TZ,
        "minutes": 240,
        "organizer": ("no-reply@greenhouse.io", "Figma Recruiting"),
        "attendees": [
            me(),
            att("hannah.l@figma.com", "Hannah Lindqvist"),
            att("diego.f@figma.com", "Diego Ferreira"),
            att("meiling.chow@figma.com", "Mei-Ling Chow"),
            att("arjun.mehta@figma.com", "Arjun Mehta"),
            att("olivia.brandt@figma.com", "Olivia Brandt", role="OPT-PARTICIPANT"),
        ],
        "desc": huge_greenhouse_html(),
        **pos("Figma", "Greenhouse onsite; ~20 kB HTML description", "ats"),
    },
    # ======================= Datadog (GoodTime) =====================================
    {
        "key": "datadog-screen",
        "summary": "Datadog | Alex Rivera | Recruiter Screen",
        "start": "2027-03-04 16:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("scheduling@goodtime.io", "Datadog Recruiting via GoodTime"),
        "attendees": [me(), att("kelly.m@datadoghq.com", "Kelly Martin")],
        "desc": "This interview was scheduled with GoodTime.\nTo reschedule, reply to the "
        "email thread.\n\n" + zoom("dd1"),
        **neg("first-round", "GoodTime-scheduled recruiter screen", "Datadog"),
    },
    {
        "key": "datadog-vo1",
        "summary": "Datadog | Alex Rivera | Virtual Onsite (Part 1 of 2)",
        "start": "2027-03-18 15:00",
        "tz": HOME_TZ,
        "minutes": 120,
        "organizer": ("scheduling@goodtime.io", "Datadog Recruiting via GoodTime"),
        "attendees": [
            me(),
            att("olivier.p@datadoghq.com", "Olivier Pomel"),
            att("k.lee@datadoghq.com", "Kyung Lee"),
        ],
        "desc": "Interviewers:\n• 15:00 Product Sense — Kyung Lee\n• 16:00 Leadership — "
        "Olivier P.\n\nThis interview was scheduled with GoodTime.\n\n" + zoom("dd2"),
        **pos("Datadog", "GoodTime virtual onsite part 1", "ats"),
    },
    {
        "key": "datadog-vo2",
        "summary": "Datadog | Alex Rivera | Virtual Onsite (Part 2 of 2)",
        "start": "2027-03-19 15:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ("scheduling@goodtime.io", "Datadog Recruiting via GoodTime"),
        "attendees": [me(), att("s.gupta@datadoghq.com", "Sanjay Gupta")],
        "desc": "This interview was scheduled with GoodTime.\n\n" + zoom("dd3"),
        **pos("Datadog", "GoodTime virtual onsite part 2", "ats"),
    },
    # ======================= Notion (Lever) =========================================
    {
        "key": "notion-intro",
        "summary": "Notion - Intro with Recruiting",
        "start": "2027-02-08 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("calendar-notification@hire.lever.co", "Notion Recruiting"),
        "attendees": [me(), att("emma.t@makenotion.com", "Emma Tanaka")],
        "desc": "Scheduled via Lever. " + meet("notion1"),
        **neg("first-round", "Lever-sent intro with recruiting", "Notion"),
    },
    {
        "key": "notion-product",
        "summary": "Alex Rivera – Notion – Product interviews",
        "start": "2027-02-25 18:00",
        "tz": HOME_TZ,
        "minutes": 120,
        "organizer": ("calendar-notification@hire.lever.co", "Notion Recruiting"),
        "attendees": [
            me(),
            att("ivan.z@makenotion.com", "Ivan Zhao"),
            att("akshay.k@makenotion.com", "Akshay Kothari"),
        ],
        "desc": "Two 50-minute conversations with the product team.\n\nScheduled via Lever.\n\n"
        + meet("notion2"),
        **pos("Notion", "Lever; later Notion round, title never says second", "linkage"),
    },
    # ======================= Miro (Calendly) ========================================
    {
        "key": "miro-intro",
        "summary": "Intro call: Miro x Alex Rivera",
        "start": "2027-01-13 11:00",
        "tz": "Europe/Amsterdam",
        "minutes": 30,
        "organizer": ("notifications@calendly.com", "Calendly"),
        "attendees": [me(), att("priya.shah@miro.com", "Priya Shah")],
        "desc": "Event Name: Intro call (30 min)\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/7f3c1a\nReschedule: "
        "https://calendly.com/reschedulings/7f3c1a\n\nPowered by Calendly.com",
        "uid_style": "calendly",
        **neg("first-round", "Calendly intro", "Miro"),
    },
    {
        "key": "miro-2nd",
        "summary": "2nd Round Interview between Priya Shah and Alex Rivera",
        "start": "2027-01-28 14:00",
        "tz": "Europe/Amsterdam",
        "minutes": 45,
        "organizer": ("notifications@calendly.com", "Calendly"),
        "attendees": [me(), att("priya.shah@miro.com", "Priya Shah")],
        "desc": "Event Name: 2nd Round Interview — Miro Product Team\n\nLocation: This is a "
        "Zoom web conference.\n" + zoom("miro2") + "\n\nPowered by Calendly.com",
        "uid_style": "calendly",
        **pos("Miro", "Calendly; company only via attendee domain and description", "ats"),
    },
    # ======================= Linear (Ashby) ========================================
    {
        "key": "linear-r2",
        "summary": "Linear — Team interviews (Round 2)",
        "start": "2027-05-04 17:00",
        "tz": HOME_TZ,
        "minutes": 150,
        "organizer": ("no-reply@ashbyhq.com", "Linear Hiring Team"),
        "attendees": [
            me("NEEDS-ACTION"),
            att("karri@linear.app", "Karri Saarinen"),
            att("nan.yu@linear.app", "Nan Yu"),
        ],
        "desc": "<p>Hi Alex,</p><p>Here are the details for your upcoming interviews with "
        "Linear.</p><ul><li>17:00 Product craft — Nan</li><li>18:00 Values — Karri</li></ul>"
        "<p>Sent via Ashby</p>",
        **pos("Linear", "Ashby round 2, NEEDS-ACTION", "ats"),
    },
    # ======================= Siemens (Workday) =======================================
    {
        "key": "siemens-workday",
        "summary": (
            "Interview Invitation: 2nd Interview - R0123456 Product Owner Digital Industries"
        ),
        "start": "2027-05-11 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("siemens@myworkday.com", "Siemens Talent Acquisition"),
        "attendees": [me(), att("katrin.bauer@siemens.com", "Katrin Bauer")],
        "desc": "Dear Alex Rivera,\n\nWe are pleased to invite you to a 2nd interview for the "
        "position R0123456 Product Owner Digital Industries (f/m/d).\n\nThis is an automated "
        "message from Workday. Please do not reply.\n\n" + teams("siemens"),
        "location": "Microsoft Teams",
        **pos("Siemens", "Workday-sent 2nd interview", "ats"),
    },
    # ======================= German ==================================================
    {
        "key": "personio-zweites",
        "summary": "Zweites Vorstellungsgespräch – Personio",
        "start": "2027-03-16 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("zoe.mueller@personio.de", "Zoë Müller"),
        "attendees": [
            me(),
            att("zoe.mueller@personio.de", "Zoë Müller"),
            att("juergen.koessler@personio.de", "Jürgen Kößler"),
        ],
        "location": "Personio, Seidlstraße 3, 80335 München",
        "desc": "Hallo Alex,\n\nvielen Dank für das angenehme erste Gespräch. Wie besprochen "
        "laden wir dich zum zweiten Vorstellungsgespräch vor Ort ein.\n\nViele Grüße\nZoë",
        **pos("Personio", "German 'zweites Vorstellungsgespräch'; non-ASCII CN", "language"),
    },
    {
        "key": "celonis-erst",
        "summary": "Erstgespräch Celonis (Recruiting)",
        "start": "2027-04-26 14:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("m.schaefer@celonis.com", "Maximilian Schäfer"),
        "attendees": [me(), att("m.schaefer@celonis.com", "Maximilian Schäfer")],
        "desc": teams("celonis1"),
        **neg("first-round", "German 'Erstgespräch' = first interview", "Celonis"),
    },
    {
        "key": "celonis-prep",
        "summary": "Prep: Zweitgespräch Celonis",
        "start": "2027-05-11 19:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "uid_style": "apple",
        **neg("prep", "own prep block, no organizer, no attendees"),
    },
    {
        "key": "celonis-train",
        "summary": "ICE 1007 Berlin Hbf → München Hbf",
        "start": "2027-05-11 14:33",
        "tz": HOME_TZ,
        "minutes": 241,
        "organizer": ME_ORG,
        "desc": "Wagen 9, Platz 55. Für das Zweitgespräch bei Celonis morgen.",
        "location": "Berlin Hbf",
        **neg("noise", "train ride; description mentions Zweitgespräch"),
    },
    {
        "key": "celonis-zweit",
        "summary": "Zweitgespräch bei Celonis",
        "start": "2027-05-12 11:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ("m.schaefer@celonis.com", "Maximilian Schäfer"),
        "attendees": [
            me(),
            att("m.schaefer@celonis.com", "Maximilian Schäfer"),
            att("s.oedegaard@celonis.com", "Søren Ødegaard"),
            room("Raum-Isar@celonis.com", "MUC Raum Isar"),
        ],
        "location": "Celonis SE, Theresienstraße 6, 80333 München",
        "desc": "Hallo Alex, anbei die Einladung zum Zweitgespräch mit Søren (Head of Product). "
        "Bitte am Empfang melden.",
        "uid_style": "outlook",
        **pos("Celonis", "German 'Zweitgespräch'", "language"),
    },
    {
        "key": "zalando-2runde",
        "summary": "2. Runde: Product Owner (m/w/d) – Zalando",
        "start": "2027-04-14 13:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("talent.acquisition@zalando.de", "Zalando Talent Acquisition"),
        "attendees": [me(), att("lea.hartmann@zalando.de", "Lea Hartmann")],
        "desc": meet("zalando"),
        **pos("Zalando", "German '2. Runde'", "language"),
    },
    {
        "key": "sap-erst",
        "summary": "Erstgespräch – SAP",
        "start": "2027-01-18 10:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("recruiting.de@sap.com", "SAP Recruiting"),
        "attendees": [me(), att("thomas.weber@sap.com", "Thomas Weber")],
        "desc": teams("sap1"),
        "uid_style": "outlook",
        **neg("first-round", "first interview (German)", "SAP"),
    },
    {
        "key": "sap-zweit-declined",
        "summary": "Zweites Gespräch – SAP Product Manager (w/m/d)",
        "start": "2027-02-05 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("recruiting.de@sap.com", "SAP Recruiting"),
        "attendees": [me("DECLINED"), att("thomas.weber@sap.com", "Thomas Weber")],
        "desc": teams("sap2"),
        "uid_style": "outlook",
        **neg("declined", "second interview Alex declined", "SAP"),
    },
    # ======================= French ==================================================
    {
        "key": "doctolib-second",
        "summary": "Second entretien – Doctolib",
        "start": "2027-03-10 10:30",
        "tz": "Europe/Paris",
        "minutes": 60,
        "organizer": ("camille.durand@doctolib.com", "Camille Durand"),
        "attendees": [me(), att("camille.durand@doctolib.com", "Camille Durand")],
        "desc": "Bonjour Alex,\n\nSuite à notre premier échange, je vous propose un second "
        "entretien avec Hélène, Head of Product.\n\nBien cordialement,\nCamille\n\n"
        + meet("doctolib"),
        **pos("Doctolib", "French 'second entretien'", "language"),
    },
    {
        "key": "blablacar-premier",
        "summary": "Premier entretien – BlaBlaCar",
        "start": "2027-02-17 09:30",
        "tz": "Europe/Paris",
        "minutes": 30,
        "organizer": ("recrutement@blablacar.com", "BlaBlaCar Recrutement"),
        "attendees": [me(), att("l.martin@blablacar.com", "Lucie Martin")],
        "desc": meet("bbc1"),
        **neg("first-round", "French 'premier entretien'", "BlaBlaCar"),
    },
    {
        "key": "blablacar-deuxieme",
        "summary": "Deuxième entretien avec l'équipe Produit | BlaBlaCar",
        "start": "2027-03-05 14:00",
        "tz": "Europe/Paris",
        "minutes": 60,
        "organizer": ("recrutement@blablacar.com", "BlaBlaCar Recrutement"),
        "attendees": [
            me(),
            att("l.martin@blablacar.com", "Lucie Martin"),
            att("f.bonnet@blablacar.com", "François Bonnet"),
        ],
        "desc": meet("bbc2"),
        **pos("BlaBlaCar", "French 'deuxième entretien'", "language"),
    },
    {
        "key": "qonto-phone",
        "summary": "Entretien téléphonique – Qonto",
        "start": "2027-05-18 11:00",
        "tz": "Europe/Paris",
        "minutes": 30,
        "organizer": ("talent@qonto.com", "Qonto Talent"),
        "attendees": [me(), att("a.petit@qonto.com", "Antoine Petit")],
        **neg("first-round", "French phone interview, first contact", "Qonto"),
    },
    # ======================= Spanish =================================================
    {
        "key": "glovo-segunda",
        "summary": "Segunda entrevista – Glovo",
        "start": "2027-04-08 12:00",
        "tz": "Europe/Madrid",
        "minutes": 60,
        "organizer": ("jose.nunez@glovoapp.com", "José Núñez"),
        "attendees": [
            me(),
            att("jose.nunez@glovoapp.com", "José Núñez"),
            att("maria.garcia@glovoapp.com", "María García-Peña"),
        ],
        "desc": "¡Hola Alex! Te confirmo la segunda entrevista con María (Product Director).\n\n"
        + meet("glovo"),
        **pos("Glovo", "Spanish 'segunda entrevista'; domain glovoapp.com", "language"),
    },
    {
        "key": "cabify-primera",
        "summary": "Primera entrevista · Cabify",
        "start": "2027-05-06 10:00",
        "tz": "Europe/Madrid",
        "minutes": 30,
        "organizer": ("talento@cabify.com", "Cabify Talento"),
        "attendees": [me(), att("pablo.r@cabify.com", "Pablo Ruiz")],
        "desc": meet("cabify1"),
        **neg("first-round", "Spanish 'primera entrevista'", "Cabify"),
    },
    {
        "key": "cabify-equipo",
        "summary": "Entrevista con el equipo de producto – Cabify",
        "start": "2027-05-20 16:00",
        "tz": "Europe/Madrid",
        "minutes": 60,
        "organizer": ("talento@cabify.com", "Cabify Talento"),
        "attendees": [
            me(),
            att("pablo.r@cabify.com", "Pablo Ruiz"),
            att("ines.dominguez@cabify.com", "Inés Domínguez"),
        ],
        "desc": meet("cabify2"),
        **pos("Cabify", "Spanish team interview after 'primera entrevista'", "linkage"),
    },
    # ======================= Italian / Dutch ========================================
    {
        "key": "satispay-secondo",
        "summary": "Secondo colloquio - Satispay",
        "start": "2027-04-15 15:00",
        "tz": "Europe/Rome",
        "minutes": 60,
        "organizer": ("giulia.rossi@satispay.com", "Giulia Rossi"),
        "attendees": [me(), att("giulia.rossi@satispay.com", "Giulia Rossi")],
        "desc": "Ciao Alex, ti confermo il secondo colloquio con il team Product.\n\n"
        + meet("satispay"),
        **pos("Satispay", "Italian 'secondo colloquio'", "language"),
    },
    {
        "key": "mollie-tweede",
        "summary": "Tweede gesprek Mollie",
        "start": "2027-04-27 10:00",
        "tz": "Europe/Amsterdam",
        "minutes": 60,
        "organizer": ("sanne.devries@mollie.com", "Sanne de Vries"),
        "attendees": [
            me(),
            att("sanne.devries@mollie.com", "Sanne de Vries"),
            att("lukasz.wojcik@mollie.com", "Łukasz Wójcik"),
        ],
        "location": "Mollie HQ, Keizersgracht 126, Amsterdam",
        "desc": "Hoi Alex, hierbij de uitnodiging voor het tweede gesprek. Tot dan!",
        **pos("Mollie", "Dutch 'tweede gesprek'", "language"),
    },
    # ======================= UK / EU misc explicit ===================================
    {
        "key": "monzo-trip",
        "summary": "London trip – Monzo final",
        "all_day": "2027-05-24",
        "days": 2,
        "organizer": ME_ORG,
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("all-day", "two-day all-day trip block"),
    },
    {
        "key": "monzo-final",
        "summary": "Final Interview w/ CEO – Monzo",
        "start": "2027-05-25 15:00",
        "tz": "Europe/London",
        "minutes": 45,
        "organizer": ("talent@monzo.com", "Monzo Talent"),
        "attendees": [me(), att("tom.b@monzo.com", "TS Anil")],
        "location": "Monzo, Broadwalk House, 5 Appold St, London EC2A 2AG",
        **pos("Monzo", "final interview"),
    },
    {
        "key": "wise-first",
        "summary": "Wise: first chat with Talent",
        "start": "2027-04-19 11:00",
        "tz": "Europe/London",
        "minutes": 30,
        "organizer": ("talent@wise.com", "Wise Talent"),
        "attendees": [me(), att("harriet.c@wise.com", "Harriet Clarke")],
        "desc": meet("wise1"),
        **neg("first-round", "first chat", "Wise"),
    },
    {
        "key": "wise-r2",
        "summary": "Round 2 — Technical deep dive (Wise)",
        "start": "2027-05-03 14:00",
        "tz": "Europe/London",
        "minutes": 60,
        "organizer": ("talent@wise.com", "Wise Talent"),
        "attendees": [me(), att("k.kaarmann@wise.com", "Kristo Käärmann")],
        "desc": meet("wise2"),
        **pos("Wise", "'Round 2' with company in parentheses"),
    },
    {
        "key": "revolut-onsite",
        "summary": "Onsite: Revolut — product sense + execution",
        "start": "2027-05-26 10:00",
        "tz": "Europe/London",
        "minutes": 180,
        "organizer": ("recruitment@revolut.com", "Revolut Recruitment"),
        "attendees": [me(), att("n.storonsky@revolut.com", "Nik S."), att("vlad@revolut.com")],
        "location": "Revolut, 7 Westferry Circus, Canary Wharf, London",
        **pos("Revolut", "onsite (later stage) interview"),
    },
    {
        "key": "adyen-final",
        "summary": "Final round (half-day) @ Adyen HQ",
        "start": "2027-06-02 09:00",
        "tz": "Europe/Amsterdam",
        "minutes": 240,
        "organizer": ("careers@adyen.com", "Adyen Careers"),
        "attendees": [me(), att("pieter.vd@adyen.com", "Pieter van der Does")],
        "location": "Adyen, Simon Carmiggeltstraat 6-50, 1011 DJ Amsterdam",
        "desc": "Please bring your passport for check-in.",
        **pos("Adyen", "final round with '@' separator"),
    },
    # ======================= Canva ===================================================
    {
        "key": "canva-intro",
        "summary": "Canva intro call",
        "start": "2027-03-23 07:00",
        "tz": "Australia/Sydney",
        "minutes": 30,
        "organizer": ("talent@canva.com", "Canva Talent"),
        "attendees": [me(), att("mel.p@canva.com", "Melanie Perkins")],
        "desc": zoom("canva1"),
        **neg("first-round", "intro call (evening in Berlin)", "Canva"),
    },
    {
        "key": "canva-takehome",
        "summary": "Take-home review with the team – Canva",
        "start": "2027-04-12 17:30",
        "tz": "Australia/Sydney",
        "minutes": 60,
        "organizer": ("talent@canva.com", "Canva Talent"),
        "attendees": [me(), att("cameron.a@canva.com", "Cameron Adams")],
        "desc": zoom("canva2"),
        **pos("Canva", "take-home review round after intro"),
    },
    # ======================= Shopify =================================================
    {
        "key": "shopify-screen",
        "summary": "Shopify – Recruiter screen",
        "start": "2027-04-21 10:00",
        "tz": "America/Toronto",
        "minutes": 30,
        "organizer": ("recruiting@shopify.com", "Shopify Recruiting"),
        "attendees": [me(), att("jess.l@shopify.com", "Jess Leblanc")],
        "desc": meet("shop1"),
        **neg("first-round", "recruiter screen", "Shopify"),
    },
    {
        "key": "shopify-loop1",
        "summary": "Interview loop (day 1) — Shopify",
        "start": "2027-05-12 09:00",
        "tz": "America/Toronto",
        "minutes": 150,
        "organizer": ("recruiting@shopify.com", "Shopify Recruiting"),
        "attendees": [me(), att("tobi@shopify.com", "Tobi L."), att("jess.l@shopify.com")],
        "desc": meet("shop2"),
        **pos("Shopify", "interview loop day 1 after recruiter screen"),
    },
    {
        "key": "shopify-loop2",
        "summary": "Interview loop (day 2) — Shopify",
        "start": "2027-05-13 09:00",
        "tz": "America/Toronto",
        "minutes": 120,
        "organizer": ("recruiting@shopify.com", "Shopify Recruiting"),
        "attendees": [me(), att("harley.f@shopify.com", "Harley Finkelstein")],
        "desc": meet("shop3"),
        **pos("Shopify", "interview loop day 2"),
    },
    # ======================= Spotify / Klarna / N26 / Booking ========================
    {
        "key": "spotify-intro",
        "summary": "Spotify – intro chat with TA",
        "start": "2027-05-05 13:00",
        "tz": "Europe/Stockholm",
        "minutes": 30,
        "organizer": ("ta@spotify.com", "Spotify Talent Acquisition"),
        "attendees": [me(), att("elin.s@spotify.com", "Elin Söderström")],
        "desc": meet("spot1"),
        **neg("first-round", "intro chat", "Spotify"),
    },
    {
        "key": "spotify-final",
        "summary": "FINAL INTERVIEW - SPOTIFY",
        "start": "2027-06-01 13:00",
        "tz": "Europe/Stockholm",
        "minutes": 60,
        "organizer": ("ta@spotify.com", "Spotify Talent Acquisition"),
        "attendees": [me(), att("gustav.s@spotify.com", "Gustav Söderström")],
        "desc": meet("spot2"),
        **pos("Spotify", "all-caps title"),
    },
    {
        "key": "klarna-2nd",
        "summary": "2nd interview klarna",
        "start": "2027-06-08 10:00",
        "tz": "Europe/Stockholm",
        "minutes": 45,
        "organizer": ("karin.l@klarna.com", None),
        "attendees": [me(), att("karin.l@klarna.com")],
        "desc": "hi alex, sending the invite as promised. see you tuesday! /karin",
        **pos("Klarna", "lowercase title, organizer without CN"),
    },
    {
        "key": "n26-r3",
        "summary": "🎉 Round 3 with N26!",
        "start": "2027-06-09 16:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_ORG,
        "attendees": [me(), att("lena.fischer@n26.com", "Lena Fischer")],
        "desc": "Lena asked me to send the invite. Valentin (VP Product) joins too.\n\n"
        + meet("n26"),
        **pos("N26", "emoji title; Alex is organizer of their own candidate interview", "tricky"),
    },
    {
        "key": "booking-2nd",
        "summary": "🚀 Second round: Alex Rivera x Booking.com",
        "start": "2027-06-10 14:00",
        "tz": "Europe/Amsterdam",
        "minutes": 60,
        "organizer": ("notifications@calendly.com", "Calendly"),
        "attendees": [me(), att("r.janssen@booking.com", "Roel Janssen")],
        "desc": "Event Name: 🚀 Second round\n\n" + zoom("booking") + "\n\nPowered by Calendly.com",
        "uid_style": "calendly",
        **pos("Booking.com", "emoji + Calendly; company with a dot", "ats"),
    },
    # ======================= Wix (RTL) ===============================================
    {
        "key": "wix-hebrew",
        "summary": "ראיון שני – Wix",
        "start": "2027-06-15 15:00",
        "tz": "Asia/Jerusalem",
        "minutes": 60,
        "organizer": ("noa.cohen@wix.com", "נועה כהן"),
        "attendees": [
            me(),
            att("noa.cohen@wix.com", "נועה כהן"),
            att("avishai@wix.com", "Avishai A."),
        ],
        "desc": "היי Alex, מצורפת הזמנה לראיון השני (Second interview, Product Manager).\n\n"
        + zoom("wix"),
        **pos("Wix", "Hebrew (RTL) title 'second interview'; Hebrew CN", "language"),
    },
    # ======================= Atlassian (no SUMMARY) ================================
    {
        "key": "atlassian-nosummary",
        "start": "2027-06-16 09:00",
        "tz": "UTC",
        "minutes": 60,
        "organizer": ("j.nguyen@atlassian.com", "Jenny Nguyen"),
        "attendees": [me(), att("j.nguyen@atlassian.com", "Jenny Nguyen")],
        "desc": "Hi Alex, here's the invite for your second interview for Senior Product "
        "Manager, Jira. You'll meet Scott and me.\n\n" + zoom("atlassian"),
        **pos(
            "Atlassian",
            "SUMMARY property missing; only description says second interview",
            "tricky",
        ),
    },
    # ======================= Linkage: Stripe ========================================
    {
        "key": "stripe-screen",
        "summary": "Phone screen with Stripe recruiter",
        "start": "2027-01-06 17:00",
        "tz": "Europe/Dublin",
        "minutes": 30,
        "organizer": ("aoife@stripe.com", "Aoife Byrne"),
        "attendees": [me(), att("aoife@stripe.com", "Aoife Byrne")],
        "desc": "Aoife will call you.",
        **neg("first-round", "phone screen", "Stripe"),
    },
    {
        "key": "stripe-research",
        "summary": "Research Stripe before interview",
        "start": "2027-01-21 08:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "uid_style": "apple",
        **neg("prep", "own research block, no attendees"),
    },
    {
        "key": "stripe-pm",
        "summary": "Interview: Stripe – Product Manager, Payments",
        "start": "2027-01-22 16:00",
        "tz": "Europe/Dublin",
        "minutes": 60,
        "organizer": ("aoife@stripe.com", "Aoife Byrne"),
        "attendees": [me(), att("cian.oshea@stripe.com", "Cian O'Shea"), att("aoife@stripe.com")],
        "desc": "Product interview with Cian (Payments).\n\n" + meet("stripe2"),
        **pos("Stripe", "second Stripe event after phone screen", "linkage"),
    },
    # ======================= Linkage: Contoso ========================================
    {
        "key": "contoso-intro",
        "summary": "Intro call – Contoso",
        "start": "2027-02-12 15:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("talent@contoso.com", "Contoso Talent"),
        "attendees": [me(), att("r.patel@contoso.com", "Rhea Patel")],
        "desc": teams("contoso1"),
        "uid_style": "outlook",
        **neg("first-round", "intro call", "Contoso"),
    },
    {
        "key": "contoso-jane",
        "summary": "Chat with Jane (Engineering) – Contoso",
        "start": "2027-03-01 16:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("talent@contoso.com", "Contoso Talent"),
        "attendees": [me(), att("jane.smith@contoso.com", "Jane Smith")],
        "desc": teams("contoso2"),
        "uid_style": "outlook",
        **pos("Contoso", "'chat' after intro call; no 'second'", "linkage"),
    },
    {
        "key": "contoso-designer",
        "summary": "Interview: Contoso – Product Designer",
        "start": "2027-03-12 15:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("talent@contoso.com", "Contoso Talent"),
        "attendees": [
            me(),
            att("b.osei@contoso.com", "Bernard Osei"),
            room("Conf-Berlin-Spree@contoso.com", "Conf Room Berlin Spree"),
        ],
        "desc": teams("contoso3"),
        "uid_style": "outlook",
        "extra": {"X-MICROSOFT-CDO-BUSYSTATUS": "BUSY", "X-MICROSOFT-CDO-IMPORTANCE": "1"},
        **pos("Contoso", "third Contoso conversation", "linkage"),
    },
    # ======================= Linkage: Fabrikam (domain only) =========================
    {
        "key": "fabrikam-recruiter",
        "summary": "Recruiter call",
        "start": "2027-03-15 16:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("talent@fabrikam.com", None),
        "attendees": [me(), att("talent@fabrikam.com")],
        **neg("first-round", "recruiter call; employer only via domain", "Fabrikam"),
    },
    {
        "key": "fabrikam-productsense",
        "summary": "Product sense interview",
        "start": "2027-03-25 16:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("talent@fabrikam.com", None),
        "attendees": [me(), att("o.lindgren@fabrikam.com", "Oskar Lindgren")],
        "desc": meet("fabrikam"),
        **pos("Fabrikam", "domain-only linkage to earlier recruiter call", "linkage"),
    },
    # ======================= Linkage: Tailspin Toys ==================================
    {
        "key": "tailspin-first",
        "summary": "First interview – Tailspin Toys",
        "start": "2027-01-25 16:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("hr@tailspintoys.com", "Tailspin HR"),
        "attendees": [me(), att("hr@tailspintoys.com", "Tailspin HR")],
        "desc": zoom("tailspin1"),
        **neg("first-round", "first interview", "Tailspin Toys"),
    },
    {
        "key": "tailspin-maria",
        "summary": "Conversation with María López, VP Product",
        "start": "2027-02-05 17:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("maria.lopez@tailspintoys.com", "María López"),
        "attendees": [me(), att("maria.lopez@tailspintoys.com", "María López")],
        "desc": zoom("tailspin2"),
        **pos("Tailspin Toys", "title has no company; organizer domain links", "linkage"),
    },
    # ======================= Linkage: Wingtip Toys ===================================
    {
        "key": "wingtip-screen",
        "summary": "Wingtip Toys recruiter screen",
        "start": "2027-04-01 17:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("jobs@wingtiptoys.com", "Wingtip Toys Jobs"),
        "attendees": [me(), att("jobs@wingtiptoys.com")],
        **neg("first-round", "recruiter screen", "Wingtip Toys"),
    },
    {
        "key": "wingtip-design",
        "summary": "Alex / Rohan – design exercise walkthrough",
        "start": "2027-04-16 16:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("rohan.iyer@wingtiptoys.com", "Rohan Iyer"),
        "attendees": [me(), att("rohan.iyer@wingtiptoys.com", "Rohan Iyer")],
        "desc": "Walk me through your exercise. 20 min presentation, 40 min discussion.\n\n"
        + meet("wingtip"),
        **pos("Wingtip Toys", "'Alex / Rohan' title; domain links to screen", "linkage"),
    },
    # ======================= Linkage: Ramp (Alex organizes) ==========================
    {
        "key": "ramp-intro",
        "summary": "Ramp intro",
        "start": "2027-05-10 11:00",
        "tz": "America/New_York",
        "minutes": 30,
        "organizer": ("recruiting@ramp.com", "Ramp Recruiting"),
        "attendees": [me(), att("omar.h@ramp.com", "Omar Haddad", role="OPT-PARTICIPANT")],
        "desc": "Hi Alex — 30 min intro. Omar (hiring manager) may drop in.\n\n" + zoom("ramp1"),
        **neg("first-round", "intro", "Ramp"),
    },
    {
        "key": "ramp-omar",
        "summary": "Call w/ Omar (Ramp) – hiring manager conversation",
        "start": "2027-05-24 11:00",
        "tz": "America/New_York",
        "minutes": 45,
        "organizer": ME_ORG,
        "attendees": [me(), att("omar.h@ramp.com", "Omar Haddad")],
        "desc": "Omar asked me to send over an invite for our hiring manager conversation.\n\n"
        + meet("ramp2"),
        **pos("Ramp", "Alex organizes, but candidate side; after Ramp intro", "linkage"),
    },
    # ======================= First rounds without follow-up ===========================
    {
        "key": "lyft-screen",
        "summary": "Phone screen – Lyft",
        "start": "2027-02-23 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("recruiting@lyft.com", "Lyft Recruiting"),
        "attendees": [me(), att("recruiting@lyft.com")],
        **neg("first-round", "phone screen, no later round", "Lyft"),
    },
    {
        "key": "asana-first",
        "summary": "Interview with Asana",
        "start": "2027-06-03 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("kate.r@asana.com", "Kate Reyes"),
        "attendees": [me(), att("kate.r@asana.com", "Kate Reyes")],
        "desc": "Looking forward to our initial conversation about the PM, Workflows role!\n\n"
        + zoom("asana"),
        **neg("first-round", "generic 'Interview with X' but the first contact", "Asana"),
    },
    {
        "key": "gitlab-first",
        "summary": "GitLab | Screening call | Alex Rivera",
        "start": "2027-06-21 16:00",
        "tz": "UTC",
        "minutes": 30,
        "organizer": ("scheduling@goodtime.io", "GitLab Talent via GoodTime"),
        "attendees": [me("NEEDS-ACTION"), att("recruiter-emea@gitlab.com", "Ana Costa")],
        "desc": "This interview was scheduled with GoodTime.\n\n" + zoom("gitlab"),
        **neg("first-round", "ATS-sent screening call (first)", "GitLab"),
    },
    # ======================= Northwind: Alex is the interviewer ======================
    {
        "key": "nw-samlee-2nd",
        "summary": "Interview: candidate Sam Lee – 2nd round",
        "start": "2027-01-15 14:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_WORK_ORG,
        "attendees": [
            me_work(),
            att("sam.lee.dev@gmail.com", "Sam Lee"),
            att("kim.park@northwind.example", "Kim Park"),
        ],
        "desc": "Second-round technical interview. Scorecard in Greenhouse.\n\n" + meet("nw-sam"),
        **neg("interviewer", "Alex interviews a Northwind candidate"),
    },
    {
        "key": "nw-debrief",
        "summary": "Debrief: backend candidate",
        "start": "2027-01-15 16:30",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("recruiting@northwind.example", "Northwind Recruiting"),
        "attendees": [me_work(), att("kim.park@northwind.example", "Kim Park")],
        "desc": meet("nw-debrief"),
        **neg("interviewer", "hiring debrief at Northwind"),
    },
    {
        "key": "nw-scorecard",
        "summary": "Scorecard review",
        "start": "2027-02-19 11:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("recruiting@northwind.example", "Northwind Recruiting"),
        "attendees": [me_work(), group("hiring-backend@northwind.example", "Backend hiring panel")],
        **neg("interviewer", "internal scorecard review"),
    },
    {
        "key": "nw-priya-2nd",
        "summary": "Second interview: Priya N. (Backend Eng) — Northwind",
        "start": "2027-02-26 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("recruiting@northwind.example", "Northwind Recruiting"),
        "attendees": [
            me_work("NEEDS-ACTION"),
            att("priya.n.dev@outlook.com", "Priya Natarajan"),
            att("kim.park@northwind.example", "Kim Park"),
            room("northwind.example_2d3133@resource.calendar.google.com", "BER-2-Kreuzberg (6)"),
        ],
        "desc": "Interviewers: Alex (product collaboration), Kim (system design).\n"
        "Candidate packet: https://northwind.example/hiring/packet/4412",
        **neg("interviewer", "looks like a follow-up, but Alex interviews the candidate"),
    },
    {
        "key": "nw-greenhouse-kit",
        "summary": (
            "Interview with Jordan Kim – Onsite – Senior Backend Engineer (Northwind Traders)"
        ),
        "start": "2027-03-17 13:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("no-reply@greenhouse.io", "Northwind Traders Recruiting"),
        "attendees": [me_work(), att("kim.park@northwind.example", "Kim Park")],
        "desc": "You are scheduled to interview Jordan Kim.\n\nInterview: Product Collaboration "
        "(45 min)\nInterview kit: https://app.greenhouse.io/interview_kits/881273\n"
        "Please submit your scorecard within 24 hours.",
        **neg("interviewer", "Greenhouse interviewer kit for Northwind; Alex is interviewer"),
    },
    {
        "key": "nw-candidate-panel",
        "summary": "Candidate panel – Data Analyst (final round)",
        "start": "2027-04-09 13:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ME_WORK_ORG,
        "attendees": [
            me_work(),
            att("kim.park@northwind.example", "Kim Park"),
            att("taylor.b@northwind.example", "Taylor Brooks"),
            att("dana.k.analytics@gmail.com", "Dana Kowalski"),
        ],
        "desc": meet("nw-panel"),
        **neg("interviewer", "Alex organizes final-round panel for a Northwind candidate"),
    },
    {
        "key": "nw-goodtime-final",
        "summary": "Final round – candidate Mei Chen (PM)",
        "start": "2027-05-07 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("scheduling@goodtime.io", "Northwind Traders via GoodTime"),
        "attendees": [
            me_work(),
            att("taylor.b@northwind.example", "Taylor Brooks"),
            att("mei.chen.pm@gmail.com", "Mei Chen"),
        ],
        "desc": "Interviewer schedule generated by GoodTime. Your focus area: product strategy.",
        **neg("interviewer", "ATS-scheduled but Alex is on the hiring panel"),
    },
    {
        "key": "nw-zweit-kandidatin",
        "summary": "Zweitgespräch Kandidatin Emma Schulz (Werkstudentin)",
        "start": "2027-06-04 11:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("personal@northwind.example", "Northwind Personal"),
        "attendees": [me_work(), att("emma.schulz@uni-potsdam.de", "Emma Schulz")],
        "desc": "Bitte Bewertungsbogen bis Freitag ausfüllen.",
        **neg("interviewer", "German 'Zweitgespräch' but Alex interviews a candidate"),
    },
    {
        "key": "nw-hm-sync",
        "summary": "Hiring manager sync – backend role",
        "start": "2027-03-08 15:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), att("taylor.b@northwind.example", "Taylor Brooks")],
        **neg("interviewer", "internal hiring sync at Northwind"),
    },
    # ======================= Prep blocks =============================================
    {
        "key": "prep-mock",
        "summary": "Mock interview practice",
        "start": "2027-02-14 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_ORG,
        "uid_style": "apple",
        **neg("prep", "own prep, no attendees"),
    },
    {
        "key": "prep-final-answers",
        "summary": "Practice final round answers",
        "start": "2027-02-21 17:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "desc": "Why Figma? Biggest failure? Product I love and why.",
        "uid_style": "apple",
        **neg("prep", "own prep, no attendees"),
    },
    {
        "key": "prep-mock-chris",
        "summary": "Mock interview w/ Chris (final round practice)",
        "start": "2027-05-22 11:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_ORG,
        "attendees": [me(), att("chris.okafor@gmail.com", "Chris Okafor")],
        "desc": meet("mock-chris"),
        **neg("prep", "mock interview with a friend — has an attendee, still practice"),
    },
    {
        "key": "prep-emoji",
        "summary": "Interview prep ✍️ (Shopify loop)",
        "start": "2027-05-11 07:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_ORG,
        **neg("prep", "own prep block"),
    },
    # ======================= Other kinds of interview ================================
    {
        "key": "podcast",
        "summary": "Podcast interview – The Product Show",
        "start": "2027-02-04 19:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("hello@theproductshow.fm", "The Product Show"),
        "attendees": [me(), att("hello@theproductshow.fm", "Lisa Marsh")],
        "desc": "Recording via Riverside: https://riverside.fm/studio/the-product-show",
        **neg("other-interview", "podcast interview (Alex is the guest)"),
    },
    {
        "key": "press",
        "summary": "Press interview with TechCrunch re: Northwind launch",
        "start": "2027-03-24 18:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("comms@northwind.example", "Northwind Comms"),
        "attendees": [me_work(), att("reporter@techcrunch.com", "Devin Coldewey")],
        **neg("other-interview", "media interview"),
    },
    {
        "key": "exit",
        "summary": "Exit interview",
        "start": "2027-06-30 15:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("personal@northwind.example", "Northwind Personal"),
        "attendees": [me_work(), att("personal@northwind.example")],
        "desc": "Standard exit interview ahead of your last day.",
        **neg("other-interview", "exit interview at current employer"),
    },
    {
        "key": "user-int-2",
        "summary": "User interview #2 – onboarding research",
        "start": "2027-03-02 10:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ME_WORK_ORG,
        "attendees": [me_work(), att("participant-0412@respondent.io", "Research participant")],
        "desc": "Script: https://northwind.example/research/onboarding-v2\nIncentive: 50 EUR",
        **neg("other-interview", "UX research user interview #2 Alex runs"),
    },
    {
        "key": "user-int-second",
        "summary": "Second user interview session – checkout",
        "start": "2027-04-28 14:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("research@northwind.example", "Northwind UX Research"),
        "attendees": [me_work(), att("ux.lead@northwind.example", "Noor Aziz")],
        **neg("other-interview", "UX research, 'second' session"),
    },
    {
        "key": "visa",
        "summary": "Visa interview – US Consulate Frankfurt",
        "start": "2027-03-31 08:15",
        "tz": HOME_TZ,
        "minutes": 60,
        "location": "Gießener Str. 30, 60435 Frankfurt am Main",
        "desc": "Bring DS-160 confirmation, passport, photo.",
        **neg("other-interview", "visa interview"),
    },
    {
        "key": "grandma",
        "summary": "Interview Oma for family history project",
        "start": "2027-04-18 15:00",
        "tz": HOME_TZ,
        "minutes": 120,
        **neg("other-interview", "personal family interview"),
    },
    # ======================= Everyday trigger words ==================================
    {
        "key": "q2-review",
        "summary": "Q2 review – second quarter planning",
        "start": "2027-03-29 10:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), group("product@northwind.example", "Product team")],
        **neg("trigger-word", "'second' in planning"),
    },
    {
        "key": "2nd-shift",
        "summary": "2nd shift handover",
        "start": "2027-01-29 14:00",
        "tz": HOME_TZ,
        "minutes": 15,
        "organizer": ("ops@northwind.example", "Northwind Ops"),
        "attendees": [me_work(), group("support-oncall@northwind.example", "Support on-call")],
        **neg("trigger-word", "'2nd' shift"),
    },
    {
        "key": "golf",
        "summary": "Final round of golf ⛳ w/ Dad",
        "start": "2027-06-27 09:00",
        "tz": HOME_TZ,
        "minutes": 240,
        "location": "Golfclub Wannsee",
        **neg("trigger-word", "'final round' of golf"),
    },
    {
        "key": "hvac",
        "summary": "Onsite maintenance – HVAC",
        "start": "2027-02-02 08:00",
        "tz": HOME_TZ,
        "minutes": 180,
        "organizer": ("facilities@northwind.example", "Facilities"),
        "attendees": [me_work("DECLINED"), group("all-berlin@northwind.example", "All Berlin")],
        **neg("trigger-word", "'onsite' maintenance"),
    },
    {
        "key": "second-opinion",
        "summary": "Second opinion – Dr. Patel",
        "start": "2027-03-18 08:30",
        "tz": HOME_TZ,
        "minutes": 45,
        "location": "Praxis Dr. Patel, Kantstraße 12, Berlin",
        **neg("trigger-word", "medical second opinion"),
    },
    {
        "key": "followup-doc",
        "summary": "Follow-up with Dr. Nguyen",
        "start": "2027-04-29 09:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "location": "Charité Ambulanz",
        **neg("trigger-word", "medical follow-up"),
    },
    {
        "key": "offsite-planning",
        "summary": "Team onsite offsite planning",
        "start": "2027-05-19 11:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), att("kim.park@northwind.example", "Kim Park")],
        **neg("trigger-word", "team offsite planning"),
    },
    {
        "key": "meetup-panel",
        "summary": "Panel discussion at meetup: AI in product teams",
        "start": "2027-04-21 19:00",
        "tz": HOME_TZ,
        "minutes": 120,
        "location": "Factory Berlin Görlitzer Park",
        "organizer": ("info@meetup.com", "Berlin Product People"),
        "attendees": [me(), att("info@meetup.com")],
        **neg("trigger-word", "meetup panel discussion"),
    },
    {
        "key": "final-exam",
        "summary": "Final exam – Spanish B2",
        "start": "2027-06-19 10:00",
        "tz": HOME_TZ,
        "minutes": 180,
        "location": "Instituto Cervantes Berlin",
        **neg("trigger-word", "language course exam"),
    },
    {
        "key": "meet-the-team-lunch",
        "summary": "Meet the team: welcome lunch for new Northwind hires",
        "start": "2027-04-01 12:30",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("people@northwind.example", "Northwind People"),
        "attendees": [me_work(), group("berlin-office@northwind.example", "Berlin office")],
        **neg("trigger-word", "'meet the team' internal welcome lunch"),
    },
    {
        "key": "tax-round2",
        "summary": "Round 2 – tax documents w/ Steuerberater",
        "start": "2027-05-14 09:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("kanzlei@steuer-berger.de", "Kanzlei Berger"),
        "attendees": [me(), att("kanzlei@steuer-berger.de")],
        **neg("trigger-word", "'Round 2' with the tax advisor"),
    },
    {
        "key": "second-date",
        "summary": "Second date w/ Robin 🍷",
        "start": "2027-02-13 19:30",
        "tz": HOME_TZ,
        "minutes": 150,
        "location": "Weinbar Rutz",
        **neg("trigger-word", "'second' date"),
    },
    {
        "key": "vendor-followup",
        "summary": "Follow-up: vendor contract renewal",
        "start": "2027-01-20 11:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("procurement@northwind.example", "Procurement"),
        "attendees": [me_work(), att("sales@acme-saas.example", "Acme SaaS Sales")],
        **neg("trigger-word", "work follow-up meeting"),
    },
    {
        "key": "zweiter-zahnarzt",
        "summary": "Zweiter Termin Zahnarzt",
        "start": "2027-02-09 08:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "location": "Zahnarztpraxis Hoffmann",
        **neg("trigger-word", "German 'second appointment' at the dentist"),
    },
    {
        "key": "final-walkthrough",
        "summary": "Final walkthrough – apartment handover",
        "start": "2027-06-29 17:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("verwaltung@hausverwaltung-mitte.de", "Hausverwaltung Mitte"),
        "attendees": [me()],
        **neg("trigger-word", "'final' walkthrough"),
    },
    {
        "key": "screening-doctor",
        "summary": "Screening appointment (skin check)",
        "start": "2027-05-27 08:30",
        "tz": HOME_TZ,
        "minutes": 30,
        **neg("trigger-word", "medical 'screening'"),
    },
    # ======================= Recurring ===============================================
    {
        "key": "one-on-one-morgan",
        "summary": "1:1 Alex / Morgan",
        "start": "2027-01-05 10:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "organizer": ("morgan.lee@northwind.example", "Morgan Lee"),
        "attendees": [me_work(), att("morgan.lee@northwind.example", "Morgan Lee")],
        "rrule": {"FREQ": "WEEKLY", "BYDAY": "TU", "COUNT": 26},
        "desc": meet("1on1"),
        **neg("recurring", "weekly 1:1 at work"),
    },
    {
        "key": "one-on-one-mentor",
        "summary": "Monthly mentoring – career chat with Ines",
        "start": "2027-01-07 19:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("ines.mentor@gmail.com", "Ines Alvarez"),
        "attendees": [me(), att("ines.mentor@gmail.com", "Ines Alvarez")],
        "rrule": {"FREQ": "MONTHLY", "BYDAY": "1TH", "COUNT": 6},
        **neg("recurring", "recurring mentoring call about the job search"),
    },
    {
        "key": "standup",
        "summary": "Daily standup",
        "start": "2027-01-04 09:30",
        "tz": HOME_TZ,
        "minutes": 15,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), group("product-eng@northwind.example", "Product & Eng")],
        "rrule": {"FREQ": "WEEKLY", "BYDAY": ["MO", "WE", "FR"], "COUNT": 75},
        "desc": meet("standup"),
        **neg("recurring", "part-time standup"),
    },
    {
        "key": "gym",
        "summary": "Gym",
        "start": "2027-01-04 07:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "rrule": {"FREQ": "WEEKLY", "BYDAY": ["MO", "TH"], "COUNT": 50},
        "location": "Urban Sports – McFit Friedrichshain",
        **neg("recurring", "gym"),
    },
    {
        "key": "school-pickup",
        "summary": "School pickup (Leo)",
        "start": "2027-01-06 15:30",
        "tz": HOME_TZ,
        "minutes": 30,
        "rrule": {
            "FREQ": "WEEKLY",
            "BYDAY": "WE",
            "UNTIL": datetime(2027, 6, 30, tzinfo=UTC),
        },
        **neg("recurring", "school pickup"),
    },
    {
        "key": "spanish-class",
        "summary": "Spanish class",
        "start": "2027-01-11 18:30",
        "tz": HOME_TZ,
        "minutes": 90,
        "rrule": {"FREQ": "WEEKLY", "BYDAY": "MO", "COUNT": 22},
        "location": "Instituto Cervantes Berlin",
        **neg("recurring", "language class"),
    },
    {
        "key": "mom-bday",
        "summary": "Mom's birthday 🎂",
        "all_day": "2027-03-14",
        "rrule": {"FREQ": "YEARLY"},
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("recurring", "yearly birthday, all-day"),
    },
    # ======================= Noise ===================================================
    {
        "key": "sprint-planning",
        "summary": "Sprint planning",
        "start": "2027-01-11 11:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), group("product-eng@northwind.example", "Product & Eng")],
        "rrule": {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": "MO", "COUNT": 12},
        **neg("noise", "work sprint planning"),
    },
    {
        "key": "lunch-jamie",
        "summary": "Lunch with Jamie",
        "start": "2027-01-13 12:30",
        "tz": HOME_TZ,
        "minutes": 60,
        "location": "Mariscos, Torstraße 96",
        **neg("noise", "lunch"),
    },
    {
        "key": "dentist",
        "summary": "Zahnarzt – Kontrolle",
        "start": "2027-01-26 08:00",
        "tz": HOME_TZ,
        "minutes": 30,
        "location": "Zahnarztpraxis Hoffmann",
        **neg("noise", "dentist"),
    },
    {
        "key": "flight-fra-jfk",
        "summary": "Flight: UA 963 BER → EWR",
        "start": "2027-02-15 10:35",
        "tz": HOME_TZ,
        "minutes": 555,
        "organizer": ("plans@tripit.com", "TripIt"),
        "location": "BER Berlin Brandenburg",
        "desc": "United Airlines 963\nConfirmation: K7PQ2X\nSeat 24C\n\nView and/or edit "
        "details in TripIt: https://www.tripit.com/trip/show/id/338281992",
        "uid_style": "tripit",
        **neg("noise", "flight (on the Acme travel day)"),
    },
    {
        "key": "flight-ewr-ber",
        "summary": "Flight: UA 962 EWR → BER",
        "start": "2027-02-16 18:10",
        "tz": "America/New_York",
        "minutes": 490,
        "organizer": ("plans@tripit.com", "TripIt"),
        "uid_style": "tripit",
        **neg("noise", "return flight"),
    },
    {
        "key": "flight-lhr",
        "summary": "✈️ BA 985 BER→LHR",
        "start": "2027-05-24 07:10",
        "tz": HOME_TZ,
        "minutes": 115,
        "desc": "Booking ref QX9L2M",
        **neg("noise", "flight to London"),
    },
    {
        "key": "webinar",
        "summary": "Webinar: Product-led growth 101",
        "start": "2027-02-18 17:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("no-reply@zoom.us", "Zoom Webinars"),
        "attendees": [me("NEEDS-ACTION")],
        "desc": zoom("plg-webinar"),
        **neg("noise", "webinar from no-reply address"),
    },
    {
        "key": "concert",
        "summary": "Bonobo @ Columbiahalle",
        "start": "2027-03-06 20:00",
        "tz": HOME_TZ,
        "minutes": 180,
        "location": "Columbiahalle, Columbiadamm 13-21, Berlin",
        "desc": "Tickets in Eventim app",
        **neg("noise", "concert"),
    },
    {
        "key": "haircut",
        "summary": "Haircut",
        "start": "2027-02-27 11:00",
        "tz": HOME_TZ,
        "minutes": 45,
        **neg("noise", "haircut"),
    },
    {
        "key": "tuev",
        "summary": "TÜV / car inspection",
        "start": "2027-04-24 09:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "location": "TÜV Rheinland, Berlin-Spandau",
        **neg("noise", "car inspection"),
    },
    {
        "key": "call-parents",
        "summary": "Call Mom & Dad",
        "start": "2027-01-10 18:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "rrule": {"FREQ": "WEEKLY", "BYDAY": "SU", "COUNT": 25},
        **neg("noise", "family call"),
    },
    {
        "key": "book-club",
        "summary": "Book club – 'Tomorrow, and Tomorrow, and Tomorrow'",
        "start": "2027-02-10 19:30",
        "tz": HOME_TZ,
        "minutes": 120,
        "organizer": ("lena.books@gmail.com", "Lena"),
        "attendees": [me(), att("lena.books@gmail.com", "Lena"), att("tim.w@gmail.com", "Tim")],
        **neg("noise", "book club"),
    },
    {
        "key": "yoga",
        "summary": "yoga",
        "start": "2027-03-20 10:00",
        "tz": HOME_TZ,
        "minutes": 75,
        **neg("noise", "yoga, lowercase"),
    },
    {
        "key": "vet",
        "summary": "Vet – Luna vaccination",
        "start": "2027-04-02 16:00",
        "tz": HOME_TZ,
        "minutes": 30,
        **neg("noise", "vet"),
    },
    {
        "key": "plumber",
        "summary": "Plumber (Klempner) 8-12",
        "start": "2027-01-27 08:00",
        "tz": HOME_TZ,
        "minutes": 240,
        **neg("noise", "plumber visit"),
    },
    {
        "key": "parent-teacher",
        "summary": "Elternsprechtag – Leo",
        "start": "2027-03-04 17:30",
        "tz": HOME_TZ,
        "minutes": 20,
        "location": "Grundschule am Weinberg",
        **neg("noise", "parent-teacher conference"),
    },
    {
        "key": "wedding",
        "summary": "Wedding: Sam & Lee 💍",
        "all_day": "2027-06-12",
        "location": "Schloss Ribbeck",
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("noise", "wedding; names collide with the Northwind candidate"),
    },
    {
        "key": "dinner-sam-lee",
        "summary": "Dinner with Sam & Lee",
        "start": "2027-03-13 19:00",
        "tz": HOME_TZ,
        "minutes": 150,
        "organizer": ("sam.friend@gmx.de", "Sam Becker"),
        "attendees": [
            me(),
            att("sam.friend@gmx.de", "Sam Becker"),
            att("lee.w@posteo.de", "Lee Wong"),
        ],
        **neg("noise", "dinner with friends"),
    },
    {
        "key": "run-club",
        "summary": "Run club – Tempelhof 10k",
        "start": "2027-04-10 09:00",
        "tz": HOME_TZ,
        "minutes": 75,
        **neg("noise", "run club"),
    },
    {
        "key": "coworking",
        "summary": "Coworking @ Betahaus",
        "start": "2027-02-12 09:00",
        "tz": HOME_TZ,
        "minutes": 480,
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("noise", "coworking block"),
    },
    {
        "key": "steuerberater",
        "summary": "Steuerberater – Jahresabschluss",
        "start": "2027-01-28 10:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("kanzlei@steuer-berger.de", "Kanzlei Berger"),
        "attendees": [me(), att("kanzlei@steuer-berger.de")],
        **neg("noise", "tax advisor"),
    },
    {
        "key": "bank",
        "summary": "Sparkasse – Termin Baufinanzierung",
        "start": "2027-05-28 14:00",
        "tz": HOME_TZ,
        "minutes": 60,
        **neg("noise", "bank appointment"),
    },
    {
        "key": "tennis",
        "summary": "Tennis with Felix",
        "start": "2027-05-15 10:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ("felix.k@gmail.com", "Felix König"),
        "attendees": [me("TENTATIVE"), att("felix.k@gmail.com", "Felix König")],
        **neg("noise", "tennis"),
    },
    {
        "key": "theatre",
        "summary": "Theatre: Die Dreigroschenoper",
        "start": "2027-04-03 19:30",
        "tz": HOME_TZ,
        "minutes": 180,
        "location": "Berliner Ensemble",
        **neg("noise", "theatre"),
    },
    {
        "key": "farmers-market",
        "summary": "Farmers market",
        "start": "2027-05-01 09:00",
        "tz": HOME_TZ,
        "minutes": 90,
        **neg("noise", "market"),
    },
    {
        "key": "empty-hold",
        "summary": "",
        "start": "2027-03-26 13:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ME_ORG,
        **neg("bad-input", "empty SUMMARY hold with nothing else"),
    },
    {
        "key": "all-hands",
        "summary": "Northwind All Hands – Q1",
        "start": "2027-03-31 17:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("ceo@northwind.example", "Northwind CEO Office"),
        "attendees": [me_work(), group("everyone@northwind.example", "Everyone")],
        "desc": teams("allhands"),
        "uid_style": "outlook",
        **neg("noise", "company all hands"),
    },
    {
        "key": "retro",
        "summary": "Sprint retro",
        "start": "2027-01-22 14:00",
        "tz": HOME_TZ,
        "minutes": 45,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work(), group("product-eng@northwind.example", "Product & Eng")],
        "rrule": {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": "FR", "COUNT": 12},
        **neg("noise", "retro"),
    },
    {
        "key": "design-review",
        "summary": "Design review: checkout v3",
        "start": "2027-02-17 14:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("noor.aziz@northwind.example", "Noor Aziz"),
        "attendees": [
            me_work(),
            att("noor.aziz@northwind.example", "Noor Aziz"),
            resource("northwind.example_projector@resource.calendar.google.com", "Projector #2"),
        ],
        **neg("noise", "design review"),
    },
    {
        "key": "roadmap",
        "summary": "H2 roadmap review",
        "start": "2027-06-23 13:00",
        "tz": HOME_TZ,
        "minutes": 90,
        "organizer": ("taylor.b@northwind.example", "Taylor Brooks"),
        "attendees": [me_work("TENTATIVE"), group("leads@northwind.example", "Leads")],
        **neg("noise", "roadmap review"),
    },
    {
        "key": "coffee-jane",
        "summary": "Coffee w/ Jane",
        "start": "2027-03-27 11:00",
        "tz": HOME_TZ,
        "minutes": 60,
        "organizer": ("jane.doe.berlin@gmail.com", "Jane Doe"),
        "attendees": [me(), att("jane.doe.berlin@gmail.com", "Jane Doe")],
        **neg("noise", "coffee with a friend named Jane (not Contoso's Jane)"),
    },
    {
        "key": "kita-closed",
        "summary": "Kita geschlossen (Brückentag)",
        "all_day": "2027-05-07",
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("noise", "all-day daycare closure"),
    },
    {
        "key": "easter-monday",
        "summary": "Ostermontag",
        "all_day": "2027-03-29",
        "organizer": ("de.german#holiday@group.v.calendar.google.com", "Feiertage in Deutschland"),
        "extra": {"TRANSP": "TRANSPARENT", "CLASS": "PUBLIC"},
        **neg("noise", "public holiday"),
    },
    {
        "key": "buergeramt",
        "summary": "Bürgeramt – Reisepass abholen",
        "start": "2027-02-25 08:40",
        "tz": HOME_TZ,
        "minutes": 20,
        "location": "Bürgeramt Friedrichshain",
        **neg("noise", "passport pickup"),
    },
    {
        "key": "arabic-bday",
        "summary": "عيد ميلاد ليلى 🎈",
        "all_day": "2027-04-05",
        "extra": {"TRANSP": "TRANSPARENT"},
        **neg("bad-input", "RTL (Arabic) title with emoji: Layla's birthday"),
    },
    {
        "key": "telekom",
        "summary": "Telekom Techniker (Glasfaser)",
        "start": "2027-06-14 08:00",
        "tz": HOME_TZ,
        "minutes": 240,
        **neg("noise", "internet installation"),
    },
    {
        "key": "babysitter",
        "summary": "Babysitter – Mila 18-23h",
        "start": "2027-06-05 18:00",
        "tz": HOME_TZ,
        "minutes": 300,
        **neg("noise", "babysitter"),
    },
    {
        "key": "checkup",
        "summary": "Annual checkup – Hausarzt",
        "start": "2027-01-29 08:00",
        "tz": HOME_TZ,
        "minutes": 30,
        **neg("noise", "doctor"),
    },
    {
        "key": "movie",
        "summary": "Movie night: Dune Part Three",
        "start": "2027-01-16 20:00",
        "tz": HOME_TZ,
        "minutes": 180,
        "location": "Zoo Palast",
        **neg("noise", "movie; 'Part Three' is not an interview round"),
    },
    {
        "key": "utc-ops",
        "summary": "Incident review (postmortem)",
        "start": "2027-04-23 13:00",
        "tz": "UTC",
        "minutes": 60,
        "organizer": ("sre@northwind.example", "Northwind SRE"),
        "attendees": [me_work("NEEDS-ACTION"), group("eng-all@northwind.example", "Engineering")],
        **neg("noise", "work meeting in UTC"),
    },
    {
        "key": "groceries",
        "summary": "Grocery delivery (Flink)",
        "start": "2027-06-17 19:00",
        "tz": HOME_TZ,
        "minutes": 60,
        **neg("noise", "delivery window"),
    },
    {
        "key": "kids-bday-party",
        "summary": "Leo's class birthday party – Noah (7)",
        "start": "2027-05-29 14:00",
        "tz": HOME_TZ,
        "minutes": 180,
        "location": "Kletterhalle Magic Mountain",
        **neg("noise", "kid's party"),
    },
    {
        "key": "weekend-trip",
        "summary": "Weekend in Copenhagen",
        "all_day": "2027-06-25",
        "days": 3,
        **neg("noise", "multi-day trip"),
    },
]


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

ATS_DOMAINS = {
    "greenhouse.io": "greenhouse.io",
    "goodtime.io": "goodtime.io",
    "hire.lever.co": "lever.co",
    "ashbyhq.com": "ashbyhq.com",
    "myworkday.com": "myworkday.com",
}


def make_uid(e: dict) -> str:
    """Deterministic UID in the style of the tool that would have produced the event."""
    key = e["key"]
    u = uuid.uuid5(uuid.NAMESPACE_URL, f"interview-assistant/detection/{key}")
    h = hashlib.sha256(key.encode()).hexdigest()
    style = e.get("uid_style")
    org_domain = e["organizer"][0].split("@")[1] if e.get("organizer") else ""
    if style is None:
        style = next((f"ats:{d}" for k, d in ATS_DOMAINS.items() if org_domain == k), "google")
    if style == "google":
        return base64.b32hexencode(bytes.fromhex(h))[:26].decode().lower() + "@google.com"
    if style == "outlook":
        return (
            "040000008200E00074C5B7101A82E00800000000" + h[:16] + "0" * 16 + "10000000" + h[16:48]
        ).upper()
    if style == "apple":
        return str(u).upper()
    if style == "calendly":
        return f"{u.hex}@calendly.com"
    if style == "tripit":
        return f"item-{u}@tripit.com"
    if style.startswith("ats:"):
        return f"{u}@{style[4:]}"
    raise ValueError(style)


def add_person(ev: Event, prop: str, email: str, params: dict) -> None:
    params = {k: v for k, v in params.items() if v}
    ev.add(prop, f"mailto:{email}", parameters=params)


def build_event(e: dict) -> Event:
    ev = Event()
    ev.add("uid", e["uid"])
    ev.add("dtstamp", DTSTAMP)
    if "all_day" in e:
        start = date.fromisoformat(e["all_day"])
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(days=e.get("days", 1)))
        created_base = datetime.combine(start, datetime.min.time(), UTC)
    else:
        tz = UTC if e["tz"] == "UTC" else ZoneInfo(e["tz"])
        start = datetime.strptime(e["start"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(minutes=e["minutes"]))
        created_base = start.astimezone(UTC)
    lead = 3 + int(hashlib.sha256(e["key"].encode()).hexdigest()[:2], 16) % 12
    created = created_base.replace(hour=8, minute=17, second=0) - timedelta(days=lead)
    ev.add("created", created)
    ev.add("last-modified", created + timedelta(hours=2))
    if "summary" in e:
        ev.add("summary", e["summary"])
    if e.get("desc"):
        ev.add("description", e["desc"])
    if e.get("location"):
        ev.add("location", e["location"])
    if e.get("organizer"):
        email, cn = e["organizer"]
        add_person(ev, "organizer", email, {"CN": cn})
    for a in e.get("attendees", []):
        add_person(ev, "attendee", a["email"], {k: v for k, v in a.items() if k != "email"})
    if e.get("status"):
        ev.add("status", e["status"])
    if e.get("rrule"):
        ev.add("rrule", vRecur(e["rrule"]))
    ev.add("sequence", e.get("extra", {}).get("SEQUENCE", 0))
    for k, v in e.get("extra", {}).items():
        if k != "SEQUENCE":
            ev.add(k, v)
    return ev


def main() -> None:
    for e in EVENTS:
        e["uid"] = make_uid(e)
    uids = [e["uid"] for e in EVENTS]
    assert len(uids) == len(set(uids)), "duplicate UIDs"

    cal = Calendar()
    cal.add("prodid", "-//interview-assistant//detection evaluation calendar 1.0//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", ALEX)
    cal.add("x-wr-timezone", HOME_TZ)

    def sort_key(e: dict) -> str:
        return e.get("all_day") or e["start"]

    ordered = sorted(EVENTS, key=lambda e: (sort_key(e), e["key"]))
    for e in ordered:
        cal.add_component(build_event(e))
    cal.add_missing_timezones(first_date=date(2026, 1, 1), last_date=date(2028, 1, 1))
    # add_missing_timezones() iterates a set: order the VTIMEZONEs for a byte-stable file.
    tzs = sorted(cal.walk("VTIMEZONE"), key=lambda c: str(c["TZID"]))
    cal.subcomponents = tzs + [c for c in cal.subcomponents if c.name != "VTIMEZONE"]

    ICS_PATH.parent.mkdir(parents=True, exist_ok=True)
    ICS_PATH.write_bytes(cal.to_ical())

    labels: dict = {
        "_about": {
            "user_email": ALEX,
            "user_aliases": [ALEX_WORK],
            "user_name": "Alex Rivera",
            "rules": (
                "follow_up=true only for a candidate-side job interview that is a second or "
                "later round for Alex as the candidate with that employer (explicit later "
                "round, onsite/loop/final/panel/hiring-manager stage, or a later event with an "
                "employer already seen in an earlier interview event), that Alex has not "
                "declined, that is not cancelled, and that is a timed event (not all-day). "
                "false for: first rounds/screens/intro calls, interviews where Alex is the "
                "interviewer (Northwind Traders, northwind.example), Alex's own prep/practice "
                "blocks, non-job interviews (podcast, press, exit, informational, UX research, "
                "visa), everyday uses of trigger words, cancelled or declined invites, all-day "
                "events, and all other noise. company: the employer's human-readable name for "
                "positives; also filled for Alex's own candidate-side negatives (first rounds, "
                "cancelled, declined) for reference; null otherwise. note starts with "
                "[pos/<kind>] or [neg/<kind>]."
            ),
        }
    }
    for e in ordered:
        labels[e["uid"]] = {
            "follow_up": e["follow_up"],
            "company": e["company"],
            "note": f"[{e['cat']}] {e['note']}",
        }
    LABELS_PATH.write_text(
        json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )

    n_pos = sum(e["follow_up"] for e in EVENTS)
    print(f"wrote {len(EVENTS)} events ({n_pos} positives) to {ICS_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
