"""``accounts``: the accounts of a deployment (operator mode only).

Operator mode is on when ``INTERVIEW_ASSISTANT_DATABASE_URL`` names the deployment's
PostgreSQL; without it, ``accounts`` says how to turn it on and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli.operator_vault import rotate_keys
from assistant.errors import UsageError
from assistant.paths import DATABASE_URL_ENV, operator_mode

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.operator.accounts import Account, Accounts
    from assistant.operator.settings import OperatorSettings


def utc_now() -> datetime:
    """The wall clock, aware, in UTC (an account's ``created_at``)."""
    return datetime.now(UTC)


@click.group()
def accounts() -> None:
    """Operator mode: the accounts of a deployment (many job seekers, one database).

    Needs INTERVIEW_ASSISTANT_DATABASE_URL (the deployment's PostgreSQL); see
    docs/operator.md.
    """


def _settings() -> OperatorSettings:
    """The deployment's settings; without operator mode, UsageError saying how to turn it on."""
    if not operator_mode():
        raise UsageError(
            "`accounts` works on a deployment for many job seekers, and operator mode is off",
            fix=f"set {DATABASE_URL_ENV} to the deployment's PostgreSQL URL (docs/operator.md);"
            " a single user needs no accounts",
        )
    from assistant.operator.settings import OperatorSettings

    return OperatorSettings.from_env()


@contextmanager
def _accounts(settings: OperatorSettings) -> Iterator[Accounts]:
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase, refuse_bypassing_role

    with PostgresDatabase.connect(settings.database_url) as database:
        refuse_bypassing_role(database.db, str(database.path))
        yield Accounts(database)


CONFIG_OPTION = click.option(
    "--config",
    "config_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The account's config.toml (absolute paths; no secrets: tokens go in with connect).",
)


@accounts.command("add")
@click.argument("account_id", metavar="ID")
@CONFIG_OPTION
@click.option("--label", default="", help="A name for people, e.g. the job seeker's name.")
def add(account_id: str, config_file: Path, label: str) -> None:
    """Add the account ID with the settings in --config."""
    from assistant.operator.accounts import check_account_id

    deployment = _settings()
    check_account_id(account_id)
    text, config = _read_config(config_file)
    with _accounts(deployment) as table:
        table.add(account_id, text, label, utc_now())
        queued = table.pass_waiting(account_id)
    named = f" ({label})" if label else ""
    click.echo(f"Added account {account_id!r}{named}.")
    click.echo(_first_pass(queued))
    _advise(account_id, config)


@accounts.command("update")
@click.argument("account_id", metavar="ID")
@CONFIG_OPTION
@click.option("--label", default=None, help="A new label (the old one stays without it).")
def update(account_id: str, config_file: Path, label: str | None) -> None:
    """Replace the settings of the account ID; its interviews, drafts and tokens stay."""
    deployment = _settings()
    text, config = _read_config(config_file)
    with _accounts(deployment) as table:
        table.update(account_id, text, label)
        halted = table.get(account_id).halted_at is not None
    click.echo(f"Updated account {account_id!r}: its next pass uses the new settings.")
    if halted:
        click.echo(
            f"It is still halted: run `interview-assistant accounts resume {account_id}`"
            " to let its passes run again."
        )
    _advise(account_id, config)


def _read_config(path: Path) -> tuple[str, Settings]:
    """The text of ``path`` and its settings, checked for operator mode (ConfigError)."""
    from assistant.operator.accounts import parse_account_config

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise UsageError(
            f"cannot read {path}: {reason}", fix="give the path of a config.toml"
        ) from None
    return text, parse_account_config(text, str(path))


def _advise(account_id: str, config: Settings) -> None:
    """Warnings about ``config``, and the connect commands it will need."""
    from assistant.operator.accounts import config_warnings

    for warning in config_warnings(config):
        click.echo(f"warning: {warning}", err=True)
    providers = [
        name
        for name, wanted in (
            ("google", config.calendar.google or config.mail.backend == "gmail"),
            ("microsoft", config.calendar.microsoft or config.mail.backend == "graph"),
        )
        if wanted
    ]
    for provider in providers:
        click.echo(
            f"Its config uses {provider.title()}: connect it with "
            f"`interview-assistant connect {provider} --account {account_id}`."
        )


@accounts.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account, in a list.")
def list_accounts(as_json: bool) -> None:
    """Each account: id, label, connected providers, halted or not, last pass (UTC)."""
    with _accounts(_settings()) as table:
        found = table.all()
    if as_json:
        click.echo(json.dumps([_as_json(account) for account in found], indent=2))
        return
    if not found:
        click.echo("No accounts yet: add one with `interview-assistant accounts add`.")
        return
    rows = [("ID", "LABEL", "CONNECTED", "LAST PASS", "STATE")]
    rows += [
        (
            a.account_id,
            a.label,
            ", ".join(a.connected) or "-",
            _when(a.last_pass_at) if a.last_pass_at else "never",
            f"halted {_when(a.halted_at)}: {a.halted_why}" if a.halted_at else "active",
        )
        for a in found
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        padded = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        click.echo("  ".join([*padded, row[4]]))


@accounts.command("remove")
@click.argument("account_id", metavar="ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def remove(account_id: str, yes: bool) -> None:
    """Delete the account ID: its config, state, drafts and tokens. Cannot be undone."""
    from assistant.operator.accounts import count_rows
    from assistant.store.postgres import PostgresStore

    settings = _settings()
    with PostgresStore.open(settings.database_url, account=account_id) as store:
        counts = count_rows(store)
    if not yes:
        click.confirm(
            f"Delete account {account_id!r} with its {_counted(counts)} and tokens?",
            abort=True,
        )
    with _accounts(settings) as table:
        secrets = table.remove(account_id)
    from assistant.durations import plural

    deleted = f"{_counted(counts)} and {plural(secrets, 'token')}"
    click.echo(f"Removed account {account_id!r}: {deleted} deleted.")
    scratch = settings.account_home(account_id).data_dir
    if scratch.exists():
        click.echo(f"Its files on this machine were kept: {scratch} (delete it when done).")


@accounts.command("resume")
@click.argument("account_id", metavar="ID")
def resume(account_id: str) -> None:
    """Let passes run again for a halted account (after connecting it again)."""
    with _accounts(_settings()) as table:
        table.get(account_id)
        resumed = table.resume(account_id)
        queued = table.pass_waiting(account_id)
    if resumed:
        click.echo(f"Account {account_id!r} is active again: its passes resume.")
        click.echo(_first_pass(queued))
    else:
        click.echo(f"Account {account_id!r} was not halted; nothing changed.")


accounts.add_command(rotate_keys)


def _first_pass(queued: bool) -> str:
    if queued:
        return "A pass is queued now: a running worker takes it within seconds."
    return (
        "No pass is queued yet (the queue's tables are missing): run "
        "`interview-assistant worker --migrate`; workers then pass it at its next slot."
    )


def _counted(counts: dict[str, int]) -> str:
    from assistant.durations import plural

    return ", ".join(plural(n, table.rstrip("s")) for table, n in counts.items())


def _when(moment: datetime | None) -> str:
    # An operator's admin table of many accounts: ISO 8601 in UTC, sortable, no one user's locale.
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if moment else ""


def _as_json(account: Account) -> dict[str, object]:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "id": account.account_id,
        "label": account.label,
        "connected": list(account.connected),
        "created_at": iso(account.created_at),
        "last_pass_at": iso(account.last_pass_at),
        "halted": account.halted,
        "halted_at": iso(account.halted_at),
        "halted_why": account.halted_why,
    }
