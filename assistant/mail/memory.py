"""An in-memory mailbox: the fake that tests use in place of a real one."""

from __future__ import annotations

from email.message import EmailMessage

from assistant.errors import DraftGoneError, MailboxError
from assistant.messages import wire_bytes


class MemoryMailbox:
    """Keeps messages in dicts keyed by Message-ID; ``fail_next`` injects one failure."""

    def __init__(self) -> None:
        self.inbox: dict[str, EmailMessage] = {}
        self.drafts: dict[str, EmailMessage] = {}
        self.sent: dict[str, EmailMessage] = {}
        self.fail_next: Exception | None = None
        self.calls: list[str] = []

    def _maybe_fail(self, operation: str) -> None:
        self.calls.append(operation)
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def deliver(self, message: EmailMessage) -> str:
        self._maybe_fail("deliver")
        wire_bytes(message)  # what a real mailbox would write: recipients checked
        ref = str(message["Message-ID"])
        self.inbox.setdefault(ref, message)
        return ref

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        self._maybe_fail("save_draft")
        wire_bytes(message)
        if ref is not None and ref not in self.drafts:
            raise DraftGoneError(f"draft {ref} is gone")
        new_ref = ref or str(message["Message-ID"])
        if ref is None and new_ref in self.sent:
            raise MailboxError(f"{new_ref} was already sent")
        self.drafts[new_ref] = message
        return new_ref

    def draft_exists(self, ref: str) -> bool:
        return ref in self.drafts

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        self._maybe_fail("send_draft")
        wire_bytes(message)
        message_id = str(message["Message-ID"])
        if message_id in self.sent:
            self.drafts.pop(ref, None)
            return message_id
        if ref not in self.drafts:
            raise DraftGoneError(f"draft {ref} is gone")
        self.sent[message_id] = message
        del self.drafts[ref]
        return message_id

    def delete_draft(self, ref: str) -> None:
        self._maybe_fail("delete_draft")
        self.drafts.pop(ref, None)
