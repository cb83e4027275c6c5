"""A signature's company line that writes the registered name with more words before
the part an invite uses, joined by a joining word ("Minería y Transportes Altiplano
SpA" for "Altiplano") or headed by the firm's trade ("Farmacêutica Boavista Ltda."):
the whole line up to its legal form is the name. A greeting, a meeting's or a round's
word at the line's start is not, nor a job's word when more follows on the line."""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import registered_name


@pytest.mark.parametrize(
    ("short", "text", "registered"),
    [
        (
            "Altiplano",
            "Saludos cordiales,\nMinería y Transportes Altiplano SpA\n",
            "Minería y Transportes Altiplano SpA",
        ),
        (
            "Boavista",
            "Atenciosamente,\nFarmacêutica Boavista Ltda.\n",
            "Farmacêutica Boavista Ltda.",
        ),
        (
            "Vogel",
            "Beste groeten\nBouw en Techniek Vogel B.V.\n",
            "Bouw en Techniek Vogel B.V.",
        ),
    ],
)
def test_the_company_line_before_the_name_is_part_of_it(short, text, registered):
    assert registered_name(short, text) == registered


@pytest.mark.parametrize(
    "text",
    [
        "Hello Robin,\nWelcome Altiplano SpA\n",
        "Meeting Altiplano SpA\n",
        "Entrevista Altiplano SpA\n",
        "Geólogo Altiplano SpA – Santiago\n",  # a job, then more on the line
    ],
)
def test_a_greeting_meeting_round_or_job_word_is_left_off(text):
    assert registered_name("Altiplano", text) == "Altiplano SpA"
