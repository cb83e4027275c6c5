"""Calendars cut short: a download or copy that stopped part-way through the file.

An .ics file that ends inside an event (or without its closing ``END:VCALENDAR``)
still holds every event before the cut, complete. icalendar refuses such a file
whole, so it is closed here first: the unfinished component is left out, the
missing ``END:VCALENDAR`` added, and what was done comes back as one warning that
names how many events were read and the fix (get the file again). Components nest
as RFC 5545 §3.4 and §3.6 say: BEGIN and END lines in pairs, VEVENT, VTODO, VJOURNAL,
VFREEBUSY and VTIMEZONE inside VCALENDAR, VALARM and the zone's rules inside those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.durations import plural

# The fix a calendar cut short needs: its whole file again.
REFETCH = "re-export or re-download it"

# BEGIN and END lines; a folded line starts with a space, so it never matches.
_MARKER = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*\r?$", re.M | re.I)
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.M | re.I)
_ENDS_WHOLE = re.compile(r"END:VCALENDAR\s*\Z", re.I)
_WHAT = {"VEVENT": "an event", "VTIMEZONE": "a time-zone definition (VTIMEZONE)"}


@dataclass(frozen=True)
class CutShort:
    """Where a calendar's text stopped: inside ``unfinished`` (a component name such as
    ``VEVENT``), or between components when it is empty; ``events`` complete VEVENTs
    came before the cut."""

    unfinished: str
    events: int

    def warning(self, label: str) -> str:
        """The one warning for the user, naming the calendar, what was read and the fix."""
        read = plural(self.events, "event")
        if not self.unfinished:
            return (
                f"{label}: the file ends without END:VCALENDAR, so it may be cut short; "
                f"read its {read} (a repeating event counts once): {REFETCH} to be sure none "
                "is missing"
            )
        what = _WHAT.get(self.unfinished, f"a {self.unfinished}")
        return (
            f"{label}: the file ends in the middle of {what}, so it was cut short; read the "
            f"{read} written in full before the cut (a repeating event counts once) and left "
            f"the unfinished one out: {REFETCH}"
        )


def close_cut_short(text: str) -> tuple[str, CutShort | None]:
    """``text`` with an unfinished last component left out and its VCALENDAR closed, and
    what was cut (None when the text ends whole, or is malformed in another way, which
    the parser reports). Text that is not inside a VCALENDAR (a bare VEVENT) loses its
    unfinished component just the same. Cost: one scan of the BEGIN and END lines, only
    when the text does not end with ``END:VCALENDAR``."""
    if _ENDS_WHOLE.search(text[-64:]):
        return text, None
    open_: list[tuple[str, int]] = []  # (component name, offset of its BEGIN line)
    for marker in _MARKER.finditer(text):
        kind, name = marker.group(1).upper(), marker.group(2).upper()
        closes = kind == "END" and bool(open_) and open_[-1][0] == name
        if marker.end() == len(text) and not closes:
            break  # the last line, cut part-way ("BEGIN:VEV", "END:VCAL"): no marker
        if closes:
            open_.pop()
        elif kind == "BEGIN":
            open_.append((name, marker.start()))
        else:
            return text, None  # an END that closes nothing open: not a cut, a broken file
    if not open_:
        return text, None
    inside_calendar = open_[0][0] == "VCALENDAR"
    inner = open_[1:] if inside_calendar else open_
    if inner:  # the outermost unfinished component goes, with all it holds
        unfinished, at = inner[0]
        kept = text[:at]
    else:  # only END:VCALENDAR is missing; a last line cut part-way is no line
        unfinished, kept = "", text[: text.rfind("\n") + 1] if "\n" in text else text
    if inside_calendar:
        kept = kept.rstrip("\r\n") + "\r\nEND:VCALENDAR\r\n"
    return kept, CutShort(unfinished, len(_BEGIN_EVENT.findall(kept)))
