"""Where an interview abroad is: a zone names one country only when the invite wrote
its IANA name. A Windows zone name, an offset or a display name stands for every
country on that clock (CLDR windowsZones/metaZones), so it names one only together
with the invite's language, and otherwise says "another country"."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.briefing.invite import zone_line
from assistant.codec import detection_from_dict, detection_to_dict
from assistant.config import SalarySettings
from assistant.models import Detection, Event, Verdict
from assistant.salary.abroad import where_abroad
from assistant.salary.advice import advise, salary_view
from assistant.sources.event_cache import event_from_row, event_row
from assistant.sources.graph import event_from_graph
from assistant.sources.ics import IcsSource
from assistant.sources.ics_events import Owner
from tests.conftest import make_event

USER = "me@example.com"
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = (datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))


def invite_in_zone(tmp_path: Path, tzid: str) -> Event:
    """An .ics invite whose DTSTART carries ``tzid`` as written, read by IcsSource."""
    quoted = f'"{tzid}"' if any(c in tzid for c in ",:;") else tzid
    path = tmp_path / "invite.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:zone-1@example.com\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART;TZID={quoted}:20261210T100000\r\n"
        f"DTEND;TZID={quoted}:20261210T110000\r\n"
        "SUMMARY:Secondo colloquio\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    (event,) = IcsSource(str(path), Owner(frozenset({USER}), NEW_YORK)).read(*WINDOW).events
    return event


def detection(event: Event, language: str = "en") -> Detection:
    return Detection(
        event, Verdict(True, 0.9, ("x",), company="Acme", role="Social Worker", language=language)
    )


WINDOWS_NAMES = [
    "W. Europe Standard Time",
    "Romance Standard Time",
    "Central Europe Standard Time",
    "E. Europe Standard Time",
    "GMT Standard Time",
    "Pacific SA Standard Time",
    "SE Asia Standard Time",
    "UTC+01:00",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
]


@pytest.mark.parametrize("tzid", WINDOWS_NAMES)
def test_a_windows_or_offset_zone_alone_names_no_country(tmp_path: Path, tzid: str) -> None:
    event = invite_in_zone(tmp_path, tzid)
    assert event.timezone_written == tzid
    abroad = where_abroad(detection(event))
    assert abroad is not None and abroad.country is None
    assert abroad.evidence == f"its timezone ({tzid})"
    view = salary_view(advise(detection(event), SalarySettings()), None)
    assert "looks to be in another country" in view.summary and tzid in view.summary


@pytest.mark.parametrize(
    ("tzid", "language", "country"),
    [
        ("W. Europe Standard Time", "it", "Italy"),
        ("W. Europe Standard Time", "sv", "Sweden"),
        ("Romance Standard Time", "es", "Spain"),
        ("Central European Standard Time", "pl", "Poland"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "it", "Italy"),
    ],
)
def test_a_windows_zone_with_the_invites_language_names_the_one_country(
    tmp_path: Path, tzid: str, language: str, country: str
) -> None:
    view = salary_view(
        advise(detection(invite_in_zone(tmp_path, tzid), language), SalarySettings()), None
    )
    assert (
        f"looks to be in {country}, going by its timezone ({tzid}) and the invite's language"
        in view.summary
    )


@pytest.mark.parametrize(
    ("language", "why"),
    [
        ("de", "Germany, Austria, Switzerland"),
        ("nl", "the Netherlands, Belgium"),
        ("fr", "France, Luxembourg"),
    ],
)
def test_a_language_spoken_in_several_countries_on_that_clock_names_none(
    tmp_path: Path, language: str, why: str
) -> None:
    abroad = where_abroad(detection(invite_in_zone(tmp_path, "W. Europe Standard Time"), language))
    assert abroad is not None and abroad.country is None, why


@pytest.mark.parametrize(
    ("tzid", "country"), [("Europe/Rome", "Italy"), ("Europe/Berlin", "Germany")]
)
def test_an_iana_zone_the_invite_wrote_names_its_country(
    tmp_path: Path, tzid: str, country: str
) -> None:
    event = invite_in_zone(tmp_path, tzid)
    assert event.timezone == tzid and event.timezone_written == ""
    abroad = where_abroad(detection(event))
    assert abroad is not None and abroad.country is not None and abroad.country.name == country


def test_a_graph_event_keeps_its_windows_zone_name() -> None:
    item = {
        "id": "AAA", "iCalUId": "graph-1", "subject": "Colloquio",
        "start": {"dateTime": "2026-12-10T09:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2026-12-10T10:00:00.0000000", "timeZone": "UTC"},
        "originalStartTimeZone": "W. Europe Standard Time",
    }  # fmt: skip
    event = event_from_graph(item, Owner(frozenset({USER}), NEW_YORK), "Outlook")
    assert event is not None
    assert (event.timezone, event.timezone_written) == ("Europe/Berlin", "W. Europe Standard Time")
    abroad = where_abroad(detection(event, "it"))
    assert abroad is not None and abroad.country is not None and abroad.country.name == "Italy"


def test_the_written_zone_survives_the_event_cache_and_the_store() -> None:
    event = replace(
        make_event(), timezone="Europe/Berlin", timezone_written="W. Europe Standard Time"
    )
    assert event_from_row(event_row(event)).timezone_written == "W. Europe Standard Time"
    found = detection(event)
    assert detection_from_dict(detection_to_dict(found)).event.timezone_written == (
        "W. Europe Standard Time"
    )
    old = detection_to_dict(found)
    del old["event"]["timezone_written"]  # saved before the field existed
    assert detection_from_dict(old).event.timezone_written == ""


def test_the_briefing_names_no_city_for_a_windows_zone(tmp_path: Path) -> None:
    windows = invite_in_zone(tmp_path, "W. Europe Standard Time")
    line = zone_line(windows, ZoneInfo(windows.timezone))
    assert "Berlin" not in line and line.endswith("CET"), line
    rome = invite_in_zone(tmp_path, "Europe/Rome")
    assert zone_line(rome, ZoneInfo("Europe/Rome")).endswith("Rome time")


@pytest.mark.parametrize(
    ("tzid", "home", "country"),
    [
        ("Eastern Standard Time", "America/Toronto", "Canada"),
        ("Pacific Standard Time", "America/Vancouver", "Canada"),
        ("Mountain Standard Time", "America/Edmonton", "Canada"),
        ("W. Europe Standard Time", "Europe/Berlin", "Germany"),
        ("Romance Standard Time", "Europe/Madrid", "Spain"),
    ],
)
def test_a_zone_name_countries_share_is_read_as_the_users_own_country(
    tmp_path: Path, tzid: str, home: str, country: str
) -> None:
    """Outlook writes "Eastern Standard Time" for New York and Toronto alike: for a user
    who lives in one of the countries on that clock, the interview is likeliest there."""
    event = invite_in_zone(tmp_path, tzid)
    abroad = where_abroad(detection(event), home)
    assert abroad is not None and abroad.country is not None and abroad.country.name == country
    view = salary_view(advise(detection(event), SalarySettings(), home), None)
    assert f"looks to be in {country}, going by its timezone ({tzid}) and where you live" in (
        view.summary
    )


@pytest.mark.parametrize("home", ["", "America/New_York", "Europe/London", "Asia/Tokyo"])
def test_a_north_american_zone_name_stays_in_the_us_unless_the_user_lives_in_canada(
    tmp_path: Path, home: str
) -> None:
    event = invite_in_zone(tmp_path, "Eastern Standard Time")
    assert event.timezone == "America/New_York"
    assert where_abroad(detection(event), home) is None
    view = salary_view(advise(detection(event), SalarySettings(), home), None)
    assert "U.S. national annual wages" in view.summary


def test_the_invites_language_outweighs_the_users_home(tmp_path: Path) -> None:
    event = invite_in_zone(tmp_path, "W. Europe Standard Time")
    abroad = where_abroad(detection(event, "it"), "Europe/Berlin")
    assert abroad is not None and abroad.country is not None and abroad.country.name == "Italy"


def test_a_home_on_another_clock_leaves_a_shared_zone_name_unnamed(tmp_path: Path) -> None:
    event = invite_in_zone(tmp_path, "W. Europe Standard Time")
    abroad = where_abroad(detection(event), "Europe/London")
    assert abroad is not None and abroad.country is None
