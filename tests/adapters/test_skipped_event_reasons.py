"""A skipped event's warning names what is wrong with it: an unreadable or missing start
is not an invalid recurrence (RFC 5545 §3.8.2.4, §3.8.5.3)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.sources.ics import IcsSource, Owner
from tests.conftest import BERLIN

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
GOOD = "BEGIN:VEVENT\r\nUID:kept\r\nDTSTART:20270310T090000Z\r\nDTEND:20270310T100000Z\r\nSUMMARY:Kept\r\nEND:VEVENT\r\n"


def _read(tmp_path: Path, broken: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "calendar.ics"
    path.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + GOOD
            + f"BEGIN:VEVENT\r\nUID:broken\r\nSUMMARY:Panel with the board\r\n{broken}END:VEVENT\r\n"
            + "END:VCALENDAR\r\n"
        ).encode()
    )
    result = IcsSource(str(path), OWNER).read(*WINDOW)
    return [e.uid for e in result.events], result.warnings


@pytest.mark.parametrize(
    ("broken", "said"),
    [
        ("DTSTART:2027031X090000\r\n", "its start (DTSTART) cannot be read: '2027031X090000'"),
        ("DTSTART:20270312T090000Z\r\nRRULE:FREQ=SOMETIMES\r\n", "its recurrence is invalid"),
        ("DTEND:20270312T100000Z\r\n", "it has no start time"),
    ],
)
def test_the_warning_names_what_is_wrong_and_the_rest_is_read(tmp_path, broken, said):
    uids, warnings = _read(tmp_path, broken)
    assert uids == ["kept"]
    [warning] = [w for w in warnings if "Panel with the board" in w]
    assert warning.endswith(said)
