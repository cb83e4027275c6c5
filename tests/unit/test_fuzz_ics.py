"""Fuzzing the .ics path: whatever the bytes, ``IcsSource.read`` returns or raises CalendarError.

Seeds are the real-world corpus when it is present (``../shared/corpus/ics``),
else this repository's own shaped fixtures. Hypothesis mutates them by bytes and
by content lines (drop, duplicate, swap, truncate, splice in hostile lines), and
every read goes through the whole path: decoding, the window pre-filter, parsing,
expansion and conversion. The number of examples is bounded so the run takes
seconds; the database of failing examples is off so runs are repeatable.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import CalendarError
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import BERLIN, CORPUS, DATA

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
EXAMPLES = 100


def seeds() -> list[bytes]:
    folder = CORPUS / "ics" if (CORPUS / "ics").is_dir() else DATA / "ics"
    found = sorted(folder.rglob("*.ics"))
    # Small files mutate into more varied shapes per example; cap the size of each seed.
    return [path.read_bytes()[:20_000] for path in found]


SEEDS = seeds()

# Lines that have broken parsers before: odd values, bad dates, runaway rules, markup.
NASTY_LINES = [
    b"DTSTART:99999999T999999Z",
    b"DTSTART;TZID=Nowhere/Else:20270412T090000",
    b"DTSTART;VALUE=DATE:2027",
    b"DTEND:00000000",
    b"RRULE:FREQ=SECONDLY;INTERVAL=0",
    b"RRULE:FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2;COUNT=5",
    b"RRULE:FREQ=DAILY;UNTIL=2",
    b"RECURRENCE-ID:garbage",
    b"EXDATE:",
    b"DURATION:P-1D",
    b"DURATION:PT99999999999H",
    b'ATTENDEE;CN="unterminated:mailto:x@example.com',
    b"ORGANIZER:mailto:",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"BEGIN:VTIMEZONE",
    b"TZOFFSETTO:+9999",
    b"SUMMARY:<script>alert(1)</script>\xe2\x80\xae",
    b" folded continuation with no line before",
    b"\xff\xfe\x00B\x00E",
    b"X-WR-TIMEZONE:Not/AZone",
]


@st.composite
def mutated_calendar(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["drop", "dup", "swap", "nasty", "bytes", "cut"]))
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if kind == "drop":
            del lines[at]
        elif kind == "dup":
            lines.insert(at, lines[at])
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "nasty":
            lines.insert(at, draw(st.sampled_from(NASTY_LINES)) + b"\r")
        elif kind == "bytes":
            line = bytearray(lines[at])
            for _ in range(draw(st.integers(1, 3))):
                if line:
                    line[draw(st.integers(0, len(line) - 1))] = draw(st.integers(0, 255))
            lines[at] = bytes(line)
        else:
            lines = lines[:at]
    return b"\n".join(lines)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzzed.ics"


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutated_calendar())
def test_mutated_calendars_read_or_fail_cleanly(fuzz_file: Path, data: bytes):
    fuzz_file.write_bytes(data)
    try:
        result = IcsSource(str(fuzz_file), OWNER).read(*WINDOW)
    except CalendarError as error:
        assert "\n" not in str(error).split(":", 1)[0]
        return
    for event in result.events:
        assert event.start.tzinfo is not None and event.end >= event.start
        assert len(event.summary) <= 500


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(data=st.binary(max_size=2000))
def test_random_bytes_read_or_fail_cleanly(fuzz_file: Path, data: bytes):
    fuzz_file.write_bytes(b"BEGIN:VCALENDAR\r\n" + data)
    with contextlib.suppress(CalendarError):
        IcsSource(str(fuzz_file), OWNER).read(*WINDOW)


@pytest.mark.parametrize(
    "rule",
    ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=1", "FREQ=DAILY;BYMINUTE=0,1,2,3,4,5;BYSECOND=0,30"],
)
def test_a_rule_repeating_every_second_is_skipped_not_expanded_for_hours(
    fuzz_file: Path, rule: str
):
    """Found by the fuzzer: dateutil walks such a rule from its start, for ever."""
    fuzz_file.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:fast\r\nDTSTART:20000101T000000Z\r\nRRULE:"
        + rule.encode()
        + b"\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:fine\r\nDTSTART:20270412T090000Z\r\nSUMMARY:ok\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    result = IcsSource(str(fuzz_file), OWNER).read(*WINDOW)
    assert [e.uid for e in result.events] == ["fine"]
    assert any("more often than hourly" in w for w in result.warnings)
