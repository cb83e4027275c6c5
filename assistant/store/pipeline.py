"""The pipeline's tables: every round with an employer (``rounds``) and the state the
user set per application (``applications``), both from migration ``0003_pipeline``.

The pipeline (``assistant/pipeline/rounds.py``) turns detection's verdicts into
:class:`RoundRow` and back; nothing here knows what a round means.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from assistant.store.base import Queries, marks
from assistant.store.records import _iso

#: A person as the pipeline keeps one: ``(email, name)``.
Person = tuple[str, str]


@dataclass(frozen=True)
class RoundRow:
    """One round as stored. ``kind`` is the pipeline's ``RoundKind`` value; times are
    aware (UTC when read back); ``first_seen`` is set by the store on first save."""

    event_id: str
    source: str
    keys: tuple[str, ...]
    company: str | None
    role: str | None
    kind: str
    start: datetime
    end: datetime
    summary: str
    people: tuple[Person, ...]
    recruiter: Person | None
    active: bool = True
    first_seen: datetime | None = None


@dataclass(frozen=True)
class ApplicationRow:
    """The state the user set for the application with employer key ``employer``."""

    employer: str
    state: str
    note: str
    updated_at: datetime


def _as_dict(person: Person) -> dict[str, str]:
    email, name = person
    return {"name": name, "email": email}


def _people(people: Sequence[Person]) -> str:
    return json.dumps([_as_dict(person) for person in people])


class PipelineQueries(Queries):
    def sync_rounds(
        self,
        found: Sequence[RoundRow],
        no_longer: Collection[str],
        read_sources: Sequence[str],
        now: datetime,
    ) -> None:
        """Save the rounds of one pass, in one transaction.

        Every row of ``found`` is inserted or updated and made active. The event ids in
        ``no_longer`` (still in a calendar, no round any more) are made inactive; so is
        every active round of a calendar in ``read_sources`` that is missing from
        ``found`` and had not ended by ``now``.
        """
        seen = {row.event_id for row in found}
        stamp = _iso(now)
        with self.transaction() as db:
            for row in found:
                db.execute(
                    """
                    INSERT INTO rounds (event_id, source, keys, company, role, kind, start_at,
                        end_at, summary, people, recruiter, active, first_seen, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    ON CONFLICT (event_id) DO UPDATE SET
                        source = excluded.source, keys = excluded.keys,
                        company = excluded.company, role = excluded.role, kind = excluded.kind,
                        start_at = excluded.start_at, end_at = excluded.end_at,
                        summary = excluded.summary, people = excluded.people,
                        recruiter = excluded.recruiter, active = 1,
                        updated_at = excluded.updated_at
                    """,
                    (
                        row.event_id,
                        row.source,
                        json.dumps(list(row.keys)),
                        row.company,
                        row.role,
                        row.kind,
                        _iso(row.start),
                        _iso(row.end),
                        row.summary,
                        _people(row.people),
                        json.dumps(_as_dict(row.recruiter)) if row.recruiter else None,
                        stamp,
                        stamp,
                    ),
                )
            active = {
                r["event_id"] for r in db.execute("SELECT event_id FROM rounds WHERE active = 1")
            }
            gone = active & set(no_longer)
            if read_sources:
                rows = db.execute(
                    f"SELECT event_id FROM rounds WHERE active = 1 "
                    f"AND source IN ({marks(len(read_sources))}) AND end_at > ?",
                    (*read_sources, stamp),
                ).fetchall()
                gone |= {r["event_id"] for r in rows if r["event_id"] not in seen}
            for event_id in sorted(gone):
                db.execute(
                    "UPDATE rounds SET active = 0, updated_at = ? WHERE event_id = ?",
                    (stamp, event_id),
                )

    def round_rows(self) -> list[RoundRow]:
        """Every stored round (inactive ones too), earliest first."""
        rows = self.db.execute("SELECT * FROM rounds ORDER BY start_at, event_id")
        return [
            RoundRow(
                event_id=row["event_id"],
                source=row["source"],
                keys=tuple(json.loads(row["keys"])),
                company=row["company"],
                role=row["role"],
                kind=row["kind"],
                start=datetime.fromisoformat(row["start_at"]),
                end=datetime.fromisoformat(row["end_at"]),
                summary=row["summary"],
                people=tuple((p["email"], p["name"]) for p in json.loads(row["people"])),
                recruiter=_person(row["recruiter"]),
                active=bool(row["active"]),
                first_seen=datetime.fromisoformat(row["first_seen"]),
            )
            for row in rows
        ]

    def set_application_state(self, employer: str, state: str, note: str, now: datetime) -> None:
        """Record the user's ``state`` and ``note`` for the application ``employer``."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO applications (employer, state, note, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (employer) DO UPDATE SET state = excluded.state, "
                "note = excluded.note, updated_at = excluded.updated_at",
                (employer, state, note, _iso(now)),
            )

    def application_states(self) -> list[ApplicationRow]:
        """Every state the user set, one per employer key."""
        return [
            ApplicationRow(
                row["employer"],
                row["state"],
                row["note"],
                datetime.fromisoformat(row["updated_at"]),
            )
            for row in self.db.execute("SELECT * FROM applications")
        ]


def _person(text: str | None) -> Person | None:
    if not text:
        return None
    data = json.loads(text)
    return (data["email"], data["name"])
