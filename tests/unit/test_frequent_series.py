"""A recurring "interview" whose instances are less than a day apart is not acted on.

The instances are built as a source builds them: one Event per instance, sharing the
UID, each with its original start as ``recurrence_id``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from assistant.detect import Profile, detect
from assistant.models import Event
from tests.conftest import ME, NOW, make_event

PROFILE = Profile.build([ME])


def series(starts: list[datetime], uid: str = "series-1", **kwargs) -> list[Event]:
    return [make_event(uid=uid, start=s, recurrence_id=s, **kwargs) for s in starts]


def verdicts(events: list[Event], overrides=None):
    return [d.verdict for d in detect(events, PROFILE, overrides)]


def test_an_hourly_interview_with_quarter_hours_is_not_acted_on():
    first = NOW + timedelta(days=1)
    starts = [first + timedelta(minutes=15 * n) for n in range(8)]
    found = verdicts(series(starts))
    assert not any(v.is_follow_up for v in found)
    assert all("15 minutes apart" in v.reasons[-1] for v in found)
    assert "at least a day apart" in found[0].reasons[-1]


def test_a_daily_byhour_flood_counts_as_sub_daily():
    days = [NOW + timedelta(days=d) for d in range(1, 4)]
    starts = [day.replace(hour=h) for day in days for h in (9, 10, 11, 12)]
    found = verdicts(series(starts))
    assert not any(v.is_follow_up for v in found)
    assert "60 minutes apart" in found[0].reasons[-1]


def test_a_two_day_onsite_written_as_a_daily_series_is_acted_on():
    first = NOW + timedelta(days=1, hours=5)
    found = verdicts(series([first, first + timedelta(days=1)]))
    assert all(v.is_follow_up for v in found)


def test_a_daily_series_across_the_change_to_summer_time_is_still_daily():
    """On 28 March 2027 Berlin's clocks go forward: 23 hours apart in UTC, a day on the wall."""
    berlin = ZoneInfo("Europe/Berlin")
    first = datetime(2027, 3, 27, 9, 0, tzinfo=berlin)
    found = verdicts(series([first, first + timedelta(days=1)]))
    assert all(v.is_follow_up for v in found)


def test_a_daily_series_with_an_offset_per_instance_is_still_daily():
    """Google gives each instance's original start with its own UTC offset."""
    before = datetime(2027, 3, 27, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    after = datetime(2027, 3, 28, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert all(v.is_follow_up for v in verdicts(series([before, after])))


def test_a_moved_instance_does_not_make_a_daily_series_sub_daily():
    """The gap is between original starts: moving Monday's session to Tuesday 8:00 is fine."""
    first = NOW + timedelta(days=1, hours=5)
    events = series([first, first + timedelta(days=1)])
    moved = events[0].moved_to(first + timedelta(hours=20), first + timedelta(hours=21))
    found = verdicts([moved, events[1]])
    assert all(v.is_follow_up for v in found)


def test_the_users_own_mark_wins():
    starts = [NOW + timedelta(days=1, minutes=30 * n) for n in range(3)]
    events = series(starts)
    found = verdicts(events, {events[1].event_id: True})
    assert [v.is_follow_up for v in found] == [False, True, False]


def test_single_events_sharing_nothing_are_left_alone():
    first = NOW + timedelta(days=1)
    events = [make_event(uid=f"single-{n}", start=first + timedelta(hours=n)) for n in range(3)]
    assert all(v.is_follow_up for v in verdicts(events))


def test_other_series_are_untouched():
    first = NOW + timedelta(days=1)
    flood = series([first + timedelta(hours=n) for n in range(3)], uid="flood")
    weekly = series([first + timedelta(weeks=n) for n in range(3)], uid="weekly")
    found = detect([*flood, *weekly], PROFILE)
    assert {d.event.uid for d in found if d.verdict.is_follow_up} == {"weekly"}
