"""Time-zone definitions (VTIMEZONE) that would fire too often are refused before parsing.

A VTIMEZONE's STANDARD and DAYLIGHT parts say when the zone's offset changes, by a
recurrence rule: once a year in every real zone. icalendar turns each definition into
a dateutil ``tzical`` zone, which walks that rule from its first instance whenever a
time in the zone is compared or converted, and caches the zone for the whole process
by its TZID. One ``RRULE:FREQ=SECONDLY`` in a zone makes any event in it take hours
and gigabytes, and poisons every later calendar that names the same TZID.

So the definitions are checked on the text, before icalendar sees them, and a refused
one is replaced:

- when tzdata knows its TZID (``Europe/Berlin``), by nothing: icalendar then uses the
  tzdata zone of that name;
- otherwise by a definition of the same TZID fixed at UTC, so the events that use it
  are still read, at UTC, with a warning saying so.

The rest of the calendar is untouched.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from assistant.durations import plural
from assistant.models import cap_text
from assistant.sources.recurrence import SUB_DAILY, interval, yearly_rate
from assistant.text import one_line

# A zone part changes the offset this many times a year at most (real zones: once).
MAX_CHANGES_PER_YEAR = 4
# RDATE-based zones list their changes one by one: a century of two changes a year.
MAX_ZONE_RDATES = 1_000

# icalendar unfolds a line break followed by a space or tab (RFC 5545 3.1), blank lines
# between included, before it splits lines on CRLF or LF.
_FOLD = re.compile(r"\n\n*[ \t]")
# A property line: its name, its parameters (quoted values may hold ":" and ";"), its value.
_LINE = re.compile(r'^([A-Za-z0-9-]+)((?:;(?:[^":\r\n]|"[^"\r\n]*")*)?):([^\r\n]*?)\r?$', re.M)
_BEGIN_ZONE = re.compile(r'^BEGIN(?:;(?:[^":\r\n]|"[^"\r\n]*")*)?:VTIMEZONE\r?$', re.M | re.I)


@dataclass(frozen=True)
class Refusal:
    """One refused definition: its TZID, why, and the events that use it ("“Title” (UID)")."""

    tzid: str
    why: str
    events: tuple[str, ...] = ()
    event_count: int = 0

    def warning(self, label: str) -> str:
        """The plain-words warning for ``scan``, ``tick`` and ``status``."""
        name = cap_text(one_line(self.tzid), 80) or "(no TZID)"
        what = "its events"
        if self.events:
            more = self.event_count - len(self.events)
            what = ", ".join(self.events) + (
                f" and {plural(more, 'more event')}" if more > 0 else ""
            )
        if known_to_tzdata(self.tzid):
            instead = f"read {what} in the standard {name} zone instead"
        else:
            instead = f"read {what} in UTC instead, which may be off by some hours"
        return f"{label}: ignored time zone {name}: {self.why}; {instead}"


@dataclass(frozen=True)
class ZoneCheck:
    """The calendar text to parse, and the refused definitions."""

    text: str
    refused: tuple[Refusal, ...] = ()

    def warnings(self, label: str) -> list[str]:
        return [refusal.warning(label) for refusal in self.refused]


def refuse_busy_zones(text: str) -> ZoneCheck:
    """Check every VTIMEZONE in ``text``; take out those that would fire too often.

    ``text`` is the decoded calendar; the result's text is what to parse (unfolded,
    with LF line ends, when a zone was refused: icalendar reads both forms alike). A zone is refused when a
    part's rule is finer than daily, has INTERVAL below 1, fires more than
    :data:`MAX_CHANGES_PER_YEAR` times a year (BYHOUR, BYMINUTE, BYSECOND lists
    included), cannot be read, or lists more than :data:`MAX_ZONE_RDATES` dates.

    A refused definition is removed. When tzdata knows its TZID, icalendar then reads
    that zone from tzdata; otherwise the events' ``TZID=`` parameters are rewritten to
    UTC. Nothing refused, and nothing made up, enters icalendar's zone cache, which
    lives as long as the process and is shared by every calendar it reads.
    """
    original = text
    text = unfold(text)
    view = _lines_view(text)
    if not _BEGIN_ZONE.search(view):
        return ZoneCheck(original)
    pieces: list[str] = []
    refused: list[tuple[str, str]] = []
    position = 0
    for begin in _BEGIN_ZONE.finditer(view):
        if begin.start() < position:
            continue  # a zone nested in one already checked
        stop = _block_end(view, begin.end())
        tzid, why = _zone_refusal(view[begin.start() : stop])
        if why is None:
            continue
        pieces.append(text[position : begin.start()])
        position = stop
        refused.append((tzid, why))
    if not refused:
        return ZoneCheck(original)
    pieces.append(text[position:])
    text = "".join(pieces)
    found = tuple(Refusal(tzid, why, *_events_in(text, tzid)) for tzid, why in refused)
    for tzid in {tzid for tzid, _ in refused if tzid and not known_to_tzdata(tzid)}:
        text = _tzid_param(tzid).sub(r"\g<1>UTC", text)
    return ZoneCheck(text, found)


def _tzid_param(tzid: str) -> re.Pattern[str]:
    """A ``TZID=`` parameter naming ``tzid``, quoted or not."""
    return re.compile(r'(;TZID=)("?)' + re.escape(tzid) + r"\2(?=[;:,])", re.I)


_EVENT = re.compile(r"^BEGIN:VEVENT\r?$(.*?)^END:VEVENT\r?$", re.M | re.S | re.I)
_SUMMARY = re.compile(r"^SUMMARY(?:;[^:\r\n]*)?:([^\r\n]*)", re.M | re.I)
_UID = re.compile(r"^UID(?:;[^:\r\n]*)?:([^\r\n]*)", re.M | re.I)


def _events_in(text: str, tzid: str) -> tuple[tuple[str, ...], int]:
    """“Title” (UID) of the first three events whose times name ``tzid``, and how many
    components name it in all (``text`` is unfolded)."""
    param = _tzid_param(tzid)
    found: dict[str, None] = {}
    count = 0
    for event in _EVENT.finditer(text):
        body = event.group(1)
        if not param.search(body):
            continue
        count += 1
        if len(found) == 3:
            continue
        summary, uid = _SUMMARY.search(body), _UID.search(body)
        title = one_line(summary.group(1).replace("\\,", ",") if summary else "", 60)
        name = cap_text(one_line(uid.group(1) if uid else "?"), 60)
        found[f"“{title or '(no title)'}” ({name})"] = None
    return tuple(found), max(count, len(found))


def unfold(text: str) -> str:
    """``text`` with its folded lines joined, as icalendar reads it, line ends as LF.

    (Line ends are made LF first: a pattern anchored on LF runs several times faster.)
    """
    if "\n " not in text and "\n\t" not in text:
        return text
    return _FOLD.sub("", text.replace("\r\n", "\n"))


# Older icalendar releases split lines with str.splitlines, which also breaks at these.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))
_LONE_CR = re.compile("\r(?!\n)")
_ODD_BREAK = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines_view(text: str) -> str:
    """``text`` with every character any icalendar release takes for a line break made
    LF, character for character, so offsets in the view are offsets in ``text``."""
    odd = _LONE_CR.search(text) or _ODD_BREAK.search(text)  # two searches: each runs fast
    return text.translate(_LINE_BREAKS) if odd else text


def _block_end(text: str, offset: int) -> int:
    """Where the component begun just before ``offset`` ends, as icalendar reads it.

    icalendar closes the innermost open component at any END line, whatever it names.
    """
    depth = 1
    for line in _LINE.finditer(text, offset):
        name = line.group(1).upper()
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth -= 1
            if depth == 0:
                return line.end() + (1 if text[line.end() : line.end() + 1] == "\n" else 0)
    return len(text)


def _zone_refusal(block: str) -> tuple[str, str | None]:
    """The zone's TZID, and why its definition is refused (None: it is fine)."""
    from icalendar.prop import vRecur

    tzid = ""
    rdates = 0
    for line in _LINE.finditer(block):
        name, value = line.group(1).upper(), line.group(3)
        if name == "TZID" and not tzid:
            tzid = value.strip()
        elif name == "RDATE":
            rdates += value.count(",") + 1
        elif name == "RRULE":
            try:
                why = _rule_refusal(vRecur.from_ical(value))
            except Exception:  # icalendar raises ValueError, TypeError, KeyError…
                why = f"its rule {cap_text(one_line(value), 60)!r} cannot be read"
            if why:
                return tzid or _tzid_after(block, line.end()), why
    if rdates > MAX_ZONE_RDATES:
        return tzid, f"it lists {rdates:,} changes (more than {MAX_ZONE_RDATES:,})"
    return tzid, None


def _tzid_after(block: str, offset: int) -> str:
    """The TZID when it comes after the refused rule."""
    for line in _LINE.finditer(block, offset):
        if line.group(1).upper() == "TZID":
            return line.group(3).strip()
    return ""


def _rule_refusal(rule: Any) -> str | None:
    frequencies = [str(f).upper() for f in rule.get("FREQ", [])]
    finer = [f for f in frequencies if f in SUB_DAILY]
    if finer:
        unit = {"HOURLY": "hour", "MINUTELY": "minute", "SECONDLY": "second"}[finer[-1]]
        return f"its offset would change every {unit} (RRULE:FREQ={finer[-1]})"
    if interval(rule) < 1:
        return "its rule's INTERVAL is below 1"
    rate = yearly_rate(rule)
    if rate > MAX_CHANGES_PER_YEAR:
        return f"its offset would change up to {int(rate):,} times a year"
    return None


@functools.cache
def _tzdata_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def known_to_tzdata(tzid: str) -> bool:
    """Whether the standard time-zone database has a zone named ``tzid``.

    The same test icalendar makes before it builds a zone from a VTIMEZONE.
    """
    return tzid.strip().strip("/") in _tzdata_names()
