"""Fuzzing time-zone definitions and recurrence rules: every read ends within a bound.

Hypothesis writes VTIMEZONE parts and VEVENT rules from every FREQ, INTERVAL (zero and
negative included), COUNT up to the RFC's limit, UNTIL in any year, and BYxxx lists of
any length with values in and out of range, starting anywhere from the year 1 to
9999. Each calendar also holds a plain event. Whatever the rule, the read must return
(or raise CalendarError for a calendar that cannot be parsed) within the hypothesis
deadline, and when it returns, the plain event must be there.

A hang would never reach the deadline check, so a SIGALRM guard turns one into a
failure instead. Each case uses its own zone name: icalendar caches zones by TZID for
the whole process.
"""

from __future__ import annotations

import contextlib
import itertools
import signal
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import CalendarError
from assistant.sources.expansion import ReadLimits
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import BERLIN

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM guards the hang"),
    # dateutil warns about COUNT with UNTIL, which the fuzzer writes on purpose.
    pytest.mark.filterwarnings("ignore:Using both 'count' and 'until':DeprecationWarning"),
]

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 7, 1, tzinfo=UTC))
# The per-case bound: the calendar's budget (2 s here) plus parsing and margin for a
# shared machine. A read over it fails the case; one that never ends is stopped. The
# budget counts this process's CPU time, not the wall clock: on a loaded machine the
# wall clock runs on while the read waits for a core, and the plain event after a slow
# zone would be cut for time the read never used.
LIMITS = ReadLimits(seconds=2.0, clock=time.process_time)
DEADLINE = timedelta(seconds=6)
HANG_SECONDS = 30
EXAMPLES = 60
ZONES = itertools.count()

FREQS = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY", "BOGUS"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _numbers(low: int, high: int, most: int) -> st.SearchStrategy[str]:
    return st.lists(st.integers(low, high), min_size=1, max_size=most).map(
        lambda values: ",".join(str(v) for v in values)
    )


_BYDAY = st.lists(
    st.tuples(st.one_of(st.just(""), st.integers(-60, 60).map(str)), st.sampled_from(WEEKDAYS)),
    min_size=1,
    max_size=10,
).map(lambda days: ",".join(f"{n}{d}" for n, d in days))

_PARTS = {
    "INTERVAL": st.integers(-2, 1000).map(str),
    "COUNT": st.integers(-5, 2**31 - 1).map(str),
    "UNTIL": st.integers(1, 9999).map(lambda year: f"{year:04d}0101T000000Z"),
    "BYMONTH": _numbers(-1, 14, 14),
    "BYMONTHDAY": _numbers(-32, 32, 40),
    "BYYEARDAY": _numbers(-370, 370, 30),
    "BYWEEKNO": _numbers(-54, 54, 10),
    "BYDAY": _BYDAY,
    "BYHOUR": _numbers(0, 24, 30),
    "BYMINUTE": _numbers(0, 60, 70),
    "BYSECOND": _numbers(0, 61, 70),
    "BYSETPOS": _numbers(-400, 400, 5),
    "WKST": st.sampled_from(WEEKDAYS),
}


@st.composite
def rules(draw: st.DrawFn) -> str:
    """One RRULE value: a FREQ and any mix of the other parts, in any order and case."""
    names = draw(st.lists(st.sampled_from(sorted(_PARTS)), max_size=5, unique=True))
    parts = [f"FREQ={draw(st.sampled_from(FREQS))}"]
    parts += [f"{name}={draw(_PARTS[name])}" for name in names]
    value = ";".join(draw(st.permutations(parts)))
    return value.lower() if draw(st.booleans()) else value


@st.composite
def moments(draw: st.DrawFn) -> str:
    """A local date-time anywhere from the year 1 to 9999, mostly near now."""
    year = draw(st.one_of(st.integers(1, 9999), st.integers(1990, 2030)))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    hour = draw(st.integers(0, 23))
    return f"{year:04d}{month:02d}{day:02d}T{hour:02d}0000"


@st.composite
def zone_part(draw: st.DrawFn, kind: str) -> list[str]:
    lines = [f"BEGIN:{kind}", f"DTSTART:{draw(moments())}"]
    if draw(st.booleans()):
        lines.append(f"RRULE:{draw(rules())}")
    else:
        lines.append("RDATE:" + ",".join(draw(st.lists(moments(), min_size=1, max_size=5))))
    offsets = st.sampled_from(["+0000", "+0100", "+0200", "-0500", "+1400", "-1200"])
    lines += [f"TZOFFSETFROM:{draw(offsets)}", f"TZOFFSETTO:{draw(offsets)}", f"END:{kind}"]
    return lines


def calendar(*blocks: list[str]) -> bytes:
    body = [line for block in blocks for line in block]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN", *body, "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


PLAIN = [
    "BEGIN:VEVENT",
    "UID:plain-1",
    "DTSTART:20270414T100000Z",
    "DTEND:20270414T110000Z",
    "SUMMARY:Lunch",
    "END:VEVENT",
]


@contextlib.contextmanager
def no_hang(seconds: int) -> Iterator[None]:
    """Fail, instead of hanging the suite, when a read never ends."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"the read ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read_bounded(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    with no_hang(HANG_SECONDS):
        try:
            result = IcsSource(str(path), OWNER, limits=LIMITS).read(*WINDOW)
        except CalendarError:
            return
    assert "plain-1" in {e.uid for e in result.events}, result.warnings


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("runaway") / "fuzz.ics"


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=DEADLINE,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    standard=zone_part("STANDARD"),
    daylight=st.one_of(st.just([]), zone_part("DAYLIGHT")),
    known=st.booleans(),
)
def test_any_zone_definition_reads_within_the_bound(
    fuzz_file: Path, standard: list[str], daylight: list[str], known: bool
):
    tzid = "Europe/Paris" if known else f"Fuzz/Zone-{next(ZONES)}"
    zone = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *standard, *daylight, "END:VTIMEZONE"]
    event = [
        "BEGIN:VEVENT",
        "UID:zoned-1",
        f"DTSTART;TZID={tzid}:20270413T100000",
        f"DTEND;TZID={tzid}:20270413T110000",
        "SUMMARY:Team sync",
        "END:VEVENT",
    ]
    read_bounded(fuzz_file, calendar(zone, event, PLAIN))


@FUZZ
@given(rule=rules(), extra=st.one_of(st.just(""), rules()), start=moments())
def test_any_recurrence_rule_reads_within_the_bound(
    fuzz_file: Path, rule: str, extra: str, start: str
):
    lines = ["BEGIN:VEVENT", "UID:series-1", f"DTSTART:{start}Z", "DURATION:PT1H"]
    lines += [f"RRULE:{rule}", *([f"RRULE:{extra}"] if extra else [])]
    lines += ["SUMMARY:Second interview", "END:VEVENT"]
    read_bounded(fuzz_file, calendar(lines, PLAIN))
