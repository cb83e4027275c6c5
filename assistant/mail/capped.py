"""A mailbox that lets one pass create a bounded number of messages.

A calendar can hold more interviews than anyone has (a series repeating every hour
once wrote thousands of briefings and drafts in one pass). Whatever detection lets
through, one pass creates at most ``[limits] messages_per_pass`` messages; the jobs
it did not reach stay due, and the next pass carries on where this one stopped.
"""

from __future__ import annotations

from email.message import EmailMessage

from assistant.mail.base import Mailbox


class MessageCapReached(Exception):
    """The pass has created as many messages as it may; nothing was written.

    A control-flow signal, caught by the pass that set the cap (``runner``): it never
    reaches the user as an error, and the job it interrupted stays due.
    """


class CappedMailbox:
    """Wraps a :class:`~assistant.mail.base.Mailbox`; creating past ``cap`` raises
    :class:`MessageCapReached` *before* the wrapped mailbox is called.

    Creating is ``deliver`` and ``save_draft`` without a ref; replacing a draft in
    place, sending an approved draft and deleting one are not counted.
    """

    def __init__(self, inner: Mailbox, cap: int) -> None:
        self.inner = inner
        self.cap = cap
        self.created = 0

    @property
    def warning(self) -> str:
        """The one line a stopped pass reports."""
        return (
            f"this pass stopped after creating {self.created} messages, the most one pass "
            "may ([limits] messages_per_pass); the rest wait for the next pass"
        )

    def ensure_room(self) -> None:
        """Raise :class:`MessageCapReached` when one more message would pass the cap.

        For callers that record something before they create its message (a draft's
        row comes before its mailbox copy, ``approval.create_drafts``): asked first, the
        cap stops them before the record, so no row is left without its copy.
        """
        if self.created >= self.cap:
            raise MessageCapReached(self.warning)

    def _count(self) -> None:
        self.ensure_room()
        self.created += 1

    def deliver(self, message: EmailMessage) -> str:
        self._count()
        return self.inner.deliver(message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        if ref is None:
            self._count()
        return self.inner.save_draft(message, ref)

    def draft_exists(self, ref: str) -> bool:
        return self.inner.draft_exists(ref)

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        return self.inner.send_draft(ref, message)

    def delete_draft(self, ref: str) -> None:
        self.inner.delete_draft(ref)


def ensure_room(mailbox: object) -> None:
    """:meth:`CappedMailbox.ensure_room` for ``mailbox`` when it is capped; else nothing."""
    if isinstance(mailbox, CappedMailbox):
        mailbox.ensure_room()
