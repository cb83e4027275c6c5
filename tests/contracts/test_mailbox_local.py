"""The Mailbox contract, run against the local Maildir and the in-memory fake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.mail.maildir import DRAFTS, INBOX, SENT, MaildirMailbox
from assistant.mail.memory import MemoryMailbox
from tests.contracts.mailbox_contract import MailboxContract


class TestMaildirContract(MailboxContract):
    @pytest.fixture
    def mailbox(self, tmp_path: Path) -> MaildirMailbox:
        return MaildirMailbox(tmp_path / "mail")

    def inbox_count(self, mailbox: Any) -> int:
        return len(mailbox.messages(INBOX))

    def drafts_count(self, mailbox: Any) -> int:
        return len(mailbox.messages(DRAFTS))

    def sent_count(self, mailbox: Any) -> int:
        return len(mailbox.messages(SENT))

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        for path in mailbox.messages(DRAFTS):
            if path.name.startswith(ref):
                path.unlink()


class TestMemoryContract(MailboxContract):
    @pytest.fixture
    def mailbox(self) -> MemoryMailbox:
        return MemoryMailbox()

    def inbox_count(self, mailbox: Any) -> int:
        return len(mailbox.inbox)

    def drafts_count(self, mailbox: Any) -> int:
        return len(mailbox.drafts)

    def sent_count(self, mailbox: Any) -> int:
        return len(mailbox.sent)

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        del mailbox.drafts[ref]
