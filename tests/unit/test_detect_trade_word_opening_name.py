"""A registered name whose first word is also a job's ("Farmacêutica Vale Verde Ltda.",
"Química …", "Mecánica …"): after the article a sentence puts before a body ("na",
"della", "at the") the word is the firm's trade, kept with the name; where a title
writes the name short, the whole form is the employer."""

from __future__ import annotations

from assistant.detect.employer.legalname import registered_name
from tests.unit.test_detect_process_name import companies, round_of


def test_a_job_word_after_na_opens_the_registered_name():
    text = "Você avançou no processo para Analista de Qualidade na Química Vale Verde Ltda.\n"
    assert registered_name("Vale Verde", text) == "Química Vale Verde Ltda."


def test_the_short_name_of_a_later_round_is_the_whole_form():
    first = round_of(
        "Entrevista com RH – Analista de Qualidade",
        "rh@valeverde-quimica.example",
        1,
        "Olá!\n\nVocê avançou para a etapa de Entrevista com RH para Analista de Qualidade "
        "na Química Vale Verde Ltda.\n\nBoa sorte!",
    )
    later = round_of("Segunda entrevista – Vale Verde", "rh@valeverde-quimica.example", 9)
    assert companies(first, later)["Segunda entrevista – Vale Verde"] == "Química Vale Verde Ltda."
