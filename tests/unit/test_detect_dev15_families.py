"""Kinds of mistake development set 15 showed, each in new words and several languages:
legal professions as job words, the user's own initialled name in brackets after the
job, a tracking field after a sentence or after the conferencing block, a candidate
line whose job holds a comma, and a job's field in brackets taken for the employer.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.domainspelling import spells_domain
from assistant.detect.employer.extract import company_of
from assistant.detect.employer.fullname import fuller_name
from assistant.detect.employer.legalname import registered_name
from assistant.detect.job.jobparts import field_after_role
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- legal professions are job words in every language -------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Second interview – Staff Attorney, Water Rights", "Staff Attorney, Water Rights"),
        ("Final round: Trainee Solicitor", "Trainee Solicitor"),
        ("Segunda entrevista: Abogada Junior de Contratos", "Abogada Junior de Contratos"),
        ("Zweitgespräch – Syndikusanwältin Arbeitsrecht (m/w/d)", "Syndikusanwältin Arbeitsrecht"),
        ("Deuxième entretien – Avocate collaboratrice", "Avocate collaboratrice"),
        ("Secondo colloquio – Avvocato giuslavorista", "Avvocato giuslavorista"),
        ("Segunda entrevista – Advogada Tributária", "Advogada Tributária"),
        ("Tweede gesprek – Bedrijfsjurist Vastgoed", "Bedrijfsjurist Vastgoed"),
        ("Druga rozmowa – Radca prawny ds. umów", "Radca prawny ds. umów"),
        ("Andra intervju – Bolagsjurist", "Bolagsjurist"),
        ("İkinci görüşme – Kıdemli Avukat", "Kıdemli Avukat"),
        ("企業内弁護士 二次面接", "企業内弁護士"),
        ("高级律师 复试", "高级律师"),
        ("사내 변호사 2차 면접", "사내 변호사"),
    ],
)
def test_legal_profession_is_a_job_word(title, role):
    assert role_in_title(title) == role


# --- the user's own name in brackets is never part of the job ------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – Tax Counsel (R. Hale)",
        "Final round – Compliance Analyst (R.J. Hale)",
    ],
)
def test_initialled_name_in_brackets_is_no_part_of_the_role(title):
    assert "Hale" not in (role_in_title(title) or "")
    assert role_in_title(title)


def test_specialism_in_brackets_stays_with_the_role():
    assert role_in_title("Second interview – Staff Nurse (Oncology)") == "Staff Nurse (Oncology)"


# --- a tracking field after a sentence on its line, or after the dial-in block -----------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("You will meet two partners. Role: Head of Tax – EMEA.", "Head of Tax"),
        ("Con dos socios del despacho. Puesto: Abogado Fiscal.", "Abogado Fiscal"),
        ("Treffen mit dem Vorstand. Position: Justiziar Energie.", "Justiziar Energie"),
    ],
)
def test_field_after_a_sentence_names_the_job(text, role):
    assert role_in_field(text) == role


def test_field_after_the_conferencing_block_names_the_job():
    text = (
        "Sam Ortiz is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890\n\n"
        "Meeting ID: 812 3456 7890\nPasscode: 112233\n\n---\n\n"
        "One tap mobile\n+13462487799,,81234567890# US\n\n---\n\n"
        "Position: Associate General Counsel, Trade\n"
    )
    assert read_description(text).role == "Associate General Counsel, Trade"


def test_candidate_line_with_a_comma_names_the_job():
    text = "Robin Hale – Counsel, Shipping Disputes\n\nRound 2 – Legal team\n"
    assert read_description(text).role == "Counsel, Shipping Disputes"


def test_line_opening_with_a_job_word_is_no_candidate_line():
    text = "Recruiter Dana Moss – Senior Buyer (Leeds, hybrid). Call by phone."
    assert read_description(text).role != "Recruiter Dana Moss – Senior Buyer"


# --- a job's field in brackets is not the employer ----------------------------------------


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Second interview – Legal Counsel (Maritime Law)", "Maritime Law"),
        ("Zweitgespräch – Referent (Netzregulierung)", "Netzregulierung"),
        ("复试 – 法务专员（知识产权）", "知识产权"),
    ],
)
def test_bracket_after_the_job_is_its_field(title, field):
    assert field_after_role(field, title)


@pytest.mark.parametrize(
    ("title", "firm"),
    [
        ("Second interview – Data Analyst (Kestrel Holdings Ltd)", "Kestrel Holdings Ltd"),
        ("Segunda entrevista – Analista (Grupo Ferrán S.A.)", "Grupo Ferrán S.A."),
    ],
)
def test_bracket_with_a_legal_form_stays_a_firm(title, firm):
    assert not field_after_role(firm, title)


def test_field_in_brackets_gives_way_to_the_signature():
    description = (
        "Dear Robin,\n\nPosition: Legal Counsel (Maritime Law)\n\n"
        "Kind regards,\nPeople Team\nHarbourline Shipping Ltd\n"
    )
    event = invite(
        "Second interview – Legal Counsel (Maritime Law)",
        "people@harbourline.example",
        description=description,
    )
    name, _ = company_of(event, PROFILE, description)
    assert name != "Maritime Law"


# --- a registered name opening with a word and a lower-case particle ----------------------


@pytest.mark.parametrize(
    ("short", "text", "whole"),
    [
        (
            "Norte",
            "Saludos,\nEólica del Norte, S. de R.L. de C.V.",
            "Eólica del Norte, S. de R.L. de C.V.",
        ),
        ("Sole", "Cordiali saluti\nEnergia del Sole S.p.A.", "Energia del Sole S.p.A."),
        ("Vale", "Atenciosamente\nMineração do Vale Ltda.", "Mineração do Vale Ltda."),
    ],
)
def test_registered_name_keeps_the_word_before_its_particle(short, text, whole):
    assert registered_name(short, text) == whole


def test_a_meeting_word_before_a_particle_is_no_part_of_the_name():
    assert registered_name("Lumbre", "Reunión de Lumbre S.A. mañana") == "Lumbre S.A."


# --- a short form in the title where the location writes the firm whole -----------------


@pytest.mark.parametrize(
    ("short", "location", "whole"),
    [
        (
            "Harlow & Bros",
            "Harlow & Bros. Capital Advisers, 12 Quay St, Cork",
            "Harlow & Bros. Capital Advisers",
        ),
        ("Vidal & Co", "Vidal & Co. Energía, Av. Juárez 10, Puebla", "Vidal & Co. Energía"),
    ],
)
def test_location_writes_the_firm_whole(short, location, whole):
    assert fuller_name(short, f"Second meeting – {short} team", ("", location)) == whole


def test_location_of_another_firm_is_not_a_longer_name():
    location = "Harbour Tower, 3 Dock Rd"
    assert (
        fuller_name("Harlow & Sons", "Second meeting – Harlow & Sons", ("", location))
        == "Harlow & Sons"
    )


# --- a call about the results of an interview is no round ---------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Riscontro sul colloquio finale – Vetreria Lucchese",
        "Esito colloquio – Vetreria Lucchese",
        "Resultados de la entrevista final – Vetreria Lucchese",
        "Retour sur l'entretien final – Vetreria Lucchese",
        "Rückmeldung zum Zweitgespräch – Vetreria Lucchese",
        "Retorno da entrevista final – Vetreria Lucchese",
    ],
)
def test_a_call_about_an_interviews_results_is_no_round(title):
    earlier = invite("Primo colloquio – Vetreria Lucchese", "hr@vetreria.example", days=-14)
    later = invite(title, "hr@vetreria.example")
    v = verdict_of(later, earlier)
    assert not v.is_follow_up, why(v)


# --- the user's own revision note before a round ------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "복습: 솔빛물산 2차 면접 예상 질문",
        "復習：ソルビ物産 最終面接",
        "复习：索尔比物产 终面",
    ],
)
def test_a_revision_note_before_a_round_is_no_round(title):
    earlier = invite("1차 면접 – 솔빛물산", "hr@solbit.example", days=-14)
    v = verdict_of(note(title), earlier)
    assert not v.is_follow_up, why(v)


def test_a_site_after_the_name_is_no_longer_name():
    location = "Harlow & Sons HQ, 3 Dock Rd"
    assert (
        fuller_name("Harlow & Sons", "Second meeting – Harlow & Sons", ("", location))
        == "Harlow & Sons"
    )


# --- an agency's invite to the first interview with its client, after its own intro ------


@pytest.mark.parametrize(
    "description",
    [
        "Anbei die Einladung zum ersten Vorstellungsgespräch bei unserem Mandanten Kornfeld Mühlen AG.",
        "Hier die Einladung zu Ihrem ersten Bewerbungsgespräch bei der Kornfeld Mühlen AG.",
    ],
)
def test_agency_invite_to_the_first_interview_with_its_client_is_no_later_round(description):
    earlier = invite(
        "Kennenlernen Lindner Personal", "k.lindner@lindner-personal.example", days=-14
    )
    later = invite(
        "Vorstellungsgespräch Kornfeld Mühlen AG – Controller (m/w/d)",
        "k.lindner@lindner-personal.example",
        description=description,
    )
    v = verdict_of(later, earlier)
    assert not v.is_follow_up, why(v)


def test_bracket_after_the_job_that_spells_the_domain_is_the_employer():
    assert spells_domain("Ipê Pagamentos", ("ipepag",))
    assert spells_domain("Kornfeld Mühlen", ("kornfeld",))
    assert spells_domain("Corvina Pagamentos", ("corvpay",))
    assert not spells_domain("Maritime Law", ("harbourline",))
    assert not spells_domain("Enerji Mevzuatı", ("anadoluenerji",))


# --- a later meeting whose description names the job in a field ---------------------------


def test_second_meeting_naming_the_job_in_a_field_follows_a_first_chat():
    earlier = invite(
        "Coffee – Robin / Tomas Vell",
        "tomas@vellpartners.example",
        days=-14,
        description="Informal first chat about the Head of Treasury role.",
    )
    later = invite(
        "Second meeting – Vell Partners board",
        "tomas@vellpartners.example",
        description="With the board and the CFO. Role: Head of Treasury.",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_second_meeting_without_a_job_stays_unsure():
    earlier = invite("Coffee – Robin / Tomas Vell", "tomas@vellpartners.example", days=-14)
    later = invite(
        "Second meeting – Vell Partners board",
        "tomas@vellpartners.example",
        description="With the board and the CFO. Agenda: quarterly numbers.",
    )
    assert not verdict_of(later, earlier).is_follow_up


# --- a live interview after a recorded one the user's note names in short ------------------


def live_at_lantern():
    return invite(
        "HireVue Live Interview: Lantern Marine Holdings Ltd – Claims Handler",
        "noreply@hirevue.example",
        description="You have been scheduled for a live video interview.\nPosition: Claims Handler",
    )


@pytest.mark.parametrize(("short", "follows"), [("Lantern", True), ("Quayside", False)])
def test_live_interview_follows_a_recorded_one_named_in_short(short, follows):
    recorded = note(f"HireVue video interview – {short} (complete by Friday)", days=-10)
    v = verdict_of(live_at_lantern(), recorded)
    assert v.is_follow_up is follows, why(v)


# --- a domain's word after a job word is a department in someone's title ------------------


@pytest.mark.parametrize(
    ("title", "sender", "word"),
    [
        ("Ferrovia Alta – interview with the Director Legal", "ana@searchlegal.example", "Legal"),
        (
            "Ferrovia Alta – entrevista con el Director Jurídico",
            "ana@buscajuridico.example",
            "Jurídico",
        ),
        ("Ferrovia Alta – Gespräch mit dem Leiter Recht", "ana@suchrecht.example", "Recht"),
    ],
)
def test_domain_word_after_a_job_word_is_no_company(title, sender, word):
    name, _ = company_of(invite(title, sender), PROFILE, "")
    assert name != word
