"""Families of mistakes from the seventh development calendar, each in new words.

The calendar (``tests/data/detection_dev7``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect.employer.legalname import signature_name
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why

# --- a firm named after founders who are on the invite ------------------------------------


@pytest.mark.parametrize(
    ("title", "domain", "founders", "company"),
    [
        ("Pellow & Marsh | Case round 2", "pellowmarsh.example",
         ("Idris Pellow", "Agnes Marsh-Tovey"), "Pellow & Marsh"),
        ("Brandt & Okafor – zweites Gespräch", "brandtokafor.example",
         ("Lena Brandt", "Tunde Okafor"), "Brandt & Okafor"),
        ("Entretien final – Rocher & Vasseur", "rocher-vasseur.example",
         ("Camille Rocher", "Paul Vasseur"), "Rocher & Vasseur"),
    ],
)  # fmt: skip
def test_firm_named_after_founders_on_the_invite(title, domain, founders, company):
    guests = tuple(person(f"{name.split()[0].lower()}@{domain}", name) for name in founders)
    event = make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=guests[0],
        attendees=(me_at(), *guests),
    )
    assert company_of(event, PROFILE) == company


# --- roles: words for heading a team, inclusive endings, the candidate's name after ----------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # German names the job by what is led ("-leitung"), as well as by who leads it
        ("Zweitgespräch: Leitung Disposition (m/w/d)", "Leitung Disposition"),
        ("Vorstellungsgespräch – Teamleitung Buchhaltung", "Teamleitung Buchhaltung"),
        # Korean and Japanese ranks: team lead, division head
        ("[가온물류] 2차 면접 안내 - 물류팀장", "물류팀장"),
        ("최종 면접 - 영업본부장", "영업본부장"),
        # the candidate addressed with an honorific after a full-width slash
        ("【最終面接】物流マネージャー／ロビン・ヘイル様", "物流マネージャー"),
        # an inclusive ending in brackets is part of the word, kept as written
        ("Entrevista inicial – Coordenador(a) de Armazém", "Coordenador(a) de Armazém"),
        ("Zweitgespräch – Sachbearbeiter(in) Lohnbuchhaltung", "Sachbearbeiter(in) Lohnbuchhaltung"),
    ],
)  # fmt: skip
def test_role_in_title_in_many_languages(title, role):
    assert role_in_title(title) == role


def test_a_bracket_after_a_role_still_specialises_it():
    assert (
        role_in_title("Second interview – Data Engineer (Payments)") == "Data Engineer (Payments)"
    )


# --- roles in the fields tracking systems write, in several languages --------------------


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("Job Opening: Veterinary Practice Manager\nInterview: Panel", "Veterinary Practice Manager"),
        ("Candidato: Robin Hale\nRequisición: JR-2027-0412 Técnico/a de Almacén\n",
         "Técnico/a de Almacén"),
        ("Requisição: R-31-0077 Analista de Compras\nTipo: Segunda fase", "Analista de Compras"),
        ("Offre : Acheteur hospitalier\nType d'entretien : Deuxième entretien",
         "Acheteur hospitalier"),
        ("Stellenausschreibung: Disponent (m/w/d)\nGesprächsart: Zweitgespräch", "Disponent"),
    ],
)  # fmt: skip
def test_role_in_a_tracking_systems_field(description, role):
    assert role_in_field(description) == role


@pytest.mark.parametrize("description", ["Position: Second interview", "Job Opening: Final round"])
def test_a_field_holding_the_round_is_no_role(description):
    assert role_in_field(description) is None


# --- the invitee's answers a scheduling link writes after the conferencing block ----------


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Applying for the Warehouse Planning Lead role, as discussed by mail.",
         "Warehouse Planning Lead"),
        ("Following up on my application for the Inventory Analyst position.", "Inventory Analyst"),
    ],
)  # fmt: skip
def test_a_scheduling_links_answers_after_the_video_block_are_read(answer, role):
    description = (
        "Event Name: 30 Minute Intro\n\nLocation: This is a Zoom web conference.\n"
        "Join Zoom Meeting\nhttps://zoom.example/j/123\n\n"
        f"Please share anything that will help prepare for our meeting.:\n{answer}\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.example/c/1\n"
    )
    assert read_description(description).role == role


def test_conferencing_boilerplate_alone_adds_nothing():
    description = "Quick sync.\n\nJoin Zoom Meeting\nhttps://zoom.example/j/1\nMeeting ID: 1\n"
    assert read_description(description).text.strip() == "Quick sync."


# --- the user's own notes of one process: the role carried, the name written in full -----


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Interview Fenwick & Lowe (1st, video) – Procurement Lead", "Final interview - Fenwick & Lowe"),
        ("Vorstellungsgespräch Hallberg Logistik – Leitung Disposition",
         "Zweitgespräch Hallberg Logistik"),
    ],
)  # fmt: skip
def test_a_later_note_takes_the_role_of_an_earlier_note_naming_an_interview(first, later):
    v = verdict_of(note(later, days=3), note(first, days=-10))
    assert v.is_follow_up, why(v)
    assert v.role == role_in_title(first)


def test_a_note_writing_the_name_in_full_follows_the_invite_from_the_short_domain():
    first = invite(
        "Second Interview",
        "talent@marrowfield.example",
        description="Job Requisition: R-0071 Fleet Planning Manager\n",
        days=-9,
    )
    later = note("Final interview - Marrowfield Holdings")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == "Fleet Planning Manager"


# --- a name made from a domain gives way to the name the calendar writes ------------------


@pytest.mark.parametrize(
    ("sender", "note_title", "company"),
    [
        ("seleccion@grupoortiga.example", "Preparar entrevista final Grupo Ortiga", "Grupo Ortiga"),
        ("ik@bogazlojistik.example", "Hazırlık: ikinci mülakat Boğaz Lojistik", "Boğaz Lojistik"),
        ("jobs@stichtingvdm.example", "Voorbereiden tweede gesprek Stichting Van der Meer",
         "Stichting Van der Meer"),
    ],
)  # fmt: skip
def test_a_name_made_from_the_domain_gives_way_to_a_written_one(sender, note_title, company):
    first = invite("First interview – Buyer", sender, days=-12)
    later = invite("Second interview – Buyer", sender, days=2)
    v = verdict_of(later, first, note(note_title, days=1))
    assert v.is_follow_up, why(v)
    assert v.company == company


def test_a_written_name_needs_the_domains_spelling():
    first = invite("First interview – Buyer", "jobs@ortigahealth.example", days=-12)
    later = invite("Second interview – Buyer", "jobs@ortigahealth.example", days=2)
    v = verdict_of(later, first, note("Preparar entrevista Grupo Ortiga", days=1))
    assert v.company != "Grupo Ortiga"


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Tweede gesprek Stichting Van der Meer", "Stichting Van der Meer"),
        ("Zweitgespräch Weingut von der Heide", "Weingut von der Heide"),
        ("Segunda entrevista Clínica De la Vega", "Clínica De la Vega"),
        ("Segunda entrevista – Analista de Compras", None),
    ],
)
def test_a_family_names_particles_stay_in_the_company(title, company):
    assert company_of(note(title), PROFILE) == company


# --- the employer a tracking system writes for, in its footer ----------------------------


@pytest.mark.parametrize(
    ("footer", "company"),
    [
        ("This message was sent from Workday on behalf of Orchard Vale Clinics Ltd.",
         "Orchard Vale Clinics Ltd"),
        ("Este mensaje ha sido enviado desde Workday en nombre de Clínicas Ribera S.L.",
         "Clínicas Ribera S.L."),
        ("Diese Nachricht wurde im Auftrag von Havelland Kliniken GmbH versendet.",
         "Havelland Kliniken GmbH"),
        ("Ce message a été envoyé au nom de Groupe Santé Armor.", "Groupe Santé Armor"),
        ("Deze uitnodiging is verstuurd namens Zorgpunt Eemland.", "Zorgpunt Eemland"),
    ],
)  # fmt: skip
def test_the_employer_a_tracking_system_writes_for(footer, company):
    description = (
        "Interview scheduled\n\nJoin Zoom Meeting\nhttps://zoom.example/j/1\n"
        "________________________________\n\n" + footer
    )
    event = invite("Second interview – Buyer", "noreply@myworkday.example", days=2,
                   description=description)  # fmt: skip
    assert company_of(event, PROFILE) == company


def test_a_person_scheduled_for_is_no_employer():
    description = "Scheduled via Lever on behalf of Rowan Pike, Talent Partner, Kestrel Loom."
    event = invite("Second interview – Buyer", "rowan.pike@kestrelloom.example", days=2,
                   description=description)  # fmt: skip
    assert company_of(event, PROFILE) != "Rowan Pike"


# --- a person addressed is never the company ---------------------------------------------


@pytest.mark.parametrize(
    ("sender", "description"),
    [
        ("kontakt@brandt-weiss.example",
         "Guten Tag,\n\nanbei der Termin für das zweite Gespräch mit Herrn Brandt und Frau Dr. Oster."),
        ("emploi@clinique-saint-remy.example",
         "Bonjour,\n\nnous vous proposons un entretien avec Mme Rémy Laforgue, directrice des soins."),
        ("careers@hollisgrant.example", "Your second interview is with Mr Hollis and the CFO."),
    ],
)  # fmt: skip
def test_a_person_addressed_in_the_description_is_not_the_company(sender, description):
    event = invite("Zweites Gespräch", sender, days=2, description=description)
    company = company_of(event, PROFILE) or ""
    assert "Frau" not in company and "Mme" not in company and "Mr" not in company
    assert company not in {"Brandt", "Rémy Laforgue", "Hollis"}


@pytest.mark.parametrize(
    "title",
    [
        "Vorstellungsgespräch Disponent (m/w/d) – Frau Hale",
        "Entretien – Mme Hale",
        "Interview – Mr Hale",
    ],
)
def test_a_person_addressed_in_the_title_is_not_the_company(title):
    assert (
        company_of(invite(title, "jobs@kaltwasser.example", days=2), PROFILE)
        != title.split("– ")[-1]
    )


# --- a sentence without spaces is cut to the registered name it holds -------------------


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("欢迎您应聘青禾物流股份有限公司【仓储经理】岗位。请准时参加面试。", "青禾物流股份有限公司"),
        ("感謝您投遞德明醫材有限公司，誠摯邀請您參加複試。", "德明醫材有限公司"),
        ("杭州云帆科技有限公司", "杭州云帆科技有限公司"),
    ],
)  # fmt: skip
def test_a_sentence_without_spaces_is_cut_to_the_registered_name(line, company):
    assert signature_name(f"您好：\n\n{line}\n面试官：HR 李娜") == company


# --- a tracking system's tenant: the name the invite writes for it -----------------------


@pytest.mark.parametrize(
    ("description", "company"),
    [
        ("Job: Records Manager\nLocation: Harwood and Pike LLP, 12 Fleet Street, London",
         "Harwood and Pike LLP"),
        ("Puesto: Gestor de Archivo\nUbicación: Harwood & Pike Abogados, Calle Mayor 3",
         "Harwood & Pike Abogados"),
        ("Job: Records Manager\nInterviewer(s): Tom Reyes", "Harwoodpike"),
    ],
)  # fmt: skip
def test_a_tracking_systems_tenant_takes_the_name_the_invite_writes(description, company):
    event = invite("Telephone Interview - Robin Hale - Records Manager",
                   "harwoodpike@talent.icims.example", days=2, description=description)  # fmt: skip
    assert company_of(event, PROFILE) == company


# --- an interviewer introduced with their title is not the job --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Con la Dra. Inés Calvo, Directora de Calidad.",
        "Vous rencontrerez Paul Mercier, Responsable Achats.",
        "You will meet Priya Raman, Head of Quality.",
    ],
)
def test_an_interviewer_and_their_title_is_not_the_role(text):
    assert role_in_text(text) is None


def test_a_role_with_its_team_after_a_comma_is_still_the_role():
    assert (
        role_in_text("Interview for the Senior Buyer, Packaging role.") == "Senior Buyer, Packaging"
    )


# --- meeting the board or the executive committee after a first round, in many languages --


@pytest.mark.parametrize(
    "title",
    [
        "Kestrow Foods – meeting with the Board Chair",
        "Gespräch mit dem Vorstand – Kestrow Foods",
        "Kestrow Foods – rencontre avec le comité de direction",
        "Reunión con el comité de dirección - Kestrow Foods",
        "Kestrow Foods | Conversa com a Direção Geral",
        "Spotkanie z Zarządem – etap końcowy",
        "Gesprek met de Raad van Bestuur – Kestrow Foods",
        "Incontro con la direzione generale – Kestrow Foods",
        "Meeloopmiddag & kennismaken met het team",
    ],
)
def test_meeting_the_board_after_a_first_round_is_a_follow_up(title):
    first = invite("First interview – Warehouse Manager", "hr@kestrowfoods.example", days=-10)
    later = invite(title, "hr@kestrowfoods.example", "board@kestrowfoods.example")
    assert verdict_of(later, first).is_follow_up, why(verdict_of(later, first))


@pytest.mark.parametrize(
    "title",
    [
        "Quarterly meeting with the Board",
        "Gespräch mit dem Vorstand",
        "Reunión con el comité de dirección",
    ],
)
def test_meeting_the_board_without_an_earlier_round_is_no_interview(title):
    assert not verdict_of(invite(title, "hr@kestrowfoods.example")).is_follow_up


def test_a_site_after_the_name_gives_way_to_the_registered_name_of_the_other_rounds():
    first = invite("Marlow Optics Ltd. Interview: Recruiter Screen", "talent@marlowoptics.example",
                   days=-10)  # fmt: skip
    later = invite("Entrevista con el equipo de planta - Marlow Tijuana",
                   "talent@marlowoptics.example", "plant@marlowoptics.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.company == "Marlow Optics Ltd."


# --- a display name whose words and initials spell its own domain -----------------------


def test_a_display_name_spelling_its_domain_with_initials_is_the_company():
    host = person("werkenbij@stichtingvdm.example", "Stichting Van der Meer")
    event = make_event("Tweede gesprek – Inkoper", start=NOW + timedelta(days=2), uid="vdm",
                       organizer=host, attendees=(me_at(), host))  # fmt: skip
    assert company_of(event, PROFILE) == "Stichting Van der Meer"


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("planning@hollisgrant.example", "Hollis Grant Ltd Scheduling"),
        ("tom@tomvdb.example", "Tom Van der Berg"),
    ],
)
def test_a_team_word_or_a_persons_own_address_is_not_read_so(address, name):
    host = person(address, name)
    event = make_event("Second interview – Buyer", start=NOW + timedelta(days=2), uid=address,
                       organizer=host, attendees=(me_at(), host))  # fmt: skip
    assert company_of(event, PROFILE) != name
