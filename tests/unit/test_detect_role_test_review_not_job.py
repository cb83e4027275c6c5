"""A title naming the round by its test or exercise ("Omówienie zadania rekrutacyjnego",
"Revisión del caso práctico", "Case study debrief") with no job's word beside it names
what the round is, never the job: the earlier round's job is kept. A job with a test's
word in it ("Test Engineer", "QA Tester") stays a job.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.detect import detect
from assistant.detect.job.roundnote import round_note
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import invite_from


@pytest.mark.parametrize(
    "words", ["Revisión del caso práctico", "Corrección de la prueba técnica", "Case study debrief"]
)
def test_the_test_reviewed_is_a_note(words):
    assert round_note(words)


@pytest.mark.parametrize("words", ["Test Engineer", "QA Tester", "Test Analyst"])
def test_a_job_with_a_tests_word_is_no_note(words):
    assert not round_note(words)


def _invite(uid: str, title: str, day: int, description: str) -> Event:
    return invite_from(
        "personas@lumbrerasur.example",
        uid,
        title,
        datetime(2029, 6, day, 15, tzinfo=UTC),
        description,
    )


def test_the_earlier_rounds_job_is_kept():
    first = _invite(
        "a",
        "Entrevista inicial – Planificador de Rutas (H/M)",
        3,
        "Gracias por tu interés en Lumbrera Sur. Entrevista para el puesto de Planificador de Rutas.",
    )
    later = _invite(
        "b",
        "Corrección de la prueba técnica",
        17,
        "Nos ha gustado tu prueba técnica. Lo revisaremos juntos. Equipo de Personas · Lumbrera Sur",
    )
    found = detect([first, later], Profile.build(["me@example.org"]))
    assert found[1].verdict.is_follow_up
    assert found[1].verdict.role == "Planificador de Rutas"
