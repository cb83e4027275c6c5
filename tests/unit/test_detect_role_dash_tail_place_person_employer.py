"""What an invite writes after a job's dash that is no part of the job: a town of an
address the calendar goes to ("… – Tarnowskie Góry"), a town with its state's code
("… - Fallon, NV."), a field's label ("– Auftraggeber: …"), a person on the invite
("- K Doyle") and the employer's name ("- Nordhafen Versicherung"). A specialism after
the dash ("– Tidal Energy") stays. Also a workload in per cent after the job ("… 60–80 %").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect import detect
from assistant.detect.job.dashtail import calendar_localities, without_named_tail
from assistant.detect.job.roles import role_in_title
from tests.unit.test_detect_kinds import PROFILE, invite


def test_a_town_of_an_address_in_the_calendar_is_cut():
    towns = calendar_localities(["ul. Lipowa 3, 42-600 Tarnowskie Góry", None, "Zoom"])
    assert without_named_tail("Specjalista ds. Logistyki – Tarnowskie Góry", places=towns) == (
        "Specjalista ds. Logistyki"
    )


def test_a_town_written_with_its_states_code_is_cut():
    text = "We'd like to talk about the Wafer Test Technician - Fallon, NV. opening."
    assert without_named_tail("Wafer Test Technician - Fallon", sources=(text,)) == (
        "Wafer Test Technician"
    )


def test_a_fields_label_after_the_dash_is_cut():
    title = "Erstgespräch Level Artist (m/w/d) – Auftraggeber: Wolkenbruch Studios GmbH"
    assert without_named_tail("Level Artist – Auftraggeber", sources=(title,)) == "Level Artist"


@pytest.mark.parametrize("tail", ["K Doyle", "Keeva Doyle", "K. Doyle"])
def test_a_person_on_the_invite_after_the_dash_is_cut(tail):
    people = frozenset({"keeva", "doyle", "martin", "oyelaran"})
    role = f"Senior Orthoptist - {tail}"
    assert without_named_tail(role, people=people) == "Senior Orthoptist"


def test_the_employers_name_after_the_dash_is_cut():
    role = "Claims Handler Cargo - Nordhafen Versicherung"
    company = "Nordhafen Versicherung Meyer & Co. KG"
    assert without_named_tail(role, company=company) == "Claims Handler Cargo"


def test_a_specialism_after_the_dash_stays():
    role = "Project Engineer – Tidal Energy"
    assert (
        without_named_tail(
            role,
            sources=("Interview: Project Engineer – Tidal Energy",),
            people=frozenset({"keeva", "doyle"}),
            company="Seabright Renewables Ltd",
            places=frozenset({"tarnowskie góry"}),
        )
        == role
    )


def test_a_calendars_address_cuts_the_town_from_a_later_rounds_role():
    first = invite(
        "Entretien RH – Gestionnaire Sinistres (H/F)",
        "rh@mutuelle-rhodanienne.example",
        days=-9,
        description=(
            "Nous vous confirmons un entretien pour le poste de Gestionnaire Sinistres "
            "(H/F) - Vevey.\n\nMutuelle Rhodanienne SA"
        ),
    )
    second = replace(
        invite(
            "Deuxième entretien – Mutuelle Rhodanienne",
            "rh@mutuelle-rhodanienne.example",
            "paul.girod@mutuelle-rhodanienne.example",
            days=2,
            description="Suite à votre premier entretien, voici le second.",
        ),
        location="Quai Perdonnet 12, 1800 Vevey",
    )
    found = {d.event.uid: d.verdict for d in detect([first, second], PROFILE)}
    assert found[second.uid].role == "Gestionnaire Sinistres"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Telefoninterview Leitung Hauswirtschaft 60–80 %", "Leitung Hauswirtschaft"),
        ("Gespräch: Sachbearbeiterin Lohn (50%)", "Sachbearbeiterin Lohn"),
    ],
)
def test_a_workload_after_the_job_is_no_part_of_it(title, role):
    assert role_in_title(title) == role


def test_a_specialism_before_the_titles_round_after_a_colon_stays():
    title = "Buyer - Metals: Second Interview"
    assert without_named_tail("Buyer - Metals", sources=(title,)) == "Buyer - Metals"
