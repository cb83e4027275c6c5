"""The composition root: the one place that turns configuration into real services.

The core never builds its own adapters; the commands call :func:`build_services`
and hand the result to ``runner`` and ``approval``. Google libraries are imported
only when the configuration asks for Google, so commands that never talk to
Google stay quick to start.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.config import Settings, load_settings
from assistant.errors import AssistantError, UsageError
from assistant.paths import Home
from assistant.store import Store, StorePort

# Detection, composing and templates are imported by the methods that build them, so a
# command that only reads the store (``drafts list``) starts without them.
if TYPE_CHECKING:
    from assistant.account_files import TokenStore
    from assistant.compose import User
    from assistant.detect import Profile
    from assistant.detect.text.relevance import Relevance
    from assistant.mail.base import Mailbox
    from assistant.notify.base import Notifier
    from assistant.plan import Timing
    from assistant.services import Services
    from assistant.sources.base import CalendarSource
    from assistant.sources.expansion import ReadLimits

# How long a command waits for another one (a tick, an approval) to finish.
LOCK_WAIT_SECONDS = 60

# Backends by config name → "module:factory"; each factory takes the App. Adapters
# are imported only when configured, so a local setup never loads Google or IMAP code.
MAILBOXES = {
    "local": "assistant.mail.maildir:from_app",
    "gmail": "assistant.mail.gmail:from_app",
    "graph": "assistant.mail.graph:from_app",
    "smtp": "assistant.mail.smtp:from_app",
    "imap+smtp": "assistant.mail.imap:from_app",
}
# Calendar kinds besides .ics files and URLs: "module:factory" → list of sources.
EXTRA_SOURCES = {
    "google": "assistant.sources.google:from_app",
    "caldav": "assistant.sources.caldav:from_app",
    "microsoft": "assistant.sources.graph:from_app",
}


def _factory(spec: str) -> Any:
    module_name, attribute = spec.split(":")
    return getattr(importlib.import_module(module_name), attribute)


def user_timezone(settings: Settings) -> tzinfo:
    """The configured zone, else this machine's own (by IANA name when it can be found)."""
    if settings.user.timezone:
        return ZoneInfo(settings.user.timezone)
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:
        return ZoneInfo("UTC")


@dataclass
class App:
    """A home folder and its settings; builds services on demand.

    ``tokens`` is where the Google and Microsoft accounts keep their tokens: None means
    files in the home's data folder (a single user); operator mode passes the vault's
    store for one account (``assistant/operator/vault.py``).
    """

    home: Home
    settings: Settings
    tokens: TokenStore | None = None

    @classmethod
    def load(cls, home: Home | None = None) -> App:
        home = (home or Home.from_env()).ensure()
        return cls(home, load_settings(home.config_file))

    @property
    def tz(self) -> tzinfo:
        return user_timezone(self.settings)

    @property
    def locale(self) -> str:
        """``[user] locale``, else the one the time zone's country suggests, else the
        system's (:func:`assistant.i18n.default_locale`)."""
        from assistant.i18n import default_locale

        return self.settings.user.locale or default_locale(getattr(self.tz, "key", ""))

    @property
    def english_locale(self) -> str:
        """The locale of the terminal's messages, which are in English: the user's English
        (``en_GB``, ``en_AU``), else ``en_US`` (:func:`assistant.i18n.text_locale`).
        Builds no :class:`User`, so a command that composes nothing loads no composing."""
        from assistant.i18n import text_locale

        return text_locale(self.locale, "en")

    @property
    def user(self) -> User:
        from assistant.compose import User
        from assistant.i18n import briefing_language_note, default_language

        u = self.settings.user
        locale = self.locale
        return User(
            name=u.name,
            email=u.email,
            tz=self.tz,
            signature=u.signature or u.name,
            locale=locale,
            language=u.language or default_language(u.locale),
            language_note=briefing_language_note(u.locale, u.language),
        )

    def profile(self, email: str = "") -> Profile:
        """Detection's view of the user from config.toml; ``email`` stands in for an
        unset ``[user] email`` (the owner ``scan`` finds before ``init``)."""
        from assistant.detect import Profile

        d = self.settings.detect
        return Profile.build(
            [self.settings.user.email or email, *self.settings.user.aliases],
            own_domains=d.own_domains,
            threshold=d.threshold,
            extra_keywords=d.extra_keywords,
            ignore_patterns=d.ignore_patterns,
        )

    def timing(self) -> Timing:
        from assistant.plan import Timing

        s = self.settings.schedule
        return Timing(
            tz=self.tz,
            briefing_leads=s.briefing_lead,
            drafts_after=s.drafts_after,
            drafts_catch_up=s.drafts_catch_up,
            quiet_hours=s.quiet_hours,
        )

    def open_store(self) -> Store:
        return Store.open(self.home.database)

    def mailbox_path(self) -> Path:
        configured = self.settings.mail.local.path
        return Path(configured).expanduser() if configured else self.home.default_mailbox

    def mailbox(self, store: StorePort | None = None) -> Mailbox:
        """The configured mailbox backend (Gmail and SMTP keep their send ledgers in ``store``)."""
        backend = self.settings.mail.backend
        try:
            factory = _factory(MAILBOXES[backend])
        except (ImportError, AttributeError):
            raise UsageError(
                f'mail backend "{backend}" is not available in this version',
                fix='set [mail] backend = "local" in config.toml',
            ) from None
        if backend in ("gmail", "graph", "smtp", "imap+smtp"):
            return factory(self, store)
        return factory(self)

    def sources(
        self,
        calendars: tuple[str, ...] | None = None,
        store: StorePort | None = None,
        relevance: Relevance | None = None,
    ) -> list[CalendarSource]:
        """The configured calendars, or only ``calendars`` (paths or URLs) when given.

        With a ``store``, .ics calendars remember their events between passes; with a
        ``relevance`` (:meth:`relevance`), they skip events that cannot matter unparsed.
        """
        from assistant.sources.event_cache import EventCache
        from assistant.sources.ics import IcsSource, Owner

        owner = Owner(self.profile().addresses, self.tz)
        locations = calendars if calendars is not None else self.settings.calendar.ics
        cache = EventCache(store) if store is not None else None
        limits = self.read_limits()
        sources: list[CalendarSource] = [
            IcsSource(loc, owner, cache, limits, relevance) for loc in locations
        ]
        if calendars is None:
            if self.settings.calendar.google:
                sources.extend(_factory(EXTRA_SOURCES["google"])(self, store))
            if self.settings.caldav.url:
                sources.extend(_factory(EXTRA_SOURCES["caldav"])(self, store))
            if self.settings.calendar.microsoft:
                sources.extend(_factory(EXTRA_SOURCES["microsoft"])(self, store))
        return sources

    def relevance(self, store: StorePort) -> Relevance:
        """Which events a pass must read (:mod:`assistant.detect.text.relevance`): those that
        could matter to detection, and every event the user marked or the store holds
        as an interview, whatever it says now."""
        from assistant.detect.text.relevance import Relevance

        kept = [*store.overrides(), *(record.event_id for record in store.interviews())]
        return Relevance.of(self.profile(), kept)

    def read_limits(self) -> ReadLimits:
        """What one read of one calendar may cost (``[limits] calendar_seconds``)."""
        from assistant.sources.expansion import ReadLimits

        return ReadLimits(seconds=self.settings.limits.calendar_seconds)

    def services(self, store: StorePort, calendars: tuple[str, ...] | None = None) -> Services:
        from assistant.i18n import text_locale
        from assistant.notify.page import read_page_address
        from assistant.pipeline.nudges import weekend_days
        from assistant.salary.advice import advisor
        from assistant.services import Services
        from assistant.templating import Renderer

        return Services(
            # No calendars (`drafts`, `mark`): nothing to read, no relevance to work out.
            sources=self.sources(calendars, store, self.relevance(store))
            if calendars != ()
            else [],
            store=store,
            mailbox=self.mailbox(store),
            renderer=Renderer(
                self.settings.templates.path or None,
                text_locale(self.user.locale, self.user.language),
            ),
            profile=self.profile(),
            timing=self.timing(),
            user=self.user,
            history=timedelta(days=self.settings.calendar.history_days),
            horizon=timedelta(days=self.settings.calendar.window_days),
            remind_after=self.settings.schedule.remind_after,
            salary_for=advisor(self.settings.salary, getattr(self.tz, "key", "")),
            notifier=self.notifier(),
            page_address=lambda: read_page_address(self.home.data_dir),
            check_in_after=self.settings.pipeline.check_in_after,
            weekend=weekend_days(self.user.locale),
            max_messages=self.settings.limits.messages_per_pass,
            mail_backend=self.settings.mail.backend,
        )

    def notifier(self) -> Notifier | None:
        """The ``[notify] urls`` notifier, or None; Apprise loads only when one is sent."""
        from assistant.notify.apprise import AppriseNotifier

        urls = self.settings.notify.urls
        return AppriseNotifier(urls) if urls else None

    def has_calendars(self) -> bool:
        calendar = self.settings.calendar
        return bool(
            calendar.ics or calendar.google or calendar.microsoft or self.settings.caldav.url
        )

    @contextlib.contextmanager
    def exclusive(self, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
        """Hold the home's lock: one tick or approval at a time, across processes."""
        import filelock

        lock = filelock.FileLock(str(self.home.lock_file))
        try:
            lock.acquire(timeout=wait)
        except filelock.Timeout:
            raise BusyError(
                "another interview-assistant command is working on this home",
                fix="it will finish on its own; try again in a minute",
            ) from None
        try:
            yield
        finally:
            lock.release()


class BusyError(AssistantError):
    """Another process holds the home's lock."""
