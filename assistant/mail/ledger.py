"""The send ledger: what a mailbox without idempotent sends remembers, per Message-ID.

Rows live in the store's ``meta`` table, keyed ``<prefix><Message-ID>``, as JSON
with a ``state`` (``creating``, ``drafted``, ``sending``, ``uncertain``, ``sent``,
``gone``, ``failed``) and whatever the backend needs (its draft id, a digest of the
draft's content). Before every call that could send or create, the intent is
written down; after it, the outcome. That is what lets a pass after a crash or a
lost reply look before it acts again, so nothing happens twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from assistant.store import Store


class Ledger:
    """One backend's rows in the store; the store may be opened only when first needed."""

    def __init__(
        self,
        prefix: str,
        store: Store | None = None,
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
    def store(self) -> Store:
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
