"""TZIDs that icalendar cannot resolve, read as well as they can be, and said so.

icalendar resolves IANA names, Windows names (with the Unicode CLDR table it
ships, ``icalendar.timezone.windows_to_olson``) and any zone defined by a
VTIMEZONE in the calendar. Any other TZID without a VTIMEZONE leaves the time
*floating* (RFC 5545 §3.3.5): it would be read as the user's own local time,
hours off and without a word. :func:`settle_zones` reads the common forms instead:

- ``Etc/GMT-2``, ``Etc/UTC-2``: the tz database's POSIX-style names, whose sign is
  inverted (``Etc/GMT-2`` is two hours *ahead* of UTC, tzdata ``etcetera`` file);
- ``GMT+0200``, ``UTC+02:00``, ``+02``: an offset, read as written;
- Windows display names, ``(UTC+01:00) Amsterdam, Berlin, Bern``: a city of the
  list whose IANA zone has that offset, else the offset;

and returns one warning per zone it had to interpret or could not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_ETC = re.compile(r"^Etc/(?:GMT|UTC|UCT|Greenwich|Universal|Zulu)([+-])(\d{1,2})$", re.I)
_UTC = re.compile(
    r"^(?:Etc/)?(?:GMT|UTC|UCT|Z|Zulu|Universal|Greenwich)(?:[+-]0{1,2}(?::?00)?)?$", re.I
)
_OFFSET = re.compile(r"^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)
_DISPLAY = re.compile(r"^\(\s*(?:GMT|UTC)\s*(?:([+-])(\d{1,2}):?(\d{2})?)?\s*\)\s*(.*)$", re.I)
# A private property (RFC 5545 §3.8.8.2 x-prop) holding the start's TZID as written.
WRITTEN_TZID = "X-INTERVIEW-ASSISTANT-TZID"
# Properties whose values carry a TZID (RFC 5545 §3.8.2.4, §3.8.2.2, §3.8.4.4, §3.8.5).
_TIMED = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE")


@dataclass(frozen=True)
class ZoneReading:
    """What a TZID was read as: ``tz`` (None when not at all), and in plain words
    what was assumed ("" when the name is certain)."""

    tz: tzinfo | None
    assumed: str = ""


def utc_label(offset: timedelta | None) -> str:
    """``UTC``, ``UTC+1``, ``UTC-3:30``: an offset as people write it (minutes only when needed)."""
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def fixed_zone(offset: timedelta) -> tzinfo:
    """A zone for a fixed offset: the tz database's ``Etc/GMT∓N`` for whole hours (so
    the event keeps a zone name), else a bare offset."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return ZoneInfo("UTC")
    hours, rest = divmod(abs(minutes), 60)
    if not rest and hours <= 12:
        return ZoneInfo(f"Etc/GMT{'-' if minutes > 0 else '+'}{hours}")
    return timezone(offset, utc_label(offset))


def windows_zone(name: str) -> str | None:
    """The IANA name of a Windows zone name ("Romance Standard Time" → "Europe/Paris"),
    from the CLDR table icalendar ships, or None."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON.get(name.strip()) or _casefolded(WINDOWS_TO_OLSON).get(
        name.strip().casefold()
    )


def _casefolded(table: dict[str, str]) -> dict[str, str]:
    return {key.casefold(): value for key, value in table.items()}


def read_tzid(name: str) -> ZoneReading:
    """Read a TZID (see the module docstring); ``tz`` is None for a name no rule reads."""
    name = name.strip().strip('"').strip()
    try:
        return ZoneReading(ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    iana = windows_zone(name)
    if iana:
        return ZoneReading(ZoneInfo(iana))
    if _UTC.match(name):
        return ZoneReading(ZoneInfo("UTC"), "UTC")
    match = _ETC.match(name)
    if match:
        # POSIX signs: Etc/GMT-2 is UTC+2.
        offset = _offset("+" if match.group(1) == "-" else "-", match.group(2), None)
        if offset is None:
            return ZoneReading(None)
        return ZoneReading(
            fixed_zone(offset),
            f"{utc_label(offset)}, as the tz database reads Etc/GMT{match.group(1)}{match.group(2)}",
        )
    match = _OFFSET.match(name)
    if match:
        offset = _offset(*match.groups())
        if offset is None:
            return ZoneReading(None)
        return ZoneReading(fixed_zone(offset), f"{utc_label(offset)}, as written")
    match = _DISPLAY.match(name)
    if match:
        sign, hours, minutes, places = match.groups()
        offset = _offset(sign, hours, minutes) if sign else timedelta(0)
        if offset is None:
            return ZoneReading(None)
        city = _city_zone(places, offset)
        if city:
            return ZoneReading(ZoneInfo(city), f"{city}, a city the name lists")
        return ZoneReading(fixed_zone(offset), f"{utc_label(offset)} all year, as written")
    return ZoneReading(None)


def _offset(sign: str, hours: str, minutes: str | None) -> timedelta | None:
    """The signed offset, or None beyond what any zone uses (±14 h, RFC 5545 §3.3.14)."""
    if int(hours) > 14 or int(minutes or 0) > 59:
        return None
    value = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -value if sign == "-" else value


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, list[str]]:
    cities: dict[str, list[str]] = {}
    for key in sorted(available_timezones()):
        if "/" in key and not key.startswith(("Etc/", "SystemV/")):
            cities.setdefault(key.rsplit("/", 1)[1].casefold(), []).append(key)
    return cities


def _city_zone(places: str, offset: timedelta) -> str | None:
    """The IANA zone of the first listed city whose winter or summer offset is ``offset``."""
    for place in re.split(r"[,/;]| - ", places):
        for key in _zones_by_city().get(place.strip().replace(" ", "_").casefold(), []):
            zone = ZoneInfo(key)
            # The display name gives the standard offset: January's or July's.
            seasons = (datetime(2026, 1, 15, tzinfo=zone), datetime(2026, 7, 15, tzinfo=zone))
            if any(moment.utcoffset() == offset for moment in seasons):
                return key
    return None


def time_of(prop: Any) -> Any:
    """``prop.dt``, or None when the property is missing or broken (icalendar keeps a
    value it could not parse as a ``vBroken`` whose ``.dt`` raises)."""
    try:
        return getattr(prop, "dt", None)
    except Exception:
        return None


def tzid_of(prop: Any) -> str:
    """The TZID parameter of a property ("" when none); a list is joined back."""
    params = getattr(prop, "params", None) or {}
    value = params.get("TZID", "")
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def zone_name(value: date | datetime, prop: Any) -> str:
    """The IANA name of the zone a time was written in, for the briefing's zone line.

    From the tzinfo's own key when it has one, else from the TZID (a Windows name
    with a VTIMEZONE gives a zone without a key). "" for floating and fixed offsets.
    """
    key = str(getattr(getattr(value, "tzinfo", None), "key", "") or "")
    if key:
        return key
    tzid = tzid_of(prop)
    if not tzid or not isinstance(value, datetime) or value.tzinfo is None:
        return ""
    reading = read_tzid(tzid)
    return str(getattr(reading.tz, "key", "") or "")


def written_zone(zone: str, component: Any) -> str:
    """The start's TZID as ``component`` (a VEVENT) wrote it when it is not the IANA name
    ``zone`` it was read as ("W. Europe Standard Time", "UTC+01:00"), else "".

    A Windows name, an offset or a display name stands for every country sharing it
    (CLDR windowsZones), so only an IANA name written by the invite names one country.
    Read from what :func:`settle_zones` kept (``WRITTEN_TZID``), else from DTSTART.
    """
    kept = component.get(WRITTEN_TZID)
    tzid = str(kept) if kept is not None else tzid_of(component.get("DTSTART"))
    tzid = tzid.strip().strip('"').strip()
    if not tzid or tzid == zone:
        return ""
    # Only the name ``zone`` was read from: an instance in another zone (an RDATE in
    # UTC) was not written in this name.
    read = read_tzid(tzid).tz
    return tzid if str(getattr(read, "key", "") or "") == zone else ""


def settle_zones(calendar: Any, fallback: str) -> list[str]:
    """Give every time with an unresolved TZID the zone :func:`read_tzid` finds.

    Changes ``calendar``'s VEVENTs in place and returns one plain warning per zone
    name it had to interpret or could not read (``fallback`` says how the latter
    are read, e.g. "your own time zone").
    """
    settler = _Settler(calendar, fallback)
    for component in calendar.walk("VEVENT"):
        for name in _TIMED:
            for prop in _all(component.get(name)):
                settler.settle(component, name, prop)
        # The TZID as written, kept on the VEVENT: the copies of its occurrences get
        # new times without it (``written_zone`` reads it back).
        written = tzid_of(component.get("DTSTART"))
        if written and WRITTEN_TZID not in component:
            component.add(WRITTEN_TZID, written)
    return [
        f'the time zone "{tzid}" is not a known zone name; its times were read as {what}'
        for tzid, what in settler.assumed.items()
    ]


_VALUE = re.compile(r"^(.*):(\d{8}T\d{6})(Z?)$")


class _Settler:
    """Reads the TZIDs of one calendar, each once, and keeps what it assumed per name."""

    def __init__(self, calendar: Any, fallback: str) -> None:
        # icalendar strips a TZID parameter's trailing space, while GroupWise defines
        # "Mitteleuropäische Zeit " with one: match definitions by a normalised name.
        self.defined = {_normal(str(z.get("TZID", ""))): z for z in calendar.walk("VTIMEZONE")}
        self.fallback = fallback
        self.assumed: dict[str, str] = {}
        self.cache: dict[str, ZoneReading] = {}

    def zone(self, tzid: str) -> tzinfo | None:
        """The zone for ``tzid`` (None: left floating), noting any assumption."""
        if tzid not in self.cache:
            self.cache[tzid] = self._own(tzid) or read_tzid(tzid)
        reading = self.cache[tzid]
        if reading.tz is None:
            self.assumed[tzid] = f"floating local time ({self.fallback})"
        elif reading.assumed:
            self.assumed[tzid] = reading.assumed
        return reading.tz

    def _own(self, tzid: str) -> ZoneReading | None:
        """The calendar's own VTIMEZONE under a name differing in spacing or case."""
        own = self.defined.get(_normal(tzid))
        if own is None:
            return None
        try:
            return ZoneReading(
                own.to_tz(),
                f'the calendar\'s own definition of "{own.get("TZID")}" '
                "(its name differs in spacing or case)",
            )
        except Exception:  # a broken definition: read the name as any other
            return None

    def settle(self, component: Any, name: str, prop: Any) -> None:
        tzid = tzid_of(prop)
        if not tzid:
            return
        if isinstance(prop, str) and time_of(prop) is None:  # icalendar's vBroken
            self.recover(component, name, prop)
            return
        for value in getattr(prop, "dts", None) or [prop]:
            when = time_of(value)
            if isinstance(when, datetime) and when.tzinfo is None:
                zone = self.zone(tzid)
                if zone is not None:
                    value.dt = when.replace(tzinfo=zone)

    def recover(self, component: Any, name: str, prop: Any) -> None:
        """A TZID holding a colon (``UTC+02:00``, ``(UTC+01:00) Amsterdam``) unquoted cut
        the line in the wrong place: put the name back together and read the time."""
        match = _VALUE.match(str(prop))
        if match is None or name in ("EXDATE", "RDATE"):
            return
        try:
            moment = datetime.strptime(match.group(2), "%Y%m%dT%H%M%S")
        except ValueError:
            return
        written = None
        if match.group(3):  # a UTC time: the zone name does not matter
            moment = moment.replace(tzinfo=UTC)
        else:
            whole = f"{tzid_of(prop)}:{match.group(1)}"
            zone = self.zone(whole)
            if zone is not None:
                # Even a name read for certain was cut apart: say how it was read.
                self.assumed.setdefault(whole, str(getattr(zone, "key", "") or whole))
                moment = moment.replace(tzinfo=zone)
                written = {"TZID": whole}  # for ``written_zone``: the name as written
        del component[name]
        component.add(name, moment, parameters=written)


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def _all(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


__all__ = [
    "ZoneReading",
    "fixed_zone",
    "read_tzid",
    "settle_zones",
    "tzid_of",
    "utc_label",
    "windows_zone",
    "zone_name",
]


def apply_calendar_zone(calendar: Any) -> Any:
    """``calendar`` with its X-WR-TIMEZONE applied to floating and UTC times, as the
    x-wr-timezone library does, but never to times that carry a zone of their own.

    x-wr-timezone 2.0.1 takes a time for floating when ``tzname()`` is None, which is
    also true of a zone defined by a VTIMEZONE without TZNAME (Outlook writes them so):
    an Outlook invite in "W. Europe Standard Time" inside a Google calendar with
    ``X-WR-TIMEZONE:America/New_York`` was moved six hours. A time is floating only
    when it has no UTC offset (RFC 5545 §3.3.5). A bad X-WR-TIMEZONE keeps the times
    as written. The property is removed once applied, since recurring-ical-events'
    ``of()`` calls x-wr-timezone again.
    """
    import x_wr_timezone

    class Walker(x_wr_timezone.UTCChangingWalker):
        def is_Floating(self, dt: datetime) -> bool:
            return dt.tzinfo is None or dt.utcoffset() is None

    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not name:
        return calendar
    try:
        result = Walker(ZoneInfo(name)).walk(calendar)
    except Exception:
        return calendar
    # Applied once here: recurring-ical-events would apply it again, the flawed way.
    result.pop("X-WR-TIMEZONE", None)
    return result
