"""The user's own note naming a round in its title and whose round it is only in its
description ("2. Runde mit Bereichsleitung", noted "Halvorsen Stahlbau: zweite Runde mit
Fr. Ek"), and a round numbered the way people type it ("2a rodada", "2a ronda"): that
employer's later round once its earlier interview is on the calendar. A name the
description does not write, or no earlier round, leaves the note a note."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def halvorsen():
    return invite(
        "Telefoninterview Projektleiter Brückenbau",
        "hr@halvorsen-stahlbau.example",
        days=-12,
        description="Halvorsen Stahlbau GmbH – erstes Telefonat mit Fr. Lind (HR).",
    )


def noted(title: str, description: str):
    return replace(note(title, days=5), description=description)


def test_the_employer_in_the_description_of_a_note_naming_a_round():
    v = verdict_of(
        noted("2. Runde mit Bereichsleitung (eigene Notiz)", "Halvorsen Stahlbau: zweite Runde."),
        halvorsen(),
    )
    assert v.is_follow_up, why(v)
    assert (v.company or "").startswith("Halvorsen Stahlbau")


@pytest.mark.parametrize(
    "description",
    ["Zweite Runde, Unterlagen mitnehmen.", "Halvorsen anrufen wegen Termin."],
)
def test_a_description_not_writing_the_name_leaves_the_note_a_note(description):
    v = verdict_of(noted("2. Runde mit Bereichsleitung (eigene Notiz)", description), halvorsen())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "first_title"),
    [
        ("2a rodada Marévia - diretoria (nota)", "Bate-papo inicial Marévia (Engenharia)"),
        ("2a ronda Marévia con el director", "Llamada inicial Marévia (Ingeniería)"),
    ],
)
def test_a_round_numbered_as_typed_in_a_note(title, first_title):
    first = invite(first_title, "talent@marevia.example", days=-12)
    v = verdict_of(note(title, days=5), first)
    assert v.is_follow_up, why(v)


def test_the_employer_at_the_place_of_a_note_naming_a_round():
    first = invite(
        "Vorstellungsgespräch Physiotherapeut (m/w/d)",
        "personal@isarblick-reha.example",
        days=-12,
        description="Vielen Dank für Ihre Bewerbung bei der Rehaklinik Isarblick GmbH.",
    )
    trial = replace(
        note("Probearbeitstag Bad Tölz", days=5),
        location="Rehaklinik Isarblick, Bahnhofstraße 2, 83646 Bad Tölz",
    )
    v = verdict_of(trial, first)
    assert v.is_follow_up, why(v)
