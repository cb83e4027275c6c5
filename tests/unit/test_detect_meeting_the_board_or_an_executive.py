"""A meeting presented as the candidate's introduction to the board or an executive
("Vorstellung beim Vorstand", "Rencontre avec le VP Finances"): a later round once
the employer's earlier interview is known."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "hr@velmora-versicherung.example"


@pytest.mark.parametrize(
    "title",
    [
        "Vorstellung beim Vorstand - Velmora Versicherung",
        "Rencontre avec le VP Opérations – Velmora",
    ],
)
def test_meeting_the_board_or_an_executive_after_an_interview_is_a_later_round(title):
    assert read_title(title).contact is not None
    earlier = invite("Vorstellungsgespräch – Velmora Versicherung", HOST, days=1)
    v = verdict_of(invite(title, HOST, "ida.kern@velmora-versicherung.example", days=9), earlier)
    assert v.is_follow_up, why(v)
