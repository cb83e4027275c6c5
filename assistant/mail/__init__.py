"""Mailboxes: where briefings are delivered and drafts wait for approval.

``base`` holds the protocol; ``maildir`` is the local default, ``gmail`` the Gmail
API, ``memory`` the in-package fake for tests.
"""

from assistant.mail.base import Mailbox

__all__ = ["Mailbox"]
