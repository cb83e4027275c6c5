"""How dates, times and durations read: Babel's CLDR formatters, for one locale each.

Every date or time a person reads goes through here, in the locale of the text it is
written in (:func:`assistant.i18n.text_locale`: the user's language for briefings and
notes, the invite's for drafts, the user's English for the terminal, notices and the
pipeline board). Machine fields (logs, ``--json``, headers, keys) keep ISO 8601.

Babel and the catalogs only, no Jinja2: commands that render no template (``drafts
list``, ``status``) format their dates without loading it. :mod:`assistant.templating`
offers these as the templates' filters.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from babel.dates import format_date, format_datetime, format_interval, format_time
from babel.units import format_unit

from assistant.i18n import N_, current_locale, parse_locale, translations


def _full_weekday(pattern: str) -> str:
    """A CLDR pattern with its weekday written out: ``E, MMMM d`` → ``EEEE, MMMM d``."""
    return re.sub(r"E+|c+", "EEEE", pattern, count=1)


def format_day(moment: datetime, locale: str | None = None, year: bool = False) -> str:
    """The day in the locale's words: ``Wednesday, December 2`` (en_US), ``Wednesday 2
    December`` (en_GB), ``Mittwoch, 2. Dezember`` (de), ``mercredi 2 décembre`` (fr),
    ``miércoles, 2 de diciembre`` (es); ``year=True`` adds the year. CLDR patterns via Babel."""
    locale = locale or current_locale()
    loc = parse_locale(locale)
    if year:
        pattern = loc.date_formats["full"].pattern
    else:
        pattern = _full_weekday(loc.datetime_skeletons["MMMMEd"].pattern)
    if loc.language == "es":
        # CLDR's "martes, 13 de abril" is a heading; in a sentence the RAE writes
        # "el martes 13 de abril", without the comma.
        pattern = pattern.replace("EEEE, ", "EEEE ")
    return format_datetime(moment, pattern, locale=loc)


def _plain(text: str) -> str:
    """CLDR's narrow and thin spaces (``1:00\u202fPM``, ``1:00\u2009–\u20091:45``) as plain
    text mail shows them everywhere: a space, and an en dash without spaces."""
    return text.replace("\u2009–\u2009", "–").replace("\u202f", " ").replace("\u2009", " ")


def format_clock(moment: datetime, locale: str | None = None) -> str:
    """``1:00 PM`` (en_US), ``13:00`` (en_GB, de, fr, es): the locale's short time."""
    locale = locale or current_locale()
    return _plain(format_time(moment, "short", locale=parse_locale(locale)))


def zone_name(moment: datetime, locale: str | None = None) -> str:
    """The zone's short name in the locale (``MEZ`` in German) when CLDR has one,
    else the tz database's abbreviation (``CET``, ``EDT``)."""
    locale = locale or current_locale()
    named = format_time(moment, "z", locale=parse_locale(locale))
    return named if named.isalpha() else moment.strftime("%Z")


def _tr(locale: str, message: str, **values: str) -> str:
    return translations(locale).gettext(message).format(**values)


def format_moment(
    moment: datetime | date,
    tz: tzinfo | None = None,
    locale: str | None = None,
    *,
    weekday: bool = True,
    year: bool = False,
    clock: bool = True,
    zone: bool = False,
) -> str:
    """A moment as a line of the terminal, a list or a notice shows it, the month short:
    ``Tue, Dec 1, 2:00 PM`` (en_US), ``Tue 1 Dec, 14:00`` (en_GB), ``Tue 1 Dec, 2:00 pm``
    (en_AU), ``Di., 1. Dez., 14:00 Uhr`` (de_DE).

    ``moment``: an aware datetime, shown in ``tz`` when given; a ``date`` is a day (no
    clock, no zone). ``year=True``: ``Tue, Dec 1, 2026, 2:00 PM``; ``zone=True`` adds the
    zone's short name (``… 2:00 PM EST``); ``clock=False``: the day alone (``Tue, Dec 1``);
    ``weekday=False``: ``Dec 1``. The day is CLDR's skeleton ``MMMEd`` (``yMMMEd``,
    ``MMMd``, ``yMMMd``) for ``locale`` (default: :func:`assistant.i18n.current_locale`),
    via Babel; the clock is :func:`format_clock` (12- or 24-hour as the locale writes it).
    Raises ValueError for a locale Babel does not know.
    """
    locale = locale or current_locale()
    loc = parse_locale(locale)
    skeleton = ("y" if year else "") + "MMM" + ("E" if weekday else "") + "d"
    pattern = loc.datetime_skeletons[skeleton].pattern
    if not isinstance(moment, datetime):
        return format_date(moment, pattern, locale=loc)
    local = moment.astimezone(tz) if tz else moment
    day = format_datetime(local, pattern, locale=loc)
    if not clock:
        return day
    if not zone:
        return _tr(locale, N_("{day}, {time}"), day=day, time=format_clock(local, locale))
    return _tr(
        locale,
        N_("{day}, {time} {zone}"),
        day=day,
        time=format_clock(local, locale),
        zone=zone_name(local, locale),
    ).strip()


def format_when(
    moment: datetime, tz: tzinfo | None = None, style: str = "long", locale: str | None = None
) -> str:
    """A moment in ``tz`` for ``locale``; styles:

    - ``long``: ``Tuesday, April 13, 2027, 2:00 PM CEST`` / ``Dienstag, 13. April 2027, 14:00 Uhr MESZ``
    - ``day``: ``Wednesday, December 2, 1:00 PM`` / ``Mittwoch, 2. Dezember, 13:00 Uhr``
    - ``date``: ``Tuesday, April 13, 2027``; ``time``: ``2:00 PM CEST``
    - ``short``: ``Tue, Apr 13, 2:00 PM`` (subject lines)
    """
    locale = locale or current_locale()
    local = moment.astimezone(tz) if tz else moment
    clock, zone = format_clock(local, locale), zone_name(local, locale)
    if style == "date":
        return format_day(local, locale, year=True)
    if style == "time":
        return _tr(locale, N_("{time} {zone}"), time=clock, zone=zone).strip()
    if style == "short":
        return format_moment(local, None, locale)
    if style == "day":
        return _tr(locale, N_("{day}, {time}"), day=format_day(local, locale), time=clock)
    day = format_day(local, locale, year=True)
    return _tr(locale, N_("{day}, {time} {zone}"), day=day, time=clock, zone=zone).strip()


def format_span(
    start: datetime, end: datetime, tz: tzinfo, dated: bool = True, locale: str | None = None
) -> str:
    """``Tuesday, April 13, 2027, 2:00–3:00 PM CEST``; ``dated=False`` gives ``8:00–9:00 AM EDT``.

    An end on another day (in ``tz``) names that day too. Babel's interval formats
    (CLDR) keep "PM" once when both ends share it.
    """
    locale = locale or current_locale()
    first, last = start.astimezone(tz), end.astimezone(tz)
    zone = zone_name(last, locale)
    if last.date() != first.date():
        ending = format_when(last, tz, "short", locale)
        times = _tr(
            locale,
            N_("{start} – {end} {zone}"),
            start=format_clock(first, locale),
            end=ending,
            zone=zone,
        )
    else:
        span = _plain(
            format_interval(
                first.time(),
                last.time(),
                "hm" if _twelve_hours(locale) else "Hm",
                locale=parse_locale(locale),
            )
        )
        times = _tr(locale, N_("{times} {zone}"), times=span, zone=zone)
    if not dated:
        return times.strip()
    return _tr(
        locale, N_("{day}, {times}"), day=format_day(first, locale, year=True), times=times
    ).strip()


def _twelve_hours(locale: str) -> bool:
    return "a" in parse_locale(locale).time_formats["short"].pattern


def format_duration(value: timedelta | float, locale: str | None = None) -> str:
    """``45 min``, ``1 hr``, ``1 hr 30 min`` (``1 Std. 30 Min.`` in German); a number means
    minutes. Babel's CLDR unit names."""
    locale = locale or current_locale()
    minutes = value.total_seconds() / 60 if isinstance(value, timedelta) else value
    hours, rest = divmod(round(minutes), 60)
    loc = parse_locale(locale)
    parts = [format_unit(hours, "duration-hour", "short", locale=loc)] if hours else []
    if rest or not hours:
        parts.append(format_unit(rest, "duration-minute", "short", locale=loc))
    return " ".join(parts)


# A day detection wrote into a reason (ISO 8601, ``2028-02-08``), outside the quoted
# event text (“…”), which is shown as the calendar has it.
_QUOTED = re.compile(r"(“[^”]*”)")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def reason_in_locale(reason: str, locale: str | None = None) -> str:
    """A detection reason with its days written as ``locale`` writes them: "follows an
    earlier interview with Acme on 2028-02-08: “Intro call”" reads "… on Feb 8, 2028: …"
    (en_US), "… on 8 Feb 2028: …" (en_GB).

    Detection writes days as ISO 8601 so that it loads no locale data (its hot path,
    ``scripts/bench_detect.py``); the reader's locale applies where the reason is shown
    (``scan``, the web page). Quoted event text is left as it is; a reason stored by an
    older version ("08 Feb 2028") is shown unchanged.
    """

    def day(match: re.Match[str]) -> str:
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match[0]
        return format_moment(found, None, locale, weekday=False, year=True)

    parts = _QUOTED.split(reason)
    return "".join(p if i % 2 else _ISO_DAY.sub(day, p) for i, p in enumerate(parts))
