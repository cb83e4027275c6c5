"""Titles that name a later round but are something else: feedback on a round ("Call re:
Tessaly panel feedback"), the user practising in German ("Übung: Vorstellung (Zweit-
gespräch)"), a data or idea contest's round ("Ideathon Nord – 2nd round"), and a first
round of a named kind in Korean ("1차 기술 면접": the first technical interview)."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import Reader
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "talent@tessaly.example"


def tessaly_interview():
    """A first interview with Tessaly Foods, twelve days before the event under test."""
    return invite(
        "Interview – Plant Controller – Tessaly Foods",
        HOST,
        days=-12,
        description="Thanks for applying for the Plant Controller role.",
    )


def test_feedback_on_a_round_is_no_round():
    later = invite("Short call re: Tessaly panel feedback", HOST, days=4)
    v = verdict_of(later, tessaly_interview())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Übung: Vorstellung auf Englisch (Zweitgespräch)", "Ideathon Nord – 2nd round (team Lynx)"],
)
def test_practice_and_contests_naming_a_round_are_no_round(title):
    v = verdict_of(note(title, days=3), tessaly_interview())
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize("title", ["[한결물산] 1차 기술 면접 안내", "1차 직무 면접 – 한결물산"])
def test_a_korean_first_round_of_a_named_kind_is_a_first_round(title):
    assert Reader().title(title).first_round is not None


def test_a_korean_later_round_of_that_kind_stays_later():
    assert Reader().title("[한결물산] 2차 기술 면접 안내").first_round is None
