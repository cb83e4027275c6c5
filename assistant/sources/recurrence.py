"""How often a recurrence rule fires, worked out from the rule alone, before any expansion.

Expanding a rule is the one step whose cost the sender of an invite chooses: dateutil
walks a rule from its first instance (DTSTART) to the end of the window, caching every
instance on the way, and nothing can interrupt that walk once it has begun. So the
rules are sized first, from their parts (RFC 5545 section 3.3.10), and the ones that
would fire too often are refused before they reach dateutil:

- :func:`yearly_rate` gives an upper bound of a rule's instances per year;
- :func:`series_refusal` says why one VEVENT's recurrence is too costly to expand;
- time-zone definitions are checked in :mod:`assistant.sources.zone_rules`.

Everything here is pure: rules are the parsed values of icalendar's ``vRecur``
(a mapping of upper-case part names to lists of values).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

# Periods of each frequency in a (leap) year: upper bounds.
PERIODS_PER_YEAR = {
    "YEARLY": 1,
    "MONTHLY": 12,
    "WEEKLY": 53,
    "DAILY": 366,
    "HOURLY": 366 * 24,
    "MINUTELY": 366 * 24 * 60,
    "SECONDLY": 366 * 24 * 60 * 60,
}
SUB_DAILY = frozenset({"HOURLY", "MINUTELY", "SECONDLY"})

# A series may have this many instances inside the window; past it, it is refused.
# A daily meeting over a two-year scan has 730; an hourly one over the default window
# (180 days) has 4,320: no meeting anyone attends.
MAX_INSTANCES_IN_WINDOW = 3_000
# dateutil walks every instance from DTSTART to the window's end (and caches each):
# past this many, the walk alone costs seconds and hundreds of megabytes.
MAX_WALK = 100_000
# EXDATE values are converted one by one when the series is set up.
MAX_EXDATES = 100_000


def values(rule: Mapping[str, Any], part: str) -> list[Any]:
    """The values of ``part`` (``"BYDAY"``…) in ``rule``, as a list (empty when absent)."""
    value = rule.get(part)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def frequencies(rule: Mapping[str, Any]) -> list[str]:
    """The rule's FREQ values, upper case (a rule may repeat a part: dateutil keeps the last)."""
    return [str(f).strip().upper() for f in values(rule, "FREQ")]


def interval(rule: Mapping[str, Any]) -> int:
    """The smallest INTERVAL given (1 when absent). Below 1, dateutil never ends."""
    given = [int(v) for v in values(rule, "INTERVAL")]
    return min(given) if given else 1


def yearly_rate(rule: Mapping[str, Any]) -> float:
    """An upper bound of how many instances ``rule`` yields per year.

    Worked out from FREQ, INTERVAL and the BYxxx parts (RFC 5545 section 3.3.10: parts
    coarser than FREQ limit, finer ones expand), never by expanding the rule. The bound
    is within a small factor of the truth for real rules (a monthly "every weekday"
    counts 300 a year against 261) and exact for the rules time zones use. Raises
    ValueError or TypeError for parts that are not numbers where numbers belong.
    """
    rates = [_rate(freq, rule) for freq in frequencies(rule) if freq in PERIODS_PER_YEAR]
    return max(rates) if rates else 0.0


def _rate(freq: str, rule: Mapping[str, Any]) -> float:
    periods = PERIODS_PER_YEAR[freq] / max(interval(rule), 1)
    months = len(values(rule, "BYMONTH"))
    if months and freq in ("MONTHLY", "WEEKLY", "DAILY", *SUB_DAILY):
        periods *= min(months, 12) / 12  # BYMONTH limits every frequency finer than a year
    per_day = _times_per_day(freq, rule)
    days = _days_per_year(rule)
    if freq in SUB_DAILY:
        finer = {"HOURLY": ("BYMINUTE", "BYSECOND"), "MINUTELY": ("BYSECOND",)}.get(freq, ())
        per_period = math.prod(len(values(rule, part)) or 1 for part in finer)
        bound = min(periods * per_period, days * per_day)
    else:
        bound = min(periods * _days_per_period(freq, rule) * per_day, days * per_day)
    positions = len(values(rule, "BYSETPOS"))
    if positions:
        bound = min(bound, periods * positions)
    return float(bound)


def _times_per_day(freq: str, rule: Mapping[str, Any]) -> int:
    """Instants per day the time parts allow: each BYxxx list, else the FREQ's own step."""
    fine = {"HOURLY": 1, "MINUTELY": 2, "SECONDLY": 3}.get(freq, 0)
    hours = len(values(rule, "BYHOUR")) or (24 if fine >= 1 else 1)
    minutes = len(values(rule, "BYMINUTE")) or (60 if fine >= 2 else 1)
    seconds = len(values(rule, "BYSECOND")) or (60 if fine >= 3 else 1)
    return hours * minutes * seconds


def _weekday_days(by_day: list[Any]) -> int:
    """Days a month can hold for these BYDAY values: 5 per plain weekday, 1 per "-1SU"."""
    return sum(1 if any(c.isdigit() for c in str(d)) else 5 for d in by_day)


def _days_per_year(rule: Mapping[str, Any]) -> int:
    """Days of a year the day parts allow, whatever the frequency."""
    months = min(len(values(rule, "BYMONTH")) or 12, 12)
    limits = [months * 31, 366]
    if values(rule, "BYYEARDAY"):
        limits.append(len(values(rule, "BYYEARDAY")))
    if values(rule, "BYWEEKNO"):
        limits.append(7 * len(values(rule, "BYWEEKNO")))
    month_days = values(rule, "BYMONTHDAY")
    by_day = values(rule, "BYDAY")
    if month_days:
        limits.append(months * len(month_days))
    if by_day:
        limits.append(months * _weekday_days(by_day))
    if month_days and by_day:
        limits.append(months * _weekdays_among(month_days, by_day))
    return min(limits)


def _weekdays_among(month_days: list[Any], by_day: list[Any]) -> int:
    """Days per month that are both in BYMONTHDAY and on a BYDAY weekday.

    A weekday falls once on each run of seven consecutive days, so "BYMONTHDAY=8,…,14;
    BYDAY=SU" (how older time zones write "the second Sunday") is once a month, not 5.
    """
    numbers = [int(d) for d in month_days]
    positive = [n for n in numbers if n > 0]
    same_residue = max((sum(1 for n in positive if n % 7 == r) for r in range(7)), default=0)
    per_weekday = same_residue + sum(1 for n in numbers if n < 0)
    return len(by_day) * per_weekday


def _days_per_period(freq: str, rule: Mapping[str, Any]) -> int:
    """Days one period of ``freq`` (a year, a month, a week, a day) expands to."""
    by_day = values(rule, "BYDAY")
    if freq == "DAILY":
        return 1
    if freq == "WEEKLY":
        return min(len(by_day) or 1, 7)
    if freq == "MONTHLY":
        month_days = values(rule, "BYMONTHDAY")
        if not (month_days or by_day):
            return 1
        limits = [31]
        if month_days:
            limits.append(len(month_days))
        if by_day:
            limits.append(_weekday_days(by_day))
        return min(limits)
    # YEARLY: the day parts expand; BYMONTH alone repeats DTSTART's day in each month.
    if any(values(rule, p) for p in ("BYYEARDAY", "BYWEEKNO", "BYMONTHDAY", "BYDAY")):
        return _days_per_year(rule)
    return min(len(values(rule, "BYMONTH")) or 1, 12)


# --- one series -----------------------------------------------------------------------


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _years(first: date, last: date) -> float:
    """Years from ``first`` to ``last``, plus one day so a same-day span is not zero."""
    return max((last - first).days + 1, 0) / 365.25


def _count_values(component: Any, name: str) -> int:
    """How many dates a property lists, over all its lines (RDATE, EXDATE)."""
    found = component.get(name)
    lines = found if isinstance(found, list) else [found] if found is not None else []
    return sum(len(getattr(line, "dts", None) or [line]) for line in lines)


def _sub_hourly(rule: Mapping[str, Any]) -> bool:
    """Whether the rule's instances can be minutes or seconds apart (four BYMINUTE
    values, a quarter-hourly block, are let through to the instance count)."""
    return (
        any(f in ("MINUTELY", "SECONDLY") for f in frequencies(rule))
        or len(values(rule, "BYMINUTE")) > 4
        or len(values(rule, "BYSECOND")) > 1
    )


# Days in each month, February in a leap year: a day beyond them never comes.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def matches_no_date(rule: Mapping[str, Any]) -> bool:
    """Whether the day parts exclude every date: "BYMONTH=2;BYMONTHDAY=30", "BYYEARDAY=400".

    dateutil walks such a rule to the year 9999 without yielding (seconds for an hourly
    rule), so it is refused before that walk. Other rules that never match (an
    INTERVAL that never lands on a BYDAY) are left to the calendar's time budget.
    """
    months = [int(m) for m in values(rule, "BYMONTH")] or list(range(1, 13))
    month_days = [int(d) for d in values(rule, "BYMONTHDAY")]
    if month_days and not any(
        1 <= abs(d) <= _MONTH_DAYS[m - 1] for m in months if 1 <= m <= 12 for d in month_days
    ):
        return True
    year_days = [int(d) for d in values(rule, "BYYEARDAY")]
    weeks = [int(w) for w in values(rule, "BYWEEKNO")]
    return bool(year_days and all(abs(d) > 366 for d in year_days)) or bool(
        weeks and all(abs(w) > 53 for w in weeks)
    )


def series_refusal(component: Any, start: datetime, end: datetime) -> str | None:
    """Why the recurrence of ``component`` (a VEVENT) is too costly to expand, or None.

    ``[start, end)`` is the window to be read. Refused: a rule finer than hourly, or
    with INTERVAL below 1 (dateutil never ends); more than :data:`MAX_INSTANCES_IN_WINDOW`
    instances inside the window; more than :data:`MAX_WALK` from DTSTART to the window's
    end (dateutil walks them all); more than :data:`MAX_EXDATES` exceptions. A rule that
    cannot be read is left to recurring-ical-events, which skips it as a bad series.
    """
    rules = component.get("RRULE")
    rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
    first = _day(component["DTSTART"].dt)
    walk = in_window = float(_count_values(component, "RDATE"))
    window_first, window_last = max(first, _day(start)), _day(end)
    for rule in rules:
        try:
            if _sub_hourly(rule):
                return "it repeats more often than hourly, which no meeting does"
            if interval(rule) < 1:
                return "its INTERVAL is below 1, so it would never end"
            if matches_no_date(rule):
                return "its rule matches no date (such as 30 February), so it never happens"
            rate = yearly_rate(rule)
            until = [_day(u) for u in values(rule, "UNTIL")]
            counts = [int(c) for c in values(rule, "COUNT")]
        except (TypeError, ValueError, AttributeError):
            continue
        last = min([window_last, *until])
        walked = rate * _years(first, last)
        walk += min([walked, *counts])
        in_window += min([rate * _years(window_first, last), *counts])
    if in_window > MAX_INSTANCES_IN_WINDOW:
        return (
            f"it repeats about {int(in_window):,} times in the window read "
            f"(more than {MAX_INSTANCES_IN_WINDOW:,})"
        )
    if walk > MAX_WALK:
        return (
            f"it repeats about {int(walk):,} times between its start on {first.isoformat()} "
            f"and the window read (more than {MAX_WALK:,})"
        )
    if _count_values(component, "EXDATE") > MAX_EXDATES:
        return f"it lists more than {MAX_EXDATES:,} exceptions (EXDATE)"
    return None
