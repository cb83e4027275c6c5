"""A deployment: many accounts in one PostgreSQL database; one pass of one account.

:class:`Deployment` is the seam the task queue calls (``assistant/operator/queue.py``):
which accounts are active, how often each wants a pass, one pass, and halting an
account whose provider grant is gone. A pass is the same code as ``tick``
(:func:`assistant.runner.run_once`, then the new warnings and the pass log), with the
:class:`~assistant.app.App` built from the account's stored config, its state in an
account-scoped :class:`~assistant.store.postgres.PostgresStore`, and its scratch files
under ``accounts/<id>/`` of the data folder. There is no file lock: the queue's lock per
account keeps two passes of one account apart, on any number of machines.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from assistant.account_files import TokenStore
from assistant.app import App
from assistant.errors import AuthError, StoreError, TransientError
from assistant.operator.accounts import Account, Accounts
from assistant.operator.settings import OperatorSettings
from assistant.operator.vault import DatabaseTokenStore, TokenKeyError, TokenVault, for_account
from assistant.services import TickReport
from assistant.store.postgres import PostgresDatabase, PostgresStore


def utc_now() -> datetime:
    """The wall clock, aware, in UTC (only for the pass log's ``recorded_at``)."""
    return datetime.now(UTC)


class Deployment:
    """The accounts of one deployment and the passes run for them.

    Thread-safe: the operator's queries share one connection under a lock; each pass
    opens a connection of its own (scoped to its account) and closes it at the end.
    """

    def __init__(
        self,
        settings: OperatorSettings,
        *,
        clock: Callable[[], datetime] = utc_now,
        checkpoint: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        # Test seam: Services.checkpoint of every pass (crash injection).
        self.checkpoint = checkpoint
        self._database: PostgresDatabase | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> Deployment:
        """A deployment from ``INTERVIEW_ASSISTANT_DATABASE_URL`` and ``…_TOKEN_KEYS``.

        Raises UsageError naming the variable when one is missing or malformed.
        """
        settings = OperatorSettings.from_env()
        settings.require_token_keys()
        return cls(settings)

    def close(self) -> None:
        """Close the shared connection (a later call opens a new one)."""
        with self._lock:
            if self._database is not None:
                self._database.close()
                self._database = None

    @contextmanager
    def accounts(self) -> Iterator[Accounts]:
        """The accounts table on the shared connection, reconnecting after a fault."""
        with self._lock:
            if self._database is None or self._database.connection.closed:
                self._database = PostgresDatabase.connect(self.settings.database_url)
            try:
                yield Accounts(self._database)
            except StoreError:
                self._database.close()
                self._database = None
                raise

    def account_ids(self) -> list[str]:
        """The ids of the accounts that get passes (not halted), sorted."""
        with self.accounts() as accounts:
            return accounts.active_ids()

    def poll_seconds(self, account_id: str) -> int:
        """Seconds between passes of ``account_id`` (its ``[schedule] poll``).

        Raises NotFoundError for an unknown account, ConfigError for a stored config
        that is no longer valid.
        """
        with self.accounts() as accounts:
            account = accounts.get(account_id)
        return max(1, int(account.settings().schedule.poll.total_seconds()))

    def halt(self, account_id: str, why: str, now: datetime) -> bool:
        """Stop passes for ``account_id`` (``why``: one line for ``accounts list``).

        True the first time, False when it was already halted or does not exist, so
        the caller reports a halt once.
        """
        with self.accounts() as accounts:
            return accounts.halt(account_id, why, now)

    def app(self, account: Account, tokens: TokenStore | None = None) -> App:
        """The App of ``account``: its stored settings, its scratch folder as home, and
        ``tokens`` (the vault's store of its provider tokens) for Google and Microsoft."""
        home = self.settings.account_home(account.account_id).ensure()
        return App(home, account.settings(), tokens=tokens)

    def run_pass(self, account_id: str, now: datetime) -> TickReport:
        """One pass for ``account_id`` at ``now`` (aware); what it did.

        Google and Microsoft tokens come from the vault (``assistant/operator/vault.py``)
        on the pass's own connection; a refreshed token is written back there, encrypted.

        Raises AuthError when a provider grant is gone (a calendar or the mailbox needs
        connecting again, with ``--account ID``: the caller halts the account);
        TransientError for faults worth retrying (the database unreachable or failing
        mid-pass; every step is exactly once, so a retry repeats nothing; and a token no
        key of INTERVIEW_ASSISTANT_TOKEN_KEYS opens, the deployment's fault, not the
        account's); NotFoundError for an unknown account; ConfigError for a stored config
        that is no longer valid.
        """
        from assistant.ops.pass_log import new_warnings, record_pass
        from assistant.runner import run_once

        watch = _AuthWatch()
        try:
            with PostgresStore.open(self.settings.database_url, account=account_id) as store:
                accounts = Accounts(store)
                vault = functools.partial(TokenVault.from_settings, self.settings)
                tokens = DatabaseTokenStore(store.connection, account_id, vault, self.clock)
                app = self.app(accounts.get(account_id), tokens)
                services = app.services(store)
                services = replace(
                    services,
                    sources=[watch.wrap(source) for source in services.sources],
                    mailbox=watch.wrap(services.mailbox),
                    checkpoint=self.checkpoint or services.checkpoint,
                )
                report = run_once(services, now)
                report.warnings = new_warnings(store, report.warnings, now)
                record_pass(store, now, simulated=False, recorded_at=self.clock())
                accounts.record_pass(account_id, now)
        except StoreError as error:
            raise TransientError(str(error)) from error
        if isinstance(watch.seen, TokenKeyError):
            # The deployment's keys, not the account's grant: retry, never halt the account.
            raise TransientError(watch.seen.message) from watch.seen
        if watch.seen is not None:
            raise for_account(watch.seen, account_id)
        return report


class _AuthWatch:
    """Notes the first AuthError a calendar or the mailbox raises during a pass.

    The pass catches it (it reports it and leaves the jobs pending, as ``tick`` must),
    but a worker must know that the grant is gone so that it halts the account instead
    of retrying it every poll interval.
    """

    def __init__(self) -> None:
        self.seen: AuthError | None = None

    def wrap(self, target: Any) -> Any:
        return _Watched(target, self)


class _Watched:
    """``target`` with every method call passing its AuthError to the watch."""

    def __init__(self, target: Any, watch: _AuthWatch) -> None:
        self._target = target
        self._watch = watch

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return value

        @functools.wraps(value)
        def watched(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except AuthError as error:
                if self._watch.seen is None:
                    self._watch.seen = error
                raise

        return watched
