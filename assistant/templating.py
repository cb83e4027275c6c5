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

import textwrap
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import jinja2

from assistant.resources import resource_path

# Plain-text mail reads best wrapped a little under the classic 78 columns.
TEXT_WIDTH = 76


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html", ".htm", ".xml"))  # type: ignore[union-attr]


def format_when(moment: datetime, tz: tzinfo | None = None, style: str = "long") -> str:
    """``Tuesday 13 April 2027, 14:00 CEST`` in ``tz``; styles ``date``, ``time``, ``short``."""
    local = moment.astimezone(tz) if tz else moment
    if style == "date":
        return f"{local:%A} {local.day} {local:%B %Y}"
    if style == "time":
        return f"{local:%H:%M %Z}".strip()
    if style == "short":
        return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M %Z}".strip()


def format_span(start: datetime, end: datetime, tz: tzinfo, dated: bool = True) -> str:
    """``Tuesday 13 April 2027, 14:00–15:00 CEST``; ``dated=False`` gives ``08:00–09:00 EDT``.

    An end on another day (in ``tz``) names that day too.
    """
    first, last = start.astimezone(tz), end.astimezone(tz)
    day = f"{first:%A} {first.day} {first:%B %Y}, " if dated else ""
    if last.date() != first.date():
        return f"{day}{first:%H:%M} – {last:%a} {last.day} {last:%b}, {last:%H:%M %Z}".strip()
    return f"{day}{first:%H:%M}–{last:%H:%M %Z}".strip()


def format_duration(value: timedelta | float) -> str:
    """``45 min``, ``1 h``, ``1 h 30 min``; a number means minutes."""
    minutes = value.total_seconds() / 60 if isinstance(value, timedelta) else value
    hours, rest = divmod(round(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def _money(value: int | None) -> str:
    return "n/a" if value is None else f"${value:,}"


def bullet(text: str, lead: str = "", indent: int = 2, marker: str = "- ") -> str:
    """One list item for plain text: ``  - Lead: text`` wrapped with a hanging indent.

    URLs and long words are never split, so links stay clickable.
    """
    first = " " * indent + marker
    body = f"{lead}: {text}" if lead else text
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
    """Renders named templates; one instance per process is enough."""

    def __init__(self, user_dir: str | Path | None = None) -> None:
        packaged = jinja2.FileSystemLoader(str(resource_path("templates")))
        loaders: list[jinja2.BaseLoader] = []
        if user_dir:
            loaders.append(jinja2.FileSystemLoader(str(Path(user_dir).expanduser())))
        loaders.append(packaged)
        loader = jinja2.PrefixLoader({"default": packaged}, delimiter=":")
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([*loaders, loader]),
            autoescape=_autoescape,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["when"] = format_when
        self.env.filters["span"] = format_span
        self.env.filters["duration"] = format_duration
        self.env.filters["money"] = _money
        self.env.filters["bullet"] = bullet
        self.env.filters["columns"] = columns
        self.env.filters["quoted"] = quoted

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def has(self, name: str) -> bool:
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        return True
