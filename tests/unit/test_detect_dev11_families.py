"""Kinds of mistake development set 11 showed, each in new words and several languages:
a comma inside a registered name and the national bank's "N.A."; the name's own
initials in brackets after it; an agency or RPO recruiting on behalf of its client; a
reschedule note after the job; whom the user meets, with a note, taken for the job; a
posting's "welcome" note glued to the job; a thank-you note's title naming the round.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.namematch import without_own_abbreviation
from assistant.detect.job.rolecompare import with_team
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.who.gobetween import client_in_text, intermediary
from assistant.detect.words import wording as w
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_extraction import load_bench
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- companies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "text", "registered"),
    [
        ("Harrow", "Harrow, Quill & Co. LLP - Partner interview", "Harrow, Quill & Co. LLP"),
        ("Cedar Valley Bank", "Second round – Cedar Valley Bank, N.A.", "Cedar Valley Bank, N.A."),
        # no comma: as before
        ("Redwing & Pike", "Redwing & Pike Consulting LLP", "Redwing & Pike Consulting LLP"),
    ],
)
def test_a_comma_inside_a_registered_name_is_part_of_it(short, text, registered):
    assert registered_name(short, text) == registered


def test_a_comma_before_words_without_a_legal_form_ends_the_name():
    assert registered_name("Harrow", "Harrow, Leeds office - second interview") is None


def test_the_scorer_knows_the_national_banks_legal_form():
    bench = load_bench()
    assert bench.normalised("Cedar Valley Bank, N.A.") == bench.normalised("Cedar Valley Bank")
    assert bench.normalised("Nadir Foods") != bench.normalised("Nadir Foods Na")  # dotted only


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Nordic Investment Council (NIC)", "Nordic Investment Council"),
        ("Andean-Pacific Credit Trust (APCT)", "Andean-Pacific Credit Trust"),
        ("Caisse Régionale de Crédit (CRC)", "Caisse Régionale de Crédit"),
        # other letters in the bracket: not its initials, kept
        ("Harbour Freight Lines (UK)", "Harbour Freight Lines (UK)"),
        ("Nordic Investment Council", "Nordic Investment Council"),
    ],
)
def test_the_names_own_initials_in_brackets_are_no_part_of_it(name, bare):
    assert without_own_abbreviation(name) == bare


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("Brightline Search is recruiting on behalf of Harbourline Shipping.", "Harbourline Shipping"),
        ("Wir suchen im Auftrag von Nordwerk Logistik eine Controllerin.", "Nordwerk Logistik"),
        ("Nous recrutons pour le compte de Maison Orme un contrôleur.", "Maison Orme"),
        ("Seleccionamos en nombre de Andes Datos a un analista.", None),  # no recruiting verb
        ("Second meeting with our client (Harbourline Shipping) - interviewer: Ana", "Harbourline Shipping"),
    ],
)  # fmt: skip
def test_an_agency_names_its_client(text, client):
    assert client_in_text(text) == client


def test_the_agency_naming_itself_before_client_interview_is_a_go_between():
    assert intermediary("Brightline", "Brightline client interview #2 - Harbourline", "")
    assert intermediary("Brightline", "Brightline Kundentermin – Nordwerk", "")
    # a scheduling page's event type "Client Interview" under the employer's own title
    assert not intermediary(
        "Harbourline", "Harbourline - 2nd interview", "Event Name: Client Interview"
    )


def test_an_rpo_is_an_agency():
    assert w.AGENCY.search("Talentbridge RPO")


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize("note_", ["NEW TIME", "Updated", "Rescheduled", "Moved"])
def test_a_reschedule_note_after_the_job_is_no_team(note_):
    title = f"Second interview - Credit Analyst - {note_}"
    assert with_team("Credit Analyst", (title,), lambda team: False) == "Credit Analyst"
    # a team after the dash still is one
    title = "Second interview - Credit Analyst - Payments"
    assert with_team("Credit Analyst", (title,), lambda t: False) == "Credit Analyst - Payments"


@pytest.mark.parametrize(
    "title",
    [
        "Final interview - Harbourline (COO again?)",
        "Second interview - Harbourline - CEO, phone",
        "Zweites Gespräch – Nordwerk – CFO nochmal",
        "Dernier entretien – Maison Orme – CEO encore",
        "Harbourline - Robin <> Managing Director",
    ],
)
def test_whom_the_user_meets_with_a_note_is_no_role(title):
    assert role_in_title(title) is None


def test_a_job_in_the_title_is_still_read():
    assert role_in_title("Second interview - Harbourline - Credit Analyst") == "Credit Analyst"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("募集職種：経理スタッフ（簿記2級歓迎）\n", "経理スタッフ"),
        ("募集職種：営業事務（経験者優遇）\n", "営業事務"),
        ("Position: Credit Analyst (Portuguese a plus)\n", "Credit Analyst"),
        ("Stelle: Controller (Französisch von Vorteil)\n", "Controller"),
        ("Puesto: Analista de Tesorería (inglés deseable)\n", "Analista de Tesorería"),
        # a speciality in brackets stays
        ("Position: Staff Nurse (Cardiology)\n", "Staff Nurse (Cardiology)"),
    ],
)
def test_a_postings_welcome_note_is_no_part_of_the_job(text, role):
    assert role_in_field(text) == role


# --- a thank-you note is no round ---------------------------------------------------------


def _earlier(title: str, sender: str, description: str):
    """A first meeting, twelve days before."""
    return invite(title, sender, days=-12, description=description)


def _first_round_at_harbourline():
    return _earlier("Harbourline Shipping – first interview", "talent@harbourline.example",
                    "Thanks for applying to Harbourline Shipping.")  # fmt: skip


@pytest.mark.parametrize(
    "title",
    [
        "Thank you – Harbourline Shipping second interview",
        "Thanks - Harbourline Shipping final round",
        "Danke: Harbourline Shipping Zweitgespräch",
        "Merci – Harbourline Shipping 2e entretien",
        "Gracias | Harbourline Shipping segunda entrevista",
        "感谢：Harbourline Shipping 复试",
        "お礼｜Harbourline Shipping 二次面接",
    ],
)
def test_a_thank_you_note_naming_the_round_is_no_round(title):
    v = verdict_of(note(title), _first_round_at_harbourline())
    assert not v.is_follow_up, why(v)


def test_the_users_note_naming_the_round_without_thanks_still_is_one():
    v = verdict_of(note("Harbourline Shipping second interview"), _first_round_at_harbourline())
    assert v.is_follow_up, why(v)


# --- later meetings that name no round --------------------------------------------------


def _coffee_with_ines():
    return _earlier("Coffee chat: Robin x Lumen Freight", "ines.moreau@lumenfreight.example",
                    "Informal first chat about the Planning Analyst role.")  # fmt: skip


@pytest.mark.parametrize(
    "title",
    [
        "Robin / Karl (Lumen) – walkthrough of the network model",
        "Lumen Freight – Gespräch mit Karl",
        "Lumen Freight – conversa com Karl",
    ],
)
def test_the_person_first_met_bringing_in_colleagues_is_the_process(title):
    later = invite(title, "ines.moreau@lumenfreight.example", "karl.berg@lumenfreight.example")
    v = verdict_of(later, _coffee_with_ines())
    assert v.is_follow_up, why(v)
    assert "brings in karl.berg@lumenfreight.example" in why(v)


def test_the_person_first_met_alone_again_is_no_round():
    later = invite("Robin / Ines – catch-up", "ines.moreau@lumenfreight.example")
    assert not verdict_of(later, _coffee_with_ines()).is_follow_up


def test_an_agency_bringing_in_a_colleague_after_its_intro_call_is_no_round():
    intro = invite("Intro call – Fernway Talent", "oli@fernway.example", days=-20)
    later = invite("Robin / Oli", "oli@fernway.example", "priya.shah@fernway.example")
    assert not verdict_of(later, intro).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Lumen Freight - Written test debrief & panel",
        "Skills assessment review + panel – Lumen Freight",
    ],
)
def test_the_debrief_of_the_users_own_test_is_their_round(title):
    first = invite("Lumen Freight – competency interview", "careers@lumenfreight.example", days=-9)
    later = invite(title, "careers@lumenfreight.example",
                   description="You are invited to a panel interview after your written test.")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize("prefix", ["Reminder: ", "Fwd: Reminder: "])
def test_a_reminder_prefix_is_no_part_of_the_title(prefix):
    assert w.without_forwarding(prefix + "Second interview – Lumen Freight") == (
        "Second interview – Lumen Freight"
    )


@pytest.mark.parametrize(
    "recorded",
    ["complete your HireVue interview - Lumen Freight", "Lumen Freight: Spark Hire interview"],
)
def test_the_live_interview_after_the_one_the_user_completes_is_the_next_round(recorded):
    task = invite(recorded, "noreply@hirevue.com", days=-6)
    live = invite("Lumen Freight - Live Interview", "noreply@hirevue.com")
    v = verdict_of(live, task)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Harbourline final - Ana Ruiz 1:1 (phone)",
        "Harbourline – final w/ the CFO",
        "Harbourline Finale",
    ],
)
def test_the_users_final_note_may_write_the_employers_first_word_alone(title):
    v = verdict_of(note(title), _first_round_at_harbourline())
    assert v.is_follow_up, why(v)
    assert v.company == "Harbourline Shipping"


@pytest.mark.parametrize("title", ["Lumen final - Ana 1:1", "Harbour final - Ana 1:1"])
def test_a_short_first_word_or_part_of_one_is_not_the_employer(title):
    """ "Lumen" is too short to stand for a name; "Harbour" is no word of "Harbourline"."""
    first = _earlier("Lumen Freight – first interview", "talent@lumenfreight.example", "")
    assert not verdict_of(note(title), first, _first_round_at_harbourline()).is_follow_up
