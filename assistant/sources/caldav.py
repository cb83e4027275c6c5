"""CalDAV calendars (Nextcloud, iCloud, Fastmail, Radicale…), read through the ICS path.

``[caldav] url`` names one calendar collection; ``connect caldav`` finds it from a
server address. The ``caldav`` library speaks the protocol (version 1.x: 2.0
pulls in niquests, whose urllib3-future replaces urllib3 under requests).

Sync, so that an unchanged calendar costs one request:

- RFC 6578 ``sync-collection`` with the token of the last read: the answer lists
  only what changed (an empty list, usually). Changed resources are then fetched
  together with one ``calendar-multiget``; deleted ones come back without an ETag
  and are dropped. A token the server no longer accepts (403/409) starts over.
- A server without ``sync-collection``: one PROPFIND (Depth 1) for every
  resource's ETag, then the same multiget for those whose ETag changed.

The raw iCalendar text of each resource is kept per href in the store's sync state
(in memory without a store), and every read runs it through the same
:func:`~assistant.sources.ics.parse_calendar` / :func:`~assistant.sources.ics.expand_calendar`
as .ics files, one resource at a time: a broken event costs only itself.
Single events far outside the window are skipped before parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from assistant.errors import AuthError, CalendarError
from assistant.secrets import Credential
from assistant.sources.base import CalendarRead
from assistant.sources.expansion import ReadLimits
from assistant.sources.ics import Owner, expand_calendar, parse_calendar, window_filter

log = logging.getLogger(__name__)

CONNECT_FIX = "interview-assistant connect caldav"
TIMEOUT_SECONDS = 30
# Bump when the cached shape changes: the stored state is then dropped and resynced.
STATE_VERSION = 1
# Resources per calendar-multiget request.
MULTIGET_BATCH = 100


def plain_url(url: str) -> str:
    """``url`` with any user:password@ removed, its path quoted one way, ending in a slash."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    path = quote(unquote(parts.path), safe="/@:+~!$&'()*,;=")
    path = path if path.endswith("/") else path + "/"
    return urlunsplit((parts.scheme, host, path, parts.query, ""))


def _path(href: Any) -> str:
    """A resource's path, unquoted, so hrefs from different answers compare equal."""
    text = str(href)
    return unquote(urlsplit(text).path if "://" in text else text)


class _Rejected(Exception):
    """Internal: the server refused a sync-collection request (status in ``args[0]``)."""


class CalDavSource:
    """One CalDAV calendar collection."""

    def __init__(
        self,
        url: str,
        username: str,
        password: Callable[[], str],
        owner: Owner,
        store: Any = None,
        *,
        timeout: int = TIMEOUT_SECONDS,
        limits: ReadLimits | None = None,
    ) -> None:
        self.url = plain_url(url)
        self.limits = limits or ReadLimits()
        self.username = username
        self._password = password
        self.owner = owner
        self.store = store
        self.timeout = timeout
        self._label = f"caldav {self.url}"
        self._memory: dict[str, Any] = {}
        self._client: Any = None
        self._status = 0  # the last HTTP status, to tell 401 from 403 behind caldav's errors

    @property
    def label(self) -> str:
        return self._label

    @property
    def client(self) -> Any:
        """The ``caldav.DAVClient``, made on first use (the password is looked up then)."""
        if self._client is None:
            import caldav
            import requests

            password = self._password()
            # Basic auth up front: without it every request is sent twice (401, then again).
            self._client = caldav.DAVClient(
                self.url,
                username=self.username,
                password=password,
                auth=requests.auth.HTTPBasicAuth(self.username, password),
                timeout=int(self.timeout),
            )
            self._client.session.hooks["response"].append(self._note_status)
        return self._client

    def _note_status(self, response: Any, *args: Any, **kwargs: Any) -> None:
        self._status = response.status_code

    # --- reading -----------------------------------------------------------------

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        saved = self._saved()
        state = {**saved, "items": dict(saved["items"])}
        changed = self._guarded(lambda: self._sync(state))
        if state != saved:
            self._save(state)
        result = CalendarRead(self._label, [], unchanged=not changed)
        parsed = []
        for href in sorted(state["items"]):
            text = window_filter(state["items"][href]["ics"], start, end)
            if "BEGIN:VEVENT" not in text.upper():
                continue
            name = href.rstrip("/").rsplit("/", 1)[-1]
            try:
                calendar = parse_calendar(
                    text.encode("utf-8"), f"{self._label} {name}", notes=result.warnings
                )
            except CalendarError as error:
                result.warnings.append(str(error))
                continue
            parsed.append((name, calendar))
        budget = self.limits.start()  # one budget for the expansion of all the items
        for position, (name, calendar) in enumerate(parsed):
            why = budget.exhausted()
            if why:
                left = len(parsed) - position - 1
                result.warnings.extend(budget.stop_warning(self._label, why, name, left))
                break
            try:
                part = expand_calendar(calendar, start, end, self.owner, self._label, budget)
            except CalendarError as error:
                result.warnings.append(str(error))
                continue
            result.events.extend(part.events)
            result.warnings.extend(part.warnings)
        result.events.sort(key=lambda e: e.start)
        return result

    def check(self) -> str:
        """Log in and read the calendar's display name (for ``connect`` and ``doctor``)."""

        def name() -> str:
            return str(self._calendar().get_display_name() or "")

        return self._guarded(name)

    def discover(self) -> list[tuple[str, str]]:
        """The calendars this login can see, as (display name, URL), from any address on
        the server (``https://caldav.icloud.com/``, a Nextcloud calendar URL…)."""

        def find() -> list[tuple[str, str]]:
            return [
                (str(c.get_display_name() or c.url), plain_url(str(c.url)))
                for c in self.client.principal().calendars()
            ]

        found: list[tuple[str, str]] = self._guarded(find)
        return found

    def _calendar(self) -> Any:
        return self.client.calendar(url=self.url)

    # --- sync ----------------------------------------------------------------------

    def _sync(self, state: dict[str, Any]) -> bool:
        """Bring ``state`` up to date with the server; True when anything changed."""
        if state.get("etags_only"):
            return self._apply(state, None, self._etags(), full=True)
        token = state.get("token")
        if token:
            try:
                return self._apply(state, *self._changes(token), full=False)
            except _Rejected:
                log.info("%s: the sync token was refused; syncing everything", self._label)
                state["token"] = None
        try:
            return self._apply(state, *self._changes(None), full=True)
        except _Rejected:
            log.info("%s: no sync-collection support; comparing ETags", self._label)
            state["etags_only"] = True  # and skip the refused REPORT from now on
            return self._apply(state, None, self._etags(), full=True)

    def _changes(self, token: str | None) -> tuple[str | None, dict[str, str | None]]:
        """One sync-collection REPORT: the new token and {path: etag, None when deleted}."""
        from caldav.lib import error

        try:
            answer = self._calendar().objects_by_sync_token(sync_token=token, load_objects=False)
        except (error.ReportError, error.AuthorizationError) as exc:
            if self._status in (400, 403, 405, 409, 412, 415, 501):
                raise _Rejected(self._status) from exc
            raise
        listed = {_path(o.url): o.props.get("{DAV:}getetag") for o in answer}
        return answer.sync_token, listed

    def _etags(self) -> dict[str, str | None]:
        """One PROPFIND, Depth 1: the ETag of every resource in the collection."""
        from caldav.elements import dav
        from caldav.lib import error

        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:">'
            "<d:prop><d:getetag/></d:prop></d:propfind>"
        )
        response = self.client.propfind(self.url, body, depth=1)
        if response.status >= 400:
            raise error.PropfindError(f"{response.status} {response.reason}")
        found = response.expand_simple_props([dav.GetEtag()])
        return {_path(href): props.get(dav.GetEtag.tag) for href, props in found.items()}

    def _apply(
        self,
        state: dict[str, Any],
        token: str | None,
        listed: dict[str, str | None],
        *,
        full: bool,
    ) -> bool:
        items: dict[str, dict[str, str]] = state["items"]
        listed.pop(_path(self.url), None)  # some servers list the collection itself
        gone = {p for p, etag in listed.items() if etag is None}
        if full:
            gone |= set(items) - set(listed)
        wanted = [p for p, etag in listed.items() if etag and items.get(p, {}).get("etag") != etag]
        for path, ics in self._fetch(wanted).items():
            items[path] = {"etag": str(listed[path]), "ics": ics}
        removed = [items.pop(path) for path in gone if path in items]
        changed = bool(wanted or removed or token != state.get("token"))
        state["token"] = token
        return changed

    def _fetch(self, paths: list[str]) -> dict[str, str]:
        """The iCalendar text of ``paths``, by calendar-multiget in batches."""
        from caldav.lib.url import URL

        calendar = self._calendar()
        found: dict[str, str] = {}
        for first in range(0, len(paths), MULTIGET_BATCH):
            batch = [URL.objectify(self.url).join(p) for p in paths[first : first + MULTIGET_BATCH]]
            for item in calendar.multiget(batch):
                if item.data:
                    found[_path(item.url)] = str(item.data)
        return found

    # --- state and errors --------------------------------------------------------------

    def _key(self) -> str:
        return f"caldav:{self.url}"

    def _saved(self) -> dict[str, Any]:
        saved = self.store.sync_state(self._key()) if self.store is not None else self._memory
        if saved.get("version") != STATE_VERSION or not isinstance(saved.get("items"), dict):
            return {"version": STATE_VERSION, "token": None, "items": {}}
        return saved

    def _save(self, state: dict[str, Any]) -> None:
        if self.store is not None:
            self.store.save_sync_state(self._key(), state, datetime.now(UTC))
        else:
            self._memory = state

    def _guarded(self, work: Callable[[], Any]) -> Any:
        """Run ``work``, turning library and network failures into this project's errors."""
        import requests
        from caldav.lib import error

        try:
            return work()
        except requests.RequestException as exc:
            reason = type(exc).__name__.replace("Error", " error").strip()
            raise CalendarError(
                self._label, f"could not be reached ({reason}); will retry"
            ) from None
        except error.AuthorizationError:
            if self._status == 401:
                raise AuthError(
                    f"the CalDAV server refused the login for {self.username}",
                    fix=f"check the password (an app password for most providers): `{CONNECT_FIX}`",
                ) from None
            raise CalendarError(
                self._label, f"access refused ({self._status or 403})", fix=CONNECT_FIX
            ) from None
        except error.NotFoundError:
            raise CalendarError(
                self._label, "no calendar at this address (404)", fix=CONNECT_FIX
            ) from None
        except error.DAVError as exc:
            status = self._status or "an error"
            detail = str(getattr(exc, "reason", "") or "").strip()[:120]
            raise CalendarError(
                self._label, f"the server answered {status} {detail}; will retry".strip()
            ) from None


def caldav_credential(settings: Any) -> Credential:
    return Credential(
        account=settings.username,
        password_env=settings.password_env,
        what="CalDAV",
        section="caldav",
        connect=CONNECT_FIX,
    )


def from_app(app: Any, store: Any = None) -> list[CalDavSource]:
    """The factory ``app.App.sources`` calls when ``[caldav] url`` is set."""
    settings = app.settings.caldav
    owner = Owner(app.profile().addresses, app.tz)
    credential = caldav_credential(settings)
    return [
        CalDavSource(
            settings.url,
            settings.username,
            credential.lookup(),
            owner,
            store,
            limits=app.read_limits(),
        )
    ]
