"""Kinds of mistake development sets 27 and 28 showed, each in new words and several
languages: an applicant-tracking id of letters and digits before the job; a share of
full time after it; a field after a sentence closing on a bracket; a scheduling form's
question answered on its own line; the job on its own line after a greeting; a practice
or a session's topic after a dash; a job's translation in brackets; a school's interview
for a job; a job in inclusive writing with its inclusive adjectives; a loop's list of
interviewers in a title's bracket. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.scriptname import registered_in_script
from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.rolecompare import with_team
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description, read_title
from assistant.detect.verdict.vetoes import title_veto
from assistant.detect.who.gobetween import client_in_text
from assistant.detect.words import wording as w
from assistant.models import Event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- an applicant-tracking id of capitals and digits before the job ----------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Job Requisition: REQ-7KX2P Payroll Coordinator", "Payroll Coordinator"),
        ("Posting: JR-A93C1 Warehouse Supervisor - Night Shift", "Warehouse Supervisor"),
        ("Stelle: ST-4QZ8 Teamleiterin Buchhaltung", "Teamleiterin Buchhaltung"),
    ],
)
def test_mixed_requisition_id_before_the_job(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Position: B2B Sales Lead", "B2B Sales Lead"),  # no dash: a word of the job
        ("Role: SAP-S4 Consultant", "SAP-S4 Consultant"),  # a dash, but fewer than four
    ],
)
def test_a_job_word_with_digits_stays(text, role):
    assert role_in_field(text) == role


# --- a share of full time after the job ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Stelle: Sachbearbeiter/in Lohnbuchhaltung (60 %)", "Sachbearbeiter/in Lohnbuchhaltung"),
        ("Position: Staff Nurse (0.8 FTE)", "Staff Nurse"),
        ("Functie: Teamleider Magazijn (80-100%)", "Teamleider Magazijn"),
    ],
)
def test_share_of_full_time_is_no_part_of_the_job(text, role):
    assert role_in_field(text) == role


# --- a field after a sentence that closes on a bracket -----------------------------------------


def test_field_after_a_sentence_closing_on_a_bracket():
    text = (
        "Details from the faculty for your meeting with Dr Oyelaran (Dean of Law). "
        "Position: Faculty Administrator. See you there."
    )
    assert role_in_field(text) == "Faculty Administrator"


# --- a scheduling form's question about the job, answered on its line ------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Questions:\nWhich position are you applying for? Lab Technician\n", "Lab Technician"),
        ("Preguntas:\n¿A qué puesto te postulas? Jefa de Almacén\n", "Jefa de Almacén"),
        (
            "Fragen:\nFür welche Stelle interessieren Sie sich? Teamleiter Vertrieb",
            "Teamleiter Vertrieb",
        ),
    ],
)
def test_form_question_about_the_job_answered_on_its_line(text, role):
    assert role_on_its_own(text) == role


def test_form_question_answered_with_no_job_names_none():
    assert role_on_its_own("Anything about the role we should know? Not really\n") is None


# --- the job on its own line after a greeting line -------------------------------------------


def test_job_on_its_own_line_after_the_employers_line():
    text = (
        "Interview booked with Harbourside Clinics\n\n"
        "Practice Operations Manager\nPhone screen\nhttps://meet.example/abc"
    )
    assert read_description(text).role == "Practice Operations Manager"


# --- a practice or a session's topic after the job -------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Round 2 - Office Manager - Dental Practice", "Office Manager - Dental Practice"),
        ("Final interview - Paralegal - Family Law Practice", "Paralegal - Family Law Practice"),
    ],
)
def test_practice_after_a_dash_is_the_jobs_specialism(title, role):
    first = role_in_title(title)
    assert with_team(first, (title,), lambda team: False) == role


@pytest.mark.parametrize(
    "title",
    [
        "[Virtual Onsite] Employee Engagement Deep Dive | Brightwell",
        "Final round: Employee Onboarding Walkthrough",
        "Tweede gesprek – Medewerker Relaties verdieping",
        "Secondo colloquio – Relazioni Dipendenti approfondimento",
    ],
)
def test_a_sessions_topic_is_no_job(title):
    assert role_in_title(title) is None


def test_a_case_study_for_a_job_keeps_the_job():
    assert role_in_title("[Onsite] Account Manager Case Study | Brightwell") == "Account Manager"


# --- a job's translation in brackets, in a script without spaces -----------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("職種：経理スタッフ（Accounting Staff）", "経理スタッフ"),
        ("Position: 해외영업 매니저 (Overseas Sales Manager)", "해외영업 매니저"),
        ("职位：人力资源业务伙伴（HRBP）", "人力资源业务伙伴（HRBP）"),  # an abbreviation stays
    ],
)
def test_translation_of_the_job_in_brackets(text, role):
    assert role_in_field(text) == role


# --- a school's interview for a job ------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Westbrook College interview (Finance Officer)",
        "St Aidan's School interview – Estates Manager",
    ],
)
def test_a_schools_interview_naming_a_job_is_a_job_interview(title):
    assert title_veto(read_title(title)) is None


def test_a_schools_interview_for_a_child_stays_another_kind():
    assert title_veto(read_title("School interview for Mia"))


# --- a job in inclusive writing keeps its inclusive adjectives ----------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Nous confirmons votre entretien pour le poste de Conseiller·ère principal·e au "
            "sein de notre réseau.",
            "Conseiller·ère principal·e",
        ),
        (
            "Entretien pour le poste de Chef·fe comptable et financier·ère au sein du groupe.",
            "Chef·fe comptable et financier·ère",
        ),
    ],
)
def test_inclusive_job_keeps_its_inclusive_adjectives(text, role):
    assert role_in_text(text) == role


# --- a loop's list of interviewers in a title's bracket -------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Harrowgate Foods – Interview loop (CFO, Head of Risk, Ops Lead)",
        "Onsite (Plant Manager, HSE Lead, Controller)",
    ],
)
def test_list_of_interviewers_is_no_job(title):
    assert role_in_title(title) is None


def test_one_bracket_of_a_job_specialism_stays():
    assert role_in_title("Final interview – Credit Analyst (Retail, SME)") is not None


# --- a firm's name running on through "of", "del", "du" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our client, Bank of Tyneside, would like to meet you again.", "Bank of Tyneside"),
        ("Notre client Maison du Thé SA souhaite vous revoir.", "Maison du Thé SA"),
        ("Nuestro cliente Bodegas del Valle S.L. quiere conocerte.", "Bodegas del Valle S.L"),
    ],
)
def test_client_name_runs_on_through_its_particles(text, name):
    assert client_in_text(text) == name


# --- a Japanese letter's opening phrase before a name in hiragana ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "この度はさくら学舎株式会社の求人にご応募いただき、ありがとうございます。",
            "さくら学舎株式会社",
        ),
        ("本日はあおば商事株式会社よりご連絡いたします。", "あおば商事株式会社"),
    ],
)
def test_japanese_opening_phrase_is_no_part_of_the_name(text, name):
    assert registered_in_script(text) == name


# --- a search firm's name with its legal form ----------------------------------------------


@pytest.mark.parametrize(
    "name", ["Harbourline Search Ltd", "Nordkap Search AB", "Wisła Search sp. z o.o."]
)
def test_search_firm_with_legal_form_is_an_agency(name):
    assert w.search(w.AGENCY, name)


@pytest.mark.parametrize("text", ["my job search as a parent", "Search Ltd"])
def test_search_as_a_word_is_no_agency(text):
    assert not w.search(w.AGENCY, text)


# --- a job in a script without spaces, or its short form, is no company ------------------------


def test_job_in_a_title_without_spaces_is_no_company():
    event = invite(
        "【二面】财务业务伙伴（FBP）",
        "hr@yunfan-tech.example",
        description="您好：\n\n应聘职位：财务业务伙伴（FBP）\n\n杭州云帆科技有限公司 招聘团队",
    )
    name, _ = company_of(event, PROFILE, read_description(event.description or "").text)
    assert name not in ("财务业务伙伴", "FBP")


# --- a deadline to hand work in by is no meeting ------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Zadanie próbne – termin przesłania",
        "Fallstudie Logistik – Abgabefrist",
        "Take-home exercise – submission deadline",
        "Caso práctico – plazo de entrega",
    ],
)
def test_a_deadline_from_the_employer_is_no_round(title):
    first = invite("First interview – Dunmore Freight", "ola.berg@dunmore.example", days=-10)
    later = invite(title, "ola.berg@dunmore.example", days=3)
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)


# --- a lesson observed is a stage of a teaching interview ----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Larchfield Academy – lesson observation and panel",
        "Larchfield Academy – Lehrprobe",
        "Larchfield Academy – lekcja pokazowa",
    ],
)
def test_lesson_observation_after_a_first_round_is_a_later_stage(title):
    first = invite(
        "First interview – Larchfield Academy",
        "head@larchfield.example",
        days=-10,
        description="Interview for the Head of Geography post.",
    )
    later = invite(title, "head@larchfield.example", days=3)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_a_dance_lesson_stays_a_class():
    v = verdict_of(note("Salsa lesson with Kim"))
    assert not v.is_follow_up, why(v)


# --- Polish "rozmowa końcowa" names a final round ------------------------------------------------


def test_polish_closing_interview_is_a_later_round():
    assert read_title("Rozmowa końcowa – Hurtownia Lipa").explicit


# --- meeting the people who decide: governors, trustees, a group's chief --------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Ashcombe Trust – meet the governors",
        "Ashcombe Trust – meet the trustees",
        "Ashcombe Trust | Meeting with the Group CFO",
    ],
)
def test_meeting_the_deciders_names_a_later_contact(title):
    assert read_title(title).contact


# --- a later round held as a whole day on site -------------------------------------------------


def _all_day(summary: str) -> Event:
    return replace(note(summary, days=5), all_day=True)


def test_a_whole_day_on_site_naming_a_later_round_is_that_round():
    first = invite("First interview – Brackenfield Orchards", "hr@brackenfield.example", days=-10)
    v = verdict_of(_all_day("Brackenfield Orchards – farm visit (second round)"), first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "summary",
    ["Brackenfield Orchards final round (travel day)", "Brackenfield Orchards farm visit"],
)
def test_other_whole_days_stay_no_meeting(summary):
    first = invite("First interview – Brackenfield Orchards", "hr@brackenfield.example", days=-10)
    v = verdict_of(_all_day(summary), first)
    assert not v.is_follow_up, why(v)
