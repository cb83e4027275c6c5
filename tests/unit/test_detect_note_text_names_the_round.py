"""The user's own note naming the employer and a meeting with someone senior
("Quillan – FINAL w/ founder", "Fwd: Quillan - meeting with SVP Finance") is a later round
when its own text says so ("it's really the final round") or when it follows an
interview with that employer; a note saying neither stays a note."""

from __future__ import annotations

from assistant.models import Event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def _with_text(event: Event, description: str) -> Event:
    from dataclasses import replace

    return replace(event, description=description)


def test_a_note_whose_text_names_the_later_round_is_that_round():
    ev = _with_text(
        note("Quillan Ltd – FINAL w/ founder, bring portfolio", days=4),
        "Mo said it's just a chat but it's the final round. Ask about on-call.",
    )
    v = verdict_of(ev)
    assert v.is_follow_up, why(v)


def test_the_same_note_without_such_text_stays_a_note():
    v = verdict_of(note("Quillan Ltd – FINAL w/ founder, bring portfolio", days=4))
    assert not v.is_follow_up, why(v)


def test_a_meeting_with_a_senior_vice_president_after_an_interview_is_a_later_round():
    first = invite(
        "Interview – Treasury Analyst – Quillan Ltd",
        "talent@quillan.example",
        days=-10,
        description="Thanks for applying for the Treasury Analyst role.",
    )
    v = verdict_of(note("Fwd: Quillan - meeting with SVP Finance", days=4), first)
    assert v.is_follow_up, why(v)
