"""Interviews: the follow-up interviews the store remembers, and the user's verdicts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from assistant.errors import NotFoundError
from assistant.store.base import Queries, upsert_json
from assistant.store.records import InterviewRecord, _interview, _iso


class InterviewQueries(Queries):
    def save_interview(
        self,
        *,
        event_id: str,
        uid: str,
        source: str,
        start: datetime,
        end: datetime,
        summary: str,
        company: str | None,
        role: str | None,
        active: bool,
        inactive_why: str | None,
        detection: dict[str, Any],
        now: datetime,
    ) -> InterviewRecord:
        """Insert or update an interview; ``first_seen`` is kept from the first time."""
        with self.transaction() as db:
            db.execute(
                """
                INSERT INTO interviews (event_id, uid, source, start_at, end_at, summary, company,
                    role, active, inactive_why, detection, first_seen, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO UPDATE SET
                    source = excluded.source, start_at = excluded.start_at,
                    end_at = excluded.end_at, summary = excluded.summary,
                    company = excluded.company, role = excluded.role, active = excluded.active,
                    inactive_why = excluded.inactive_why, detection = excluded.detection,
                    updated_at = excluded.updated_at
                """,
                (
                    event_id,
                    uid,
                    source,
                    _iso(start),
                    _iso(end),
                    summary,
                    company,
                    role,
                    int(active),
                    inactive_why,
                    self.encode_json(detection),
                    _iso(now),
                    _iso(now),
                ),
            )
        return self.interview(event_id)

    def interview(self, event_id: str) -> InterviewRecord:
        """The interview ``event_id``; raises NotFoundError when there is none."""
        found = self.find_interview(event_id)
        if found is None:
            raise NotFoundError(
                f"no interview with id {event_id}",
                fix="copy an id that `interview-assistant scan` prints",
            )
        return found

    def find_interview(self, event_id: str) -> InterviewRecord | None:
        """The interview ``event_id``, or None."""
        row = self.db.execute("SELECT * FROM interviews WHERE event_id = ?", (event_id,)).fetchone()
        return _interview(row) if row else None

    def interviews(self, *, active_only: bool = False) -> list[InterviewRecord]:
        """Every interview (or the active ones), by start time."""
        sql = "SELECT * FROM interviews"
        if active_only:
            sql += " WHERE active = 1"
        return [_interview(r) for r in self.db.execute(sql + " ORDER BY start_at")]

    def deactivate_missing(
        self, seen: set[str], sources: Sequence[str], now: datetime
    ) -> list[str]:
        """Interviews of ``sources`` not in ``seen`` (and not yet over) left the calendar."""
        gone = []
        for record in self.interviews(active_only=True):
            if record.source in sources and record.event_id not in seen and record.end > now:
                gone.append(record.event_id)
        with self.transaction() as db:
            for event_id in gone:
                db.execute(
                    "UPDATE interviews SET active = 0, inactive_why = ?, updated_at = ? "
                    "WHERE event_id = ?",
                    ("removed from the calendar", _iso(now), event_id),
                )
        return gone

    def set_briefed_start(self, event_id: str, start: datetime) -> None:
        """Remember the start time the briefing for ``event_id`` was written for."""
        with self.transaction() as db:
            db.execute(
                "UPDATE interviews SET briefed_start = ? WHERE event_id = ?",
                (_iso(start), event_id),
            )

    # --- the user's verdicts (`mark`) and debrief notes ------------------------------

    def set_override(self, event_id: str, follow_up: bool, now: datetime) -> None:
        """Record ``mark``'s verdict: ``event_id`` is (or is not) a follow-up interview."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO overrides (event_id, follow_up, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (event_id) DO UPDATE SET follow_up = excluded.follow_up",
                (event_id, int(follow_up), _iso(now)),
            )

    def clear_override(self, event_id: str) -> bool:
        """Forget ``mark``'s verdict for ``event_id``; False when there was none."""
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM overrides WHERE event_id = ?", (event_id,))
        return bool(cursor.rowcount == 1)

    def overrides(self) -> dict[str, bool]:
        """Every verdict ``mark`` recorded, by event id."""
        rows = self.db.execute("SELECT event_id, follow_up FROM overrides")
        return {r["event_id"]: bool(r["follow_up"]) for r in rows}

    def save_debrief(self, event_id: str, data: dict[str, Any], now: datetime) -> None:
        """Keep the user's debrief notes for ``event_id`` (replacing earlier ones)."""
        with self.transaction() as db:
            upsert_json(db, "debriefs", "event_id", event_id, self.encode_json(data), _iso(now))

    def debrief(self, event_id: str) -> dict[str, Any] | None:
        """The debrief notes for ``event_id``, or None."""
        row = self.db.execute(
            "SELECT data FROM debriefs WHERE event_id = ?", (event_id,)
        ).fetchone()
        return json.loads(row["data"]) if row else None
