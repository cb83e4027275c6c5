"""Operator mode's token commands: ``connect … --account ID`` and ``accounts rotate-keys``.

Imported only when a command is given ``--account`` or ``rotate-keys`` runs, so the
single-user commands never load psycopg or cryptography.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from assistant.app import App
from assistant.operator.vault import (
    KEYS_VARIABLE,
    TokenVault,
    connect,
    database_url,
    open_account,
    rotate_all,
)
from assistant.paths import Home


@contextmanager
def account_app(account_id: str) -> Iterator[App]:
    """The App of account ``account_id`` of the deployment: the settings stored with it,
    its tokens encrypted in the database (see :func:`assistant.operator.vault.open_account`
    for the errors raised). The home is the environment's; nothing is written there."""
    with open_account(account_id) as opened:
        yield App(Home.from_env(), opened.settings, tokens=opened.tokens)


@click.command("rotate-keys")
def rotate_keys() -> None:
    """Re-encrypt every account's stored tokens with the newest key.

    The newest key is the first of INTERVIEW_ASSISTANT_TOKEN_KEYS. Run it after putting
    a new key in front on every worker; afterwards the older keys can be dropped.
    """
    vault = TokenVault.from_env()
    with connect(database_url()) as connection:
        done = rotate_all(connection, vault)
    accounts = len(done.accounts)
    click.echo(
        f"Re-encrypted {done.rotated} secret{'s' if done.rotated != 1 else ''} of {accounts}"
        f" account{'s' if accounts != 1 else ''} with the newest key."
    )
    for account_id, name in done.unreadable:
        click.secho(
            f'warning: {name} of account "{account_id}" fits none of the keys in'
            f" {KEYS_VARIABLE}; it was left as it was.",
            err=True,
            fg="yellow",
        )
    if done.unreadable:
        click.echo(
            "Put the key those were encrypted with back at the end of"
            f" {KEYS_VARIABLE} and run this again; keep the old keys until then."
        )
        raise SystemExit(1)
    if done.rotated:
        click.echo(
            f"Every secret now opens with the first key: the others can leave {KEYS_VARIABLE}."
        )
