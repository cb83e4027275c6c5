"""All state, in one SQLite file: interviews, jobs, drafts, overrides, sync tokens.

Migrations are named and append-only (``assistant/migrations.py``); each runs in
its own transaction together with the row that records it.

The database runs in WAL mode with a busy timeout: a reader never blocks the
daemon, and a second writer waits instead of failing. Exactly-once rests on two
things kept here: job rows (a key acts once) and the draft table's unique key.
The SQL is plain and portable, so the store could move to PostgreSQL unchanged
in shape.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant import migrations
from assistant.errors import NotFoundError, StoreError
from assistant.models import Draft, DraftKind, DraftState, Job, JobKind, JobState
from assistant.private import private_file

BUSY_TIMEOUT_MS = 15_000


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime reached the store")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class InterviewRecord:
    """A follow-up interview as the store remembers it."""

    event_id: str
    uid: str
    source: str
    start: datetime
    end: datetime
    summary: str
    company: str | None
    role: str | None
    active: bool
    inactive_why: str | None
    detection: dict[str, Any]
    first_seen: datetime
    briefed_start: datetime | None


@dataclass(frozen=True)
class JobRecord:
    job: Job
    state: JobState
    attempts: int
    last_error: str | None
    finished_at: datetime | None


class Store:
    """The SQLite store. Open with :meth:`open`; use as a context manager to close."""

    def __init__(self, connection: sqlite3.Connection, path: Path | str = "state.db") -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the database at ``path``."""
        try:
            if str(path) != ":memory:":
                # Draft bodies, debrief notes, salary figures: 0600 (the WAL and shared
                # memory files SQLite makes beside it take the same mode).
                try:
                    Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    private_file(Path(path))
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the database {path}: {exc.strerror}",
                        fix="check the folder's permissions and free space",
                    ) from None
            connection = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, path)
            store.migrate()
            return store
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, path) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT: take the write lock up front, so two writers queue.

        SQLite errors inside (locked, disk full, corrupt) become one StoreError; SQLite
        may already have rolled back itself (SQLITE_FULL does), so roll back only when a
        transaction is still open.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise _store_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    # --- migrations ------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row["name"] for row in self.db.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in migrations.MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as db:
                for statement in (s for s in sql.split(";") if s.strip()):
                    db.execute(statement)
                db.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                    (name, _iso(datetime.now(UTC))),
                )
            applied.append(name)
        return applied

    # --- interviews -----------------------------------------------------------

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
                    json.dumps(detection),
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
        row = self.db.execute("SELECT * FROM interviews WHERE event_id = ?", (event_id,)).fetchone()
        return _interview(row) if row else None

    def interviews(self, *, active_only: bool = False) -> list[InterviewRecord]:
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
        with self.transaction() as db:
            db.execute(
                "UPDATE interviews SET briefed_start = ? WHERE event_id = ?",
                (_iso(start), event_id),
            )

    # --- jobs ---------------------------------------------------------------------

    def reconcile_jobs(
        self,
        event_id: str,
        wanted: Sequence[Job],
        now: datetime,
        kinds: Sequence[JobKind] = (JobKind.BRIEFING, JobKind.DRAFTS),
    ) -> None:
        """Make the pending jobs of ``event_id`` of ``kinds`` exactly ``wanted``.

        New keys are inserted, pending ones get their new due time, pending ones no
        longer wanted are dropped. Finished jobs are history and never touched. Jobs
        of other kinds (the pipeline's nudges) are planned elsewhere and left alone.
        """
        wanted_keys = {job.key for job in wanted}
        with self.transaction() as db:
            for job in wanted:
                db.execute(
                    """
                    INSERT INTO jobs (key, kind, event_id, due_at, state, detail, created_at)
                    VALUES (?, ?, ?, ?, 'pending', ?, ?)
                    ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at
                    WHERE jobs.state = 'pending'
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
            marks = ",".join("?" * len(kinds))
            pending = db.execute(
                "SELECT key FROM jobs WHERE event_id = ? AND state = 'pending' "
                f"AND kind IN ({marks})",
                (event_id, *(kind.value for kind in kinds)),
            ).fetchall()
            for row in pending:
                if row["key"] not in wanted_keys:
                    db.execute(
                        "UPDATE jobs SET state = 'dropped', finished_at = ? WHERE key = ?",
                        (_iso(now), row["key"]),
                    )

    def due_jobs(self, now: datetime) -> list[Job]:
        rows = self.db.execute(
            "SELECT * FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, key",
            (_iso(now),),
        )
        return [_job(r) for r in rows]

    def next_due(self) -> datetime | None:
        row = self.db.execute(
            "SELECT MIN(due_at) AS due FROM jobs WHERE state = 'pending'"
        ).fetchone()
        return _dt(row["due"]) if row and row["due"] else None

    def jobs(
        self, *, event_id: str | None = None, state: JobState | None = None
    ) -> list[JobRecord]:
        sql, args = "SELECT * FROM jobs WHERE 1 = 1", []
        if event_id:
            sql += " AND event_id = ?"
            args.append(event_id)
        if state:
            sql += " AND state = ?"
            args.append(state.value)
        rows = self.db.execute(sql + " ORDER BY due_at, key", args)
        return [
            JobRecord(
                _job(r), JobState(r["state"]), r["attempts"], r["last_error"], _dt(r["finished_at"])
            )
            for r in rows
        ]

    def finish_job(self, key: str, state: JobState, now: datetime, note: str | None = None) -> bool:
        """Mark a pending job finished. False when it was not pending (someone else did it)."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE jobs SET state = ?, finished_at = ?, last_error = COALESCE(?, last_error) "
                "WHERE key = ? AND state = 'pending'",
                (state.value, _iso(now), note, key),
            )
        return cursor.rowcount == 1

    def job_failed(self, key: str, error: str) -> int:
        """Count a failed attempt; the job stays pending. Returns the attempt count."""
        with self.transaction() as db:
            db.execute(
                "UPDATE jobs SET attempts = attempts + 1, last_error = ? WHERE key = ?",
                (error, key),
            )
            row = db.execute("SELECT attempts FROM jobs WHERE key = ?", (key,)).fetchone()
        return int(row["attempts"]) if row else 0

    # --- drafts -----------------------------------------------------------------

    def add_draft(
        self,
        *,
        key: str,
        event_id: str,
        kind: DraftKind,
        recipients: Sequence[str],
        subject: str,
        body: str,
        message_id: str,
        guessed_recipient: bool,
        interview_summary: str,
        now: datetime,
    ) -> tuple[Draft, bool]:
        """Record a draft before it is written to the mailbox. Returns (draft, created).

        A key already present returns the existing draft: a re-run never makes a second.
        """
        with self.transaction() as db:
            cursor = db.execute(
                """
                INSERT INTO drafts (key, event_id, kind, state, recipients, subject, body,
                    message_id, guessed_recipient, interview_summary, created_at, updated_at)
                VALUES (?, ?, ?, 'drafted', ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (key) DO NOTHING
                """,
                (
                    key,
                    event_id,
                    kind.value,
                    json.dumps(list(recipients)),
                    subject,
                    body,
                    message_id,
                    int(guessed_recipient),
                    interview_summary,
                    _iso(now),
                    _iso(now),
                ),
            )
        created = cursor.rowcount == 1
        row = self.db.execute("SELECT * FROM drafts WHERE key = ?", (key,)).fetchone()
        return _draft(row), created

    def draft(self, draft_id: int) -> Draft:
        # An id beyond SQLite's 64-bit INTEGER names no draft (and cannot be bound).
        row = None
        if 0 < draft_id < 2**63:
            row = self.db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"no draft with id {draft_id}",
                fix="`interview-assistant drafts list --all` lists every draft with its id",
            )
        return _draft(row)

    def drafts(
        self, *, states: Sequence[DraftState] | None = None, event_id: str | None = None
    ) -> list[Draft]:
        sql = "SELECT * FROM drafts WHERE 1 = 1"
        args: list[str] = []
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args.extend(s.value for s in states)
        if event_id:
            sql += " AND event_id = ?"
            args.append(event_id)
        return [_draft(r) for r in self.db.execute(sql + " ORDER BY id", args)]

    def update_draft(self, draft_id: int, now: datetime, **fields: Any) -> Draft:
        """Change columns of a draft (``subject``, ``body``, ``recipients``, ``mailbox_ref``…)."""
        allowed = {
            "subject",
            "body",
            "recipients",
            "mailbox_ref",
            "edited",
            "send_at",
            "sent_at",
            "reminded_at",
            "interview_summary",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update draft columns {sorted(unknown)}")
        values = {k: _column(v) for k, v in fields.items()}
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.transaction() as db:
            db.execute(
                f"UPDATE drafts SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _iso(now), draft_id),
            )
        return self.draft(draft_id)

    def move_draft(
        self,
        draft_id: int,
        from_states: Sequence[DraftState],
        to: DraftState,
        now: datetime,
        **fields: Any,
    ) -> bool:
        """Atomically move a draft between states; False when it was not in ``from_states``.

        This compare-and-set is what makes approve-twice send once.
        """
        values = {k: _column(v) for k, v in fields.items()}
        extra = "".join(f", {k} = ?" for k in values)
        marks = ",".join("?" * len(from_states))
        with self.transaction() as db:
            cursor = db.execute(
                f"UPDATE drafts SET state = ?, updated_at = ?{extra} "
                f"WHERE id = ? AND state IN ({marks})",
                (to.value, _iso(now), *values.values(), draft_id, *(s.value for s in from_states)),
            )
        return cursor.rowcount == 1

    # --- overrides, debriefs, sync state, activity -----------------------------------

    def set_override(self, event_id: str, follow_up: bool, now: datetime) -> None:
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
        return cursor.rowcount == 1

    def overrides(self) -> dict[str, bool]:
        rows = self.db.execute("SELECT event_id, follow_up FROM overrides")
        return {r["event_id"]: bool(r["follow_up"]) for r in rows}

    def save_debrief(self, event_id: str, data: dict[str, Any], now: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO debriefs (event_id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (event_id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (event_id, json.dumps(data), _iso(now)),
            )

    def debrief(self, event_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT data FROM debriefs WHERE event_id = ?", (event_id,)
        ).fetchone()
        return json.loads(row["data"]) if row else None

    def sync_state(self, source: str) -> dict[str, Any]:
        row = self.db.execute("SELECT data FROM sync_state WHERE source = ?", (source,)).fetchone()
        return json.loads(row["data"]) if row else {}

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sync_state (source, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (source, json.dumps(data), _iso(now)),
            )

    def log_activity(self, level: str, message: str, now: datetime) -> None:
        """Keep a short history for ``status`` (errors and skipped briefings)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO activity (at, level, message) VALUES (?, ?, ?)",
                (_iso(now), level, message[:1000]),
            )
            db.execute("DELETE FROM activity WHERE id <= (SELECT MAX(id) - 500 FROM activity)")

    def recent_activity(
        self, limit: int = 10, level: str | None = None
    ) -> list[tuple[datetime, str, str]]:
        sql, args = "SELECT * FROM activity", []
        if level:
            sql += " WHERE level = ?"
            args.append(level)
        rows = self.db.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
        return [(_dt(r["at"]), r["level"], r["message"]) for r in rows]  # type: ignore[misc]

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _column(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, list | tuple):
        return json.dumps(list(value))
    if isinstance(value, bool):
        return int(value)
    return value


def _store_error(exc: sqlite3.DatabaseError, path: Path | str) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the database {path} is locked by another process",
            fix="wait for the other interview-assistant command to finish, then try again",
        )
    if ("disk" in text and "full" in text) or "full" in text:
        return StoreError(f"the disk holding {path} is full", fix="free some space, then try again")
    if "not a database" in text or "malformed" in text:
        return StoreError(
            f"{path} is not a readable database ({text})",
            fix="restore it from a backup, or move it away to start fresh",
        )
    return StoreError(f"database error in {path}: {text}")


def _interview(row: sqlite3.Row) -> InterviewRecord:
    return InterviewRecord(
        event_id=row["event_id"],
        uid=row["uid"],
        source=row["source"],
        start=_dt(row["start_at"]),  # type: ignore[arg-type]
        end=_dt(row["end_at"]),  # type: ignore[arg-type]
        summary=row["summary"],
        company=row["company"],
        role=row["role"],
        active=bool(row["active"]),
        inactive_why=row["inactive_why"],
        detection=json.loads(row["detection"]),
        first_seen=_dt(row["first_seen"]),  # type: ignore[arg-type]
        briefed_start=_dt(row["briefed_start"]),
    )


def _job(row: sqlite3.Row) -> Job:
    return Job(
        key=row["key"],
        kind=JobKind(row["kind"]),
        event_id=row["event_id"],
        due_at=_dt(row["due_at"]),  # type: ignore[arg-type]
        detail=row["detail"],
    )


def _draft(row: sqlite3.Row) -> Draft:
    return Draft(
        id=row["id"],
        key=row["key"],
        event_id=row["event_id"],
        kind=DraftKind(row["kind"]),
        state=DraftState(row["state"]),
        to=tuple(json.loads(row["recipients"])),
        subject=row["subject"],
        body=row["body"],
        created_at=_dt(row["created_at"]),  # type: ignore[arg-type]
        updated_at=_dt(row["updated_at"]),  # type: ignore[arg-type]
        mailbox_ref=row["mailbox_ref"],
        message_id=row["message_id"],
        edited=bool(row["edited"]),
        guessed_recipient=bool(row["guessed_recipient"]),
        send_at=_dt(row["send_at"]),
        sent_at=_dt(row["sent_at"]),
        interview_summary=row["interview_summary"],
    )
