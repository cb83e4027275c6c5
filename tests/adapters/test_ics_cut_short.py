"""Calendars cut short: every complete event is kept, one warning names the count and
the fix (:mod:`assistant.sources.cut_short`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.errors import CalendarError
from assistant.sources.cut_short import REFETCH, close_cut_short
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import BERLIN, DATA

ICS = DATA / "ics"
OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
APRIL = (datetime(2027, 4, 1, tzinfo=UTC), datetime(2027, 5, 15, tzinfo=UTC))
# In time order: the weekly book club's second evening comes after the interview.
BEFORE_THE_CUT = [
    "Dentist",
    "Book club",
    "Second interview with Lumen Studios",
    "Book club",
    "Book club",
]
WHOLE = [*BEFORE_THE_CUT[:4], "Team lunch", "Book club"]


def read_path(path: Path):
    return IcsSource(str(path), OWNER).read(*APRIL)


def summaries(result) -> list[str]:
    return [e.summary for e in sorted(result.events, key=lambda e: e.start)]


def test_calendar_cut_short_mid_event_keeps_every_complete_event():
    result = read_path(ICS / "calendar_cut_short_mid_event.ics")
    assert summaries(result) == BEFORE_THE_CUT
    [warning] = result.warnings
    assert warning.startswith(f"{ICS / 'calendar_cut_short_mid_event.ics'}: ")
    assert "ends in the middle of an event" in warning
    assert "read the 3 events written in full" in warning
    assert warning.endswith(REFETCH)


def test_calendar_cut_short_mid_alarm_leaves_out_the_whole_unfinished_event():
    result = read_path(ICS / "calendar_cut_short_mid_alarm.ics")
    assert summaries(result) == BEFORE_THE_CUT
    [warning] = result.warnings
    assert "in the middle of an event" in warning, "the event is unfinished, not only its alarm"


def test_calendar_cut_short_before_end_vcalendar_reads_all_and_still_warns():
    result = read_path(ICS / "calendar_cut_short_before_end.ics")
    assert summaries(result) == WHOLE
    [warning] = result.warnings
    assert "ends without END:VCALENDAR" in warning and "4 events" in warning
    assert REFETCH in warning


def test_calendar_cut_at_every_line_keeps_what_came_before(tmp_path: Path):
    """Cut the whole calendar after each of its lines (and inside each): the read never
    fails, never invents an event, and warns exactly once unless nothing is missing."""
    whole = (ICS / "calendar_whole_for_cuts.ics").read_bytes()
    whole_read = read_path(ICS / "calendar_whole_for_cuts.ics")
    assert (summaries(whole_read), whole_read.warnings) == (WHOLE, [])
    ends = [i + 2 for i in range(len(whole)) if whole[i : i + 2] == b"\r\n"]
    path = tmp_path / "cut.ics"
    # From the second line: a first line cut part-way is no calendar at all.
    for end in ends[1:-1]:
        for cut in (end, end - 5):  # after a line, and inside it
            path.write_bytes(whole[:cut])
            result = read_path(path)
            complete = whole[:cut].split(b"END:VEVENT")[:-1]
            uids = {
                m.decode() for part in complete for m in re.findall(rb"^UID:(.+?)\r$", part, re.M)
            }
            assert {e.uid for e in result.events} == uids, whole[:cut][-40:]
            [warning] = result.warnings
            assert REFETCH in warning


def test_a_single_invitation_cut_short_names_the_fix(tmp_path: Path):
    path = tmp_path / "invite.ics"
    path.write_bytes(b"BEGIN:VEVENT\r\nUID:lone@example.com\r\nSUMMARY:Second interv")
    with pytest.raises(CalendarError) as caught:
        read_path(path)
    assert "cut short" in caught.value.reason
    assert caught.value.fix == REFETCH


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VALARM\r\n",  # broken, not cut
        "BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n",  # a whole bare invitation
    ],
)
def test_text_that_is_not_cut_short_is_left_as_it_is(text: str):
    assert close_cut_short(text) == (text, None)
