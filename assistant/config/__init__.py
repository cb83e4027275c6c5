"""Configuration: TOML in, typed and validated settings out.

Every key has a default, so no file is needed to start. Each section is a frozen
dataclass; a field's ``metadata["parse"]`` turns the raw TOML value into the typed
one or raises ``ValueError`` saying what is allowed. :func:`load_settings` walks the
whole file and reports *every* problem at once, naming the key, as one
:class:`~assistant.errors.ConfigError` (exit code 2).

The commented example is ``config/config.example.toml``; keep the two in step
(a test checks that the example parses and names every key).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any, cast

from assistant.config import values as v
from assistant.config.values import parse_duration
from assistant.errors import ConfigError
from assistant.i18n import SHIPPED


def _setting(
    default: Any, parse: Callable[[Any], Any], doc: str = "", *, secret: bool = False
) -> Any:
    """A config key: its default, its parser and a one-line description.

    A ``secret`` key's value is never repeated in an error message (it may hold tokens).
    """
    metadata = {"parse": parse, "doc": doc, "secret": secret}
    factory = (lambda: default) if isinstance(default, dict | list) else None
    if factory:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


# --- sections --------------------------------------------------------------------


@dataclass(frozen=True)
class UserSettings:
    name: str = _setting("", v.text, "your name, used in greetings and the signature")
    email: str = _setting("", v.email, "your address: briefings go here; detection knows 'you'")
    aliases: tuple[str, ...] = _setting((), v.strings, "other addresses that are also you")
    timezone: str = _setting("", v.timezone, "IANA zone; empty means this machine's zone")
    signature: str = _setting("", v.text, "appended to every draft")
    locale: str = _setting(
        "",
        v.locale,
        "dates, numbers and spelling, like en_US, en_GB, de_DE; empty: your zone's country",
    )
    language: str = _setting(
        "",
        v.one_of("", *SHIPPED),
        "briefings and notes to self: en, de, fr, es; empty: the locale's",
    )


@dataclass(frozen=True)
class CalendarSettings:
    ics: tuple[str, ...] = _setting((), v.strings, ".ics paths or http(s) URLs")
    google: tuple[str, ...] = _setting((), v.google_calendars, "Google calendars to read")
    microsoft: bool = _setting(False, v.flag, "read the Outlook calendar of `connect microsoft`")
    window_days: int = _setting(60, v.days, "how far ahead to look, in days")
    history_days: int = _setting(120, v.days, "how far back to look for first interviews")


@dataclass(frozen=True)
class CalDavSettings:
    url: str = _setting("", v.text, "CalDAV calendar URL")
    username: str = _setting("", v.text, "login name")
    password_env: str = _setting("", v.text, "environment variable holding the password")


@dataclass(frozen=True)
class DetectSettings:
    threshold: float = _setting(0.6, v.fraction, "confidence needed to act on an event")
    extra_keywords: tuple[str, ...] = _setting((), v.strings, "more words that mean a later round")
    ignore_patterns: tuple[str, ...] = _setting(
        (), v.strings, "regexes; matching titles are ignored"
    )
    own_domains: tuple[str, ...] = _setting(
        (), v.strings, "your employer's domains (you interview)"
    )


@dataclass(frozen=True)
class LocalMailSettings:
    path: str = _setting("", v.text, "Maildir++ folder; empty means mailbox/ under the home")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = _setting("", v.text, "SMTP server")
    port: int = _setting(587, v.port, "587 for STARTTLS, 465 for TLS")
    security: str = _setting("starttls", v.one_of("starttls", "tls", "none"), "")
    username: str = _setting("", v.text, "login name")
    password_env: str = _setting("", v.text, "environment variable holding the password")
    verify: bool = _setting(True, v.flag, "verify the server's TLS certificate")


@dataclass(frozen=True)
class ImapSettings:
    host: str = _setting("", v.text, "IMAP server")
    port: int = _setting(993, v.port, "993 for TLS, 143 for STARTTLS")
    security: str = _setting("tls", v.one_of("starttls", "tls", "none"), "")
    username: str = _setting("", v.text, "login name")
    password_env: str = _setting("", v.text, "environment variable holding the password")
    verify: bool = _setting(True, v.flag, "verify the server's TLS certificate")
    drafts_folder: str = _setting("", v.text, "empty: found by its \\Drafts flag")
    sent_folder: str = _setting("", v.text, "empty: found by its \\Sent flag")


@dataclass(frozen=True)
class MailSettings:
    backend: str = _setting("local", v.one_of("local", "gmail", "graph", "smtp", "imap+smtp"), "")
    local: LocalMailSettings = field(default_factory=LocalMailSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)


@dataclass(frozen=True)
class ScheduleSettings:
    briefing_lead: tuple[timedelta, ...] = _setting(
        (timedelta(hours=24),), v.durations, "when briefings go out before the interview"
    )
    drafts_after: timedelta = _setting(
        timedelta(minutes=30), parse_duration, "when drafts are made after it ends"
    )
    drafts_catch_up: timedelta = _setting(
        timedelta(days=2),
        parse_duration,
        "no drafts for an interview that had ended this long before it was first seen",
    )
    poll: timedelta = _setting(timedelta(minutes=5), parse_duration, "how often `run` looks")
    quiet_hours: tuple[time, time] | None = _setting(
        (time(21, 0), time(7, 0)), v.quiet_hours, "no briefings in this range"
    )
    remind_after: timedelta = _setting(
        timedelta(days=3), parse_duration, "one reminder for drafts left this long"
    )


@dataclass(frozen=True)
class LimitsSettings:
    calendar_seconds: float = _setting(
        10.0, v.seconds, "time one pass may spend expanding one calendar, in seconds"
    )
    messages_per_pass: int = _setting(
        50, v.messages_per_pass, "messages (briefings, drafts, notes) one pass may create"
    )


@dataclass(frozen=True)
class SalarySettings:
    pins: dict[str, str] = _setting({}, v.salary_pins, "employer or role → SOC code")
    min: int | None = _setting(None, v.dollars, "your own researched range, low end")
    max: int | None = _setting(None, v.dollars, "your own researched range, high end")
    currency: str = _setting("USD", v.text, "currency of your own range")


@dataclass(frozen=True)
class TemplateSettings:
    path: str = _setting("", v.text, "folder whose templates override the packaged ones")


@dataclass(frozen=True)
class PipelineSettings:
    check_in_after: int = _setting(
        7,
        v.whole_number("working days, like 7"),
        "working days with no later round before a check-in nudge; 0: never",
    )


@dataclass(frozen=True)
class NotifySettings:
    urls: tuple[str, ...] = _setting(
        (), v.notify_urls, "Apprise URLs for short notifications (ntfy, Telegram…)", secret=True
    )


@dataclass(frozen=True)
class Settings:
    """The whole configuration. ``Settings()`` is the all-defaults configuration."""

    user: UserSettings = field(default_factory=UserSettings)
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    caldav: CalDavSettings = field(default_factory=CalDavSettings)
    detect: DetectSettings = field(default_factory=DetectSettings)
    mail: MailSettings = field(default_factory=MailSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    salary: SalarySettings = field(default_factory=SalarySettings)
    templates: TemplateSettings = field(default_factory=TemplateSettings)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)

    def replace(self, **sections: Any) -> Settings:
        return dataclasses.replace(self, **sections)


def _build(cls: type, raw: Mapping[str, Any], prefix: str, problems: list[str]) -> Any:
    """Build section ``cls`` from ``raw``, appending a line to ``problems`` per bad key."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        spec = fields.get(key)
        if spec is None:
            known = ", ".join(sorted(fields))
            problems.append(f"unknown key '{name}' (known here: {known})")
        elif "parse" in spec.metadata:
            try:
                values[key] = spec.metadata["parse"](value)
            except ValueError as exc:
                shown = "[redacted]" if spec.metadata.get("secret") else repr(value)
                problems.append(f"'{name}' = {shown} is not valid: expected {exc}")
        elif isinstance(value, dict):
            section = cast(type, spec.default_factory)
            values[key] = _build(section, value, f"{name}.", problems)
        else:
            problems.append(f"'{name}' must be a table ([{name}])")
    return cls(**values)


def parse_settings(raw: Mapping[str, Any], *, path: str | None = None) -> Settings:
    """Validate an already-parsed TOML document; raise ConfigError with every problem."""
    problems: list[str] = []
    settings = _build(Settings, raw, "", problems)
    user = settings.user
    salary = settings.salary
    if salary.min is not None and salary.max is not None and salary.min > salary.max:
        problems.append("'salary.min' is larger than 'salary.max'")
    if settings.mail.backend in ("smtp", "imap+smtp") and not settings.mail.smtp.host:
        problems.append("'mail.smtp.host' is needed when mail.backend is smtp or imap+smtp")
    if settings.mail.backend in ("smtp", "imap+smtp", "gmail", "graph") and not user.email:
        problems.append(f"'user.email' is needed when mail.backend is {settings.mail.backend}")
    for pattern in settings.detect.ignore_patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"'detect.ignore_patterns' entry {pattern!r} is not a regex: {exc}")
    if problems:
        raise ConfigError(problems, path=path)
    return settings


def load_settings(path: Path) -> Settings:
    """Read ``path`` (absent means all defaults) and validate it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise ConfigError([f"cannot read the file: {exc.strerror}"], path=str(path)) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            [f"not valid TOML: {exc}"], path=str(path), fix=toml_fix(exc, path)
        ) from None
    return parse_settings(raw, path=str(path))


# tomllib's messages end "(at line 22, column 17)"; Python 3.14 adds .lineno as well.
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_fix(exc: tomllib.TOMLDecodeError, path: Path) -> str:
    """The fix line for a TOML syntax error: the file and line to look at, and what
    usually breaks there (an unclosed quote or bracket, per the TOML 1.0 spec's strings)."""
    found = _TOML_AT.search(str(exc))
    line = int(found.group(1)) if found else getattr(exc, "lineno", None)
    where = f"{path}, line {line}" if line else str(path)
    return (
        f"edit {where}: close any quote or bracket left open there "
        '(text values need quotes on both sides: name = "Alex")'
    )


def iter_keys(cls: type = Settings, prefix: str = "") -> list[str]:
    """Every dotted key the configuration accepts (used to check the example file)."""
    keys = []
    for f in dataclasses.fields(cls):
        if "parse" in f.metadata:
            keys.append(prefix + f.name)
        else:
            keys.extend(iter_keys(f.default_factory, f"{prefix}{f.name}."))  # type: ignore[arg-type]
    return keys
