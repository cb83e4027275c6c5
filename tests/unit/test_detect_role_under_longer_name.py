"""The job a first round named, carried to a later round that writes the employer's name
longer or shorter (its sector's word or its legal form before or after it:
"Ateliers Corbel" after "Corbel", "Vinterhav Maskin" after "Vinterhav Maskinteknik AB"),
umlauts written out or not; never to a firm whose name only shares a short word.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.verdict.rolecarry import near_keys
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("own", "other", "near"),
    [
        ("atelierscorbel", "corbel", False),  # too short a name to be sure
        ("ateliersgrancorbel", "grancorbel", True),
        ("vinterhavmaskin", "vinterhavmaskinteknik", True),
        ("brueckenbaukoehler", "bruckenbaukohler", True),  # "ue" for "ü"
        ("nordkappenergi", "nordkappenergi", False),  # the same key: no other spelling
        ("harbourlightcapital", "stonebridgecapital", False),  # a shared word only
    ],
)
def test_keys_naming_one_firm_longer_or_shorter(own, other, near):
    assert near_keys(own, other) is near


def test_a_later_round_naming_the_firm_longer_keeps_the_job():
    first = invite(
        "Interview – Vinterhav Maskinteknik AB",
        "rekrytering.vinterhav@gmail.com",
        days=1,
        description="Tack för din ansökan som Underhållschef. Vi ses på Teams.",
    )
    later = invite(
        "Second interview – Ateliers Vinterhav Maskinteknik",
        "platschef.vinterhav@gmail.com",
        days=12,
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Underhållschef"
