"""The Notifier port: a short message to wherever the user looks (phone, chat, desktop).

Email is the assistant's main channel; a notifier only says, in a line or two,
that something is waiting (a briefing delivered, drafts to approve, a check-in
suggested) and where to look. Implementations: :class:`~.memory.MemoryNotifier`
(in-package fake for tests) and :class:`~.apprise.AppriseNotifier` (ntfy,
Telegram, Slack, Matrix, Signal, Pushover, email… through Apprise URLs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from assistant.errors import AssistantError
from assistant.text import redact_url


@dataclass(frozen=True)
class Notice:
    """One notification: ``key`` names the event it is about, so it is sent once.

    ``title`` and ``body`` are plain text; ``body`` ends with the local page's
    address when ``serve`` runs.
    """

    key: str
    title: str
    body: str


class NotifyError(AssistantError):
    """A notification could not be delivered (bad URL, service down, refused)."""


class Notifier(Protocol):
    """Where notifications go. One method; failures raise :class:`NotifyError`."""

    @property
    def label(self) -> str:
        """Where notifications go, for messages and ``status``: secrets redacted."""
        ...

    def notify(self, notice: Notice) -> None:
        """Deliver ``notice`` now, to every destination.

        Raises :class:`NotifyError` (never another exception) when any destination
        refused it or could not be reached; the message names the redacted URLs.
        """
        ...


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://(.*)$", re.I | re.S)
_HOST = re.compile(r"^(localhost|[\w-]+(\.[\w-]+)+|\[[0-9a-f:]+\])$", re.I)


def redact_notify_url(url: str) -> str:
    """An Apprise URL with its secrets hidden: ``ntfy://ntfy.sh/…/abcd…``.

    Reuses the calendar URLs' redaction (:func:`assistant.text.redact_url`): only
    the scheme, a host name and the start of the last path segment are kept. Where
    an Apprise service puts a token in the host position (``tgram://BOTTOKEN/…``),
    no host is shown at all.
    """
    found = _SCHEME.match(url.strip())
    if not found:
        return "[a notification URL]"
    scheme, rest = found.group(1), found.group(2)
    try:
        shown = redact_url("https://" + rest)
    except ValueError:  # a token where the port would be ("tgram://123:ABC/…")
        return f"{scheme}://…"
    host = shown[len("https://") :].split("/", 1)[0].rsplit(":", 1)[0]
    if not _HOST.match(host):
        return f"{scheme}://…"
    return scheme + shown[len("https") :]
