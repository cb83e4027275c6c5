"""The job a first round's description names in a sentence around its word for the
vacancy, in any language: "interesse na posição de …", "über die Rolle … sprechen", "la
vacante de … – …, en …", "na oportunidade … – … (Ref.ª …)", "the … – … (site) vacancy",
a tracking mail's "Thanks for applying to … at <firm>!", a booking's "Regarding: …"; and
a later round that leaves the job out carries it.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roletext import role_in_text
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Olá Rui, obrigado pelo interesse na posição de Gestora de Frota Regional. "
            "Proponho uma conversa.",
            "Gestora de Frota Regional",
        ),
        (
            "Obrigada pela candidatura à posição de Analista Sénior de Tesouraria.",
            "Analista Sénior de Tesouraria",
        ),
        (
            "Agradecemos o seu interesse na oportunidade Técnico de Manutenção – Turbinas "
            "Eólicas (Ref.ª 2031/OPS/17).",
            "Técnico de Manutenção – Turbinas Eólicas",
        ),
        (
            "Hallo Mira, lass uns kurz über die Rolle Lead Engineer Batteriesysteme sprechen.",
            "Lead Engineer Batteriesysteme",
        ),
        (
            "Gracias por tu interés en la vacante de Coordinadora de Almacén – Cadena Fría, "
            "en Rosario.",
            "Coordinadora de Almacén – Cadena Fría",
        ),
        (
            "Ti scrivo in merito alla posizione di Responsabile Acquisti per il nostro sito.",
            "Responsabile Acquisti",
        ),
        (
            "Here's a short call about the Senior Process Engineer – Anodising "
            "(Swindon, Wiltshire) vacancy.",
            "Senior Process Engineer – Anodising",
        ),
        (
            "Thanks for applying to Veterinary Nurse, Emergency & Critical Care at "
            "Brindlecombe Vets! Talk soon.",
            "Veterinary Nurse, Emergency & Critical Care",
        ),
        (
            "Oona Varga has scheduled a call with you via LinkedIn.\n"
            "Regarding: Director of Network Planning\nJoin: https://example.invalid/v/1",
            "Director of Network Planning",
        ),
    ],
)
def test_the_job_around_the_word_for_the_vacancy(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying to Brindlecombe Vets! We will be in touch.",  # the firm, no job
        "Wir sprechen über die Rolle Künstlicher Intelligenz im Vertrieb.",  # no job's word
        "Hablamos de la posición de la empresa en el mercado.",  # no job written
    ],
)
def test_no_job_where_the_sentence_names_none(text):
    assert role_in_text(text) is None


def test_a_later_round_carries_the_job_the_first_call_named_after_its_vacancy_word():
    first = invite(
        "Conversa inicial – Lagoa Azul Logística",
        "marta.reis@lagoa-azul.example",
        days=1,
        description="Caro Rui, obrigado pelo interesse na posição de Gestor de Armazém "
        "Sénior. Proponho uma primeira conversa por Teams.",
    )
    later = invite(
        "Segunda entrevista – Lagoa Azul Logística",
        "marta.reis@lagoa-azul.example",
        "paulo.neves@lagoa-azul.example",
        days=12,
        description="Caro Rui, convidamo-lo para uma segunda entrevista com o Paulo Neves.",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Gestor de Armazém Sénior"
