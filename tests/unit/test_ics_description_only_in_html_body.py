"""Outlook writes the invite's body as HTML in X-ALT-DESC, its DESCRIPTION empty or cut short."""

from __future__ import annotations

from datetime import UTC

import icalendar

from assistant.sources.ics_events import Owner, component_to_event

_OWNER = Owner(addresses=frozenset({"me@example.org"}), tz=UTC)


def _event(description: str, body: str):
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:alt-1\r\nDTSTART:20300304T090000Z\r\nDTEND:20300304T100000Z\r\n"
        "SUMMARY:Second conversation\r\n"
        f"DESCRIPTION:{description}\r\n"
        f"X-ALT-DESC;FMTTYPE=text/html:{body}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    component = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    return component_to_event(component, _OWNER, "test")


def test_empty_description_is_read_from_the_html_body():
    body = (
        "<p>Hello Ines\\,</p><p>Quarrybrook Ceramics Ltd invites you to a <b>second</b>"
        " interview.</p><table><tr><td>10:00</td><td>Plant tour</td></tr></table>"
    )
    event = _event("", body)
    assert "Quarrybrook Ceramics Ltd invites you to a second interview." in event.description
    assert "Hello Ines," in event.description
    assert "10:00 Plant tour" in " ".join(event.description.split())
    assert "<" not in event.description


def test_a_body_that_only_repeats_the_description_leaves_it_alone():
    event = _event("Hello Ines\\, see you Tuesday.", "<p>Hello Ines\\, see you <b>Tuesday</b>.</p>")
    assert event.description == "Hello Ines, see you Tuesday."


def test_a_shorter_description_gives_way_to_the_fuller_body():
    event = _event(
        "Hello Ines\\, see you Tuesday.",
        "<p>Hello Ines\\, see you Tuesday.</p><p>You will meet Oskar Venn\\, plant director"
        " of Quarrybrook Ceramics Ltd.</p>",
    )
    assert "Oskar Venn, plant director of Quarrybrook Ceramics Ltd." in event.description
    assert event.description.count("see you Tuesday") == 1
