"""What a briefing says: tailored to the invite, complete per the article, safe with any text."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from assistant.briefing import BriefingFacts, PreviousRound, briefing_context, briefing_subject
from assistant.briefing.invite import assessment_notice, meeting_link, role_hint
from assistant.models import Attendee, Detection, Verdict
from tests.conftest import BERLIN, NOW, make_event, me, person


def detection_of(event=None, **verdict) -> Detection:
    event = event or make_event()
    fields = dict(company="Acme", role="Product Manager", interviewers=event.others)
    fields.update(verdict)
    return Detection(event, Verdict(True, 0.9, ("x",), **fields))  # type: ignore[arg-type]


def context(detection: Detection, **facts) -> dict:
    return briefing_context(
        detection, BriefingFacts("Alex Rivera", BERLIN, NOW, **{"locale": "en_GB", **facts})
    )


def section(ctx: dict, key: str):
    return next(s for s in ctx["sections"] if s.key == key)


def texts(ctx: dict, key: str) -> list[str]:
    return [item.text for item in section(ctx, key).items]


def glance(ctx: dict) -> dict[str, list[str]]:
    return {row.label: [line.text for line in row.lines] for row in ctx["glance"]}


# --- subject and opening -------------------------------------------------------------


@pytest.mark.parametrize(
    ("company", "role", "subject"),
    [
        ("Acme", "Product Manager", "Prep: Acme, Product Manager — Tue 13 Apr, 14:00"),
        (None, "Product Manager", "Prep: Product Manager, follow-up interview — Tue 13 Apr, 14:00"),
        ("Acme", None, "Prep: Acme, follow-up interview — Tue 13 Apr, 14:00"),
        (None, None, "Prep: follow-up interview — Tue 13 Apr, 14:00"),
        ("Acme\r\nBcc: x@evil.example", None, "Prep: Acme Bcc: x@evil.example, follow-up interview — Tue 13 Apr, 14:00"),
    ],
)  # fmt: skip
def test_the_subject_names_company_role_and_day(company, role, subject) -> None:
    facts = BriefingFacts("Alex", BERLIN, NOW, locale="en_GB")
    assert briefing_subject(detection_of(company=company, role=role), facts) == subject


@pytest.mark.parametrize(
    ("days", "phrase"),
    [(0.2, "today at 14:00"), (1, "tomorrow at 14:00"), (3, "on Thursday at 14:00"),
     (9, "on Wednesday 21 April at 14:00")],
)  # fmt: skip
def test_the_opening_says_when_in_words(days: float, phrase: str) -> None:
    start = (NOW + timedelta(days=days)).replace(hour=14, minute=0)
    ctx = context(detection_of(make_event(start=start)))
    assert f"is {phrase}." in ctx["intro"]


def test_missing_company_role_and_people_are_said_plainly() -> None:
    event = make_event(summary="Follow-up", attendees=(me(),), organizer=None)
    ctx = context(
        detection_of(replace(event, organizer=None), company=None, role=None, interviewers=())
    )
    rows = glance(ctx)
    assert rows["Company"] == ["Not named in the invite"]
    assert rows["Role"] == ["Not named in the invite: ask early on"]
    assert rows["With"] == ["No one besides you is on the invite"]
    assert rows["Where"] == ["The invite gives no address or video link"]
    assert ctx["intro"].startswith("Your follow-up interview is tomorrow at 14:00.")
    first_question = texts(ctx, "questions")[0]
    assert first_question == "Could you describe the role and what my responsibilities would be?"
    assert "Ask who you will meet" in texts(ctx, "colleagues")[0]
    everything = repr(ctx)
    assert "the role at" not in everything and "None" not in ctx["intro"]


# --- when and where ---------------------------------------------------------------------


def test_an_invite_in_another_zone_shows_both_clocks() -> None:
    event = replace(make_event(), timezone="America/New_York")
    assert glance(context(detection_of(event)))["When"] == [
        "Tuesday, 13 April 2027, 14:00–15:00 CEST (1 hr)",
        "08:00–09:00 EDT New York time",
    ]


@pytest.mark.parametrize(
    "zone",
    # UTC, Etc/… and bare offsets are clocks, not places: an ATS writing Z times for an
    # office in Boston says nothing about where the interview is.
    ["Europe/Berlin", "Europe/Paris", "", "Not/AZone", "UTC", "Etc/UTC", "Etc/GMT+5", "EST5EDT"],
)
def test_one_clock_when_the_zones_agree_or_are_unknown_or_no_place(zone: str) -> None:
    event = replace(make_event(), timezone=zone)
    assert len(glance(context(detection_of(event)))["When"]) == 1


@pytest.mark.parametrize(
    ("fields", "link"),
    [
        ({"conference_url": "https://meet.google.com/abc"}, "https://meet.google.com/abc"),
        ({"location": "https://acme.zoom.us/j/1"}, "https://acme.zoom.us/j/1"),
        ({"description": "Join here: https://acme.zoom.us/j/99. Thanks"}, "https://acme.zoom.us/j/99"),
        ({"description": "Our site: https://acme.example/about"}, ""),
        ({"conference_url": "javascript:alert(1)"}, ""),
        ({"conference_url": "https://x.example/" + "a" * 600}, ""),
    ],
)  # fmt: skip
def test_the_video_link_is_found_and_only_plain_https_links_count(fields, link) -> None:
    assert meeting_link(make_event(**fields)) == link


def test_a_link_in_the_location_is_not_shown_as_the_address() -> None:
    event = make_event(location="Room 4, https://acme.zoom.us/j/1")
    rows = glance(context(detection_of(event)))
    assert rows["Where"] == ["Room 4"]
    assert rows["Video"] == ["https://acme.zoom.us/j/1"]


# --- people ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "description", "title"),
    [
        ("Priya Raman (Staff Engineer)", "", "Staff Engineer"),
        ("Priya Raman - Head of Data", "", "Head of Data"),
        ("Priya Raman", "You'll meet Priya Raman, our VP Engineering, and Sam.", "VP Engineering"),
        ("Priya Raman", "Priya Raman (Engineering Manager) will host.", "Engineering Manager"),
        ("", "priya@acme.example: Talent Partner", "Talent Partner"),
        ("Priya Raman", "Priya Raman, who will show you around", ""),
        ("Priya Raman (she/her)", "", ""),
        ("Raman, Priya", "", ""),
    ],
)
def test_a_persons_title_comes_from_their_name_or_the_invite(name, description, title) -> None:
    assert role_hint(person("priya@acme.example", name), description) == title


def test_a_line_per_person_with_what_to_ask_and_round_one_notes() -> None:
    event = make_event(
        attendees=(
            me(),
            person("jordan@acme.example", "Jordan Lee", is_organizer=True),
            person("priya@acme.example", "Priya Raman (Engineering Manager)"),
            person("sam@acme.example", "Sam Okafor (Recruiter)"),
            person("lee@acme.example", "Lee Chen (CTO)"),
            person("kim@acme.example", "Kim Park"),
        ),
    )
    previous = PreviousRound(
        "Interview: Acme",
        NOW - timedelta(days=7),
        ("roadmap",),
        {"priya@acme.example": "asked about CI", "old@acme.example": "left early"},
        ("priya@acme.example",),
    )
    ctx = context(detection_of(event), previous=previous)
    lines = {item.lead: item.text for item in section(ctx, "colleagues").items if item.lead}
    assert lines["Jordan Lee"] == "Organised this interview. Ask what comes next, and by when."
    assert lines["Priya Raman, Engineering Manager"].startswith("Possibly your future manager.")
    assert (
        "You met in round 1. Your note: “asked about CI”"
        in lines["Priya Raman, Engineering Manager"]
    )
    assert lines["Sam Okafor, Recruiter"].startswith("Ask about next steps")
    assert lines["Lee Chen, CTO"].startswith("Ask where the company is heading")
    assert lines["Kim Park"] == "Ask what they work on and how you would work with them."
    rows = glance(ctx)
    assert rows["With"][0] == "Jordan Lee (organiser)"
    assert rows["Round 1"] == [
        "Interview: Acme, Monday, 5 April 2027",
        "Your notes: roadmap",
        "Your note on old@acme.example: left early",
    ]


# --- the article, tailored --------------------------------------------------------------


def test_questions_name_the_role_and_company_and_add_supervisory_ones() -> None:
    plain = texts(context(detection_of()), "questions")
    assert plain[0] == "What would my responsibilities be as Product Manager at Acme?"
    assert "What do you expect from me in my first several months at Acme?" in plain
    assert "How will my performance as Product Manager be evaluated?" in plain
    assert not any("supervisory" in q for q in plain)
    managing = texts(context(detection_of(supervisory=True)), "questions")
    assert managing[:5] == plain
    assert "parameters of the management responsibilities" in managing[5]
    assert managing[6] == "What do you expect of me in a supervisory capacity?"


def test_the_briefing_covers_every_point_of_the_article() -> None:
    ctx = context(detection_of())
    words = " ".join(
        [ctx["intro"]]
        + [
            s.title + " " + s.intro + " " + " ".join(i.text for i in s.items)
            for s in ctx["sections"]
        ]
    )
    for point in (
        "how would you approach the Product Manager role",
        "upcoming tasks and projects at Acme",
        "input on the spot",
        "plan for your first months",
        "pre-employment test",
        "What would my responsibilities be",
        "immediate tasks and projects",
        "first several months",
        "Who would supervise me",
        "performance as Product Manager be evaluated",
        "education and background again",
        "answer them completely",
        "personalities",
        "work style meshes",
        "Let the employer raise pay first",
        "what the previous person in the role made",
        "upper part of the range",
        "Decide beforehand what you would accept",
        "benefits, bonuses, perks and holiday",  # en_GB
        "in writing and for a few days to decide",
        "Is Acme right for you",
    ):
        assert point.lower() in words.lower(), point


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Please prepare a short case study on onboarding.", "a case study"),
        ("There is a 30-minute coding exercise.", "a coding exercise"),
        ("Expect a take-home assignment afterwards.", "a take-home assignment"),
        ("You'll do an online assessment first.", "a test or assessment"),
        ("Wir bitten Sie um eine kurze Fallstudie.", "a case study"),
        # what to prepare, by kind and language (assistant/briefing/prepare.toml)
        ("Please prepare a 10-minute presentation about a project you led.", "a presentation"),
        ("The second session is a system design interview.", "a system design session"),
        ("Bring your portfolio: a portfolio review with the design team.", "a portfolio review"),
        ("We would like a short work sample from you.", "a work sample"),
        ("Bitte bereiten Sie eine Präsentation von 15 Minuten vor.", "a presentation"),
        ("Es folgt eine Programmieraufgabe.", "a coding exercise"),
        ("Vous aurez une étude de cas à préparer.", "a case study"),
        ("Merci de préparer une présentation de 10 minutes.", "a presentation"),
        ("Tendrás un caso práctico durante la entrevista.", "a case study"),
        ("Habrá una prueba técnica de 45 minutos.", "a test or assessment"),
        ("Ti chiediamo di preparare una presentazione.", "a presentation"),
        ("Seguirà un esercizio di programmazione.", "a coding exercise"),
        ("Je krijgt een thuisopdracht mee.", "a take-home assignment"),
        ("Wij vragen je om een korte presentatie.", "a presentation"),
    ],
)
def test_a_test_in_the_invite_is_named_and_quoted(text: str, what: str) -> None:
    notice = assessment_notice(make_event(description=f"Hello!\n{text} See you."), flagged=False)
    assert notice is not None and notice.what == what and notice.quote == text


def test_several_things_to_prepare_are_all_named() -> None:
    event = make_event(
        description="Please prepare a 10-minute presentation.\nAfterwards: system design with Raj."
    )
    notice = assessment_notice(event, flagged=False)
    assert notice is not None
    assert notice.what == "a presentation and a system design session"
    assert notice.quote == "Please prepare a 10-minute presentation."


def test_ordinary_words_are_not_taken_for_a_test() -> None:
    event = make_event(description="We work on test automation and A/B testing.")
    assert assessment_notice(event, flagged=False) is None
    flagged = assessment_notice(event, flagged=True)
    assert flagged is not None and flagged.quote == ""
    ctx = context(detection_of(event, mentions_test=True))
    assert ctx["test_notice"] == flagged
    assert (
        texts(ctx, "approach")[3]
        == "The invite mentions a test, assessment or exercise: see the notice above."
    )


def test_an_update_says_what_moved() -> None:
    ctx = context(
        detection_of(), is_update=True, moved_from=datetime(2027, 4, 13, 9, tzinfo=BERLIN)
    )
    assert ctx["update"] == (
        "This interview has moved. It is now Tuesday, 13 April 2027, 14:00 CEST "
        "(it was Tuesday, 13 April 2027, 09:00 CEST). This briefing replaces the earlier one."
    )
    assert ctx["subject"].startswith("Updated: ")
    assert context(detection_of())["update"] is None


def test_event_text_is_flattened_and_capped_everywhere() -> None:
    evil = Attendee("eve@acme.example", "Eve\r\nBcc: all@evil.example " + "e" * 500)
    event = make_event(
        summary="Round 2\r\n" + "s" * 1000,
        location="Room\r\n" + "l" * 1000,
        description="d" * 50_000,
        attendees=(me(), evil),
    )
    ctx = context(detection_of(event, company="C\nC" + "c" * 500, role="R\rR" + "r" * 500))
    for row in ctx["glance"]:
        for line in row.lines:
            assert "\r" not in line.text and "\n" not in line.text and len(line.text) <= 400
    for value in (ctx["company"], ctx["role"], ctx["title"], ctx["location"]):
        assert "\n" not in value and value.endswith("…")
    assert len(ctx["invite_text"]) == 1200 and ctx["invite_text"].endswith("…")


def test_the_debrief_hint_uses_the_short_form_of_a_long_id() -> None:
    long_id = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F60718"
    event = replace(make_event(), uid=long_id)
    hint = texts(context(detection_of(event), short_id="E5F60718"), "decide")[1]
    assert "interview-assistant debrief E5F60718" in hint and long_id not in hint
    assert long_id in texts(context(detection_of(event)), "decide")[1], "no short form: the id"


@pytest.mark.parametrize(
    ("name", "description", "title"),
    [
        (
            "Thomas Müller",
            "Sie lernen Herrn Thomas Müller (Teamleiter BI) kennen.",
            "Teamleiter BI",
        ),
        (
            "Frau Dr. Katja Vogt",
            "mit Frau Dr. Katja Vogt (Leiterin Data Platform)",
            "Leiterin Data Platform",
        ),
        ("Thomas Müller", "Sie sprechen mit Herrn Müller (Teamleiter BI).", "Teamleiter BI"),
        (
            "Claire Martin",
            "Vous rencontrerez Mme Martin (Directrice technique).",
            "Directrice technique",
        ),
        (
            "M. Paul Durand",
            "Vous rencontrerez Paul Durand, Responsable produit.",
            "Responsable produit",
        ),
        ("Lucía Gómez", "Conocerás a la Sra. Gómez (Jefa de Datos).", "Jefa de Datos"),
        ("Sr. Mateo Ruiz", "y el Sr. Ruiz (Gerente de Ventas).", "Gerente de Ventas"),
    ],
)
def test_role_hint_honorific_forms_and_titles_in_other_languages(name, description, title):
    """Herr/Herrn/Frau, M./Mme, Sr./Sra. before the name, and titles in the languages
    detection knows ("Teamleiter", "Directrice", "Jefa")."""
    assert role_hint(person("x@acme.example", name), description) == title


def test_demo_invite_first_name_in_description_gives_the_guest_title(tmp_path):
    """The demo says "You'll meet Priya (Head of Product) and Sam (Engineering Lead)": a
    first name in the text belongs to the one guest with that first name."""
    from assistant.briefing.invite import people_on
    from assistant.demo import DEMO_USER, write_demo_calendar
    from assistant.detect import Profile, detect
    from assistant.sources.ics import IcsSource
    from assistant.sources.ics_events import Owner

    path = write_demo_calendar(tmp_path / "demo.ics", NOW, BERLIN)
    source = IcsSource(str(path), Owner(frozenset({DEMO_USER[1]}), BERLIN))
    events = source.read(NOW - timedelta(days=30), NOW + timedelta(days=30)).events
    (second,) = [
        d
        for d in detect(events, Profile.build([DEMO_USER[1]]))
        if d.event.uid == "demo-acme-second"
    ]
    labels = {p.label for p in people_on(second)}
    assert {"Priya Raman, Head of Product", "Sam Okafor, Engineering Lead"} <= labels


def test_a_first_name_shared_by_two_guests_gives_neither_a_title():
    from assistant.briefing.invite import people_on

    sams = (person("sam.a@acme.example", "Sam Okafor"), person("sam.b@acme.example", "Sam Lee"))
    event = make_event(attendees=(me(), *sams), description="You'll meet Sam (Engineering Lead).")
    verdict = Verdict(True, 0.9, ("test",), company="Acme", interviewers=sams)
    people = people_on(Detection(event, verdict))
    assert [p.role for p in people if p.name.startswith("Sam")] == ["", ""]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Lindqvist, Maja", "Maja Lindqvist"),
        ("Oyelaran-Brandt, Tobias (Plant Controlling)", "Tobias Oyelaran-Brandt"),
        ("Haugen, Ragnhild, PhD", "Haugen, Ragnhild, PhD"),  # not "family, given": as written
    ],
)
def test_a_directory_order_name_is_listed_as_a_person_reads_it(written: str, shown: str):
    """Outlook writes CN as "family, given"; the briefing's "With" and "MEET
    COLLEAGUES" list people as they are spoken of."""
    from assistant.briefing.invite import people_on

    guest = person("guest@norrlands.example", written)
    event = make_event(attendees=(me(), guest))
    verdict = Verdict(True, 0.9, ("test",), company="Norrlands", interviewers=(guest,))
    assert [p.name for p in people_on(Detection(event, verdict))] == [shown]


def test_two_different_video_links_are_both_shown_with_a_plain_warning() -> None:
    event = make_event(
        location="https://bakery.whereby.com/second-round",
        description="Updated: we moved to Meet. Join at https://meet.google.com/xyz-abcd-efg.",
    )
    rows = glance(context(detection_of(event)))
    warning, *links = rows["Video"]
    assert "2 different video links" in warning and "ask the organizer" in warning
    assert links == [
        "https://bakery.whereby.com/second-round",
        "https://meet.google.com/xyz-abcd-efg",
    ]
    assert context(detection_of(event))["video_urls"] == links


@pytest.mark.parametrize(
    "description",
    [
        "Join: https://bakery.zoom.us/j/4242?pwd=abc",  # the same room, its passcode added
        "Join: https://BAKERY.zoom.us/j/4242/",
        "Directions: https://maps.example/bakery",  # not a meeting host
    ],
)
def test_one_meeting_written_twice_is_one_link_without_a_warning(description: str) -> None:
    event = make_event(location="https://bakery.zoom.us/j/4242", description=description)
    assert glance(context(detection_of(event)))["Video"] == ["https://bakery.zoom.us/j/4242"]
