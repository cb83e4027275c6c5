"""The PostgreSQL schema, as named, append-only migrations.

The same tables and names as SQLite's (``assistant/migrations.py``), in PostgreSQL's
own types: times are ``timestamptz``, JSON is ``jsonb``, ids are identity columns.
Flags stay ``smallint`` 0/1 so the query groups' SQL (``active = 1``) runs on both.

A released migration is never edited: a change is a new entry at the end, here and,
when the schema changes for both, in ``assistant/migrations.py`` under the same name.
Each runs in its own transaction with the row that records it, under an advisory lock
(:meth:`assistant.store.postgres.PostgresDatabase.migrate`).

``0005_accounts`` is PostgreSQL's alone (SQLite serves one user): see
:func:`account_scoped` and the module docstring of ``postgres.py``.
"""

from __future__ import annotations

# Migrations SQLite has no counterpart of: it serves one user, so it has no accounts.
POSTGRES_ONLY = frozenset({"0005_accounts"})

# The tables 0005_accounts gives to accounts, with the key column each had before
# (None: an identity id stays the key) and the indexes it rebuilds leading with
# account_id. Part of a released migration: never edited. A later store table calls
# account_scoped() in its own migration (tests/operator/test_account_isolation.py
# checks that every store table is scoped).
TABLES_0005: tuple[tuple[str, str | None, dict[str, str]], ...] = (
    ("interviews", "event_id", {}),
    ("jobs", "key", {"jobs_due": "state, due_at", "jobs_event": "event_id"}),
    ("drafts", None, {"drafts_event": "event_id", "drafts_state": "state"}),
    ("overrides", "event_id", {}),
    ("debriefs", "event_id", {}),
    ("sync_state", "source", {}),
    ("activity", None, {"activity_account": "id"}),
    ("meta", "key", {}),
    ("passes", None, {"passes_real": "simulated, at", "passes_account": "id"}),
    ("rounds", "event_id", {"rounds_start": "start_at"}),
    ("applications", "employer", {}),
)


def account_scoped(table: str, key: str | None, indexes: dict[str, str]) -> str:
    """The SQL that gives ``table`` to accounts: an ``account_id`` column, keys and
    indexes led by it, and a forced row-level security policy.

    The column defaults to the session setting ``assistant.account`` (unset: the
    insert fails, never a row without an owner) and references ``accounts`` with ON
    DELETE CASCADE, so removing an account removes every row of it in one statement,
    and a pass still running for a removed account cannot leave rows behind. The
    policy (``USING`` doubles as ``WITH CHECK``) shows and accepts only the rows of
    the session's account; FORCE makes it bind the tables' owner, the role the
    deployment connects as (PostgreSQL manual, "Row Security Policies").
    """
    statements = [
        # In three steps: ADD COLUMN … DEFAULT evaluates a non-volatile default at once
        # (for the rows already there), when no account is set; SET DEFAULT does not.
        f"ALTER TABLE {table} ADD COLUMN account_id text REFERENCES accounts ON DELETE CASCADE",
        f"ALTER TABLE {table} ALTER COLUMN account_id "
        "SET DEFAULT current_setting('assistant.account')",
        f"ALTER TABLE {table} ALTER COLUMN account_id SET NOT NULL",
    ]
    if key is not None:
        statements.append(
            f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey, ADD PRIMARY KEY (account_id, {key})"
        )
    for index, columns in indexes.items():
        statements.append(f"DROP INDEX IF EXISTS {index}")
        statements.append(f"CREATE INDEX {index} ON {table} (account_id, {columns})")
    statements += [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY {table}_account ON {table} "
        "USING (account_id = current_setting('assistant.account', true))",
    ]
    return ";\n".join(statements)


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
    (
        # Accounts: many job seekers in one database, each row owned by one of them.
        # No command opened a PostgreSQL store before accounts, so the tables are empty;
        # a row there would have no account, and SET NOT NULL refuses the migration.
        "0005_accounts",
        """
        CREATE TABLE accounts (
            account_id   text PRIMARY KEY CHECK (account_id ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
            label        text NOT NULL DEFAULT '',
            config       text NOT NULL,
            created_at   timestamptz NOT NULL,
            halted_at    timestamptz,
            halted_why   text,
            last_pass_at timestamptz
        );
        CREATE TABLE account_secrets (
            account_id text NOT NULL REFERENCES accounts ON DELETE CASCADE,
            name       text NOT NULL,
            ciphertext bytea NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (account_id, name)
        );
        ALTER TABLE drafts DROP CONSTRAINT drafts_key_key;
        """
        + ";\n".join(account_scoped(*table) for table in TABLES_0005)
        + ";\nALTER TABLE drafts ADD CONSTRAINT drafts_key UNIQUE (account_id, key)",
    ),
]
