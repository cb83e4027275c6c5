"""Kinds of mistake development set 12 showed, each in new words and several languages:
the user's own note whose employer the title hides; a legal form counted as a word of
the name; dotted initials and acronyms for the name another round writes; a hiring
programme's words on a mailbox; a job posting's words or the job's field taken for the
employer; a candidate's seminar read as someone else's candidacy; a case interview and
a later stage said with an ordinal word, in the languages of ``lang/``.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.confirmed import confirmed_name
from assistant.detect.employer.namematch import abbreviates_name, name_matching
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.itinerary import read_itinerary
from assistant.detect.text.reading import read_description
from assistant.detect.text.titles import meets_someone
from assistant.detect.verdict.evidence import read_evidence
from assistant.detect.verdict.rolecarry import fullest_role
from assistant.detect.who.gobetween import ats_tenant, client_labelled, mailbox_name
from assistant.detect.words import wording as w
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why

# --- the user's own notes ---------------------------------------------------------------


def fernhill_screen():
    return invite("Fernhill Analytics – recruiter call", "jo@fernhill.example", days=-12)


@pytest.mark.parametrize(
    "title",
    [
        "Panel - Fernhill Analytics debrief w/ CTO",  # lower-case words glued to the name
        "Onsite | Fernhill Analytics, last one",
    ],
)
def test_a_note_naming_a_round_gets_the_employer_a_part_of_its_title_writes(title):
    v = verdict_of(note(title), fernhill_screen())
    assert v.is_follow_up, why(v)
    assert v.company == "Fernhill Analytics"


@pytest.mark.parametrize(
    "title",
    [
        "Thank-you notes to the Fernhill Analytics panel",
        "Read up on Fernhill Analytics before the 2nd interview",
    ],
)
def test_a_note_about_a_round_in_one_phrase_is_not_the_round(title):
    assert not verdict_of(note(title), fernhill_screen()).is_follow_up


def test_a_note_naming_the_last_round_and_a_registered_name_is_acted_on():
    earlier = invite("Phone screen – Kestrel Bay Marine", "ana@kestrelbay.example", days=-20)
    v = verdict_of(note("Final interview - Kestrel Bay Marine Pty Ltd"), earlier)
    assert v.is_follow_up, why(v)
    assert v.company == "Kestrel Bay Marine Pty Ltd"


# --- company names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Second interview – Kestrel Bay Marine Pty Ltd", "Kestrel Bay Marine Pty Ltd"),
        ("Zweitgespräch – Alte Mühle Bau Technik GmbH", "Alte Mühle Bau Technik GmbH"),
        ("Segunda entrevista – Grupo Norte Agua Limpia S.A.", "Grupo Norte Agua Limpia S.A."),
    ],
)
def test_a_legal_form_is_no_word_of_a_titles_name(title, name):
    _, candidates, _ = title_names(title)
    assert name in candidates


def test_five_words_without_a_legal_form_are_still_no_name():
    _, candidates, _ = title_names("Second interview – Notes From The Long Board Review")
    assert not candidates


@pytest.mark.parametrize(
    ("short", "name", "same"),
    [
        ("S.K.T.", "Société Kléber Transports SA", True),
        ("N.R.W.A", "Northern Rivers Water Authority", True),
        ("S.K.T.", "Société Kléber Logistique SA", False),
    ],
)
def test_dotted_initials_stand_for_the_name(short, name, same):
    assert abbreviates_name(short, name) is same


def test_an_acronym_and_its_name_are_one_employer_when_linking_rounds():
    earlier = invite(
        "Interview with Northern Rivers Water Authority",
        "kim@nrwa.example",
        days=-14,
        description="We invite you to a first interview for the Catchment Planner role.",
    )
    later = invite(
        "NRWA – final panel (Catchment Planner)",
        "kim@nrwa.example",
        description="The final panel.",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)
    assert "follows an earlier interview" in why(v)


@pytest.mark.parametrize(
    ("display", "name"),
    [
        ("Harrowgate Foods Graduate Recruitment", "Harrowgate Foods"),
        ("Harrowgate Foods Early Careers", "Harrowgate Foods"),
        ("Harrowgate Foods Campus Hiring", "Harrowgate Foods"),
        ("Harrowgate Foods", "Harrowgate Foods"),
    ],
)
def test_a_hiring_programmes_words_come_off_a_mailboxs_name(display, name):
    assert mailbox_name(person("talent@harrowgate.example", name=display)) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "You are invited to an interview for Job Requisition JR-5521 Senior Analyst.",
        "You are invited to an interview for Position 7781 Fleet Controller.",
    ],
)
def test_a_job_postings_words_never_name_the_employer(sentence):
    assert read_itinerary(sentence).company is None


def test_a_name_inside_the_jobs_field_is_the_job_not_the_employer():
    event = invite(
        "Portfolio review – Robin Hale",
        "mere@tidewell-freight.example",
        description="Hi Robin!\n\nPosition: Freight Network Planner\n",
    )
    text = read_description(event.description).text
    found, _ = confirmed_name(event, PROFILE, ("tidewellfreight",), text)
    assert found != "Freight Network Planner"


# --- the user as the candidate ------------------------------------------------------------


def riverbend_interview(title: str = "Interview – Lecturer in Hydrology"):
    return invite(
        title,
        "k.ito@riverbend.example",
        days=-15,
        description="Thank you for your application. We invite you to a first interview.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Riverbend – candidate lecture & panel interview (Lecturer in Hydrology)",
        "Riverbend – candidate seminar and final interview",
    ],
)
def test_a_later_round_sent_to_the_user_alone_is_the_users_candidacy(title):
    v = verdict_of(invite(title, "k.ito@riverbend.example"), riverbend_interview())
    assert v.is_follow_up, why(v)


def test_a_candidate_seminar_with_colleagues_on_it_is_someone_elses():
    seminar = invite(
        "Riverbend – candidate seminar & panel interview",
        "k.ito@riverbend.example",
        "l.moss@riverbend.example",
        "p.ngata@riverbend.example",
    )
    assert not verdict_of(seminar, riverbend_interview()).is_follow_up


def test_a_webinar_on_the_panel_interview_sent_to_the_user_alone_stays_a_programme():
    webinar = invite("Webinar: how to shine in your panel interview", "events@careerhub.example")
    assert not verdict_of(webinar, riverbend_interview()).is_follow_up


# --- rounds in words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Case interview – Fernhill",
        "Casusbespreking Fernhill",
        "Fallinterview mit Fernhill",
        "Entretien sur étude de cas – Fernhill",
        "Entrevista sobre caso práctico – Fernhill",
        "Discussão do caso prático – Fernhill",
        "Presentazione del caso studio – Fernhill",
        "Omówienie studium przypadku – Fernhill",
        "Vaka görüşmesi – Fernhill",
        "Depot walk-through – Fernhill",
    ],
)
def test_a_case_interview_or_a_site_walk_is_a_later_stage(title):
    assert w.first_match(w.LATER_STAGE, title)


@pytest.mark.parametrize(
    "description",
    [
        "Zweite Runde: ein Gespräch mit dem Team vor Ort.",
        "Terceira etapa: conversa com a diretoria.",
        "Tercera etapa: conversación con el equipo de operaciones.",
        "Final step: an informal meeting with the managing director.",
    ],
)
def test_a_description_naming_a_later_stage_in_words_names_a_round(description):
    reading = read_description(description)
    assert reading.numbered or reading.described


@pytest.mark.parametrize(
    "description",
    ["Our panel: three speakers on port logistics.", "Final step of the budget cycle."],
)
def test_a_description_without_an_ordinal_stage_names_no_round(description):
    reading = read_description(description)
    assert not (reading.numbered or reading.described)


@pytest.mark.parametrize(
    "title",
    [
        "Coffee w/ Tomás Reyes (hiring mgr)",
        "Breakfast with Lena Vogt (operations director)",
        "Kaffee mit Jana Roth (Bauleiterin)",
        "Café avec Léa Martin (directrice)",
        "Almuerzo con Carla Ruiz (gerente)",
    ],
)
def test_a_meal_with_a_person_named_with_their_job_is_meeting_them(title):
    assert meets_someone(title) == title


def test_a_meal_with_a_person_named_otherwise_is_not():
    assert meets_someone("Lunch w/ Sam (my cousin)") is None


def test_a_meetings_own_word_alone_is_no_employer():
    _, candidates, _ = title_names("Coffee w/ Tomás Reyes (hiring mgr)")
    assert "Coffee" not in candidates
    _, candidates, _ = title_names("Lunch – Harbourline Shipping")
    assert candidates == ("Harbourline Shipping",)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Ön görüşme – Liman Planlama Uzmanı", "kuzeyliman"),
        ("Intro call – Harbour Freight Planner", "tidalharbour"),
    ],
)
def test_a_job_holding_a_word_of_the_domain_is_not_the_employer(title, label):
    found, _ = confirmed_name(invite(title, f"jo@{label}.example"), PROFILE, (label,), "")
    assert found is None


def test_a_name_a_domain_spells_whole_is_the_employer_though_it_holds_a_job_word():
    event = invite("Første intervju – Nordby Konsult AB", "jo@nordbykonsult.example")
    assert confirmed_name(event, PROFILE, ("nordbykonsult",), "")[0] == "Nordby Konsult AB"


def test_the_team_after_a_job_and_a_dash_is_the_jobs_when_the_description_says_so():
    event = invite(
        "Interview – Senior Buyer – Packaging",
        "recruitment@coastalmills.example",
        description="Thank you for your application for the position of Senior Buyer – "
        "Packaging (Ref 12/7).",
    )
    ev = read_evidence(event, PROFILE)
    assert ev.company != "Packaging"
    assert ev.role == "Senior Buyer – Packaging"


def test_an_invitation_to_an_interview_with_the_selection_panel_is_to_the_candidate():
    text = "You are invited to attend an interview with the selection panel on Monday."
    assert read_description(text).hiring_side is None
    assert read_description("Selection panel: please score the candidates.").hiring_side


@pytest.mark.parametrize(
    ("title", "label", "name"),
    [
        ("Round 2 – Homes for People", "homesforpeople", "Homes for People"),
        ("Panel: Bank of the Hills", "bankofthehills", "Bank of the Hills"),
        ("Zweitgespräch – Haus der Jugend", "hausderjugend", "Haus der Jugend"),
        # a word after the part the domain spells is still judged: a team's word goes
        ("Onsite – Kestrel Team", "kestrel", "Kestrel"),
    ],
)
def test_a_name_the_domain_spells_whole_keeps_its_small_words(title, label, name):
    assert name_matching(title, (label,), False) == name


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("Last step: a chat with the chair. Client: Harbourline Shipping Ltd.", "Harbourline Shipping Ltd"),
        ("Abschluss mit der Geschäftsführung. Kunde: Nordwerk Logistik GmbH", "Nordwerk Logistik GmbH"),
        ("Our client, Harbourline Shipping, is growing fast.", None),  # spoken of, no label
    ],
)  # fmt: skip
def test_a_search_firms_client_label_names_the_employer(text, client):
    assert client_labelled(text) == client


def test_an_agencys_meeting_for_its_client_is_filed_under_the_client():
    event = invite(
        "Harbourline – chair meeting",
        "ola@kestrelsearch.example",
        description="Last step: a chat with the chair. Client: Harbourline Shipping Ltd.",
    )
    assert (read_evidence(event, PROFILE).company or "").rstrip(".") == "Harbourline Shipping Ltd"


# --- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Interview: Lecturer in Coastal Hydrology", "Lecturer in Coastal Hydrology"),
        ("Second interview – Postdoc, Soil Chemistry", "Postdoc, Soil Chemistry"),
        ("Vorstellungsgespräch – Dozentin Verkehrsplanung", "Dozentin Verkehrsplanung"),
        ("Entretien – Chercheuse associée", "Chercheuse associée"),
        ("Entrevista – Investigadora Asociada", "Investigadora Asociada"),
        ("Sollicitatiegesprek – Onderzoeker Mobiliteit", "Onderzoeker Mobiliteit"),
        ("Intervju – Forskare i hydrologi", "Forskare i hydrologi"),
    ],
)
def test_research_and_teaching_jobs_are_jobs(title, role):
    assert role_in_title(title) == role


def test_the_job_named_with_its_field_before_is_kept_when_a_later_round_writes_less():
    earlier = riverbend_interview("Interview: Lecturer in Coastal Hydrology")
    later = invite("Riverbend – final panel interview (Lecturer)", "k.ito@riverbend.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)
    assert v.role == "Lecturer in Coastal Hydrology"


@pytest.mark.parametrize(
    "before",
    ["Lecturer (Riverbend campus)", "Lecturer – Riverbend", "Lecturer opportunity"],
)
def test_a_site_or_a_note_after_the_job_is_not_its_field(before):
    # the employer of these rounds is Riverbend (riverbend.example)
    assert fullest_role("Lecturer", before, company="Riverbend") == "Lecturer"


@pytest.mark.parametrize(
    "title", ["Final round – candidate Tomás Reyes", "Candidate: Lena Vogt – panel interview"]
)
def test_a_round_naming_another_candidate_stays_someone_elses(title):
    v = verdict_of(invite(title, "k.ito@riverbend.example"), riverbend_interview())
    assert not v.is_follow_up
    assert "someone else's candidacy" in why(v)


@pytest.mark.parametrize(
    ("sender", "tenant"),
    [
        ("careers@harbourline.icims.example", "Harbourline"),
        ("noreply@harbourline.wd3.myworkday.example", "Harbourline"),
        ("harbourline@myworkday.example", "Harbourline"),  # the tenant as the mailbox
        ("no-reply@hire.lever.example", None),  # the system's own host
        ("careers@icims.example", None),
    ],
)
def test_a_tracking_systems_tenant_is_read_from_its_address(sender, tenant):
    assert ats_tenant(invite("Panel interview", sender)) == tenant


def test_a_tracking_systems_sender_writes_the_tenants_name():
    host = person(
        "careers@harbourlineshipping.icims.example",
        name="Harbourline Shipping Careers",
        is_organizer=True,
    )
    event = make_event(
        "Panel Interview - Round 2: Fleet Planner",
        start=NOW + timedelta(days=1),
        uid="icims-1",
        organizer=host,
        attendees=(me_at(), host),
    )
    assert read_evidence(event, PROFILE).company == "Harbourline Shipping"
