"""Itineraries written by scheduling systems into an invite's description, by shape."""

from __future__ import annotations

import pytest

from assistant.detect.text.itinerary import Session, guess_address, read_itinerary

GOODTIME_STYLE = """Thank you for your interest in Acme Analytics! Below is your Virtual Onsite itinerary.

Interview Schedule (Eastern Time)
10:00 AM - 10:45 AM EST: Priya Raman, Senior Software Engineer
10:45 AM - 11:30 AM EST: Raj Iyer, Staff Data Engineer – system design
11:30 AM - 12:00 PM EST: Lunch break
12:00 PM - 12:45 PM EST: Jordan Lee (Hiring Manager) - Behavioral

Questions? Your recruiter Sam Okafor (sam.okafor@acme.example) is happy to help."""


def test_time_range_colon_name_comma_title_dash_topic():
    it = read_itinerary(GOODTIME_STYLE)
    assert it.company == "Acme Analytics"
    assert it.contact == ("Sam Okafor", "sam.okafor@acme.example")
    assert it.sessions == (
        Session("Priya Raman", "Senior Software Engineer", "", "10:00 AM - 10:45 AM EST"),
        Session("Raj Iyer", "Staff Data Engineer", "system design", "10:45 AM - 11:30 AM EST"),
        Session("Jordan Lee", "Hiring Manager", "Behavioral", "12:00 PM - 12:45 PM EST"),
    )


def test_time_range_alone_then_name_with_german_title_in_brackets_then_topic():
    it = read_itinerary(
        "Ihr Ablauf:\n\n14:00 – 14:45 Uhr\nFrau Dr. Vogel (Leiterin Data Platform)\n"
        "Thema: Architektur\n\n15:00 – 15:45 Uhr\nJonas Becker, Senior Entwickler\n"
    )
    assert [(s.name, s.title, s.topic) for s in it.sessions] == [
        ("Frau Dr. Vogel", "Leiterin Data Platform", "Architektur"),
        ("Jonas Becker", "Senior Entwickler", ""),
    ]


def test_topic_with_name_per_line():
    it = read_itinerary(
        "Monday, December 8, 2026\n10:00am - 10:45am  Technical Interview with Priya Raman\n"
        "11:00am - 11:45am  Hiring Manager Interview with Jordan Lee\n"
    )
    assert [(s.name, s.topic) for s in it.sessions] == [
        ("Priya Raman", "Technical Interview"),
        ("Jordan Lee", "Hiring Manager Interview"),
    ]


def test_dot_separated_time_topic_name_title():
    it = read_itinerary(
        "9:00 AM – 9:45 AM EST · Coding Interview · Priya Raman (Software Engineer)\n"
        "10:00 AM – 10:45 AM EST · System Design · Raj Iyer"
    )
    assert [(s.name, s.title, s.topic) for s in it.sessions] == [
        ("Priya Raman", "Software Engineer", "Coding Interview"),
        ("Raj Iyer", "", "System Design"),
    ]


def test_interviewers_line_lists_people_with_titles():
    it = read_itinerary(
        "Interviewers: Priya Raman, Engineering Manager; Raj Iyer and Lena Berg (Data Scientist)"
    )
    assert [(s.name, s.title) for s in it.sessions] == [
        ("Priya Raman", "Engineering Manager"),
        ("Raj Iyer", ""),
        ("Lena Berg", "Data Scientist"),
    ]


def test_html_description_keeps_mailto_addresses():
    it = read_itinerary(
        '<p>Your recruiter: <a href="mailto:sam.okafor@acme.example">Sam Okafor</a></p>'
        "<p>10:00 - 10:45: Priya Raman, Engineer</p>"
    )
    assert it.contact == ("Sam Okafor", "sam.okafor@acme.example")
    assert [s.name for s in it.sessions] == ["Priya Raman"]


@pytest.mark.parametrize(
    "text",
    [
        "Team sync 10:00 - 10:30 to review the roadmap",
        "Agenda\n10:00 - 10:30: Welcome and office tour\n10:30 - 11:00: Lunch",
        "",
    ],
)
def test_agendas_without_people_name_no_one(text: str):
    assert read_itinerary(text).sessions == ()


@pytest.mark.parametrize(
    ("known", "expected"),
    [
        ((("Sam Okafor", "sam.okafor@acme.example"),), "priya.raman@acme.example"),
        ((("Sam Okafor", "sokafor@acme.example"),), "praman@acme.example"),
        ((("Sam Okafor", "sam@acme.example"),), "priya@acme.example"),
        ((("Sam Okafor", "sam_okafor@acme.example"),), "priya_raman@acme.example"),
        ((), "priya.raman@acme.example"),
        ((("Sam Okafor", "sam.okafor@other.example"),), "priya.raman@acme.example"),
    ],
)
def test_guess_address_follows_the_known_pattern(known, expected):
    assert guess_address("Priya Raman", "acme.example", known) == expected


def test_guess_address_needs_a_given_and_a_family_name():
    assert guess_address("Dr. Vogel", "acme.example") == ""
    assert guess_address("Zoë Müller", "acme.example") == "zoe.muller@acme.example"


def test_a_huge_hostile_description_is_read_in_bounded_time():
    import time

    started = time.perf_counter()  # elapsed time, not the wall clock
    for variant in range(20):
        lines = [
            f"{i % 12 + 1}:00 - {i % 12 + 1}:45: Topic {variant} · Agenda Item {i} · Room {i}"
            for i in range(5000)
        ]
        read_itinerary("\n".join(lines))
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0, f"20 hostile descriptions took {elapsed:.1f}s"


@pytest.mark.parametrize(
    "line",
    [
        "10:00 AM - 10:45 AM  Noor Haddad, Head of Data Science - forecasting",
        "10:00AM-10:45AM Noor Haddad, Head of Data Science – forecasting",
        "10:00 am – 10:45 am\tNoor Haddad, Head of Data Science: forecasting",
        "10 a.m. to 10:45 a.m.   Noor Haddad, Head of Data Science - forecasting",
        "10:00 AM - 10:45 AM EST  Noor Haddad, Head of Data Science - forecasting",
    ],
)
def test_itinerary_12h_ampm_name_after_range_is_not_read_as_a_zone(line):
    """A capitalised name after "10:45 AM" is the person, never a zone abbreviation."""
    (session,) = read_itinerary(f"Your Interview Schedule:\n{line}\n").sessions
    assert (session.name, session.title, session.topic) == (
        "Noor Haddad",
        "Head of Data Science",
        "forecasting",
    )
