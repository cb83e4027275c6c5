"""Expanding a calendar's series inside a window, within a budget of time and instances.

A calendar is a stranger's text, and its recurrence rules decide how much work reading
it takes. Three guards keep any calendar to seconds:

1. before expansion, each VEVENT whose rule would fire too often is refused
   (:func:`~assistant.sources.recurrence.series_refusal`), so dateutil never starts an
   endless walk (time zones are checked even earlier, on the text:
   :mod:`assistant.sources.zone_rules`);
2. each series is expanded on its own, and one that yields more than
   :data:`~assistant.sources.recurrence.MAX_INSTANCES_IN_WINDOW` instances is dropped;
3. a :class:`Budget` per calendar read bounds the wall-clock time of the expansion
   (default 10 seconds, ``[limits] calendar_seconds``; parsing comes before, its cost
   bounded by the calendar's size limit) and the instances
   (:data:`MAX_CALENDAR_INSTANCES`); one series may use a quarter of the time. Past
   either, the read stops with one warning and keeps what it has.

Every refusal is a warning naming the event, so the rest of the calendar, and every
other calendar, carries on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from assistant.models import cap_text
from assistant.sources.recurrence import MAX_INSTANCES_IN_WINDOW, series_refusal
from assistant.sources.timed_worker import Late, TimedWorker
from assistant.text import one_line

# Instances one calendar read may produce: a 50,000-event calendar's default window
# holds about 77,000.
MAX_CALENDAR_INSTANCES = 200_000
DEFAULT_CALENDAR_SECONDS = 10.0
# One series may take this share of the calendar's time before it is refused.
SERIES_SHARE = 0.25


@dataclass(frozen=True)
class ReadLimits:
    """How much one read of one calendar may cost.

    ``seconds`` is wall-clock time measured by ``clock`` (seconds, monotonic; tests
    pass a fake one); ``instances`` bounds the instances produced.
    """

    seconds: float = DEFAULT_CALENDAR_SECONDS
    instances: int = MAX_CALENDAR_INSTANCES
    clock: Callable[[], float] = time.monotonic

    def start(self) -> Budget:
        """A budget for one read, its clock started now."""
        return Budget(self, self.clock())


@dataclass
class Budget:
    """What is left of one calendar read's :class:`ReadLimits`.

    One budget spans the whole read (all the items of a CalDAV calendar share one).
    ``timed_out`` tells the caller the read lost something for time, which another pass may
    not: such a read must not be remembered as the calendar's content.
    """

    limits: ReadLimits
    started: float
    used: int = 0
    timed_out: bool = False
    reported: bool = field(default=False, repr=False)
    # expands the read's recurring series, one after another (see _instances)
    worker: TimedWorker = field(
        default_factory=lambda: TimedWorker("series-expansion"), repr=False, compare=False
    )

    def elapsed(self) -> float:
        """Seconds since the read began, by the limits' clock."""
        return self.limits.clock() - self.started

    def series_seconds(self) -> float:
        """The longest one series may take: a share of the calendar's time, so one rule
        that never ends costs that event, not the calendar."""
        return self.limits.seconds * SERIES_SHARE

    def remaining(self) -> float:
        """Seconds left, by the limits' clock (negative once spent)."""
        return self.limits.seconds - self.elapsed()

    def exhausted(self) -> str | None:
        """Why the read must stop now (time or instances), or None."""
        if self.used >= self.limits.instances:
            return f"more than {self.limits.instances:,} event instances"
        if self.elapsed() > self.limits.seconds:
            self.timed_out = True
            return f"more than {self.limits.seconds:g} seconds ([limits] calendar_seconds)"
        return None

    def stop_warning(self, label: str, why: str, at: str, left: int) -> list[str]:
        """The one warning a stopped read gives (an empty list after the first)."""
        if self.reported:
            return []
        self.reported = True
        rest = f" and {left:,} more {'event' if left == 1 else 'events'}" if left else ""
        return [
            f"{label}: stopped reading after {why}; not read: {one_line(at, 160)}{rest} "
            "(the next pass tries again)"
        ]


def name_event(component: Any) -> str:
    """“Title” (UID) of a VEVENT, for warnings: one line, capped."""
    title = one_line(str(component.get("SUMMARY", "")), 60) or "(no title)"
    return f"“{title}” ({cap_text(one_line(str(component.get('UID', '?'))), 60)})"


def refuse_costly_series(
    calendar: Any, start: datetime, end: datetime, label: str, warnings: list[str]
) -> None:
    """Remove, wherever they are nested, the VEVENTs too costly to expand; warn for each.

    One VEVENT without a start would stop the expansion of the whole calendar; one
    repeating every second would take hours and gigabytes.
    """
    parents = [calendar]
    while parents:
        parent = parents.pop()
        for component in list(parent.subcomponents):
            if component.name != "VEVENT":
                parents.append(component)
                continue
            parents.append(component)  # a VEVENT may hide others inside it
            if component.get("DTSTART") is None:
                why: str | None = "it has no start time"
            else:
                try:
                    why = series_refusal(component, start, end)
                except Exception:  # a rule too broken to size: the library skips it
                    why = None
            if why:
                parent.subcomponents.remove(component)
                warnings.append(f"{label}: skipped event {name_event(component)}: {why}")


def occurrences(
    calendar: Any, start: datetime, end: datetime, budget: Budget, label: str, warnings: list[str]
) -> Iterator[Any]:
    """Every instance in ``[start, end)``, within ``budget``: recurring-ical-events
    ``Occurrence`` objects (converted without copies by :mod:`.instances`).

    Series are expanded one at a time with recurring-ical-events. A series that breaks
    or yields more than :data:`MAX_INSTANCES_IN_WINDOW` instances is dropped with a
    warning; when the budget runs out, the read stops with one warning. Raises
    whatever recurring-ical-events raises for a calendar it cannot read at all.
    """
    import recurring_ical_events

    singles, rest = _singles(calendar)
    query = recurring_ical_events.of(rest, skip_bad_series=True)
    suppressed = tuple(query.suppressed_errors)
    # Series without a rule cost next to nothing: read them first, so a budget spent on
    # rules never costs the single events. Otherwise in the library's order (by where
    # each UID first appears), the single events taken aside included.
    first_seen = _first_seen(calendar)
    by_position = sorted(
        [*query.series, *singles], key=lambda s: first_seen.get(str(s.uid), len(first_seen))
    )
    all_series = sorted(by_position, key=_has_rule)
    names = _Names(calendar)
    # The library drops a series whose rule it cannot set up; say which.
    kept = {str(series.uid) for series in all_series}
    for uid in first_seen.keys() - kept:
        warnings.append(f"{label}: skipped event {names.named(uid)}: {names.why_dropped(uid)}")
    try:
        for position, series in enumerate(all_series):
            why = budget.exhausted()
            found: list[Any] = []
            if not why:
                try:
                    found = _instances(series, start, end, budget)
                except _OutOfTime:
                    budget.timed_out = True
                    why = budget.exhausted()
                    if not why:  # this series alone took its share: the rest carries on
                        warnings.append(
                            f"{label}: skipped event {names.of(series)}: expanding it took more "
                            f"than {budget.series_seconds():g} seconds"
                        )
                        continue
                except suppressed:
                    warnings.append(
                        f"{label}: skipped event {names.of(series)}: its recurrence is invalid"
                    )
                    continue
                except Exception as exc:
                    warnings.append(
                        f"{label}: skipped event {names.of(series)}: it cannot be expanded "
                        f"({cap_text(one_line(str(exc) or type(exc).__name__), 120)})"
                    )
                    continue
            if (
                len(found) <= MAX_INSTANCES_IN_WINDOW
                and budget.used + len(found) > budget.limits.instances
            ):
                why = f"more than {budget.limits.instances:,} event instances"
            if why:
                left = len(all_series) - position - 1
                warnings.extend(budget.stop_warning(label, why, names.of(series), left))
                return
            if len(found) > MAX_INSTANCES_IN_WINDOW:
                warnings.append(
                    f"{label}: skipped event {names.of(series)}: it repeats more than "
                    f"{MAX_INSTANCES_IN_WINDOW:,} times in the window read"
                )
                continue
            budget.used += len(found)
            yield from found
    finally:
        budget.worker.close()


class _Single:
    """A VEVENT that is one event: no RRULE, RDATE, EXDATE or RECURRENCE-ID, and a UID no
    other VEVENT has. Its one occurrence is recurring-ical-events' own ``Occurrence`` of
    the library's ``EventAdapter``, made without the rule machinery the library sets up
    for every series (its ``Series``: a fifth of reading a calendar of single events).
    Quacks as much like a ``Series`` as :func:`occurrences` asks: ``uid``, ``recurrence``
    (none), ``between``."""

    recurrence = None

    def __init__(self, uid: str, occurrence: Any) -> None:
        self.uid = uid
        self._occurrence = occurrence

    def between(self, start: datetime, end: datetime) -> Iterator[Any]:
        """The occurrence when it overlaps ``[start, end)``, as the library decides it."""
        if self._occurrence.is_in_span(start, end):
            yield self._occurrence


_RECURRENCE = ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")


def _singles(calendar: Any) -> tuple[list[_Single], Any]:
    """The top-level VEVENTs that are one event each (:class:`_Single`), and the calendar
    without them for recurring-ical-events to expand.

    Taken aside only when their occurrence is the one the library's series would give:
    its start is DTSTART's own value and its end of the same type (no date made a
    datetime, no end before the start swapped). Anything else, or anything that
    raises here, is left to the library, which words its own refusals.
    """
    from recurring_ical_events.adapters.event import EventAdapter
    from recurring_ical_events.occurrence import Occurrence

    counts: dict[str, int] = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        counts[uid] = counts.get(uid, 0) + 1
    singles, taken = [], set()
    for component in calendar.subcomponents:
        if component.name != "VEVENT" or any(component.get(n) is not None for n in _RECURRENCE):
            continue
        uid = component.get("UID")
        if not isinstance(uid, str) or not uid or counts.get(str(uid)) != 1:
            continue
        if any(inner.name == "VEVENT" for inner in component.subcomponents):
            continue
        try:
            occurrence = Occurrence(EventAdapter(component))
            start = component["DTSTART"].dt
            same = occurrence.start is start and type(occurrence.end) is type(start)
        except Exception:
            continue
        if same:
            singles.append(_Single(uid, occurrence))
            taken.add(id(component))
    if not taken:
        return [], calendar
    rest = type(calendar)()
    rest.update(calendar)
    rest.subcomponents = [c for c in calendar.subcomponents if id(c) not in taken]
    return singles, rest


def _first_seen(calendar: Any) -> dict[str, int]:
    """Each UID's position in the calendar, in the order the library collects series
    (``walk``: depth first); a missing UID is keyed as the library keys it."""
    first: dict[str, int] = {}
    for component in calendar.walk("VEVENT"):
        first.setdefault(str(component.get("UID", str(id(component)))), len(first))
    return first


class _OutOfTime(Exception):
    """A series was still expanding when the calendar's time ran out."""


def _has_rule(series: Any) -> bool:
    # The library keeps the RDATE set first, then one dateutil rule per RRULE.
    return len(getattr(series.recurrence, "rrules", ())) > 1


def _instances(series: Any, start: datetime, end: datetime, budget: Budget) -> list[Any]:
    """The series' occurrences in the window (at most one past the per-series limit).

    A series with a recurrence rule is expanded in the read's worker thread
    (:class:`~assistant.sources.timed_worker.TimedWorker`), which the read waits for at
    most :meth:`Budget.series_seconds`: a rule that matches no date (every seventh day
    from a Saturday, on Mondays only) makes dateutil walk to the year 9999 without
    yielding, and nothing can interrupt that walk. The abandoned walk ends on its own (a
    daemon thread, seconds later); the read goes on without it. Raises
    :class:`_OutOfTime`.
    """

    def expand() -> list[Any]:
        return list(islice(series.between(start, end), MAX_INSTANCES_IN_WINDOW + 1))

    if not _has_rule(series):
        return expand()  # single events, RDATE lists, moved instances
    try:
        return list(
            budget.worker.run(expand, max(min(budget.remaining(), budget.series_seconds()), 0.01))
        )
    except Late:
        raise _OutOfTime from None


# The properties that place an event in time, by what a person calls them.
_TIME_PROPERTIES = {"DTSTART": "start", "DTEND": "end", "DURATION": "length"}


class _Names:
    """Names of series for warnings, by UID; the calendar is walked once, when first needed."""

    def __init__(self, calendar: Any) -> None:
        self._calendar = calendar
        self._names: dict[str, str] | None = None

    def _all(self) -> dict[str, str]:
        if self._names is None:
            self._names = {}
            for component in self._calendar.walk("VEVENT"):
                # Keyed as recurring-ical-events keys its series (a missing UID: the id).
                uid = str(component.get("UID", str(id(component))))
                self._names.setdefault(uid, name_event(component))
        return self._names

    def named(self, uid: str) -> str:
        return self._all().get(uid) or f"({cap_text(one_line(uid), 60) or '?'})"

    def why_dropped(self, uid: str) -> str:
        """Why recurring-ical-events could not set up the series ``uid``: a start
        (DTSTART), end (DTEND) or DURATION it cannot read (RFC 5545 §3.8.2), or else its
        recurrence (RRULE, RDATE, EXDATE). A missing start is said before expansion."""
        for component in self._calendar.walk("VEVENT"):
            if str(component.get("UID", str(id(component)))) != uid:
                continue
            for name, _ in getattr(component, "errors", ()):
                if name in _TIME_PROPERTIES:
                    value = cap_text(one_line(str(component.get(name, ""))), 40)
                    return f"its {_TIME_PROPERTIES[name]} ({name}) cannot be read: {value!r}"
        return "its recurrence is invalid"

    def of(self, series: Any) -> str:
        return self.named(str(getattr(series, "uid", "") or ""))
