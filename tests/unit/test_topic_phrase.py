"""Debrief answers as topic phrases: they finish "I especially enjoyed our conversation
about …" in a message to someone else, so a leading subject and verb goes and a clause
is refused."""

from __future__ import annotations

import pytest

from assistant.drafting.topic_phrase import NotATopic, topic_phrase


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        ("walked me through the on-call rotation.", "the on-call rotation"),
        ("He walked me through the on-call rotation.", "the on-call rotation"),
        ("we talked about the pricing model", "the pricing model"),
        ("We discussed hiring plans", "hiring plans"),
        ("She showed me the new dashboard", "the new dashboard"),
        ("Loved the demo.", "the demo"),
        ("I especially enjoyed our conversation about the roadmap", "the roadmap"),
        ("our conversation about Kafka", "Kafka"),
        ("  your team's   move to Rust ", "your team's move to Rust"),
        ("advanced analytics", "advanced analytics"),
        ("the way they run retros.", "the way they run retros"),
        ("", ""),
    ],
)
def test_a_leading_subject_and_verb_is_dropped(answer: str, phrase: str):
    assert topic_phrase(answer) == phrase


@pytest.mark.parametrize(
    "answer", ["it was fun", "He was great. Very direct.", "we talked about it", "was very kind"]
)
def test_what_is_still_a_clause_is_refused_with_an_example(answer: str):
    with pytest.raises(NotATopic, match=r"reads as a sentence.*e\.g\. “the on-call rotation”"):
        topic_phrase(answer)
