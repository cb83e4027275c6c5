"""``connect`` and ``disconnect``: one subcommand per kind of account.

The subcommands live beside their adapters' CLI modules and load on first use.
"""

from __future__ import annotations

import click

from assistant.cli import LazyGroup

CONNECT = {
    "google": ("assistant.cli.google:connect_google", "Connect Google Calendar and Gmail."),
    "imap": ("assistant.cli.mailservers:connect_imap", "Connect an IMAP/SMTP mailbox."),
    "caldav": ("assistant.cli.mailservers:connect_caldav", "Connect a CalDAV calendar."),
    "microsoft": (
        "assistant.cli.microsoft:connect_microsoft",
        "Connect an Outlook.com or Microsoft 365 calendar and mailbox.",
    ),
}
DISCONNECT = {
    "google": ("assistant.cli.google:disconnect_google", "Revoke the Google token and delete it."),
    "microsoft": (
        "assistant.cli.microsoft:disconnect_microsoft",
        "Delete the saved Microsoft sign-in.",
    ),
}


@click.group(cls=LazyGroup, lazy=CONNECT)
def connect() -> None:
    """Connect an account the assistant reads calendars from or drafts mail in."""


@click.group(cls=LazyGroup, lazy=DISCONNECT)
def disconnect() -> None:
    """Disconnect an account: revoke its access and delete the stored token."""
