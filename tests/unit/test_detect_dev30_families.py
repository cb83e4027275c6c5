"""Kinds of mistake development set 30 showed (legal aid, paralegal and court services),
each in new words and several languages: legal jobs (ISCO-08 2611, 2612, 2619, 3411) in
every language file; a place in a bracket after a job, never a field of work or a team;
a session's topic taken for the job; a programme's name before a job; a tracking
system's "Employer | Job" first line; a field's lower-case specialism after a dash;
the earlier round's fuller job carried to a later round that writes it shorter; a job
and its field in one bracket taken for the employer; a platform taken for the employer
(a sender "… via <platform>", a location naming a video room); a registered name with a
region in brackets, a law firm's forms; an interviewer's rank alone taken for the
employer; an institution's name cut before its noun; a talk about pay or the contract.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import re

import pytest

from assistant.detect.employer.confirmed import video_room
from assistant.detect.employer.extract import company_of
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.jobparts import field_after_role
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.places.placenames import names_a_place, place_in_bracket
from assistant.detect.text.reading import read_description
from assistant.detect.who.gobetween import mailbox_name
from assistant.detect.words.vocabulary import languages
from assistant.models import Attendee, Event, Verdict
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- legal jobs are jobs in every language ------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", ["legal executive", "court reporter", "law clerk"]),
        ("de", ["Rechtsanwaltsfachangestellte", "Justiziarin", "Gerichtsvollzieher"]),
        ("fr", ["assistante juridique", "greffière", "huissier de justice"]),
        ("es", ["asistente jurídica", "procuradora", "letrado"]),
        ("pt", ["assistente jurídica", "solicitadora", "escrivã"]),
        ("it", ["paralegale", "praticante avvocato", "cancelliere"]),
        ("nl", ["juridisch medewerker", "griffier", "deurwaarder"]),
        ("pl", ["asystentka prawna", "prawnik", "komornik"]),
        ("sv", ["advokatsekreterare", "domare", "medlare"]),
        ("tr", ["hukuk sekreteri", "arabulucu", "noter"]),
        ("ja", ["パラリーガル", "司法書士", "弁理士"]),
        ("zh", ["法律助理", "书记员", "仲裁员"]),
        ("ko", ["패러리걸", "법무사", "변리사"]),
        ("cs", ["koncipientka", "soudce", "exekutor"]),
    ],
)
def test_legal_jobs_in_each_language_file(code, words):
    lang = next(lang for lang in languages() if lang.code == code)
    fragments = (*lang.lists["occupations"], *lang.lists["role_nouns"])
    for word in words:
        assert any(re.fullmatch(f, word, re.I) for f in fragments), (code, word)


def test_legal_job_in_sentence_case_after_a_round():
    title = "Deuxième entretien – Assistante juridique droit social"
    assert role_in_title(title) == "Assistante juridique droit social"


# --- a place in a bracket after a job is no part of it; a field, a team or a market is ----


@pytest.mark.parametrize(
    ("field", "role"),
    [
        ("Position: Claims Handler (Frankfurt)", "Claims Handler"),
        ("Puesto: Gestor de Siniestros (Equipo Latinoamérica)", "Gestor de Siniestros"),
        ("Stelle: Schadenregulierer (Team Österreich)", "Schadenregulierer"),
        ("职位：合规专员（越南方向）", "合规专员"),
        ("Position: Claims Handler (Marine Cargo)", "Claims Handler (Marine Cargo)"),
        ("Position: Claims Handler (Subrogation Team)", "Claims Handler (Subrogation Team)"),
        ("Position: Claims Handler (Nordics)", "Claims Handler (Nordics)"),
    ],
)
def test_place_in_a_bracket_after_a_job(field, role):
    assert role_in_field(field + "\nLocation: video call") == role


def test_place_in_a_sentence_bracket():
    text = "Interview for Tenancy Caseworker (Benelux Team) at Harlow Housing Trust."
    assert role_in_text(text) == "Tenancy Caseworker"


@pytest.mark.parametrize(
    ("bracket", "place"),
    [
        ("(Manchester)", True),
        ("(Equipa Ásia-Pacífico)", True),
        ("(Squadra Norvegia)", True),
        ("（越南方向）", True),
        ("(APAC)", False),  # the market the job covers: which job it is
        ("(Greater China)", False),
        ("(Norwegen)", False),
        ("(Employment Law)", False),
        ("(Uluslararası Tahkim)", False),
        ("(フルタイム)", False),  # "タイ" (Thailand) inside a word written in kana
        ("(Island Operations)", False),
    ],
)
def test_place_names(bracket, place):
    assert place_in_bracket(bracket) is place


def test_a_world_region_is_a_place_the_world_is_not():
    assert names_a_place("Latin America")
    assert not names_a_place("World")


# --- a session's topic is no job; the description names it ------------------------------


def test_session_topic_is_no_job():
    later = invite(
        "Ferncliff Mutual Onsite | Session 2: Partner insurers | Robin Hale",
        "loops@ferncliff.example",
        days=3,
        description="Interview for Claims Operations Manager at Ferncliff Mutual.",
    )
    first = invite("Recruiter screen – Ferncliff Mutual", "loops@ferncliff.example", days=-5)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == "Claims Operations Manager"


# --- a programme's name before a job -----------------------------------------------------


def test_programme_name_with_to_before_a_job():
    text = "Interview for Right to Work Compliance Officer at Orrin Shipping."
    assert role_in_text(text) == "Right to Work Compliance Officer"


def test_to_before_a_verb_ends_the_job():
    assert role_in_text("Interview for Data Steward to Join the team.") == "Data Steward"


# --- "Employer | Job" heading a tracking system's description -----------------------------


def test_employer_bar_job_first_line():
    reading = read_description(
        "Orrin Shipping | Tenancy Rights Advisor\n\nYou'll be meeting with: Ana"
    )
    assert reading.role == "Tenancy Rights Advisor"


# --- a field's lower-case specialism after a dash ----------------------------------------


@pytest.mark.parametrize(
    ("field", "role"),
    [
        ("Stanowisko: Asystentka prawna – sprawy rodzinne", "Asystentka prawna – sprawy rodzinne"),
        ("Puesto: Analista – riesgo de crédito", "Analista – riesgo de crédito"),
        ("Position: Data Analyst – remote", "Data Analyst"),
        ("Stelle: Sachbearbeiter – zweites Gespräch", "Sachbearbeiter"),
    ],
)
def test_lower_case_specialism_after_a_dash_in_a_field(field, role):
    assert role_in_field(field + "\n") == role


# --- the earlier round's fuller job carried to a later round --------------------------------


def process(first_title: str, first_text: str, *later_titles: str) -> Verdict:
    """The verdict on the last of ``later_titles``, after a first round and the others."""
    events = [invite(first_title, "talent@bramblecourt.example", days=-9, description=first_text)]
    events += [
        invite(title, "talent@bramblecourt.example", days=-2 + 3 * i)
        for i, title in enumerate(later_titles)
    ]
    v = verdict_of(events[-1], *events[:-1])
    assert v.is_follow_up, why(v)
    return v


def test_field_before_a_job_carried_past_a_shorter_round():
    v = process(
        "Interview – Robin Hale",
        "Thanks for applying for the Housing Advice Casework Lead position with Bramble Court.",
        "Second interview – Robin Hale (Casework Lead)",
        "Final interview – Robin Hale",
    )
    assert v.role == "Housing Advice Casework Lead"


def test_bracketed_specialism_carried():
    v = process(
        "Ön görüşme – Muhasebe Uzmanı (Vergi Denetimi)",
        "",
        "İkinci mülakat – Muhasebe Uzmanı",
    )
    assert v.role == "Muhasebe Uzmanı (Vergi Denetimi)"


# --- a job and its field in one bracket are no employer -----------------------------------


def test_job_and_field_in_one_bracket():
    title = "Interview - Harrowgate & Lim (Tax Associate, Transfer Pricing)"
    assert field_after_role("Transfer Pricing", title)
    assert not field_after_role("Harrowgate & Lim", title)


# --- a platform is never the employer -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Brackwater Freight Ltd via Jobvite", "Brackwater Freight Ltd"),
        ("Brackwater Freight über Personio", "Brackwater Freight"),
    ],
)
def test_sender_via_platform(name, bare):
    assert mailbox_name(Attendee(email="noreply@jobs.example", name=name)) == bare


@pytest.mark.parametrize(
    ("location", "room"),
    [
        ("LinkedIn Video", True),
        ("Zoom call", True),
        ("Teams meeting", True),
        ("Brackwater House, 4 Quay Street", False),
    ],
)
def test_video_room_location(location, room):
    assert video_room(location) is room


def test_platform_location_is_no_employer():
    later = invite(
        "Second interview: Robin Hale - Orrin Shipping Pte Ltd",
        "calendar-noreply@linkedin.example",
        days=2,
    )
    later = Event(**{**later.__dict__, "location": "LinkedIn Video"})
    assert company_of(later, PROFILE, "")[0] == "Orrin Shipping Pte Ltd"


# --- a registered name whole: a region in brackets, a law firm's forms ---------------------


def test_region_in_brackets_inside_a_registered_name():
    text = "Thanks for applying to Calloway Grant Advisory (Singapore) Pte. Ltd. last week."
    found = registered_name("Calloway Grant Advisory", text)
    assert found == "Calloway Grant Advisory (Singapore) Pte. Ltd."


@pytest.mark.parametrize(
    ("name", "text", "whole"),
    [
        (
            "Moreau Petit & Associés",
            "votre candidature au sein du Cabinet Moreau Petit & Associés SELAS, merci",
            "Cabinet Moreau Petit & Associés SELAS",
        ),
        (
            "Lobo, Reis & Matos",
            "Entidade: Lobo, Reis & Matos – Sociedade de Advogados, SP, RL\n",
            "Lobo, Reis & Matos – Sociedade de Advogados, SP, RL",
        ),
    ],
)
def test_law_firm_forms(name, text, whole):
    assert registered_name(name, text) == whole


def test_entity_field_names_the_employer():
    event = invite(
        "Segunda entrevista – Robin Hale",
        "recrutamento@lrm-advogados.example",
        description="Função: Jurista\nEntidade: Lobo, Reis & Matos – Sociedade de Advogados, SP, RL\n",
    )
    found, _ = company_of(event, PROFILE, event.description)
    assert found == "Lobo, Reis & Matos – Sociedade de Advogados, SP, RL"


# --- an interviewer's rank alone is no employer ----------------------------------------------


@pytest.mark.parametrize("title", ["Final mülakatı – Yönetim Kurulu", "Finale ronde – Directie"])
def test_interviewers_rank_alone_is_no_employer(title):
    _, candidates, _ = title_names(title)
    assert candidates == ()


# --- an institution's name up to its noun; "&" is no word of a name --------------------------


def test_institution_name_up_to_its_noun():
    event = invite("Harlow Legal Advice Trust - first interview", "hr@harlow.example")
    assert company_of(event, PROFILE, "")[0] == "Harlow Legal Advice Trust"


def test_ampersand_is_no_word_of_a_name():
    _, candidates, _ = title_names("Ossory Tenancy & Debt Centre: screening")
    assert "Ossory Tenancy & Debt Centre" in candidates


# --- a talk about pay or the contract is no interview round ---------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Gehaltsgespräch – Robin Hale", "nach Ihrem erfolgreichen Abschlussgespräch"),
        (
            "Contract details – Robin Hale",
            "After your final interview we would like to go through the contract. "
            "Position: Dispatcher",
        ),
        ("Detalles del contrato – Robin Hale", "Tras su entrevista final, Puesto: Despachador"),
    ],
)
def test_pay_or_contract_talk_is_no_round(title, text):
    first = invite(
        "Phone screen – Wexcombe Logistics",
        "hr@wexcombe.example",
        days=-8,
        description="Stelle: Disponent (m/w/d)",
    )
    talk = invite(title, "hr@wexcombe.example", days=2, description=text)
    v = verdict_of(talk, first)
    assert not v.is_follow_up, why(v)


def test_two_people_joined_by_ampersand_are_no_name():
    _, candidates, _ = title_names("Follow-up conversation: Ana Ruiz & Tomas Berg")
    assert candidates == ()


# --- Indonesian, a language file of its own ------------------------------------------------


def test_indonesian_later_round_in_the_users_own_note():
    first = invite(
        "Wawancara awal Lembaga Kajian Tani Mandiri",
        "rekrutmen@ktm.example",
        days=-9,
        description="Posisi: Fasilitator Lapangan",
    )
    later = note("Ketemu tim LKTM (wawancara lanjutan)")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Lembaga Kajian Tani Mandiri"


def test_indonesian_fields_and_a_form_written_before_the_name():
    first = invite(
        "Interview HR - Analis Kredit",
        "karier@danaku.example",
        days=-9,
        description="Posisi: Analis Kredit\nPerusahaan: PT Dana Kita Sejahtera (Danaku)\n",
    )
    later = invite(
        "Interview Akhir dengan Direksi",
        "karier@danaku.example",
        days=3,
        description="Posisi: Analis Kredit\nPerusahaan: PT Dana Kita Sejahtera (Danaku)\n",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == ("PT Dana Kita Sejahtera", "Analis Kredit")
