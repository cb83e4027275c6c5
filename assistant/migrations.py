"""The database schema, as named, append-only migrations.

A released migration is never edited: a change is a new entry at the end. Each
runs in its own transaction together with the row that records it (see
:meth:`assistant.store.sqlite.SqliteStore.migrate`; PostgreSQL has its own list in ``assistant/store/pg_migrations.py``), so a crash mid-migration leaves the
database as it was.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE interviews (
            event_id      TEXT PRIMARY KEY,
            uid           TEXT NOT NULL,
            source        TEXT NOT NULL,
            start_at      TEXT NOT NULL,
            end_at        TEXT NOT NULL,
            summary       TEXT NOT NULL,
            company       TEXT,
            role          TEXT,
            active        INTEGER NOT NULL,
            inactive_why  TEXT,
            detection     TEXT NOT NULL,
            first_seen    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            briefed_start TEXT
        );
        CREATE TABLE jobs (
            key         TEXT PRIMARY KEY,
            kind        TEXT NOT NULL,
            event_id    TEXT NOT NULL,
            due_at      TEXT NOT NULL,
            state       TEXT NOT NULL,
            detail      TEXT NOT NULL DEFAULT '',
            attempts    INTEGER NOT NULL DEFAULT 0,
            last_error  TEXT,
            created_at  TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE INDEX jobs_due ON jobs (state, due_at);
        CREATE INDEX jobs_event ON jobs (event_id);
        CREATE TABLE drafts (
            id                INTEGER PRIMARY KEY AUTOINCREMENT,
            key               TEXT NOT NULL UNIQUE,
            event_id          TEXT NOT NULL,
            kind              TEXT NOT NULL,
            state             TEXT NOT NULL,
            recipients        TEXT NOT NULL,
            subject           TEXT NOT NULL,
            body              TEXT NOT NULL,
            message_id        TEXT NOT NULL,
            mailbox_ref       TEXT NOT NULL DEFAULT '',
            edited            INTEGER NOT NULL DEFAULT 0,
            guessed_recipient INTEGER NOT NULL DEFAULT 0,
            interview_summary TEXT NOT NULL DEFAULT '',
            send_at           TEXT,
            sent_at           TEXT,
            reminded_at       TEXT,
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL
        );
        CREATE INDEX drafts_event ON drafts (event_id);
        CREATE TABLE overrides (
            event_id   TEXT PRIMARY KEY,
            follow_up  INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE debriefs (
            event_id   TEXT PRIMARY KEY,
            data       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sync_state (
            source     TEXT PRIMARY KEY,
            data       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE activity (
            id      INTEGER PRIMARY KEY AUTOINCREMENT,
            at      TEXT NOT NULL,
            level   TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        # Each pass, and whether it ran at a time given with --now (simulated), so a
        # rehearsal in the future never makes `doctor` blame the system clock.
        "0002_pass_log",
        """
        CREATE TABLE passes (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            simulated   INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX passes_real ON passes (simulated, at);
        """,
    ),
    (
        # The pipeline: every round with an employer (screens and first interviews
        # too, which `interviews` does not keep), and the state the user sets per
        # application. An application is named by its employer key.
        "0003_pipeline",
        """
        CREATE TABLE rounds (
            event_id   TEXT PRIMARY KEY,
            source     TEXT NOT NULL,
            keys       TEXT NOT NULL,
            company    TEXT,
            role       TEXT,
            kind       TEXT NOT NULL,
            start_at   TEXT NOT NULL,
            end_at     TEXT NOT NULL,
            summary    TEXT NOT NULL,
            people     TEXT NOT NULL,
            recruiter  TEXT,
            active     INTEGER NOT NULL,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX rounds_start ON rounds (start_at);
        CREATE TABLE applications (
            employer   TEXT PRIMARY KEY,
            state      TEXT NOT NULL,
            note       TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """,
    ),
    (
        # Why each draft exists, stored when it is made, so `drafts list` reads the
        # store alone. Drafts made before this have NULL: their reason is planned
        # again from the stored interview when they are listed.
        "0004_draft_reason",
        """
        ALTER TABLE drafts ADD COLUMN reason TEXT;
        """,
    ),
]
