"""Kinds of mistake development set 20 showed, each in new words and several languages:
public bodies cut at "Department" or written by their initials (in a title, a domain, or
with a division after them); the public employer an applicant-tracking system names after
"Agency:"; a bracket after the job giving the hours, the unit or whom the user meets; a
role field whose label names the selection in Japanese and Chinese; civil-service and
committee hiring (a first-level interview, a departmental interview after an exam
list, a search committee, a meet & greet with a team); a job whose first word is one for
practising. The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.fullname import institution_name
from assistant.detect.employer.initials import spelled_in_full
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from tests.unit.test_detect_dev4_families import note as make_note
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- a public body's name runs through "of" after its noun -------------------------------------


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        ("Lakeshore County Department", "Organisation: Lakeshore County Department of Family & Youth Services\n",
         "Lakeshore County Department of Family & Youth Services"),
        ("Harbor State Authority", "Harbor State Authority for Water Resources - panel",
         "Harbor State Authority for Water Resources"),
        ("Ministerio", "Entidad: Ministerio de Desarrollo Social\n", "Ministerio de Desarrollo Social"),
    ],
)  # fmt: skip
def test_public_body_noun_then_of(short, text, full):
    assert institution_name(short, (text,)) == full


# --- initials spelled out from what an invite writes -------------------------------------------


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        # initials read from a domain, the name written with them in brackets
        ("Lchsa", "Lakeshore County Homeless Services Alliance (LCHSA)\nHuman Resources",
         "Lakeshore County Homeless Services Alliance"),
        # six letters, "&" among the words, a dash after the name
        ("NBYFCS", "North Bay Youth & Family Counselling Services - panel",
         "North Bay Youth & Family Counselling Services"),
        # the place before the initials begins the name
        ("Marin County PWD", "Screening call w/ Marin County Public Works Department",
         "Marin County Public Works Department"),
        # the place before the spelled-out words, "County" between
        ("Lake Tahoe FSD", "Agency: Lake Tahoe County Family & Social Department\nBureau",
         "Lake Tahoe County Family & Social Department"),
        # a division after the initials; the city before them, a comma among the words
        ("PHHS Youth Services", "Agency: City of Oakmont Parks, Health & Human Services Department",
         "City of Oakmont Parks, Health & Human Services Department"),
    ],
)  # fmt: skip
def test_initials_spelled_out(short, text, full):
    assert spelled_in_full(short, (text,), made_up=short.istitle()) == full


def test_a_name_written_as_a_word_is_not_taken_for_initials():
    # "Acme" as the invite writes it is a name; made up from acme.example it may be initials
    assert spelled_in_full("Acme", ("Agency: Alder County Medical Examiner",)) is None


@pytest.mark.parametrize(
    ("short", "text"),
    [
        ("Marin County PWD", "Panel with Sonoma Public Works Department"),  # another place
        ("Kestrel Labs", "Kestrel Labs Ltd"),  # no initials
    ],
)
def test_initials_not_spelled_out(short, text):
    assert spelled_in_full(short, (text,)) is None


def test_initials_from_another_round_of_the_process():
    screen = invite(
        "Interview Notification - Eligibility Worker",
        "noreply@governmentjobs.example",
        days=-10,
        description="Recruitment: Eligibility Worker II\nAgency: Marin County Public Works Department\n",
    )
    later = invite(
        "Second interview - Marin County PWD",
        "hr@marincounty.example",
        description="Second interview for the Eligibility Worker II position.",
    )
    v = verdict_of(later, screen)
    assert v.company == "Marin County Public Works Department", why(v)


# --- "Agency:" in a public employer's tracking system names the employer -----------------------


def test_agency_field_names_the_public_employer():
    event = invite(
        "Panel Interview - Eligibility Worker II",
        "noreply@governmentjobs.example",
        description="You are scheduled for a panel interview.\n\nRecruitment: Eligibility Worker II\n"
        "Agency: County of Marin\n",
    )
    assert verdict_of(event).company == "County of Marin"


# --- a bracket after the job: the hours, the unit, whom the user meets -------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Position: Youth Worker (24-28 hours)", "Youth Worker"),
        ("Vacature: Jongerenwerker (24-32 uur)", "Jongerenwerker"),
        ("Stelle: Sozialarbeiter (30 Std.)", "Sozialarbeiter"),
        ("Job: Case Manager (Adult Protection Division)", "Case Manager"),
        ("Puesto: Trabajadora Social (División de Infancia)", "Trabajadora Social"),
        ("Position: Staff Nurse (Cardiology)", "Staff Nurse (Cardiology)"),  # a specialism stays
    ],
)
def test_hours_or_unit_after_the_job_in_a_field(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Final interview: Program Manager (Board Chair)", "Program Manager"),
        ("Last round: Benefits Specialist (President)", "Benefits Specialist"),
        ("Interview - Benefits Specialist (Family Services Division)", "Benefits Specialist"),
        ("Panel: Staff Nurse (Cardiology)", "Staff Nurse (Cardiology)"),
    ],
)
def test_whom_met_or_unit_in_brackets_after_the_job_in_a_title(title, role):
    assert role_in_title(title) == role


# --- a role field whose label names the selection -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("■ 選考ポジション：介護コーディネーター（訪問）", "介護コーディネーター（訪問）"),
        ("招聘职位：社区社工（儿童）", "社区社工（儿童）"),
    ],
)
def test_role_field_labelled_as_the_selection(text, role):
    assert role_in_field(text) == role


def test_japanese_coordinator_in_a_title():
    assert role_in_title("二次面接：介護コーディネーター") == "介護コーディネーター"


# --- civil-service and committee hiring -----------------------------------------------------------


def test_first_level_interview_is_a_first_round():
    oral = invite(
        "Oral Board Interview - Eligibility Worker",
        "noreply@governmentjobs.example",
        days=-12,
        description="Recruitment: Eligibility Worker\nAgency: County of Marin\n",
    )
    first = invite(
        "Interview Notification - Eligibility Worker",
        "noreply@governmentjobs.example",
        description="You have been scheduled for a first-level interview.\n\n"
        "Recruitment: Eligibility Worker\nAgency: County of Marin\n",
    )
    v = verdict_of(first, oral)
    assert not v.is_follow_up, why(v)


def test_departmental_interview_is_a_later_round():
    event = invite(
        "Departmental Interview - Deputy Probation Officer",
        "noreply@governmentjobs.example",
        description="Following your placement on the eligibility list, the Probation Department "
        "invites you to a departmental interview.\n\nRecruitment: Deputy Probation Officer\n",
    )
    v = verdict_of(event)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Riverbend Arts Trust - search committee interview (Director of Learning)",
        "Meet & greet with the Outreach team (Riverbend Arts Trust)",
        "Riverbend Arts Trust | practice lead conversation",
    ],
)
def test_committee_team_and_practice_lead_rounds(title):
    first = invite(
        "Riverbend Arts Trust - recruiter screen", "amara@riverbendarts.example", days=-9
    )
    later = invite(title, "amara@riverbendarts.example", "board@riverbendarts.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_practice_session_is_still_practising():
    first = invite(
        "Riverbend Arts Trust - recruiter screen", "amara@riverbendarts.example", days=-9
    )
    later = invite("Riverbend Arts Trust interview practice", "amara@riverbendarts.example")
    assert not verdict_of(later, first).is_follow_up


# --- a deadline for the user's own work is a note, not a round ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "DEADLINE: Kestrel Labs case study slides",
        "Due - Kestrel Labs case study",
        "Submit the Kestrel Labs case study deck",
        "Abgabe: Kestrel Labs Case Study",
        "Entrega: case study Kestrel Labs",
        "Date limite : case study Kestrel Labs",
    ],
)
def test_deadline_for_own_work_is_no_round(title):
    first = invite("Kestrel Labs - intro call", "dana@kestrellabs.example", days=-9)
    later = make_note(title)
    assert not verdict_of(later, first).is_follow_up


# --- the user's name with a double surname shortened is no employer ---------------------------------


def test_user_with_double_surname_initials_is_no_employer():
    first = invite("Larkspur Trust - intro call (Robin H-M)", "ceo@larkspurtrust.example", days=-9)
    later = invite("2nd conversation w/ board chair - Robin H-M", "ceo@larkspurtrust.example",
                   "chair@larkspurtrust.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.company != "Robin H-M", why(v)
    assert v.is_follow_up, why(v)


# --- an institution's noun before the name a domain gives ----------------------------------------


@pytest.mark.parametrize(
    ("title", "sender", "company"),
    [
        ("Tweede gesprek – Stichting Hofzorg Delft", "werken@hofzorg-delft.example", "Stichting Hofzorg Delft"),
        ("Druga rozmowa – Fundacja Zielony Most", "praca@zielony-most.example", "Fundacja Zielony Most"),
    ],
)  # fmt: skip
def test_institution_noun_before_a_domain_name(title, sender, company):
    first = invite("Kennismaking", sender, days=-9)
    assert verdict_of(invite(title, sender), first).company == company


def test_institution_noun_in_the_signature():
    named = invite(
        "Tweede gesprek – Teamleider Wijkzorg",
        "werken@hofzorg-delft.example",
        description="Met vriendelijke groet,\nStichting Hofzorg Delft",
    )
    assert verdict_of(named).company == "Stichting Hofzorg Delft"


def test_recruitee_invite_with_hours_after_the_job_and_a_foundation():
    description = (
        "Beste Robin,\n\nLeuk dat je door bent naar de tweede ronde. Je spreekt met Pieter Smit "
        "(manager zorgteams).\n\nVacature: Teamleider Wijkzorg (28-32 uur)\nLocatie: Videogesprek "
        "(Microsoft Teams)\n\nMet vriendelijke groet,\nAnouk de Vries\nRecruiter\n\nVerstuurd via Recruitee"
    )
    event = invite("Tweede gesprek – Stichting Hofzorg Delft", "werken@hofzorg-delft.example",
                   description=description)  # fmt: skip
    v = verdict_of(event)
    assert (v.company, v.role) == ("Stichting Hofzorg Delft", "Teamleider Wijkzorg")


# --- steps after the offer in public hiring are no rounds ----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Pre-employment screening: fingerprints & reference check",
        "LiveScan appointment - Eligibility Worker",
        "Einstellungsuntersuchung – Stadtwerke",
        "Exámenes preocupacionales - Municipio",
    ],
)
def test_pre_employment_steps_are_no_rounds(title):
    first = invite(
        "Oral Board Interview - Eligibility Worker",
        "noreply@governmentjobs.example",
        days=-20,
        description="Recruitment: Eligibility Worker\nAgency: County of Marin\n",
    )
    later = invite(title, "noreply@governmentjobs.example",
                   description="Recruitment: Eligibility Worker\nAgency: County of Marin\n")  # fmt: skip
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)
