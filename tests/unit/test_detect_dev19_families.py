"""Kinds of mistake development set 19 showed (a journalist's own job hunt), each in new
words and several languages: a profession's own words that are a veto's words (a press
word in the employer's name, a practical test, a shortlist the user is on, the
"audience" a candidate presents to); press and research interviews the user gives taken
as a process's rounds. The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.job.rolecompare import without_lead_in
from assistant.detect.text.reading import Reader
from assistant.detect.who.gobetween import subject_of_invite, system_sender
from assistant.detect.words import wording as w
from assistant.detect.words.ownwords import (
    agency_named,
    in_a_name,
    practical_test,
    the_candidates_words,
)
from assistant.models import Attendee
from tests.conftest import NOW, make_event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why

# --- a press or research word inside the employer's name, beside a later round --------------


@pytest.mark.parametrize(
    "title",
    [
        "Final interview – Harbourline Press Group",
        "Zweites Vorstellungsgespräch | Nordlicht Podcast Studios",
        "Colloquio finale – Gruppo Podcast del Adriatico",
    ],
)
def test_press_word_in_the_employers_name_beside_a_later_round(title):
    assert in_a_name(Reader().title(title)), title


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – Tidewater magazine feature",  # lowercase: the feature itself
        "Research Interviews: Follow-up interview",  # the name is the veto's words alone
        "Follow-up interview with the Harbourline Press desk",  # one part: a press interview
    ],
)
def test_press_word_outside_a_name_keeps_its_veto(title):
    assert not in_a_name(Reader().title(title)), title


def test_own_note_of_a_final_round_at_a_press_agency_is_acted_on():
    earlier = invite(
        "Harbourline Press Group – Desk Editor – intro", "m.ortiz@harbourline.example", days=-20
    )
    later = note("Final interview - Harbourline Press Group", days=2)
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


# --- a practising word that qualifies a hiring exercise ("prueba práctica") -----------------


@pytest.mark.parametrize(
    "title",
    [
        "Costa Verde – Prueba práctica y charla con la mesa",
        "Vega Media – prueba práctica de edición",
    ],
)
def test_practising_word_after_an_exercise_names_its_kind(title):
    assert practical_test(title, guests=True)


@pytest.mark.parametrize(
    ("title", "guests"),
    [
        ("Práctica de la prueba con Ana", True),  # practising the test: practice
        ("Prueba práctica", False),  # the user's own block
        ("Prep case study slides", True),  # the English order: practising a case study
    ],
)
def test_practising_an_exercise_stays_practice(title, guests):
    assert not practical_test(title, guests)


def test_practical_test_with_the_newsroom_is_a_later_round():
    earlier = invite(
        "Costa Verde Medios – primera entrevista", "r.vidal@costaverde.example", days=-15
    )
    later = invite(
        "Costa Verde Medios – Prueba práctica y reunión con la redacción",
        "r.vidal@costaverde.example",
        description="Tercera etapa del proceso: prueba práctica de edición.",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


# --- a shortlist the user is on -------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Ridgeway - shortlist interview", "Shortlist interview: Ridgeway Group"]
)
def test_shortlist_interview_sent_to_the_user_alone_is_the_users_round(title):
    event = invite(title, "k.price@searchpartners.example", description="Panel: CEO, CFO.")
    v = verdict_of(event)
    assert "someone else's candidacy" not in why(v), why(v)


def test_shortlist_review_with_colleagues_is_still_the_hiring_side():
    event = invite(
        "Shortlist interview review", "k.price@searchpartners.example", "t.li@ridgeway.example"
    )
    assert "candidacy" in why(verdict_of(event)), why(verdict_of(event))


# --- the "audience" a candidate presents to -------------------------------------------------


def test_case_presentation_to_an_audience_of_executives_is_a_round():
    earlier = invite("Lantern Media – first interview", "p.nair@lanternmedia.example", days=-12)
    later = invite(
        "Lantern Media | Case presentation: subscriber growth",
        "p.nair@lanternmedia.example",
        description="Prepare 15 minutes on subscriber growth. Audience: CEO, COO, Editor.",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_panel_talk_with_an_audience_stays_a_public_event():
    earlier = invite("Lantern Media – first interview", "p.nair@lanternmedia.example", days=-12)
    later = invite(
        "Lantern Media – Panel: the future of the metro desk (panellist)",
        "p.nair@lanternmedia.example",
        description="Moderated by Jo Reyes. Audience questions at the end.",
    )
    assert not verdict_of(later, earlier).is_follow_up


# --- press and research interviews the user gives are no process's rounds -------------------


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Interview mit Küstenfunk-Korrespondentin", "Interview with Coastline Radio re: the port strike"),
        ("Entrevista Canal Sur – balance del año", "Entrevista con Onda Norte – elecciones"),
        ("Intervista con Radio Laguna", "Intervista – Laguna Sera sul porto"),
    ],
)  # fmt: skip
def test_interviews_tied_by_the_word_alone_are_no_process(first, later):
    earlier = invite(
        first, "desk@newsdesk-services.example", days=-20, description="You are the guest."
    )
    event = invite(later, "desk@newsdesk-services.example", description="You are the guest.")
    v = verdict_of(event, earlier)
    assert not v.is_follow_up, why(v)


def test_interview_after_a_screen_that_named_the_job_is_still_a_later_round():
    earlier = invite("Phone screen – Night Editor", "talent@harbourweekly.example", days=-10)
    event = invite("Interview – Harbour Weekly", "l.moss@harbourweekly.example")
    v = verdict_of(event, earlier)
    assert v.is_follow_up, why(v)


# --- the interviewers' words said to the user as the candidate ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You are scheduled to interview with Lantern Media.\nCandidate: Robin Hale\nJob: Night Editor",
        "Vous êtes convié·e.\nCandidat : Robin Hale\nPoste : Rédacteur en chef",
        "Interview: Editing exercise + debrief (round 2)\nJob: Night Editor",
    ],
)
def test_interviewers_words_said_to_the_candidate(text):
    assert the_candidates_words(
        text, "debrief" if "debrief" in text else "interview", ("robin hale",)
    )


@pytest.mark.parametrize(
    "text",
    [
        "You are scheduled to interview Jo Park.\nCandidate: Jo Park\nJob: Night Editor",
        "Debrief after the Lantern second interview.",
    ],
)
def test_interviewers_words_about_someone_else_stay_the_hiring_side(text):
    assert not the_candidates_words(
        text, "debrief" if "ebrief" in text else "interview", ("robin hale",)
    )


def test_tracking_system_invite_naming_the_user_as_candidate_is_a_later_round():
    earlier = invite(
        "Robin Hale <> Lantern Media - Phone Screen",
        "no-reply@us.greenhouse-mail.io",
        "p.nair@lanternmedia.example",
        days=-14,
    )
    later = invite(
        "Robin Hale <> Lantern Media - Second Interview",
        "no-reply@us.greenhouse-mail.io",
        "p.nair@lanternmedia.example",
        description="Hi Robin,\n\nYou are scheduled to interview with Lantern Media for the Night "
        "Editor role.\nInterviewer(s): Sam Ode\nCandidate: Robin Hale",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


# --- steps around the interviews: a results call, thanks to send, the user's notes ----------


@pytest.mark.parametrize(
    "title",
    [
        "Chiamata di esito – Ferrovie Alpine",
        "Mandar agradecimiento – panel de Vega Media",
        "Mandar agradecimentos – Rádio Atlântico",
        "Mülakat notları – Ege Yayıncılık",
        "Appel de résultats – Lyra Presse",
        "Gesprächsnotizen – Nordlicht Verlag",
        "Aantekeningen van het tweede gesprek – Duinpers",
        "Notas sobre la segunda entrevista – Vega Media",
    ],
)
def test_step_around_the_interviews_in_many_languages(title):
    assert Reader().title(title).not_a_round, title


def test_users_note_of_thanks_after_a_loop_is_no_round():
    earlier = invite(
        "Vega Media – phone screen (Night Editor)", "talent@vegamedia.example", days=-10
    )
    v = verdict_of(note("Mandar agradecimiento – Vega Media loop"), earlier)
    assert not v.is_follow_up, why(v)


# --- an agency's own calls after its intro call, the agency named only in a title -----------


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Coffee chat – Northgate Talent", "Call with the headhunter – Head of Desk search (Peru)"),
        ("Coffee chat – Talentos del Sur (consultora)", "Llamada con headhunter – búsqueda Director de Noticias"),
        ("Coffee chat – ブリッジ人材紹介", "ブリッジ 面談（求人紹介）"),
    ],
)  # fmt: skip
def test_agencys_own_calls_follow_no_round(first, later):
    earlier = invite(first, "recruiter@agency-mail.example", "desk@agency-mail.example", days=-30)
    event = invite(later, "recruiter@agency-mail.example")
    v = verdict_of(event, earlier)
    assert not v.is_follow_up, why(v)


def test_clients_final_interview_after_an_agency_intro_is_still_a_later_round():
    earlier = invite("Coffee chat – Northgate Talent", "recruiter@agency-mail.example", days=-30)
    event = invite("Final interview – Tidewater Media", "recruiter@agency-mail.example")
    v = verdict_of(event, earlier)
    assert v.is_follow_up, why(v)


# --- newsroom jobs in every language ---------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Night Desk Bureau Chief",
        "Chef vom Dienst Nachrichten",
        "Caporedattore esteri",
        "Subdirector de informativos",
        "Subdiretor de fotografia",
        "Hoofdredacteur regio",
        "Rédactrice en chef adjointe",
        "地方版編集長",
        "Haber Müdürü",
    ],
)
def test_newsroom_jobs_are_job_titles(title):
    assert w.search(w.ROLE_NOUN, title), title


# --- a later round written with an abbreviated ordinal ("2da", "3ª", "2°") ------------------


@pytest.mark.parametrize(
    "title",
    [
        "Vega Media: 2da entrevista c/ gerente",
        "3ra. entrevista – Onda Norte",
        "2ª fase – Rádio Atlântico",
        "2o colloquio – Laguna Sera",
    ],
)
def test_abbreviated_ordinal_names_a_later_round(title):
    assert Reader().title(title).explicit, title


def test_abbreviated_first_ordinal_names_a_first_round():
    reading = Reader().title("1ra entrevista – Onda Norte")
    assert reading.first_round and not reading.explicit


# --- the words of the meeting before the job ("chat about the Senior Editor role") ----------


@pytest.mark.parametrize(
    ("role", "job"),
    [
        ("chat about the Night Editor", "Night Editor"),
        ("charla sobre el puesto de Jefa de Datos", "Jefa de Datos"),
        ("entretien pour le poste de Chef d'édition", "Chef d'édition"),
        ("Night Editor", "Night Editor"),
        ("head of audience", "head of audience"),  # lower case throughout: as written
    ],
)
def test_words_of_the_meeting_before_the_job_are_dropped(role, job):
    assert without_lead_in(role) == job


def test_later_round_takes_the_job_without_the_meeting_words():
    earlier = invite(
        "Harbour Weekly — chat about the Night Editor role", "t.ode@harbourweekly.example", days=-9
    )
    later = invite("Harbour Weekly — meet the editorial board", "t.ode@harbourweekly.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.role == "Night Editor", (v.role, why(v))


# --- a later meeting named by whom it is with ("final with publisher", "meet the section heads")


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Weekly — final with owner",
        "final w/ the managing partner",
        "Lantern - meet the section heads",
    ],
)
def test_meeting_named_by_whom_it_is_with_is_a_later_contact(title):
    assert Reader().title(title).contact, title


# --- a newsroom's name as a tracking system's sender writes it ------------------------------


@pytest.mark.parametrize(
    "sender",
    [
        "Tidewater Community News Cooperative",
        "Lantern Broadcasting",
        "Harbour Press",
        "Duinstad Publishing",
    ],
)
def test_tracking_systems_sender_named_after_a_newsroom_is_the_employer(sender):
    event = make_event(
        "Interview: Night Editor",
        start=NOW + timedelta(days=1),
        organizer=Attendee(email="notifications@bamboohr.com", name=sender, is_organizer=True),
        attendees=(me_at(),),
    )
    assert system_sender(event, lambda name: False) == sender


# --- the employer as the subject of a tracking system's sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Lantern Civic Media Inc. has scheduled an interview.\nJob: Night Editor", "Lantern Civic Media Inc."),
        ("Hello,\nVega Noticias S.A. ha programado una entrevista contigo.", "Vega Noticias S.A."),
        ("Nordlicht Medien GmbH hat ein Vorstellungsgespräch vereinbart.", "Nordlicht Medien GmbH"),
        ("Lyra Presse SAS a planifié un entretien.", "Lyra Presse SAS"),
    ],
)  # fmt: skip
def test_firm_that_scheduled_the_interview_is_the_employer(text, firm):
    assert subject_of_invite(text, lambda name: False) == firm


@pytest.mark.parametrize(
    "text",
    [
        "Sam Lee has scheduled an interview.",
        "Brightwater has scheduled an interview.",
        "We have scheduled an interview.",
    ],
)
def test_person_or_single_word_before_the_sentence_is_no_firm(text):
    assert subject_of_invite(text, lambda name: name == "Sam Lee") is None


# --- a description saying the next step is meeting someone ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jo enjoyed talking to you! Next step is meeting Pat, our publisher.",
        "El siguiente paso es conocer a la directora de la redacción.",
        "Der nächste Schritt ist ein Gespräch mit der Chefredaktion.",
        "La prochaine étape sera de rencontrer la rédactrice en chef.",
    ],
)
def test_next_step_meeting_someone_names_a_later_round(text):
    assert w.first_match(w.EXPLICIT_LATER, text), text


def test_catch_up_whose_description_names_the_next_step_is_a_later_round():
    earlier = invite(
        "Harbour Weekly – first interview",
        "jo@harbourweekly.example",
        "pat@harbourweekly.example",
        days=-8,
    )
    later = invite(
        "catch up w/ Jo + Pat",
        "jo@harbourweekly.example",
        "pat@harbourweekly.example",
        description="Hi Robin - next step is meeting Pat (our publisher, your future boss).",
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("Coffee chat – Northgate Talent", True),
        ("Café – Talentos del Sur", True),
        ("Coffee chat – ブリッジ人材紹介", True),
        ("Recruiter call", False),  # the employer's own recruiter
        ("Intro with the talent team", False),
    ],
)
def test_agency_named_in_a_title_only_as_a_name(title, agency):
    assert agency_named(title) is agency
