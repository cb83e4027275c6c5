"""An Outlook.com or Microsoft 365 calendar through Microsoft Graph's calendarView delta.

The first read asks ``GET /me/calendarView/delta`` for the scan window (widened
ahead by :data:`WINDOW_SLACK`), page by page through ``@odata.nextLink``, and keeps
the ``@odata.deltaLink`` of the last page. Every later read sends only that link and
gets only what changed since, usually nothing: one request per steady poll. The
events (Graph's JSON, trimmed) are cached in the store's sync state, and each read
answers from the cache. (Graph: "Get incremental changes to events in a calendar
view"; "Use delta query to track changes in Microsoft Graph data".)

Rules Graph imposes, and what is done about them:

- a delta link is bound to the window it was made for, so a window that now
  reaches earlier, or later than the widened end, is synced afresh;
- ``410 Gone`` (``syncStateNotFound``, ``resyncRequired``) means the link is dead:
  drop it with the cached events and sync again. Events keep their ids, so the
  runner recognises them and plans nothing twice;
- a deleted event comes back as ``{"@removed": {...}, "id": …}``, a cancelled one
  with ``isCancelled``: the cached copy is reported as cancelled, so the runner
  drops its jobs instead of silently losing the interview;
- times are asked for in UTC (``Prefer: outlook.timezone="UTC"``) and shown in the
  event's own zone (``originalStartTimeZone``, a Windows or IANA name).

Without a store (``scan``), a read is the same listing and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from assistant.errors import AuthError, CalendarError, TransientError
from assistant.microsoft import CALENDARS_READ, CONNECT_FIX
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
from assistant.sources.conference import find_conference_url
from assistant.sources.ics_events import DESCRIPTION_KEEP, Owner
from assistant.store import StorePort

# Bump when the query or the cached shape changes: the stored state is then resynced.
STATE_VERSION = 1
PAGE_SIZE = 100
# The delta window reaches this far beyond the scan window, so the daily move of the
# window's end does not force a full sync every day (only every two weeks).
WINDOW_SLACK = timedelta(days=14)
DELTA_PATH = "me/calendarView/delta"
HEADERS = {"Prefer": f'outlook.timezone="UTC", odata.maxpagesize={PAGE_SIZE}'}
# Error codes meaning "this delta link is dead, start over" (compared case-blind: Graph
# spells them both ways), whatever the status that carries them.
DEAD_LINK_CODES = frozenset(
    {"syncstatenotfound", "syncstateinvalid", "resyncrequired", "errorinvalidsyncstatedata"}
)
KEPT = (
    "id",
    "iCalUId",
    "type",
    "seriesMasterId",
    "originalStart",
    "originalStartTimeZone",
    "subject",
    "body",
    "bodyPreview",
    "location",
    "start",
    "end",
    "isAllDay",
    "isCancelled",
    "isOrganizer",
    "showAs",
    "responseStatus",
    "organizer",
    "attendees",
    "onlineMeeting",
    "onlineMeetingUrl",
)
_RESPONSE = {
    "accepted": PartStat.ACCEPTED,
    "organizer": PartStat.ACCEPTED,
    "declined": PartStat.DECLINED,
    "tentativelyAccepted": PartStat.TENTATIVE,
    "none": PartStat.NEEDS_ACTION,
    "notResponded": PartStat.NEEDS_ACTION,
}


class GraphCalendarSource:
    """The signed-in user's default calendar, read through ``api`` (a ``GraphApi``)."""

    def __init__(
        self,
        api: Any,
        owner: Owner,
        store: StorePort | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.api = api
        self.owner = owner
        self.store = store
        self.clock = clock or (lambda: datetime.now(owner.tz))

    @property
    def label(self) -> str:
        return "microsoft:calendar"

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        self.api.account.require(CALENDARS_READ)
        from assistant.microsoft.transport import GraphError

        try:
            if self.store is None:
                items, _ = self._delta(self._first_request(start, end))
                return self._answer(start, end, apply_changes({}, items))
            return self._sync(start, end)
        except (AuthError, CalendarError):
            raise
        except TransientError as error:
            raise CalendarError(self.label, f"{error.message}; will retry") from None
        except GraphError as exc:
            raise self._graph_error(exc) from None

    # --- syncing --------------------------------------------------------------------

    def _first_request(self, start: datetime, end: datetime) -> tuple[str, dict[str, str]]:
        params = {
            "startDateTime": start.astimezone(UTC).isoformat(),
            "endDateTime": end.astimezone(UTC).isoformat(),
        }
        return DELTA_PATH, params

    def _sync(self, start: datetime, end: datetime) -> CalendarRead:
        from assistant.microsoft.transport import GraphError

        assert self.store is not None
        state = self.store.sync_state(self.label)
        link = state.get("delta_link") if state.get("version") == STATE_VERSION else None
        if link and (
            datetime.fromisoformat(state["window_start"]) > start
            or datetime.fromisoformat(state["window_end"]) < end
        ):
            link = None  # the window reaches beyond what the link covers: list it again
        events: dict[str, Any] | None = None
        changed = True
        if link:
            try:
                items, new_link = self._delta((link, {}))
            except GraphError as exc:
                if exc.status != 410 and exc.code.lower() not in DEAD_LINK_CODES:
                    raise
                # The delta link expired: drop it with the cached events, sync again.
            else:
                events = apply_changes(state.get("events", {}), items)
                changed = bool(items)
        if events is None:
            window_end = end + WINDOW_SLACK
            items, new_link = self._delta(self._first_request(start, window_end))
            events = apply_changes({}, items)
            state = {
                "version": STATE_VERSION,
                "window_start": start.isoformat(),
                "window_end": window_end.isoformat(),
            }
        if changed or new_link != link:
            kept = {k: v for k, v in events.items() if _ends_after(v, start)}
            state.update(delta_link=new_link, events=kept)
            self.store.save_sync_state(self.label, state, self.clock())
        result = self._answer(start, end, events)
        result.unchanged = not changed
        return result

    def _delta(self, first: tuple[str, dict[str, str]]) -> tuple[list[dict[str, Any]], str]:
        """Every page of a delta round; the last page's ``@odata.deltaLink``."""
        path, params = first
        items: list[dict[str, Any]] = []
        link = ""
        for page in self.api.pages(path, params=params or None, headers=HEADERS):
            items.extend(page.get("value", []))
            link = str(page.get("@odata.deltaLink") or link)
        return items, link

    def _answer(self, start: datetime, end: datetime, cached: dict[str, Any]) -> CalendarRead:
        return answer_from_cache(
            self.label,
            start,
            end,
            cached.values(),
            lambda item, warnings: event_from_graph(item, self.owner, self.label, warnings),
        )

    def _graph_error(self, exc: Any) -> CalendarError:
        if exc.status in (401, 403):
            return CalendarError(
                self.label, f"Microsoft Graph refused access ({exc.short})", fix=CONNECT_FIX
            )
        if exc.status == 404:
            return CalendarError(
                self.label,
                f"this account has no Outlook calendar ({exc.short})",
                fix="sign in with an account that has an Exchange Online or Outlook.com mailbox",
            )
        return CalendarError(self.label, f"Microsoft Graph answered {exc.short}; will retry")


def apply_changes(cached: dict[str, Any], items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The cache after a round of changes, keyed by Graph's event id.

    ``@removed`` and ``isCancelled`` keep what is known of the event, marked
    cancelled, so the reader can say "this interview is off"; a removal of an event
    never seen is dropped. Series masters (never in a calendar view) are skipped.
    """
    events = dict(cached)
    for item in items:
        key = item.get("id")
        if not key or item.get("type") == "seriesMaster":
            continue
        if "@removed" in item:
            known = events.get(key)
            if known is not None:
                events[key] = {**known, "isCancelled": True}
            continue
        events[key] = {k: item[k] for k in KEPT if k in item}
    return events


# --- Graph JSON → Event -----------------------------------------------------------------


def zone_named(name: str | None) -> tzinfo | None:
    """The zone for a Graph zone name (``originalStartTimeZone``, ``timeZone``): IANA,
    Windows ("W. Europe Standard Time"), UTC forms or a written offset, read the way an
    .ics TZID is (``assistant/sources/zones.py``); None when no rule reads it."""
    if not name:
        return None
    from assistant.sources.zones import read_tzid

    # Outlook writes some zones as tzone://Microsoft/<name> (Utc, Custom, …).
    return read_tzid(name.removeprefix("tzone://Microsoft/")).tz


def _moment(value: dict[str, Any]) -> datetime:
    """A Graph ``dateTimeTimeZone`` as an aware datetime (UTC when asked for UTC)."""
    naive = datetime.fromisoformat(str(value["dateTime"]).replace("Z", ""))
    zone = zone_named(value.get("timeZone")) or UTC
    return naive.replace(tzinfo=None).replace(tzinfo=zone) if naive.tzinfo is None else naive


def _ends_after(item: dict[str, Any], start: datetime) -> bool:
    """Whether a cached item can still matter: it ends after the window's start."""
    try:
        return _moment(item.get("end") or item["start"]) + timedelta(days=1) > start
    except (KeyError, ValueError):
        return False


def _address(data: dict[str, Any]) -> tuple[str, str]:
    email = data.get("emailAddress") or {}
    return str(email.get("address") or "").strip().lower(), str(email.get("name") or "").strip()


def _attendee(data: dict[str, Any], owner: Owner, organizer: str, own: PartStat) -> Attendee:
    email, name = _address(data)
    is_self = email in owner.addresses
    response = (data.get("status") or {}).get("response", "")
    return Attendee(
        email=email,
        name=cap_text(name if name.lower() != email else "", 200),
        # The event's responseStatus is the user's own answer: it wins for the user.
        partstat=own if is_self else _RESPONSE.get(response, PartStat.NEEDS_ACTION),
        # Graph marks rooms and equipment alike as type "resource": never people.
        kind=AttendeeKind.ROOM if data.get("type") == "resource" else AttendeeKind.PERSON,
        is_self=is_self,
        is_organizer=bool(email) and email == organizer,
        optional=data.get("type") == "optional",
    )


def _conference_url(item: dict[str, Any], location: str, description: str) -> str:
    join = (item.get("onlineMeeting") or {}).get("joinUrl") or item.get("onlineMeetingUrl")
    return str(join) if join else find_conference_url(location, description)


def event_from_graph(
    item: dict[str, Any], owner: Owner, label: str, warnings: list[str] | None = None
) -> Event | None:
    """Map one calendarView item to an Event; None for a series master.

    An instance of a series (``type`` occurrence or exception) is named by its
    ``seriesMasterId`` and ``originalStart`` (uid and recurrence_id), which survive
    the instance being moved; a single event by its ``iCalUId``. An unknown zone in
    ``originalStartTimeZone`` is reported in ``warnings`` and the owner's zone used.
    """
    if item.get("type") == "seriesMaster":
        return None
    own_zone = zone_named(item.get("originalStartTimeZone"))
    if own_zone is None:
        if item.get("originalStartTimeZone") and warnings is not None:
            warnings.append(
                f"{label}: event {item.get('subject', item.get('id', '?'))!r} has the unknown"
                f" time zone {item['originalStartTimeZone']!r}; shown in {owner.tz}"
            )
        own_zone = owner.tz
    all_day = bool(item.get("isAllDay"))
    zone_key = getattr(own_zone, "key", "") if not all_day else ""
    # A Windows name ("W. Europe Standard Time") stands for many countries: keep it.
    written = str(item.get("originalStartTimeZone") or "").removeprefix("tzone://Microsoft/")
    if all_day:  # a date: midnight in the owner's zone, like an .ics DATE
        day = date.fromisoformat(str(item["start"]["dateTime"])[:10])
        start = datetime.combine(day, time(0), tzinfo=owner.tz)
        end_day = date.fromisoformat(str((item.get("end") or item["start"])["dateTime"])[:10])
        end = datetime.combine(max(end_day, day + timedelta(days=1)), time(0), tzinfo=owner.tz)
    else:
        start = _moment(item["start"]).astimezone(own_zone)
        end = _moment(item.get("end") or item["start"]).astimezone(own_zone)
    end = max(end, start)
    series = item.get("seriesMasterId") if item.get("type") in ("occurrence", "exception") else None
    recurrence_id = None
    if series and item.get("originalStart"):
        original = datetime.fromisoformat(str(item["originalStart"]).replace("Z", "+00:00"))
        recurrence_id = original.astimezone(own_zone)
    own = _RESPONSE.get(
        (item.get("responseStatus") or {}).get("response", ""), PartStat.NEEDS_ACTION
    )
    organizer_email, organizer_name = _address(item.get("organizer") or {})
    attendees = tuple(
        _attendee(a, owner, organizer_email, own)
        for a in item.get("attendees") or ()
        if _address(a)[0]
    )
    organizer = None
    if organizer_email:
        organizer = next((a for a in attendees if a.email == organizer_email), None) or Attendee(
            email=organizer_email,
            name=cap_text(organizer_name, 200),
            partstat=PartStat.ACCEPTED,
            is_self=bool(item.get("isOrganizer")) or organizer_email in owner.addresses,
            is_organizer=True,
        )
    location = cap_text(str((item.get("location") or {}).get("displayName") or ""), 2000)
    body = str((item.get("body") or {}).get("content") or item.get("bodyPreview") or "")
    description = cap_text(body, DESCRIPTION_KEEP)  # often HTML: kept raw, like Google's
    uid = series or item.get("iCalUId") or item["id"]
    return Event(
        uid=cap_text(str(uid), 400),
        start=start,
        end=end,
        summary=cap_text(str(item.get("subject") or ""), SUMMARY_CAP),
        description=description,
        location=location,
        source=label,
        recurrence_id=recurrence_id,
        all_day=all_day,
        status=EventStatus.CANCELLED if item.get("isCancelled") else EventStatus.CONFIRMED,
        organizer=organizer,
        attendees=attendees,
        conference_url=_conference_url(item, location, description),
        timezone=zone_key,
        timezone_written=written if written != zone_key else "",
    )


def from_app(app: Any, store: StorePort | None = None) -> list[GraphCalendarSource]:
    """The factory ``app.App.sources`` calls for ``[calendar] microsoft = true``."""
    from assistant.microsoft.auth import MicrosoftAccount
    from assistant.microsoft.transport import GraphApi

    api = GraphApi(MicrosoftAccount.of(app))
    return [GraphCalendarSource(api, Owner(app.profile().addresses, app.tz), store)]
