"""``connect microsoft`` and ``disconnect microsoft``."""

from __future__ import annotations

from collections.abc import Callable

import click

from assistant.app import App
from assistant.cli.common import (
    account_app,
    account_option,
    loopback_options,
    print_config_hints,
    saved_in,
    where,
)
from assistant.errors import UsageError
from assistant.microsoft import CALENDARS_READ, MAIL_READWRITE
from assistant.microsoft.auth import MicrosoftAccount
from assistant.microsoft.consent import CONNECT_TIMEOUT_SECONDS, connect_device, connect_loopback

# Where a user withdraws the app's access for good (Microsoft has no revocation
# endpoint a public client can call).
PERSONAL_APPS = "https://account.live.com/consent/Manage"
WORK_APPS = "https://myapps.microsoft.com"


def _account(app: App) -> MicrosoftAccount:
    return MicrosoftAccount.of(app)


def _show_url(no_browser: bool) -> Callable[[str, str], None]:
    def show(url: str, redirect_uri: str) -> None:
        if no_browser:
            click.echo("Open this address in a browser on this machine and sign in:\n")
        else:
            click.echo(
                "Opening Microsoft's sign-in page in your browser. If it does not open, visit:"
            )
        click.echo(f"  {url}\n")
        click.echo(
            f"Microsoft sends the browser back to {redirect_uri}. Without a browser here,"
            " use --device-code instead."
        )
        click.echo("Waiting for Microsoft's answer…")

    return show


def _forget(app: App) -> None:
    account = _account(app)
    if not account.saved:
        click.echo("No Microsoft account is connected; nothing to do.")
        return
    account.forget()
    cache = where(app, "the Microsoft token cache", "from this machine")
    click.echo(f"Disconnected: {cache} is deleted.")
    click.echo(
        "To withdraw the app's access at Microsoft too, remove it at "
        f"{PERSONAL_APPS} (personal accounts) or {WORK_APPS} (work or school)."
    )


@click.command("microsoft")
@click.option("--client-id", default="", help="The Application (client) ID of your Entra app.")
@click.option(
    "--authority",
    default="",
    help="common (default: personal and work accounts), consumers, organizations, or a tenant id.",
)
@click.option("--device-code", is_flag=True, help="Sign in with a code on another device (SSH).")
@loopback_options("Microsoft", CONNECT_TIMEOUT_SECONDS)
@click.option("--revoke", is_flag=True, help="Forget the saved sign-in instead of connecting.")
@account_option
def connect_microsoft(
    client_id: str,
    authority: str,
    device_code: bool,
    no_browser: bool,
    port: int,
    timeout: int,
    revoke: bool,
    account_id: str,
) -> None:
    """Connect an Outlook.com or Microsoft 365 calendar and mailbox through Microsoft Graph.

    Uses your own app registration in Microsoft Entra (a public client with the
    redirect http://localhost; see the README's "Connect Microsoft"). Asks for
    Calendars.Read, Mail.ReadWrite (drafts), Mail.Send, User.Read and
    offline_access; nothing more. Re-running it reconnects. In operator mode, --account
    ID connects that account of the deployment and keeps its token encrypted in the
    database.
    """
    with account_app(account_id) as app:
        if revoke:
            _forget(app)
        else:
            _connect(app, client_id, authority, device_code, no_browser, port, timeout)


def _connect(
    app: App,
    client_id: str,
    authority: str,
    device_code: bool,
    no_browser: bool,
    port: int,
    timeout: int,
) -> None:
    account = _account(app)
    client_id = client_id.strip() or account.client_id
    if not client_id:
        raise UsageError(
            "connecting needs the Application (client) ID of your app registration",
            fix="interview-assistant connect microsoft --client-id YOUR-APP-ID"
            ' (see the README, "Connect Microsoft")',
        )
    tenant = authority.strip() or account.tenant
    if device_code:
        result = connect_device(account, client_id, tenant, on_message=click.echo)
    else:
        result = connect_loopback(
            account,
            client_id,
            tenant,
            port=port,
            open_browser=not no_browser,
            timeout_seconds=timeout,
            on_url=_show_url(no_browser),
        )
    who = f" as {result.username}" if result.username else ""
    click.echo(f"Connected to Microsoft{who}. Granted: " + ", ".join(result.granted))
    saved_in(app, account)
    for feature in result.features_off:
        click.secho(f"warning: {feature}: that permission was not granted.", err=True, fg="yellow")
    if result.features_off:
        click.echo(
            "Run this command again and accept every permission; on a work or school account"
            " an administrator may have to approve them first."
        )
    print_config_hints(
        app,
        [
            (
                not app.settings.calendar.microsoft and CALENDARS_READ in result.granted,
                "[calendar]\nmicrosoft = true",
            ),
            (
                app.settings.mail.backend != "graph" and MAIL_READWRITE in result.granted,
                '[mail]\nbackend = "graph"',
            ),
        ],
    )


@click.command("microsoft")
@account_option
def disconnect_microsoft(account_id: str) -> None:
    """Delete the saved Microsoft sign-in (the same as `connect microsoft --revoke`)."""
    with account_app(account_id) as app:
        _forget(app)
