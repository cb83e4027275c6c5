"""Outlook through Microsoft Graph: drafts in the user's Drafts folder, sent after approval.

- ``save_draft``: ``POST /me/messages`` (a draft in Drafts), or ``PATCH
  /me/messages/{id}`` to update it in place on a re-render (the id stays);
- ``send_draft``: ``POST /me/messages/{id}/send`` (202; the draft moves to Sent Items);
- ``deliver`` (a briefing to the user): the same draft-then-send, so both share one
  ledger and one way of finding out what happened;
- ``draft_exists``: ``GET /me/messages/{id}`` still a draft; ``delete_draft``: ``DELETE``.

Sends are not idempotent, so exactly-once rests on the ledger
(``assistant/mail/ledger.py``, rows keyed ``graph:<Message-ID>``) and on two marks
every draft carries from its creation: its ``internetMessageId`` (our Message-ID;
Graph lets a draft set it) and our own header ``X-Interview-Assistant-Key``. After a
lost reply a pass looks before it acts:

- a creation that may have happened (a 5xx, a timeout) is looked for in Drafts by
  ``$filter=internetMessageId eq '…'`` (then by our header among the newest drafts)
  before it is tried again, within the same pass, honouring ``Retry-After``;
- a send Graph answered with a 5xx is looked for the same way in Sent Items, and
  the draft itself is asked for: still a draft means not sent, and it is tried again
  within the pass; otherwise it is never sent again. A send that timed out is left
  for the next pass to look for (Outlook may still be filing it);
- a ``404`` on a draft means the user sent or deleted it in Outlook: ``gone``,
  :class:`~assistant.errors.DraftGoneError`, never recreated and never retried.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import random
import time
from collections.abc import Callable
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

from assistant.errors import (
    AuthError,
    DraftGoneError,
    MailboxError,
    TransientError,
    UncertainError,
)
from assistant.mail.ledger import LOOK_BEFORE_CREATING, Ledger, message_id_of
from assistant.messages import wire_bytes
from assistant.microsoft import CONNECT_FIX, MAIL_READWRITE, MAIL_SEND
from assistant.microsoft.transport import GraphError, GraphServerError
from assistant.retry import retry_in_pass
from assistant.store import Store, StorePort

log = logging.getLogger(__name__)

LEDGER = "graph:"
KEY_HEADER = "X-Interview-Assistant-Key"
# A creation that may have happened (a 5xx, a timeout), or a send Graph answered with a
# 5xx, is looked for and tried again this often in all within one pass.
IN_PASS_ATTEMPTS = 3
# When the filter finds nothing, this many of the newest drafts are read for our header.
RECONCILE_DRAFTS = 25
SENT_STATES = ("sending", "uncertain", "sent")


class _Missing(Exception):
    """Graph answered 404: the message is not there (any more)."""


def _recipients(message: EmailMessage, header: str) -> list[dict[str, Any]]:
    """Graph ``recipient`` objects from the structured addresses of ``header`` (every
    instance of it), so a display name with a comma or quotes stays one recipient."""
    found: list[tuple[str, str]] = []
    for value in message.get_all(header, []):
        addresses = getattr(value, "addresses", None)
        if addresses is not None:
            found += [(a.display_name, a.addr_spec) for a in addresses]
        else:  # a header parsed without the modern policy: read it as text
            found += getaddresses([str(value)])
    return [
        {"emailAddress": {"address": addr, **({"name": name} if name else {})}}
        for name, addr in found
        if addr
    ]


def graph_message(message: EmailMessage) -> dict[str, Any]:
    """The Graph ``message`` JSON for an EmailMessage: subject, body, recipients.

    The HTML alternative is the body when there is one, else the plain text. This is
    what a PATCH replaces; :func:`creation_body` adds what only creation may set.

    The recipients come from the message as serialized and parsed back by
    :func:`~assistant.messages.wire_bytes`, the check every backend passes: an address
    that was not approved raises :class:`~assistant.errors.RecipientError` before
    anything reaches Outlook.
    """
    checked = message_from_bytes(wire_bytes(message), policy=policy.default)
    html = message.get_body(preferencelist=("html",))
    part = html or message.get_body(preferencelist=("plain",))
    content = part.get_content() if part is not None else ""
    body: dict[str, Any] = {
        "subject": str(message.get("Subject", "")),
        "body": {"contentType": "HTML" if html is not None else "Text", "content": content},
        "toRecipients": _recipients(checked, "To"),
        "ccRecipients": _recipients(checked, "Cc"),
        "bccRecipients": _recipients(checked, "Bcc"),
    }
    reply_to = _recipients(checked, "Reply-To")
    if reply_to:
        body["replyTo"] = reply_to
    return body


def creation_body(message: EmailMessage) -> dict[str, Any]:
    """:func:`graph_message` plus the marks a pass finds the draft by after a crash.

    Custom headers can be set only when a message is created, and must start with
    ``x-`` (Graph's message resource); the message's own X- headers go along.
    """
    message_id = message_id_of(message)
    headers = [{"name": KEY_HEADER, "value": message_id}]
    headers += [
        {"name": name, "value": str(value)}
        for name, value in message.items()
        if name.lower().startswith("x-") and name.lower() != KEY_HEADER.lower()
    ]
    return {
        **graph_message(message),
        "internetMessageId": message_id,
        "internetMessageHeaders": headers,
    }


def content_digest(message: EmailMessage) -> str:
    """A fingerprint of what a PATCH would write (Date and Message-ID play no part)."""
    text = json.dumps(graph_message(message), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _quoted(value: str) -> str:
    """An OData string literal: single quotes, doubled inside (OData ABNF)."""
    return "'" + value.replace("'", "''") + "'"


class GraphMailbox:
    """The user's Outlook mailbox, through ``api`` (a ``GraphApi``), with its ledger."""

    def __init__(
        self,
        api: Any,
        store: StorePort | None = None,
        *,
        open_store: Callable[[], Store] | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.api = api
        self.ledger = Ledger(LEDGER, store, open_store=open_store, clock=clock)
        self.sleep = sleep
        self.rand = rand

    def record(self, message_id: str) -> dict[str, Any]:
        """What the ledger knows about ``message_id`` (empty when nothing)."""
        return self.ledger.record(message_id)

    # --- calls ------------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """One Graph request; Graph's errors translated into the project's."""
        try:
            result: dict[str, Any] = self.api.request(method, path, **kwargs)
            return result
        except GraphError as exc:
            if exc.status == 404:
                raise _Missing() from None
            if exc.status in (401, 403):
                raise AuthError(
                    f"Microsoft Graph refused access to the mailbox ({exc.short})", fix=CONNECT_FIX
                ) from None
            if exc.status in (408, 429) or exc.status >= 500:
                raise TransientError(f"Microsoft Graph answered {exc.short}; will retry") from None
            raise MailboxError(
                f"Microsoft Graph refused the request ({exc.short}: {exc.message})"
            ) from None

    # --- the Mailbox protocol -----------------------------------------------------------

    def deliver(self, message: EmailMessage) -> str:
        """Send a message to the user: a draft, then its send; one copy per Message-ID."""
        known = self.record(message_id_of(message))
        if known.get("state") in SENT_STATES and known.get("draft_id"):
            return self.send_draft(str(known["draft_id"]), message)
        return self.send_draft(self.save_draft(message), message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        """``POST /me/messages``, or ``PATCH`` of draft ``ref``; one draft per Message-ID."""
        message_id = message_id_of(message)
        self.api.account.require(MAIL_READWRITE)
        if ref is not None:
            try:
                self._call("PATCH", f"me/messages/{ref}", json=graph_message(message))
            except _Missing:
                raise self.ledger.gone(message_id, ref, "Outlook") from None
            self.ledger.note(
                message_id, state="drafted", draft_id=ref, digest=content_digest(message)
            )
            return ref
        known = self.record(message_id)
        if known.get("state") == "drafted" and known.get("draft_id"):
            return str(known["draft_id"])
        if known.get("state") in SENT_STATES:
            raise MailboxError(f"{message_id} was already sent")
        if known.get("state") == "gone":
            raise DraftGoneError(f"the draft for {message_id} was sent or deleted in Outlook")
        found = self._find("drafts", message_id) if known.get("state") == "creating" else None
        if found is None:
            self.ledger.note(message_id, kind="draft", state="creating")
            found = self._create(message, message_id)
        self.ledger.note(
            message_id, state="drafted", draft_id=found, digest=content_digest(message)
        )
        return found

    def _create(self, message: EmailMessage, message_id: str) -> str:
        """Create the draft; after an uncertain answer, look for it before trying again."""
        with self.ledger.attempt(
            message_id, on_error="failed", on_uncertain=None, then=LOOK_BEFORE_CREATING
        ):
            created = self._retrying(
                lambda: self._call("POST", "me/messages", json=creation_body(message)),
                lambda: self._find("drafts", message_id),
                retry_on=UncertainError,
            )
        return str(created) if isinstance(created, str) else str(created["id"])

    def _retrying(
        self,
        call: Callable[[], dict[str, Any]],
        reconcile: Callable[[], Any],
        retry_on: type[UncertainError],
    ) -> Any:
        return retry_in_pass(
            call,
            reconcile,
            retry_on=retry_on,
            attempts=IN_PASS_ATTEMPTS,
            sleep=self.sleep,
            rand=self.rand,
        )

    def _sent_after_all(self, ref: str, message_id: str) -> str | None:
        """After a 5xx on send: in Sent Items, or no longer a draft, means it went out."""
        if self._find("sentitems", message_id) is not None or not self.draft_exists(ref):
            return message_id
        return None

    def draft_exists(self, ref: str) -> bool:
        self.api.account.require(MAIL_READWRITE)
        try:
            found = self._call("GET", f"me/messages/{ref}", params={"$select": "id,isDraft"})
        except _Missing:
            return False
        return bool(found.get("isDraft", True))

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        """``POST /me/messages/{ref}/send`` once per Message-ID; look first after a lost reply.

        Returns the Message-ID (Graph's send answers 202 with no id). Raises
        :class:`DraftGoneError` when the draft is gone and this tool did not send it.
        """
        message_id = message_id_of(message)
        wire_bytes(message)  # recipients exactly as approved, even when the text is unchanged
        self.api.account.require(MAIL_SEND)
        known = self.record(message_id)
        if known.get("state") == "sent":
            return str(known.get("ref") or message_id)
        if known.get("state") in ("sending", "uncertain"):
            if self._find("sentitems", message_id) is not None:
                self.ledger.note(message_id, state="sent", ref=message_id, confirmed=True)
                return message_id
            if not self.draft_exists(ref):
                # Sent and not yet filed, or deleted by the user: never send it again.
                self.ledger.note(message_id, state="sent", ref=message_id, confirmed=False)
                return message_id
        with self.ledger.attempt(
            message_id,
            on_error="drafted",
            on_uncertain="uncertain",
            then="Outlook will be checked before the draft is sent again",
        ):
            try:
                if known.get("digest") != content_digest(message):
                    self._call("PATCH", f"me/messages/{ref}", json=graph_message(message))
                self.ledger.note(message_id, kind="draft", state="sending", draft_id=ref)
                self._retrying(
                    lambda: self._call("POST", f"me/messages/{ref}/send"),
                    lambda: self._sent_after_all(ref, message_id),
                    retry_on=GraphServerError,
                )
            except _Missing:
                raise self.ledger.gone(message_id, ref, "Outlook") from None
        self.ledger.note(message_id, state="sent", ref=message_id)
        return message_id

    def delete_draft(self, ref: str) -> None:
        self.api.account.require(MAIL_READWRITE)
        with contextlib.suppress(_Missing):
            self._call("DELETE", f"me/messages/{ref}")

    # --- reconciling ----------------------------------------------------------------------

    def _find(self, folder: str, message_id: str) -> str | None:
        """The id of the message in ``folder`` (``drafts``, ``sentitems``) carrying
        ``message_id``: by ``internetMessageId``, then by our header among the newest."""
        path = f"me/mailFolders/{folder}/messages"
        hits = self._call(
            "GET",
            path,
            params={"$filter": f"internetMessageId eq {_quoted(message_id)}", "$select": "id"},
        ).get("value", [])
        if hits:
            return str(hits[0]["id"])
        newest = self._call(
            "GET",
            path,
            params={
                "$top": str(RECONCILE_DRAFTS),
                "$orderby": "createdDateTime desc",
                "$select": "id,internetMessageHeaders",
            },
        ).get("value", [])
        for entry in newest:
            for header in entry.get("internetMessageHeaders") or []:
                if (
                    header.get("name", "").lower() == KEY_HEADER.lower()
                    and header.get("value") == message_id
                ):
                    return str(entry["id"])
        return None


def from_app(app: Any, store: StorePort | None = None) -> GraphMailbox:
    """The factory ``app.App.mailbox`` calls for ``[mail] backend = "graph"``."""
    from assistant.microsoft.auth import MicrosoftAccount
    from assistant.microsoft.transport import GraphApi

    api = GraphApi(MicrosoftAccount.of(app))
    return GraphMailbox(api, store, open_store=app.open_store)
