"""The Jinja2 environment for every email and page, and the filters templates use.

Templates are looked up in the user's folder (``[templates] path``) first, then in
the packaged defaults; ``{% extends "default:briefing.html" %}`` reaches the
packaged original from an override, so a user can change one block and keep the
rest. Text templates use ``StrictUndefined`` (a typo fails loudly instead of
sending "Dear ,"); HTML templates are autoescaped, so event text stays inert.

Filters: ``when`` (a moment in a zone), ``span`` (start–end), ``duration``,
``money``; and for plain-text mail ``bullet`` (a wrapped list item), ``columns`` (a
two-line table) and ``quoted`` (text behind "| ").
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from babel.dates import format_datetime, format_interval, format_time
from babel.units import format_unit

from assistant.i18n import DEFAULT_LOCALE, N_, current_locale, finish, parse_locale, translations
from assistant.resources import resource_path

# Plain-text mail reads best wrapped a little under the classic 78 columns.
TEXT_WIDTH = 76


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html", ".htm", ".xml"))  # type: ignore[union-attr]


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
    loc = parse_locale(locale)
    clock, zone = format_clock(local, locale), zone_name(local, locale)
    if style == "date":
        return format_day(local, locale, year=True)
    if style == "time":
        return _tr(locale, N_("{time} {zone}"), time=clock, zone=zone).strip()
    if style == "short":
        day = format_datetime(local, loc.datetime_skeletons["MMMEd"].pattern, locale=loc)
        return _tr(locale, N_("{day}, {time}"), day=day, time=clock)
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


def _money(value: int | None) -> str:
    return "n/a" if value is None else f"${value:,}"


def bullet(text: str, lead: str = "", indent: int = 2, marker: str = "- ", colon: str = ":") -> str:
    """One list item for plain text: ``  - Lead: text`` wrapped with a hanging indent;
    ``colon`` is the language's (French writes "Lead\u00a0: text").

    URLs and long words are never split, so links stay clickable.
    """
    first = " " * indent + marker
    body = f"{lead}{colon} {text}" if lead else text
    return textwrap.fill(
        body,
        width=TEXT_WIDTH,
        initial_indent=first,
        subsequent_indent=" " * len(first),
        break_long_words=False,
        break_on_hyphens=False,
    )


def columns(pairs: list[tuple[str, str]], indent: int = 2, gap: int = 2) -> str:
    """Two aligned lines, labels over values: a small table for plain text."""
    widths = [max(len(label), len(value)) + gap for label, value in pairs]
    lines = [
        " " * indent + "".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in ([label for label, _ in pairs], [value for _, value in pairs])
    ]
    return "\n".join(line.rstrip() for line in lines)


def quoted(text: str, marker: str = "  | ") -> str:
    """``text`` wrapped, every line behind ``marker``, like a quote in a reply."""
    width = TEXT_WIDTH - len(marker)
    lines: list[str] = []
    for paragraph in text.splitlines():
        wrapped = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        lines.extend(marker + line for line in wrapped or [""])
    return "\n".join(line.rstrip() for line in lines)


class Renderer:
    """Renders named templates, each in a locale; one instance per process is enough.

    Templates translate their text with Jinja2's i18n extension (``{% trans %}``,
    ``_()``) from the gettext catalogs (:mod:`assistant.i18n`); the ``when``,
    ``span`` and ``duration`` filters format for the same locale with Babel.
    """

    def __init__(self, user_dir: str | Path | None = None, locale: str = DEFAULT_LOCALE) -> None:
        packaged = jinja2.FileSystemLoader(str(resource_path("templates")))
        loaders: list[jinja2.BaseLoader] = []
        if user_dir:
            loaders.append(jinja2.FileSystemLoader(str(Path(user_dir).expanduser())))
        loaders.append(packaged)
        self._loader = jinja2.ChoiceLoader(
            [*loaders, jinja2.PrefixLoader({"default": packaged}, delimiter=":")]
        )
        self.locale = str(parse_locale(locale))
        self._envs: dict[str, jinja2.Environment] = {}

    @property
    def env(self) -> jinja2.Environment:
        """The environment for the renderer's own locale."""
        return self.environment(self.locale)

    def environment(self, locale: str) -> jinja2.Environment:
        """The Jinja2 environment that renders in ``locale`` (made once per locale)."""
        locale = str(parse_locale(locale))
        env = self._envs.get(locale)
        if env is None:
            env = jinja2.Environment(
                loader=self._loader,
                autoescape=_autoescape,
                undefined=jinja2.StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
                extensions=["jinja2.ext.i18n"],
            )
            env.install_gettext_translations(translations(locale), newstyle=True)  # type: ignore[attr-defined]
            env.filters["when"] = when_filter(locale)
            env.filters["span"] = partial(_span_filter, locale=locale)
            env.filters["duration"] = partial(format_duration, locale=locale)
            env.filters["money"] = _money
            env.filters["bullet"] = bullet
            env.filters["columns"] = columns
            env.filters["quoted"] = quoted
            env.globals["locale"] = locale
            self._envs[locale] = env
        return env

    def render(self, name: str, **context: Any) -> str:
        """Render template ``name`` in the renderer's own locale."""
        return self.render_in(self.locale, name, **context)

    def render_in(self, locale: str, name: str, **context: Any) -> str:
        """Render template ``name`` in ``locale``, with the language's finishing touches
        (:func:`assistant.i18n.finish`: French elision)."""
        return finish(self.environment(locale).get_template(name).render(**context), locale)

    def has(self, name: str) -> bool:
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        return True


def when_filter(locale: str) -> Callable[..., str]:
    """The ``when`` filter (:func:`format_when`) bound to ``locale``."""
    return partial(_when_filter, locale=locale)


def _when_filter(
    moment: datetime, tz: tzinfo | None = None, style: str = "long", *, locale: str
) -> str:
    return format_when(moment, tz, style, locale)


def _span_filter(
    start: datetime, end: datetime, tz: tzinfo, dated: bool = True, *, locale: str
) -> str:
    return format_span(start, end, tz, dated, locale)
