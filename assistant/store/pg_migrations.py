"""The PostgreSQL schema, as named, append-only migrations.

The same tables and names as SQLite's (``assistant/migrations.py``), in PostgreSQL's
own types: times are ``timestamptz``, JSON is ``jsonb``, ids are identity columns.
Flags stay ``smallint`` 0/1 so the query groups' SQL (``active = 1``) runs on both.

A released migration is never edited: a change is a new entry at the end, here and,
when the schema changes for both, in ``assistant/migrations.py`` under the same name.
Each runs in its own transaction with the row that records it, under an advisory lock
(:meth:`assistant.store.postgres.PostgresStore.migrate`).
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE interviews (
            event_id      text PRIMARY KEY,
            uid           text NOT NULL,
            source        text NOT NULL,
            start_at      timestamptz NOT NULL,
            end_at        timestamptz NOT NULL,
            summary       text NOT NULL,
            company       text,
            role          text,
            active        smallint NOT NULL CHECK (active IN (0, 1)),
            inactive_why  text,
            detection     jsonb NOT NULL,
            first_seen    timestamptz NOT NULL,
            updated_at    timestamptz NOT NULL,
            briefed_start timestamptz
        );
        CREATE TABLE jobs (
            key         text PRIMARY KEY,
            kind        text NOT NULL,
            event_id    text NOT NULL,
            due_at      timestamptz NOT NULL,
            state       text NOT NULL,
            detail      text NOT NULL DEFAULT '',
            attempts    integer NOT NULL DEFAULT 0,
            last_error  text,
            created_at  timestamptz NOT NULL,
            finished_at timestamptz
        );
        CREATE INDEX jobs_due ON jobs (state, due_at);
        CREATE INDEX jobs_event ON jobs (event_id);
        CREATE TABLE drafts (
            id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            key               text NOT NULL UNIQUE,
            event_id          text NOT NULL,
            kind              text NOT NULL,
            state             text NOT NULL,
            recipients        jsonb NOT NULL,
            subject           text NOT NULL,
            body              text NOT NULL,
            message_id        text NOT NULL,
            mailbox_ref       text NOT NULL DEFAULT '',
            edited            smallint NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
            guessed_recipient smallint NOT NULL DEFAULT 0 CHECK (guessed_recipient IN (0, 1)),
            interview_summary text NOT NULL DEFAULT '',
            send_at           timestamptz,
            sent_at           timestamptz,
            reminded_at       timestamptz,
            created_at        timestamptz NOT NULL,
            updated_at        timestamptz NOT NULL
        );
        CREATE INDEX drafts_event ON drafts (event_id);
        CREATE INDEX drafts_state ON drafts (state);
        CREATE TABLE overrides (
            event_id   text PRIMARY KEY,
            follow_up  smallint NOT NULL CHECK (follow_up IN (0, 1)),
            created_at timestamptz NOT NULL
        );
        CREATE TABLE debriefs (
            event_id   text PRIMARY KEY,
            data       jsonb NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE TABLE sync_state (
            source     text PRIMARY KEY,
            data       jsonb NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE TABLE activity (
            id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at      timestamptz NOT NULL,
            level   text NOT NULL,
            message text NOT NULL
        );
        CREATE TABLE meta (
            key   text PRIMARY KEY,
            value text NOT NULL
        )
        """,
    ),
    (
        # Each pass, and whether it ran at a time given with --now (simulated).
        "0002_pass_log",
        """
        CREATE TABLE passes (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at          timestamptz NOT NULL,
            simulated   smallint NOT NULL DEFAULT 0 CHECK (simulated IN (0, 1)),
            recorded_at timestamptz NOT NULL
        );
        CREATE INDEX passes_real ON passes (simulated, at)
        """,
    ),
    (
        # The pipeline: every round with an employer, and the state of each application.
        "0003_pipeline",
        """
        CREATE TABLE rounds (
            event_id   text PRIMARY KEY,
            source     text NOT NULL,
            keys       jsonb NOT NULL,
            company    text,
            role       text,
            kind       text NOT NULL,
            start_at   timestamptz NOT NULL,
            end_at     timestamptz NOT NULL,
            summary    text NOT NULL,
            people     jsonb NOT NULL,
            recruiter  text,
            active     smallint NOT NULL CHECK (active IN (0, 1)),
            first_seen timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX rounds_start ON rounds (start_at);
        CREATE TABLE applications (
            employer   text PRIMARY KEY,
            state      text NOT NULL,
            note       text NOT NULL DEFAULT '',
            updated_at timestamptz NOT NULL
        )
        """,
    ),
    (
        # Why each draft exists, stored when it is made (NULL for older drafts).
        "0004_draft_reason",
        """
        ALTER TABLE drafts ADD COLUMN reason text
        """,
    ),
]
