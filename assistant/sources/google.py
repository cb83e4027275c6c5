"""Google Calendar as a calendar source: a first full sync, then cheap incremental polls.

Each configured calendar id is one :class:`GoogleCalendarSource`. The first read
lists the calendar's event instances (``singleEvents=true``) from the start of the
window on, page by page, and keeps the ``nextSyncToken`` of the last page. Every
later read sends only that token and gets only what changed since, which is
usually nothing: one HTTP request per poll. The events themselves are cached
(Google's own JSON, trimmed by ``fields=``) in the store's sync state, one entry
per calendar, and each read answers from the cache.

Rules Google imposes (see google-api-checklist.md):

- no ``timeMin``/``timeMax``/``orderBy`` beside a sync token, and the other
  parameters must stay what they were on the first sync: filtering and sorting
  happen here;
- ``410 Gone`` means the token is dead: drop it and the cached events, sync again;
- deletions come back as ``status: cancelled``, sometimes with only an ``id``: the
  cached copy is then reported as cancelled, so the runner drops its jobs.

Without a store (``scan``), a read is a plain windowed listing and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import AuthError, CalendarError, TransientError
from assistant.google import CALENDAR_EVENTS, CONNECT_FIX
from assistant.models import (
    SUMMARY_CAP,
    Attendee,
    AttendeeKind,
    Event,
    EventStatus,
    PartStat,
    cap_text,
)
from assistant.sources.base import CalendarRead, answer_from_cache
from assistant.sources.ics_events import DESCRIPTION_KEEP, Owner, find_conference_url
from assistant.store import StorePort

# Bump when the query or the cached shape changes: the stored state is then resynced.
STATE_VERSION = 1
PAGE_SIZE = 2500
SKIPPED_TYPES = frozenset({"workingLocation", "focusTime", "outOfOffice", "birthday", "fromGmail"})
FIELDS = (
    "nextPageToken,nextSyncToken,items(id,status,iCalUID,summary,description,location,"
    "start,end,originalStartTime,recurringEventId,eventType,updated,hangoutLink,"
    "conferenceData(entryPoints(entryPointType,uri)),organizer(email,displayName,self),"
    "attendees(email,displayName,responseStatus,self,organizer,resource,optional))"
)
_RESPONSE = {
    "accepted": PartStat.ACCEPTED,
    "declined": PartStat.DECLINED,
    "tentative": PartStat.TENTATIVE,
    "needsAction": PartStat.NEEDS_ACTION,
}
_STATUS = {"tentative": EventStatus.TENTATIVE, "cancelled": EventStatus.CANCELLED}


class GoogleCalendarSource:
    """One Google calendar (``primary`` or an id), read through ``api`` (a ``GoogleApi``)."""

    def __init__(
        self,
        calendar_id: str,
        api: Any,
        owner: Owner,
        store: StorePort | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.calendar_id = calendar_id
        self.api = api
        self.owner = owner
        self.store = store
        self.clock = clock or (lambda: datetime.now(owner.tz))

    @property
    def label(self) -> str:
        return f"google:{self.calendar_id}"

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        self.api.account.require(CALENDAR_EVENTS)
        try:
            with self.api.service("calendar") as service:
                if self.store is None:
                    window = {"timeMin": _rfc3339(start), "timeMax": _rfc3339(end)}
                    items, _ = self._list(service, window)
                    return self._answer(start, end, apply_changes({}, items))
                return self._sync(service, start, end)
        except (AuthError, CalendarError):
            raise
        except TransientError as error:
            raise CalendarError(self.label, f"{error.message}; will retry") from None
        except Exception as exc:
            from googleapiclient.errors import HttpError

            if isinstance(exc, HttpError):
                raise self._http_error(exc) from None
            raise

    # --- syncing --------------------------------------------------------------------

    def _sync(self, service: Any, start: datetime, end: datetime) -> CalendarRead:
        assert self.store is not None
        state = self.store.sync_state(self.label)
        old_token = state.get("sync_token") if state.get("version") == STATE_VERSION else None
        if old_token and datetime.fromisoformat(state["window_start"]) > start:
            old_token = None  # the window reaches further back now: list it all again
        events: dict[str, Any] | None = None
        changed = True
        if old_token:
            try:
                items, token = self._list(service, {"syncToken": old_token})
            except Exception as exc:
                if _status(exc) != 410:
                    raise
                # 410 Gone: the token expired. Drop it with the cached events, sync again.
            else:
                events = apply_changes(state.get("events", {}), items)
                changed = bool(items)
        if events is None:
            items, token = self._list(service, {"timeMin": _rfc3339(start)})
            events = apply_changes({}, items)
            state = {"version": STATE_VERSION, "window_start": start.isoformat()}
        if changed or token != old_token:
            kept = {k: v for k, v in events.items() if _ends_after(v, start, self.owner.tz)}
            state.update(sync_token=token, events=kept)
            self.store.save_sync_state(self.label, state, self.clock())
        result = self._answer(start, end, events)
        result.unchanged = not changed
        return result

    def _list(self, service: Any, params: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
        """Every page of ``events.list`` with ``params``; the last page's sync token."""
        events = service.events()
        request = events.list(
            calendarId=self.calendar_id,
            singleEvents=True,
            maxResults=PAGE_SIZE,
            fields=FIELDS,
            **params,
        )
        items: list[dict[str, Any]] = []
        token = ""
        while request is not None:
            page = request.execute(num_retries=0)  # GoogleHttp retries what is safe
            items.extend(page.get("items", []))
            token = page.get("nextSyncToken", token)
            request = events.list_next(request, page)
        return items, token

    def _answer(self, start: datetime, end: datetime, cached: dict[str, Any]) -> CalendarRead:
        return answer_from_cache(
            self.label,
            start,
            end,
            cached.values(),
            lambda item, warnings: event_from_google(item, self.owner, self.label),
        )

    def _http_error(self, exc: Exception) -> CalendarError:
        from assistant.google.transport import describe

        status = _status(exc)
        if status == 404:
            return CalendarError(
                self.label,
                "Google has no such calendar, or it is not shared with you (404)",
                fix="check [calendar] google in config.toml",
            )
        if status in (401, 403):
            return CalendarError(
                self.label, f"Google refused access ({describe(exc)})", fix=CONNECT_FIX
            )
        return CalendarError(self.label, f"Google answered {describe(exc)}; will retry")


def apply_changes(cached: dict[str, Any], items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The cache after a page of changes. Keyed by Google's instance id.

    A cancellation keeps what is known of the event, marked cancelled, so the
    reader can say "this interview is off" instead of silently losing it.
    """
    events = dict(cached)
    for item in items:
        key = item.get("id")
        if not key:
            continue
        if item.get("eventType") in SKIPPED_TYPES:
            events.pop(key, None)  # never an interview, even if it was one before
            continue
        if item.get("status") == "cancelled":
            known = events.get(key)
            if known is not None:
                events[key] = {**known, **item}
            elif "start" in item or "originalStartTime" in item:
                events[key] = item
            continue
        events[key] = item
    return events


def _status(exc: Exception) -> int | None:
    from assistant.google.transport import http_status

    return http_status(exc)


# --- Google JSON → Event -----------------------------------------------------------------


def _zone(name: str | None, fallback: tzinfo) -> tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return fallback


def _when(value: dict[str, Any], fallback: tzinfo) -> tuple[datetime, bool]:
    """A Google ``start``/``end``: ``date`` (all-day, midnight in the owner's zone) or
    ``dateTime`` (shown in the event's ``timeZone`` when it has one)."""
    zone = _zone(value.get("timeZone"), fallback)
    if value.get("dateTime"):
        moment = datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
        moment = moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
        return moment, False
    if value.get("date"):
        return datetime.combine(date.fromisoformat(value["date"]), time(0), tzinfo=fallback), True
    raise ValueError("no start time")


def _ends_after(item: dict[str, Any], start: datetime, fallback: tzinfo) -> bool:
    """Whether a cached item can still matter: it ends after the window's start."""
    try:
        when = item.get("end") or item.get("start") or item["originalStartTime"]
        return _when(when, fallback)[0] + timedelta(days=1) > start
    except (KeyError, ValueError):
        return False


def _person(data: dict[str, Any], owner: Owner, organizer_email: str) -> Attendee:
    email = str(data.get("email", "")).strip().lower()
    return Attendee(
        email=email,
        name=cap_text(str(data.get("displayName", "")).strip(), 200),
        partstat=_RESPONSE.get(data.get("responseStatus", ""), PartStat.NEEDS_ACTION),
        # Google marks rooms and equipment alike as resources; rooms are the usual case.
        kind=AttendeeKind.ROOM if data.get("resource") else AttendeeKind.PERSON,
        is_self=bool(data.get("self")) or email in owner.addresses,
        is_organizer=bool(data.get("organizer")) or (bool(email) and email == organizer_email),
        optional=bool(data.get("optional")),
    )


def _conference_url(item: dict[str, Any], location: str, description: str) -> str:
    for entry in (item.get("conferenceData") or {}).get("entryPoints") or []:
        if entry.get("entryPointType") == "video" and entry.get("uri"):
            return str(entry["uri"])
    if item.get("hangoutLink"):
        return str(item["hangoutLink"])
    return find_conference_url(location, description)


def event_from_google(item: dict[str, Any], owner: Owner, label: str) -> Event | None:
    """Map one ``events.list`` item to an Event; None for kinds that are never interviews.

    The uid is the ``iCalUID`` (what an .ics export of the same calendar says), and a
    recurring instance's ``originalStartTime`` is its ``recurrence_id``: the same
    event id as the ICS source gives, and it survives the instance being moved.
    """
    if item.get("eventType", "default") in SKIPPED_TYPES:
        return None
    original = item.get("originalStartTime")
    start, all_day = _when(item.get("start") or original or {}, owner.tz)
    end_value = item.get("end")
    if end_value:
        end = _when(end_value, owner.tz)[0]
    else:  # endTimeUnspecified, or a cancellation that carries only the original time
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    end = max(end, start)
    recurrence_id = (
        _when(original, owner.tz)[0] if original and item.get("recurringEventId") else None
    )
    organizer_data = item.get("organizer") or {}
    organizer_email = str(organizer_data.get("email", "")).strip().lower()
    attendees = tuple(
        _person(a, owner, organizer_email) for a in item.get("attendees") or () if a.get("email")
    )
    organizer = None
    if organizer_email:
        organizer = next((a for a in attendees if a.email == organizer_email), None) or Attendee(
            email=organizer_email,
            name=cap_text(str(organizer_data.get("displayName", "")).strip(), 200),
            partstat=PartStat.ACCEPTED,
            is_self=bool(organizer_data.get("self")) or organizer_email in owner.addresses,
            is_organizer=True,
        )
    location = cap_text(item.get("location", ""), 2000)
    description = cap_text(item.get("description", ""), DESCRIPTION_KEEP)  # often HTML: kept raw
    uid = item.get("iCalUID") or item.get("recurringEventId") or item["id"]
    return Event(
        uid=cap_text(str(uid), 400),
        start=start,
        end=end,
        summary=cap_text(item.get("summary", ""), SUMMARY_CAP),
        description=description,
        location=location,
        source=label,
        recurrence_id=recurrence_id,
        all_day=all_day,
        status=_STATUS.get(item.get("status", ""), EventStatus.CONFIRMED),
        organizer=organizer,
        attendees=attendees,
        conference_url=_conference_url(item, location, description),
        timezone=(item.get("start") or {}).get("timeZone", ""),
        event_type=item.get("eventType", "default"),
    )


def _rfc3339(moment: datetime) -> str:
    return moment.isoformat()


def from_app(app: Any, store: StorePort | None = None) -> list[GoogleCalendarSource]:
    """The factory ``app.App.sources`` calls for ``[calendar] google``: one per calendar id."""
    from assistant.google.auth import GoogleAccount
    from assistant.google.transport import GoogleApi

    api = GoogleApi(GoogleAccount.of(app))
    owner = Owner(app.profile().addresses, app.tz)
    return [
        GoogleCalendarSource(calendar_id, api, owner, store)
        for calendar_id in app.settings.calendar.google
    ]
