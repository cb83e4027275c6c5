"""Provider tokens at rest in a deployment: encrypted rows of ``account_secrets``.

Each account's Google or Microsoft token and its state (the two secrets a single user
keeps as 0600 files, see ``assistant/account_files.py``) are rows of the table
``account_secrets (account_id, name, ciphertext, updated_at)``; ``ciphertext`` is a
Fernet token (AES-128-CBC with HMAC-SHA256, the ``cryptography`` package's recipe), so
the database, its backups and its replicas never hold a token in the clear.

The keys come from the environment, ``INTERVIEW_ASSISTANT_TOKEN_KEYS``: one or more
Fernet keys, comma-separated, newest first. Secrets are encrypted with the first and
decrypted with whichever fits (``MultiFernet``), so keys rotate without downtime:

1. put a new key in front of the old one on every worker (``NEW,OLD``) and restart;
2. ``interview-assistant accounts rotate-keys`` re-encrypts every secret with ``NEW``;
3. drop ``OLD`` from the variable.

A secret that no key fits is one :class:`TokenKeyError` line naming the variable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from psycopg.rows import tuple_row

from assistant.errors import AuthError, StoreError, UsageError
from assistant.operator.accounts import Account, Accounts
from assistant.operator.settings import DATABASE_URL_ENV, TOKEN_KEYS_ENV, OperatorSettings

KEYS_FIX = (
    f"put the key it was encrypted with back into {TOKEN_KEYS_ENV} (comma-separated, newest first)"
)

Clock = Callable[[], datetime]
# The single user's reconnect commands, as the providers' errors name them.
CONNECT_COMMAND = re.compile(r"(interview-assistant (?:dis)?connect (?:google|microsoft))\b")


class TokenKeyError(AuthError):
    """No key of ``INTERVIEW_ASSISTANT_TOKEN_KEYS`` fits a stored secret.

    An :class:`~assistant.errors.AuthError`, since the account cannot sign in; but the
    fault is the deployment's keys, not the account's grant, so a queue may tell the
    two apart (and not halt every account over one missing key).
    """


class TokenVault:
    """Encrypts and decrypts secrets with the deployment's Fernet keys, newest first.

    ``keys`` are Fernet keys (32 url-safe base64-encoded bytes each), at least one, as
    :class:`~assistant.operator.settings.OperatorSettings` checked them.
    """

    def __init__(self, keys: Sequence[str | bytes]) -> None:
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    @classmethod
    def from_settings(cls, settings: OperatorSettings) -> TokenVault:
        """The vault of the deployment's ``INTERVIEW_ASSISTANT_TOKEN_KEYS``.

        Raises :class:`~assistant.errors.UsageError` naming the variable and how to make
        a key when it holds none (the settings already refused a malformed one).
        """
        return cls(settings.require_token_keys())

    def encrypt(self, data: bytes) -> bytes:
        """A Fernet token of ``data``, under the newest key."""
        return self._fernet.encrypt(data)

    def decrypt(self, ciphertext: bytes, what: str = "a stored secret") -> bytes:
        """The plaintext of ``ciphertext``, under whichever key fits.

        Raises :class:`TokenKeyError` (naming ``what`` and the variable) when none does.
        """
        return self._opening(self._fernet.decrypt, ciphertext, what)

    def rotate(self, ciphertext: bytes, what: str = "a stored secret") -> bytes:
        """``ciphertext`` encrypted again under the newest key (same plaintext).

        Raises :class:`TokenKeyError` when no key fits.
        """
        return self._opening(self._fernet.rotate, ciphertext, what)

    @staticmethod
    def _opening(action: Callable[[bytes], bytes], ciphertext: bytes, what: str) -> bytes:
        try:
            return action(ciphertext)
        except InvalidToken:
            raise TokenKeyError(
                f"{what} cannot be decrypted with the keys in {TOKEN_KEYS_ENV}", fix=KEYS_FIX
            ) from None


def _no_account(account_id: str) -> UsageError:
    return UsageError(
        f"there is no account {account_id!r}",
        fix=f"interview-assistant accounts add {account_id} --config FILE",
    )


def _query(
    connection: psycopg.Connection[Any], sql: str, params: tuple[Any, ...], account_id: str = ""
) -> list[tuple[Any, ...]]:
    """Run one statement in a transaction of its own (a savepoint of one already open);
    its rows as tuples. A row for an account the deployment lacks is a UsageError naming
    ``accounts add``; any other database fault a StoreError."""
    try:
        with connection.transaction():
            cursor = connection.cursor(row_factory=tuple_row)
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
    except psycopg.errors.ForeignKeyViolation:
        raise _no_account(account_id) from None
    except psycopg.Error as exc:
        raise StoreError(
            f"the deployment database failed ({type(exc).__name__}: {str(exc).strip()})",
            fix=f"check that the server {DATABASE_URL_ENV} names is up, then run it again",
        ) from None


class DatabaseTokenStore:
    """One account's secrets in ``account_secrets``, encrypted by a :class:`TokenVault`.

    A :class:`~assistant.account_files.TokenStore`. ``connection`` is a psycopg 3
    connection in autocommit (the account's ``PostgresStore.connection`` is one): each
    write is its own transaction, committed when ``write`` returns. Inside a transaction
    already open on that connection a write becomes a savepoint and commits (or rolls
    back) with it; passes call providers outside store transactions, so a refreshed
    token is saved at once. Rows hold only ciphertext; ``updated_at`` comes from
    ``clock`` (UTC). ``vault`` may be a function giving the vault, called when a
    secret is first read or written (a pass of an account without Google or Microsoft
    then never needs the keys).

    Raises :class:`TokenKeyError` reading a secret no key fits,
    :class:`~assistant.errors.UsageError` writing for an account the deployment does
    not have, :class:`~assistant.errors.StoreError` when the database fails.
    """

    def __init__(
        self,
        connection: psycopg.Connection[Any],
        account_id: str,
        vault: TokenVault | Callable[[], TokenVault],
        clock: Clock | None = None,
    ) -> None:
        if not connection.autocommit:
            raise ValueError("DatabaseTokenStore needs a connection in autocommit")
        self.connection = connection
        self.account_id = account_id
        self._vault = vault
        self.clock: Clock = clock or (lambda: datetime.now(UTC))

    @property
    def vault(self) -> TokenVault:
        """The vault (made now, the first time, when a function was given)."""
        if not isinstance(self._vault, TokenVault):
            self._vault = self._vault()
        return self._vault

    def _run(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return _query(self.connection, sql, params, self.account_id)

    def read(self, name: str) -> bytes | None:
        rows = self._run(
            "SELECT ciphertext FROM account_secrets WHERE account_id = %s AND name = %s",
            (self.account_id, name),
        )
        return self.vault.decrypt(bytes(rows[0][0]), self.describe(name)) if rows else None

    def write(self, name: str, data: bytes) -> None:
        self._run(
            "INSERT INTO account_secrets (account_id, name, ciphertext, updated_at)"
            " VALUES (%s, %s, %s, %s) ON CONFLICT (account_id, name) DO UPDATE"
            " SET ciphertext = EXCLUDED.ciphertext, updated_at = EXCLUDED.updated_at",
            (self.account_id, name, self.vault.encrypt(data), self.clock()),
        )

    def delete(self, name: str) -> None:
        self._run(
            "DELETE FROM account_secrets WHERE account_id = %s AND name = %s",
            (self.account_id, name),
        )

    def describe(self, name: str) -> str:
        return f"{name} of account {self.account_id!r} (encrypted in the deployment database)"

    def names(self) -> list[str]:
        """The names of the secrets this account keeps, sorted (``google-token.json`` …)."""
        rows = self._run(
            "SELECT name FROM account_secrets WHERE account_id = %s ORDER BY name",
            (self.account_id,),
        )
        return [str(row[0]) for row in rows]


@dataclass
class Rotation:
    """What :func:`rotate_all` did: secrets re-encrypted, accounts touched, and the
    secrets no key fits (``(account_id, name)``), left as they were."""

    rotated: int = 0
    accounts: set[str] = field(default_factory=set)
    unreadable: list[tuple[str, str]] = field(default_factory=list)


def rotate_all(connection: psycopg.Connection[Any], vault: TokenVault) -> Rotation:
    """Re-encrypt every row of ``account_secrets`` under the vault's newest key.

    Each row is a compare-and-set on its old ciphertext: a row a worker rewrote in the
    meantime (a refreshed token, already under the newest key when the worker has the
    same keys) is read again and rotated again, never overwritten with stale text. A
    row no key fits is listed in :attr:`Rotation.unreadable`, and the rest carry on.
    ``connection`` must see every account's rows (the table owner, with row security
    not forced on ``account_secrets``, or a role with BYPASSRLS).
    """
    done = Rotation()
    for account_id, name in _query(
        connection, "SELECT account_id, name FROM account_secrets ORDER BY account_id, name", ()
    ):
        while True:
            rows = _query(
                connection,
                "SELECT ciphertext FROM account_secrets WHERE account_id = %s AND name = %s",
                (account_id, name),
            )
            if not rows:
                break  # deleted meanwhile: nothing to rotate
            old = bytes(rows[0][0])
            try:
                new = vault.rotate(old, f"{name} of account {account_id!r}")
            except TokenKeyError:
                done.unreadable.append((account_id, name))
                break
            changed = _query(
                connection,
                "UPDATE account_secrets SET ciphertext = %s"
                " WHERE account_id = %s AND name = %s AND ciphertext = %s RETURNING name",
                (new, account_id, name, old),
            )
            if changed:
                done.rotated += 1
                done.accounts.add(account_id)
                break
    return done


def for_account(error: AuthError, account_id: str) -> AuthError:
    """``error`` with its connect commands made the operator's: ``interview-assistant
    connect google`` becomes ``… connect google --account ID``, in the message and
    the fix (the providers' errors are written for a single user). Returns ``error``."""
    command = rf"\1 --account {account_id}"
    error.message = CONNECT_COMMAND.sub(command, error.message)
    error.fix = CONNECT_COMMAND.sub(command, error.fix) if error.fix else error.fix
    error.args = (error.message,)
    return error


@dataclass
class VaultAccount:
    """One account of the deployment as ``connect … --account ID`` needs it: its row
    (config, settings) and its encrypted token store."""

    account: Account
    tokens: DatabaseTokenStore


@contextmanager
def open_account(
    account_id: str, settings: OperatorSettings | None = None, clock: Clock | None = None
) -> Iterator[VaultAccount]:
    """Open account ``account_id`` of the deployment (``settings``, else the environment's).

    The connection is the operator's (not scoped to an account: ``account_secrets`` has
    no row-level policy) and is closed on leaving.

    Raises :class:`~assistant.errors.UsageError` for a missing variable or key,
    :class:`~assistant.errors.NotFoundError` for an account the deployment lacks,
    :class:`~assistant.errors.StoreError` when the database cannot be reached.
    """
    from assistant.store.postgres import PostgresDatabase

    settings = settings or OperatorSettings.from_env()
    vault = TokenVault.from_settings(settings)
    with PostgresDatabase.connect(settings.database_url) as database:
        account = Accounts(database).get(account_id)
        yield VaultAccount(
            account, DatabaseTokenStore(database.connection, account_id, vault, clock)
        )
