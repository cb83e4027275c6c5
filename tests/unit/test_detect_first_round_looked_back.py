"""A description that looks back on the first round ("in seguito al primo colloquio",
"一次面接の結果", "1차 면접 통과") names the round passed, not this one: the invite to the
next interview is not capped as a first round. A description naming this meeting as the
first round still is."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


def interview(title: str, host: str, description: str):
    return invite(title, host, "lead@" + host.split("@")[1], days=4, description=description)


@pytest.mark.parametrize(
    ("title", "host", "description"),
    [
        (
            "Colloquio con la Responsabile Acquisti",
            "selezione@ferrante-ottica.example",
            "Gentile Robin,\na seguito del primo colloquio, Le confermiamo il prossimo "
            "incontro per la posizione di Buyer.",
        ),
        (
            "面接（営業部長）",
            "saiyo@kitakaze-denki.example",
            "Robin様\n一次面接の結果、次の選考へお進みいただくことになりました。",
        ),
        (
            "실무진 인터뷰 안내",
            "recruit@hanul-robotics.example",
            "Robin 님, 1차 면접 통과를 축하드립니다. 다음 면접 일정을 안내드립니다.",
        ),
    ],
)
def test_a_first_round_looked_back_on_does_not_cap_the_next_interview(title, host, description):
    v = verdict_of(interview(title, host, description))
    assert not any("names a first round" in reason for reason in v.reasons), why(v)


@pytest.mark.parametrize(
    ("title", "host", "description"),
    [
        (
            "面接（営業部長）",
            "saiyo@kitakaze-denki.example",
            "Robin様\n一次面接として、営業部長との面談をお願いいたします。",
        ),
        (
            "Colloquio – Buyer (Ferrante Ottica)",
            "selezione@ferrante-ottica.example",
            "Gentile Robin,\nLe confermiamo il primo colloquio per la posizione di Buyer.",
        ),
    ],
)
def test_a_description_naming_this_meeting_the_first_round_still_caps_it(title, host, description):
    v = verdict_of(interview(title, host, description))
    assert any("names a first round" in reason for reason in v.reasons), why(v)
    assert not v.is_follow_up
