"""The checks ``doctor`` runs: each one says what it found and, when wrong, the fix.

The checks are plain functions returning :class:`~assistant.ops.health.Check` values,
so the command only prints and counts them. They never change the user's setup
beyond a probe file they write and remove again; calendars are read once, without
the cache, so a calendar that only the cache could still serve is reported.
Google's own checks (token present and fresh, scopes granted) come from
``assistant.google.health`` when Google is configured.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from assistant.app import App
from assistant.dates import format_moment
from assistant.durations import plural
from assistant.errors import AssistantError, ConfigError
from assistant.i18n import using
from assistant.models import Event
from assistant.ops.health import Check
from assistant.ops.pass_log import last_pass, simulated_times
from assistant.paths import Home
from assistant.resources import data_path
from assistant.store import Store, StorePort

log = logging.getLogger(__name__)

# Below this much free space, a briefing or a database write may fail.
MIN_FREE_BYTES = 50 * 1024 * 1024
# A clock that reads earlier than the last pass by more than this went backwards.
CLOCK_SLACK = timedelta(minutes=5)
# A home that has not synced for this long is probably not scheduled.
STALE_AFTER = timedelta(days=1)
EARLIEST_PLAUSIBLE_YEAR = 2024
# The check whose failure is a configuration mistake: doctor then exits 2, not 1.
CONFIGURATION = "configuration"


def run_checks(home: Home, clock: Callable[[tzinfo], datetime]) -> list[Check]:
    """Every check, in the order a person would fix them.

    ``clock(tz)`` is the current time, aware, in the user's zone ``tz`` (the one
    config.toml names, known only once it is read), so a ``--now`` without an offset
    means the user's zone here as in every other command.
    """
    checks = [check_folder(name, path) for name, path in _folders(home)]
    if not home.config_file.exists():
        checks.append(
            Check(
                CONFIGURATION,
                False,
                f"there is no configuration file yet ({home.config_file})",
                fix="run `interview-assistant init` to create it, or copy "
                f"{data_path('config.example.toml')} there and edit it",
            )
        )
        return checks
    try:
        app = App.load(home)
    except ConfigError as error:
        checks.append(
            Check(
                CONFIGURATION,
                False,
                "; ".join(error.problems),
                fix=error.fix
                or f"edit {error.path or home.config_file}, then run `interview-assistant doctor`",
            )
        )
        return checks
    except (AssistantError, OSError) as error:
        checks.append(Check(CONFIGURATION, False, str(error), fix="see the folder checks above"))
        return checks
    checks.append(Check(CONFIGURATION, True, f"{home.config_file} is valid"))
    # The checks speak English: their dates as the user's English writes them.
    with using(app.english_locale):
        now = clock(app.tz)
        checks.append(check_free_space(_nearest_existing(home.data_dir)))
        last_sync = None
        simulated: set[datetime] = set()
        try:
            with Store.open(home.database) as store:
                checks.append(check_database(store, home.database))
                # Passes run with --now say nothing about this machine's clock.
                real = last_pass(store, real_only=True)
                last_sync = real.at if real else None
                simulated = simulated_times(store)
        except AssistantError as error:
            checks.append(Check("database", False, error.message, fix=error.fix))
        checks.extend(check_clock(app, now, last_sync))
        checks.extend(check_calendars(app, now))
        checks.append(check_mailbox(app))
        checks.extend(account_checks(app, now))
        if app.has_calendars():
            checks.append(check_schedule(last_sync, now, simulated))
        return checks


def failed(checks: list[Check]) -> list[Check]:
    """The checks that make ``doctor`` exit non-zero (warnings do not)."""
    return [c for c in checks if not c.ok and not c.warning]


def exit_code(checks: list[Check]) -> int:
    """0 when nothing failed, 2 when the configuration is missing or wrong (a setup
    mistake, as for every command), else 1. See the README's exit-code table."""
    problems = failed(checks)
    if any(c.name == CONFIGURATION for c in problems):
        return 2
    return 1 if problems else 0


def _folders(home: Home) -> list[tuple[str, Path]]:
    folders = [("config folder", home.config_dir), ("data folder", home.data_dir)]
    if home.config_dir == home.data_dir:
        folders = [("home folder", home.data_dir)]
    return [*folders, ("log folder", home.log_dir)]


def check_folder(name: str, folder: Path) -> Check:
    """The folder can be written in: an existing one by writing and removing a probe
    file, a missing one by asking whether its nearest existing parent lets it be made.

    ``doctor`` only reads: a folder that does not exist yet is reported (``init`` or the
    first pass makes it), never created here.
    """
    if not folder.exists():
        parent = _nearest_existing(folder)
        if os.access(parent, os.W_OK | os.X_OK):
            return Check(
                name,
                True,
                f"{folder} does not exist yet; `interview-assistant init` will create it",
            )
        return Check(
            name,
            False,
            f"{folder} does not exist and cannot be created ({parent} is not writable)",
            fix=f"make {parent} writable, or set INTERVIEW_ASSISTANT_HOME to a folder that is",
        )
    probe = folder / f".doctor-{os.getpid()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return Check(
            name,
            False,
            f"{folder} is not writable ({exc.strerror or exc})",
            fix=f"make {folder} writable, or set INTERVIEW_ASSISTANT_HOME to a folder that is",
        )
    return Check(name, True, f"{folder} is writable")


def _nearest_existing(folder: Path) -> Path:
    """``folder`` itself or its closest ancestor that exists (at worst the root)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return Path(folder.anchor or ".")


def check_free_space(folder: Path) -> Check:
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        return Check(
            "free disk space",
            False,
            f"only {free // 2**20} MB free where the database and mailbox live",
            fix="free some disk space",
        )
    return Check("free disk space", True, f"{free // 2**20} MB free")


def check_database(store: StorePort, path: Path) -> Check:
    result = store.integrity_problem()
    if result is not None:
        return Check(
            "database",
            False,
            f"{path} is damaged: {result}",
            fix="restore it from a backup, or move it away to start fresh",
        )
    return Check("database", True, f"{path} is sound")


def check_clock(app: App, now: datetime, last_sync: datetime | None) -> list[Check]:
    """The clock is plausible and not behind the last pass; the timezone is known."""
    checks = []
    if now.year < EARLIEST_PLAUSIBLE_YEAR:
        checks.append(
            Check(
                "clock",
                False,
                f"the clock says {format_moment(now, year=True, clock=False)}",
                fix="set the system clock (enable NTP)",
            )
        )
    elif last_sync is not None and now < last_sync - CLOCK_SLACK:
        checks.append(
            Check(
                "clock",
                False,
                f"the clock reads {format_moment(now, year=True)}, earlier than the last "
                f"pass at {format_moment(last_sync, app.tz, year=True)}",
                fix="set the system clock (enable NTP); due times are computed from it",
            )
        )
    else:
        checks.append(Check("clock", True, format_moment(now, year=True, zone=True)))
    zone = getattr(app.tz, "key", None)
    if app.settings.user.timezone:
        checks.append(Check("timezone", True, f"{zone} (from config.toml)"))
    elif zone and zone != "UTC":
        checks.append(Check("timezone", True, f"{zone} (this machine's)"))
    else:
        checks.append(
            Check(
                "timezone",
                False,
                "this machine's timezone could not be read; times are shown in UTC",
                fix='set [user] timezone = "Europe/Berlin" (your zone) in config.toml',
                warning=True,
            )
        )
    return checks


def check_calendars(app: App, now: datetime) -> list[Check]:
    """Read every configured calendar once, as a pass would."""
    if not app.has_calendars():
        return [
            Check(
                "calendars",
                False,
                "no calendar is configured",
                fix='add [calendar] ics = ["/path/to/calendar.ics"] to config.toml, or run '
                "`interview-assistant connect google`",
            )
        ]
    try:
        sources = app.sources()
    except (AssistantError, ImportError) as error:
        return [
            Check(
                "calendars", False, str(error), fix=getattr(error, "fix", None) or "run doctor -v"
            )
        ]
    back, ahead = app.settings.calendar.history_days, app.settings.calendar.window_days
    start, end = now - timedelta(days=back), now + timedelta(days=ahead)
    window = (
        f"from {format_moment(start, app.tz, year=True, clock=False)} to "
        f"{format_moment(end, app.tz, year=True, clock=False)}, "
        f"the window a pass reads ([calendar] history_days = {back} back, window_days = "
        f"{ahead} ahead)"
    )
    checks = []
    events = []
    for source in sources:
        name = f"calendar {source.label}"
        try:
            result = source.read(start, end)
        except AssistantError as error:
            fix = error.fix or "check the calendar's location in config.toml"
            checks.append(Check(name, False, getattr(error, "reason", error.message), fix=fix))
            continue
        events.extend(result.events)
        detail = f"{plural(len(result.events), 'event')} {window}"
        if result.warnings:  # each names its own fix ("re-export or re-download it")
            more = len(result.warnings) - 1
            also = f" (and {plural(more, 'more warning')}: `scan` lists them)" if more else ""
            first = result.warnings[0].removeprefix(f"{source.label}: ")
            detail += f"; {first}{also}"
        checks.append(Check(name, not result.warnings, detail, warning=bool(result.warnings)))
    own = check_own_organisation(events, app)
    return [*checks, own] if own else checks


def check_own_organisation(events: list[Event], app: App) -> Check | None:
    """What detection learned about the user's own addresses and employer (a warning
    to confirm it in config.toml), or ``None`` when nothing was learned."""
    from assistant.detect import own_organisation

    learned = own_organisation(events, app.profile())
    if not learned:
        return None
    detail = "learned from your calendar: " + "; ".join(learned.reasons)
    return Check("own organisation", False, detail, fix=learned.advice(), warning=True)


def check_mailbox(app: App) -> Check:
    """The local Maildir takes a file; other backends at least build from config."""
    try:
        mailbox = app.mailbox()
    except AssistantError as error:
        return Check("mailbox", False, error.message, fix=error.fix)
    if app.settings.mail.backend != "local":
        return Check("mailbox", True, f"{app.settings.mail.backend} is configured")
    from assistant.mail.maildir import DRAFTS, INBOX, SENT

    try:
        for name in (INBOX, DRAFTS, SENT):
            probe = mailbox.folder(name) / "tmp" / f".doctor-{os.getpid()}"  # type: ignore[attr-defined]
            probe.write_bytes(b"ok")
            probe.unlink()
    except AssistantError as error:
        return Check("mailbox", False, error.message, fix=error.fix)
    except OSError as exc:
        return Check(
            "mailbox",
            False,
            f"cannot write to {app.mailbox_path()}: {exc.strerror or exc}",
            fix="fix the folder's permissions, or set [mail.local] path in config.toml",
        )
    return Check(
        "mailbox",
        True,
        f"{app.mailbox_path()} is writable. It is a local folder: approved messages are "
        "filed in its Sent folder, not emailed (send them from your mail client, or connect "
        "Gmail or an SMTP account)",
    )


def account_checks(app: App, now: datetime) -> list[Check]:
    """Google and mail-server logins: each adapter's own health module knows how."""
    checks: list[Check] = []
    settings = app.settings
    try:
        if settings.calendar.google or settings.mail.backend == "gmail":
            from assistant.google.health import google_checks

            checks.extend(google_checks(app, now=now))
        if settings.calendar.microsoft or settings.mail.backend == "graph":
            from assistant.microsoft.health import microsoft_checks

            checks.extend(microsoft_checks(app))
        if settings.mail.backend in ("smtp", "imap+smtp") or settings.caldav.url:
            from assistant.mail.health import mail_checks

            checks.extend(mail_checks(app))
    except AssistantError as error:
        checks.append(Check("accounts", False, error.message, fix=error.fix))
    return checks


def check_schedule(
    last_sync: datetime | None, now: datetime, simulated: Collection[datetime] = ()
) -> Check:
    """A home that has not synced lately is probably not running in the background.

    Only passes on the real clock count (``last_sync``, aware, or None); the passes run
    at a time given with ``--now`` (``simulated``, the times they acted at) are named
    as such, so a home tried with ``tick --now`` is never said to have run no pass.
    """
    fix = "interview-assistant service install --user (or see `interview-assistant service --help`)"
    tried = ""
    if simulated:
        last = max(simulated)
        tried = (
            f"{plural(len(simulated), 'simulated pass', 'simulated passes')} (`tick --now`, "
            f"the last at {_utc(last)})"
        )
    if last_sync is None:
        detail = f"{tried}, none on the real clock" if tried else "no pass has run yet"
        return Check("background runs", False, detail, fix=fix, warning=True)
    also = f"; also {tried}" if tried else ""
    if now - last_sync > STALE_AFTER:
        return Check(
            "background runs",
            False,
            f"the last pass on the real clock was at {_utc(last_sync)}" + also,
            fix=fix,
            warning=True,
        )
    return Check(
        "background runs",
        True,
        f"last pass at {_utc(last_sync)}{also}",
    )


def _utc(moment: datetime) -> str:
    """A pass's time in UTC, as the service's logs (journald, cron mail) stamp it, written
    as the current locale writes it: ``Mon, Nov 30, 2026, 11:30 PM UTC``."""
    return format_moment(moment, UTC, year=True, zone=True)
