"""Jobs: one row per thing to do at a time (a briefing, drafts, a nudge).

A job's key acts once: :meth:`JobQueries.finish_job` is a compare-and-set on the
``pending`` state, so of two passes finishing the same job exactly one is told True.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from assistant.models import Job, JobKind, JobState
from assistant.store.base import Queries, marks
from assistant.store.records import JobRecord, _dt, _iso, _job, _job_record


class JobQueries(Queries):
    def reconcile_jobs(
        self,
        event_id: str,
        wanted: Sequence[Job],
        now: datetime,
        kinds: Sequence[JobKind] = (JobKind.BRIEFING, JobKind.DRAFTS),
    ) -> None:
        """Make the pending jobs of ``event_id`` of ``kinds`` exactly ``wanted``.

        New keys are inserted, pending ones get their new due time, pending ones no
        longer wanted are dropped. A dropped job wanted again is pending again: it never
        acted, and what dropped it (a mark, a verdict, a calendar that left it out) was
        undone. Jobs that acted or were skipped are history and never touched. Jobs of
        other kinds (the pipeline's nudges) are planned elsewhere and left alone.
        """
        wanted_keys = {job.key for job in wanted}
        with self.transaction() as db:
            for job in wanted:
                db.execute(
                    """
                    INSERT INTO jobs (key, kind, event_id, due_at, state, detail, created_at)
                    VALUES (?, ?, ?, ?, 'pending', ?, ?)
                    ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at,
                        state = 'pending', finished_at = NULL,
                        last_error = CASE WHEN jobs.state = 'dropped' THEN NULL
                                          ELSE jobs.last_error END
                    WHERE jobs.state IN ('pending', 'dropped')
                    """,
                    (
                        job.key,
                        job.kind.value,
                        job.event_id,
                        _iso(job.due_at),
                        job.detail,
                        _iso(now),
                    ),
                )
            pending = db.execute(
                "SELECT key FROM jobs WHERE event_id = ? AND state = 'pending' "
                f"AND kind IN ({marks(len(kinds))})",
                (event_id, *(kind.value for kind in kinds)),
            ).fetchall()
            for row in pending:
                if row["key"] not in wanted_keys:
                    db.execute(
                        "UPDATE jobs SET state = 'dropped', finished_at = ? WHERE key = ?",
                        (_iso(now), row["key"]),
                    )

    def due_jobs(self, now: datetime) -> list[Job]:
        """Pending jobs due at or before ``now``, earliest first (then by key)."""
        rows = self.db.execute(
            "SELECT * FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, key",
            (_iso(now),),
        )
        return [_job(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the earliest pending job is due (UTC), or None when none is pending."""
        row = self.db.execute(
            "SELECT MIN(due_at) AS due FROM jobs WHERE state = 'pending'"
        ).fetchone()
        return _dt(row["due"]) if row and row["due"] else None

    def jobs(
        self, *, event_id: str | None = None, state: JobState | None = None
    ) -> list[JobRecord]:
        """Jobs with their bookkeeping, by due time then key; optionally filtered."""
        sql, args = "SELECT * FROM jobs WHERE 1 = 1", []
        if event_id:
            sql += " AND event_id = ?"
            args.append(event_id)
        if state:
            sql += " AND state = ?"
            args.append(state.value)
        rows = self.db.execute(sql + " ORDER BY due_at, key", args)
        return [_job_record(r) for r in rows]

    def finish_job(self, key: str, state: JobState, now: datetime, note: str | None = None) -> bool:
        """Mark a pending job finished. False when it was not pending (someone else did it)."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE jobs SET state = ?, finished_at = ?, last_error = COALESCE(?, last_error) "
                "WHERE key = ? AND state = 'pending'",
                (state.value, _iso(now), note, key),
            )
        return bool(cursor.rowcount == 1)

    def job_failed(self, key: str, error: str) -> int:
        """Count a failed attempt; the job stays pending. Returns the attempt count."""
        with self.transaction() as db:
            rows = db.execute(
                "UPDATE jobs SET attempts = attempts + 1, last_error = ? WHERE key = ? "
                "RETURNING attempts",
                (error, key),
            ).fetchall()
        return int(rows[0]["attempts"]) if rows else 0
