"""Kinds of mistake development set 29 showed, each in new words and several languages:
health professionals (a specialist physician, a dentist and their specialities) as jobs
in every language; a region or a city after a job, a translation after a job in a script
without spaces; a specialism in brackets closing a sentence's job; a field after a
sentence closed by a bracket; an inclusive job the description writes whole; the legal
forms of Peru, a seat in brackets after a legal form, a name holding a place's
preposition, a brand and the registered firm behind it, a unit opening a title's part;
sports leagues, research studies, teaching demos, a tracking system's named session, a
dental practice, an interview with the chief executive, a case presentation.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.afterform import without_seat
from assistant.detect.employer.brandname import registered_behind, regrouped
from assistant.detect.employer.extract import company_of, name_key
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.fullerrole import fuller_in_text
from assistant.detect.job.roleclean import clean_role
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description, read_title
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- health professionals are jobs, in every language ------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Final interview – Cardiologist", "Cardiologist"),
        ("Second interview – Periodontist", "Periodontist"),
        ("Segunda entrevista – Endodoncista", "Endodoncista"),
        ("Segunda entrevista – Médica Dentista", "Médica Dentista"),
        ("Deuxième entretien – Orthodontiste", "Orthodontiste"),
        ("Secondo colloquio – Odontoiatra", "Odontoiatra"),
        ("Zweitgespräch – Kieferorthopädin", "Kieferorthopädin"),
        ("Tweede gesprek – Tandarts", "Tandarts"),
        ("Druga rozmowa – Stomatolog", "Stomatolog"),
        ("Andra intervju – Tandläkare", "Tandläkare"),
        ("İkinci görüşme – Diş Hekimi", "Diş Hekimi"),
        ("二次面接 小児歯科医", "小児歯科医"),
        ("二面 口腔医生", "口腔医生"),
        ("2차 면접 – 치과의사", "치과의사"),
    ],
)
def test_health_professional_is_a_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    "word", ["Dermatologist", "Nefróloga", "Pédiatre", "Anestesista", "Radiologe", "Ortodonta"]
)
def test_speciality_noun_is_a_job(word):
    assert clean_role(word) == word


@pytest.mark.parametrize(
    "word",
    # a dental or a surgical clinic's name is no job ("さくら歯科医院", "전문의원")
    ["Catalogue", "Dialogue", "Playlist", "Backlog", "さくら歯科医院", "山田外科医院", "전문의원"],
)
def test_words_ending_like_a_speciality_are_no_job(word):
    assert clean_role(word) is None


def test_a_health_job_carries_to_a_later_round():
    first = invite(
        "First interview – Paediatric Dentist – Lakeview Dental Care",
        "hr@lakeviewdental.example",
        days=1,
    )
    later = invite("Second interview – Lakeview Dental Care", "hr@lakeviewdental.example", days=8)
    v = verdict_of(later, first)
    assert v.is_follow_up and v.role == "Paediatric Dentist", why(v)


@pytest.mark.parametrize("title", ["Dentist", "Zahnarzt – Kontrolle", "Dentista 10:30"])
def test_a_visit_to_the_dentist_is_no_round(title):
    # the word is a job now, but a block for oneself names no employer to follow up with
    first = invite(
        "First interview – Associate Dentist – Lakeview Dental Care", "hr@lakeview.example"
    )
    v = verdict_of(note(title, days=5), first)
    assert not v.is_follow_up, why(v)


# --- a region or a city after a job stays as the invite writes it -----------------------
# The issue asks for roles without gender markers only, and fourteen earlier calendars'
# writers kept a region after the job ("Regional Sales Director, EMEA"): the job is
# written as the invite writes it.


def test_region_after_a_job_in_an_invite_stays_as_written():
    first = invite(
        "Phone screen – Halden Medical",
        "talent@haldenmedical.example",
        days=1,
        description="Position: Product Specialist, Benelux",
    )
    later = invite(
        "Second interview – Halden Medical",
        "talent@haldenmedical.example",
        days=8,
        description="Position: Product Specialist, Benelux",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up and v.role == "Product Specialist, Benelux", why(v)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Position: 치과위생사 (Dental Hygienist).", "치과위생사"),
        ("職種：歯科衛生士 (Dental Hygienist)", "歯科衛生士"),
    ],
)
def test_translation_after_a_job_in_a_script_without_spaces_is_dropped(text, role):
    assert read_description(text).role == role


# --- a specialism in brackets closing a sentence's job ----------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "We received your application for the post of Staff Physiotherapist (Neurology). "
            "Details follow.",
            "Staff Physiotherapist (Neurology)",
        ),
        (
            "Gracias por postular al puesto de Enfermera Jefa (Neonatología). Le esperamos.",
            "Enfermera Jefa (Neonatología)",
        ),
    ],
)
def test_specialism_in_brackets_closing_the_sentence_stays(text, role):
    assert read_description(text).role == role


def test_field_after_a_sentence_closed_by_a_bracket():
    text = "Call booked by the office manager (Priya). Position: Dental Nurse. Bring ID."
    assert read_description(text).role == "Dental Nurse"


# --- the fuller form of an inclusive job written in the text wins -----------------------


@pytest.mark.parametrize(
    ("role", "text", "whole"),
    [
        (
            "Fisioterapeuta/a Especialista",
            "Vacante: Fisioterapeuta Especialista en Suelo Pélvico",
            "Fisioterapeuta Especialista en Suelo Pélvico",
        ),
        (
            "Berater/in Vertrieb",
            "Ihre Bewerbung als Beraterin Vertrieb für Medizintechnik ist eingegangen.",
            "Beraterin Vertrieb für Medizintechnik",
        ),
        (
            "Enfermeiro(a) Especialista",
            "Vaga: Enfermeira Especialista em Reabilitação",
            "Enfermeiro(a) Especialista",  # "em" is no joining word read here: as written
        ),
    ],
)
def test_inclusive_job_written_whole_in_the_text(role, text, whole):
    assert fuller_in_text(role, text) == whole


def test_inclusive_job_then_a_city_stays_as_written():
    assert fuller_in_text("Gerente/a Comercial", "Gerenta Comercial en Madrid") == (
        "Gerente/a Comercial"
    )


# --- the legal forms of Peru; a seat in brackets after a legal form ---------------------


@pytest.mark.parametrize(
    "name",
    [
        "Clínica Dental Miraflores S.A.C.",
        "Laboratorio Andino S.R.L.",
        "Consultorio Rímac E.I.R.L.",
        "Corporación Andina S.A.A.",
    ],
)
def test_peruvian_legal_form_is_kept_for_display_and_ignored_for_matching(name):
    short = name.rsplit(" ", 1)[0]
    assert registered_name(short, f"Le escribe {name} desde Lima.") == name
    assert name_key(name) == name_key(short)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Gulf Smile Centres L.L.C. (Abu Dhabi)", "Gulf Smile Centres L.L.C."),
        ("Praxisgruppe Nord GmbH (Wien)", "Praxisgruppe Nord GmbH"),
    ],
)
def test_seat_in_brackets_after_a_legal_form_is_dropped(name, bare):
    assert without_seat(name) == bare


def test_legal_form_in_brackets_stays():
    assert without_seat("Harbour Labs Ltd (Holdings) Ltd") == "Harbour Labs Ltd (Holdings) Ltd"


# --- a name holding a place's preposition -----------------------------------------------


@pytest.mark.parametrize(
    ("title", "organizer", "name"),
    [
        (
            "Zweitgespräch – Praxis an der Alster",
            "hr@praxis-alster.example",
            "Praxis an der Alster",
        ),
        (
            "Second interview – Clinique sur Loire",
            "rh@clinique-loire.example",
            "Clinique sur Loire",
        ),
    ],
)
def test_name_through_a_place_preposition(title, organizer, name):
    event = invite(title, organizer)
    assert company_of(event, PROFILE, "", job_context=True)[0] == name


# --- a brand and the registered firm behind it ------------------------------------------


def test_brand_regrouped_in_the_registered_name():
    assert regrouped("Polaris Tannklinikk Bergen", "Tannklinikkgruppen Polaris AS")
    assert not regrouped("Polaris Tannklinikk", "Nordlys Holding AS")
    text = "Takk for søknaden til Tannklinikkgruppen Polaris AS. Hilsen Polaris Tannklinikk"
    assert registered_behind("Polaris Tannklinikk", text) == "Tannklinikkgruppen Polaris AS"


def test_registered_name_in_a_script_without_spaces_with_a_group_word():
    text = "하늘치과그룹 주식회사 교정과 포지션에 지원해 주셔서 감사합니다."
    assert registered_name("하늘치과", text) == "하늘치과그룹 주식회사"


def test_registered_name_behind_a_brand_through_detection():
    first = invite(
        "Första intervju: Tandhygienist",
        "lisa@polaristand.example",
        days=1,
        description="Tack för din ansökan till Tandvårdsgruppen Polaris AB.\nPolaris Tand",
    )
    later = invite("Träffa teamet – Polaris Tand Luleå", "lisa@polaristand.example", days=8)
    v = verdict_of(later, first)
    assert v.is_follow_up and v.company == "Tandvårdsgruppen Polaris AB", why(v)


# --- a unit opening a title's part is no employer ---------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Secondo colloquio – Direzione Medica", "Segunda entrevista – Dirección Clínica"],
)
def test_unit_opening_a_title_part_is_no_company(title):
    _, candidates, _ = title_names(title)
    assert not candidates


@pytest.mark.parametrize("name", ["Department of Health", "Dirección de Tráfico"])
def test_unit_of_something_is_not_read_as_a_unit(name):
    # "Department of Health" names a public body, which may hire
    assert w.search(w.UNIT_FIRST, name) is None


def test_english_job_ending_in_direction_is_still_a_job():
    # French "direction" is a unit, but not in English: no unit word is read from it
    assert role_in_title("Second interview – Head of Art Direction") == "Head of Art Direction"


# --- sports leagues, research studies ---------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Liga Barrial – 2da ronda (cuartos)",
        "Copa Empresarial, octavos de final",
        "Ligue du jeudi – quarts de finale",
        "Copa do bairro – quartas de final",
    ],
)
def test_league_and_knockout_rounds_are_sport(title):
    assert read_title(title).kind is not None
    assert not verdict_of(note(title)).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – study on nurses who moved abroad",
        "Segunda entrevista – estudio sobre médicos migrantes",
        "Zweites Interview – Studie zu Pflegekräften",
    ],
)
def test_research_study_is_no_job_interview(title):
    assert read_title(title).other_interview


def test_a_case_study_is_still_an_exercise():
    assert read_title("Case study on pricing – final round").other_interview is None


# --- teaching demos, a tracking system's named session ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Teaching demo – Maths Teacher – Brookfield Academy",
        "Lehrprobe – Brookfield Academy",
        "Clase demostrativa – Brookfield Academy",
        "Proefles – Brookfield Academy",
    ],
)
def test_teaching_demo_is_a_round_for_a_teaching_job(title):
    first = invite("Interview – Maths Teacher – Brookfield Academy", "ana.reyes@brookfield.example")
    later = invite(title, "ana.reyes@brookfield.example", days=9)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_session_named_by_the_tracking_system_is_an_interview():
    first = invite("Nimbus Labs – intro call", "sam@nimbuslabs.example", days=1)
    later = invite(
        "[Nimbus Labs] Partnerships & Training – Robin Hale",
        "sam@nimbuslabs.example",
        "kai@nimbuslabs.example",
        days=9,
        description="Interview: Partnerships & Training\nCandidate: Robin Hale\n"
        "Position: Solutions Lead\nInterviewer: Kai Ito",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


# --- a dental practice is no practising -------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Practice tour & meet the team", "Dental practice visit", "Practice owner chat"]
)
def test_practice_as_a_place_is_no_prep(title):
    assert read_title(title).prep is None


@pytest.mark.parametrize("title", ["Interview practice with Sam", "Practice answers"])
def test_practising_is_still_prep(title):
    assert read_title(title).prep


# --- an interview with the chief executive, a case presentation -------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel Foods – interview with MD",
        "Presentación de caso práctico – Kestrel Foods",
        "Apresentação de caso clínico – Kestrel Foods",
    ],
)
def test_later_round_after_an_agencys_first_call(title):
    assert read_title(title).stage or read_title(title).contact
