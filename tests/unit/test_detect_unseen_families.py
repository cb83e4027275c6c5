"""Families of mistakes from a third calendar nobody here wrote, each in new words.

Every test names a kind of invite, not an invite: the employers, people and
phrases are made up here and appear in no calendar the rules were tuned on.
The user is Robin Hale (robin.hale@fastmail.com).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.domains import squash
from assistant.detect.employer.legalname import glossed_name, registered_name
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description, read_title
from assistant.models import Attendee, Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why


def meeting(
    summary: str,
    host: Attendee,
    *guests: Attendee,
    days: float = 1,
    description: str = "",
) -> Event:
    """An invite from ``host`` with named guests (display names matter here)."""
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"{summary}|{days}",
        organizer=host,
        attendees=(me_at(), host, *guests),
        description=description,
    )


# --- company: only what a confirmed name, written whole, can be --------------------------


def test_a_generic_word_of_the_domains_name_is_not_the_company():
    """ "Head of Robotics" shares only a word with vireorobotics.example."""
    text = "You'll meet Ines Moura, Head of Robotics, for 45 minutes."
    event = invite("Hiring manager interview", "ines@vireorobotics.example", description=text)
    assert verdict_of(event).company != "Robotics"


def test_the_interviewer_after_interview_with_is_not_the_company():
    host = person("sol.adeyemi@quaybright.example", "Sol Adeyemi", is_organizer=True)
    judge = person("wen.okafor@quaybright.example", "Wen Okafor")
    text = "Technical interview with Wen Okafor (Platform Lead)."
    event = meeting("Robin Hale – Technical Interview", host, judge, description=text)
    assert verdict_of(event).company not in ("Wen Okafor", "Wen")


def test_the_users_own_initial_in_a_title_is_not_the_company():
    event = invite("Case Interview – Robin H.", "lu@ferncastle.example")
    assert verdict_of(event).company != "Robin H"


def test_the_sender_display_name_names_the_company_when_nothing_else_does():
    """A session number in brackets is no company; "Quarry Labs Talent" is the sender."""
    host = person("talent@quarrylabs.example", "Quarry Labs Talent", is_organizer=True)
    judge = person("ed@quarrylabs.example", "Ed Marsh")
    event = meeting("Onsite Loop (2/4) – System Design", host, judge, description="Interviewer: Ed")
    verdict = verdict_of(event)
    assert verdict.company == "Quarry Labs"
    assert verdict.is_follow_up, why(verdict)


def test_round_words_in_leading_brackets_are_not_the_company():
    host = person("hr@sakuradenki.example", "人事部", is_organizer=True)
    text = "最終面接のご案内です。\n桜電機株式会社（Sakura Denki K.K.）\n人事部"
    event = meeting("【最終面接】ロビン・ヘイル様", host, description=text)
    assert verdict_of(event).company == "桜電機株式会社"


@pytest.mark.parametrize(
    ("found", "text", "name"),
    [
        (
            "Baekho Logis Co",
            "인사팀 | 백호로지스 주식회사 (Baekho Logis Co., Ltd.)",
            "백호로지스 주식회사",
        ),
        (
            "Qingshan Shipping Co",
            "人力资源部\n青山航运有限公司（Qingshan Shipping Co., Ltd.）",
            "青山航运有限公司",
        ),
        (
            "ÖBB",
            "Mit freundlichen Grüßen\nÖsterreichische Bundesbahnen AG (ÖBB)",
            "Österreichische Bundesbahnen AG",
        ),
    ],
)
def test_a_name_glossed_in_brackets_is_given_as_written_first(found, text, name):
    assert glossed_name(found, text) == name


def test_a_bracket_that_is_no_gloss_leaves_the_name_alone():
    assert glossed_name("Ferncastle", "See you soon (Ferncastle)") is None


def test_an_agencys_domain_gives_way_to_the_clients_people():
    host = person("kit.ames@harrowsearch.example", "Kit Ames", is_organizer=True)
    text = "Stage 2 with the client's ops director.\n\nKit Ames\nHarrow Search Recruitment Ltd"
    event = meeting(
        "Second stage – Robin Hale",
        host,
        person("ivo.lund@brimstonemills.example", "Ivo Lund"),
        person("ada.rees@brimstonemills.example", "Ada Rees"),
        description=text,
    )
    assert squash(verdict_of(event).company or "") == "brimstonemills"


def test_a_title_part_that_ends_with_the_confirmed_name_is_taken_whole():
    event = invite("Panel final – Navieras Marisma", "lola@marisma.example")
    assert verdict_of(event).company == "Navieras Marisma"


def test_words_between_the_short_name_and_the_legal_form_belong_to_it():
    text = "Booked through an itinerary tool for Halden & Rook Advisory LLP."
    assert registered_name("Halden & Rook", text) == "Halden & Rook Advisory LLP"
    assert registered_name("Lys & Fils", "Lys & Fils SAS | Lyon") == "Lys & Fils SAS"


@pytest.mark.parametrize(
    ("written", "domain_label"),
    [
        ("Łąka Robotics", "lakarobotics"),
        ("Fjørd Data", "fjorddata"),
        ("Işık Yazılım", "isikyazilim"),
    ],
)
def test_letters_without_a_decomposition_squash_like_domains_write_them(written, domain_label):
    assert squash(written) == domain_label


# --- verdicts: a round said anywhere the invite says it --------------------------------


def test_a_scheduling_links_event_name_is_a_second_title():
    first = invite("Intro call – Tamsin Vale", "tamsin@orrisfield.example", days=-9)
    later = invite(
        "Robin Hale and Tamsin Vale",
        "tamsin@orrisfield.example",
        "nico@orrisfield.example",
        description="Event Name: Third interview (45 min)\n\nPowered by a booking page",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up, why(verdict)


def test_a_plan_to_present_booked_through_a_link_is_a_hiring_exercise():
    first = invite("Second interview – Robin / Tamsin", "tamsin@orrisfield.example", days=-9)
    later = invite(
        "Robin Hale and Tamsin Vale",
        "tamsin@orrisfield.example",
        description="Event Name: Walk us through your 30/60/90 day plan",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up, why(verdict)


@pytest.mark.parametrize(
    "field",
    ["Interview Type: Recruiter Screen", "Tipo de entrevista: entrevista telefónica"],
)
def test_the_interview_type_field_naming_a_screen_makes_a_first_round(field):
    reading = read_description(f"Candidate: Robin Hale\n{field}\nScheduled in a tracking system.")
    assert reading.typed_first_round


def test_a_session_number_inside_a_later_round_is_no_first_round():
    assert read_title("Virtual Onsite (1/4) – Architecture").first_round is None
    assert read_title("Interview (1/3)").first_round


@pytest.mark.parametrize(
    "title",
    [
        "Afsluitende kennismaking bij Zeewind",  # Dutch: a closing get-to-know
        "Kennismaking team Data & AI",  # Dutch: meet the team, no preposition
        "Letztes Kennenlernen in Hamburg",  # German: the last get-to-know
    ],
)
def test_a_get_to_know_named_as_late_or_with_the_team_is_no_first_round(title):
    assert read_title(title).first_round is None


@pytest.mark.parametrize(
    "title",
    [
        "Interview for our newsletter – Robin Hale",
        "Entrevista para nuestra revista interna",
        "Entrevista para o blog da empresa",
        "Intervista per il nostro podcast",
        "Interview für unseren Firmenblog",
        "Interview voor onze nieuwsbrief",
    ],
)
def test_an_interview_for_a_publication_is_another_kind_of_interview(title):
    assert read_title(title).other_interview


@pytest.mark.parametrize(
    "title",
    [
        "Email thank-you note to the panel",
        "Send thanks to Ines and Wen",
        "Dankesmail an das Team schicken",
        "Enviar agradecimientos a Lola",
        "Bedankmail sturen",
        "お礼メールを送る",
        "감사 메일 보내기",
    ],
)
def test_a_thank_you_to_send_is_a_step_around_the_rounds(title):
    assert read_title(title).not_a_round


def test_a_livestream_about_interviewing_is_a_public_programme():
    host = person("events-noreply@streamhub.example", "Streamhub Events", is_organizer=True)
    event = meeting("YouTube Live: Interviews that work – panel", host)
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)


# --- roles: the job applied for, never the interviewer or a note ----------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Halden & Rook – Managing Partner Interview",
        "Final Interview – Robin Hale / CTO",
        "Gespräch mit Geschäftsführerin",
        "Entrevista con Dirección",
    ],
)
def test_the_rank_of_the_person_a_round_is_with_is_not_the_role(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Fleet Planner (moved from Tuesday) – interview", "Fleet Planner"),
        ("Risk Analyst (booked by an agency) – round 2", "Risk Analyst"),
        ("Staff Nurse (Oncology) – interview", "Staff Nurse (Oncology)"),
    ],
)
def test_a_note_in_brackets_after_the_role_is_not_part_of_it(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("【二次面接】物流プランナー職 ロビン・ヘイル様", "物流プランナー"),
        ("数据工程师岗位 二面", "数据工程师"),
    ],
)
def test_honoured_names_and_position_suffixes_are_not_part_of_the_role(title, role):
    assert role_in_title(title) == role


def test_a_description_opening_like_a_title_names_the_role():
    reading = read_description("Logistics Planner – first conversation.\n\nPowered by a tracker")
    assert reading.role == "Logistics Planner"
    assert read_description("Hi Robin, looking forward to the Planner chat.").role is None


def test_the_employer_tacked_on_in_a_shorter_form_is_cut_from_the_role():
    text = "Caro Robin,\n\nRecursos Humanos | Ribeira Portos, S.A."
    first = invite(
        "Entrevista – Gestora de Frota (Ribeira Portos)",
        "rita@ribeiraportos.example",
        description=text,
    )
    assert verdict_of(first).role == "Gestora de Frota"


def test_a_persons_display_name_never_names_the_company():
    """Only a team's mailbox is named after the company: "Jameson Lee" at jamesonmills."""
    host = person("jameson.lee@jamesonmills.example", "Jameson Lee", is_organizer=True)
    event = meeting("Onsite (3/4) – Robin Hale", host, description="Interviewer: Jameson Lee")
    assert verdict_of(event).company != "Jameson Lee"


@pytest.mark.parametrize(
    ("field", "role"),
    [
        ("Role applied for: Yard Operations Lead", "Yard Operations Lead"),
        ("Applying for: Pricing Analyst", "Pricing Analyst"),
    ],
)
def test_more_tracking_field_names_give_the_role(field, role):
    assert read_description(f"Candidate: Robin Hale\n{field}\n").role == role


def test_a_company_name_field_gives_the_company():
    text = "Company name: Oxbow Tanning Co\nInterviewer: Lu Fenn"
    event = invite("Second interview – Robin Hale", "lu@oxbowtan.example", description=text)
    assert verdict_of(event).company == "Oxbow Tanning Co"


@pytest.mark.parametrize(
    "title", ["Email Tamsin re: onsite at Orrisfield", "Chase Quaybright about the final round"]
)
def test_a_to_do_written_as_an_order_to_oneself_is_no_round(title):
    assert read_title(title).not_a_round
    assert read_title("Confirmed: Second interview – Orrisfield").not_a_round is None


def test_a_booked_intro_does_not_cap_a_title_that_names_a_later_stage():
    event = invite(
        "Onsite – Robin Hale",
        "recruiting@ferncastle.example",
        "mo@ferncastle.example",
        description="Event Name: Intro to the team\nPosition: Yard Planner",
    )
    verdict = verdict_of(event)
    assert not any("first round" in reason for reason in verdict.reasons), why(verdict)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Hälsningar\nEva Berg\nFjällfrakt AB", "Fjällfrakt AB"),
        ("감사합니다.\n인사팀 | 누리물류 주식회사", "누리물류 주식회사"),
        ("Cordiali saluti\nUfficio HR | Molo Verde S.p.A.", "Molo Verde S.p.A."),
    ],
)
def test_a_registered_name_on_a_signature_line_names_the_company(text, company):
    event = invite(
        "Second interview – Robin Hale", "x@unrelated-romanisation.example", description=text
    )
    assert verdict_of(event).company == company


def test_an_agency_naming_its_client_in_words_gives_the_client():
    text = "Our client, Tallow Creek Dairies, would like to see you again.\nJo Hart\nHirewell"
    event = invite("Final round – Robin Hale", "jo@hirewell.example", description=text)
    assert verdict_of(event).company == "Tallow Creek Dairies"


def test_a_department_after_the_confirmed_name_is_not_part_of_it():
    event = invite(
        "Second interview – Saltmarsh Freight Data Science", "ana@saltmarshfreight.example"
    )
    assert verdict_of(event).company == "Saltmarsh Freight"


@pytest.mark.parametrize(
    ("title", "later"), [("Stage 3 – Robin Hale", True), ("Step 1 of 4", False)]
)
def test_numbered_stages_and_steps_are_rounds(title, later):
    reading = read_title(title)
    assert bool(reading.stage) is later and bool(reading.first_round) is not later


@pytest.mark.parametrize(
    "title",
    [
        "Reference call for Robin",
        "Right to work check – bring passport",
        "Referenzgespräch mit Frau Ohm",
        "Verificación de referencias",
        "Referentiecheck Zeewind",
    ],
)
def test_checks_around_the_rounds_are_not_rounds(title):
    assert read_title(title).not_a_round


@pytest.mark.parametrize(
    "title",
    [
        "Conocer al equipo de planta",
        "Conhecer a equipa de dados",
        "Conoscere il team di Molo Verde",
        "Poznanie zespołu – Robin Hale",
        "Coffee with our CTO – Robin",
    ],
)
def test_meeting_the_team_or_a_leader_in_other_words_is_a_later_stage(title):
    reading = read_title(title)
    assert reading.stage or reading.contact
    assert reading.first_round is None
