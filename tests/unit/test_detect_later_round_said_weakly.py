"""Later rounds said in weak or local words: a description saying the meeting is the
last step ("the last step before we make a decision"; "would like you to meet …" is a
request, not a condition), a stage named in the language of the process ("mise en
situation", "prova orale" of a public competition, "etap finalny"), a round passed
before ("aprobó la primera fase") that is no first round; and two invites that each
read a part of one name ("Tierklinik" and "Zürichsee" of "Tierklinik am Zürichsee")."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_description, read_title, said_first_round
from assistant.detect.verdict.hiringlink import _one_name_cut
from assistant.detect.words import wording as w


@pytest.mark.parametrize(
    "text",
    [
        "Pat is our COO and the last step before we make a decision. Informal chat.",
        "The panel would like you to meet our director as the final step in the process.",
    ],
)
def test_a_description_naming_the_last_step(text):
    assert read_description(text).described is not None


def test_a_condition_still_is_one():
    said = "If all goes well, the final step in the process would be a chat with Pat."
    assert read_description(said).described is None


@pytest.mark.parametrize(
    "title",
    [
        "Mise en situation – étude de trésorerie",
        "Convocazione prova orale – Funzionario Tecnico",
        "Rozmowa z dyrektorem (etap finalny)",
    ],
)
def test_a_stage_in_the_language_of_the_process(title):
    reading = read_title(title)
    assert reading.stage or reading.explicit
    assert reading.prep is None


def test_a_rehearsal_is_still_a_block_to_practise():
    assert read_title("prova – sunum").prep == "prova"


def test_a_competition_is_about_a_job():
    assert w.first_match(w.RECRUITING, "ammessa alla prova orale del concorso pubblico")


@pytest.mark.parametrize(
    "text",
    [
        "Le informamos que aprobó la primera fase. La segunda fase consiste en un examen.",
        "You passed the first round. The next stage is a panel.",
    ],
)
def test_a_first_round_passed_is_no_first_round(text):
    assert said_first_round(text) is None


def test_two_parts_of_one_name_in_a_title():
    title = "Telefoninterview Tierklinik am Zürichsee"
    assert _one_name_cut("Zürichsee", "Tierklinik", title)
    assert not _one_name_cut("Globex", "Acme", "Acme – Globex intro")
