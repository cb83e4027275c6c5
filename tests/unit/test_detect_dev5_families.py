"""Families of mistakes from the fifth development calendar, each in new words.

The calendar (``tests/data/detection_dev5``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale (robin.hale@fastmail.com), as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect.employer.domains import is_ats, is_service
from assistant.detect.employer.legalname import registered_name, signature_name
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description
from assistant.models import Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why
from tests.unit.test_detect_unseen_families import meeting


def earlier_round(company: str, domain: str, days: float = -14) -> Event:
    """A first interview with ``company``, two weeks before."""
    return invite(f"First interview – {company}", f"talent@{domain}", days=days)


# --- company: never a vendor, a number, a person addressed, a department, a team word ----


def test_a_tracking_service_under_a_reserved_domain_is_still_the_service():
    """Test calendars write ``.example`` for every domain: the vendor is still a vendor."""
    assert is_ats("northbay@myworkday.example") is False  # an address is not a domain
    assert is_ats("myworkday.example") and is_ats("mail.greenhouse.test")
    assert is_service("calendly.example")
    assert not is_ats("northbaycredit.example") and not is_ats("acme.example")


def test_a_tracking_service_named_in_the_footer_is_not_the_employer():
    host = person(
        "northbay@myworkday.example", "Northbay Credit Union Talent Acquisition", is_organizer=True
    )
    event = meeting(
        "Interview Scheduled: Risk Analyst (JR-55120) – Round 2",
        host,
        person("omar.faris@northbaycredit.example", "Omar Faris"),
        description="Interview Event: Round 2\n\nThis is an automated message from Workday.",
    )
    assert company_of(event, PROFILE) == "Northbay Credit Union"


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Data Analyst (Req 5521-08) - Panel",
        "Interview: Data Analyst (Requisition 5521) - Panel",
        "Entretien : Analyste de données (Ref. 2291) – Panel",
        "Interview: Data Analyst (Job ID 44871) - Panel",
    ],
)
def test_a_requisition_number_is_never_the_company(title):
    event = invite(title, "amy.cole@harrowgate.example")
    assert company_of(event, PROFILE) == "Harrowgate"


@pytest.mark.parametrize(
    "title",
    [
        "【二次面接】データエンジニア / Robin Hale様",
        "[2차 면접] 데이터 엔지니어 / Robin Hale 님",
        "【最終面接】役員面接 / Robin Hale さま",
    ],
)
def test_the_person_addressed_with_an_honorific_is_not_the_company(title):
    event = invite(title, "saito@aozora-data.example")
    found = company_of(event, PROFILE) or ""
    assert "Robin" not in found and "Hale" not in found, found


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("祝好！\n北京青禾数据有限公司 招聘部", "北京青禾数据有限公司"),
        (
            "よろしくお願いいたします。\n株式会社アオバシステムズ 人事部 採用チーム",
            "株式会社アオバシステムズ",
        ),
        ("감사합니다.\n한결로직스 주식회사 인사팀", "한결로직스 주식회사"),
    ],
)
def test_a_department_after_a_registered_name_is_not_part_of_it(signature, name):
    assert signature_name(signature) == name


def test_a_verb_before_a_chinese_registered_name_is_not_part_of_it():
    text = "感谢您关注苏州青禾数据有限公司的【数据分析师】职位。"
    assert registered_name("苏州青禾数据", text) == "苏州青禾数据有限公司"


def test_the_team_word_of_a_recruiting_mailbox_is_not_the_company():
    host = person(
        "careers@harrowgate.example", "Harrowgate Medical Group Recruitment", is_organizer=True
    )
    event = meeting("Interview: Data Steward - Panel", host)
    assert company_of(event, PROFILE) == "Harrowgate Medical Group"


def test_a_legal_form_read_without_its_last_dot_keeps_the_whole_name():
    text = "Te esperamos para la vacante de Analista en Grupo Andes Verde S.A. de C.V.\n"
    event = invite("Segunda entrevista – Analista", "lu@andesverde.example", description=text)
    assert company_of(event, PROFILE) == "Grupo Andes Verde S.A. de C.V."


@pytest.mark.parametrize(
    "title",
    [
        "Kelpie Freight – first interview (arranged by Bramble Search)",
        "Kelpie Freight – Erstgespräch (organisiert von Bramble Search)",
        "Kelpie Freight – primera entrevista (organizada por Bramble Search)",
    ],
)
def test_a_name_after_arranged_by_is_the_go_between(title):
    event = invite(title, "tom@bramblesearch.example", "ines@kelpiefreight.example")
    assert company_of(event, PROFILE) == "Kelpie Freight"


def test_an_agency_briefing_names_its_client_and_the_job_for_the_clients_rounds():
    host = "tom@bramblesearch.example"
    briefing = invite(
        "Bramble Search – confidential briefing: Head of Data Platforms",
        host,
        days=-30,
        description="Briefing on a Head of Data Platforms search (client: Kelpie Freight Pty Ltd).",
    )
    first = invite(
        "Kelpie Freight – first interview (arranged by Bramble Search)",
        host,
        "ines@kelpiefreight.example",
        days=-10,
    )
    later = invite(
        "Kelpie Freight – second interview with the COO",
        host,
        "raj@kelpiefreight.example",
        days=2,
    )
    assert company_of(briefing, PROFILE) == "Kelpie Freight Pty Ltd"
    verdict = verdict_of(later, briefing, first)
    assert verdict.is_follow_up, why(verdict)
    assert verdict.role == "Head of Data Platforms"


# --- roles: the team after a dash belongs to it; whom you meet does not -----------------


@pytest.mark.parametrize(
    ("description", "role"),
    [
        (
            "Position: Data Engineer – Risk Platform\nStage: Second interview",
            "Data Engineer – Risk Platform",
        ),
        ("Position: Data Engineer - Berlin\nStage: Second interview", "Data Engineer"),
        ("Position: Data Engineer – Remote\nStage: Second interview", "Data Engineer"),
        ("Position: Data Engineer – Orchard Pay\nStage: Second interview", "Data Engineer"),
        (
            "You are invited for the Data Engineer – Risk Platform position.",
            "Data Engineer – Risk Platform",
        ),
    ],
)
def test_the_team_after_a_dash_is_part_of_the_role(description, role):
    event = invite(
        "Second interview – Orchard Pay", "ana@orchardpay.example", description=description
    )
    assert verdict_of(event).role == role


def test_the_user_named_after_a_dash_is_not_the_roles_team():
    event = invite("Zweitgespräch: Data Engineer (m/w/d) – Robin Hale", "ana@orchardpay.example")
    assert verdict_of(event).role == "Data Engineer"


@pytest.mark.parametrize(
    "title",
    [
        "Orchard Pay – meet the VP Engineering & squad",
        "Second interview (Dana + COO)",
        "Teknik mülakat – CTO ile",
        "与技术总监面谈 - 青禾数据",
        "Orchard Pay – Senior Leadership Group presentation",
        "Orchard Pay – Rencontrer le Directeur Technique",
    ],
)
def test_a_part_naming_whom_you_meet_or_the_meeting_is_not_the_role(title):
    assert role_in_title(title) is None


def test_a_role_beside_a_part_naming_whom_you_meet_is_still_read():
    assert role_in_title("Orchard Pay – Data Engineer – meet the team") == "Data Engineer"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Questions:\nPosition you're applying for: Risk Analyst\n", "Risk Analyst"),
        ("Questions:\nRole you are interviewing for: Staff Data Engineer\n", "Staff Data Engineer"),
        ("Staff Data Engineer role. Recruiter Kim calls me.", "Staff Data Engineer"),
        ("Lead Analyst, Pricing. With Tom (HR).", "Lead Analyst, Pricing"),
    ],
)
def test_a_scheduling_form_question_or_the_users_own_words_name_the_role(text, role):
    assert read_description(text).role == role


# --- the user's own notes of one process ----------------------------------------------


def test_the_users_own_notes_of_one_process_follow_each_other():
    """A phone screen copied by hand, then an onsite and a short-named chat, all notes."""
    screen = note("Phone screen – Wrenfield Labs (Data Lead, Search)", days=-20)
    onsite = note("Onsite @ Wrenfield Labs – bring laptop", days=2)
    chat = note("Wrenfield – hiring manager chat", days=6)
    for later in (onsite, chat):
        verdict = verdict_of(later, screen, onsite)
        assert verdict.is_follow_up, why(verdict)
        assert verdict.company == "Wrenfield Labs"
        assert verdict.role == "Data Lead, Search"
        assert not verdict.interviewers  # no drafts until the people are known


def test_a_weak_stage_in_a_note_without_an_earlier_round_stays_a_note():
    verdict = verdict_of(note("Wrenfield – hiring manager chat", days=6))
    assert not verdict.is_follow_up, why(verdict)


def test_a_later_note_writing_the_role_team_first_takes_the_earlier_form():
    screen = invite(
        "Phone screen – Orchard Pay",
        "talent@orchardpay.example",
        days=-10,
        description="Position: Product Manager – Risk\n",
    )
    later = note("2nd interview – Orchard Pay", days=3)
    later = make_event(
        later.summary,
        start=later.start,
        uid=later.uid,
        organizer=me_at(),
        attendees=(),
        description="Risk PM role. Bring the case study.",
    )
    verdict = verdict_of(later, screen)
    assert verdict.is_follow_up, why(verdict)
    assert verdict.role == "Product Manager – Risk"


# --- not a round: feedback calls, podcasts, livestreams -------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Orchard Pay – interview feedback call",
        "Rückmeldung zum Bewerbungsverfahren – Orchard Pay",
        "Devolución del proceso – Orchard Pay",
        "Retour sur votre candidature – Orchard Pay",
        "Terugkoppeling sollicitatie – Orchard Pay",
        "Devolutiva da entrevista – Orchard Pay",
        "面试反馈 - Orchard Pay",
    ],
)
def test_a_feedback_call_after_the_rounds_is_not_a_round(title):
    event = invite(title, "ana@orchardpay.example", days=5, description="After the final stage.")
    verdict = verdict_of(event, earlier_round("Orchard Pay", "orchardpay.example"))
    assert not verdict.is_follow_up, why(verdict)


@pytest.mark.parametrize(
    "title",
    [
        "Data Talk Weekly – second interview (listener questions)",
        "Podcast recording – final interview segment",
        "Segunda entrevista – preguntas de los oyentes",
    ],
)
def test_a_podcasts_follow_up_is_another_kind_of_interview(title):
    verdict = verdict_of(invite(title, "host@datatalkweekly.example"))
    assert not verdict.is_follow_up, why(verdict)


def test_a_livestream_read_as_the_company_keeps_its_veto():
    event = make_event(
        "YouTube Live: Acing the second interview",
        start=NOW + timedelta(days=2),
        uid="yt-live",
        organizer=None,
        attendees=(me_at(),),
    )
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)


# --- misses: a candidate's invite naming "the interviewer"; the next step of a process --


@pytest.mark.parametrize(
    ("title", "host", "description"),
    [
        # a candidate's invite naming "the interviewer" is not text for interviewers
        (
            "Interview Scheduled: Risk Analyst – Round 3 – Director Interview",
            "northbay@myworkday.example",
            "Interview Event: Round 3\nThe interviewer will send the video link.",
        ),
        # "next step in the <employer> process" names a later round
        (
            "Northbay Credit – meeting with the Head of Risk",
            "kofi@northbaycredit.example",
            "Next step in the Northbay Credit process: an hour with Kofi, Head of Risk.",
        ),
    ],
)
def test_a_later_round_said_in_other_words_follows_the_first(title, host, description):
    event = invite(
        title, host, "omar.faris@northbaycredit.example", days=4, description=description
    )
    verdict = verdict_of(event, earlier_round("Northbay Credit", "northbaycredit.example"))
    assert verdict.is_follow_up, why(verdict)


def test_text_for_the_panel_still_says_the_user_interviews():
    event = invite(
        "Second interview – data analyst candidate",
        "lee@orchardpay.example",
        description="Thanks for joining as an interviewer. Scorecard below.",
    )
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)
