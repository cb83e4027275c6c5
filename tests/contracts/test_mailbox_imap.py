"""The Mailbox contract, run against ``imap+smtp``: a real Dovecot and a real SMTP server.

Every test gets a fresh IMAP user (an empty mailbox). Counting looks at the
servers themselves: the Drafts folder through a second IMAP session, and what
the SMTP server received.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.mail.imap import ImapClient, ImapSmtpMailbox
from assistant.mail.outbox import Outbox
from assistant.mail.smtp import Endpoint, SmtpTransport
from assistant.store import Store
from tests import servers
from tests.conftest import ME
from tests.contracts.mailbox_contract import MailboxContract
from tests.servers import (
    AIOSMTPD_WARNING,
    PASSWORD,
    USER,
    Dovecot,
    SmtpServer,
)

pytestmark = AIOSMTPD_WARNING

# The real servers, as this module's fixtures.
dovecot = servers.dovecot
smtp_plain_server = servers.smtp_plain_server
smtp_server = servers.smtp_server


def imap_mailbox(dovecot: Dovecot, user: str, smtp: SmtpServer, store: Store) -> ImapSmtpMailbox:
    imap = ImapClient(
        Endpoint("127.0.0.1", dovecot.port, "none", user, lambda: PASSWORD, timeout=5)
    )
    smtp_endpoint = Endpoint("127.0.0.1", smtp.port, "none", USER, lambda: PASSWORD, timeout=5)
    return ImapSmtpMailbox(imap, Outbox(store, SmtpTransport(smtp_endpoint), ME), ME)


class TestImapSmtpContract(MailboxContract):
    @pytest.fixture
    def mailbox(
        self,
        dovecot: Dovecot,
        smtp_server: SmtpServer,
        store: Store,
    ) -> Any:
        self.dovecot, self.smtp = dovecot, smtp_server
        self.user = dovecot.add_user()
        box = imap_mailbox(dovecot, self.user, smtp_server, store)
        yield box
        box.close()

    def inbox_count(self, mailbox: Any) -> int:
        return len(self.smtp.handler.to(ME))

    def drafts_count(self, mailbox: Any) -> int:
        return len(self.dovecot.uids(self.user, "Drafts"))

    def sent_count(self, mailbox: Any) -> int:
        sent_over_smtp = len(self.smtp.handler.to("jane@acme.example"))
        # The Sent folder holds exactly one copy of each message that went out.
        assert len(self.dovecot.uids(self.user, "Sent")) == sent_over_smtp
        return sent_over_smtp

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        self.dovecot.delete(self.user, "Drafts", ref)
