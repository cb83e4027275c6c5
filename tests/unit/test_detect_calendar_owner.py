"""Whose calendar it is when no address is configured (``scan --calendar`` before init)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assistant.detect.who.owner import calendar_owner
from assistant.models import Event
from tests.conftest import person

T0 = datetime(2027, 5, 3, 9, tzinfo=UTC)


def _event(uid: str, *emails: str, day: int = 0, organizer: str = "") -> Event:
    start = T0 + timedelta(days=day)
    return Event(
        uid=uid,
        start=start,
        end=start + timedelta(hours=1),
        summary=uid,
        organizer=person(organizer) if organizer else None,
        attendees=tuple(person(e) for e in emails),
    )


def test_the_address_on_most_series_with_people_is_the_owner_and_a_series_counts_once():
    events = [
        _event("weekly", "Owner@Mail.example", "boss@work.example", day=d) for d in range(0, 35, 7)
    ]
    events += [
        _event("screen", "owner@mail.example", organizer="ta@hire.example"),
        _event("panel", "owner@mail.example", "ta@hire.example", "lead@hire.example"),
        _event("solo"),  # no one on it: not counted
    ]
    owner = calendar_owner(events)
    assert owner is not None
    assert (owner.email, owner.series, owner.of) == ("owner@mail.example", 3, 3)
    assert "owner@mail.example's, the address on 3 of its 3 events with guests" in owner.notice()
    assert "interview-assistant init" in owner.notice()


def test_no_owner_when_no_address_is_on_half_the_events_or_on_three():
    spread = [_event(f"e{i}", f"p{i}@a.example", f"q{i}@b.example") for i in range(6)]
    assert calendar_owner(spread) is None
    assert calendar_owner([_event("one", "me@x.example"), _event("two", "me@x.example")]) is None
    assert calendar_owner([]) is None


def test_a_tie_is_broken_the_same_way_in_any_order():
    events = [_event(f"m{i}", "b@x.example", "a@x.example") for i in range(4)]
    assert calendar_owner(events).email == "a@x.example"
    assert calendar_owner(events[::-1]).email == "a@x.example"
