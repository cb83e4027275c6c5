"""Operator mode's token commands: ``connect … --account ID`` and ``accounts rotate-keys``.

The vault (psycopg, cryptography) is imported when one of them runs, not when this
module loads, so listing ``accounts`` commands stays light and the single-user commands
never load either.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from assistant.app import App


@contextmanager
def account_app(account_id: str) -> Iterator[App]:
    """The App of account ``account_id`` of the deployment: its stored settings, its
    scratch folder as home (nothing is written there), its tokens encrypted in the
    database. Raises as :func:`assistant.operator.vault.open_account` does; an AuthError
    from the block names the commands with ``--account ID``."""
    from assistant.app import App
    from assistant.errors import AuthError
    from assistant.operator.settings import OperatorSettings
    from assistant.operator.vault import for_account, open_account

    settings = OperatorSettings.from_env()
    with open_account(account_id, settings) as opened:
        home = settings.account_home(account_id)
        try:
            yield App(home, opened.account.settings(), tokens=opened.tokens)
        except AuthError as error:
            raise for_account(error, account_id) from None


@click.command("rotate-keys")
def rotate_keys() -> None:
    """Re-encrypt every account's stored tokens with the newest key.

    The newest key is the first of INTERVIEW_ASSISTANT_TOKEN_KEYS. Put a new key in
    front on every worker first; once this has run, the older keys can be dropped.
    """
    from assistant.operator.settings import TOKEN_KEYS_ENV, OperatorSettings
    from assistant.operator.vault import TokenVault, rotate_all
    from assistant.store.postgres import PostgresDatabase

    settings = OperatorSettings.from_env()
    vault = TokenVault.from_settings(settings)
    with PostgresDatabase.connect(settings.database_url) as database:
        done = rotate_all(database.connection, vault)
    accounts = len(done.accounts)
    click.echo(
        f"Re-encrypted {done.rotated} secret{'s' if done.rotated != 1 else ''} of {accounts}"
        f" account{'s' if accounts != 1 else ''} with the newest key."
    )
    for account_id, name in done.unreadable:
        click.secho(
            f"warning: {name} of account {account_id!r} fits none of the keys in"
            f" {TOKEN_KEYS_ENV}; it was left as it was.",
            err=True,
            fg="yellow",
        )
    if done.unreadable:
        click.echo(
            "Put the key those were encrypted with back at the end of"
            f" {TOKEN_KEYS_ENV} and run this again; keep the old keys until then."
        )
        raise SystemExit(1)
    if done.rotated:
        click.echo(
            f"Every secret now opens with the first key: the others can leave {TOKEN_KEYS_ENV}."
        )
