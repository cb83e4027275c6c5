"""Email messages, built with the stdlib ``email`` package and nothing else.

Every header value passes through :func:`assistant.text.one_line`, so event text
can never add or split a header; names are encoded (RFC 2047) by the ``email``
policy. Message-IDs are derived from the action's idempotency key, so the same
action always produces the same Message-ID: mailboxes use it to refuse a duplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

from assistant.text import SUBJECT_CAP, one_line

# A whole message stays under this; bodies are cut (with a note) before it is reached.
MESSAGE_CAP = 100_000


def message_id_for(key: str, domain: str = "interview-assistant.local") -> str:
    """A stable Message-ID for the action ``key``."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def address(email: str, name: str = "") -> Address:
    """An address header value; the display name is flattened to one safe line."""
    email = one_line(email, 320)
    local, _, domain = email.rpartition("@")
    return Address(display_name=one_line(name, 120), username=local or email, domain=domain)


def _limit(text: str, budget: int) -> str:
    if len(text) <= budget:
        return text
    return text[: budget - 60].rstrip() + "\n\n[… shortened: the message was too long]\n"


def build_message(
    *,
    sender: Address,
    to: Sequence[Address],
    subject: str,
    text: str,
    date: datetime,
    message_id: str,
    html: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A complete message: plain text, plus an HTML alternative when given."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = list(to)
    message["Subject"] = one_line(subject, SUBJECT_CAP)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    for name, value in (extra_headers or {}).items():
        message[name] = one_line(value, 200)
    # Budget the parts so the whole message, HTML included, stays under MESSAGE_CAP.
    budget = MESSAGE_CAP // 3 if html else MESSAGE_CAP - 4000
    message.set_content(_limit(text, budget), subtype="plain", charset="utf-8")
    if html is not None:
        message.add_alternative(_limit(html, budget), subtype="html", charset="utf-8")
    return message


def recipients_of(message: EmailMessage) -> list[str]:
    """The addresses in To, Cc and Bcc."""
    values = [str(message.get(h, "")) for h in ("To", "Cc", "Bcc")]
    return [addr for _, addr in getaddresses(values) if addr]


def plain_body(message: EmailMessage) -> str:
    """The text/plain part's content."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""
