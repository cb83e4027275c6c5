"""Detection on invites written in words the rules were not tuned on, kind by kind.

Each test stands for a family of failures seen on a calendar nobody here wrote:
linkage that spreads or is too loose, the user's own organisation, everyday
events that reuse round words, the user's own notes, roles and company names.
The user is me@example.com; the employers are made up.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import Profile, detect, own_organisation
from assistant.drafting.drafts import plan_drafts
from assistant.models import Attendee, Detection, Event, PartStat, Verdict
from tests.conftest import NOW, make_event, person

PERSONAL = "robin.hale@fastmail.com"
PROFILE = Profile.build([PERSONAL])


def me_at(address: str = PERSONAL) -> Attendee:
    return Attendee(email=address, name="Robin Hale", partstat=PartStat.ACCEPTED, is_self=True)


def invite(
    summary: str,
    organizer: str,
    *guests: str,
    days: float = 1,
    uid: str | None = None,
    description: str = "",
    myself: Attendee | None = None,
) -> Event:
    host = person(organizer, is_organizer=True)
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=uid or f"{summary}|{days}",
        organizer=host,
        attendees=(myself or me_at(), host, *(person(g) for g in guests)),
        description=description,
    )


def verdict_of(event: Event, *others: Event, profile: Profile = PROFILE) -> Verdict:
    return next(d.verdict for d in detect([*others, event], profile) if d.event is event)


def why(v: Verdict) -> str:
    return " | ".join(v.reasons)


# --- 1. one wrong verdict must not spread through the user's own employer -----------------


def workplace(weeks: int = 6) -> list[Event]:
    """A job the user still has: two weekly series with colleagues at quarry.example."""
    events = []
    for week in range(weeks):
        for uid, title, host in (
            ("ops-weekly", "Ops weekly", "dana.moss@quarry.example"),
            ("cost-sync", "Cost sync", "lee.park@quarry.example"),
        ):
            events.append(
                make_event(
                    title,
                    start=NOW - timedelta(days=60 - 7 * week),
                    uid=uid,
                    recurrence_id=NOW - timedelta(days=60 - 7 * week),
                    organizer=person(host, is_organizer=True),
                    attendees=(
                        me_at("r.hale@quarry.example"),
                        person(host),
                        person("ivo.berg@quarry.example"),
                    ),
                )
            )
    return events


def test_the_employer_is_learned_from_shared_meetings_and_internal_series():
    learned = own_organisation(workplace(), PROFILE)
    assert learned.domains == {"quarry.example"}
    assert any("recurring series" in reason for reason in learned.reasons)
    assert "[detect] own_domains" in learned.advice()


def test_the_users_other_address_is_learned_from_their_display_name():
    at_work = Attendee(email="rhale@quarry.example", name="Hale, Robin")
    event = make_event(
        "Budget numbers",
        organizer=person("dana.moss@quarry.example", is_organizer=True),
        attendees=(at_work, person("dana.moss@quarry.example")),
    )
    own_note = make_event("Dentist", organizer=me_at(), attendees=(me_at(),))
    learned = own_organisation([own_note, event], PROFILE)
    assert learned.addresses == {"rhale@quarry.example"}
    assert learned.domains == {"quarry.example"}


def test_a_configured_own_domain_stops_all_guessing():
    profile = Profile.build([PERSONAL], own_domains=["other.example"])
    assert not own_organisation(workplace(), profile)


def test_meetings_at_the_learned_employer_never_follow_an_interview():
    talk = invite(
        "Panel: scaling support teams",
        "events@quarry.example",
        "dana.moss@quarry.example",
        days=-3,
        description="Hiring is on the agenda too.",
    )
    handover = invite("Handover notes – Q3 accounts", "dana.moss@quarry.example", days=2)
    detections = detect([*workplace(), talk, handover], PROFILE)
    for d in detections:
        assert not d.verdict.is_follow_up, (d.event.summary, why(d.verdict))
    handed = next(d.verdict for d in detections if d.event is handover)
    assert "own organisation" in why(handed)


def test_an_event_for_a_crowd_is_not_an_interview_round():
    crowd = [f"guest{n}@many.example" for n in range(30)]
    screen = invite("Recruiter call – Brightline", "talent@brightline.example", days=-9)
    open_evening = invite(
        "Brightline – final round of the graduate programme", "talent@brightline.example", *crowd
    )
    v = verdict_of(open_evening, screen)
    assert not v.is_follow_up, why(v)
    assert "30" in why(v) or "guests" in why(v)


# --- 2. linkage only for meetings that are about the hiring process ----------------------


@pytest.mark.parametrize(
    "later",
    [
        invite("Coffee catch-up (market picture)", "mira@harbourlight.example"),
        invite("Jo / Mira", "mira@harbourlight.example", "desk@harbourlight.example"),
    ],
)
def test_an_agency_recruiter_met_again_after_the_intro_is_not_a_round(later):
    intro = invite("Intro call – Harbourlight Talent", "mira@harbourlight.example", days=-20)
    assert not verdict_of(later, intro).is_follow_up


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (  # free mail
            invite("Screening call with Ottoline", "sam.ottoline@gmail.com", days=-8),
            invite("Allotment open day", "sam.ottoline@gmail.com"),
        ),
        (  # a private domain: one address in the whole calendar
            invite("Interview with Sam Ottoline", "sam@ottoline.family", days=-12),
            invite("Garden afternoon at Sam's", "sam@ottoline.family"),
        ),
    ],
)
def test_a_link_through_a_private_address_never_counts(earlier, later):
    v = verdict_of(later, earlier)
    assert not v.is_follow_up and v.first_interview_id is None, why(v)


def cobaltline_interview() -> Event:
    """A first interview at Cobaltline, from its recruiting mailbox, with Nina."""
    return invite(
        "Interview – Cobaltline",
        "talent@cobaltline.example",
        "nina.vos@cobaltline.example",
        days=-6,
        uid="first",
    )


def test_the_same_interviewer_makes_a_plain_meeting_a_later_round():
    first = cobaltline_interview()
    later = invite("Robin / Nina", "nina.vos@cobaltline.example", uid="later")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.first_interview_id == "first"
    assert "the same people are on it: nina.vos@cobaltline.example" in why(v)


def test_a_careers_evening_after_a_screen_is_no_round_whatever_it_says_about_hiring():
    screen = invite("Recruiter call – Brightline", "talent@brightline.example", days=-9)
    evening = invite(
        "Brightline: an evening with our engineers",
        "talent@brightline.example",
        description="We are hiring across teams! Register here to get your ticket. Doors open 18:30.",
    )
    v = verdict_of(evening, screen)
    assert not v.is_follow_up, why(v)
    assert "public event" in why(v)


def test_the_employers_recruiting_mailbox_sending_the_next_meeting_counts():
    first = cobaltline_interview()
    later = invite(
        "Chat with Petra (Data) – Cobaltline",
        "talent@cobaltline.example",
        "petra@cobaltline.example",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert "the link counts because it was from a recruiting address" in why(v)


def test_an_agencys_second_call_is_not_an_interview_round():
    intro = invite("Intro call – Kestrel Search Partners", "ola@kestrelsearch.example", days=-9)
    again = invite("Second call – Kestrel Search Partners", "ola@kestrelsearch.example")
    v = verdict_of(again, intro)
    assert not v.is_follow_up, why(v)


def test_a_client_interview_arranged_by_an_agency_still_counts():
    intro = invite("Intro call – Kestrel Search Partners", "ola@kestrelsearch.example", days=-9)
    client = invite("Second interview with Lindqvist Marine", "ola@kestrelsearch.example")
    assert verdict_of(client, intro).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Jobcenter: zweites Gespräch mit Frau Adler",
        "Career coaching session – round 2",
        "Lunch & Learn: what the hiring panel looks for",
    ],
)
def test_meetings_about_a_job_search_are_not_job_interviews(title):
    v = verdict_of(invite(title, "adler@services.example", "team@services.example"))
    assert not v.is_follow_up, why(v)


# --- 3. everyday events that reuse round words, by kind ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Round 2 – Cobaltline Otters v. Lindenfield Rovers",  # a fixture
        "Cobaltline darts night – final round",  # a game
        "Cobaltline hackathon – finalists' round",  # a contest
        "Cobaltline engineering blog review, stage 2",  # a review of work
        "Cobaltline summit: my talk, then the panel",  # a talk the user gives
    ],
)
def test_everyday_kinds_never_follow_an_interview(title):
    first = invite("Interview – Cobaltline", "talent@cobaltline.example", days=-6)
    later = invite(title, "nina.vos@cobaltline.example", "oskar@cobaltline.example")
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Panel: the state of open-source funding",
            "Moderated by Ines Varga. 20 minutes of audience Q&A.",
        ),
        ("Panel on remote onboarding – Cobaltline", ""),
    ],
)
def test_a_panel_the_user_speaks_on_is_not_a_panel_interview(title, description):
    first = cobaltline_interview()
    panel = invite(title, "nina.vos@cobaltline.example", description=description)
    v = verdict_of(panel, first)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Interview panel – graduate intake", "Robin, you sit on the selection panel this year."),
        ("Shortlisted applicants, day 2", ""),
        (
            "Second round: platform engineer",
            "The applicant's CV is attached; your scores in the sheet.",
        ),
    ],
)
def test_the_user_on_the_hiring_side_of_a_panel_is_not_interviewing(title, description):
    v = verdict_of(invite(title, "people@lindenfield.example", description=description))
    assert not v.is_follow_up, why(v)


def test_a_real_later_round_is_kept_when_the_employer_name_holds_a_game_word():
    v = verdict_of(invite("Final round – Riverside Games", "kai@riversidegames.example"))
    assert v.is_follow_up, why(v)
    assert v.company == "Riverside Games"


@pytest.mark.parametrize(
    "title",
    [
        "Second round – Game Designer – Tollgate",
        "Final round: Social Media Lead, Tollgate",
        "Second round – code review with Priya (Tollgate)",
    ],
)
def test_a_kind_word_inside_the_role_or_a_named_round_does_not_veto(title):
    v = verdict_of(invite(title, "priya@tollgate.example"))
    assert v.is_follow_up, why(v)


# --- 5. the user's own notes --------------------------------------------------------------


def test_a_note_naming_a_later_round_and_the_employer_is_acted_on_without_people():
    note = make_event(
        "Final interview at Marlow & Finch", organizer=me_at(), attendees=(), uid="note"
    )
    v = verdict_of(note)
    assert v.is_follow_up, why(v)
    assert v.company == "Marlow & Finch"
    assert v.interviewers == ()
    assert "your own note" in why(v)
    assert plan_drafts(Detection(note, v), PROFILE) == []  # nobody to thank yet


def test_a_note_without_an_employer_stays_a_note():
    note = make_event("Second interview – remember slides", organizer=me_at(), attendees=())
    assert not verdict_of(note).is_follow_up


# --- 6. roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "role"),
    [
        (
            "Candidate: Robin Hale\nPosition: Site Reliability Engineer (m/w/d)\n",
            "Site Reliability Engineer",
        ),
        (
            "Job title: Payroll Specialist (all genders) – Leipzig\nDuration: 45 min",
            "Payroll Specialist",
        ),
        ("Stelle: Werkstudent Controlling (w/m/d)\nOrt: Remote", "Werkstudent Controlling"),
        ("Poste : Chargée de clientèle (H/F)\n", "Chargée de clientèle"),
        ("職種：バックエンドエンジニア\n", "バックエンドエンジニア"),
    ],
)
def test_the_role_is_read_from_scheduler_fields_without_gender_markers(description, role):
    event = invite("Second interview", "ana@vellum.example", description=description)
    assert verdict_of(event).role == role


def test_the_role_carries_over_from_an_earlier_round_of_the_same_process():
    first = invite(
        "Screen – Vellum",
        "ana@vellum.example",
        days=-5,
        description="Thanks for applying for the Data Steward position.",
    )
    later = invite("Second interview – Vellum", "ana@vellum.example")
    assert verdict_of(later, first).role == "Data Steward"


# --- 7. company names as a person writes them --------------------------------------------


@pytest.mark.parametrize(
    ("title", "organizer", "company"),
    [
        ("Final interview – Marlow & Finch", "lea@marlowfinch.example", "Marlow & Finch"),
        ("Onsite at Hollis and Vane", "p.ruiz@hollisvane.example", "Hollis and Vane"),
        (
            "Second interview – Nordmark Analytics GmbH",
            "x@nordmark.example",
            "Nordmark Analytics GmbH",
        ),
        ("Final round – Kestrel Freight Berlin", "mo@kestrel.example", "Kestrel Freight"),
        ("2nd interview – Tannery Row Partners", "j@trp.example", "Tannery Row Partners"),
    ],
)
def test_the_company_is_named_as_the_invite_writes_it(title, organizer, company):
    assert verdict_of(invite(title, organizer)).company == company


def test_a_signature_after_the_company_is_not_part_of_its_name():
    text = "We look forward to the next step.\nWelcome to Quillon\nDaria Petrova\nTalent Partner"
    event = invite("Second interview", "daria@quillonhq.example", description=text)
    assert verdict_of(event).company == "Quillon"


def test_the_company_comes_from_the_earlier_round_when_the_later_invite_does_not_say():
    first = invite("Phone interview – Brackwater Wool Mills", "ola@bwm.example", days=-4)
    later = invite("Round 2", "ola@bwm.example")
    assert verdict_of(later, first).company == "Brackwater Wool Mills"


def test_doctor_says_what_was_learned_and_how_to_confirm_it():
    from types import SimpleNamespace

    from assistant.ops.doctor import check_own_organisation

    app = SimpleNamespace(profile=lambda: PROFILE)
    check = check_own_organisation(workplace(), app)  # type: ignore[arg-type]
    assert check is not None and check.warning
    assert "quarry.example is your employer" in check.detail
    assert check.fix and "[detect] own_domains" in check.fix
    assert check_own_organisation([], app) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "sender", "description", "company"),
    [
        (
            "Second interview with Acme Robotics - Robin Hale",
            "no-reply@greenhouse.io",
            "",
            "Acme Robotics",
        ),
        (
            "Second interview",
            "no-reply@greenhouse.io",
            "Company: Hartwell & Sons Ltd\nPosition: Platform Team Lead",
            "Hartwell & Sons Ltd",
        ),
        (
            "Zweitgespräch",
            "jobs@personio.de",
            "Unternehmen: Kühne Maschinenbau GmbH\nStelle: Konstrukteur (m/w/d)",
            "Kühne Maschinenbau GmbH",
        ),
        (
            "Second interview – Data Platform team",
            "lee@northwind-energy.com",
            "",
            "Northwind Energy",
        ),
        ("Final round | Globex Marketing", "ann@globex.com", "", "Globex"),
    ],
)
def test_the_company_is_never_a_team_a_department_or_the_sending_service(
    title, sender, description, company
):
    v = verdict_of(invite(title, sender, description=description))
    assert v.is_follow_up, why(v)
    assert v.company == company
