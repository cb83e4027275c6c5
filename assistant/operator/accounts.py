"""The accounts of a deployment: one row per job seeker in the ``accounts`` table.

An account holds its own config (the text of a ``config.toml``), its tokens
(``account_secrets``, written encrypted by the vault) and its state (every store table's
rows carry its ``account_id``; migration ``0005_accounts``). Removing an account deletes
its row, and with it, by ``ON DELETE CASCADE``, every row it owns.

:class:`Accounts` works on any :class:`~assistant.store.postgres.PostgresDatabase`
connection (scoped to an account or not): the operator's tables have no row-level policy.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, parse_settings
from assistant.errors import ConfigError, NotFoundError, UsageError
from assistant.google.auth import GoogleAccount
from assistant.microsoft.auth import MicrosoftAccount
from assistant.store.records import _iso

if TYPE_CHECKING:
    from assistant.store.postgres import PostgresDatabase

# Lower case, so the scratch folder named after it is one folder on every file system;
# the same rule is a CHECK on accounts.account_id (pg_migrations.py, 0005_accounts).
ACCOUNT_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,62}")
# Tables whose rows `remove` reports counting (the cascade deletes every store table's).
COUNTED = ("interviews", "jobs", "drafts")
# The secrets that make a provider "connected" in `accounts list`: each one's token (the
# state kept beside it, ``google-account.json`` and so on, is no token).
TOKEN_SECRETS = {GoogleAccount.TOKEN_NAME: "google", MicrosoftAccount.TOKEN_NAME: "microsoft"}


def check_account_id(text: str) -> str:
    """``text`` if it is a valid account id, else UsageError naming the rule."""
    if ACCOUNT_ID.fullmatch(text):
        return text
    raise UsageError(
        f"{text!r} is not a valid account id",
        fix="use 1 to 63 lower-case letters, digits, '.', '_' or '-', starting with a "
        "letter or digit (e.g. jane-doe-2027)",
    )


def parse_account_config(text: str, where: str) -> Settings:
    """The settings in ``text`` (a config.toml), checked for operator mode.

    ``where`` names the text in messages (a file name, or "the config of account X").
    Raises ConfigError listing every problem: invalid TOML or settings, no calendar, or
    a relative file path (a worker runs in any folder, so paths must be absolute).
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], path=where) from None
    settings = parse_settings(raw, path=where)
    problems = []
    calendar = settings.calendar
    if not (calendar.ics or calendar.google or calendar.microsoft or settings.caldav.url):
        problems.append("no calendar is configured ([calendar] ics, google or microsoft)")
    # Their passwords come from the worker's environment or keyring (assistant/secrets.py),
    # which every account on that worker shares: one account could read another's.
    shared = [
        ("mail.backend", settings.mail.backend in ("smtp", "imap+smtp")),
        ("caldav.url", bool(settings.caldav.url)),
    ]
    for key, used in shared:
        if used:
            problems.append(
                f"'{key}' needs a password, and operator mode has no per-account store for "
                "passwords yet: use .ics, Google or Microsoft calendars and the local, "
                "gmail or graph mail backend"
            )
    local_paths = [*calendar.ics, settings.mail.local.path, settings.templates.path]
    for path in local_paths:
        if not path or "://" in path:
            continue
        if path.startswith("~"):
            # "~" would be the home of whichever worker runs the pass, not the job seeker's.
            problems.append(
                f"the path {path!r} starts with '~', the worker's home: write it in full"
            )
        elif not Path(path).is_absolute():
            problems.append(f"the path {path!r} is relative: write it in full")
    if problems:
        raise ConfigError(problems, path=where)
    return settings


def config_warnings(settings: Settings) -> list[str]:
    """What the operator should know about an account's valid settings before adding it."""
    if settings.notify.urls:
        return [
            "[notify] urls often hold tokens, and the config is stored as given (not "
            "encrypted) in the database"
        ]
    return []


@dataclass(frozen=True)
class Account:
    """One row of ``accounts``, with the names of the secrets it holds."""

    account_id: str
    label: str
    config: str
    created_at: datetime
    halted_at: datetime | None
    halted_why: str | None
    last_pass_at: datetime | None
    #: The providers whose token the account keeps (``google``, ``microsoft``), sorted.
    connected: tuple[str, ...]

    @property
    def halted(self) -> bool:
        return self.halted_at is not None

    def settings(self) -> Settings:
        """The account's settings; ConfigError when the stored config is no longer valid
        (a later version may check more), naming the command that replaces it."""
        try:
            return parse_account_config(self.config, f"the config of account {self.account_id}")
        except ConfigError as error:
            raise ConfigError(
                error.problems,
                path=error.path,
                fix="correct it, then store it with `interview-assistant accounts update "
                f"{self.account_id} --config FILE`",
            ) from None


class Accounts:
    """Add, list, halt and remove accounts on ``database`` (a PostgresDatabase)."""

    def __init__(self, database: PostgresDatabase) -> None:
        self.database = database

    def add(self, account_id: str, config: str, label: str, now: datetime) -> Account:
        """Add an account. Raises UsageError for a bad or taken id (nothing changes)."""
        check_account_id(account_id)
        with self.database.transaction() as db:
            taken = db.execute(
                "SELECT 1 FROM accounts WHERE account_id = ? FOR UPDATE", (account_id,)
            ).fetchone()
            if taken:
                raise UsageError(
                    f"there is already an account {account_id!r}",
                    fix="choose another id; to change its settings, run "
                    f"`interview-assistant accounts update {account_id} --config FILE`",
                )
            db.execute(
                "INSERT INTO accounts (account_id, label, config, created_at) VALUES (?, ?, ?, ?)",
                (account_id, label, config, _iso(now)),
            )
            self._queue_first_pass(account_id)
        return self.get(account_id)

    def update(self, account_id: str, config: str, label: str | None) -> None:
        """Replace the config (and the label, unless None) of an account; its state stays.

        Raises NotFoundError when there is no such account.
        """
        cursor = self.database.db.execute(
            "UPDATE accounts SET config = ?, label = coalesce(?, label) WHERE account_id = ?",
            (config, label, account_id),
        )
        if not cursor.rowcount:
            raise _no_account(account_id)

    def get(self, account_id: str) -> Account:
        """The account ``account_id``; NotFoundError naming ``accounts list`` if none."""
        found = self._select("WHERE a.account_id = ?", (account_id,))
        if not found:
            raise _no_account(account_id)
        return found[0]

    def all(self) -> list[Account]:
        """Every account, by id."""
        return self._select("", ())

    def active_ids(self) -> list[str]:
        """The ids of the accounts not halted, sorted."""
        rows = self.database.db.execute(
            "SELECT account_id FROM accounts WHERE halted_at IS NULL ORDER BY account_id"
        )
        return [row["account_id"] for row in rows]

    def halt(self, account_id: str, why: str, now: datetime) -> bool:
        """Stop passes for an account until it is resumed; True only the first time."""
        cursor = self.database.db.execute(
            "UPDATE accounts SET halted_at = ?, halted_why = ? "
            "WHERE account_id = ? AND halted_at IS NULL",
            (_iso(now), why, account_id),
        )
        return bool(cursor.rowcount)

    def resume(self, account_id: str) -> bool:
        """Let passes run again for a halted account; True when it was halted."""
        with self.database.transaction() as db:
            cursor = db.execute(
                "UPDATE accounts SET halted_at = NULL, halted_why = NULL "
                "WHERE account_id = ? AND halted_at IS NOT NULL",
                (account_id,),
            )
            if cursor.rowcount:
                self._queue_first_pass(account_id)
        return bool(cursor.rowcount)

    def pass_waiting(self, account_id: str) -> bool:
        """Whether a pass of the account waits in the queue or runs (False before the
        queue's tables exist: ``interview-assistant worker --migrate``)."""
        if not self._queue_ready():
            return False
        row = self.database.db.execute(
            "SELECT 1 FROM procrastinate_jobs WHERE lock = ? AND status IN ('todo', 'doing')",
            (f"account:{account_id}",),
        ).fetchone()
        return row is not None

    def _queue_ready(self) -> bool:
        row = self.database.db.execute(
            "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS ready"
        ).fetchone()
        return bool(row["ready"])

    def _queue_first_pass(self, account_id: str) -> None:
        """Inside the caller's transaction: enqueue a pass now, so an added or resumed
        account need not wait for its next slot. It exists only if that transaction
        commits (:func:`assistant.operator.queue.enqueue_pass_in`). Before the queue's
        tables exist there is no worker to run it: the periodic task enqueues the first."""
        if not self._queue_ready():
            return
        from assistant.operator.queue import enqueue_pass_in

        enqueue_pass_in(self.database.connection, account_id)

    def record_pass(self, account_id: str, at: datetime) -> None:
        """Remember the time of the account's latest pass (for ``accounts list``)."""
        self.database.db.execute(
            "UPDATE accounts SET last_pass_at = ? WHERE account_id = ?", (_iso(at), account_id)
        )

    def remove(self, account_id: str) -> int:
        """Delete the account and every row it owns; return how many provider tokens went.

        Raises NotFoundError when there is no such account.
        """
        with self.database.transaction() as db:
            secrets = db.execute(
                "SELECT count(*) AS n FROM account_secrets WHERE account_id = ? AND name = ANY(?)",
                (account_id, list(TOKEN_SECRETS)),
            ).fetchone()["n"]
            cursor = db.execute("DELETE FROM accounts WHERE account_id = ?", (account_id,))
            if not cursor.rowcount:
                raise _no_account(account_id)
        return int(secrets)

    def _select(self, where: str, parameters: tuple[Any, ...]) -> list[Account]:
        rows = self.database.db.execute(
            "SELECT a.*, coalesce(string_agg(s.name, ',' ORDER BY s.name), '') AS connected "
            "FROM accounts a LEFT JOIN account_secrets s ON s.account_id = a.account_id "
            f"{where} GROUP BY a.account_id ORDER BY a.account_id",
            parameters,
        )
        return [_account(row) for row in rows]


def count_rows(store: PostgresDatabase) -> dict[str, int]:
    """Rows per table in :data:`COUNTED` that ``store`` (scoped to an account) sees."""
    return {
        table: int(store.db.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"])
        for table in COUNTED
    }


def _no_account(account_id: str) -> NotFoundError:
    return NotFoundError(
        f"there is no account {account_id!r}",
        fix="list them with `interview-assistant accounts list`",
    )


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _account(row: Any) -> Account:
    return Account(
        account_id=row["account_id"],
        label=row["label"],
        config=row["config"],
        created_at=datetime.fromisoformat(row["created_at"]),
        halted_at=_time(row["halted_at"]),
        halted_why=row["halted_why"],
        last_pass_at=_time(row["last_pass_at"]),
        connected=tuple(
            sorted(
                TOKEN_SECRETS[name] for name in row["connected"].split(",") if name in TOKEN_SECRETS
            )
        ),
    )
