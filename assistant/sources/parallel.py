"""Reading a large calendar on two cores: each half of its events parsed, expanded and
converted in its own process, the results merged into what one process would read.

Parsing is most of a large read (icalendar's ``Calendar.from_ical``), and no rule of
reading one VEVENT depends on a VEVENT with another UID. So the events are split by
UID into two calendars, each with every other line of the original (its properties,
METHOD, X-WR-TIMEZONE, every VTIMEZONE); this process reads one, a forked child the
other, each exactly as a whole calendar is read, and the events are merged in the
order one read gives them.

The split is taken only where the two halves cannot read differently from the whole,
and checked afterwards:

- before: every event is wanted (``scan --all``: no skipping of what cannot matter,
  which leaves little to parse), Linux (``fork``: the child starts with every module
  loaded), two cores or more, no other thread running (forking one is unsafe), at
  least :data:`PARALLEL_MIN_BYTES` of text, one VCALENDAR, the encoding read without
  a guess, and every VEVENT a complete block with one plain UID (no UID to make up,
  no escape to compare, no override that also carries a rule);
- after: neither half warned of anything, stopped early, or failed; every event the
  child sends is the same once pickled (its zones are the tz database's or fixed
  offsets, not made from a VTIMEZONE); the halves' events fit the read's instance
  budget together. Otherwise the whole calendar is read in
  this process, as without this module, so every warning is said once, as always.

The time budget (``[limits] calendar_seconds``) applies to each half's expansion.
``tests/adapters/test_parallel_read.py`` compares both ways on every fixture and
corpus file: the same events, in the same order, and the same warnings.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from assistant.models import Event
from assistant.sources.base import CalendarRead
from assistant.sources.encoding import decode_bytes
from assistant.sources.prefilter import VEVENT_BLOCK, without

# Below this much text a second process costs more than it saves (forking, and
# sending the events back, take about 0.1 s).
PARALLEL_MIN_BYTES = 1_000_000

_UID = re.compile(r"^UID[;:](.*?)\r?$", re.M | re.I)
_RRULE = re.compile(r"^RRULE[;:]", re.M | re.I)
_RECURRENCE_ID = re.compile(r"^RECURRENCE-ID[;:]", re.M | re.I)
_FOLDED_UID = re.compile(r"^UID[;:].*\r?\n[ \t]", re.M | re.I)
_BEGIN = re.compile(r"^BEGIN:(VEVENT|VCALENDAR)\b", re.M | re.I)

# Reads one half: (calendar bytes) -> (the read, whether its budget ran out of time).
ReadHalf = Callable[[bytes], tuple[CalendarRead, bool]]


@dataclass(frozen=True)
class Split:
    """The two halves of a calendar, and the order one read would give its events:
    for each UID, whether its series has a rule (those come after) and where the UID
    first appears (``assistant.sources.expansion.occurrences``)."""

    halves: tuple[bytes, bytes]
    order: dict[str, tuple[bool, int]]


def can_fork() -> bool:
    """Whether this process may fork a reader: Linux, two cores or more, one thread."""
    return sys.platform == "linux" and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


def split_calendar(data: bytes, charset: str | None = None) -> Split | None:
    """The calendar ``data`` split by UID into two halves of about equal size, or None
    when it is small, or not certain to read the same in halves (see the module)."""
    if len(data) < PARALLEL_MIN_BYTES:
        return None
    decoded = decode_bytes(data, charset)
    if decoded.warning:
        return None
    text = decoded.text
    blocks = list(VEVENT_BLOCK.finditer(text))
    begins = [m.group(1).upper() for m in _BEGIN.finditer(text)]
    if begins.count("VCALENDAR") != 1 or begins.count("VEVENT") != len(blocks) or not blocks:
        return None
    groups: dict[str, list[re.Match[str]]] = {}
    order: dict[str, tuple[bool, int]] = {}
    for block in blocks:
        body = block.group(0)
        uids = _UID.findall(body)
        if len(uids) != 1 or _FOLDED_UID.search(body):
            return None
        uid = uids[0]
        if not uid or uid != uid.strip() or "\\" in uid or len(uid) > 400:
            return None
        has_rule = _RRULE.search(body) is not None
        if has_rule and _RECURRENCE_ID.search(body):
            return None
        groups.setdefault(uid, []).append(block)
        known = order.get(uid)
        order[uid] = (
            has_rule or (known is not None and known[0]),
            known[1] if known else len(order),
        )
    sizes = [0, 0]
    dropped: list[list[re.Match[str]]] = [[], []]  # each half drops what the other reads
    for members in groups.values():
        half = 0 if sizes[0] <= sizes[1] else 1
        sizes[half] += sum(m.end() - m.start() for m in members)
        dropped[1 - half].extend(members)
    if not sizes[0] or not sizes[1]:
        return None
    halves = tuple(
        without(text, sorted(d, key=lambda m: m.start())).encode("utf-8") for d in dropped
    )
    return Split((halves[0], halves[1]), order)


def read_split(split: Split, read_half: ReadHalf, instances: int) -> CalendarRead | None:
    """Both halves read (the second in a forked child) and merged, or None when either
    warned, ran out of time or failed, or together they exceed ``instances``: then the
    caller reads the whole calendar itself."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(read_half, split.halves[1], sender), daemon=True)
    try:
        child.start()
    except (AssertionError, OSError):  # a daemonic process may not fork; no memory left
        receiver.close()
        sender.close()
        return None
    sender.close()
    try:
        mine: tuple[CalendarRead, bool] | None = read_half(split.halves[0])
    except Exception:
        mine = None
    try:
        theirs = receiver.recv()
    except (EOFError, OSError):
        theirs = None
    finally:
        receiver.close()
        child.join()
    if mine is None or theirs is None:
        return None
    reads = [mine, theirs]
    if any(read.warnings or timed_out for read, timed_out in reads):
        return None
    events = [*mine[0].events, *theirs[0].events]
    if len(events) > instances or any(event.uid not in split.order for event in events):
        return None
    events.sort(key=lambda event: _position(event, split.order))
    return CalendarRead(mine[0].label, events)


def _position(event: Event, order: dict[str, tuple[bool, int]]) -> tuple[datetime, bool, int]:
    """Where one read puts ``event``: by start, then as its series was expanded."""
    has_rule, first = order[event.uid]
    return event.start, has_rule, first


def _child(read_half: ReadHalf, data: bytes, sender: Any) -> None:
    """In the forked child: read one half and send the result (None if it failed)."""
    try:
        result: tuple[CalendarRead, bool] | None = read_half(data)
    except Exception:
        result = None
    if result is not None and not all(travels(event) for event in result[0].events):
        result = None
    try:
        sender.send(result)
    except Exception:  # an Event that cannot be pickled: the whole is read in the parent
        sender.send(None)
    finally:
        sender.close()


# Zones that are the same after pickling: the tz database's by name, fixed offsets. A
# zone made from a calendar's own VTIMEZONE (dateutil's ``tzicalvtz``) is not: its
# copy can place a time on the other side of a transition.
_FAITHFUL_ZONES = (ZoneInfo, timezone)


def travels(event: Event) -> bool:
    """Whether ``event`` is the same once pickled or saved (its zones kept by name or as
    fixed offsets, :mod:`assistant.sources.event_cache`): its times' zones are all faithful."""
    times = (event.start, event.end, event.recurrence_id)
    return all(t is None or t.tzinfo is None or type(t.tzinfo) in _FAITHFUL_ZONES for t in times)
