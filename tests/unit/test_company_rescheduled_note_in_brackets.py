"""A bracketed note that the meeting was moved, in the title's language ("(재조정)",
"(일정 재조정)", "（重新安排）", "(verplaatst)"): what became of the meeting, never the
employer's name."""

from __future__ import annotations

import pytest

from assistant.detect.employer.titlenames import title_names


@pytest.mark.parametrize(
    ("title", "note"),
    [
        ("솔바람 임원면접 (재조정)", "재조정"),
        ("솔바람 임원면접 (일정 재조정)", "일정 재조정"),
        ("青川 二面 (重新安排)", "重新安排"),
        ("Tweede gesprek Brakwater (verplaatst)", "verplaatst"),
    ],
)
def test_a_moved_meetings_note_is_no_company(title, note):
    _, candidates, beside = title_names(title)
    assert note not in candidates and note not in beside
