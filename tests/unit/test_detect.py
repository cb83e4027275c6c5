"""Detection: the signals, the negatives, linkage between rounds and the user's overrides.

Every test builds a small calendar of its own; the labelled evaluation calendar
is measured in ``test_detection_eval.py``. The user is me@example.com (so
example.com is the user's own organisation), as in ``tests/conftest.py``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant.detect import Profile, detect
from assistant.models import Attendee, AttendeeKind, Event, EventStatus, PartStat, Verdict
from tests.conftest import ME, NOW, make_event, me, person, room

PROFILE = Profile.build([ME])


def invite(
    summary: str,
    organizer: str = "jordan@acme.example",
    *guests: str,
    days: float = 1,
    uid: str | None = None,
    **kwargs,
) -> Event:
    """An invitation from ``organizer`` to the user (and ``guests``), ``days`` from now."""
    host = person(organizer, is_organizer=True)
    people = tuple(person(g) for g in guests)
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=uid or f"{summary}|{days}",
        organizer=host,
        attendees=kwargs.pop("attendees", (me(), host, *people)),
        **kwargs,
    )


def verdict(event: Event, *earlier: Event, profile: Profile = PROFILE) -> Verdict:
    """The verdict for ``event``, with ``earlier`` events in the calendar too."""
    detections = detect([*earlier, event], profile)
    return detections[-1].verdict


def reasons(v: Verdict) -> str:
    return " | ".join(v.reasons)


# --- signals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Second interview – Acme", "en"),
        ("2nd Interview: Product Manager at Acme", "en"),
        ("Third interview - Acme", "en"),
        ("Final round: Acme", "en"),
        ("Follow-up interview with Acme", "en"),
        ("Interview #2 with Acme", "en"),
        ("Zweites Vorstellungsgespräch bei Acme", "de"),
        ("Zweitgespräch – Acme", "de"),
        ("Deuxième entretien avec l'équipe – Acme", "fr"),
        ("Second entretien – Acme", "fr"),
        ("Segunda entrevista con el equipo – Acme", "es"),
        ("Secondo colloquio - Acme", "it"),
        ("Tweede gesprek bij Acme", "nl"),
    ],
)
def test_a_later_round_in_the_title_is_a_follow_up_in_every_language(title, language):
    v = verdict(invite(title, "jordan@acme.example", "priya@acme.example"))
    assert v.is_follow_up, reasons(v)
    assert "later round" in reasons(v)
    assert v.company == "Acme"
    assert v.language == language


@pytest.mark.parametrize(
    "title", ["Onsite – Acme", "Panel – Acme", "Round 2 – Acme", "2. Runde – Acme"]
)
def test_a_later_stage_counts_when_the_event_is_about_a_job(title):
    about_a_job = invite(title, "talent@acme.example", "priya@acme.example")
    assert verdict(about_a_job).is_follow_up
    nothing_about_a_job = invite(title.replace("– Acme", "– Q3 budget"), "ops@vendor.example")
    v = verdict(nothing_about_a_job)
    assert not v.is_follow_up
    assert "nothing says it is about a job" in reasons(v)


def test_a_description_that_invites_to_a_second_interview_counts():
    event = invite(
        "",
        "jordan@acme.example",
        description="Hi, here is the invite for your second interview for Senior PM, Payments.",
    )
    v = verdict(event)
    assert v.is_follow_up, reasons(v)
    assert "the description names a later round" in reasons(v)


def test_a_later_round_mentioned_as_a_possibility_does_not_count():
    event = invite(
        "Interview with Acme",
        description="If this goes well, we would invite you to a second interview on site.",
    )
    v = verdict(event)
    assert not v.is_follow_up
    assert "description names a later round" not in reasons(v)


def test_extra_keywords_from_config_count_as_a_later_round():
    profile = Profile.build([ME], extra_keywords=["Fachgespräch Teil B"])
    v = verdict(invite("Fachgespräch Teil B – Acme"), profile=profile)
    assert v.is_follow_up
    assert "extra keyword “fachgespräch teil b”" in reasons(v)


def test_an_interview_with_nothing_later_about_it_is_not_a_follow_up():
    v = verdict(invite("Interview with Acme"))
    assert not v.is_follow_up
    assert "below your threshold" in v.reasons[-1]


def test_the_threshold_comes_from_the_profile():
    event = invite("Onsite – Acme", "talent@acme.example", "priya@acme.example")
    assert verdict(event).confidence < 0.95
    assert not verdict(event, profile=Profile.build([ME], threshold=0.95)).is_follow_up


# --- linkage -------------------------------------------------------------------------


def test_an_earlier_screen_with_the_same_domain_makes_a_hiring_conversation_a_follow_up():
    screen = invite("Recruiter call", "talent@tailspin.example", days=-10, uid="screen")
    later = invite("Conversation with María López, VP Product", "maria@tailspin.example", uid="l")
    v = verdict(later, screen)
    assert v.is_follow_up, reasons(v)
    assert v.first_interview_id == screen.event_id
    assert "follows an earlier interview" in reasons(v)
    assert "the link counts because it names a job title" in reasons(v)


def test_an_earlier_screen_alone_does_not_make_any_meeting_with_that_domain_a_round():
    screen = invite("Recruiter call", "talent@tailspin.example", days=-10, uid="screen")
    later = invite("Conversation with María López", "maria@tailspin.example", uid="later")
    v = verdict(later, screen)
    assert not v.is_follow_up, reasons(v)
    assert v.first_interview_id is None


def test_an_earlier_interview_is_found_by_name_when_recruiters_use_free_mail():
    screen = invite("Phone screen – Initrode", "recruiter.ann@gmail.com", days=-7, uid="s")
    later = invite("Interview: Initrode – Product lead", "recruiter.ann@gmail.com", uid="l")
    v = verdict(later, screen)
    assert v.is_follow_up, reasons(v)
    assert v.first_interview_id == "s"
    assert v.company == "Initrode"


def test_linkage_names_the_employer_as_the_earlier_round_did():
    screen = invite("Cyberdyne Systems – phone interview", "sarah@cyberdyne.example", days=-5)
    later = invite("Call with Miles", "miles@cyberdyne.example")
    assert verdict(later, screen).company == "Cyberdyne Systems"


@pytest.mark.parametrize(
    "shared", ["notifications@calendly.com", "no-reply@greenhouse.io", "ann@gmail.com"]
)
def test_free_mail_and_scheduling_services_do_not_link_employers(shared):
    first = invite("Intro call", shared, "a@one.example", days=-5, uid="one")
    other = invite("Chat", shared, "b@two.example", uid="two")
    v = verdict(other, first)
    assert v.first_interview_id is None
    assert not v.is_follow_up


def test_the_first_round_itself_and_a_second_screen_are_not_follow_ups():
    intro = invite("Intro call – Acme", days=-5, uid="intro")
    screen = invite("Recruiter screen – Acme", uid="screen")
    detections = detect([intro, screen], PROFILE)
    assert [d.verdict.is_follow_up for d in detections] == [False, False]
    assert detections[1].verdict.first_interview_id is None


def test_an_earlier_instance_of_the_same_series_is_not_an_earlier_round():
    weekly = [invite("Interview – Acme", uid="series", days=d) for d in (-14, -7, 0)]
    assert all(d.verdict.first_interview_id is None for d in detect(weekly, PROFILE))
    other = invite("Interview – Acme", uid="other", days=-21)
    linked = detect([other, *weekly], PROFILE)
    assert all(d.verdict.first_interview_id == "other" for d in linked[1:])


def test_a_business_meeting_with_a_company_once_interviewed_with_stays_a_meeting():
    screen = invite("Phone screen – Acme", days=-20, uid="screen")
    sync = invite("Partnership sync – Acme", uid="sync")
    v = verdict(sync, screen)
    assert not v.is_follow_up
    assert v.first_interview_id is None


def test_a_later_event_never_links_to_one_that_comes_after_it():
    later_screen = invite("Phone screen – Acme", days=5, uid="screen")
    chat = invite("Chat with Priya", "priya@acme.example", days=1, uid="chat")
    assert verdict(chat, later_screen).first_interview_id is None


def test_a_cancelled_or_other_kind_of_interview_is_no_earlier_round():
    cancelled = invite("Phone screen – Acme", days=-9, uid="c", status=EventStatus.CANCELLED)
    podcast = invite("Podcast interview – Acme", days=-8, uid="p")
    chat = invite("Chat with Priya", "priya@acme.example", uid="chat")
    assert verdict(chat, cancelled, podcast).first_interview_id is None


# --- negatives -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Q2 planning – second quarter",
        "2nd shift handover",
        "Final round of golf",
        "Onsite maintenance – HVAC",
        "Second opinion – Dr. Patel",
        "Follow-up with Dr. Nguyen",
        "Panel discussion: AI in product teams",
    ],
)
def test_everyday_uses_of_the_trigger_words_are_not_interviews(title):
    v = verdict(invite(title, "ops@vendor.example", "front.desk@vendor.example"))
    assert not v.is_follow_up
    assert "everyday phrase" in reasons(v)


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Podcast interview – The Product Show", "different kind of interview"),
        ("Exit interview", "different kind of interview"),
        ("Informational interview – Sarah @ Figma", "different kind of interview"),
        ("User interview #2 – onboarding research", "different kind of interview"),
        ("Press interview with a reporter", "different kind of interview"),
        ("Visa interview – US Consulate", "different kind of interview"),
        ("Offer call – Acme", "not a round"),
        ("Mock interview w/ Chris (final round practice)", "prepare or practise"),
        ("Prep: Zweitgespräch Celonis", "prepare or practise"),
    ],
)
def test_other_interviews_and_prep_sessions_are_vetoed(title, why):
    v = verdict(invite(title, "host@acme.example"))
    assert not v.is_follow_up
    assert why in v.reasons[-1]
    assert v.confidence <= 0.1


def test_a_block_with_no_one_else_on_it_is_a_note_to_self():
    block = make_event("Second interview", organizer=me(is_organizer=True), attendees=())
    v = verdict(block)
    assert not v.is_follow_up
    assert "no one else is invited" in reasons(v)
    assert v.confidence <= 0.45


def test_a_shared_recruiting_mailbox_is_someone_else_on_the_invite():
    host = person("talent@acme.example", is_organizer=True)
    v = verdict(make_event("Second interview – Acme", organizer=host, attendees=(me(), host)))
    assert v.is_follow_up, reasons(v)
    assert v.interviewers == ()  # but not a person to thank


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"status": EventStatus.CANCELLED}, "cancelled"),
        ({"summary": "Canceled: Second interview – Acme"}, "cancelled"),
        (
            {"attendees": (me(partstat=PartStat.DECLINED), person("jordan@acme.example"))},
            "declined",
        ),
        ({"all_day": True}, "all-day"),
        ({"event_type": "outOfOffice"}, "status entry"),
        ({"summary": "OOO"}, "status entry"),
    ],
)
def test_cancelled_declined_all_day_and_status_events_are_never_acted_on(change, why):
    summary = change.pop("summary", "Second interview – Acme")
    v = verdict(invite(summary, **change))
    assert not v.is_follow_up
    assert why in v.reasons[-1]


def test_ignore_patterns_from_config_veto_matching_titles():
    profile = Profile.build([ME], ignore_patterns=[r"^\[test\]"])
    v = verdict(invite("[TEST] Second interview – Acme"), profile=profile)
    assert not v.is_follow_up
    assert "ignore pattern" in v.reasons[-1]


def test_the_user_interviewing_for_their_own_employer_is_the_hiring_side():
    work = Profile.build(["alex@gmail.com", "alex@northwind.example"])
    assert work.own_domains == frozenset({"northwind.example"})
    candidate = person("sam.dev@gmail.com")
    colleague = person("kim@northwind.example")
    mine = Attendee("alex@northwind.example", is_self=True, partstat=PartStat.ACCEPTED)
    recruiting = person("recruiting@northwind.example", is_organizer=True)
    by_recruiting = make_event(
        "Second interview: Priya N.", organizer=recruiting, attendees=(mine, candidate, recruiting)
    )
    with_colleague = make_event(
        "Final round", organizer=candidate, attendees=(mine, candidate, colleague)
    )
    organised_by_me = make_event(
        "Panel – Data Analyst (final round)",
        organizer=Attendee("alex@northwind.example", is_self=True, is_organizer=True),
        attendees=(mine, candidate),
    )
    for event, why in [
        (by_recruiting, "organised from your own organisation"),
        (with_colleague, "colleague from your own organisation"),
        (organised_by_me, "you organise it from your work address"),
    ]:
        v = verdict(event, profile=work)
        assert not v.is_follow_up
        assert why in v.reasons[-1]


def test_words_for_someone_elses_candidacy_mark_the_hiring_side_without_own_domains():
    profile = Profile.build(["alex@gmail.com"])
    assert profile.own_domains == frozenset()
    about_a_candidate = invite("Final round – candidate Mei Chen", "scheduling@goodtime.io")
    scorecard = invite("Second interview", description="Please submit your scorecard within 24h.")
    assert "someone else's candidacy" in verdict(about_a_candidate, profile=profile).reasons[-1]
    assert "for interviewers" in verdict(scorecard, profile=profile).reasons[-1]


def test_the_word_candidate_next_to_the_users_own_name_is_candidate_side():
    v = verdict(invite("Candidate interview (round 2): Alex Rivera – Acme"))
    assert v.is_follow_up, reasons(v)


def test_own_domains_from_config_replace_the_default():
    profile = Profile.build(["alex@rivera.example"], own_domains=["northwind.example"])
    assert profile.own_domains == frozenset({"northwind.example"})
    assert Profile.build(["alex@gmail.com"]).own_domains == frozenset()


# --- overrides ------------------------------------------------------------------------


def test_an_override_wins_over_the_verdict_and_says_so():
    noise = invite("Coffee", "friend@acme.example", uid="coffee")
    real = invite("Second interview – Acme", uid="real")
    detections = detect([noise, real], PROFILE, {"coffee": True, "real": False})
    forced_in, forced_out = (d.verdict for d in detections)
    assert forced_in.is_follow_up and forced_in.overridden and forced_in.confidence == 1.0
    assert forced_in.reasons[-1] == "you marked it a follow-up interview"
    assert not forced_out.is_follow_up and forced_out.confidence == 0.0
    assert forced_out.reasons[-1] == "you marked it not a follow-up interview"


def test_an_override_names_one_instance_of_a_series():
    first = NOW + timedelta(days=1)
    series = [
        make_event("Second interview – Acme", start=first + timedelta(days=7 * k), uid="s")
        for k in range(2)
    ]
    series = [replace(e, recurrence_id=e.start) for e in series]
    detections = detect(series, PROFILE, {series[1].event_id: False})
    assert [d.verdict.is_follow_up for d in detections] == [True, False]


def test_rooms_and_resources_are_not_someone_else_on_the_invite():
    only_a_room = make_event(
        "Second interview",
        organizer=me(is_organizer=True),
        attendees=(me(), room(), Attendee("proj@x.example", kind=AttendeeKind.RESOURCE)),
    )
    assert "no one else is invited" in reasons(verdict(only_a_room))
