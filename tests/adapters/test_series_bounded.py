"""Recurrence rules and calendars get a budget of instances and time; past it, the rest
carries on.

Each case holds one costly series beside a plain event. The read must stay within a
few seconds (measured with ``time.perf_counter``; nothing sleeps), keep the plain
event, and name the refused series in one warning. The per-calendar time budget is
tested with a fake monotonic clock, so no test depends on the machine's speed.
"""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.sources.event_cache import EventCache
from assistant.sources.expansion import ReadLimits
from assistant.sources.ics import IcsSource, Owner
from assistant.sources.recurrence import MAX_INSTANCES_IN_WINDOW
from assistant.store import Store
from tests.conftest import BERLIN, DATA

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 7, 1, tzinfo=UTC))
BOUND_SECONDS = 5.0
FMT = "%Y%m%dT%H%M%SZ"


def vevent(uid: str, start: str, *lines: str, summary: str = "Weekly sync") -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTART:{start}",
        "DURATION:PT30M",
        f"SUMMARY:{summary}",
        *lines,
        "END:VEVENT",
    ]


def write(path: Path, *events: list[str]) -> Path:
    body = [line for event in events for line in event]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *body, "END:VCALENDAR"]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def plain() -> list[str]:
    return vevent("plain-1", "20270414T100000Z", summary="Lunch")


def timed_read(path: Path, limits: ReadLimits | None = None):
    began = time.perf_counter()
    result = IcsSource(str(path), OWNER, limits=limits).read(*WINDOW)
    elapsed = time.perf_counter() - began
    assert elapsed < BOUND_SECONDS, f"took {elapsed:.1f} s"
    return result


COSTLY = {
    "rrule_secondly_no_count": ["RRULE:FREQ=SECONDLY"],
    "rrule_minutely": ["RRULE:FREQ=MINUTELY;INTERVAL=5"],
    "rrule_hourly_byminute_quarter_hours": ["RRULE:FREQ=HOURLY;BYMINUTE=0,15,30,45"],
    "rrule_hourly": ["RRULE:FREQ=HOURLY"],
    "rrule_daily_byhour_byminute_flood": [
        "RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;"
        "BYMINUTE=0,15,30,45"
    ],
    "rrule_secondly_huge_count": ["RRULE:FREQ=SECONDLY;COUNT=2147483647"],
    "rrule_interval_zero": ["RRULE:FREQ=DAILY;INTERVAL=0"],
    "rrule_two_rules_one_flood": ["RRULE:FREQ=WEEKLY", "RRULE:FREQ=MINUTELY"],
    "rrule_hourly_february_thirtieth": ["RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"],
    "rrule_daily_no_such_year_day": ["RRULE:FREQ=DAILY;BYYEARDAY=400"],
}


@pytest.mark.parametrize("shape", sorted(COSTLY))
def test_costly_rule_is_refused_and_the_rest_is_read(tmp_path: Path, shape: str):
    path = write(
        tmp_path / f"{shape}.ics", vevent("costly-1", "20000101T090000Z", *COSTLY[shape]), plain()
    )
    result = timed_read(path)
    assert [e.uid for e in result.events] == ["plain-1"]
    [warning] = result.warnings
    assert "skipped event “Weekly sync” (costly-1)" in warning


def test_series_hourly_byminute_quarter_hours_fixture():
    """The issue's flood: 6,314 briefings and 12,628 drafts in one pass."""
    began = time.perf_counter()
    result = IcsSource(str(DATA / "ics" / "series_hourly_byminute_quarter_hours.ics"), OWNER).read(
        *WINDOW
    )
    assert time.perf_counter() - began < BOUND_SECONDS
    assert result.events == []
    [warning] = result.warnings
    assert (
        "Second interview" in warning and "flood-1" in warning and "times in the window" in warning
    )


def test_a_series_walking_from_year_one_is_refused(tmp_path: Path):
    path = write(
        tmp_path / "ancient.ics", vevent("old-1", "00010101T090000Z", "RRULE:FREQ=DAILY"), plain()
    )
    result = timed_read(path)
    assert [e.uid for e in result.events] == ["plain-1"]
    assert "between its start on 0001-01-01" in result.warnings[0]


def test_a_huge_count_on_a_daily_rule_is_read_in_the_window(tmp_path: Path):
    path = write(
        tmp_path / "count.ics",
        vevent("daily-1", "20270101T090000Z", "RRULE:FREQ=DAILY;COUNT=2147483647"),
    )
    result = timed_read(path)
    assert len(result.events) == 181  # 1 January to 30 June 2027
    assert result.warnings == []


def test_many_rdates_are_refused(tmp_path: Path):
    start = datetime(2027, 1, 1, 9, tzinfo=UTC)
    dates = ",".join(
        f"{start + timedelta(minutes=n):{FMT}}" for n in range(MAX_INSTANCES_IN_WINDOW + 10)
    )
    path = write(
        tmp_path / "rdates.ics", vevent("rdates-1", f"{start:{FMT}}", f"RDATE:{dates}"), plain()
    )
    result = timed_read(path)
    assert [e.uid for e in result.events] == ["plain-1"]
    assert "rdates-1" in result.warnings[0]


def test_an_exdate_heavy_series_is_read_within_bounds(tmp_path: Path):
    """9,000 exceptions to a daily rule since 2000: costly to set up, but sane."""
    first = datetime(2000, 1, 1, 9, tzinfo=UTC)
    skipped = ",".join(f"{first + timedelta(days=n):{FMT}}" for n in range(9_000))
    path = write(
        tmp_path / "exdates.ics",
        vevent("ex-1", f"{first:{FMT}}", "RRULE:FREQ=DAILY", f"EXDATE:{skipped}"),
        plain(),
    )
    result = timed_read(path)
    assert result.warnings == []
    assert len([e for e in result.events if e.uid == "ex-1"]) == 181


def test_a_costly_series_nested_in_another_component_is_refused(tmp_path: Path):
    nested = [
        "BEGIN:X-WRAPPER",
        *vevent("hidden-1", "20000101T090000Z", "RRULE:FREQ=SECONDLY"),
        "END:X-WRAPPER",
    ]
    path = write(tmp_path / "nested.ics", nested, plain())
    result = timed_read(path)
    assert "hidden-1" in " ".join(result.warnings)
    assert "plain-1" in {e.uid for e in result.events}


def many_series(path: Path, count: int) -> Path:
    return write(
        path,
        *(
            vevent(f"s{n:03d}", "20270104T090000Z", "RRULE:FREQ=WEEKLY", summary=f"Sync {n}")
            for n in range(count)
        ),
    )


def ticking(step: float):
    """A fake monotonic clock that advances ``step`` seconds each time it is read."""
    counter = itertools.count()
    return lambda: next(counter) * step


def test_the_calendar_time_budget_stops_the_read_with_one_warning(tmp_path: Path):
    path = many_series(tmp_path / "series.ics", 50)
    # Each read of the clock costs a "second": the 10-second budget lasts a few series.
    result = timed_read(path, ReadLimits(seconds=10, clock=ticking(1.0)))
    series = {e.uid for e in result.events}
    assert 0 < len(series) < 50
    [warning] = result.warnings
    assert "stopped reading after more than 10 seconds" in warning
    assert "the next pass tries again" in warning and "more events" in warning


def test_within_the_budget_nothing_is_cut(tmp_path: Path):
    path = many_series(tmp_path / "series.ics", 50)
    result = timed_read(path, ReadLimits(seconds=10, clock=lambda: 0.0))
    assert len({e.uid for e in result.events}) == 50 and result.warnings == []


def test_the_calendar_instance_budget_stops_the_read(tmp_path: Path):
    path = many_series(tmp_path / "series.ics", 20)
    result = timed_read(path, ReadLimits(instances=100, clock=lambda: 0.0))
    assert len(result.events) <= 100
    [warning] = result.warnings
    assert "more than 100 event instances" in warning


def test_a_read_cut_short_by_time_is_not_remembered(tmp_path: Path):
    """A slow moment must not hide events until the file changes: the next pass re-reads."""
    path = many_series(tmp_path / "series.ics", 30)
    with Store.open(tmp_path / "state.db") as store:
        cache = EventCache(store)
        slow = IcsSource(str(path), OWNER, cache, ReadLimits(seconds=10, clock=ticking(1.0)))
        assert len({e.uid for e in slow.read(*WINDOW).events}) < 30
        fast = IcsSource(str(path), OWNER, cache, ReadLimits(clock=lambda: 0.0))
        again = fast.read(*WINDOW)
        assert len({e.uid for e in again.events}) == 30 and not again.unchanged


def test_a_rule_that_never_lands_is_cut_by_its_share_of_the_time_budget(tmp_path: Path):
    """Every seventh day from a Saturday, but only on Mondays: dateutil walks to 9999 in vain.

    No static check can see every such rule, so the expansion runs in a worker that the
    read stops waiting for after a quarter of the calendar's time (real time here, as a
    bound). The events after it are still read.
    """
    never = vevent("never-1", "20000101T090000Z", "RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=MO")
    weekly = vevent("weekly-1", "20270104T090000Z", "RRULE:FREQ=WEEKLY;COUNT=3")
    path = write(tmp_path / "never.ics", never, weekly, plain())
    result = timed_read(path, ReadLimits(seconds=1.0))
    assert sorted({e.uid for e in result.events}) == ["plain-1", "weekly-1"]
    [warning] = result.warnings
    assert "never-1" in warning and "expanding it took more than 0.25 seconds" in warning


def test_a_caldav_calendar_shares_one_budget_across_its_items(tmp_path: Path):
    """Each CalDAV resource is its own small calendar; the budget is the collection's."""
    from assistant.sources.caldav import STATE_VERSION, CalDavSource

    def item(n: int) -> dict[str, str]:
        path = write(
            tmp_path / f"{n}.ics", vevent(f"s{n:02d}", "20270104T090000Z", "RRULE:FREQ=WEEKLY")
        )
        return {"ics": path.read_text()}

    items = {f"/cal/{n:02d}.ics": item(n) for n in range(30)}
    items["/cal/zone.ics"] = {
        "ics": (DATA / "ics" / "vtimezone_standard_rrule_secondly.ics").read_text()
    }
    limits = ReadLimits(seconds=10, clock=ticking(1.0))
    source = CalDavSource("https://dav.example/cal/", "me", lambda: "pw", OWNER, limits=limits)
    source._memory = {"version": STATE_VERSION, "token": None, "items": items}
    source._guarded = lambda work: False  # type: ignore[method-assign]  # no server: the state is the calendar
    began = time.perf_counter()
    result = source.read(*WINDOW)
    assert time.perf_counter() - began < BOUND_SECONDS
    assert 0 < len({e.uid for e in result.events}) < 31
    assert sum("stopped reading after more than 10 seconds" in w for w in result.warnings) == 1
    assert sum("ignored time zone Custom/Busy" in w for w in result.warnings) == 1


def test_the_worker_thread_of_a_read_ends_with_the_read(tmp_path: Path) -> None:
    """The thread that expanded the rules of a read does not outlive it."""
    import threading

    before = set(threading.enumerate())
    series = [
        vevent(f"weekly-{n}", f"202701{n + 1:02d}T090000Z", "RRULE:FREQ=WEEKLY;COUNT=10")
        for n in range(5)
    ]
    result = timed_read(write(tmp_path / "weekly.ics", plain(), *series))
    assert len(result.events) == 1 + 5 * 10
    # ended before the read returns, so that the next read may fork (parallel.can_fork)
    assert not [t for t in set(threading.enumerate()) - before if t.name == "series-expansion"]
