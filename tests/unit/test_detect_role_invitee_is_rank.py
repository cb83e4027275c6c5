"""The description says that someone invited is the rank the title names ("Wren
Halloway is Plant Director in Dunmore", "Selin Acar ist unsere Werkleiterin"): the
rank is theirs, whom the round is with, not the job. "is" followed by other words
before the rank says nothing of the kind.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.interviewerrank import is_interviewers_rank

_PEOPLE = ["Wren Halloway", "Selin Acar"]


@pytest.mark.parametrize(
    ("role", "text"),
    [
        ("Plant Director", "Last step! Wren Halloway is Plant Director in Dunmore."),
        ("Plant Director in Dunmore", "Wren Halloway is Plant Director in Dunmore."),
        ("Werkleiterin", "Selin Acar ist unsere Werkleiterin und freut sich."),
    ],
)
def test_an_invitee_said_to_be_the_rank_holds_it(role, text):
    assert is_interviewers_rank(role, f"Brindlemoor – final ({role})", text, _PEOPLE)


def test_is_before_other_words_says_nothing():
    text = "Wren Halloway is looking forward to the Plant Director interview."
    title = "Brindlemoor – final (Plant Director)"
    assert not is_interviewers_rank("Plant Director", title, text, _PEOPLE)
