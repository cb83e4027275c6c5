"""Check-in nudges: once per round, after seven working days, never when a new round appears."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import pytest

from assistant import approval
from assistant.models import DraftKind, DraftState, JobKind, JobState
from assistant.pipeline import AppState, add_working_days, load_board, set_state, weekend_days
from assistant.runner import run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW
from tests.unit.pipeline_events import DAY, globex_first, globex_second

HOUR = timedelta(hours=1)
# Globex's first interview ends at 07:00 on Monday 12 April (NOW is 09:00); seven
# working days later is Wednesday 21 April, 07:00, Berlin.
ENDED = NOW - 2 * HOUR
DUE = datetime(2027, 4, 21, 7, 0, tzinfo=BERLIN)


def check_ins(services: Services) -> list:
    return [d for d in services.store.drafts() if d.kind is DraftKind.CHECK_IN]


def notes(services: Services) -> list[str]:
    return [
        str(m["Subject"])
        for m in services.mailbox.inbox.values()
        if str(m["Subject"]).startswith("Time to check in")
    ]


def nudge_jobs(services: Services) -> list:
    return [r for r in services.store.jobs() if r.job.kind is JobKind.NUDGE]


@pytest.fixture
def calendar(services: Services) -> MemoryCalendar:
    """Globex's first interview, just ended; a first pass has seen it."""
    calendar = MemoryCalendar([globex_first(NOW - 3 * HOUR)])
    services.sources = [calendar]
    run_once(services, NOW)
    return calendar


def test_working_days_skip_the_weekend() -> None:
    friday = datetime(2027, 4, 16, 12, 0, tzinfo=BERLIN)
    saturday = friday + DAY
    assert add_working_days(friday, 1, BERLIN) == datetime(2027, 4, 19, 12, 0, tzinfo=BERLIN)
    assert add_working_days(saturday, 1, BERLIN) == datetime(2027, 4, 19, 13 - 1, 0, tzinfo=BERLIN)
    assert add_working_days(friday, 7, BERLIN) == datetime(2027, 4, 27, 12, 0, tzinfo=BERLIN)
    assert add_working_days(friday, 0, BERLIN) == friday


def test_working_days_across_a_daylight_saving_change_keep_the_clock_time() -> None:
    before = datetime(2027, 3, 26, 17, 0, tzinfo=BERLIN)  # Friday; clocks go forward on Sunday
    assert add_working_days(before, 1, BERLIN) == datetime(2027, 3, 29, 17, 0, tzinfo=BERLIN)


def test_a_friday_saturday_weekend() -> None:
    thursday = datetime(2027, 4, 15, 10, 0, tzinfo=BERLIN)
    fri_sat = frozenset({4, 5})
    assert add_working_days(thursday, 1, BERLIN, fri_sat) == thursday + 3 * DAY


def test_without_babel_the_weekend_is_saturday_and_sunday(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "babel", None)  # import babel raises ImportError
    assert weekend_days("ar_SA") == frozenset({5, 6})


def test_with_babel_the_weekend_follows_the_locale() -> None:
    pytest.importorskip("babel")
    assert weekend_days("ar_SA") == frozenset({4, 5})
    assert weekend_days("de_DE") == frozenset({5, 6})
    assert weekend_days("xx_NOPE") == frozenset({5, 6})


def test_the_nudge_comes_once_after_seven_working_days(
    services: Services, calendar: MemoryCalendar
) -> None:
    [job] = nudge_jobs(services)
    assert (job.job.due_at, job.state) == (DUE, JobState.PENDING)

    run_once(services, DUE - timedelta(minutes=1))
    assert check_ins(services) == [] and notes(services) == []

    run_once(services, DUE)
    run_once(services, DUE + DAY)
    run_once(services, DUE + 9 * DAY)

    [draft] = check_ins(services)
    assert draft.to == ("gloria@globex.example",)
    assert draft.event_id == "globex-1"
    assert "follow up on my interview for the Analyst role at Globex" in " ".join(
        draft.body.split()
    )
    assert notes(services) == ["Time to check in with Globex?"]
    assert [r.state for r in nudge_jobs(services)] == [JobState.DONE]
    assert len(services.mailbox.drafts) == 1

    # Approved like every draft; the pipeline lists it as sent, and no second nudge follows.
    sent = approval.approve(services, draft.id, DUE + 10 * DAY)
    assert sent.state is DraftState.SENT
    run_once(services, DUE + 30 * DAY)
    [globex] = load_board(services.store, DUE + 30 * DAY, BERLIN)
    assert [s.label for s in globex.sent] == ["check-in"]
    assert len(check_ins(services)) == 1 and len(notes(services)) == 1


def test_no_nudge_when_a_new_round_appears(services: Services, calendar: MemoryCalendar) -> None:
    calendar.put(globex_second(NOW + 4 * DAY))
    run_once(services, NOW + HOUR)

    run_once(services, DUE)

    assert check_ins(services) == [] and notes(services) == []
    # The second round's drafts wait for approval, so it owes no nudge yet either.
    assert [(r.job.event_id, r.state) for r in nudge_jobs(services)] == [
        ("globex-1", JobState.DROPPED)
    ]


def test_no_nudge_when_the_user_closed_the_application(
    services: Services, calendar: MemoryCalendar
) -> None:
    set_state(services.store, "globex", AppState.CLOSED, "", NOW + HOUR)
    run_once(services, DUE)
    assert check_ins(services) == [] and notes(services) == []


def test_no_nudge_when_nudges_are_off(services: Services) -> None:
    services.check_in_after = 0
    services.sources = [MemoryCalendar([globex_first(NOW - 3 * HOUR)])]
    run_once(services, NOW)
    run_once(services, DUE + 30 * DAY)
    assert check_ins(services) == [] and nudge_jobs(services) == []


def test_no_nudge_for_an_application_already_overdue_when_first_seen(services: Services) -> None:
    services.sources = [MemoryCalendar([globex_first(NOW - 40 * DAY)])]
    run_once(services, NOW)
    run_once(services, NOW + 30 * DAY)
    assert check_ins(services) == [] and nudge_jobs(services) == []


def test_thank_yous_sent_start_the_wait(services: Services) -> None:
    """After a later round the thank-yous wait for approval; the count starts when they go."""
    services.sources = [
        MemoryCalendar([globex_first(NOW - 9 * DAY), globex_second(NOW - 3 * HOUR)])
    ]
    run_once(services, NOW)  # the drafts for the second round are made
    assert nudge_jobs(services) == []  # drafts are waiting: the user is not done yet

    sent = NOW + DAY + HOUR  # Tuesday 10:00
    for draft in services.store.drafts(event_id="globex-2"):
        approval.approve(services, draft.id, sent)
    run_once(services, sent + HOUR)

    [job] = nudge_jobs(services)
    assert job.job.due_at == add_working_days(sent, 7, BERLIN)
    run_once(services, job.job.due_at)
    assert [d.event_id for d in check_ins(services)] == ["globex-2"]


def test_a_nudge_due_in_quiet_hours_waits_for_them_to_end(services: Services) -> None:
    late = NOW.replace(hour=21, minute=30) - DAY  # Sunday evening; ends 22:30
    services.sources = [MemoryCalendar([globex_first(late)])]
    run_once(services, NOW)
    [job] = nudge_jobs(services)
    # Seven working days after Sunday 22:30 is Tuesday 20 April 22:30: quiet, so 07:00 next day.
    assert job.job.due_at == datetime(2027, 4, 21, 7, 0, tzinfo=BERLIN)


def test_a_pass_at_night_with_an_overdue_nudge_waits_for_the_morning(
    services: Services, calendar: MemoryCalendar
) -> None:
    night = DUE + 15 * HOUR  # the machine slept through the day; it wakes at 22:00
    run_once(services, night)
    assert notes(services) == []
    [job] = nudge_jobs(services)
    assert (job.job.due_at, job.state) == (DUE + DAY, JobState.PENDING)

    run_once(services, DUE + DAY)
    assert notes(services) == ["Time to check in with Globex?"]
