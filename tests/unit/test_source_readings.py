"""The source layer's small readers: zone names, encodings, relay domains, zone lines."""

from __future__ import annotations

import codecs
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.briefing.invite import zone_line
from assistant.i18n import using
from assistant.sources.encoding import charset_of, decode_bytes
from assistant.sources.relays import is_relay_address, is_relay_domain
from assistant.sources.zones import read_tzid, utc_label, windows_zone
from tests.conftest import make_event

MOMENT = datetime(2026, 12, 8, 12, 0)


@pytest.mark.parametrize(
    ("tzid", "offset_hours", "said"),
    [
        ("Etc/UTC-2", 2, "as the tz database reads Etc/GMT-2"),
        ("Etc/GMT+5", -5, None),  # a real tz database name: certain
        ("Etc/UTC+5", -5, "UTC-5"),
        ("GMT+0200", 2, "UTC+2, as written"),
        ("UTC+02:00", 2, "UTC+2, as written"),
        ("UTC-03:30", -3.5, "UTC-3:30, as written"),
        ("+0100", 1, "as written"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", 1, "Europe/Amsterdam"),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", 5.5, "Asia/Kolkata"),
        ("(UTC+03:00) Nowhere Town", 3, "UTC+3 all year"),
        ("(UTC) Coordinated Universal Time", 0, "UTC"),
        ("Romance Standard Time", 1, None),
        ("W. Europe Standard Time", 1, None),
    ],
)
def test_common_zone_forms_are_read(tzid: str, offset_hours: float, said: str | None):
    reading = read_tzid(tzid)
    assert reading.tz is not None
    assert MOMENT.replace(tzinfo=reading.tz).utcoffset() == timedelta(hours=offset_hours)
    if said is None:
        assert reading.assumed == ""
    else:
        assert said in reading.assumed


@pytest.mark.parametrize("tzid", ["Olympus Mons Time", "", "Europe/Atlantis", "GMT+99"])
def test_an_unreadable_zone_is_not_guessed(tzid: str):
    assert read_tzid(tzid).tz is None


def test_windows_names_come_from_the_cldr_table_icalendar_ships():
    assert windows_zone("Romance Standard Time") == "Europe/Paris"
    assert windows_zone("eastern standard time") == "America/New_York"
    assert windows_zone("Not A Zone") is None


@given(st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_utc_labels_read_back_to_their_offset(minutes: int):
    label = utc_label(timedelta(minutes=minutes))
    reading = read_tzid(label)
    assert reading.tz is not None
    assert MOMENT.replace(tzinfo=reading.tz).utcoffset() == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("zone", "line"),
    [
        ("Europe/Paris", "11:30–13:30 CET Paris time"),
        ("Etc/GMT-1", "11:30–13:30 UTC+1"),
        ("UTC", "10:30–12:30 UTC"),
        ("America/Argentina/Buenos_Aires", "07:30–09:30 -03 Buenos Aires time"),
    ],
)
def test_the_invites_own_zone_line(zone: str, line: str):
    start = datetime(2026, 12, 8, 10, 30, tzinfo=UTC)
    event = replace(make_event(), start=start, end=start + timedelta(hours=2), timezone=zone)
    with using("en_GB"):
        assert zone_line(event, ZoneInfo(zone)) == line


TEXT = "BEGIN:VCALENDAR\r\nSUMMARY:Zoë – Café\r\nEND:VCALENDAR\r\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-be"])
def test_unicode_with_a_byte_order_mark_is_read_without_a_word(codec: str):
    data = TEXT.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data) == decode_bytes(TEXT.encode("utf-8"))
    assert decode_bytes(data).text == TEXT and decode_bytes(data).warning is None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read_and_said(codec: str):
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.warning is not None and "UTF-16" in decoded.warning


def test_windows_1252_is_a_guess_and_said():
    decoded = decode_bytes(TEXT.encode("cp1252") + b"\x81")
    assert decoded.text == TEXT + "\x81"
    assert decoded.warning is not None and "Windows-1252" in decoded.warning


def test_a_declared_charset_wins_and_is_not_a_guess():
    assert decode_bytes("Zoë".encode("iso-8859-15"), "iso-8859-15").text == "Zoë"
    assert decode_bytes("Zoë".encode("iso-8859-15"), "iso-8859-15").warning is None
    assert charset_of('text/calendar; charset="ISO-8859-1"') == "iso-8859-1"
    assert charset_of("text/calendar") is None
    assert charset_of(None) is None


@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "latin-1", "nope", "utf-16"]))
def test_decoding_never_raises(data: bytes, charset: str | None):
    assert isinstance(decode_bytes(data, charset).text, str)


@pytest.mark.parametrize(
    ("domain", "relay"),
    [
        ("imip.me.com", True),
        ("p42-caldav.icloud.com", True),
        ("privaterelay.appleid.com", True),
        ("group.calendar.google.com", True),
        ("me.com", False),
        ("icloud.com", False),
        ("google.com", False),
        ("acme.example", False),
    ],
)
def test_relay_domains(domain: str, relay: bool):
    assert is_relay_domain(domain) is relay


def test_relay_addresses():
    assert is_relay_address("2_ABCDEF@imip.me.com")
    assert is_relay_address("calendar-notification@google.com")
    assert not is_relay_address("jordan.lee@google.com")
