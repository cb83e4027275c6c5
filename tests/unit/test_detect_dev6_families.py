"""Families of mistakes from the sixth development calendar, each in new words.

The calendar (``tests/data/detection_dev6``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale (robin.hale@fastmail.com), as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_title
from assistant.detect.who.gobetween import forwarded_sender
from assistant.detect.words import wording as w
from assistant.models import Event, Verdict
from tests.conftest import NOW, make_event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why


def own_copy(summary: str, description: str, days: float = 3) -> Event:
    """A copy the user made of an invite: only the user on it, a pasted mail below."""
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"copy|{summary}",
        organizer=me_at(),
        attendees=(me_at(),),
        description=description,
    )


def follow_up(later: Event, *earlier: Event) -> Verdict:
    """The verdict on ``later`` given ``earlier`` events, asserted to be a follow-up."""
    v = verdict_of(later, *earlier)
    assert v.is_follow_up, why(v)
    return v


# --- forwarded invites: the mail client's prefix is no company; its sender is ------------


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Fwd: Second interview – Data Analyst", "Second interview – Data Analyst"),
        ("FW: RE: Final round", "Final round"),
        ("WG: Zweitgespräch – Datenanalyst", "Zweitgespräch – Datenanalyst"),
        ("RV: Segunda entrevista", "Segunda entrevista"),
        ("TR : Deuxième entretien", "Deuxième entretien"),
        ("Doorst: Tweede gesprek", "Tweede gesprek"),
        ("転送: 二次面接", "二次面接"),
        ("Rewards evening", "Rewards evening"),  # a word beginning like a prefix stays
        ("Interview: Data Analyst", "Interview: Data Analyst"),
    ],
)
def test_forwarded_title_prefix_is_set_aside(title, bare):
    assert w.without_forwarding(title) == bare


@pytest.mark.parametrize(
    "header",
    [
        "From: Lena Voss <lena.voss@saltmarsh.example>\nSent: Tuesday\nSubject: Round 2",
        "Von: Lena Voss <lena.voss@saltmarsh.example>\nGesendet: Dienstag",
        "De : Lena Voss <lena.voss@saltmarsh.example>\nObjet : Deuxième entretien",
        "---------- Forwarded message ---------\nFrom: Lena Voss <LENA.VOSS@saltmarsh.example>",
    ],
)
def test_forwarded_mail_sender_is_read_in_several_languages(header):
    assert forwarded_sender("see below\n\n" + header) == "lena.voss@saltmarsh.example"
    assert forwarded_sender("Lena Voss (lena.voss@saltmarsh.example) will join") is None


def test_forwarded_invite_copy_names_the_employer_of_its_sender():
    first = invite("First interview – Saltmarsh Bioworks", "ines.roy@saltmarsh.example", days=-10)
    copy = own_copy(
        "Fwd: Round 2 – Data Analyst",
        "---------- Forwarded message ---------\n"
        "From: Ines Roy <ines.roy@saltmarsh.example>\nSubject: Round 2 – Data Analyst\n\n"
        "We are pleased to invite you to a second-round interview.",
    )
    v = follow_up(copy, first)
    assert v.company == "Saltmarsh Bioworks"
    assert company_of(copy, PROFILE) != "Fwd"


# --- the agency's client, and the jobs an agency books for several clients ---------------


def test_client_named_by_the_agency_is_the_employer_not_the_agency():
    """The agency books the meeting; the client's own person is on it; the invite speaks
    of "my client": the client hires, whoever sent the invite."""
    event = invite(
        "Quillon Freight – first interview (arranged by Brackenhurst)",
        "tess.ogu@brackenhurst.example",
        "omar.lind@quillon.example",
        description="Confirming your interview with my client Quillon Freight Ltd for the "
        "Data Platform Lead role.",
    )
    assert company_of(event, PROFILE) == "Quillon Freight Ltd"


def test_agency_booking_for_two_clients_keeps_each_clients_job_apart():
    one = invite(
        "Quillon Freight – first interview (arranged by Brackenhurst)",
        "tess.ogu@brackenhurst.example",
        "omar.lind@quillon.example",
        days=-20,
        description="Your interview with my client Quillon Freight Ltd for the Data Platform "
        "Lead role.",
    )
    other = invite(
        "Osprey Bank – first interview (via Brackenhurst)",
        "tess.ogu@brackenhurst.example",
        days=-10,
        description="My client Osprey Bank Ltd would like to meet you for the Head of Data "
        "Engineering role.",
    )
    later = invite(
        "Robin Hale / Quillon – second interview",
        "tess.ogu@brackenhurst.example",
        description="Quillon would like to see you again.",
    )
    v = follow_up(later, one, other)
    assert v.role == "Data Platform Lead"


# --- a place or a job word glued to the name ---------------------------------------------


@pytest.mark.parametrize(
    "location",
    ["Pellham Ridge Head Office, 4 Main Rd", "Pellham Ridge Branch, 12 Quay St"],
)
def test_head_office_or_branch_after_the_name_is_no_part_of_it(location):
    event = invite(
        "Second interview – Data Architect",
        "talent@pellhamridge.example",
        description=f"Location: {location}\nPellham Ridge Minerals Ltd Careers",
    )
    assert company_of(event, PROFILE) == "Pellham Ridge Minerals Ltd"


# --- a name's first words: a surname's particles and a group's word ----------------------


@pytest.mark.parametrize(
    ("title", "organizer", "name"),
    [
        (
            "Tweede gesprek – Ter Horst Logistiek",
            "hr@terhorstlogistiek.example",
            "Ter Horst Logistiek",
        ),
        (
            "Zweitgespräch – Von der Heide Analytik",
            "jobs@vdheideanalytik.example",
            "Von der Heide Analytik",
        ),
        (
            "Segunda entrevista – Grupo Sierra Verde",
            "rrhh@sierraverde.example",
            "Grupo Sierra Verde",
        ),
        (
            "Deuxième entretien – Groupe Marais Conseil",
            "rh@maraisconseil.example",
            "Groupe Marais Conseil",
        ),
    ],
)
def test_particles_and_group_word_open_the_name(title, organizer, name):
    assert company_of(invite(title, organizer), PROFILE) == name


def test_registered_name_keeps_its_group_word():
    event = invite(
        "Entrevista final con el director",
        "talento@olmedoredes.example",
        description="Tu entrevista final en Grupo Olmedo Redes S.L. para el puesto.",
    )
    assert company_of(event, PROFILE) == "Grupo Olmedo Redes S.L."


def test_a_particle_in_lowercase_after_another_word_opens_no_name():
    event = invite("Interview – gesprek bei der Brink Data", "hr@brinkdata.example")
    assert company_of(event, PROFILE) == "Brink Data"


# --- the whole name a title writes; whom the user meets after it ------------------------


@pytest.mark.parametrize("word", ["Analytics", "Security", "Robotics"])
def test_title_part_of_the_name_and_one_company_word_is_the_whole_name(word):
    event = invite(f"Fenwick {word} – final round with the CTO", "maya.ortiz@fenwick.example")
    assert company_of(event, PROFILE) == f"Fenwick {word}"


def test_department_words_after_a_name_in_a_sentence_are_still_cut():
    event = invite(
        "Second interview",
        "maya.ortiz@fenwick.example",
        description="You will meet the Fenwick Data Science team.",
    )
    assert company_of(event, PROFILE) == "Fenwick"


@pytest.mark.parametrize(
    "title",
    [
        "final round w/ Tessaly Foods CEO",
        "2nd interview with Tessaly Foods CTO (link to follow)",
    ],
)
def test_own_note_naming_whom_the_user_meets_after_the_employer(title):
    v = follow_up(note(title))
    assert v.company == "Tessaly Foods"


@pytest.mark.parametrize(
    "title", ["Genel Müdür – 2. mülakat", "Operations Analytics Manager – Round 2"]
)
def test_a_rank_ending_a_job_title_leaves_no_company_behind(title):
    assert company_of(invite(title, "ece.kaya@gmail.com"), PROFILE) is None


# --- roles: gendered and inclusive forms with their small words ---------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Te invitamos al puesto de Analista/a de Riesgos Júnior en Tramonta S.L.",
            "Analista/a de Riesgos Júnior",
        ),
        (
            "Convite para a vaga Pessoa Analista de Riscos Pleno na Tramonta.",
            "Pessoa Analista de Riscos Pleno",
        ),
        (
            "Entretien pour le poste de Responsable des Données chez Tramonta.",
            "Responsable des Données",
        ),
        (
            "Gesprek over de vacature Medewerker van Klantenservice bij Tramonta.",
            "Medewerker van Klantenservice",
        ),
        ("Thanks for applying for the position of Head of Risk at Tramonta.", "Head of Risk"),
    ],
)
def test_role_keeps_its_small_words_in_several_languages(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    "written",
    [
        "Risk Analyst (Requisition QTX-5521)",
        "Risk Analyst (Ref. DE-221)",
        "Risk Analyst (Kennziffer 4471)",
        "Risk Analyst (Referencia: MX-88)",
        "Risk Analyst (QTX-5521)",
    ],
)
def test_a_labelled_requisition_in_brackets_is_no_part_of_the_role(written):
    assert role_in_field(f"Position: {written}\nInterview type: Panel") == "Risk Analyst"


# --- later stages: meeting the leadership, a whiteboard session, a team match ------------


@pytest.mark.parametrize(
    "title",
    [
        "Osprey Bank – meet the Chief Risk Officer",
        "Meeting with our Head of Product",
        "Kennenlernen mit dem Geschäftsführer",
        "Rencontre avec la directrice financière",
        "Reunión con el fundador",
        "Conversa com a CEO",
        "Whiteboard session – Robin / Teo",
    ],
)
def test_meeting_the_leadership_or_a_whiteboard_session_is_a_later_stage(title):
    reading = read_title(title)
    assert reading.stage or reading.contact, title


def test_agency_booked_meeting_with_the_clients_leadership_follows_its_interview():
    first = invite(
        "Osprey Bank – first interview (via Brackenhurst)",
        "tess.ogu@brackenhurst.example",
        days=-12,
        description="My client Osprey Bank Ltd would like to meet you for the Head of Data role.",
    )
    intro = invite(
        "Intro call – Brackenhurst Recruitment", "tess.ogu@brackenhurst.example", days=-30
    )
    later = invite(
        "Osprey Bank – meet the Chief Data Officer",
        "tess.ogu@brackenhurst.example",
        description="They are back on: you'll meet the new CDO at their office.",
    )
    v = follow_up(later, intro, first)
    assert v.company in ("Osprey Bank", "Osprey Bank Ltd")
    assert v.role == "Head of Data"


def test_team_match_in_an_invite_about_a_job_is_no_sport():
    first = invite("First interview – Ledgerly", "amir.n@ledgerly.example", days=-10)
    later = invite(
        "Ledgerly – Team Match: Payments",
        "amir.n@ledgerly.example",
        description="After your interviews, this is a conversation with a team you could join.",
    )
    follow_up(later, first)


def test_a_sports_team_match_stays_a_pastime():
    v = verdict_of(invite("Team match vs Rovers – round 2", "coach@rovers-fc.example"))
    assert not v.is_follow_up, why(v)


# --- the user's own notes: placeholders, and someone else's interview ---------------------


def _later_invite(days: float) -> Event:
    return invite("Second interview – Marlowe Health", "ivy.tran@marlowehealth.example", days=days)


@pytest.mark.parametrize(
    "title",
    [
        "2nd round - Marlowe?? (Kim to confirm)",
        "Second interview Marlowe Health (TBC)",
        "Zweitgespräch Marlowe Health – vorläufig",
        "Segunda entrevista Marlowe Health (por confirmar)",
        "Tweede gesprek – Marlowe Health (onder voorbehoud)",
    ],
)
def test_unconfirmed_own_placeholder_beside_the_real_invite_is_not_acted_on(title):
    first = invite("Phone screen – Marlowe Health", "ivy.tran@marlowehealth.example", days=-20)
    placeholder = note(title, days=2)
    v = verdict_of(placeholder, first, _later_invite(days=6))
    assert not v.is_follow_up, why(v)
    assert "placeholder" in why(v)


def test_unconfirmed_own_note_without_a_real_invite_is_still_acted_on():
    first = invite("Phone screen – Marlowe Health", "ivy.tran@marlowehealth.example", days=-20)
    follow_up(note("Second interview Marlowe Health (TBC)", days=2), first)


@pytest.mark.parametrize(
    "title",
    [
        "Drive Tom to his final interview (Marlowe, Leeds)",
        "Pick up Ana from her second interview",
        "Lisa zum Vorstellungsgespräch fahren – ihr zweites Gespräch",
        "Accompagner Léa à son entretien final",
        "Levar o João à entrevista final",
    ],
)
def test_someone_elses_interview_in_the_users_notes_is_not_the_users(title):
    v = verdict_of(note(title))
    assert not v.is_follow_up, why(v)


def test_their_interview_panel_is_still_the_users_round():
    first = invite("First interview – Marlowe Health", "ivy.tran@marlowehealth.example", days=-9)
    v = verdict_of(
        invite("Final round – meet their interview panel", "ivy.tran@marlowehealth.example"), first
    )
    assert v.is_follow_up, why(v)


# --- roles: the interviewer's title is not the job; a role in a form's answer ----------


@pytest.mark.parametrize(
    "title",
    [
        "Harlow Foods – conversation with Ines Barros (Head of Data)",
        "Final chat with Jonas Weber (VP Engineering)",
        "Entretien avec Claire Martin (Directrice Technique)",
    ],
)
def test_title_in_brackets_after_the_interviewers_name_is_not_the_role(title):
    assert role_in_title(title) is None


def test_role_in_brackets_after_a_firm_is_still_the_role():
    assert role_in_title("Interview with Harlow Robotics (Data Engineer)") == "Data Engineer"


@pytest.mark.parametrize(
    "answer",
    [
        "Please share anything that will help prepare for our meeting.: Re: Head of Risk role",
        "What would you like to discuss?: RE: Head of Risk position you posted",
    ],
)
def test_role_in_a_booking_forms_answer_after_re(answer):
    assert role_in_text(answer) == "Head of Risk"
