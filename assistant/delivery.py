"""What "sent" means with each ``[mail] backend``: the words every report of a send uses.

With the local Maildir nothing leaves the machine: "sending" files the message in
the local Sent folder. Every place that reports a send (``drafts list``, ``drafts
approve``, ``pipeline``, the web pages) says so with these words, and so does every
refusal to change a draft that has already ended. A small module of its own, so the pure
pipeline export can use them without loading the approval machinery.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from assistant.errors import UsageError
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


def sent_log_words(backend: str) -> str:
    """What sending a draft did, for the log line: ``sent (gmail)``, or ``filed in the
    local Sent folder, not emailed`` with the local Maildir."""
    if emails_for_real(backend):
        return f"sent ({backend})"
    return "filed in the local Sent folder, not emailed"


def state_words(draft: Draft, backend: str) -> str:
    """The draft's state as the user reads it: ``drafted``, ``approved``, ``rejected``,
    ``gone``, and ``sent``, or ``filed (not emailed)`` with the local Maildir backend.

    A waiting draft whose mailbox copy was never written (a crash between the two
    steps, which the next pass repairs, or an address the mailbox refused, which
    ``status`` lists under problems) says so: it is counted but not in the folder."""
    if draft.state is DraftState.SENT:
        return sent_words(backend)
    if not in_mailbox(draft):
        return f"{draft.state.value}, {NOT_IN_MAILBOX}"
    return draft.state.value


# Beside a waiting draft with no mailbox copy, in `drafts list` and `status`.
NOT_IN_MAILBOX = "not in your Drafts folder yet"


def in_mailbox(draft: Draft) -> bool:
    """False for a waiting draft whose mailbox copy has not been written."""
    return bool(draft.mailbox_ref) or draft.state is not DraftState.DRAFTED


def send_verb(backend: str) -> str:
    """``sends`` with a backend that emails, ``files (not emailed)`` with the local one."""
    return "sends" if emails_for_real(backend) else "files (not emailed)"


def sent_report(draft: Draft, backend: str) -> str:
    """One honest sentence about ``draft``, just sent through ``backend``: ``Sent draft 3
    to …``, or, with the local Maildir, that it was filed and not emailed, and how to
    deliver it."""
    if emails_for_real(backend):
        return f"Sent draft {draft.id} to {draft.to_header}."
    return (
        f"Draft {draft.id} to {draft.to_header} was filed in the local Sent folder; "
        f"it was not emailed. To deliver it, {SEND_FOR_REAL}."
    )


_FINAL = {
    DraftState.SENT: "was already sent",
    DraftState.REJECTED: "was rejected",
    DraftState.GONE: "was sent or deleted in your mail client",
}


def refuse_final(draft: Draft, backend: str | None = None) -> None:
    """Raise :class:`UsageError` for a draft that can no longer change (sent, rejected,
    gone); return quietly for an open one (drafted, approved).

    With ``backend`` (the ``[mail] backend`` name) a sent draft is described as what
    happened to it: with the local Maildir it was filed, not emailed.
    """
    if draft.state in _FINAL:
        raise UsageError(
            final_words(draft, backend), fix="see `interview-assistant drafts list --all`"
        )


def final_words(draft: Draft, backend: str | None = None) -> str:
    """``draft 3 was already sent; nothing was sent or changed``: what became of a final
    draft (sent, rejected, gone), worded for ``backend`` as :func:`refuse_final` says.

    Raises ``KeyError`` for an open draft (drafted, approved)."""
    happened = _FINAL[draft.state]
    if draft.state is DraftState.SENT and backend is not None and not emails_for_real(backend):
        happened = "was already filed in the local Sent folder (it was not emailed)"
    return f"draft {draft.id} {happened}; nothing was sent or changed"


def refuse_before_made(draft: Draft, now: datetime, tz: tzinfo, locale: str) -> None:
    """Refuse to approve ``draft`` at ``now`` when a pass at a later (simulated,
    ``tick --now``) time made it: the approval would be dated before the draft existed,
    and the interview. Raises UsageError naming the ``--now`` that fits; every way of
    approving (``drafts approve``, the review page) goes through it."""
    if draft.created_at <= now:
        return
    from assistant.dates import format_moment  # Babel: only when refusing

    made = draft.created_at.astimezone(tz)
    raise UsageError(
        f"draft {draft.id} was made by a pass at the simulated time "
        f"{format_moment(made, None, locale, year=True, zone=True)}, later than now "
        f"({format_moment(now, tz, locale, year=True)}); "
        "nothing was sent or changed",
        fix=f"approve it on the same clock: interview-assistant drafts approve {draft.id} "
        f"--now {made.isoformat(timespec='minutes')}",
    )
