"""An invite the employer's own address sends, booked by a recruiting platform that only
its words name — a footer ("Scheduled with Ashby", "Powered by Workable", "Skickat via
Teamtailor") or a tag opening the title ("[ModernLoop] Acme – Board Chair chat"): part
of a hiring process, so an earlier interview with the same employer makes a session
without round words ("Taxonomy Practical", "Founder chat") a later round. A footer
naming no listed platform ("Sent from my phone") says nothing."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


def first_interview():
    return invite(
        "Interview – Brinemoor Analytics",
        "mara@brinemoor.example",
        days=-9,
        description="Interview for the Data Steward role.\nScheduled with Ashby",
    )


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Sasha <> Brinemoor | Taxonomy Practical",
            "Open-book session with Ray.\nScheduled with Ashby",
        ),
        ("[ModernLoop] Brinemoor - Board Chair chat", "A conversation with our Board Chair."),
        ("Sasha <> Ines (Founder chat)", "Informal, about the roadmap.\nPowered by Ashby"),
    ],
)
def test_a_session_the_platform_booked_after_an_interview(title, description):
    event = invite(
        title, "nell@brinemoor.example", "ray@brinemoor.example", days=4, description=description
    )
    v = verdict_of(event, first_interview())
    assert v.is_follow_up, why(v)


def test_the_same_session_without_the_platform_is_no_round():
    event = invite(
        "Sasha <> Brinemoor | Taxonomy Practical",
        "nell@brinemoor.example",
        "ray@brinemoor.example",
        days=4,
        description="Open-book session with Ray.\nSent from my phone",
    )
    v = verdict_of(event, first_interview())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description", "platform"),
    [
        ("x", "Hej!\n\nSkickat via Teamtailor", "Teamtailor"),
        ("x", "Powered by Workable", "Workable"),
        ("x", "Sent from BambooHR", "BambooHR"),
        ("[ModernLoop] Acme – panel", "", "ModernLoop"),
        ("[Draft] Acme – panel", "Sent from my iPhone", None),
        ("x", "we booked with Ashby last week", None),  # prose, not a footer
    ],
)
def test_the_platform_a_footer_or_tag_names(title, description, platform):
    from assistant.detect.who.platformsign import scheduled_through

    assert scheduled_through(title, description) == platform


def test_the_recruiters_own_call_again_brings_no_one_new():
    first = invite(
        "Phone screen – Brinemoor Analytics",
        "nell@brinemoor.example",
        days=-9,
        description="A first call about the Data Steward role.\nScheduled via Lever",
    )
    again = invite(
        "Quick call – Brinemoor update",
        "nell@brinemoor.example",
        days=4,
        description="Would love to share feedback from the panel. 15 mins.\n\nScheduled via Lever",
    )
    v = verdict_of(again, first)
    assert not v.is_follow_up, why(v)


def test_the_platforms_footer_names_no_employer_in_a_sessions_topic():
    first = invite(
        "Interview – Brinemoor Analytics",
        "nell@brinemoor.example",
        days=-9,
        description="Interview for the Data Steward role at Brinemoor Analytics.",
    )
    session = invite(
        "Virtual Onsite: Values & Collaboration",
        "nell@brinemoor.example",
        "ray@brinemoor.example",
        days=4,
        description="Part 2 of 2.\nInterviewers: Nell, Ray\n\nScheduled by Ashby",
    )
    v = verdict_of(session, first)
    assert v.is_follow_up, why(v)
    assert "Values" not in (v.company or ""), v.company
