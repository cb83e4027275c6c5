"""A step around the interviews (a salary talk, an offer call) that the title says is
still to come ("Final chat before the salary discussion", "처우 협의 전 인성면접",
"条件面談前の最終面接"), or that a later round names after it, joined by "and", as
the round's last item ("Final interview and salary discussion", "최종 면접 및 처우
협의"): the meeting is that round, not the step. A step alone, first, or holding the
round's words is still no round."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "recruit@tallowfen-optics.example"


@pytest.mark.parametrize(
    "title",
    [
        "Tallowfen: last chat before the salary discussion",
        "처우 협의 전 실무면접 (탈로우펜)",
        "条件面談前の最終面接（タロウフェン）",
        "Zweitgespräch vor Vertragsangebot – Tallowfen",
    ],
)
def test_a_step_said_to_come_after_the_meeting_vetoes_nothing(title):
    assert read_title(title).not_a_round is None


@pytest.mark.parametrize(
    "title",
    [
        "Final interview and salary discussion – Tallowfen Optics",
        "[탈로우펜] 최종 면접 및 처우 협의",
    ],
)
def test_a_later_round_joined_to_a_step_is_that_round(title):
    earlier = invite("Phone screen – Tallowfen Optics", HOST, days=1)
    v = verdict_of(invite(title, HOST, "ines.vale@tallowfen-optics.example", days=9), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Tallowfen Optics – salary discussion",
        "Offer call & final round recap – Tallowfen Optics",
        "처우 협의 전화 – 탈로우펜",
    ],
)
def test_a_step_alone_or_first_is_still_no_round(title):
    earlier = invite("Phone screen – Tallowfen Optics", HOST, days=1)
    v = verdict_of(invite(title, HOST, "ines.vale@tallowfen-optics.example", days=9), earlier)
    assert not v.is_follow_up, why(v)
