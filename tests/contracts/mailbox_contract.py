"""The Mailbox contract: every backend (Maildir, memory, Gmail, IMAP+SMTP) passes it.

A backend's test module subclasses :class:`MailboxContract` and provides a
``mailbox`` fixture (plus, optionally, ``count_sent``/``count_drafts`` helpers that
look at the backend's own storage instead of trusting its answers).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest

from assistant.errors import DraftGoneError, RecipientError
from assistant.messages import address, build_message, message_id_for

WHEN = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)


def a_message(key: str, to: str = "jane@acme.example", body: str = "Hello Jane") -> EmailMessage:
    return build_message(
        sender=address("me@example.com", "Alex Rivera"),
        to=[address(to, "Jane Doe")],
        subject=f"Thank you ({key})",
        text=body,
        date=WHEN,
        message_id=message_id_for(key),
    )


class MailboxContract:
    """Behaviour the core relies on. Subclasses provide the ``mailbox`` fixture."""

    @pytest.fixture
    def mailbox(self) -> Any:  # pragma: no cover - always overridden
        raise NotImplementedError

    def test_deliver_twice_keeps_one_copy(self, mailbox: Any) -> None:
        first = mailbox.deliver(a_message("briefing/1", to="me@example.com"))
        second = mailbox.deliver(a_message("briefing/1", to="me@example.com"))
        assert first == second
        assert self.inbox_count(mailbox) == 1

    def test_save_draft_twice_with_same_message_id_keeps_one(self, mailbox: Any) -> None:
        ref = mailbox.save_draft(a_message("draft/1"))
        again = mailbox.save_draft(a_message("draft/1"))
        assert ref == again
        assert mailbox.draft_exists(ref)
        assert self.drafts_count(mailbox) == 1

    def test_replacing_a_draft_keeps_its_ref(self, mailbox: Any) -> None:
        ref = mailbox.save_draft(a_message("draft/2"))
        new_ref = mailbox.save_draft(a_message("draft/2", body="Updated text"), ref)
        assert new_ref == ref
        assert self.drafts_count(mailbox) == 1

    def test_send_moves_the_draft_and_never_sends_twice(self, mailbox: Any) -> None:
        message = a_message("draft/3")
        ref = mailbox.save_draft(message)
        mailbox.send_draft(ref, message)
        assert not mailbox.draft_exists(ref)
        mailbox.send_draft(ref, message)  # a retry after an uncertain outcome
        assert self.sent_count(mailbox) == 1

    def test_sending_a_deleted_draft_raises_gone(self, mailbox: Any) -> None:
        message = a_message("draft/4")
        ref = mailbox.save_draft(message)
        self.delete_outside(mailbox, ref)
        assert not mailbox.draft_exists(ref)
        with pytest.raises(DraftGoneError):
            mailbox.send_draft(ref, message)
        assert self.sent_count(mailbox) == 0

    def test_replacing_a_deleted_draft_raises_gone(self, mailbox: Any) -> None:
        ref = mailbox.save_draft(a_message("draft/5"))
        self.delete_outside(mailbox, ref)
        with pytest.raises(DraftGoneError):
            mailbox.save_draft(a_message("draft/5", body="new"), ref)

    @pytest.mark.parametrize("header", ["Cc", "Bcc", "Reply-To", "Resent-To"])
    def test_an_unapproved_address_is_refused_before_anything_is_written(
        self, mailbox: Any, header: str
    ) -> None:
        message = a_message(f"unapproved/{header}")
        message[header] = "boss@current-employer.example"
        with pytest.raises(RecipientError, match="current-employer"):
            mailbox.save_draft(message)
        assert self.drafts_count(mailbox) == 0
        with pytest.raises(RecipientError, match="current-employer"):
            mailbox.deliver(message)
        assert self.inbox_count(mailbox) == 0

    def test_an_address_added_after_approval_sends_nothing(self, mailbox: Any) -> None:
        message = a_message("unapproved/at-send")
        ref = mailbox.save_draft(message)
        message["Bcc"] = "boss@current-employer.example"
        with pytest.raises(RecipientError, match=r"boss@current-employer\.example"):
            mailbox.send_draft(ref, message)
        assert self.sent_count(mailbox) == 0
        assert mailbox.draft_exists(ref), "the draft stays"

    def test_delete_is_quiet_when_already_gone(self, mailbox: Any) -> None:
        ref = mailbox.save_draft(a_message("draft/6"))
        mailbox.delete_draft(ref)
        mailbox.delete_draft(ref)
        assert not mailbox.draft_exists(ref)

    # --- how a subclass looks inside its backend ---------------------------------

    def inbox_count(self, mailbox: Any) -> int:
        raise NotImplementedError

    def drafts_count(self, mailbox: Any) -> int:
        raise NotImplementedError

    def sent_count(self, mailbox: Any) -> int:
        raise NotImplementedError

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        """Delete the draft the way a user would in their own mail client."""
        raise NotImplementedError
