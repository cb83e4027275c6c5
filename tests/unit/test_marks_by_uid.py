"""A mark (``mark EVENT_ID``) reaches exactly the event it names, whatever its UID holds.

An instance's id costs a strftime and a big calendar has tens of thousands, so
detection avoids working ids out where it can: these cases are the ones such a
shortcut could get wrong (a UID that itself holds an "@", a mark on a single event
that shares a UID's text with a series).
"""

from __future__ import annotations

from datetime import timedelta

from assistant.detect import detect
from assistant.detect.profile import Profile
from assistant.models import Event
from tests.conftest import NOW, person

PROFILE = Profile.build(["me@example.com"])
ME = person("me@example.com", "Me", is_self=True)
ACME = person("eng@acme.example", "Eng Lee")


def weekly(uid: str, count: int = 3) -> list[Event]:
    starts = [NOW + timedelta(days=7 * week) for week in range(count)]
    return [
        Event(
            uid=uid,
            start=start,
            end=start + timedelta(hours=1),
            summary="Second interview – Acme",
            recurrence_id=start,
            attendees=(ME, ACME),
        )
        for start in starts
    ]


def single(uid: str) -> Event:
    return Event(
        uid=uid,
        start=NOW,
        end=NOW + timedelta(hours=1),
        summary="Second interview – Acme",
        attendees=(ME, ACME),
    )


def overridden(events: list[Event], marks: dict[str, bool]) -> list[str]:
    return [d.event.event_id for d in detect(events, PROFILE, marks) if d.verdict.overridden]


def test_a_mark_on_one_instance_of_a_series_whose_uid_holds_an_at():
    events = weekly("040000008200E00074C5B7101A82E008@outlook.example")
    assert overridden(events, {events[1].event_id: False}) == [events[1].event_id]


def test_a_mark_on_a_single_event_whose_uid_holds_an_at():
    events = [single("abc@google.com"), single("abc"), *weekly("abc@google.com@x")]
    assert overridden(events, {"abc@google.com": False}) == ["abc@google.com"]


def test_a_mark_on_a_uid_never_reaches_the_instances_of_a_series_with_that_uid():
    events = weekly("loop")
    assert overridden(events, {"loop": False}) == []
    assert overridden(events, {"loop@20990101T000000Z": False}) == []
