"""A title's part that is a meeting "with" ranks or a group of people ("spotkanie z CFO",
"reunião c/ COO", "Treffen mit der Geschäftsleitung Vertrieb"), the people team alone
("RRHH"), or a note's words then whom and a verb ("parking at gate B, CFO joins") says
whom the round is with, never the job: the earlier round's job is kept.

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
    "words",
    [
        "spotkanie z CFO",
        "reunião final c/ COO",
        "Almuerzo con la gerencia comercial",
        "Treffen mit der Geschäftsführung",
        "RRHH",
        "parking at gate B, CFO joins",
    ],
)
def test_a_meeting_with_ranks_is_a_note(words):
    assert round_note(words)


@pytest.mark.parametrize(
    "words",
    [
        "Warehouse Planner with CFO",
        "Specjalista z zakresu podatków",
        "Warehouse Planner, CFO joins",
        "HR Partner",
    ],
)
def test_a_job_beside_whom_is_no_note(words):
    assert not round_note(words)


def _invite(uid: str, title: str, day: int) -> Event:
    return invite_from(
        "rekrutacja@zielonyfort.pl",
        uid,
        title,
        datetime(2029, 10, day, 8, tzinfo=UTC),
        "Zielony Fort sp. z o.o.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Zielony Fort - reunião final c/ COO (presencial)",
        "2nd interview Zielony Fort – parking at gate B, CFO joins",
    ],
)
def test_the_earlier_rounds_job_is_kept(title):
    first = _invite("a", "Interview: Warehouse Planner – Zielony Fort", 2)
    found = detect([first, _invite("b", title, 16)], Profile.build(["me@example.org"]))
    assert found[1].verdict.is_follow_up
    assert found[1].verdict.role == "Warehouse Planner"
