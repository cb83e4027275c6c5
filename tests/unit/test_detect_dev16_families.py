"""Kinds of mistake development set 16 showed, each in new words and several languages:
jobs of the insurance market as job words, a job after its label in any language and in
sentence case, a job closing a line after its employer, a Zoom topic line, the employer's
name in brackets after the job, a committee or an executive panel met as a round, a
recruiter's call about "next steps", and a name written in full on the invite's own lines.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.infull import written_in_full
from assistant.detect.job.roleemployer import without_employer
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- jobs of the insurance market are job words ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Second interview – Marine Cargo Underwriter", "Marine Cargo Underwriter"),
        ("Final round: Senior Loss Adjuster", "Senior Loss Adjuster"),
        ("Second interview – Pricing Actuary", "Pricing Actuary"),
        ("Final round – Motor Claims Handler", "Motor Claims Handler"),
        ("Tweede gesprek – Acceptant Transport", "Acceptant Transport"),
        ("Andra intervju – Skadereglerare Motor", "Skadereglerare Motor"),
        ("Druga rozmowa – Likwidator Szkód Komunikacyjnych", "Likwidator Szkód Komunikacyjnych"),
        ("二次面接 貨物保険アンダーライター", "貨物保険アンダーライター"),
    ],
)
def test_insurance_job_is_a_job_word(title, role):
    assert role_in_title(title) == role


# --- a job after its label, in any language, and in sentence case ------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Fijn dat je wilt praten over de rol Coördinator Inkoop Zuid!", "Coördinator Inkoop Zuid"),
        ("Ett samtal inför rollen som Enhetschef Försäljning.", "Enhetschef Försäljning"),
        ("Zaproszenie na stanowisko Kierownik ds. Zakupów Zagranicznych.",
         "Kierownik ds. Zakupów Zagranicznych"),
        ("votre candidature au poste de Responsable achats indirects (H/F).",
         "Responsable achats indirects"),
        ("pour le poste de Chef du service logistique chez notre client Vallon SA.",
         "Chef du service logistique"),
        ("para la vacante de Jefa de compras internacionales.", "Jefa de compras internacionales"),
    ],
)  # fmt: skip
def test_labelled_job_in_any_language_and_sentence_case(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "A entrevista para a vaga de Gerente de Compras foi agendada.",
        "We are recruiting for the position of Buyer and you will meet the team.",
    ],
)
def test_verb_or_small_word_after_the_job_is_no_part_of_it(text):
    role = role_in_text(text)
    assert role and role.split()[-1] in {"Compras", "Buyer"}


# --- a line giving the employer and then the job after a dash -----------------------------------


def test_job_closing_a_line_after_its_employer():
    text = "Video call with Dana Cole (TA), Pellworth Logistics Group – Night Shift Supervisor."
    assert role_in_text(text) == "Night Shift Supervisor"


def test_title_after_a_person_and_a_dash_is_not_the_job():
    assert role_in_text("Call with Dana Cole – Head of Procurement.") is None


def test_zoom_topic_line_names_the_job():
    text = (
        "Jo Baird is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: Pellworth Logistics Group - Night Shift Supervisor - intro chat\n\n"
        "Join Zoom Meeting\nhttps://zoom.example/j/1"
    )
    assert read_description(text).role == "Night Shift Supervisor"


# --- the employer in brackets after the job ------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("Diretora de Compras (Vallon Têxteis)", "Vallon Têxteis S.A.", "Diretora de Compras"),
        ("Buyer (Pellworth Group)", "Pellworth Group", "Buyer"),
        ("Staff Nurse (Oncology)", "Pellworth Clinic", "Staff Nurse (Oncology)"),
    ],
)
def test_employer_in_brackets_is_no_part_of_the_role(role, company, expected):
    assert without_employer(role, company) == expected


# --- a committee or an executive panel is a round ------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Vallon – meet the Investment committee",
        "Painel com a Comissão Executiva – Vallon Textiles",
        "Panel con el Comité Ejecutivo – Vallon Textiles",
        "Panel avec le comité exécutif – Vallon Textiles",
    ],
)
def test_committee_or_executive_panel_after_a_first_round_is_a_later_round(title):
    earlier = invite("First interview – Vallon Textiles", "ana@vallon.example", days=-14)
    later = invite(title, "ana@vallon.example", "board.chair@vallon.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up and "later stage" in why(v), why(v)


def test_name_within_the_employers_fuller_name_is_the_same_employer():
    earlier = invite(
        "Entrevista de triagem – Seguradora Vallon Têxteis S.A.", "rh@vallon.example", days=-14
    )
    later = invite("Painel com a Comissão Executiva – Vallon Têxteis", "rh@vallon.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up and "follows an earlier interview" in why(v), why(v)


# --- a recruiter's call about next steps is not a round ------------------------------------------


def test_call_about_next_steps_is_not_a_later_round():
    earlier = invite("Pellworth – intro interview", "jo@pellworth.example", days=-10)
    later = invite("Pellworth – call with Jo re next steps", "jo@pellworth.example")
    v = verdict_of(later, earlier)
    assert not v.is_follow_up, why(v)


# --- a name the invite's own lines write in full ------------------------------------------------


@pytest.mark.parametrize(
    ("short", "line", "full"),
    [
        ("Pellworth & Vance", "Pellworth & Vance Specialty – Recruiting", "Pellworth & Vance Specialty"),
        ("Northmoor", "first meeting with Northmoor Syndicate 4411, its active underwriter",
         "Northmoor Syndicate 4411"),
        ("Vallon", "Vallon Mutual – Talent team", "Vallon Mutual"),
    ],
)  # fmt: skip
def test_name_written_in_full_on_the_invite(short, line, full):
    assert written_in_full(short, (line,)) == full


@pytest.mark.parametrize(
    ("short", "line", "full"),
    [
        ("Vallon Insurers", "Topic: Vallon Farm & Fleet Insurers Ltd - intro", "Vallon Farm & Fleet Insurers Ltd"),
        ("Pellworth Mutual", "Pellworth Rural Mutual – Careers", "Pellworth Rural Mutual"),
        ("Vallon Insurance", "Vallon Berlin Insurance office", "Vallon Insurance"),
    ],
)  # fmt: skip
def test_short_name_as_first_and_last_words_of_the_full_one(short, line, full):
    assert written_in_full(short, (line,)) == full


def test_a_number_alone_does_not_lengthen_a_name():
    assert written_in_full("Northmoor", ("Northmoor 2041 budget",)) == "Northmoor"
