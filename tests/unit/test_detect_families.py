"""Detection on the families a second calendar nobody here wrote showed, in new words.

Each test stands for one kind of mistake: the user's own notes that write the
employer beside the round, stages and notes around an interview, an agency's
invites, registered company names, roles beside round words, and languages'
compound job titles. The employers are made up; the user is robin.hale@fastmail.com.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.scriptname import bracketed_name
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description, read_title
from assistant.models import Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why


def note(summary: str, days: float = 5, description: str = "") -> Event:
    """An event the user made for themselves: no one else on it."""
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        organizer=me_at(),
        attendees=(),
        uid=f"note|{summary}",
        description=description,
    )


# --- the user's own notes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Third interview Ferncastle", "Ferncastle"),
        ("Abschlussgespräch Kranich & Lenz", "Kranich & Lenz"),
        ("Segunda entrevista Tramuntana", "Tramuntana"),
        ("最終面接 ミドリ商会", "ミドリ商会"),
    ],
)
def test_an_own_note_writing_the_employer_beside_the_round_is_acted_on(title, company):
    v = verdict_of(note(title))
    assert v.is_follow_up, why(v)
    assert v.company == company
    assert "your own note" in why(v)


def test_an_own_note_naming_a_stage_follows_the_employers_earlier_interview():
    screen = invite(
        "Phone screen – Ferncastle Robotics – Firmware Engineer",
        "talent@ferncastle-robotics.example",
        days=1,
    )
    onsite = note("Ferncastle on-site (Leeds)")
    v = verdict_of(onsite, screen)
    assert v.is_follow_up, why(v)
    assert v.company == "Ferncastle Robotics"  # the full name from the earlier round
    assert v.role == "Firmware Engineer"
    assert not verdict_of(note("Ferncastle on-site (Leeds)")).is_follow_up  # no interview before


@pytest.mark.parametrize(
    "title",
    [
        "Write thank-you email after final interview (Ferncastle)",
        "Debrief notes – Ferncastle panel interview",
        "Notes from the second interview with Ferncastle",
    ],
)
def test_a_task_after_an_interview_is_no_round(title):
    v = verdict_of(note(title))
    assert not v.is_follow_up, why(v)


# --- stages and descriptions ----------------------------------------------------------------


def test_a_first_round_word_inside_a_later_stage_is_no_first_round():
    reading = read_title("Team-Kennenlernen bei Kranich")
    assert reading.stage and reading.first_round is None
    assert read_title("Kennenlernen – Kranich").first_round


@pytest.mark.parametrize(
    "title",
    ["Painel final – Corvina", "Panel final con dirección", "Architecture deep dive – Corvina"],
)
def test_final_panels_and_deep_dives_are_later_rounds(title):
    reading = read_title(title)
    assert reading.explicit or reading.stage


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations on progressing to the next stage of our process.",
        "Good to talk last Tuesday. The next step is a conversation with our head of design.",
        "This is the final step in our hiring process: a chat with the founders.",
    ],
)
def test_a_description_saying_the_process_moved_on_names_a_later_round(text):
    assert read_description(text).described
    v = verdict_of(invite("Robin / Tamsin", "tamsin@quillmoor.example", description=text))
    assert v.is_follow_up, why(v)


# --- an agency's invites ------------------------------------------------------------------


def test_an_agency_call_does_not_make_its_clients_first_interview_a_later_round():
    intro = invite("Brookfield Search | intro call", "ines@brookfield-search.example", days=1)
    client = invite(
        "Client interview: Vantor Metals Ltd – Category Buyer",
        "ines@brookfield-search.example",
        days=4,
        description="Confirming your interview with my client Vantor Metals.\n\nInes\n"
        "Brookfield Search Ltd",
    )
    v = verdict_of(client, intro)
    assert not v.is_follow_up, why(v)
    assert v.company == "Vantor Metals Ltd"
    assert v.first_interview_id is None


def test_the_client_an_agency_names_in_the_title_is_the_employer():
    second = invite(
        "Vantor Metals – 2. Runde (via Brookfield Search)",
        "ines@brookfield-search.example",
        description="Vantor möchte dich zur zweiten Runde einladen.",
    )
    v = verdict_of(second)
    assert v.is_follow_up, why(v)
    assert v.company == "Vantor Metals"


# --- company names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "registered"),
    [
        (
            "Quelva",
            "Saludos,\nMarta\nCorporación Quelva S.A. | Calle Mayor 3",
            "Corporación Quelva S.A.",
        ),
        ("Ostwind Lojistik", "Ostwind Lojistik A.Ş. Satış Ekibi", "Ostwind Lojistik A.Ş."),
        ("Biela", "Biela sp. z o.o. | ul. Długa 5", "Biela sp. z o.o."),
        ("青木科技", "北京青木科技有限公司 人事部", "北京青木科技有限公司"),
        ("누리데이터", "누리데이터 주식회사 인사팀", "누리데이터 주식회사"),
        ("Quelva", "Quelva is hiring", None),
        ("Quelva", "Hello Quelva GmbH", "Quelva GmbH"),
    ],
)
def test_the_registered_name_ends_at_its_legal_form(name, text, registered):
    assert registered_name(name, text) == registered


def test_an_invite_gives_the_employer_its_registered_name():
    v = verdict_of(
        invite(
            "Segunda entrevista – Analista de riesgos",
            "marta@quelva.example",
            description="Hola Robin:\n\nTe esperamos.\n\nMarta\nCorporación Quelva S.A.",
        )
    )
    assert v.is_follow_up, why(v)
    assert v.company == "Corporación Quelva S.A."


def test_a_cjk_title_names_the_employer_in_brackets():
    assert bracketed_name("【青木科技】产品经理 二面") == "青木科技"
    assert bracketed_name("[EXTERNAL] Second interview") is None
    v = verdict_of(
        invite(
            "【青木科技】产品经理 二面",
            "hr@qingmu.example",
            description="北京青木科技有限公司 人事部",
        )
    )
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == ("北京青木科技有限公司", "产品经理")


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Category Buyer (w/m/d) – REQ-2231",
        "Deuxième entretien – Acheteur (H/F)",
        "Lunch & Learn: how interview panels work",
    ],
)
def test_requisition_numbers_gender_markers_and_events_are_no_company(title):
    _place, names, beside = title_names(title)
    assert not [n for n in names + beside if n in ("REQ-2231", "H/F", "Lunch & Learn")]


def test_a_scheduling_service_sender_named_after_the_company_is_no_person():
    event = make_event(
        "Zaproszenie na rozmowę: Analityk ryzyka – Tessaline Data",
        organizer=person(
            "noreply@smartrecruiters.com", "Tessaline Data – Rekrutacja", is_organizer=True
        ),
        attendees=(me_at(),),
        description="Zapraszamy na kolejny etap rekrutacji.",
    )
    assert verdict_of(event).company == "Tessaline Data"


# --- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("产品经理 二面", "产品经理"),
        ("데이터 엔지니어 2차 면접", "데이터 엔지니어"),
        ("Derde gesprek Financieel-analist", "Financieel-analist"),
        ("Andra intervju – Systemutvecklare", "Systemutvecklare"),
        ("Third interview: Compliance Officer", "Compliance Officer"),
        ("Second interview – remember slides", None),
    ],
)
def test_the_role_is_read_beside_the_round_words(title, role):
    assert role_in_title(title) == role


def test_profile_is_the_personal_address_only():
    assert PROFILE.addresses == frozenset({"robin.hale@fastmail.com"})


# --- what scheduling links and tracking fields write ----------------------------------------


def test_a_scheduling_links_event_name_is_read_like_a_second_title():
    first = invite(
        "Conversa inicial entre Talita Reis e Robin Hale",
        "talita@corvpay.example",
        days=1,
        description="Nome do evento: Conversa inicial – Engenheiro de Dados (Corvina Pagamentos)"
        "\n\nLocal: Google Meet",
    )
    later = invite(
        "Entrevista técnica entre Talita Reis e Robin Hale",
        "talita@corvpay.example",
        days=6,
        description="Nome do evento: Entrevista técnica (segunda etapa)",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == ("Corvina Pagamentos", "Engenheiro de Dados")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Role: Claims Handler (Leeds / hybrid)", "Claims Handler"),
        ("Position: Buyer (remote)", "Buyer"),
        ("Position: Staff Nurse (Cardiology)", "Staff Nurse (Cardiology)"),
    ],
)
def test_a_place_or_way_of_working_in_brackets_is_no_part_of_the_role(text, role):
    assert read_description(text).role == role


def test_a_korean_first_interview_word_is_no_part_of_the_role():
    assert role_in_title("[누리데이터] 데이터 엔지니어 1차 인터뷰") == "데이터 엔지니어"
