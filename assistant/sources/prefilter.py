"""Dropping, on the raw text and before any parsing, the events a read does not need.

Parsing is the largest cost of reading a calendar, so two filters work on the text of
each VEVENT block (a regular expression finds them; nothing is parsed):

- :func:`window_filter` drops the single events that lie clearly outside the window;
- :func:`relevant_blocks` drops the events that cannot matter to detection (no one
  else on them, none of its words: :mod:`assistant.detect.text.relevance`), unless the
  caller wants every event (``scan --all``).

Only what is certain is dropped: series, their moved instances, and any block whose
reading would warn the user of an assumption are kept. Tests compare both ways on
every fixture and corpus file (``tests/adapters/test_ics_cache.py``,
``tests/adapters/test_fast_paths.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.sources.identity import uid_line

if TYPE_CHECKING:
    from assistant.detect.text.relevance import Relevance


# Times in a calendar can be in any zone (or floating); a margin wider than any UTC
# offset lets the filter compare dates only and never drop an event in the window.
_FILTER_MARGIN = timedelta(days=2)
VEVENT_BLOCK = re.compile(r"^BEGIN:VEVENT\r?\n.*?^END:VEVENT[ \t]*\r?(?:\n|\Z)", re.M | re.S | re.I)
# Anything that makes an event part of a series: kept whatever its own dates say.
_RECURRING = re.compile(r"^(?:RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:]", re.M | re.I)
_DTSTART = re.compile(r"^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})", re.M | re.I)
_DTEND = re.compile(r"^DTEND[^:\r\n]*:(\d{4})(\d{2})(\d{2})", re.M | re.I)
_DURATION = re.compile(r"^DURATION[;:]", re.M | re.I)
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT", re.M | re.I)


def window_filter(
    text: str, start: datetime, end: datetime, keep_uids: frozenset[str] = frozenset()
) -> str:
    """``text`` without the single events that end before ``start`` or begin after ``end``.

    Only what is certain is dropped: a block whose start cannot be read at a glance
    (a folded line, an odd format) is kept, and so is every part of a series and
    every event whose UID line is in ``keep_uids``.
    """
    first, last = (start - _FILTER_MARGIN).date(), (end + _FILTER_MARGIN).date()
    return without(
        text,
        (
            match
            for match in VEVENT_BLOCK.finditer(text)
            if _outside(match.group(0), first, last)
            and not (keep_uids and uid_line(match.group(0)) in keep_uids)
        ),
    )


@dataclass(frozen=True)
class Glance:
    """What a calendar's text shows at a glance, unparsed: the first start date of each
    VEVENT (in the zone it is written in), those of them that begin a series (RRULE: its
    instances can come any time after), and how many VEVENTs have no start that can be
    read this way (or an RDATE, whose dates can lie anywhere)."""

    starts: tuple[date, ...]
    series: tuple[date, ...]
    others: int

    @property
    def count(self) -> int:
        """How many VEVENTs the text holds."""
        return len(self.starts) + self.others

    def none_between(self, first: date, last: date) -> bool:
        """Whether no event can fall between ``first`` and ``last`` (both included)."""
        if self.others or any(day <= last for day in self.series):
            return False
        return not any(first <= day <= last for day in self.starts)


_RRULE = re.compile(r"^RRULE[;:]", re.M | re.I)
_RDATE = re.compile(r"^RDATE[;:]", re.M | re.I)


def glance(text: str) -> Glance:
    """Every VEVENT block of ``text`` read at a glance (see :class:`Glance`)."""
    starts: list[date] = []
    series: list[date] = []
    others = 0
    for match in VEVENT_BLOCK.finditer(text):
        block = match.group(0)
        begins = _date_of(_DTSTART.search(block))
        if begins is None or _RDATE.search(block):
            others += 1
            continue
        starts.append(begins)
        if _RRULE.search(block):
            series.append(begins)
    return Glance(tuple(sorted(starts)), tuple(series), others)


def relevant_blocks(text: str, relevance: Relevance) -> str:
    """``text`` without the VEVENTs that cannot matter to detection (see
    :mod:`assistant.detect.text.relevance`).

    Only plain blocks are dropped: one whose reading would warn the user of an
    assumption (no start, no UID or a UID given several times, a zone name the tz
    database does not know) is kept, so that warning is still given; and all the
    blocks of a UID are kept when one of them could matter.
    """
    blocks = [(match, uid_line(match.group(0))) for match in VEVENT_BLOCK.finditer(text)]
    counts = Counter(uid for _, uid in blocks)
    wanted = {
        uid
        for match, uid in blocks
        if not uid
        or counts[uid] > 1
        or not _plain(match.group(0))
        or relevance.could_matter(match.group(0), uid)
    }
    return without(text, (match for match, uid in blocks if uid not in wanted))


def without(text: str, dropped: Iterable[re.Match[str]]) -> str:
    """``text`` without the spans of ``dropped`` (in order, not overlapping)."""
    kept: list[str] = []
    position = 0
    for match in dropped:
        kept.append(text[position : match.start()])
        position = match.end()
    if not kept:
        return text
    kept.append(text[position:])
    return "".join(kept)


_TZID_PARAM = re.compile(r"^[A-Z-]+;[^\r\n:]*?TZID=\"?([^\";:\r\n]*)", re.M | re.I)


def _plain(block: str) -> bool:
    """A start, and only zone names the tz database knows: read without assumptions."""
    return _DTSTART.search(block) is not None and all(
        _known_zone(name.strip()) for name in _TZID_PARAM.findall(block)
    )


@lru_cache(maxsize=256)
def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, OSError, ZoneInfoNotFoundError):
        return False
    return True


def _outside(block: str, first: date, last: date) -> bool:
    # A second BEGIN means an unterminated event swallowed the next one: keep both.
    if _RECURRING.search(block) or _BEGIN_EVENT.search(block, 1):
        return False
    begins = _date_of(_DTSTART.search(block))
    if begins is None:
        return False
    if begins > last:
        return True
    ends = _date_of(_DTEND.search(block))
    if ends is None:
        if _DURATION.search(block):
            return False  # any length: keep it unless it starts after the window
        ends = begins + timedelta(days=1)
    return max(ends, begins) < first  # an end before the start counts as the start


def _date_of(match: re.Match[str] | None) -> date | None:
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
