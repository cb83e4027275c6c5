"""Real-world invites from other projects' bug reports and fixtures, read as a person reads them.

Each file in ``tests/data/realworld`` (sources and licences in its SOURCES.md) goes through the
public reading path, :class:`~assistant.sources.ics.IcsSource` then
:func:`~assistant.detect.detect`, and is compared with ``expected.json``: for every instance
in a window, its identity, times, title, organizer, guests, names, cancellation and verdict,
plus the warnings a careful reader would want. The expectations were written by hand from the
files, so a failure is the reader's fault until shown otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.detect import Profile, detect
from assistant.models import AttendeeKind, Event, EventStatus
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import DATA

REALWORLD = DATA / "realworld"
EXPECTED = json.loads((REALWORLD / "expected.json").read_text(encoding="utf-8"))

# Files the reader gets wrong today, by kind of fault. Each is fixed elsewhere (issue 14);
# strict, so the lead sees the moment a fix makes one pass and can drop its line.
XFAIL: dict[str, str] = {}

NOT_PEOPLE = (AttendeeKind.ROOM, AttendeeKind.RESOURCE)


@dataclass(frozen=True)
class Case:
    name: str
    spec: dict[str, Any]

    @property
    def path(self) -> Path:
        return REALWORLD / self.name


def _cases() -> list[Any]:
    params = []
    for name, spec in sorted(EXPECTED["files"].items()):
        marks = []
        if name in XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[name]))
        params.append(pytest.param(Case(name, spec), id=name.removesuffix(".ics"), marks=marks))
    return params


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _is_date(text: str) -> bool:
    return len(text) == 10


def _sort_key(event: Event) -> tuple[datetime, str]:
    return (event.start.astimezone(UTC), event.summary.strip())


def _expected_key(spec: dict[str, Any], tz: ZoneInfo) -> tuple[datetime, str]:
    start = spec["start"]
    when = (
        datetime.combine(date.fromisoformat(start), datetime.min.time(), tz).astimezone(UTC)
        if _is_date(start)
        else _instant(start)
    )
    return (when, spec["summary"])


def _compare(event: Event, spec: dict[str, Any]) -> list[str]:
    """Every way ``event`` differs from what a person reads in ``spec``."""
    wrong = []
    label = f"{spec['summary']!r} at {spec['start']}"
    if spec["uid"] is not None and event.uid != spec["uid"]:
        wrong.append(f"{label}: UID {event.uid!r}, expected {spec['uid']!r}")
    for edge in ("start", "end"):
        want, got = spec[edge], getattr(event, edge)
        if _is_date(want):
            if not event.all_day or got.date() != date.fromisoformat(want):
                wrong.append(
                    f"{label}: {edge} {got.isoformat()} (all_day={event.all_day}), expected {want}"
                )
        elif got.astimezone(UTC) != _instant(want):
            wrong.append(f"{label}: {edge} {got.astimezone(UTC).isoformat()}, expected {want}")
    if event.summary.strip() != spec["summary"]:
        wrong.append(f"{label}: summary {event.summary!r}")
    organizer = event.organizer.email if event.organizer and event.organizer.email else None
    if organizer != spec["organizer"]:
        wrong.append(f"{label}: organizer {organizer!r}, expected {spec['organizer']!r}")
    people = sorted(a.email for a in event.attendees if a.kind not in NOT_PEOPLE)
    if people != sorted(spec["attendees"]):
        wrong.append(f"{label}: attendees {people}, expected {sorted(spec['attendees'])}")
    named = {a.email: a.name for a in event.attendees}
    if event.organizer is not None:
        named.setdefault(event.organizer.email, event.organizer.name)
    for address, name in spec["names"].items():
        if named.get(address) != name:
            wrong.append(f"{label}: {address} is called {named.get(address)!r}, expected {name!r}")
    cancelled = event.status is EventStatus.CANCELLED
    if cancelled != spec["cancelled"]:
        wrong.append(f"{label}: cancelled={cancelled}, expected {spec['cancelled']}")
    if "conference" in spec and spec["conference"] not in event.conference_url:
        wrong.append(
            f"{label}: conference link {event.conference_url!r}, expected {spec['conference']!r}"
        )
    return wrong


def _verdicts(events: list[Event], specs: list[dict[str, Any]], user: str) -> list[str]:
    profile = Profile.build([user])
    wrong = []
    for detection, spec in zip(detect(events, profile), specs, strict=True):
        if detection.verdict.is_follow_up != spec["follow_up"]:
            wrong.append(
                f"{spec['summary']!r} at {spec['start']}: follow-up={detection.verdict.is_follow_up}, "
                f"expected {spec['follow_up']} ({'; '.join(detection.verdict.reasons)})"
            )
    return wrong


def _warned(warnings: list[str], expected: list[dict[str, Any]]) -> list[str]:
    text = [w.lower() for w in warnings]
    return [
        f"no warning of kind {want['kind']} (mentioning any of {want['mentions']}); got {warnings}"
        for want in expected
        if not any(m.lower() in w for w in text for m in want["mentions"])
    ]


@pytest.mark.parametrize("case", _cases())
def test_realworld_invite_reads_as_a_person_reads_it(case: Case) -> None:
    user = case.spec.get("user", EXPECTED["user"])
    tz = ZoneInfo(EXPECTED["timezone"])
    owner = Owner(frozenset({user}), tz)
    wrong: list[str] = []
    warnings: list[str] = []
    for check in case.spec["checks"]:
        start, end = (_instant(t) for t in check["window"])
        read = IcsSource(str(case.path), owner).read(start, end)
        warnings += read.warnings
        events = sorted(read.events, key=_sort_key)
        specs = sorted(check["events"], key=lambda s: _expected_key(s, tz))
        if len(events) != len(specs):
            found = [f"{e.summary!r} {e.start.astimezone(UTC).isoformat()}" for e in events]
            wrong.append(
                f"window {check['window']}: {len(events)} events {found}, expected {len(specs)}"
            )
            continue
        for event, spec in zip(events, specs, strict=True):
            wrong += _compare(event, spec)
        ids = [e.event_id for e in events]
        if len(set(ids)) != len(ids):
            wrong.append(f"window {check['window']}: instances share an identity: {ids}")
        wrong += _verdicts(events, specs, user)
    wrong += _warned(warnings, case.spec.get("warnings", []))
    assert not wrong, "\n".join(wrong)


def test_every_realworld_file_has_an_expectation_and_a_source() -> None:
    files = {p.name for p in REALWORLD.glob("*.ics")}
    assert files == set(EXPECTED["files"])
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    missing = sorted(name for name in files if f"`{name}`" not in sources)
    assert not missing, f"not in SOURCES.md: {missing}"
