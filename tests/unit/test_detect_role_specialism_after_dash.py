"""A job's specialism after a dash ("Turbine Technician – Offshore Wind"): part of the
job wherever the invite writes it whole, after a gender marker too, joined by "y",
"&" or an elided "d'", closed by "!", "for …" or a bare marker; and carried to a later
round that writes the job without it. A person after the dash ("– Frau Brandauer",
"– Priya K"), a way of working or a site of the employer is never one.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.rolecompare import dashed
from assistant.detect.job.teamafter import with_team
from tests.unit.test_detect_kinds import invite, verdict_of


def _team(role: str, source: str) -> str | None:
    return with_team(role, (source,), lambda team: False)


# --- the specialism is written whole in the invite ------------------------------------------


@pytest.mark.parametrize(
    ("role", "source", "whole"),
    [
        (  # small words of other languages between its capitalised words
            "Jefa de Almacén",
            "Entrevista: Jefa de Almacén – Cadena de Frío y Congelados (H/M) con Frigoríficos Ebro",
            "Jefa de Almacén – Cadena de Frío y Congelados",
        ),
        (  # an elided article and a bare marker closing it
            "Responsable de site",
            "Convocation – Responsable de site – Pièces d'usure H/F (Réf. 55120)",
            "Responsable de site – Pièces d'usure",
        ),
        (  # a gender marker between the job and its dash
            "Kierowniczka Zmiany",
            "Rozmowa – Kierowniczka Zmiany (K/M) – Logistyka Chłodnicza",
            "Kierowniczka Zmiany – Logistyka Chłodnicza",
        ),
        (  # a sentence's exclamation closes it
            "Fleet Planner",
            "Thanks so much for applying for Fleet Planner – Wind & Solar! See you soon.",
            "Fleet Planner – Wind & Solar",
        ),
        (  # what the job is for follows it
            "Site Manager",
            "We are hiring a Site Manager – Tunnels for our Nordic portfolio.",
            "Site Manager – Tunnels",
        ),
        (  # a field named with a work mode's word is still a field
            "Grid Analyst",
            "Position: Grid Analyst – Hybrid Systems (Remote)\nDate: Friday",
            "Grid Analyst – Hybrid Systems",
        ),
        (  # a model's letters and digits are no meeting note
            "Line Mechanic",
            "Bewerbung als Line Mechanic – ATR72 Fleet (m/w/d) bei uns",
            "Line Mechanic – ATR72 Fleet",
        ),
    ],
)
def test_a_specialism_after_a_dash_stays_on_the_job(role, source, whole):
    assert _team(role, source) == whole


@pytest.mark.parametrize(
    ("role", "source"),
    [
        ("Head of Stores", "Vorstellungsgespräch Head of Stores (m/w/d) – Frau Brandauer"),
        ("Warehouse Lead", "Interview - Warehouse Lead - Priya K"),
        ("Warehouse Lead", "Interview - Warehouse Lead - P. Kaur"),
        ("Data Analyst", "Second interview – Data Analyst – Remote"),
        ("Data Analyst", "Second interview – Data Analyst – 10am"),
    ],
)
def test_a_person_a_work_mode_or_a_time_after_the_dash_is_no_specialism(role, source):
    assert _team(role, source) == role


def test_a_team_opening_with_an_address_like_word_is_still_a_team():
    assert _team("HR Manager", "Job: HR Manager - Legal Practice (Req ID 1)") == (
        "HR Manager - Legal Practice"
    )


# --- a later round writing the job without it keeps the earlier round's ----------------------


@pytest.mark.parametrize(
    ("full", "part", "company", "kept"),
    [
        ("Turbine Technician – Offshore Wind", "Turbine Technician", None, True),
        ("Jefe de Almacén – Cadena de Frío", "Jefe de Almacén", None, True),
        ("Asset Manager – Hotels", "Asset Manager", "Corran Hotels", True),
        ("Store Manager – Padaria Central", "Store Manager", "Padarias Estrela", False),
        ("Store Manager – Herr Brandauer", "Store Manager", None, False),
        ("Store Manager – Remote", "Store Manager", None, False),
        ("Store Manager – Second Interview", "Store Manager", None, False),
    ],
)
def test_an_earlier_rounds_specialism_after_a_dash(full, part, company, kept):
    assert dashed(full, part, company=company) is kept


def test_a_later_round_writing_the_job_short_keeps_the_earlier_specialism():
    first = invite(
        "Phone screen – Skerry Marine",
        "talent@skerrymarine.example",
        days=1,
        description="Position: Turbine Technician – Offshore Wind\nDuration: 30 minutes",
    )
    later = invite(
        "Second interview – Turbine Technician – Skerry Marine",
        "talent@skerrymarine.example",
        days=12,
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Turbine Technician – Offshore Wind"
