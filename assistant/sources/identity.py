"""Which VEVENTs are one event: UID, RECURRENCE-ID, SEQUENCE and cancellations.

RFC 5545 §3.8.4.7 makes the UID (with RECURRENCE-ID for one instance of a
series) an event's identity, and §3.8.7.4 makes the highest SEQUENCE its current
version. Real calendars stray from that:

- some generators use the date as the UID, so a "Team talk" and an interview on
  the same day share one: two single events with one UID but different starts are
  read as two events, each known as ``UID#START`` (a warning names the UID);
- a VEVENT without a UID gets one made from its title and start, so it keeps the
  same id from one read to the next (with a warning);
- an invitation and its update or cancellation saved in one file: the highest
  SEQUENCE wins, and at the same SEQUENCE a cancellation wins (a CANCEL that did
  not raise the SEQUENCE still cancels);
- ``METHOD:CANCEL`` (RFC 5546 §3.2.5) cancels the VEVENTs of its VCALENDAR, and is
  honoured inside a VEVENT too, where some generators put it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from assistant.durations import plural
from assistant.sources.zones import time_of

_SERIES = ("RRULE", "RDATE", "RECURRENCE-ID")
_UID_LINE = re.compile(r"^UID[;:]([^\r\n]*)", re.M | re.I)
_DTSTART_LINE = re.compile(r"^DTSTART[;:][^\r\n]*", re.M | re.I)
# A shared UID is named this many times at most; further ones are counted.
_NAMED_UIDS = 5


def mark_cancelled(calendar: Any) -> None:
    """Set STATUS:CANCELLED on the VEVENTs a ``METHOD:CANCEL`` covers: every one when
    the VCALENDAR carries it, or the one VEVENT that carries it itself."""
    everything = _text(calendar, "METHOD").upper() == "CANCEL"
    for component in calendar.walk("VEVENT"):
        if everything or _text(component, "METHOD").upper() == "CANCEL":
            component.pop("STATUS", None)
            component.add("STATUS", "CANCELLED")


def uids_at_several_starts(blocks: Iterable[str]) -> frozenset[str]:
    """UID lines of raw VEVENT blocks that occur with more than one DTSTART line.

    Events with these UIDs are kept by the window pre-filter whatever their dates, so
    :func:`settle_identity` always sees every copy and gives each the same id on
    every read, whatever the window. Plain duplicates (same UID, same start) are not
    listed: the filter keeps or drops all of them alike.
    """
    starts: dict[str, str] = {}
    several: set[str] = set()
    for block in blocks:
        uid = uid_line(block)
        if uid is None or uid in several:
            continue
        start = _DTSTART_LINE.search(block)
        written = start.group(0).strip() if start else ""
        if starts.setdefault(uid, written) != written:
            several.add(uid)
    return frozenset(several)


def uid_line(block: str) -> str | None:
    """The first UID line's value in one raw VEVENT block ("UID:x" gives "x")."""
    match = _UID_LINE.search(block)
    return match.group(1).strip() if match else None


def settle_identity(calendar: Any) -> list[str]:
    """Give each VEVENT of ``calendar`` one identity (see the module docstring).

    Drops superseded copies and renames shared UIDs in place; returns plain warnings
    (without the calendar's name) about the UIDs it had to interpret.
    """
    warnings: list[str] = []
    groups: dict[str, list[Any]] = {}
    missing = 0
    for component in list(calendar.walk("VEVENT")):
        uid = _text(component, "UID").strip()
        if not uid:
            missing += 1
            uid = made_uid(component)
            component.pop("UID", None)
            component.add("UID", uid)
        groups.setdefault(uid, []).append(component)
    shared: list[tuple[str, str]] = []
    for uid, members in groups.items():
        if len(members) == 1:
            continue
        if not any(m.get(name) is not None for m in members for name in _SERIES):
            renamed = _split_shared(calendar, uid, members)
            if renamed:
                shared.append((uid, renamed[0]))
            continue
        by_instance: dict[str, list[Any]] = {}
        for member in members:
            by_instance.setdefault(_recurrence_key(member), []).append(member)
        for copies in by_instance.values():
            latest = _latest(copies)
            _drop(calendar, _except(copies, latest))
            _keep_one(calendar, latest, uid, warnings)
    if missing:
        warnings.append(
            f"{plural(missing, 'event')} {'has' if missing == 1 else 'have'} no UID; each is "
            "known by an id made from its title "
            "and start, which changes if either is edited"
        )
    for uid, example in shared[:_NAMED_UIDS]:
        warnings.append(
            f'several events share the UID "{uid}"; each is read as its own event, '
            f'known by the UID with its start added ("{example}")'
        )
    if len(shared) > _NAMED_UIDS:
        warnings.append(f"{len(shared) - _NAMED_UIDS} more UIDs are shared by several events")
    return warnings


def _split_shared(calendar: Any, uid: str, members: list[Any]) -> list[str]:
    """Settle single events (no series) that share ``uid``; when they are read as
    several events, each is renamed ``UID#START`` (``UID#START#DIGEST`` when two start
    together but say different things) and the new UIDs are returned, else [].

    Of the copies with the highest SEQUENCE, those at one start are one event when
    one of them is cancelled (a cancellation that did not raise the SEQUENCE) or when
    they say the same; copies that say different things are kept apart.
    """
    latest = _latest(members)
    _drop(calendar, _except(members, latest))
    kept: list[tuple[str, list[Any]]] = []
    for start in sorted({_start_key(m) for m in latest}):
        same = [m for m in latest if _start_key(m) == start]
        cancelled = [c for c in same if _text(c, "STATUS").upper() == "CANCELLED"]
        distinct = list({_gist(c): c for c in reversed(same)}.values())[::-1]
        chosen = cancelled[:1] or distinct
        _drop(calendar, _except(same, chosen))
        kept.append((start, chosen))
    if sum(len(chosen) for _, chosen in kept) == 1:
        return []
    renamed = []
    for start, chosen in kept:
        for component in chosen:
            new = f"{uid}#{start}"
            if len(chosen) > 1:
                digest = "|".join(_gist(component)).encode("utf-8", "replace")
                new += "#" + hashlib.sha256(digest).hexdigest()[:8]
            component.pop("UID", None)
            component.add("UID", new)
            renamed.append(new)
    return renamed


def made_uid(component: Any) -> str:
    """An id for a VEVENT without a UID, from its SUMMARY and DTSTART as written."""
    start = component.get("DTSTART")
    written = start.to_ical() if start is not None and hasattr(start, "to_ical") else None
    basis = f"{_text(component, 'SUMMARY')}|{written}"
    return "no-uid-" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:16]


def _latest(copies: list[Any]) -> list[Any]:
    """The copies with the highest SEQUENCE (RFC 5545 §3.8.7.4; absent is 0)."""
    top = max(_sequence(c) for c in copies)
    return [c for c in copies if _sequence(c) == top]


def _keep_one(calendar: Any, copies: list[Any], uid: str, warnings: list[str]) -> Any:
    """Keep one of several copies of the same version: a cancellation, else the first."""
    cancelled = [c for c in copies if _text(c, "STATUS").upper() == "CANCELLED"]
    kept = (cancelled or copies)[0]
    _drop(calendar, _except(copies, [kept]))
    if not cancelled and any(_gist(c) != _gist(kept) for c in copies):
        warnings.append(
            f'the event "{uid}" is given {len(copies)} times with the same SEQUENCE and '
            "different details; the first is read"
        )
    return kept


def _drop(calendar: Any, components: Iterable[Any]) -> None:
    """Remove these very components (by identity: icalendar compares components by
    content, and a copy equal to the one kept must not take its place)."""
    doomed = {id(c) for c in components}
    if doomed:
        calendar.subcomponents[:] = [c for c in calendar.subcomponents if id(c) not in doomed]


def _except(components: list[Any], kept: list[Any]) -> list[Any]:
    keep = {id(c) for c in kept}
    return [c for c in components if id(c) not in keep]


def _gist(component: Any) -> tuple[str, ...]:
    return tuple(
        _text(component, name) for name in ("SUMMARY", "DTSTART", "DTEND", "LOCATION", "STATUS")
    )


def _sequence(component: Any) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        return 0


def _recurrence_key(component: Any) -> str:
    return _when(component.get("RECURRENCE-ID")) if component.get("RECURRENCE-ID") else ""


def _start_key(component: Any) -> str:
    return _when(component.get("DTSTART"))


def _when(prop: Any) -> str:
    """A time as a stable key: UTC for zoned times, as written for floating ones and dates."""
    value = time_of(prop)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return value.strftime("%Y%m%dT%H%M%S")
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return str(prop or "")


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return ""
    if name in ("DTSTART", "DTEND"):
        return _when(value)
    return str(value)
