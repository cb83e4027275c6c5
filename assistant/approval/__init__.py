"""Drafts, from creation to approval: ``drafted → approved → sent``, or ``rejected``, or ``gone``.

The CLI and the web page both call these functions, so both keep the same rules.

Exactly once, step by step. A draft's row is recorded (unique key: interview
instance, kind, recipient) before its mailbox copy is written, and the copy's
Message-ID comes from that key, so a crash between the two is repaired by the
next pass writing the same message again, which the mailbox keeps once. Every
state change is a compare-and-set in the store, so approving twice sends once,
and the mailbox never sends one Message-ID twice. Re-renders and edits write the
mailbox first and the store second: a crash in between leaves the store behind,
and the next re-render notices the difference and writes again.

The steps where a crash is simulated in tests (``Services.checkpoint``):
``drafts:before-mailbox``/``drafts:after-mailbox`` (each new draft),
``note:before-mailbox``/``note:after-mailbox`` (notes to self),
``send:before-mailbox``/``send:after-mailbox`` and ``refresh:before-mailbox``.
"""

from assistant.approval.decisions import (
    approve,
    edit,
    reject,
    send_approved,
    send_scheduled,
    settle_uncertain,
    sync_gone,
    withdraw_cancelled,
)
from assistant.approval.making import (
    create_drafts,
    draft_reasons,
    file_draft,
    message_for,
    refresh_drafts,
    run_drafts,
)

__all__ = [
    "approve",
    "create_drafts",
    "draft_reasons",
    "edit",
    "file_draft",
    "message_for",
    "refresh_drafts",
    "reject",
    "run_drafts",
    "send_approved",
    "send_scheduled",
    "settle_uncertain",
    "sync_gone",
    "withdraw_cancelled",
]
