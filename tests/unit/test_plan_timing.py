"""When briefings are due: lead times from config, quiet hours, and reschedules.

All times are in the user's zone, Europe/Berlin; quiet hours default to 21:00–07:00.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from assistant.app import App
from assistant.config import parse_settings
from assistant.models import JobKind
from assistant.paths import Home
from assistant.plan import QUIET_MARGIN, Timing, briefing_due, in_quiet_hours, plan_interview
from tests.conftest import BERLIN, make_event

QUIET = Timing(tz=BERLIN)  # the defaults: one briefing 24 h ahead, quiet 21:00–07:00


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in April 2027, Berlin time (the 12th is a Monday)."""
    return datetime(2027, 4, day, hour, minute, tzinfo=BERLIN)


def test_defaults_are_one_briefing_a_day_ahead_and_quiet_from_nine_to_seven() -> None:
    assert QUIET.briefing_leads == (timedelta(hours=24),)
    assert QUIET.quiet_hours == (time(21, 0), time(7, 0))


@pytest.mark.parametrize(
    ("moment", "quiet"),
    [(at(12, 20, 59), False), (at(12, 21), True), (at(13, 3), True), (at(13, 7), False)],
)
def test_quiet_hours_wrap_past_midnight(moment: datetime, quiet: bool) -> None:
    assert in_quiet_hours(moment, QUIET) is quiet


def test_a_daytime_briefing_keeps_its_time() -> None:
    assert briefing_due(at(13, 14), at(14, 14), now=at(12, 9), timing=QUIET) == at(13, 14)


def test_a_briefing_due_at_night_moves_earlier_to_just_before_quiet_hours() -> None:
    due = briefing_due(at(13, 23), interview_start=at(14, 23), now=at(12, 9), timing=QUIET)
    assert due == at(13, 21) - QUIET_MARGIN == at(13, 20, 55)


def test_after_midnight_the_quiet_period_began_the_evening_before() -> None:
    due = briefing_due(at(13, 2), interview_start=at(14, 2), now=at(12, 9), timing=QUIET)
    assert due == at(12, 20, 55)


def test_when_just_before_is_already_past_it_goes_when_quiet_hours_end() -> None:
    # Due at 02:00; at 22:00 quiet hours have begun, and they end before the 02:00 interview a day later.
    due = briefing_due(at(13, 2), interview_start=at(14, 2), now=at(12, 22), timing=QUIET)
    assert due == at(13, 7)


def test_when_quiet_hours_outlast_the_interview_it_goes_at_once() -> None:
    now = at(12, 22, 30)
    due = briefing_due(at(13, 5), interview_start=at(13, 6), now=now, timing=QUIET)
    assert due == now


def test_minutes_before_quiet_hours_begin_it_goes_at_once() -> None:
    now = at(12, 20, 58)
    assert briefing_due(at(12, 23), at(13, 23), now=now, timing=QUIET) == now


def test_an_overdue_briefing_is_not_sent_in_the_middle_of_the_night() -> None:
    # Due at 20:00, but the machine was asleep until 23:00: it waits for the morning.
    due = briefing_due(at(12, 20), interview_start=at(13, 20), now=at(12, 23), timing=QUIET)
    assert due == at(13, 7)


def test_an_overdue_daytime_briefing_goes_at_once() -> None:
    due = briefing_due(at(12, 8), interview_start=at(13, 8), now=at(12, 9), timing=QUIET)
    assert due <= at(12, 9)


@pytest.mark.parametrize("now", [at(12, 9), at(12, 22), at(13, 6, 59)])
def test_a_briefing_is_never_due_after_the_interview_starts(now: datetime) -> None:
    start = at(13, 7)
    for ideal in (start - timedelta(hours=h) for h in (1, 5, 10, 24)):
        assert briefing_due(ideal, start, now, QUIET) <= start


def test_the_answer_is_stable_from_pass_to_pass_until_it_is_due() -> None:
    ideal, start = at(13, 23), at(14, 23)
    answers = {briefing_due(ideal, start, at(12, h), QUIET) for h in range(9, 21)}
    assert answers == {at(13, 20, 55)}


def test_quiet_hours_can_be_turned_off_or_set_within_one_day() -> None:
    assert briefing_due(at(13, 23), at(14, 23), at(12, 9), Timing(BERLIN, quiet_hours=None)) == at(
        13, 23
    )
    lunch = Timing(BERLIN, quiet_hours=(time(12), time(13)))
    assert briefing_due(at(13, 12, 30), at(14, 12, 30), at(12, 9), lunch) == at(13, 11, 55)


def test_quiet_hours_across_a_clock_change_still_end_at_seven_local() -> None:
    # Berlin skips 02:00→03:00 on Sunday 28 March 2027.
    night = datetime(2027, 3, 28, 4, 0, tzinfo=BERLIN)
    due = briefing_due(night, night + timedelta(days=1), night - timedelta(hours=5), QUIET)
    assert due == datetime(2027, 3, 28, 7, 0, tzinfo=BERLIN)


def test_lead_times_come_from_config(tmp_path) -> None:
    settings = parse_settings(
        {"user": {"timezone": "Europe/Berlin"}, "schedule": {"briefing_lead": ["2h", "48h"]}}
    )
    timing = App(Home.at(tmp_path), settings).timing()
    event = make_event(start=at(16, 14))
    jobs = plan_interview(event, timing, now=at(12, 9), first_seen=at(12, 9))
    briefings = [j for j in jobs if j.kind is JobKind.BRIEFING]
    assert [(j.key, j.due_at) for j in briefings] == [
        ("briefing/evt-1/2d", at(14, 14)),
        ("briefing/evt-1/2h", at(16, 12)),
    ]


def test_leads_already_past_when_first_seen_collapse_into_one_briefing_now() -> None:
    timing = Timing(BERLIN, briefing_leads=(timedelta(hours=48), timedelta(hours=24)))
    event = make_event(start=at(13, 14))
    jobs = plan_interview(event, timing, now=at(12, 18), first_seen=at(12, 18))
    briefings = [j for j in jobs if j.kind is JobKind.BRIEFING]
    assert [j.key for j in briefings] == ["briefing/evt-1/1d"]
    assert briefings[0].due_at <= at(12, 18)


def test_a_rescheduled_interview_owes_an_update_after_its_briefing_went_out() -> None:
    moved = make_event(start=at(15, 10))
    jobs = plan_interview(
        moved, QUIET, now=at(13, 15), first_seen=at(12, 9), briefed_start=at(14, 14)
    )
    (update,) = [j for j in jobs if j.detail == "update"]
    assert update.key == "briefing/evt-1/1d/moved-20270415T080000Z"
    # The user was told 14 April, 14:00: the update must reach them before that, and the
    # lead before it has passed, so it is due at once (not the day before the new time).
    assert update.due_at == at(13, 15)
    # Before any briefing went out, or once it describes the new time: no update.
    for briefed in (None, at(15, 10)):
        again = plan_interview(moved, QUIET, at(13, 15), at(12, 9), briefed_start=briefed)
        assert not [j for j in again if j.detail == "update"]


def test_an_update_is_due_the_lead_before_the_old_time_when_that_comes_first() -> None:
    moved = make_event(start=at(22, 10))  # moved two days later, from 20 April
    jobs = plan_interview(
        moved, QUIET, now=at(13, 15), first_seen=at(12, 9), briefed_start=at(20, 10)
    )
    (update,) = [j for j in jobs if j.detail == "update"]
    assert update.due_at == at(19, 10), "a day before the time the user was told"


def test_an_update_decided_at_night_waits_for_the_morning() -> None:
    moved = make_event(start=at(14, 9))  # moved closer: the update is due at once
    jobs = plan_interview(
        moved, QUIET, now=at(13, 23), first_seen=at(12, 9), briefed_start=at(14, 14)
    )
    (update,) = [j for j in jobs if j.detail == "update"]
    assert update.due_at == at(14, 7)


def test_leads_passed_while_the_machine_slept_collapse_into_one_briefing() -> None:
    timing = Timing(BERLIN, briefing_leads=(timedelta(hours=48), timedelta(hours=2)))
    event = make_event(start=at(15, 14))
    awake = plan_interview(event, timing, now=at(13, 15), first_seen=at(12, 9))
    assert [j.key for j in awake if j.kind is JobKind.BRIEFING] == [
        "briefing/evt-1/2d",
        "briefing/evt-1/2h",
    ]
    woke = plan_interview(event, timing, now=at(15, 13), first_seen=at(12, 9))
    (only,) = [j for j in woke if j.kind is JobKind.BRIEFING]
    assert only.key == "briefing/evt-1/2h" and only.due_at <= at(15, 13)
