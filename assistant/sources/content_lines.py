"""icalendar's own parser, with its most common step done once per distinct line shape.

Half of ``icalendar.Calendar.from_ical`` on a large calendar is
``Contentline.raw_parts``: it walks every character of every content line, the value
included, to find where the name, the parameters and the value begin, then parses the
parameters afresh for every line (icalendar 7.3). Most lines of real calendars have
the same few shapes: a plain name (``DTSTART``, ``SUMMARY``), an optional run of
parameters that repeat across events (``TZID=Europe/Berlin``,
``CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED``), a colon, the value.

:class:`Calendar` parses through :class:`ContentLineParser`, a refinement of
icalendar's ``CalendarIcalParser`` (``ComponentIcalParser`` is written to be refined
by subclasses: its docstring says so, and icalendar's ``LazyCalendar`` does the same
through ``_get_ical_parser``). For a line whose name is a plain token directly
followed by ``;`` or ``:``, and whose parameters hold no backslash outside double
quotes, it finds the value's colon with one regular expression, and takes the
parameters from a small table keyed by their exact text, filled by icalendar's own
``raw_parts`` the first time a text is seen; and it looks up a property's value type
once per name and ``VALUE`` parameter, not on every call. Every other line (a backslash before the
value, whitespace or an odd character in the name, no colon, an empty parameter
section) goes to icalendar's ``Contentline.parts`` unchanged, so its errors and
leniencies are icalendar's. What follows the split (BEGIN/END, property values,
CATEGORIES, time zones, forward references) is icalendar's code.

Why this is the same split: ``raw_parts`` toggles "in quotes" on each ``"`` (unless
escaped), treats ``\\`` outside quotes as escaping the next character, takes the first
``;`` or ``:`` outside quotes as the end of the name and the first ``:`` outside
quotes as the start of the value; with no backslash before that colon outside quotes
the escape never fires, and :data:`_SIMPLE` describes exactly those prefixes. The
name needs no whitespace removal or token check beyond the pattern (``[A-Za-z0-9-]+``
is inside icalendar's ``[\\w.-]+``). ``tests/adapters/test_content_lines.py``
compares both parsers line by line and calendar by calendar on every fixture and
corpus file, and on generated lines.

With an icalendar older than 7.1 (no parser class to refine), :func:`calendar_class`
gives icalendar's own ``Calendar``. The components parsed are icalendar's own classes (``icalendar.Calendar``,
``icalendar.Event``…): only the parse is refined.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import icalendar
from icalendar.parser import Contentline, Parameters

try:  # the parser classes and the hook to choose one came with icalendar 7.1
    from icalendar.parser import unescape_backslash
    from icalendar.parser.ical.calendar import CalendarIcalParser
except ImportError:  # pragma: no cover - older icalendar: its own parse, unrefined
    CalendarIcalParser = object  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from icalendar.parser.ical.component import ComponentIcalParser

# name, then optionally ";" and parameters (no backslash or colon outside double
# quotes; anything but a double quote inside them), then the value's colon
_SIMPLE = re.compile(r'([A-Za-z0-9-]+)(?:;((?:[^"\\:]|"[^"]*")+))?:')

# Distinct parameter texts kept at most: a calendar repeats a few hundred at most
# (zones, PARTSTATs, CNs of the people met often); unique ones (a CN seen once) are
# parsed by icalendar as before, and the table starts over when full.
_PARAMETER_TEXTS = 4096


class ContentLineParser(CalendarIcalParser):
    """``CalendarIcalParser`` with the common content line split once per shape."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # parameter text -> its (key, value) pairs as icalendar parses them, or None
        # when icalendar refuses them (the whole line then goes to icalendar)
        self._parameters: dict[str, tuple[tuple[str, Any], ...] | None] = {}
        # (property name, VALUE parameter) -> its value type: asked on every property, some twice
        self._factories: dict[tuple[str, str | None], Any] = {}

    def parse_content_lines(self) -> None:
        """Parse every content line into components (``ComponentIcalParser``'s loop)."""
        for line in self._content_lines_iterator:
            if not line:
                continue
            try:
                name, params, vals = self._parts(line)
            except ValueError as e:
                self.handle_line_parse_error(e)
                continue
            uname = name.upper()
            if uname == "BEGIN":
                self.handle_begin_component(vals)
            elif uname == "END":
                self.handle_end_component(vals)
            else:
                self.handle_property(uname, params, vals, line)

    def get_factory_for_property(self, name: str, params: Parameters) -> Any:
        """The value type of a property (``ComponentIcalParser``'s), once per parse and
        (name, VALUE parameter): the types table does not change during a parse."""
        key = (name, params.value)
        found = self._factories.get(key)
        if found is None:
            found = self._factories[key] = super().get_factory_for_property(name, params)
        return found

    def _parts(self, line: Contentline) -> tuple[str, Parameters, str]:
        """``line.parts()``: (name, parameters, unescaped value); ValueError as there."""
        simple = None if getattr(line, "strict", False) else _SIMPLE.match(line)
        if simple is None:  # strict lines (only from a caller's own list) too
            return line.parts()
        name, text = simple.groups()
        if text is None:
            params = Parameters()
        else:
            pairs = self._parameter_pairs(text)
            if pairs is None:
                return line.parts()
            # a fresh dict (and fresh lists) per property: callers may change them
            params = Parameters((k, list(v) if isinstance(v, list) else v) for k, v in pairs)
        return name, params, unescape_backslash(line[simple.end() :])

    def _parameter_pairs(self, text: str) -> tuple[tuple[str, Any], ...] | None:
        known = self._parameters
        if text in known:
            return known[text]
        if len(known) >= _PARAMETER_TEXTS:
            known.clear()
        try:
            # icalendar's own parameter parsing, on a line that is only these parameters
            parsed = Contentline(f"X;{text}:").raw_parts()[1]
        except ValueError:
            known[text] = None
        else:
            known[text] = tuple(parsed.items())
        return known[text]


class Calendar(icalendar.Calendar):
    """``icalendar.Calendar.from_ical`` through :class:`ContentLineParser`.

    Only ``from_ical`` differs: the components it returns are icalendar's own
    (``icalendar.Calendar``, not this class), equal to what icalendar parses.
    """

    @classmethod
    def _get_ical_parser(cls, st: str | bytes) -> ComponentIcalParser:
        return ContentLineParser(st, icalendar.Calendar._get_component_factory(), cls.types_factory)


def calendar_class() -> type[icalendar.Calendar]:
    """:class:`Calendar` where icalendar has the parser it refines (7.1 and later), else
    ``icalendar.Calendar`` itself: the same calendars either way, only slower."""
    hooked = CalendarIcalParser is not object and hasattr(icalendar.Calendar, "_get_ical_parser")
    return Calendar if hooked else icalendar.Calendar
