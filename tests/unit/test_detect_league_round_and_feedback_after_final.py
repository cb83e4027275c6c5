"""Round words that are no interview round: a sports league's or a club's round in
Chinese, Japanese or Korean ("排球聯賽 第二輪", "卓球 団体戦 3回戦", "탁구 단체전 2라운드"),
written as the user's own note with a cup or club name that reads like an employer;
and a feedback call after the last round, its title closing on "(feedback)" in any
language ("Retorno final – Oakhurst Seguros (feedback)")."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    ["排球聯賽 第二輪 (園區盃)", "乒乓球社 团体赛 第三轮", "網球聯賽 第二輪 🎾 (科學城盃)"],
)
def test_a_league_round_in_a_note_is_no_interview(title):
    v = verdict_of(note(title, days=2))
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Retorno final - Oakhurst Seguros (feedback)",
        "Llamada final – Oakhurst Seguros (devolución)",
        "Final call – Oakhurst Insurance (feedback)",
    ],
)
def test_a_feedback_call_after_the_final_is_no_round(title):
    first = invite("Entrevista com Oakhurst Seguros – Atuário", "talent@oakhurst.example",
                   "ana@oakhurst.example", days=-14)  # fmt: skip
    later = invite(title, "ana@oakhurst.example")
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)
