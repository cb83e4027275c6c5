"""What "sent" means with each ``[mail] backend``: the words every report of a send uses.

With the local Maildir nothing leaves the machine: "sending" files the message in
the local Sent folder. Every place that reports a send (``drafts list``, ``pipeline``,
the web pages) says so with these words. A small module of its own, so the pure
pipeline export can use them without loading the approval machinery.
"""

from __future__ import annotations

from assistant.models import Draft, DraftState

LOCAL_BACKEND = "local"
SEND_FOR_REAL = (
    "send it yourself from your mail client, or connect Gmail or an SMTP account "
    "(`interview-assistant connect google` or `connect imap`) so approved messages are emailed"
)


def emails_for_real(backend: str) -> bool:
    """Whether the ``[mail] backend`` named ``backend`` emails approved messages
    (Gmail, SMTP) or only files them in the local Maildir's Sent folder."""
    return backend != LOCAL_BACKEND


def sent_words(backend: str) -> str:
    """A sent draft's state in words: ``sent``, or ``filed (not emailed)`` when
    ``backend`` only files messages in the local Sent folder."""
    return "sent" if emails_for_real(backend) else "filed (not emailed)"


def state_words(draft: Draft, backend: str) -> str:
    """The draft's state as the user reads it: ``drafted``, ``approved``, ``rejected``,
    ``gone``, and ``sent``, or ``filed (not emailed)`` with the local Maildir backend."""
    if draft.state is DraftState.SENT:
        return sent_words(backend)
    return draft.state.value


def send_verb(backend: str) -> str:
    """``sends`` with a backend that emails, ``files (not emailed)`` with the local one."""
    return "sends" if emails_for_real(backend) else "files (not emailed)"
