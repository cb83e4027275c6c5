"""Kinds of mistake development sets 24 and 25 showed, each in new words and several
languages: a job glued into a compound whose last noun is a job word; a rank or
seniority word that makes the phrase it opens a job; a job written in katakana quoted
before the words for applying; an inclusive ending in brackets inside a job written in
a sentence; a bare gender marker without brackets; a specialism after a dash, kept
where it closes a bracket, a line or comes before the employer; an agency's name read
as the job; a job and its other gendered form after a slash; a game's round; a
candidate's work reviewed by a panel; a walk through the employer's showroom or store;
Québec French "entrevue"; a case presentation; a title closing on the slides to make.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.roleclean import clean_role
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.words import wording as w
from assistant.models import Event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- a compound closed by a job word is a job (German, Dutch, Swedish) -----------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Zweitgespräch: Lagerstättengeologe", "Lagerstättengeologe"),
        ("Tweede gesprek – Hydrogeoloog", "Hydrogeoloog"),
        ("Andra intervju – Gruvgeolog", "Gruvgeolog"),
        ("Zweites Gespräch – Schmuckdesigner", "Schmuckdesigner"),
    ],
)
def test_compound_closed_by_a_job_word(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize("word", ["Catalyst Review", "Overhead Budget", "Apparat"])
def test_english_and_short_endings_make_no_compound_job(word):
    # only the languages that glue nouns, and only heads of five letters or more
    assert clean_role(word) is None


# --- a rank or seniority word opening a phrase makes it a job ---------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Final round – Senior Colourist", "Senior Colourist"),
        ("Second interview – Junior Patternmaker", "Junior Patternmaker"),
        ("Tweede gesprek – Hoofd Klantreizen", "Hoofd Klantreizen"),
        ("İkinci görüşme – Kıdemli Kalıpçı", "Kıdemli Kalıpçı"),
        ("Zweitgespräch – Senior Textilveredler", "Senior Textilveredler"),
        ("Druga rozmowa – Starszy Kartograf", "Starszy Kartograf"),
    ],
)
def test_rank_word_makes_a_job(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Tour – Maplewood Senior Living",  # a rank word inside a name is no job
        "Lunch with Senior",  # nor a rank word alone
    ],
)
def test_rank_word_inside_a_name_or_alone_is_no_job(title):
    assert role_in_title(title) is None


def test_rank_word_alone_is_no_job():
    assert clean_role("Senior") is None


# --- a job quoted before the words for applying, in Japanese ----------------------------


@pytest.mark.parametrize("title", ["最終面接 - 海外事業部長", "최종 면접 - 영업본부장"])
def test_head_of_a_unit_is_a_job_not_a_unit(title):
    # a unit's word closes a bracket after the job; glued to a head's word it is the job
    assert role_in_title(title) == title.split(" - ")[1]


def test_quoted_job_applied_to_without_its_unit():
    text = "この度は「ビジュアルマーチャンダイザー（店舗開発本部）」にご応募いただき、ありがとうございます。"
    assert role_on_its_own(text) == "ビジュアルマーチャンダイザー"


# --- an inclusive ending in brackets inside a job written in a sentence -----------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sua candidatura para a vaga Engenheiro(a) Sênior de Minas foi recebida.",
            "Engenheiro(a) Sênior de Minas",
        ),
        (
            "te escribo por la posición de Jefe(a) de Turno Nocturno de nuestro cliente.",
            "Jefe(a) de Turno Nocturno",
        ),
        ("Cargo: Analista(o) Senior Tributario.", "Analista(o) Senior Tributario"),
    ],
)
def test_inclusive_ending_inside_a_sentence_job(text, role):
    assert role_in_text(text) == role


# --- a bare gender marker closes a job ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Chargé de clientèle H/F", "Chargé de clientèle"),
        ("Acheteur Textile F/H", "Acheteur Textile"),
        ("Store Planner M/F", "Store Planner"),
    ],
)
def test_bare_gender_marker(phrase, role):
    assert clean_role(phrase) == role


# --- a specialism after a dash ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Interview for Process Engineer – Heap Leaching at Altiplano Copper Ltd\nRound: 1",
            "Process Engineer – Heap Leaching",
        ),
        ("Re: Data Analyst – Credit Risk opportunity at Halden Bank", "Data Analyst – Credit Risk"),
    ],
)
def test_specialism_after_a_dash_in_a_sentence(text, role):
    assert role_in_text(text) == role


def test_specialism_after_a_dash_inside_a_bracket():
    assert (
        role_in_title("Recruiter call (Data Analyst – Credit Risk)") == "Data Analyst – Credit Risk"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Interview - Data Analyst - Second Interview",  # the round after the dash
        "Halden Bank – Data Analyst – Oslo",  # a title's last part: not a sign
    ],
)
def test_dash_in_a_title_is_no_specialism(title):
    assert role_in_title(title) == "Data Analyst"


def test_name_cut_at_an_initial_is_no_specialism():
    assert role_in_text("Re: Data Analyst - Maria K.") != "Data Analyst - Maria K"


# --- an agency's name is no job ----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Entrevista Cordillera Executive Search – Pedro Soto", "Interview – Northbridge Recruitment"],
)
def test_agency_name_is_no_job(title):
    assert role_in_title(title) is None


# --- a job and its other gendered form after a slash ------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Druga rozmowa – Księgowy główny / Księgowa główna", "Księgowy główny / Księgowa główna"),
        ("Zweitgespräch – Lehrer / Lehrerin", "Lehrer / Lehrerin"),
        ("Interview – Data Analyst / Data Scientist", "Data Analyst"),  # two jobs: the first
    ],
)
def test_job_and_its_other_gendered_form(title, role):
    assert role_in_title(title) == role


# --- rounds of a game are no interview ----------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Backgammon with the cousins – second round",
        "Scrabble with the neighbours – second round",
        "麻将 第二轮",
    ],
)
def test_a_games_round_is_no_interview(title):
    v = verdict_of(note(title))
    assert not v.is_follow_up, why(v)


# --- later stages written in new ways, after a first round with the same employer ----------


def first_round(days: float = -10) -> Event:
    return invite(
        "First interview – Pellworth Ceramics",
        "ines.carvalho@pellworth.example",
        days=days,
        description="Thanks for applying to the Glaze Technologist role.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Pellworth Ceramics – glaze exercise review w/ panel",  # the candidate's work reviewed
        "Pellworth Ceramics – store walkthrough with the retail team",
        "Pellworth Ceramics – warehouse visit",
        "Deuxième entrevue – Pellworth Ceramics",
    ],
)
def test_later_stage_after_a_first_round(title):
    later = invite(title, "ines.carvalho@pellworth.example", days=3)
    v = verdict_of(later, first_round())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Case presentation: kiln scheduling (Pellworth)",
        "Entrevista com a equipa de produção – Pellworth",
    ],
)
def test_later_stage_after_a_first_round_as_before(title):
    # read so before this round too, with the earlier round's invite beside it
    later = invite(title, "ines.carvalho@pellworth.example", days=3)
    assert verdict_of(later, first_round()).is_follow_up


def test_code_review_is_still_a_review_of_work():
    later = invite("Pellworth – code review", "ines.carvalho@pellworth.example", days=3)
    v = verdict_of(later, first_round())
    assert not v.is_follow_up, why(v)


def test_slides_to_make_for_a_case_presentation_is_a_prep_note():
    v = verdict_of(note("Pellworth case presentation – slides"), first_round())
    assert not v.is_follow_up, why(v)


# --- a round's phrase the employer's name ran into ---------------------------------------


def test_live_interview_is_no_part_of_the_name():
    event = invite(
        "Brennock Timber Live Interview via HireVue", "scheduling@brennocktimber.example", days=3
    )
    assert company_of(event, PROFILE, "")[0] == "Brennock Timber"


# --- a first contact in Spanish and Portuguese ---------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Llamado inicial – Cobre Austral",  # Chile writes "llamado"
        "Llamada RRHH Cobre Austral",
        "Cobre Austral (primer contacto)",
        "Ligação do RH – Vale Norte",
        "Contato inicial – Vale Norte",
    ],
)
def test_first_contact_is_a_first_round(title):
    assert w.FIRST_ROUND.search(title)


def test_a_lower_case_job_beside_a_first_contact_leaves_the_job_to_the_note():
    # the title's bracket is the round and a job in lower case: the note's "Cargo:" names it
    assert (
        role_in_title("Llamada RRHH Cobre Austral (primer contacto, cargo ingeniera de procesos)")
        is None
    )
    assert (
        role_in_text("Me llama Inés (RRHH). Cargo: Ingeniero(a) de Procesos.")
        == "Ingeniero(a) de Procesos"
    )
