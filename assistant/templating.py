"""The Jinja2 environment for every email and page.

Templates are looked up in the user's folder (``[templates] path``) first, then in
the packaged defaults; ``{% extends "default:briefing.html" %}`` reaches the
packaged original from an override, so a user can change one block and keep the
rest. Text templates use ``StrictUndefined`` (a typo fails loudly instead of
sending "Dear ,"); HTML templates are autoescaped, so event text stays inert.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import jinja2

from assistant.resources import resource_path


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html", ".htm", ".xml"))  # type: ignore[union-attr]


def _format_when(moment: datetime, tz: tzinfo | None = None, style: str = "long") -> str:
    """``Tuesday 13 April 2027, 14:00 CEST`` in ``tz`` (the user's zone)."""
    local = moment.astimezone(tz) if tz else moment
    if style == "date":
        return f"{local:%A} {local.day} {local:%B %Y}"
    if style == "time":
        return f"{local:%H:%M %Z}".strip()
    if style == "short":
        return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M %Z}".strip()


def _format_duration(minutes: float) -> str:
    minutes = round(minutes)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def _money(value: int | None) -> str:
    return "n/a" if value is None else f"${value:,}"


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
        self.env.filters["when"] = _format_when
        self.env.filters["duration"] = _format_duration
        self.env.filters["money"] = _money

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def has(self, name: str) -> bool:
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        return True
