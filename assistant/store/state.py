"""Small state beside the interviews: sync tokens per source, the activity log, meta keys."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from assistant.store.base import Queries, upsert_json
from assistant.store.records import _dt, _iso

# How many activity rows `status` can look back over; older ones are deleted.
ACTIVITY_KEPT = 500


class StateQueries(Queries):
    def sync_state(self, source: str) -> dict[str, Any]:
        """What ``source`` saved after its last sync (tokens, ETags); {} before the first."""
        row = self.db.execute("SELECT data FROM sync_state WHERE source = ?", (source,)).fetchone()
        return json.loads(row["data"]) if row else {}

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None:
        """Replace ``source``'s sync state with ``data`` (JSON-serialisable)."""
        with self.transaction() as db:
            upsert_json(db, "sync_state", "source", source, self.encode_json(data), _iso(now))

    def log_activity(self, level: str, message: str, now: datetime) -> None:
        """Keep a short history for ``status`` (errors and skipped briefings)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO activity (at, level, message) VALUES (?, ?, ?)",
                (_iso(now), level, message[:1000]),
            )
            # By count, not by id distance: on PostgreSQL many accounts share one id
            # sequence, so one account's ids are far apart.
            db.execute(
                "DELETE FROM activity WHERE id NOT IN "
                "(SELECT id FROM activity ORDER BY id DESC LIMIT ?)",
                (ACTIVITY_KEPT,),
            )

    def recent_activity(
        self, limit: int = 10, level: str | None = None
    ) -> list[tuple[datetime, str, str]]:
        """The latest ``limit`` activity rows, newest first: (time in UTC, level, message)."""
        sql, args = "SELECT * FROM activity", []
        if level:
            sql += " WHERE level = ?"
            args.append(level)
        rows = self.db.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
        return [(_dt(r["at"]), r["level"], r["message"]) for r in rows]  # type: ignore[misc]

    def get_meta(self, key: str) -> str | None:
        """The text kept under ``key``, or None."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key`` (replacing what was there)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
