"""Detection: what it reads off an invitation, hostile input, and how fast it is."""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from assistant.detect import FREE_MAIL, Profile, company_of, detect, interviewers_of, is_person
from assistant.detect.employer.domains import readable_name
from assistant.models import Attendee, AttendeeKind, Event, PartStat
from tests.conftest import ME, NOW, make_event, me, person, room
from tests.unit.test_detect import PROFILE, invite, verdict

REPO = Path(__file__).resolve().parents[2]


# --- company ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "domain", "company"),
    [
        ("Second Interview – Acme Corp", "acme.example", "Acme Corp"),
        ("Final round (half-day) @ Adyen HQ", "adyen.example", "Adyen"),
        ("Interview Confirmation: Alex Rivera – Figma Onsite (PM)", "figma.example", "Figma"),
        ("Datadog | Alex Rivera | Virtual Onsite", "datadoghq.example", "Datadog"),
        ("FINAL INTERVIEW - SPOTIFY", "spotify.example", "Spotify"),
        ("2nd interview klarna", "klarna.example", "Klarna"),
        ("Second round: Alex x Booking.com", "booking.com", "Booking.com"),
        ("Zweites Vorstellungsgespräch – Müller & Söhne", "mueller.example", "Müller & Söhne"),
        ("Panel interview with the team", "wayne-enterprises.example", "Wayne Enterprises"),
    ],
)
def test_the_company_is_the_name_that_matches_the_guests_domain(title, domain, company):
    event = invite(title, f"jo@{domain}", f"sam@{domain}")
    assert company_of(event, PROFILE) == company
    assert verdict(event).company == company


def test_the_company_is_read_from_the_description_when_the_title_has_none():
    event = invite(
        "Panel interview with the team",
        "art@vandelayindustries.example",
        description="Three members of the product team.\n\n— Vandelay Industries Talent Team",
    )
    assert verdict(event).company == "Vandelay Industries"


def test_the_company_comes_from_the_title_when_no_corporate_domain_is_known():
    event = invite("Second interview at Initrode", "recruiter.ann@gmail.com")
    assert verdict(event).company == "Initrode"
    assert company_of(invite("Lunch with Jamie", "jamie@gmail.com"), PROFILE) is None


def test_an_ats_sender_is_never_the_company_but_may_name_its_client():
    event = invite("2nd Interview – Product Owner", "siemens@myworkday.com")
    assert verdict(event).company == "Siemens"
    event = invite("Second round", "no-reply@greenhouse.io", "kim@linear.app")
    assert verdict(event).company == "Linear"


def test_companies_that_also_run_mail_and_meeting_services_are_employers_too():
    for domain, name in [
        ("google.com", "Google"),
        ("microsoft.com", "Microsoft"),
        ("zoom.us", "Zoom"),
    ]:
        v = verdict(invite(f"Onsite – {name}", f"recruiter@{domain}", f"eng@{domain}"))
        assert v.is_follow_up, v.reasons
        assert v.company == name


def test_domains_become_readable_names():
    assert readable_name("wayne-enterprises.com") == "Wayne Enterprises"
    assert (
        readable_name("jobs.umbrellahealth.co.uk") == "Umbrella Health"
    )  # a usual ending is split off
    assert readable_name("n26.com") == "N26"
    assert readable_name("glovoapp.com") == "Glovo"
    assert "gmail.com" in FREE_MAIL


# --- role, supervisory, tests, language ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Interview: Stripe – Product Manager, Payments", "", "Product Manager, Payments"),
        ("2nd round: Senior PM @ Globex", "", "Senior PM"),
        ("2. Runde: Product Owner (m/w/d) – Zalando", "", "Product Owner"),
        (
            "Second interview",
            "Next step for the Staff Product Manager role at Soylent.",
            "Staff Product Manager",
        ),
        (
            "Second interview",
            "We invite you to a 2nd interview for the position R0123456 Product Owner Digital (f/m/d).",
            "Product Owner Digital",
        ),
        ("Final Interview w/ CEO – Monzo", "", None),
        ("Call w/ Omar (Ramp) – hiring manager conversation", "", None),
    ],
)
def test_the_role_is_read_from_the_title_or_the_description(title, description, role):
    assert verdict(invite(title, description=description)).role == role


@pytest.mark.parametrize(
    ("role", "supervisory"),
    [
        ("Engineering Manager", True),
        ("Lead Product Manager", True),
        ("Head of Design", True),
        ("Teamleiter Vertrieb", True),
        ("Senior Product Manager", False),
        ("Backend Engineer", False),
    ],
)
def test_supervisory_roles_are_the_ones_that_manage_people(role, supervisory):
    v = verdict(invite(f"Second interview – Acme – {role}"))
    assert v.role == role
    assert v.supervisory is supervisory


def test_a_test_or_exercise_in_the_invite_is_flagged_for_the_briefing():
    with_exercise = invite(
        "Second interview – Acme", description="Expect a short prioritisation exercise."
    )
    case_study = invite("Final round – Acme: case study presentation")
    plain = invite("Second interview – Acme", description="Looking forward to it.")
    assert verdict(with_exercise).mentions_test
    assert verdict(case_study).mentions_test
    assert not verdict(plain).mentions_test


def test_the_language_follows_the_invite_not_its_conferencing_boilerplate():
    german = invite(
        "2. Runde: Product Owner (m/w/d) – Acme",
        "talent@acme.example",
        description="Join with Google Meet: https://meet.google.com/abc\nMeeting ID: 123",
    )
    english = invite("Second interview – Acme", description="Hallo! Join Zoom Meeting")
    assert verdict(german).language == "de"
    assert verdict(english).language == "en"


# --- people -------------------------------------------------------------------------------


def test_interviewers_are_real_people_who_will_be_there():
    organizer = person("recruiting@acme.example", is_organizer=True)
    people = (
        me(),
        organizer,
        person("priya@acme.example", "Priya Raman"),
        person("tom@acme.example", "Tom", partstat=PartStat.DECLINED),
        person("no-reply@acme.example"),
        person("hiring-team@acme.example"),
        person("ta@acme.example"),
        room(),
        Attendee("product-eng@acme.example", kind=AttendeeKind.GROUP),
        Attendee(ME.upper(), name="Me again"),
        Attendee("", name="no address"),
    )
    event = make_event(organizer=organizer, attendees=people)
    assert [p.email for p in interviewers_of(event, PROFILE)] == ["priya@acme.example"]
    v = verdict(event)
    assert v.recruiter is None  # a shared mailbox scheduled it
    assert not is_person(Attendee("x@group.calendar.google.com"))


def test_the_organizer_is_the_recruiter_and_the_one_interviewer_when_alone():
    organizer = person("dana@acme.example", "Dana", is_organizer=True)
    event = make_event(organizer=organizer, attendees=(me(),))
    v = verdict(event)
    assert v.recruiter == organizer
    assert v.interviewers == (organizer,)


# --- bad input -------------------------------------------------------------------------------


def hostile_events() -> list[Event]:
    huge = ("Lorem ipsum <b>second interview</b> dolor sit amet. " * 2200)[:100_000]
    return [
        invite("", uid="empty"),
        invite("   ", uid="blank"),
        invite("Second interview – Acme", uid="huge", description=huge),
        invite(
            "<b>Second</b> interview",
            uid="html",
            description="<script>alert(1)</script><div style='x'>Hi<br>2nd interview</div>",
        ),
        invite("🎉🚀 Round 3 with N26! 💼", "lena@n26.example", uid="emoji"),
        invite("ראיון שני – Wix", "noa@wix.example", uid="rtl", description="\u202eevil\u202c"),
        invite("مقابلة ثانية", "x@company.example", uid="arabic"),
        invite("\x00\x1b[31mred\r\nBcc: x@evil.example", uid="control"),
        invite("Interview", "not-an-address", uid="bad-organizer"),
        invite("Interview", "@", "a@", "@b", uid="bad-attendees"),
        invite("(" * 500 + "interview" + ")" * 500, uid="parens"),
        invite("Round " * 2000, uid="repeat"),
    ]


def test_hostile_and_empty_input_never_crashes_detection():
    events = hostile_events()
    detections = detect(events, PROFILE)
    assert [d.event.uid for d in detections] == [e.uid for e in events]
    by_uid = {d.event.uid: d.verdict for d in detections}
    assert by_uid["huge"].is_follow_up
    assert by_uid["emoji"].is_follow_up and by_uid["emoji"].company == "N26"
    assert by_uid["rtl"].company == "Wix"
    assert not by_uid["empty"].is_follow_up
    for v in by_uid.values():
        assert 0.0 <= v.confidence <= 1.0
        assert all(isinstance(r, str) and r for r in v.reasons)


def test_an_event_with_no_summary_and_no_people_gets_a_verdict():
    bare = Event(uid="bare", start=NOW, end=NOW)
    (d,) = detect([bare], Profile.build([]))
    assert not d.verdict.is_follow_up
    assert d.verdict.reasons


# --- speed ----------------------------------------------------------------------------------


def load_bench():
    spec = importlib.util.spec_from_file_location(
        "bench_detect", REPO / "scripts" / "bench_detect.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("bench_detect", module)  # its dataclasses look themselves up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_ten_thousand_events_are_detected_quickly():
    result = load_bench().run(10_000)
    assert result["events"] == 10_000
    # Well under a second on a laptop; the bound is generous for a busy CI runner.
    assert result["seconds"] < 5, result


def test_many_rounds_with_one_employer_cost_linear_time():
    """A quadratic linkage (every event compared with every other) would take minutes.

    Measured as a ratio of CPU time (not the wall clock: a busy machine slows both runs
    alike): four times the rounds must cost well under the sixteen times a quadratic
    linkage would.
    """

    def rounds(count: int) -> list:
        return [
            invite(f"Interview {k} – Acme", uid=f"r{k}", days=k / 10, description=f"Round {k}")
            for k in range(count)
        ]

    def cpu_seconds(events: list) -> float:
        began = time.process_time()
        detections = detect(events, PROFILE)
        spent = time.process_time() - began
        assert detections[-1].verdict.first_interview_id == "r0"
        return spent

    cpu_seconds(rounds(200))  # vocabularies compiled, caches warm
    small, large = cpu_seconds(rounds(1_000)), cpu_seconds(rounds(4_000))
    assert large < 8 * small, f"1,000 rounds: {small:.2f} s; 4,000 rounds: {large:.2f} s"


def test_bench_calendar_holds_interviews_and_noise():
    events = load_bench().synthetic_calendar(400)
    detections = detect(events, Profile.build(["sam.jones@gmail.com", "sam.jones@work.example"]))
    found = sum(d.verdict.is_follow_up for d in detections)
    assert 0 < found < len(events) // 4
    assert timedelta(0) < events[-1].start - events[0].start


def test_a_role_does_not_repeat_the_employer_tacked_on_to_the_title():
    from assistant.detect import Profile, detect
    from tests.conftest import make_event, me, person

    event = make_event(
        summary="Final round interview – Data Analyst, Globex",
        organizer=person("maria@globex.example", "Maria Gonzalez", is_organizer=True),
        attendees=(
            me(),
            person("maria@globex.example", "Maria Gonzalez"),
            person("chen@globex.example", "Chen Wei"),
        ),
    )
    (detection,) = detect([event], Profile.build(["me@example.com"]))
    assert detection.verdict.company == "Globex"
    assert detection.verdict.role == "Data Analyst"


@pytest.mark.parametrize(
    "title",
    [
        "Canceled: Second Round Interview - Fabrikam - Data Engineer",
        "Cancelled: Second interview – Fabrikam",
        "[CANCELED] Second Round Interview - Fabrikam",
        "Second Round Interview - Fabrikam [Cancelled]",
        "Canceled event: Second interview - Fabrikam",
        "Abgesagt: Zweitgespräch – Fabrikam",
        "Annulé : Deuxième entretien - Fabrikam",
        "Cancelado: Segunda entrevista - Fabrikam",
        "キャンセル: 二次面接 - Fabrikam",
    ],
)
def test_cancel_status_word_in_title_is_never_the_company(title):
    """ "Canceled:", "[CANCELED]", "Abgesagt:"… say what became of the event, in every
    language detection knows; the employer is the part after them."""
    organizer = person("no-reply@greenhouse.io", "Greenhouse Scheduling", is_organizer=True)
    event = make_event(summary=title, organizer=organizer, attendees=(me(),), description="")
    (found,) = detect([event], PROFILE)
    assert found.verdict.company == "Fabrikam"


def test_cancel_status_word_prefix_in_title():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from assistant.sources.ics import IcsSource
    from assistant.sources.ics_events import Owner

    path = REPO / "tests" / "data" / "ics" / "cancel_status_word_prefix_in_title.ics"
    owner = Owner(frozenset({ME}), ZoneInfo("America/New_York"))
    window = (datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    (event,) = IcsSource(str(path), owner).read(*window).events
    (found,) = detect([event], PROFILE)
    assert found.verdict.company == "Fabrikam"
