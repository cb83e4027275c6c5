"""icalendar's parser with the common content line split once per shape
(:mod:`assistant.sources.content_lines`) parses exactly as icalendar does.

Compared on every fixture and corpus file (whole calendars, then every content line),
on generated lines made of the characters that decide a split (quotes, backslashes,
colons, semicolons, whitespace), and on the cases the shortcut must leave to
icalendar.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
import warnings
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser import Contentline, Contentlines
from icalendar.parser.ical.component import ComponentIcalParser

from assistant.sources import content_lines
from assistant.sources.content_lines import Calendar, ContentLineParser
from assistant.sources.encoding import decode_bytes
from assistant.sources.zone_rules import refuse_busy_zones
from tests.conftest import CORPUS, DATA

FIXTURES = sorted(DATA.rglob("*.ics"))


def parse_both(data: bytes) -> tuple[Any, Any]:
    """icalendar's parse and the refined one: the calendars, or the error's text.

    Both parse what a read parses: the text after the busy-zone check. A zone that fires
    every second would otherwise enter icalendar's zone cache, shared by the whole
    process, and stall a later test's read of a zone of that name.
    """
    text = refuse_busy_zones(decode_bytes(data).text).text
    results = []
    for parser in (icalendar.Calendar, Calendar):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                results.append(parser.from_ical(text, multiple=True))
            except Exception as exc:
                results.append(f"{type(exc).__name__}: {exc}")
    return results[0], results[1]


def assert_same_calendars(plain: Any, refined: Any) -> None:
    if isinstance(plain, str):
        assert refined == plain
        return
    assert len(refined) == len(plain)
    for one, other in zip(plain, refined, strict=True):
        assert type(other) is type(one)  # icalendar's classes, never the refined one
        assert not isinstance(other, Calendar)
        assert other == one
        assert other.to_ical() == one.to_ical()
        for a, b in zip(one.walk(), other.walk(), strict=True):
            assert type(b) is type(a)
            for name in a:
                assert type(b[name]) is type(a[name]), name
                params_a = getattr(a[name], "params", None)
                assert getattr(b[name], "params", None) == params_a, name


def split_like_icalendar(line: str) -> Any:
    """(name, parameters as a dict, value) from icalendar, or its error's text."""
    try:
        name, params, value = Contentline(line).parts()
    except ValueError as exc:
        return str(exc)
    return name, type(params), dict(params), value


def split_refined(line: str) -> Any:
    parser = ContentLineParser("", icalendar.Calendar._get_component_factory(), None)
    try:
        name, params, value = parser._parts(Contentline(line))
    except ValueError as exc:
        return str(exc)
    return name, type(params), dict(params), value


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(DATA)))
def test_fixture_parses_as_icalendar_parses_it(path: Path) -> None:
    assert_same_calendars(*parse_both(path.read_bytes()))


def test_corpus_parses_as_icalendar_parses_it(corpus: Path) -> None:
    files = sorted(corpus.rglob("*.ics"))
    assert len(files) >= 50
    for path in files:
        assert_same_calendars(*parse_both(path.read_bytes()))


def every_line() -> list[str]:
    lines: set[str] = set()
    for path in [*FIXTURES, *sorted(CORPUS.rglob("*.ics"))]:
        try:
            lines.update(line for line in Contentlines.from_ical(path.read_bytes()) if line)
        except (ValueError, UnicodeDecodeError):
            continue
    return sorted(lines)


def test_every_content_line_splits_as_icalendar_splits_it() -> None:
    lines = every_line()
    assert len(lines) > 5_000
    for line in lines:
        assert split_refined(line) == split_like_icalendar(line), line


TRICKY = st.text(alphabet=list('AZaz09-_.;:=,"\\ \t\u00e9\u4e2d/@^n'), max_size=30)


@settings(max_examples=600, deadline=None)
@given(name=st.sampled_from(["DTSTART", "X-A", "attendee", "A_B", "", " SUMMARY"]), rest=TRICKY)
def test_generated_lines_split_as_icalendar_splits_them(name: str, rest: str) -> None:
    line = name + rest
    assert split_refined(line) == split_like_icalendar(line)


@pytest.mark.parametrize(
    "line",
    [
        'ATTENDEE;CN="Lee, Jordan: PhD";PARTSTAT=ACCEPTED:mailto:j@example.com',
        'DESCRIPTION;ALTREP="cid:part1.0001@example.org":The Fall\\;98 Wild',
        "SUMMARY:a\\, b\\; c\\nd: e",
        "X-ESCAPED\\:NAME:value",
        "ATTENDEE;CN=Priya Raman ; ROLE = CHAIR :mailto:p@example.com",
        "ATTENDEE;CN=A\\;B:mailto:x@example.com",
        "ATTENDEE;CN=A\\:B:mailto:x@example.com",
        'ATTENDEE;CN=A\\"B;ROLE=CHAIR:mailto:x@example.com',
        'ATTENDEE;CN="A\\":mailto:x@example.com',
        'ATTENDEE;CN="unclosed:mailto:x@example.com',
        "SUMMARY;:empty parameters",
        ";NO-NAME:value",
        "NO-COLON",
        "DTSTART;VALUE=DATE;VALUE=DATE-TIME:20270412",
        'ATTENDEE;DELEGATED-TO="mailto:a@x","mailto:b@x":mailto:c@x',
    ],
    ids=lambda line: line[:24],
)
def test_lines_left_to_icalendar_split_as_there(line: str) -> None:
    assert split_refined(line) == split_like_icalendar(line)


@pytest.mark.parametrize(
    "line",
    ["DTSTART;TZID=europe/berlin;X-Y=abc:20270101T090000", "X;A = b:v", "SUMMARY:plain"],
)
def test_strict_lines_split_as_icalendar_splits_them(line: str) -> None:
    """Only a caller's own list of lines can be strict; they go to icalendar whole."""
    parser = ContentLineParser("", icalendar.Calendar._get_component_factory(), None)
    strict = Contentline(line, strict=True)
    try:
        expected: Any = strict.parts()
    except ValueError as exc:
        with pytest.raises(ValueError, match=re.escape(str(exc))):
            parser._parts(strict)
        return
    name, params, value = parser._parts(strict)
    assert (name, dict(params), value) == (expected[0], dict(expected[1]), expected[2])


def test_the_refined_loop_is_icalendars_own_but_for_the_split() -> None:
    """``parse_content_lines`` repeats icalendar's loop with one call changed: when an
    icalendar release changes its loop, this fails, and the copy must follow it."""
    theirs = _body(ComponentIcalParser.parse_content_lines)
    ours = _body(ContentLineParser.parse_content_lines)
    assert ours == theirs.replace("line.parts()", "self._parts(line)")


def _body(function: Any) -> str:
    """The function's statements, without its docstring or comments, unparsed."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    return "\n".join(ast.unparse(statement) for statement in body)


def test_common_lines_never_reach_icalendar_splitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain names, repeated parameters, escapes in the value: all split by the pattern."""

    def refused(self: Contentline) -> None:
        raise AssertionError(f"left to icalendar: {self}")

    monkeypatch.setattr(Contentline, "parts", refused)
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        "UID:one@example.com\r\nDTSTAMP:20270101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20270412T090000\r\n"
        "SUMMARY:Second interview\\, with notes: bring the deck\r\n"
        'ATTENDEE;CN="Raman, Priya";PARTSTAT=ACCEPTED:mailto:priya@example.com\r\n'
        "ATTENDEE;CN=Me;PARTSTAT=NEEDS-ACTION:mailto:me@example.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    event = Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Second interview, with notes: bring the deck"
    assert event["ATTENDEE"][0].params["CN"] == "Raman, Priya"


def test_parameters_repeated_across_events_are_not_shared() -> None:
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
    for uid in ("a", "b"):
        text += (
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20270101T000000Z\r\n"
            "DTSTART:20270412T090000Z\r\n"
            'ATTENDEE;MEMBER="mailto:x@example.com","mailto:y@example.com";CN=Me:mailto:m@x\r\n'
            "END:VEVENT\r\n"
        )
    text += "END:VCALENDAR\r\n"
    first, second = Calendar.from_ical(text).walk("VEVENT")
    first["ATTENDEE"].params["CN"] = "changed"
    first["ATTENDEE"].params["MEMBER"].append("mailto:z@example.com")
    assert second["ATTENDEE"].params["CN"] == "Me"
    assert second["ATTENDEE"].params["MEMBER"] == ["mailto:x@example.com", "mailto:y@example.com"]


def test_value_type_follows_each_lines_value_parameter() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20270101T000000Z\r\n"
        "DTSTART;VALUE=DATE:20270412\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20270101T000000Z\r\n"
        "DTSTART:20270412T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    day, moment = (e["DTSTART"].dt for e in Calendar.from_ical(text).walk("VEVENT"))
    assert type(day).__name__ == "date"
    assert type(moment).__name__ == "datetime"


def test_parameter_table_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_lines, "_PARAMETER_TEXTS", 3)
    parser = ContentLineParser("", icalendar.Calendar._get_component_factory(), None)
    for number in range(10):
        line = Contentline(f"ATTENDEE;CN=Guest {number}:mailto:g{number}@example.com")
        assert parser._parts(line)[1]["CN"] == f"Guest {number}"
        assert len(parser._parameters) <= 3


def test_an_icalendar_without_the_parser_hook_parses_unrefined(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before icalendar 7.1 there is no parser class to refine: its own parse is used."""
    assert content_lines.calendar_class() is Calendar
    monkeypatch.setattr(content_lines, "CalendarIcalParser", object)
    assert content_lines.calendar_class() is icalendar.Calendar
    from assistant.sources.ics_events import parse_calendar

    calendar = parse_calendar(
        (DATA / "ics" / "event_outlook_windows_tzid_teams.ics").read_bytes(), "x"
    )
    assert calendar.walk("VEVENT")
