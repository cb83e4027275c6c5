"""``connect google`` and ``disconnect google``."""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

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
from assistant.google import GMAIL_COMPOSE, scopes_for, short_scope
from assistant.google.auth import GoogleAccount
from assistant.google.consent import CONNECT_TIMEOUT_SECONDS, connect


def _account(app: App) -> GoogleAccount:
    return GoogleAccount.of(app)


def _show_url(no_browser: bool) -> Callable[[str, str], None]:
    """What to print once the consent URL exists: at once, flushed, on stdout."""

    def show(url: str, redirect_uri: str) -> None:
        port = urlsplit(redirect_uri).port
        if no_browser:
            click.echo("Open this address in a browser and allow access:\n")
            click.echo(f"  {url}\n")
            click.echo(
                f"Google sends the browser back to {redirect_uri}, so the browser must run on"
                " this machine. On a machine without a browser, forward the port from your own"
                " computer first:\n\n"
                f"  ssh -L {port}:localhost:{port} {getpass.getuser()}@{socket.gethostname()}\n\n"
                "then open the address there. (--port N picks a fixed port.)"
            )
        else:
            click.echo("Opening Google's consent page in your browser. If it does not open, visit:")
            click.echo(f"  {url}")
        click.echo("Waiting for Google's answer…")

    return show


@click.command("google")
@click.option(
    "--client-secrets",
    required=True,
    type=click.Path(path_type=Path),
    help="The JSON of your own Desktop OAuth client (Google Cloud Console → Credentials).",
)
@loopback_options("Google", CONNECT_TIMEOUT_SECONDS)
@account_option
def connect_google(
    client_secrets: Path, no_browser: bool, port: int, timeout: int, account_id: str
) -> None:
    """Connect Google Calendar and Gmail with your own Desktop OAuth client.

    Asks for read-only access to calendar events and for composing mail (drafts
    and sending); nothing else. Re-running it reconnects (for example after the
    7-day expiry of apps in Testing). In operator mode, --account ID connects that
    account of the deployment and keeps its token encrypted in the database.
    """
    with account_app(account_id) as app:
        _connect(app, client_secrets, no_browser, port, timeout)


def _connect(app: App, client_secrets: Path, no_browser: bool, port: int, timeout: int) -> None:
    calendars = app.settings.calendar.google or ("primary",)
    scopes = scopes_for(calendars)
    account = _account(app)
    result = connect(
        account,
        client_secrets,
        scopes,
        port=port,
        open_browser=not no_browser,
        timeout_seconds=timeout,
        on_url=_show_url(no_browser),
    )
    click.echo("Connected to Google. Granted: " + ", ".join(short_scope(s) for s in result.granted))
    saved_in(app, account)
    for feature in result.features_off:
        click.secho(f"warning: {feature}: that permission was not granted.", err=True, fg="yellow")
    if result.features_off:
        click.echo("Run this command again and leave every box ticked to turn it on.")
    print_config_hints(
        app,
        [
            (not app.settings.calendar.google, "[calendar]\ngoogle = true"),
            (
                app.settings.mail.backend != "gmail" and GMAIL_COMPOSE in result.granted,
                '[mail]\nbackend = "gmail"',
            ),
        ],
    )


@click.command("google")
@account_option
def disconnect_google(account_id: str) -> None:
    """Revoke the assistant's access at Google and delete the stored token."""
    with account_app(account_id) as app:
        _disconnect(_account(app), where(app, "the token file"))


def _disconnect(account: GoogleAccount, token: str) -> None:
    if not account.has_token:
        click.echo("No Google account is connected; nothing to do.")
        account.forget()
        return
    if account.revoke():
        click.echo(f"Disconnected: Google revoked the access, and {token} is deleted.")
    else:
        click.echo(f"{token[0].upper()}{token[1:]} is deleted.")
        click.secho(
            "warning: Google could not confirm the revocation; remove the app at"
            " https://myaccount.google.com/permissions to be sure.",
            err=True,
            fg="yellow",
        )
