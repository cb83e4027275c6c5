"""ORGANIZER and ATTENDEE properties (RFC 5545 §3.8.4.1, §3.8.4.3) as people.

What real invitations carry, beyond the textbook ``mailto:``:

- an unquoted ``CN=Okafor, Samuel`` (Exchange, Tutanota): the comma makes
  icalendar return a list, which is joined back into the one name it was;
- Apple's ``EMAIL`` parameter (RFC 7986 §6.2) beside a relay address
  (``mailto:2_…@imip.me.com``) or a ``urn:uuid:`` calendar address: the person's
  address is the ``EMAIL`` one;
- ``MAILTO:`` in capitals, percent-encoded ``%40``, or a bare address without a scheme;
- addresses that are no address at all (``invalid:nomail``, Outlook placeholders,
  ``urn:uuid:`` without ``EMAIL``): such a guest has no address to write to, so it
  is left out of the event, and :func:`addressless_warning` says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from assistant.durations import plural
from assistant.models import Attendee, AttendeeKind, PartStat, cap_text

_PARTSTAT = {
    "ACCEPTED": PartStat.ACCEPTED,
    "DECLINED": PartStat.DECLINED,
    "TENTATIVE": PartStat.TENTATIVE,
}
_CUTYPE = {
    "INDIVIDUAL": AttendeeKind.PERSON,
    "ROOM": AttendeeKind.ROOM,
    "RESOURCE": AttendeeKind.RESOURCE,
    "GROUP": AttendeeKind.GROUP,
    "UNKNOWN": AttendeeKind.UNKNOWN,
}
_NOT_TAKING_PART = ("OPT-PARTICIPANT", "NON-PARTICIPANT")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
# local@domain; a domain without a dot is allowed (intranets and test data use them).
_EMAIL = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+$")


def param_values(prop: Any, name: str) -> list[str]:
    """Every value of the parameter ``name`` on ``prop``, stripped ([] when absent).

    icalendar splits a parameter at unquoted commas (RFC 5545 §3.2 allows lists), so
    a value may come back as a list.
    """
    params = getattr(prop, "params", None) or {}
    value = params.get(name)
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else [value]
    return [str(item).strip().strip('"').strip() for item in items if str(item).strip()]


def param_text(prop: Any, name: str) -> str:
    """The parameter as the one text it was written as: ``CN=Lee, Jordan`` is
    ``"Lee, Jordan"`` (the list icalendar made of it is joined with ", ")."""
    return ", ".join(param_values(prop, name))


def _first(prop: Any, name: str, table: dict[str, Any]) -> Any:
    """The first value of an enumerated parameter (ROLE, PARTSTAT, CUTYPE) in ``table``."""
    for value in param_values(prop, name):
        if value.upper() in table:
            return table[value.upper()]
    return None


@dataclass(frozen=True)
class CalendarAddress:
    """Where a calendar user can be written to.

    ``email`` is the address to use ("" when there is none); ``uri`` the
    property's own value, which may be another address (a relay) or none at all.
    """

    email: str
    uri: str

    def all(self) -> set[str]:
        """Every address this user is known by (for recognising the calendar's owner)."""
        found = {self.email} if self.email else set()
        mailto = _mailto(self.uri)
        if mailto:
            found.add(mailto)
        return found


def _clean(address: str) -> str:
    text = unquote(address).strip().strip("<>").strip().lower()
    return text if _EMAIL.match(text) else ""


def _mailto(uri: str) -> str:
    text = uri.strip()
    scheme = _SCHEME.match(text)
    if scheme is None:
        return _clean(text)  # a bare address, as some generators write
    if scheme.group(1).lower() == "mailto":
        return _clean(text[scheme.end() :].split("?", 1)[0])
    return ""


def calendar_address(prop: Any) -> CalendarAddress:
    """The address of an ORGANIZER or ATTENDEE: its ``EMAIL`` parameter (RFC 7986
    §6.2) when it has a usable one, else its ``mailto:`` value, else ""."""
    uri = str(prop or "")
    for value in param_values(prop, "EMAIL"):
        email = _mailto(value)
        if email:
            return CalendarAddress(email, uri)
    return CalendarAddress(_mailto(uri), uri)


def _name(prop: Any) -> str:
    return cap_text(" ".join(param_text(prop, "CN").split()), 200)


def attendee_of(prop: Any, owner: Set[str], organizer: Set[str]) -> Attendee | None:
    """One ATTENDEE as an Attendee, or None when it has no address to write to.

    ``owner`` are the calendar owner's addresses (lower-case); ``organizer`` the
    addresses of the event's ORGANIZER.
    """
    address = calendar_address(prop)
    if not address.email:
        return None
    known_as = address.all()
    role = param_values(prop, "ROLE")
    return Attendee(
        email=address.email,
        name=_name(prop),
        partstat=_first(prop, "PARTSTAT", _PARTSTAT) or PartStat.NEEDS_ACTION,
        kind=_first(prop, "CUTYPE", _CUTYPE)
        or (AttendeeKind.UNKNOWN if param_values(prop, "CUTYPE") else AttendeeKind.PERSON),
        is_self=bool(known_as & owner),
        is_organizer=bool(known_as & organizer),
        optional=any(r.upper() in _NOT_TAKING_PART for r in role),
    )


People = tuple[Attendee | None, tuple[Attendee, ...]]


def people_of(component: Any, owner: Set[str], memo: dict[Any, People] | None = None) -> People:
    """The ORGANIZER and the ATTENDEEs of ``component`` that have an address.

    With ``memo`` (one dict per read, for one ``owner``), VEVENTs with the same people
    written the same way (each property's value and parameters) share one reading: a
    calendar names the same few people on most of its events.
    """
    organizer_prop = component.get("ORGANIZER")
    if isinstance(organizer_prop, list):  # given twice: keep the first
        organizer_prop = organizer_prop[0] if organizer_prop else None
    if memo is None:
        return _read_people(component, organizer_prop, owner)
    try:
        key = (_written(organizer_prop), *map(_written, _all(component)))
        found = memo.get(key)
    except TypeError:  # a parameter value that cannot be a key: read it as it is
        return _read_people(component, organizer_prop, owner)
    if found is None:
        found = memo[key] = _read_people(component, organizer_prop, owner)
    return found


def _written(prop: Any) -> Any:
    """A property as written, to compare: its value and its parameters (lists as tuples)."""
    if prop is None:
        return None
    params = getattr(prop, "params", None) or {}
    return (
        str(prop),
        type(prop),
        *(
            (name, tuple(value) if isinstance(value, list) else value)
            for name, value in params.items()
        ),
    )


def _read_people(component: Any, organizer_prop: Any, owner: Set[str]) -> People:
    """:func:`people_of`, read afresh."""
    address = calendar_address(organizer_prop) if organizer_prop is not None else None
    organizer_addresses = address.all() if address else set()
    attendees = tuple(
        a
        for a in (attendee_of(p, owner, organizer_addresses) for p in _all(component))
        if a is not None
    )
    organizer = None
    if address is not None and address.email:
        known = next((a for a in attendees if a.is_organizer), None)
        organizer = known or Attendee(
            email=address.email,
            name=_name(organizer_prop),
            partstat=PartStat.ACCEPTED,
            is_self=bool(organizer_addresses & owner),
            is_organizer=True,
        )
    return organizer, attendees


def addressless_warning(calendar: Any) -> str | None:
    """One warning naming the guests (not rooms) of ``calendar``'s VEVENTs that have no
    email address at all, so were left out; None when every guest has one."""
    left_out: list[str] = []
    for component in calendar.walk("VEVENT"):
        for prop in _all(component):
            cutype = {v.upper() for v in param_values(prop, "CUTYPE")}
            if calendar_address(prop).email or cutype & {"ROOM", "RESOURCE"}:
                continue
            left_out.append(_name(prop) or cap_text(str(prop), 80) or "(blank)")
    if not left_out:
        return None
    shown = ", ".join(f'"{who}"' for who in dict.fromkeys(left_out[:5]))
    more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
    were = "was" if len(left_out) == 1 else "were"
    return (
        f"{plural(len(left_out), 'guest')} without an email address {were} left out: {shown}{more}"
    )


def _all(component: Any) -> Iterable[Any]:
    value = component.get("ATTENDEE")
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
