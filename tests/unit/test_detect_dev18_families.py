"""Kinds of mistake development set 18 showed, each in new words and several languages:
jobs a description writes on their own (quoted before the word for a position, a reply's
subject line, a first line, a katakana job glued to 職, a job in sentence case before
"role"), a requisition number before a field's job, an abbreviated job, a specialism in
brackets ending a sentence, the employer's short name or an interviewer's rank taken as
the job; feedback calls taken as rounds; a conversation with the hiring manager, a
department head's interview, meeting the directors and the user's own notes naming an
employer by its first word; "… and I" and a notice bracket taken as the employer.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.job.quotedrole import role_in_lower_case, role_on_its_own
from assistant.detect.job.rolecompare import abbreviates, is_the_company
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roletext import role_in_text
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- a job written on its own: quoted before the word for a position -------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("この度は当社の「物流コーディネーター（輸出）」ポジションにご応募いただき", "物流コーディネーター（輸出）"),
        ("[품질관리 담당] 포지션에 지원해 주셔서 감사합니다.", "품질관리 담당"),
        ("感谢您应聘「仓储主管」职位。", "仓储主管"),
        ("Thanks for applying to the “Harbour Pilot” position with us.", "Harbour Pilot"),
        ("Vielen Dank für Ihr Interesse an der „Leitung Disposition“ Stelle.", "Leitung Disposition"),
    ],
)  # fmt: skip
def test_job_quoted_before_the_word_for_a_position(text, role):
    assert role_on_its_own(text) == role


def test_quoted_word_before_a_plural_is_no_job():
    assert role_on_its_own("We have several “remote-first” positions open.") is None


# --- a reply's subject line, a first line holding only the job, a katakana job glued to 職 ----


def test_reply_subject_line_names_the_job():
    text = "Dana Cole (Recruiter) booked a meeting with you.\nRe: Fleet Maintenance Supervisor - next chat"
    assert role_on_its_own(text) == "Fleet Maintenance Supervisor"


def test_first_line_holding_only_the_job_before_the_meeting_line():
    assert role_on_its_own("Harbour Logistics Planner\nPhone screen\nInterviewers: Dana") == (
        "Harbour Logistics Planner"
    )


def test_greeting_on_the_first_line_is_no_job():
    assert role_on_its_own("Hello Robin\nPhone screen\nInterviewers: Dana") is None


def test_katakana_job_glued_to_the_word_for_a_position():
    text = "採用担当の佐藤です。ロジスティクス・プランナー職について面談をお願いいたします。"
    assert role_on_its_own(text) == "ロジスティクス・プランナー"


# --- a job in sentence case before "role" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("keen to talk about the fleet maintenance supervisor role we have open", "Fleet Maintenance Supervisor"),
        ("a first chat about the head of logistics opening.", "Head of Logistics"),
    ],
)  # fmt: skip
def test_job_in_sentence_case_before_role(text, role):
    assert role_in_lower_case(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "we spoke about the same role",
        "about the planner role",
        "the new data position",
        "you will meet the hiring manager for this role",
    ],
)
def test_one_word_or_no_job_word_before_role_is_no_job(text):
    assert role_in_lower_case(text) is None


# --- a requisition number before the field's job, a place after its gender marker ------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Requisition: 8812 - Harbour Pilot (m/w/d), Bremerhaven", "Harbour Pilot"),
        ("Job: R-2210 – Night Dispatcher", "Night Dispatcher"),
        ("Stelle: Disponent (m/w/d), Hamburg", "Disponent"),
    ],
)
def test_requisition_number_before_and_place_after_a_fields_job(text, role):
    assert role_in_field(text) == role


# --- a job cut short with a full stop is the earlier round's job -------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Assoc. Logistics Planner", "Associate Logistics Planner"),
        ("Sr. Mgr. Procurement", "Senior Manager Procurement"),
        ("Asst. Harbour Master", "Assistant Harbour Master"),
    ],
)
def test_job_cut_short_with_a_full_stop_abbreviates_the_full_job(short, full):
    assert abbreviates(short, full)


def test_same_job_or_another_word_is_no_abbreviation():
    assert not abbreviates("Logistics Planner", "Logistics Planner")
    assert not abbreviates("Dir. Logistics", "Manager Logistics")


# --- a specialism in brackets ends the sentence's job ------------------------------------------


def test_specialism_in_brackets_ending_the_sentence_stays_in_the_job():
    text = "Thank you for applying for Logistics Planner (Deep Sea Vessels). We will be in touch."
    assert role_in_text(text) == "Logistics Planner (Deep Sea Vessels)"


# --- the employer's short name or an interviewer's rank is no job ------------------------------


@pytest.mark.parametrize(
    ("role", "company"),
    [
        ("Brandt & Partner", "Brandt & Partner Logistik GmbH"),
        ("Vesey Consulting", "Vesey Consulting Group Ltd"),
    ],
)
def test_employers_first_words_are_no_job(role, company):
    assert is_the_company(role, company)


def test_one_word_of_the_employer_is_still_a_job():
    assert not is_the_company("Partner", "Brandt & Partner Logistik GmbH")


def test_team_visit_titled_with_the_employers_short_name_keeps_the_applied_job():
    text = "vielen Dank für Ihre Bewerbung als Leiter Disposition (m/w/d) bei der Brandt & Partner Logistik GmbH."
    earlier = invite(
        "Erstgespräch: Leiter Disposition (m/w/d)",
        "hr@brandt-partner.example",
        days=-14,
        description=text,
    )
    later = invite(
        "Kennenlernen des Teams – Brandt & Partner", "hr@brandt-partner.example", description=text
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.role == "Leiter Disposition", (v.role, why(v))


def test_rank_glued_to_a_surname_in_the_invite_is_whom_the_user_meets():
    earlier = invite(
        "面接のご案内：Vesey Logistics – カジュアル面談",
        "hr@vesey.example",
        days=-14,
        description="ロジスティクス・プランナー職についてカジュアル面談をお願いいたします。",
    )
    later = invite(
        "面接のご案内：Vesey Logistics – 二次面接（オペレーションマネージャー）",
        "hr@vesey.example",
        description="二次面接のご案内です。オペレーションマネージャー高田、営業部の森が参加します。",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.role == "ロジスティクス・プランナー", (v.role, why(v))


# --- a feedback or results call is not a round, in every language -------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Call with Dana (Pellworth) - feedback", "Dana to share feedback from the final interview."),
        ("Llamada con Inés – feedback Pellworth", "Feedback tras la entrevista final."),
        ("Telefonat mit Dana – Rückmeldung Pellworth", "Rückmeldung zum Zweitgespräch."),
        ("【Pellworth】面接振り返り・今後について", "最終面接の振り返り"),
        ("Pellworth 면접 피드백 통화", "최종 면접 피드백"),
        ("Pellworth 面试反馈电话", "终面反馈"),
    ],
)  # fmt: skip
def test_feedback_call_after_a_round_is_no_round(title, text):
    earlier = invite("Pellworth – first interview", "dana@pellworth.example", days=-14)
    later = invite(title, "dana@pellworth.example", description=text)
    v = verdict_of(later, earlier)
    assert not v.is_follow_up, why(v)


# --- later rounds said in other words -----------------------------------------------------------


def test_conversation_with_the_hiring_manager_follows_the_recruiters_call():
    earlier = invite(
        "Robin Hale and Dana Cole - Pellworth Freight",
        "dana@pellworth.example",
        days=-14,
        description="Dana Cole (Talent Partner at Pellworth Freight) scheduled a meeting with you.",
    )
    later = invite(
        "Robin Hale and Sam Ortiz - Pellworth Freight",
        "sam@pellworth.example",
        description="Re: Fleet Planner - conversation with the hiring manager, after your call with Dana",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.role == "Fleet Planner", (v.role, why(v))


@pytest.mark.parametrize(
    "title", ["【ご案内】ヴェシー物流様 部門長面接", "ヴェシー物流 事業部長面接"]
)
def test_department_heads_interview_is_a_later_round(title):
    earlier = invite("【ヴェシー物流】一次面接", "saiyo@vesey.example", days=-14)
    later = invite(title, "saiyo@vesey.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_notice_bracket_heading_a_title_is_no_employer():
    v = verdict_of(invite("【お知らせ】ヴェシー物流 二次面接", "saiyo@vesey.example"))
    assert v.company != "お知らせ", v.company


def test_a_name_ending_in_the_writers_pronoun_is_no_firm():
    earlier = invite(
        "Pellworth & Vance Freight – first interview", "jo@pellworthvance.example", days=-14
    )
    later = invite(
        "Follow-up conversation",
        "jo@pellworthvance.example",
        "kim@pellworthvance.example",
        description="Robin - Kim Pellworth and I would like to continue the conversation.",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.company == "Pellworth & Vance Freight", (v.company, why(v))


# --- the user's own notes ------------------------------------------------------------------------


def test_note_meeting_the_design_directors_after_a_noted_intro():
    earlier = note("Harrowgate Works intro (recruiter Jo)", days=-10)
    later = note("Harrowgate Works – meet the two engineering directors")
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.company == "Harrowgate Works", (v.company, why(v))


def test_note_naming_the_employer_by_its_shorter_first_word():
    earlier = invite("Tolland Freight Partners – panel interview", "jo@tolland.example", days=-10)
    v = verdict_of(note("Tolland final w/ founders"), earlier)
    assert v.is_follow_up and v.company == "Tolland Freight Partners", (v.company, why(v))


def test_note_holding_a_firms_common_word_in_lower_case_is_not_that_firm():
    earlier = invite("Studio Brandt – panel interview", "jo@studiobrandt.example", days=-10)
    v = verdict_of(note("Guest lecture – night school design studio (final review)"), earlier)
    assert not v.is_follow_up, why(v)


# --- a registered name written whole in the title, its legal form closing the part -------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("[Brandwell Freight Co.] Team Interview – Robin Hale", "Brandwell Freight Co"),
        ("Ön görüşme – Lojistik Planlamacı (Brandwell Lojistik ve Depolama A.Ş.)",
         "Brandwell Lojistik ve Depolama A.Ş."),
    ],
)  # fmt: skip
def test_registered_name_written_whole_in_the_title(title, name):
    v = verdict_of(invite(title, "hr@brandwell.example"))
    assert v.company == name, v.company
