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
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import Any

import jinja2

# The formatters live in assistant.dates (no Jinja2 there); importable from here too.
from assistant.dates import format_clock as format_clock
from assistant.dates import format_day as format_day
from assistant.dates import format_duration as format_duration
from assistant.dates import format_moment as format_moment
from assistant.dates import format_span as format_span
from assistant.dates import format_when as format_when
from assistant.dates import zone_name as zone_name
from assistant.i18n import DEFAULT_LOCALE, finish, parse_locale, translations
from assistant.resources import resource_path

# Plain-text mail reads best wrapped a little under the classic 78 columns.
TEXT_WIDTH = 76


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html", ".htm", ".xml"))  # type: ignore[union-attr]


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
