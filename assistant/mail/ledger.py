"""The send ledger: what a mailbox without idempotent sends remembers, per Message-ID.

Rows live in the store's ``meta`` table, keyed ``<prefix><Message-ID>``, as JSON
with a ``state`` (``creating``, ``drafted``, ``sending``, ``uncertain``, ``sent``,
``gone``, ``failed``) and whatever the backend needs (its draft id, a digest of the
draft's content). Before every call that could send or create, the intent is
written down; after it, the outcome. That is what lets a pass after a crash or a
lost reply look before it acts again, so nothing happens twice.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from assistant.errors import DraftGoneError, MailboxError, TransientError, UncertainError
from assistant.store import Store, StorePort

# What a pass does after a creation that may have happened: ``then`` for :meth:`Ledger.attempt`.
LOOK_BEFORE_CREATING = "the draft will be looked for before it is made again"


def message_id_of(message: EmailMessage) -> str:
    """The ``Message-ID`` a ledger row is keyed by (RFC 5322 §3.6.4), stripped.

    Raises :class:`~assistant.errors.MailboxError` when there is none: without it a
    send cannot be told apart from a repeat, so it cannot happen exactly once.
    """
    value = str(message.get("Message-ID", "")).strip()
    if not value:
        raise MailboxError("the message has no Message-ID, so it cannot be sent exactly once")
    return value


class Ledger:
    """One backend's rows in the store; the store may be opened only when first needed."""

    def __init__(
        self,
        prefix: str,
        store: StorePort | None = None,
        *,
        open_store: Callable[[], Store] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if store is None and open_store is None:
            raise ValueError("a ledger needs a store (or a way to open one)")
        self.prefix = prefix
        self._store = store
        self._open_store = open_store
        self.clock = clock or (lambda: datetime.now(UTC))

    @property
    def store(self) -> StorePort:
        if self._store is None:
            assert self._open_store is not None
            self._store = self._open_store()
        return self._store

    def record(self, message_id: str) -> dict[str, Any]:
        """What the ledger knows about ``message_id`` (empty when nothing)."""
        text = self.store.get_meta(self.prefix + message_id)
        return json.loads(text) if text else {}

    def note(self, message_id: str, **fields: Any) -> None:
        """Merge ``fields`` into the row, stamped with the time (ISO 8601, UTC)."""
        entry = {**self.record(message_id), **fields, "at": self.clock().isoformat()}
        self.store.set_meta(self.prefix + message_id, json.dumps(entry))

    def gone(self, message_id: str, ref: str, mailbox: str) -> DraftGoneError:
        """Note that draft ``ref`` was sent or deleted in ``mailbox`` ("Gmail", "Outlook")
        outside the tool (the mailbox answered 404); the error to raise. A gone draft is
        never recreated and never sent again."""
        self.note(message_id, state="gone", draft_id=ref)
        return DraftGoneError(f"draft {ref} was sent or deleted in {mailbox}")

    @contextlib.contextmanager
    def attempt(
        self, message_id: str, *, on_error: str, on_uncertain: str | None, then: str
    ) -> Iterator[None]:
        """Write down how a call that could send or create ended, when it did not succeed.

        - :class:`~assistant.errors.UncertainError` (it may have been carried out): the
          row's state becomes ``on_uncertain`` (None leaves it as it is: a creation stays
          ``creating`` and is looked for), and a :class:`~assistant.errors.TransientError`
          is raised instead, saying ``then``: what the next pass will do about it;
        - :class:`~assistant.errors.DraftGoneError` passes through (:meth:`gone` noted it);
        - anything else (an error of any kind, an interrupt) sets the state to
          ``on_error`` (``failed``; ``drafted`` for a send that left its draft) and
          propagates.
        """
        try:
            yield
        except UncertainError as error:
            if on_uncertain is not None:
                self.note(message_id, state=on_uncertain)
            raise TransientError(f"{error.message}; {then}") from None
        except DraftGoneError:
            raise
        except BaseException:
            self.note(message_id, state=on_error)
            raise
