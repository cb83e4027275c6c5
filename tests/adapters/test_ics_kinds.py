"""Real-world shapes of .ics that used to be read wrong without a word (issue 14).

Each fixture is the issue's minimal invitation (UID min-NN, "Second interview -
Data Analyst, Acme", the user alex.rivera@example.com in America/New_York) with the
lines of one shape; siblings cover the rest of each kind.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import responses

from assistant.models import AttendeeKind, EventStatus, PartStat
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import DATA

ICS = DATA / "ics"
NEW_YORK = ZoneInfo("America/New_York")
OWNER = Owner(frozenset({"alex.rivera@example.com"}), NEW_YORK)
DECEMBER = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
INTERVIEW = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


def read(name: str):
    return IcsSource(str(ICS / name), OWNER).read(*DECEMBER)


def only(name: str):
    result = read(name)
    (event,) = result.events
    return event, result.warnings


def people(event) -> dict[str, tuple[str, bool, bool]]:
    return {a.email: (a.name, a.is_self, a.is_organizer) for a in event.attendees}


# --- 1. parameters that icalendar returns as lists ---------------------------------------


def test_attendee_cn_unquoted_comma():
    event, warnings = only("attendee_cn_unquoted_comma.ics")
    assert people(event)["sam.okafor@acme.example"] == ("Okafor, Samuel", False, False)
    assert event.organizer is not None
    assert (event.organizer.email, event.organizer.name) == (
        "jordan.lee@acme.example",
        "Lee, Jordan",
    )
    assert people(event)["jordan.lee@acme.example"] == ("Lee, Jordan", False, True)
    assert warnings == []


def test_attendee_params_given_as_lists():
    event, _ = only("attendee_params_given_as_lists.ics")
    mai = next(a for a in event.attendees if a.email == "mai.nguyen@acme.example")
    assert mai.name == "Nguyen, Thi Mai, PhD"
    assert mai.partstat is PartStat.TENTATIVE
    assert mai.optional
    assert mai.kind is AttendeeKind.PERSON
    room = next(a for a in event.attendees if a.email == "board@acme.example")
    assert (room.name, room.kind) == ("Board Room, 4th floor", AttendeeKind.ROOM)


# --- 3. the EMAIL parameter and addresses that are not mailto ----------------------------


def test_attendee_email_param_relay_and_urn():
    event, warnings = only("attendee_email_param_relay_and_urn.ics")
    assert event.organizer is not None and event.organizer.email == "jordan.lee@acme.example"
    assert set(people(event)) == {
        "jordan.lee@acme.example",
        "priya.raman@acme.example",
        "alex.rivera@example.com",
    }
    assert people(event)["priya.raman@acme.example"] == ("Priya Raman", False, False)
    assert people(event)["jordan.lee@acme.example"][2], "the organizer, by either address"
    assert not any("imip.me.com" in a.email for a in event.attendees)
    assert warnings == []


def test_attendee_uri_schemes():
    event, warnings = only("attendee_uri_schemes.ics")
    assert event.organizer is not None and event.organizer.email == "jordan.lee@acme.example"
    assert set(people(event)) == {
        "priya.raman@acme.example",  # MAILTO: in capitals
        "omar.haddad@acme.example",  # %40
        "wen.li@acme.example",  # a bare address
        "alex.rivera@example.com",  # urn:uuid with EMAIL
    }
    assert people(event)["alex.rivera@example.com"][1], "the user, known by the EMAIL parameter"
    assert not any(":" in a.email or not a.email for a in event.attendees)
    (warning,) = warnings
    assert "3 guests without an email address were left out" in warning
    assert '"Conference placeholder"' in warning and '"Dial-in"' in warning


# --- 4. event identity -------------------------------------------------------------------


def test_uid_shared_by_two_events():
    result = read("uid_shared_by_two_events.ics")
    ids = {e.summary: e.event_id for e in result.events}
    assert ids == {
        "Team talk": "20261208@example.org#20261208T090000Z",
        "Second interview - Data Analyst, Acme": "20261208@example.org#20261208T150000Z",
    }
    assert all(e.recurrence_id is None for e in result.events)
    (warning,) = result.warnings
    assert '"20261208@example.org"' in warning and "each is read as its own event" in warning


def test_a_shared_uid_keeps_its_ids_when_one_event_leaves_the_window(tmp_path: Path):
    """The id must not change as the window moves past the other event: job keys hang on it."""
    text = (ICS / "uid_shared_by_two_events.ics").read_text(encoding="utf-8")
    path = tmp_path / "uid_shared_months_apart.ics"
    path.write_text(
        text.replace("DTSTART:20261208T090000Z", "DTSTART:20261001T090000Z").replace(
            "DTEND:20261208T100000Z", "DTEND:20261001T100000Z"
        ),
        encoding="utf-8",
    )
    for start in (datetime(2026, 9, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)):
        events = IcsSource(str(path), OWNER).read(start, start + timedelta(days=40)).events
        ids = [e.event_id for e in events if e.summary.startswith("Second interview")]
        assert ids == ([] if start.month == 9 else ["20261208@example.org#20261208T150000Z"])
    both = IcsSource(str(path), OWNER).read(
        datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert [e.event_id for e in both.events] == [
        "20261208@example.org#20261001T090000Z",
        "20261208@example.org#20261208T150000Z",
    ]


def test_uid_missing_and_empty():
    first, second = (read("uid_missing_and_empty.ics") for _ in range(2))
    assert len(first.events) == 3
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events]
    assert all(e.event_id.startswith("no-uid-") for e in first.events)
    assert len({e.event_id for e in first.events}) == 3
    (warning,) = first.warnings
    assert "3 events have no UID" in warning


def test_update_higher_sequence_moves_event():
    event, warnings = only("update_higher_sequence_moves_event.ics")
    assert event.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC)
    assert warnings == []


# --- 5, 6. zones -------------------------------------------------------------------------


def test_tzid_unknown_etc_utc_minus():
    event, warnings = only("tzid_unknown_etc_utc_minus.ics")
    assert event.start == INTERVIEW, "17:00 at UTC+2, not 17:00 in New York"
    assert event.timezone == "Etc/GMT-2"
    (warning,) = warnings
    assert '"Etc/UTC-2"' in warning and "UTC+2" in warning


def test_tzid_unknown_common_forms():
    result = read("tzid_unknown_common_forms.ics")
    starts = {e.uid: e.start.astimezone(UTC) for e in result.events}
    assert starts == {
        "min-05-gmt": INTERVIEW,
        "min-05-utc-colon": INTERVIEW,
        "min-05-etc-gmt": INTERVIEW,
        "min-05-windows-display": datetime(2026, 12, 8, 16, 0, tzinfo=UTC),
        # Not readable: floating, the user's own 17:00, said in a warning.
        "min-05-unknown": datetime(2026, 12, 8, 17, 0, tzinfo=NEW_YORK).astimezone(UTC),
    }
    said = "\n".join(result.warnings)
    assert '"GMT+0200"' in said and '"UTC+02:00"' in said
    assert "Europe/Amsterdam" in said
    assert '"Olympus Mons Time"' in said and "your own time zone" in said
    assert "Etc/GMT-2" not in said, "a real tz database name is not an assumption"
    assert len(result.warnings) == 4


def test_tzid_windows_romance_exchange_vtimezone():
    event, warnings = only("tzid_windows_romance_exchange_vtimezone.ics")
    assert event.start == datetime(2026, 12, 8, 10, 30, tzinfo=UTC)
    assert event.timezone == "Europe/Paris"
    assert warnings == []


# --- 7. encodings ------------------------------------------------------------------------


def test_encoding_utf16_bom():
    event, warnings = only("encoding_utf16_bom.ics")
    assert event.organizer is not None and event.organizer.name == "Zoë Müller"
    assert warnings == []


def test_encoding_cp1252_no_charset():
    event, warnings = only("encoding_cp1252_no_charset.ics")
    assert event.organizer is not None and event.organizer.name == "Zoë Müller"
    assert "Data Analyst – Café" in event.summary
    (warning,) = warnings
    assert "read as Windows-1252" in warning


@responses.activate
def test_encoding_charset_from_http_content_type():
    body = (ICS / "encoding_cp1252_no_charset.ics").read_bytes().replace(b"\x96", b"-")
    url = "https://cal.example/private-abc/basic.ics"
    responses.get(url, body=body, content_type="text/calendar; charset=ISO-8859-1")
    result = IcsSource(url, OWNER).read(*DECEMBER)
    (event,) = result.events
    assert event.organizer is not None and event.organizer.name == "Zoë Müller"
    assert result.warnings == [], "the declared charset is known, not guessed"


@responses.activate
def test_encoding_declared_charset_that_does_not_fit_is_a_warning():
    url = "https://cal.example/basic.ics"
    body = (ICS / "attendee_cn_unquoted_comma.ics").read_bytes()
    responses.get(url, body=body, content_type="text/calendar; charset=x-no-such-charset")
    result = IcsSource(url, OWNER).read(*DECEMBER)
    assert len(result.events) == 1
    (warning,) = result.warnings
    assert "x-no-such-charset" in warning and "read as UTF-8" in warning


# --- cancellations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "cancel_method_calendar.ics",
        "cancel_method_in_event.ics",
        "cancel_status_cancelled.ics",
        "cancel_request_then_higher_sequence.ics",
        "cancel_request_then_same_sequence.ics",
    ],
)
def test_cancellations_in_every_form(name: str):
    event, warnings = only(name)
    assert event.status is EventStatus.CANCELLED
    assert event.start == INTERVIEW
    assert warnings == []


def test_cancel_google_series_instance():
    events = read("cancel_google_series_instance.ics").events
    status = {e.start.astimezone(NEW_YORK).day: e.status for e in events}
    assert status == {
        1: EventStatus.CONFIRMED,
        8: EventStatus.CANCELLED,
        15: EventStatus.CONFIRMED,
    }


def test_cancel_instance_higher_sequence():
    """Two copies of one instance (UID and RECURRENCE-ID): the higher SEQUENCE, a
    cancellation, wins over the earlier move, wherever it sits in the file."""
    events = read("cancel_instance_higher_sequence.ics").events
    instance = next(e for e in events if e.event_id == "min-c8@20261208T150000Z")
    assert instance.status is EventStatus.CANCELLED
    assert instance.start == datetime(2026, 12, 8, 17, 0, tzinfo=UTC)
    assert len(events) == 3


def test_tzid_broken_vtimezone_offset():
    """iCloud's impossible offsets: the definitions are dropped, the zone name kept, and said."""
    event, warnings = only("tzid_broken_vtimezone_offset.ics")
    assert event.start == datetime(2026, 12, 8, 10, 30, tzinfo=UTC)
    assert event.timezone == "Europe/Paris"
    (warning,) = warnings
    assert "VTIMEZONE" in warning and "+5328" in warning


# --- X-WR-TIMEZONE beside zones of the invite's own -----------------------------------------


def test_xwr_timezone_with_vtimezone_without_tzname():
    """An Outlook VTIMEZONE has no TZNAME; X-WR-TIMEZONE must still leave its times alone
    (x-wr-timezone alone took them for floating and moved them six hours)."""
    result = read("xwr_timezone_with_vtimezone_without_tzname.ics")
    starts = {e.uid: e.start for e in result.events}
    assert starts["min-xwr-vtz"] == INTERVIEW + timedelta(minutes=30)
    # A floating time still takes the calendar's X-WR-TIMEZONE.
    assert starts["min-xwr-floating"] == datetime(2026, 12, 9, 10, tzinfo=NEW_YORK)


# --- text broken across raw lines ------------------------------------------------------------


def test_description_raw_line_breaks_are_read_as_part_of_the_text():
    """A producer that writes the description's line breaks as real ones: each raw line
    after a TEXT property is that text's next line (RFC 5545 §3.3.11), said once; the
    request to prepare and the person named in them are no longer lost."""
    from assistant.briefing.prepare import what_to_prepare

    event, warnings = only("description_raw_line_breaks.ics")
    assert event.description.splitlines() == [
        "Guten Tag,",
        "vielen Dank für Ihr Interesse an der Haberland Möbelwerke GmbH.",
        "Sie sprechen mit Frau Ilse Brandauer (Leitung Einkauf), Agenda:",
        "Bitte bereiten Sie eine kurze Präsentation Ihrer Lieferantenstrategie vor.",
        "DTSTART-LIKE TEXT STAYS TEXT",
    ]
    assert event.location == "Werk 2, Raum Ulme"
    (said,) = [w for w in warnings if "line" in w]
    assert said.endswith(
        "description_raw_line_breaks.ics: 5 lines of event text began without the space "
        "that continues a line (a line break not written as \\n, RFC 5545 §3.3.11); read "
        "as part of the text above"
    )
    assert [p.kind for p in what_to_prepare(event.description)] == ["presentation"]


def test_a_raw_line_after_a_property_that_is_not_text_is_left_to_the_parser():
    from assistant.sources.broken_lines import rejoin_broken_lines

    calendar = "BEGIN:VEVENT\r\nDTSTART:20261208T150000Z\r\nnot a content line\r\nEND:VEVENT\r\n"
    assert rejoin_broken_lines(calendar) == (calendar, 0)
    folded = "DESCRIPTION:one\r\n  two\r\nSUMMARY:x\r\n"
    assert rejoin_broken_lines(folded) == (folded, 0)


def test_an_exchange_invite_with_its_description_unfolded_keeps_the_whole_text(corpus: Path):
    """ics-parser's issue 343: an Exchange 2010 invite whose description runs over raw
    lines, some of them shaped like properties ("Passcode: …", "https://…")."""
    from assistant.sources.ics_events import parse_calendar

    notes: list[str] = []
    data = (corpus / "ics" / "ics-parser" / "issue-343.ics").read_bytes()
    calendar = parse_calendar(data, "issue-343.ics", notes=notes)
    (event, *_) = calendar.walk("VEVENT")
    text = str(event.get("DESCRIPTION"))
    assert "Passcode: XXXXXXX\nOne tap mobile" in text
    assert text.rstrip().endswith("Find your local number: https://zoom.us/u/XXXXXXX")
    assert any(n.startswith("issue-343.ics: 10 lines of event text began") for n in notes)
