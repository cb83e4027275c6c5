"""Detection once per series keeps each instance's own verdict where it depends on it.

An earlier interview must start before *this* instance: a series whose first
instances come before the first interview with an employer and whose later ones
come after gets both verdicts, as detection per event gives them. The same is
compared on every fixture and corpus file in ``tests/adapters/test_fast_paths.py``.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.detect import detect
from assistant.detect.profile import Profile
from assistant.detect.text.per_series import series_key
from assistant.detect.verdict.verdicts import detect as detect_shared
from assistant.models import Event
from tests.conftest import NOW, person


def detect_every_event(events, profile, overrides=None):
    """The full path the shared one must match: every event read on its own."""
    return detect_shared(events, profile, overrides, share=False)


PROFILE = Profile.build(["me@example.com"])
ME = person("me@example.com", "Me", is_self=True)


def series(uid: str, summary: str, first: int, count: int, *guests) -> list[Event]:
    out = []
    for week in range(count):
        start = NOW + timedelta(days=first + 7 * week)
        out.append(
            Event(
                uid=uid,
                start=start,
                end=start + timedelta(hours=1),
                summary=summary,
                recurrence_id=start,
                attendees=(ME, *guests),
            )
        )
    return out


def test_instances_before_and_after_the_first_interview_get_their_own_verdicts():
    screen = series("screen", "Phone interview – Acme", 7, 1, person("rec@acme.example", "Rec"))
    screen = [Event(**{**vars(screen[0]), "recurrence_id": None})]
    loop = series("loop", "Acme interview", 0, 4, person("eng@acme.example", "Eng Lee"))
    events = [*loop, *screen]
    fast, full = detect(events, PROFILE), detect_every_event(events, PROFILE)
    assert [(d.event, d.verdict) for d in fast] == [(d.event, d.verdict) for d in full]
    linked = [d.verdict.first_interview_id for d in fast[:4]]
    assert linked == [None, None, "screen", "screen"]  # the screen is on day 7
    assert [d.verdict.is_follow_up for d in fast[:4]] == [False, False, True, True]


def test_marks_and_sub_daily_repeats_apply_to_each_instance():
    loop = series("loop", "Second interview – Acme", 0, 3, person("eng@acme.example", "Eng"))
    twice = [
        Event(
            **{
                **vars(e),
                "start": e.start + timedelta(hours=2),
                "recurrence_id": e.start + timedelta(hours=2),
            }
        )
        for e in loop[:1]
    ]
    marks = {loop[1].event_id: False}
    fast = detect([*loop, *twice], PROFILE, marks)
    assert fast == detect_every_event([*loop, *twice], PROFILE, marks)
    assert fast[1].verdict.overridden and not fast[1].verdict.is_follow_up
    assert not any(d.verdict.is_follow_up for d in fast)  # two instances two hours apart


def test_events_that_say_the_same_share_a_key():
    loop = series("loop", "Sync", 0, 2)
    assert series_key(loop[0]) == series_key(loop[1])
    other = Event(**{**vars(loop[0]), "uid": "other", "recurrence_id": None})
    assert series_key(other) == series_key(loop[0])
    assert series_key(Event(**{**vars(other), "summary": "Lunch"})) != series_key(other)


def test_two_series_with_the_same_words_link_to_each_other_by_uid():
    acme = person("eng@acme.example", "Eng Lee")
    first = series("first", "Acme interview", 0, 1, acme)
    again = series("again", "Acme interview", 14, 2, acme)
    events = [*first, *again]
    fast = detect(events, PROFILE)
    assert [(d.event, d.verdict) for d in fast] == [
        (d.event, d.verdict) for d in detect_every_event(events, PROFILE)
    ]
    assert [d.verdict.first_interview_id for d in fast] == [None, *[first[0].event_id] * 2]
