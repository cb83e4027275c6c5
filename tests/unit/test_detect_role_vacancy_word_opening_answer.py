"""A booking form's answer or a note that opens with a word for the vacancy, no article
before it ("…: Vacante Jefe de Almacén Regional (web)", a line "Vaga Analista
de Frota"), names the job after it; the job is carried to the later rounds that name
none. A field's label ("Position: …") stays :mod:`.rolefield`'s.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.detect import detect
from assistant.detect.job.vacancytext import role_after_vacancy_word
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import invite_from


@pytest.mark.parametrize(
    ("text", "job"),
    [
        (
            "Comparte lo que nos ayude: Vacante Jefe de Almacén Regional (web)",
            "Jefe de Almacén Regional",
        ),
        ("Notas\nVaga Analista de Frota\nlevar CV", "Analista de Frota"),
    ],
)
def test_the_job_after_the_vacancy_word_opening_an_answer(text, job):
    assert role_after_vacancy_word(text) == job


def _invite(uid: str, title: str, day: int, description: str) -> Event:
    return invite_from(
        "seleccion@lumbrerasur.example",
        uid,
        title,
        datetime(2029, 5, day, 14, tzinfo=UTC),
        description,
    )


def test_the_later_round_takes_the_job_the_form_named():
    first = _invite(
        "a",
        "Entrevista inicial (30 min) con Irene Pardo",
        2,
        "Comparte lo que nos ayude a preparar la reunión: "
        "Vacante Jefe de Almacén Regional (lo vi en la web)",
    )
    later = _invite(
        "b",
        "Entrevista con la Directora de Operaciones – Lumbrera Sur",
        16,
        "Hola, te comparto el enlace para tu entrevista. Lumbrera Sur",
    )
    found = detect([first, later], Profile.build(["me@example.org"]))
    assert found[1].verdict.is_follow_up
    assert found[1].verdict.role == "Jefe de Almacén Regional"
