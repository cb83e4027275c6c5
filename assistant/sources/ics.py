"""Calendars from .ics files and http(s)/webcal URLs.

Reading is in :mod:`assistant.sources.ics_events`; this module gets the bytes,
bounded in size and time, and skips the work when nothing changed:

- with an :class:`~assistant.sources.event_cache.EventCache` (``tick`` and ``run``
  pass one), a file whose size and modification time are those of the last pass
  is not read again, and a URL is fetched with a conditional GET (ETag,
  Last-Modified) whose 304 Not Modified answer reuses the saved events;
- a file larger than :data:`MAX_CALENDAR_BYTES` is refused from its size alone,
  before a byte of it is read; a URL's body is refused from its Content-Length,
  or as soon as the stream passes the limit.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import CalendarError
from assistant.sources.base import CalendarRead
from assistant.sources.encoding import charset_of
from assistant.sources.event_cache import (
    EventCache,
    SavedWindow,
    cache_context,
    cache_key,
)
from assistant.sources.expansion import Budget, ReadLimits
from assistant.sources.ics_events import (
    Owner,
    component_to_event,
    decode_calendar,
    expand_calendar,
    parse_calendar,
    window_filter,
)
from assistant.sources.parallel import can_fork, read_split, split_calendar, travels
from assistant.sources.prefilter import Glance, glance
from assistant.text import redact_url

if TYPE_CHECKING:
    from assistant.detect.text.relevance import Relevance

__all__ = [
    "MAX_CALENDAR_BYTES",
    "IcsSource",
    "Owner",
    "component_to_event",
    "decode_calendar",
    "expand_calendar",
    "fetch_url",
    "is_url",
    "parse_calendar",
    "read_file",
    "window_filter",
]

# Calendars larger than this are refused rather than parsed into memory whole.
MAX_CALENDAR_BYTES = 40 * 1024 * 1024
HTTP_TIMEOUT_SECONDS = 30
# A saved window reaches this far past the one asked for, so the passes of the
# next week reuse it while the calendar is unchanged.
CACHE_AHEAD = timedelta(days=7)


def is_url(location: str) -> bool:
    return bool(re.match(r"^(https?|webcal)://", location, re.I))


class IcsSource:
    """One .ics file or URL. With a ``cache``, an unchanged calendar is not parsed again;
    with a ``relevance``, events that cannot matter to detection are not parsed at all
    (:mod:`assistant.detect.text.relevance`)."""

    def __init__(
        self,
        location: str,
        owner: Owner,
        cache: EventCache | None = None,
        limits: ReadLimits | None = None,
        relevance: Relevance | None = None,
    ) -> None:
        self.location = location
        self.owner = owner
        self.cache = cache
        self.limits = limits or ReadLimits()
        self.relevance = relevance
        self._label = redact_url(location)

    @property
    def label(self) -> str:
        return self._label

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        if self.cache is None:
            fetched = self._fetch(None)
            return self._parse(fetched.body or b"", start, end, fetched.charset)[0]
        key = cache_key(self.location)
        context = cache_context(sorted(self.owner.addresses), self.owner.tz)
        if self.relevance is not None:  # a window read with other rules holds other events
            context["relevance"] = self.relevance.fingerprint()
        saved = self.cache.load(key, context)
        usable = saved if saved is not None and saved.covers(start, end) else None
        fetched = self._fetch(usable.fingerprint if usable else None)
        if usable is not None and (fetched.body is None or fetched.same_content(usable)):
            if fetched.fingerprint != usable.fingerprint:  # touched, or re-served: same bytes
                usable.fingerprint = fetched.fingerprint
                self.cache.save(key, context, usable)
            return usable.read(self._label, start, end)
        # Expand a little further than asked, so the next passes fit in the saved window.
        wider = end + CACHE_AHEAD
        result, budget = self._parse(fetched.body or b"", start, wider, fetched.charset)
        window = SavedWindow(fetched.fingerprint, start, wider, result.events, result.warnings)
        if not budget.timed_out:  # a read cut short by a slow moment is not the calendar
            self.cache.save(key, context, window)
        fresh = window.read(self._label, start, end)
        fresh.unchanged = False
        if not all(travels(event) for event in fresh.events):
            # A zone made from the calendar's own VTIMEZONE is saved as a fixed offset:
            # the saved window's events are not these, so nothing is reused across them.
            fresh.token = None
        return fresh

    def _parse(
        self, data: bytes, start: datetime, end: datetime, charset: str | None = None
    ) -> tuple[CalendarRead, Budget]:
        """Parse and expand; the budget (its clock started after parsing, whose cost the
        size limit bounds) says whether the read was cut short for time."""
        # Every event wanted (`scan --all`): a large calendar's halves are read on two
        # cores. Otherwise most of it is dropped unparsed, and one process is quicker.
        wanted = self.relevance is None and can_fork()
        split = split_calendar(data, charset) if wanted else None
        if split is not None:

            def read_half(half: bytes) -> tuple[CalendarRead, bool]:
                result, budget = self._read_whole(half, start, end)
                return result, budget.timed_out

            merged = read_split(split, read_half, self.limits.instances)
            if merged is not None:  # neither half warned or ran out of time
                return merged, self.limits.start()
        return self._read_whole(data, start, end, charset)

    def _read_whole(
        self, data: bytes, start: datetime, end: datetime, charset: str | None = None
    ) -> tuple[CalendarRead, Budget]:
        notes: list[str] = []
        calendar = parse_calendar(
            data,
            self._label,
            window=(start, end),
            charset=charset,
            notes=notes,
            relevance=self.relevance,
        )
        budget = self.limits.start()
        result = expand_calendar(calendar, start, end, self.owner, self._label, budget)
        result.warnings[:0] = notes
        return result, budget

    def glance(self) -> Glance | None:
        """The calendar's events at a glance, unparsed (:func:`.prefilter.glance`), to say
        where they lie when none is in a window; None when it cannot be read now."""
        try:
            body = self._fetch(None).body or b""
        except CalendarError:
            return None
        return glance(decode_calendar(body))

    def _fetch(self, known: dict[str, Any] | None) -> Fetched:
        if is_url(self.location):
            return fetch_url(self.location, self._label, known)
        return read_file(Path(self.location).expanduser(), self._label, known)


@dataclass(frozen=True)
class Fetched:
    """A calendar's bytes (None when unchanged since ``known``), what identifies them,
    and the charset the server declared for them (None for files and when not said)."""

    body: bytes | None
    fingerprint: dict[str, Any]
    charset: str | None = None

    @classmethod
    def of(cls, body: bytes, *, charset: str | None = None, **identity: Any) -> Fetched:
        """Fetched bytes; their hash tells a re-saved but identical calendar apart."""
        return cls(body, {**identity, "sha256": hashlib.sha256(body).hexdigest()}, charset)

    def same_content(self, saved: SavedWindow) -> bool:
        return self.fingerprint.get("sha256") == saved.fingerprint.get("sha256")


def _too_large(label: str, size: int | None = None) -> CalendarError:
    limit = MAX_CALENDAR_BYTES // 2**20
    said = f"{size // 2**20} MB, " if size else ""
    return CalendarError(
        label,
        f"the calendar is {said}larger than the {limit} MB this tool reads",
        fix="export a shorter date range from your calendar",
    )


def read_file(path: Path, label: str, known: dict[str, Any] | None = None) -> Fetched:
    """Read a calendar file, or nothing when its size and mtime match ``known``."""
    try:
        stat = path.stat()
        if stat.st_size > MAX_CALENDAR_BYTES:
            raise _too_large(label, stat.st_size)
        identity: dict[str, Any] = {
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "inode": stat.st_ino,
        }
        if known is not None and all(known.get(k) == v for k, v in identity.items()):
            return Fetched(None, known)
        with open(path, "rb") as handle:
            # Read at most one byte past the limit: a file that grew since stat is refused too.
            data = handle.read(MAX_CALENDAR_BYTES + 1)
        if len(data) > MAX_CALENDAR_BYTES:
            raise _too_large(label)
        return Fetched.of(data, **identity)
    except FileNotFoundError:
        raise CalendarError(
            label, "no such file", fix="check [calendar] ics in config.toml"
        ) from None
    except IsADirectoryError:
        raise CalendarError(label, "is a folder, not an .ics file") from None
    except PermissionError:
        raise CalendarError(label, "permission denied", fix="make the file readable") from None
    except OSError as exc:
        raise CalendarError(label, f"cannot be read: {exc.strerror or exc}") from None


def fetch_url(url: str, label: str, known: dict[str, Any] | None = None) -> Fetched:
    """GET a calendar URL (webcal:// is https://), bounded in time and size.

    The charset of the ``Content-Type`` header, if any, comes back with the body.

    With ``known`` validators (``etag``, ``last_modified``) the GET is conditional,
    and a 304 Not Modified answer returns no body.
    """
    import requests  # only when a URL is configured: keeps other commands' start-up light

    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    headers = {}
    if known and known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known and known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    try:
        with requests.get(
            url, timeout=HTTP_TIMEOUT_SECONDS, stream=True, headers=headers
        ) as response:
            validators = {
                "etag": response.headers.get("ETag"),
                "last_modified": response.headers.get("Last-Modified"),
            }
            if response.status_code == 304 and known and headers:
                return Fetched(None, {**known, **{k: v for k, v in validators.items() if v}})
            _refuse_status(response.status_code, label)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > MAX_CALENDAR_BYTES:
                raise _too_large(label, int(declared))
            chunks, total = [], 0
            for chunk in response.iter_content(chunk_size=65536):
                total += len(chunk)
                if total > MAX_CALENDAR_BYTES:
                    raise _too_large(label)
                chunks.append(chunk)
            charset = charset_of(response.headers.get("Content-Type"))
            return Fetched.of(b"".join(chunks), charset=charset, **validators)
    except requests.RequestException as exc:
        reason = type(exc).__name__.replace("Error", " error").strip()
        raise CalendarError(label, f"could not be fetched ({reason}); will retry") from None


def _refuse_status(status: int, label: str) -> None:
    if status == 404:
        raise CalendarError(
            label,
            "the server says it does not exist (404)",
            fix="copy the calendar's secret address again",
        )
    if status in (401, 403):
        raise CalendarError(
            label,
            f"access refused ({status})",
            fix="the private link may have been reset; copy it again",
        )
    if status >= 400 or status == 304:
        raise CalendarError(label, f"the server answered {status}; will retry")
