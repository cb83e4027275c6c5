"""Kinds of mistake development set 17 showed, each in new words and several languages:
a health institution's noun heading or ending its name, a university hospital as its own
employer, "and" for "&", a unit before the employer's shorter name, a centre named after
the care it gives, a name cut at "・", a meeting about the contract after the interviews,
a role run on over its line or a note in brackets, a unit met taken as the job, and
job words of nursing management. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.fullname import fuller_name, institution_name, without_unit
from assistant.detect.employer.namecompare import words_within
from assistant.detect.employer.namematch import name_matching
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.gendered import in_both_genders
from assistant.detect.job.rolecompare import with_team
from assistant.detect.job.roleemployer import university_unit
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.titles import segments
from tests.unit.test_detect_families import note as own_note
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- a health institution's noun heads or ends its name ------------------------------------


@pytest.mark.parametrize(
    ("short", "text", "whole"),
    [
        ("Clinique", "au sein de la Clinique du Val Fleuri SA.", "Clinique du Val Fleuri SA"),
        ("Clínica", "en la Clínica de la Vega S.L. de Toledo.", "Clínica de la Vega S.L."),
        ("Policlinico", "presso il Policlinico di Santa Lucia S.p.A. a Novara.",
         "Policlinico di Santa Lucia S.p.A."),
        ("Klinikum", "im Klinikum für Innere Medizin Oberau GmbH.",
         "Klinikum für Innere Medizin Oberau GmbH"),
        ("Hospital", "at the Hospital of Saint Brennan Ltd.", "Hospital of Saint Brennan Ltd"),
    ],
)  # fmt: skip
def test_health_institution_noun_heads_its_name(short, text, whole):
    title = f"Second interview – {short}"
    assert fuller_name(short, title, (title, "", text)) == whole


@pytest.mark.parametrize(
    ("short", "text", "whole"),
    [
        ("Oriente", "na vaga do Hospital Universitário Oriente, S.A., em Braga.",
         "Hospital Universitário Oriente, S.A."),
        ("Odra", "w Szpital Kliniczny Odra sp. z o.o. we Wrocławiu.",
         "Szpital Kliniczny Odra sp. z o.o."),
    ],
)  # fmt: skip
def test_institution_noun_and_its_adjective_before_the_name(short, text, whole):
    assert institution_name(short, (text,)) == whole


@pytest.mark.parametrize(
    "title",
    [
        "Entrevista final – Hospital São Lucas da Serra",
        "Segunda entrevista – Clínica Virgen de la Paloma",
        "Secondo colloquio – Ospedale Madonna del Lago",
    ],
)
def test_romance_particle_inside_an_institutions_name_in_a_title(title):
    assert title.split(" – ")[1] in title_names(title)[1]


def test_university_hospital_is_its_own_employer():
    assert university_unit("Easton University Hospital", "Ward Sister", "x")[0] == (
        "Easton University Hospital"
    )
    # a university's gallery still is the university's
    assert university_unit("Easton University Art Galleries", "Registrar", "x")[0] == (
        "Easton University"
    )


def test_centre_named_after_the_care_it_gives_is_the_name():
    title = "Lindell Health Center – phone interview"
    assert name_matching(title, ("lindellhc",), True) == "Lindell Health Center"
    # a building after a name stays out of it
    assert name_matching("Brackley Centre – interview", ("brackley",), True) == "Brackley"


# --- "and" for "&", a unit before a shorter name ---------------------------------------------


@pytest.mark.parametrize("joined", ["and", "und", "et", "y"])
def test_name_written_with_and_is_the_one_written_with_ampersand(joined):
    assert words_within(f"Larch {joined} Pike", "Larch & Pike Care Group Ltd")
    assert not words_within("Larch Pike", "Larch & Pike Care Group Ltd")


@pytest.mark.parametrize(
    ("written", "role", "rest"),
    [
        ("Vorstand KB Nord", None, "KB Nord"),  # the board, in German
        ("Diretoria Vale Verde", None, "Vale Verde"),
        ("Oncology Larkfield", "Charge Nurse Oncology", "Larkfield"),  # the job's own ward
        ("Larkfield Care", "Charge Nurse Oncology", None),
    ],
)
def test_unit_before_the_employers_shorter_name(written, role, rest):
    assert without_unit(written, role) == rest


def test_later_round_naming_a_unit_and_the_short_name_takes_the_full_name():
    first = invite(
        "First interview – Charge Nurse Oncology",
        "talent@larkfield.example",
        days=-12,
        description="Thank you for applying to Larkfield Care Homes Ltd\nThe talent team",
    )
    later = invite(
        "Meet the team – Oncology Larkfield",
        "talent@larkfield.example",
        "ward.lead@larkfield.example",
        description="Second interview: you meet the ward's nurses.",
    )
    assert verdict_of(later, first).company == "Larkfield Care Homes Ltd"


# --- a name joined by "・" in Japanese -------------------------------------------------------


def test_katakana_joined_by_a_middle_dot_is_one_name():
    parts = [part for part, _ in segments("【最終面接】病棟師長／メディケア・ノース株式会社")]
    assert "メディケア・ノース株式会社" in parts
    # between other words it still separates
    assert [part for part, _ in segments("説明会・面接")] == ["説明会", "面接"]


# --- a meeting about the contract after the interviews -------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Contract meeting – Brightwell Care",
        "Arbeitsvertrag besprechen – Brightwell Care",
        "Vertragstermin – Brightwell Care",
        "Reunião de contrato – Brightwell Care",
        "Rendez-vous contrat – Brightwell Care",
        "Contractgesprek – Brightwell Care",
        "Spotkanie w sprawie umowy – Brightwell Care",
        "Sözleşme görüşmesi – Brightwell Care",
    ],
)
def test_contract_meeting_after_interviews_is_not_a_round(title):
    earlier = invite("Second interview – Brightwell Care", "hr@brightwell.example", days=-5)
    v = verdict_of(invite(title, "hr@brightwell.example"), earlier)
    assert not v.is_follow_up, why(v)


# --- the role: its line's end, a note in brackets, a unit met --------------------------------


def test_role_stops_at_the_end_of_its_line():
    text = "Interview for Ward Manager, Renal Services\nInterviewers: Kim Oduya, Ben Hart\n"
    assert role_in_text(text) == "Ward Manager, Renal Services"


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – Theatre Coordinator (RESCHEDULED)",
        "Final round – Theatre Coordinator (Updated)",
        "Final round – Theatre Coordinator (new time)",
    ],
)
def test_note_in_brackets_is_no_part_of_the_role(title):
    assert role_in_title(title) == "Theatre Coordinator"


def test_detail_in_brackets_stays_in_the_role():
    assert (
        role_in_title("Second interview – Staff Nurse (Cardiology)") == "Staff Nurse (Cardiology)"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Final panel – Pharmacy Directorate",
        "Painel final – diretoria",
        "İkinci Mülakat – Eczacılık Müdürlüğü",
        "Zweitgespräch – Pflegedirektion",
    ],
)
def test_unit_met_is_not_the_job(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Zweitgespräch: Verwaltungsdirektor/in (m/w/d) – Klinik Nord", "Verwaltungsdirektor/in"),
        ("Zweitgespräch: Pflegedirektorin – Klinik Nord", "Pflegedirektorin"),
        ("复试：门诊部主任 - 华康医院", "门诊部主任"),
        ("复试：护士长 - 华康医院", "护士长"),
    ],
)
def test_nursing_management_titles_are_job_words(title, role):
    assert role_in_title(title) == role


# --- a job in two genders, ranks joined, a rank and a name after the employer ---------------


@pytest.mark.parametrize(
    ("role", "title", "whole"),
    [
        ("Starsza Pielęgniarka", "Rozmowa – Starsza Pielęgniarka / Starszy Pielęgniarz",
         "Starsza Pielęgniarka / Starszy Pielęgniarz"),
        ("Enfermero Jefe", "Entrevista – Enfermera Jefa / Enfermero Jefe – Clínica Norte",
         "Enfermera Jefa / Enfermero Jefe"),
        ("Infermiere Coordinatore", "Colloquio – Infermiere Coordinatore / Infermiera Coordinatrice",
         "Infermiere Coordinatore / Infermiera Coordinatrice"),
    ],
)  # fmt: skip
def test_job_in_two_genders_is_kept_whole(role, title, whole):
    assert in_both_genders(role, (title,)) == whole


def test_two_different_jobs_joined_by_a_slash_are_not_genders():
    assert in_both_genders("Data Analyst", ("Interview – Data Analyst / Data Scientist",)) == (
        "Data Analyst"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Final interview: Acme Care / President & COO",
        "Final round – Acme Care – CEO and CFO",
        "Second interview – Acme Care – CNO + CMO",
    ],
)
def test_ranks_joined_are_whom_the_round_is_with(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    "title",
    ["Zoom w/ Fairholme CNO Priya Raman (2nd conversation)", "Call with Brackwell COO Dana Wu"],
)
def test_rank_and_name_after_the_employer_are_no_part_of_its_name(title):
    assert not any("Priya" in name or "Dana" in name for name in title_names(title)[1])


def test_rank_and_name_after_the_employer_in_a_note_are_not_the_employer():
    first = invite(
        "Interview: Ward Manager – Fairholme Care Homes Ltd",
        "jobs@fairholme.example",
        days=-9,
    )
    note = own_note("Call w/ Fairholme CNO Priya Raman (2nd conversation)")
    v = verdict_of(note, first)
    assert v.company == "Fairholme Care Homes Ltd"
    assert v.is_follow_up, why(v)


# --- a unit after the job and a dash, with its small words -----------------------------------


@pytest.mark.parametrize(
    ("role", "text", "whole"),
    [
        ("Jefa de Enfermería", "el puesto de Jefa de Enfermería - Unidad de Quemados en Clínica Sur.",
         "Jefa de Enfermería - Unidad de Quemados"),
        ("Coordinatore", "per Coordinatore - Servizio di Pneumologia presso Ospedale Nord.",
         "Coordinatore - Servizio di Pneumologia"),
        ("Ward Manager", "for Ward Manager - Theatre & Day Surgery at Fenwick Care.",
         "Ward Manager - Theatre & Day Surgery"),
    ],
)  # fmt: skip
def test_unit_with_small_words_after_the_job_and_a_dash(role, text, whole):
    assert with_team(role, (text,), lambda team: False) == whole
