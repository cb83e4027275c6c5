"""A later round held as a whole day ("Trial shift – Fernhill", "Working interview @
Oakvale Dental", "Jornada de prueba …", "Probetag …"): an all-day event or the user's
own note, a round once the process's earlier interviews are known, never alone. The
employer may be written by its domain's name ("… en Restaurante Olivar Centro" after
interviews with olivar.example) or only in the note's description."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect.verdict.hiringlink import _registered_tail
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def screen(title: str, host: str, description: str):
    return invite(title, host, days=-10, description=description)


def whole_day(event):
    return replace(event, all_day=True)


def fernhill():
    return screen(
        "Phone screen – Fernhill Kitchens",
        "jobs@fernhillkitchens.example",
        "Thanks for applying to Fernhill Kitchens Ltd for the Sous Chef role.",
    )


@pytest.mark.parametrize(
    "title", ["Trial shift – Fernhill Kitchens", "Working interview @ Fernhill Kitchens"]
)
def test_a_whole_day_note_after_the_employers_interview(title):
    v = verdict_of(whole_day(note(title, days=4)), fernhill())
    assert v.is_follow_up, why(v)
    assert v.company.startswith("Fernhill Kitchens")


def test_a_whole_day_invite_after_the_employers_interview():
    day = whole_day(
        invite(
            "Working interview – Oakvale Dental",
            "rina@oakvaledental.example",
            days=6,
            description="Shadow Dr. Lane for the day. Scrubs provided.",
        )
    )
    first = screen(
        "Phone interview – Oakvale Dental",
        "rina@oakvaledental.example",
        "A short phone interview for the Associate Dentist position at Oakvale Dental.",
    )
    v = verdict_of(day, first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title", ["Trial shift – Fernhill Kitchens", "Company offsite day – Fernhill Kitchens"]
)
def test_a_whole_day_alone_or_without_a_stage_is_no_round(title):
    # no earlier interview for the trial shift; a day out names no stage
    others = () if title.startswith("Trial") else (fernhill(),)
    v = verdict_of(whole_day(note(title, days=4)), *others)
    assert not v.is_follow_up, why(v)


def test_the_employer_by_its_domains_name_in_a_whole_day_note():
    first = screen(
        "Entrevista – Jefe de Sala",
        "seleccion@olivar.example",
        "Te invitamos a una entrevista para Jefe de Sala en Grupo Olivar, S.L.",
    )
    v = verdict_of(whole_day(note("Jornada de prueba en Restaurante Olivar Centro", 5)), first)
    assert v.is_follow_up, why(v)
    assert "Olivar" in (v.company or "")


def test_the_employer_in_the_notes_description():
    first = screen(
        "Erstgespräch – Leitung Rezeption (m/w/d)",
        "personal@lindqvist-hotels.example",
        "Vielen Dank für Ihre Bewerbung bei der Lindqvist Hotels GmbH für unser Hotel Nord.",
    )
    trial = replace(
        note("Probearbeiten Hotel Nord (Rezeption)", days=6),
        description="Probetag bei Lindqvist Hotels – Frühschicht mit Frau Berg.",
    )
    v = verdict_of(trial, first)
    assert v.is_follow_up, why(v)
    assert v.company.startswith("Lindqvist Hotels")


def test_a_registered_name_cut_to_its_last_word_is_the_same_firm():
    assert _registered_tail("Guadarrama, S.L.", "Hospital Veterinario Sierra de Guadarrama")
    assert not _registered_tail("Guadarrama", "Hospital Veterinario Sierra de Guadarrama")
    assert not _registered_tail("Sierra, S.L.", "Hospital Veterinario Sierra de Guadarrama")


def test_a_note_to_read_up_on_the_employer_before_the_stage_is_no_round():
    v = verdict_of(note("Research Fernhill Kitchens before trial shift", days=3), fernhill())
    assert not v.is_follow_up, why(v)
