"""Time-zone definitions that would fire too often are refused before any expansion.

Each calendar holds a zone whose STANDARD part recurs too often and a plain event in
it, plus an event in UTC. The read must end in well under a second of real work (the
bound is generous for a shared machine), the events must still be read (in UTC, or in
tzdata's zone of the same name), and one warning must name the zone and the event.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.sources.ics import IcsSource, Owner
from assistant.sources.recurrence import yearly_rate
from assistant.sources.zone_rules import refuse_busy_zones
from tests.conftest import BERLIN, DATA
from tests.faults.test_runaway_rules import PLAIN

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 7, 1, tzinfo=UTC))
BOUND_SECONDS = 3.0
FIXTURE = DATA / "ics" / "vtimezone_standard_rrule_secondly.ics"


def timed_read(path: Path):
    began = time.perf_counter()
    result = IcsSource(str(path), OWNER).read(*WINDOW)
    elapsed = time.perf_counter() - began
    assert elapsed < BOUND_SECONDS, f"took {elapsed:.1f} s"
    return result


def zone_calendar(
    path: Path, rule: str, tzid: str = "Custom/Busy", begin: str = "BEGIN:VTIMEZONE"
) -> Path:
    """The issue's calendar with another STANDARD rule, zone name or BEGIN line, and a
    plain event in UTC after it."""
    text = FIXTURE.read_text()
    text = text.replace("RRULE:FREQ=SECONDLY", rule).replace("Custom/Busy", tzid)
    text = text.replace("BEGIN:VTIMEZONE", begin)
    path.write_text(text.replace("END:VCALENDAR", "\r\n".join([*PLAIN, "END:VCALENDAR"])))
    return path


def test_vtimezone_standard_rrule_secondly(tmp_path: Path):
    """The issue's 26-line calendar: tick ran for ever (1.85 GB after 120 s)."""
    result = timed_read(FIXTURE)
    [event] = result.events
    assert event.summary == "Team sync"
    assert event.start == datetime(2027, 4, 13, 10, 0, tzinfo=UTC)  # read as UTC
    [warning] = result.warnings
    assert "Custom/Busy" in warning and "“Team sync” (team-sync-1)" in warning
    assert "every second" in warning and "UTC" in warning


ZONE_RULES = [
    "RRULE:FREQ=MINUTELY",
    "RRULE:FREQ=MINUTELY;INTERVAL=15",
    "RRULE:FREQ=HOURLY",
    "RRULE:FREQ=SECONDLY;COUNT=2147483647",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYMINUTE=0,10,20,30,40,50",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYSECOND=0,1,2,3,4,5,6,7,8,9",
    "RRULE:FREQ=DAILY",
    "RRULE:FREQ=DAILY;BYHOUR=1,2,3",
    "RRULE:FREQ=WEEKLY;BYDAY=SU",
    "RRULE:FREQ=YEARLY;INTERVAL=0;BYMONTH=10;BYDAY=-1SU",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=SU,MO,TU",
    "RRULE:FREQ=NONSENSE",
    "rrule:freq=secondly",
    'RRULE;X-PARAM="a:b":FREQ=SECONDLY',
    "RRULE:FREQ=YEARLY;FREQ=SECONDLY",  # dateutil keeps the last FREQ
    "RRULE:FREQ=SECON\r\n DLY",  # folded: icalendar unfolds before reading
]


@pytest.mark.parametrize("rule", ZONE_RULES)
def test_zone_rule_firing_too_often_is_refused_and_its_events_read_in_utc(
    tmp_path: Path, rule: str
):
    result = timed_read(zone_calendar(tmp_path / "zone.ics", rule))
    by_uid = {e.uid: e for e in result.events}
    assert set(by_uid) == {"team-sync-1", "plain-1"}
    assert by_uid["team-sync-1"].start == datetime(2027, 4, 13, 10, 0, tzinfo=UTC)
    [warning] = result.warnings
    assert "ignored time zone Custom/Busy" in warning and "team-sync-1" in warning


@pytest.mark.parametrize(
    "begin",
    [
        "begin:vtimezone",
        "BEGIN;X-SOURCE=hostile:VTIMEZONE",
        "BEGIN:VTIME\r\n ZONE",
        "BEGIN:VTIME\r\n\r\n\tZONE",
    ],
)
def test_zone_found_however_its_begin_line_is_written(tmp_path: Path, begin: str):
    result = timed_read(zone_calendar(tmp_path / "zone.ics", "RRULE:FREQ=SECONDLY", begin=begin))
    assert {e.uid for e in result.events} == {"team-sync-1", "plain-1"}
    assert len(result.warnings) == 1


def test_lines_split_as_older_icalendar_splits_them_are_checked_too():
    """icalendar 6 split lines with str.splitlines: U+2028 or a lone CR break a line."""
    from assistant.sources.zone_rules import refuse_busy_zones

    for sep in ("\u2028", "\r", "\x1c"):
        text = FIXTURE.read_text().replace(
            "\r\nBEGIN:VTIMEZONE\r\n", f"\r\nX-A:1{sep}BEGIN:VTIMEZONE{sep}"
        )
        checked = refuse_busy_zones(text)
        assert [r.tzid for r in checked.refused] == ["Custom/Busy"], repr(sep)
        assert "FREQ=SECONDLY" not in checked.text


def test_zone_known_to_tzdata_falls_back_to_the_standard_zone(tmp_path: Path):
    path = zone_calendar(tmp_path / "zone.ics", "RRULE:FREQ=SECONDLY", tzid="Europe/Paris")
    result = timed_read(path)
    sync = next(e for e in result.events if e.uid == "team-sync-1")
    assert sync.start.utcoffset() == timedelta(hours=2)  # Paris summer time on 13 April
    assert sync.start.astimezone(UTC).hour == 8
    [warning] = result.warnings
    assert "standard Europe/Paris zone" in warning


@pytest.mark.parametrize(
    "rule",
    [
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        # How older zones write "the last Sunday": seven month days, one weekday.
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20371025T010000Z",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYHOUR=3",
    ],
)
def test_real_zone_rules_are_kept(tmp_path: Path, rule: str):
    result = timed_read(zone_calendar(tmp_path / "zone.ics", rule))
    assert result.warnings == []
    sync = next(e for e in result.events if e.uid == "team-sync-1")
    assert sync.start.utcoffset() == timedelta(hours=2)  # the DAYLIGHT part applies


def test_a_zone_listing_too_many_changes_is_refused(tmp_path: Path):
    dates = ",".join(f"{2000 + n // 365:04d}{1 + n % 12:02d}01T030000" for n in range(1_500))
    result = timed_read(zone_calendar(tmp_path / "zone.ics", f"RDATE:{dates}"))
    assert len(result.warnings) == 1 and "1,500 changes" in result.warnings[0]


def test_the_zone_check_leaves_a_calendar_without_refusals_unchanged():
    text = (DATA / "ics" / "event_outlook_windows_tzid_teams.ics").read_text()
    checked = refuse_busy_zones(text)
    assert checked.refused == ()


@pytest.mark.parametrize(
    ("rule", "rate"),
    [
        ({"FREQ": ["YEARLY"], "BYMONTH": [3], "BYDAY": ["-1SU"]}, 1),
        (
            {
                "FREQ": ["YEARLY"],
                "BYMONTH": [4],
                "BYMONTHDAY": [1, 2, 3, 4, 5, 6, 7],
                "BYDAY": ["SU"],
            },
            1,
        ),
        ({"FREQ": ["WEEKLY"], "BYDAY": ["MO", "WE"]}, 106),
        ({"FREQ": ["DAILY"], "BYHOUR": [9, 10, 11]}, 366 * 3),
        ({"FREQ": ["HOURLY"], "BYMINUTE": [0, 15, 30, 45]}, 366 * 24 * 4),
        ({"FREQ": ["MONTHLY"], "INTERVAL": [2], "BYMONTHDAY": [1, 15]}, 12),
    ],
)
def test_yearly_rate_bounds_real_rules_closely(rule: dict, rate: int):
    assert yearly_rate(rule) == pytest.approx(rate)
