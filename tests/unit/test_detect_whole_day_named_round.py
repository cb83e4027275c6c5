"""A whole-day event that names a later round: in its title ("Marrow & Finch final stage –
in person"), in its description ("Final round: the whole day at our office"), as a day
on site ("Kennenlerntag bei …", "Immersion day"), or as a stage on an invite the
employer's people send ("Site visit + meeting with the directors"). Once an interview
with the same employer came before it, it is that round. A day of travel to a round,
a day the user organises with outsiders, or a day with no interview before it stays no
meeting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect import Profile
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why


def whole_day(event):
    return replace(event, all_day=True)


def first_interview():
    return invite(
        "First interview – Marrow & Finch Quarries",
        "talent@marrowfinch.example",
        days=-12,
        description="Thanks for applying for the Site Geologist role at Marrow & Finch Quarries.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Marrow & Finch final stage – in person (Derby office)",
        "Immersion day – Marrow & Finch",
    ],
)
def test_a_whole_day_note_naming_a_later_round_after_an_interview(title):
    v = verdict_of(whole_day(note(title, days=6)), first_interview())
    assert v.is_follow_up, why(v)


def test_a_whole_day_note_whose_description_names_the_final_round():
    day = replace(
        whole_day(note("Marrow & Finch – office visit", days=6)),
        description="Final round: the whole day at their Derby office, lunch with the team.",
    )
    v = verdict_of(day, first_interview())
    assert v.is_follow_up, why(v)


def test_a_german_day_to_get_to_know_the_team_after_an_interview():
    first = invite(
        "Erstgespräch – Bauleiter (m/w/d) – Lindner Tiefbau",
        "personal@lindner-tiefbau.example",
        days=-12,
        description="Vielen Dank für Ihre Bewerbung bei der Lindner Tiefbau GmbH.",
    )
    v = verdict_of(whole_day(note("Kennenlerntag bei Lindner Tiefbau", days=6)), first)
    assert v.is_follow_up, why(v)


def test_a_whole_day_stage_the_employers_people_send():
    day = whole_day(
        invite(
            "Site visit + meeting with the directors",
            "ops.director@marrowfinch.example",
            days=6,
            description="A full day: the pit in the morning, the directors after lunch.",
        )
    )
    v = verdict_of(day, first_interview())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Marrow & Finch final round (travel day)", "Flights – Marrow & Finch final stage"],
)
def test_a_day_of_travel_to_a_round_is_no_round(title):
    v = verdict_of(whole_day(note(title, days=6)), first_interview())
    assert not v.is_follow_up, why(v)


def test_a_day_the_user_organises_with_outsiders_is_no_round():
    work = "robin.hale@coastline-energy.example"
    day = whole_day(
        invite(
            "Site visit – north ridge + landowner walk",
            work,
            "owner.family@marrowfinch.example",
            days=6,
            myself=me_at(work),
        )
    )
    v = verdict_of(day, first_interview(), profile=Profile.build([work]))
    assert not v.is_follow_up, why(v)


def test_a_whole_day_naming_a_round_with_no_interview_before_is_no_round():
    v = verdict_of(whole_day(note("Marrow & Finch final stage – in person", days=6)))
    assert not v.is_follow_up, why(v)
