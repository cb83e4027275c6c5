"""An id that names no event is refused with the nearest known ones, also when only
their start is alike (a UID typed from memory, its scheduler's tail unknown)."""

from __future__ import annotations

import pytest

from assistant.errors import UsageError
from assistant.seen_ids import KnownIds, resolve_targets

KNOWN = KnownIds(
    frozenset(
        {
            "wk-gh-7f3e91c0d2aa@greenhouse.io",
            "wk-gh-7f3e91c0d2ab@greenhouse.io",
            "0b9d5e2c-44f1-4f6a-9d1e-lever-panel",
            "standup@20270413T090000Z",
        }
    ),
    {"standup": ["standup@20270413T090000Z"]},
)


def test_an_id_alike_only_at_its_start_suggests_the_ids_that_start_so():
    with pytest.raises(UsageError) as refused:
        resolve_targets("WK-GH-zzzz", KNOWN)
    assert refused.value.fix == (
        "did you mean wk-gh-7f3e91c0d2aa@greenhouse.io or wk-gh-7f3e91c0d2ab@greenhouse.io?"
    )


def test_an_id_alike_in_nothing_says_where_ids_are_shown():
    with pytest.raises(UsageError) as refused:
        resolve_targets("q", KNOWN)
    assert "scan --all" in (refused.value.fix or "")


def test_a_known_id_and_a_series_resolve():
    assert resolve_targets("0b9d5e2c-44f1-4f6a-9d1e-lever-panel", KNOWN) == [
        "0b9d5e2c-44f1-4f6a-9d1e-lever-panel"
    ]
    assert resolve_targets("standup", KNOWN, series=True) == ["standup@20270413T090000Z"]
