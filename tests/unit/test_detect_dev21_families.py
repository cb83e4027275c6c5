"""Kinds of mistake development set 21 showed, each in new words and several languages:
a reference check is never a round, in any language; the user's own notes of a final
round and the team or decision meetings after an earlier round; a candidate presenting
to a selection panel; company names with Gulf and other legal forms, a city after the
name, "and" inside it, a Japanese sentence around it; roles with a gender-inclusive
ending or a specialism after a dash. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- a reference check is a step around the interviews, in any language ---------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Sprawdzenie referencji – Zielony Most",
        "Prise de références – Zielony Most",
        "Referans kontrolü – Zielony Most",
        "リファレンスチェック（Zielony Most）",
        "背景调查 - Zielony Most",
        "레퍼런스 체크 - Zielony Most",
        "Ověření referencí – Zielony Most",
    ],
)
def test_reference_check_is_no_round(title):
    first = invite("Rozmowa kwalifikacyjna – Zielony Most", "hr@zielony-most.example", days=-9)
    later = invite(title, "hr@zielony-most.example")
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)
