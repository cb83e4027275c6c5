"""An event's answers kept for the event asked last (:mod:`assistant.detect.text.lastevent`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from assistant.detect.text.lastevent import for_last_event
from assistant.models import Event

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _event(summary: str = "Second interview – Acme") -> Event:
    return Event(uid="u1", start=START, end=START + timedelta(hours=1), summary=summary)


def test_the_same_event_and_arguments_are_read_once():
    asked: list[tuple[str, object]] = []

    @for_last_event
    def read(event: Event, profile: object) -> list[str]:
        asked.append((event.summary, profile))
        return [event.summary]

    event, profile = _event(), object()
    first = read(event, profile)
    assert read(event, profile) is first
    assert asked == [("Second interview – Acme", profile)]


def test_an_equal_event_another_event_or_another_argument_is_read_anew():
    asked: list[str] = []

    @for_last_event
    def read(event: Event, profile: object) -> str:
        asked.append(event.summary)
        return event.summary

    event, profile = _event(), object()
    read(event, profile)
    read(replace(event), profile)  # equal, but another object: not assumed the same
    other = _event("Final round – Acme")
    read(other, profile)
    read(other, object())  # the same event with another profile
    assert asked == ["Second interview – Acme"] * 2 + ["Final round – Acme"] * 2
