"""The one protocol every mailbox implements, and the exactly-once rules it keeps.

Idempotency rests on the Message-ID, which the core derives from the action's key:
a mailbox that is asked twice for the same Message-ID must not produce two copies.
That is what makes a crash between "wrote the message" and "recorded it" harmless.
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import Protocol


class Mailbox(Protocol):
    """The user's mailbox."""

    def deliver(self, message: EmailMessage) -> str:
        """Put ``message`` (addressed to the user) in the user's inbox; return a reference.

        Delivering a second message with the same Message-ID leaves one copy.
        """
        ...

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        """Create a draft (``ref`` None) or replace draft ``ref`` in place; return its ref.

        Creating twice with the same Message-ID leaves one draft. Raises
        :class:`~assistant.errors.DraftGoneError` when ``ref`` no longer exists.
        """
        ...

    def draft_exists(self, ref: str) -> bool:
        """Whether draft ``ref`` is still waiting (False once sent or deleted, here or outside)."""
        ...

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        """Send draft ``ref`` (with ``message`` as its final content) to its recipients.

        Returns a reference to the sent message. Never sends the same Message-ID
        twice; raises :class:`~assistant.errors.DraftGoneError` when the draft is gone
        and was not sent by this tool.
        """
        ...

    def delete_draft(self, ref: str) -> None:
        """Remove draft ``ref``; a draft that is already gone is not an error."""
        ...
