"""Gmail as the mailbox: briefings sent to the user, drafts in the user's Gmail Drafts.

- ``deliver``: ``messages.send`` of a message addressed to the user;
- ``save_draft``: ``drafts.create``, or ``drafts.update`` in place (the draft id stays);
- ``send_draft``: ``drafts.send``; ``delete_draft``: ``drafts.delete``;
- ``draft_exists``: ``drafts.get`` with ``format=minimal``.

With ``gmail.compose`` alone nothing can be searched, and Gmail sends are not
idempotent, so exactly-once rests on the ledger (``assistant/mail/ledger.py``, rows
keyed ``gmail:<Message-ID>``). Before every call that could send or create, the
intent is written down; after the call, its outcome. The rules that follow:

- a Message-ID already delivered or sent is never sent again;
- a send that went out with no answer (a timeout, a 5xx) is "maybe sent". A
  briefing is then not repeated (the user hears about it once). A draft is checked
  first: still in Drafts means it was not sent; gone means it was (or the user
  deleted it), and it is not sent again either;
- a 404 on a draft means the user sent or deleted it in Gmail:
  :class:`~assistant.errors.DraftGoneError`, never retried;
- a 5xx on ``drafts.create``, ``drafts.send`` or ``messages.send`` is retried
  within the same call, after the answer's ``Retry-After`` (capped) or else capped
  exponential backoff with jitter (Google's guidance for 5xx), up to
  ``IN_PASS_ATTEMPTS`` times, as the Graph mailbox does. Before each retry the
  outcome is reconciled by the deterministic Message-ID: a created draft is looked
  for among the newest drafts, a sent draft is gone from Drafts. ``messages.send``
  (a briefing to the user alone) cannot be looked up with ``gmail.compose``; a 5xx
  is Google saying it did not act, so it is retried, while a timeout is not.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from assistant.errors import (
    AuthError,
    MailboxError,
    TransientError,
    UncertainError,
)
from assistant.google import CONNECT_FIX, GMAIL_COMPOSE
from assistant.google.transport import describe, error_reason, http_status
from assistant.mail.ledger import LOOK_BEFORE_CREATING, Ledger, message_id_of
from assistant.messages import wire_bytes
from assistant.retry import retry_after_seconds, retry_in_pass
from assistant.store import Store, StorePort

log = logging.getLogger(__name__)

LEDGER = "gmail:"
# After an unconfirmed draft creation, at most this many drafts are looked through.
RECONCILE_DRAFTS = 50
# 403 reasons that mean "the token lacks the scope": connecting again fixes them.
SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})


# A 5xx on a create or send is tried this many times in all within one call.
IN_PASS_ATTEMPTS = 4


class _Missing(Exception):
    """Gmail answered 404: the draft is not there (any more)."""


class ServerError(UncertainError):
    """Gmail answered 5xx to a POST: most likely not carried out, but check before repeating."""


def raw_message(message: EmailMessage) -> str:
    """Gmail's ``raw``: the whole message, base64url-encoded, recipients checked."""
    return base64.urlsafe_b64encode(wire_bytes(message, linesep="\n")).decode("ascii")


def content_digest(message: EmailMessage) -> str:
    """A fingerprint of what a draft says, ignoring Date (set afresh on every render)."""
    copy = message_from_bytes(message.as_bytes(), policy=policy.default)
    del copy["Date"]
    return hashlib.sha256(copy.as_bytes()).hexdigest()[:32]


class GmailMailbox:
    """The user's Gmail, through ``api`` (a ``GoogleApi``), with its ledger in ``store``."""

    def __init__(
        self,
        api: Any,
        store: StorePort | None = None,
        *,
        open_store: Callable[[], Store] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.api = api
        self.ledger = Ledger(LEDGER, store, open_store=open_store, clock=clock)

    def record(self, message_id: str) -> dict[str, Any]:
        """What the ledger knows about ``message_id`` (empty when nothing)."""
        return self.ledger.record(message_id)

    # --- calls ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _users(self) -> Iterator[Any]:
        self.api.account.require(GMAIL_COMPOSE)
        with self.api.service("gmail") as service:
            yield service.users()

    def _execute(self, request: Any) -> dict[str, Any]:
        """Run one request; translate Gmail's errors into the project's."""
        from googleapiclient.errors import HttpError

        try:
            return request.execute(num_retries=0) or {}  # GoogleHttp retries what is safe
        except HttpError as exc:
            status = http_status(exc) or 0
            if status == 404:
                raise _Missing() from None
            if status >= 500 and request.method == "POST":
                raise ServerError(
                    f"Gmail answered {describe(exc)}",
                    retry_after=retry_after_seconds(exc.resp.get("retry-after")),
                ) from None
            if status in (429, 408) or status >= 500:
                raise TransientError(f"Gmail answered {describe(exc)}") from None
            if status == 401 or error_reason(exc.content) in SCOPE_REASONS:
                raise AuthError(
                    f"Gmail refused access ({describe(exc)})", fix=CONNECT_FIX
                ) from None
            raise MailboxError(f"Gmail refused the request ({describe(exc)})") from None

    def _retrying(
        self,
        call: Callable[[], dict[str, Any]],
        reconcile: Callable[[], dict[str, Any] | None] = lambda: None,
    ) -> dict[str, Any]:
        """``call()``, repeated after a 5xx (:class:`ServerError`) at most
        ``IN_PASS_ATTEMPTS`` times in all, looking with ``reconcile()`` before each
        repeat (:func:`assistant.retry.retry_in_pass`); sleeping and jitter go through
        the API's ``sleep`` and ``rand``. The last ServerError propagates.
        """
        result: dict[str, Any] = retry_in_pass(
            call,
            reconcile,
            retry_on=ServerError,
            attempts=IN_PASS_ATTEMPTS,
            sleep=self.api.sleep,
            rand=self.api.rand,
        )
        return result

    # --- the Mailbox protocol -----------------------------------------------------------

    def deliver(self, message: EmailMessage) -> str:
        """Send a message to the user (``messages.send``); one copy per Message-ID."""
        message_id = message_id_of(message)
        known = self.record(message_id)
        if known.get("state") == "sent":
            return str(known["ref"])
        if known.get("state") in ("sending", "uncertain"):
            # It may have gone out; Gmail cannot be asked with gmail.compose. Don't repeat it.
            log.warning("not sending %s again: an earlier attempt may have arrived", message_id)
            self.ledger.note(message_id, state="sent", ref=message_id, confirmed=False)
            return message_id
        with self._users() as users:
            self.ledger.note(message_id, kind="message", state="sending")
            with self.ledger.attempt(
                message_id,
                on_error="failed",
                on_uncertain="uncertain",
                then=f"the message {message['Subject']!r} may have arrived,"
                " so it will not be sent again",
            ):
                try:
                    sent = self._retrying(
                        lambda: self._execute(
                            users.messages().send(userId="me", body={"raw": raw_message(message)})
                        )
                    )
                except _Missing:
                    raise MailboxError("Gmail could not send the message (404)") from None
        self.ledger.note(message_id, state="sent", ref=sent["id"])
        return str(sent["id"])

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        """``drafts.create``, or ``drafts.update`` of draft ``ref``; one draft per Message-ID."""
        message_id = message_id_of(message)
        body = {"message": {"raw": raw_message(message)}}
        with self._users() as users:
            drafts = users.drafts()
            if ref is not None:
                try:
                    self._execute(drafts.update(userId="me", id=ref, body={"id": ref, **body}))
                except _Missing:
                    raise self.ledger.gone(message_id, ref, "Gmail") from None
                self.ledger.note(
                    message_id, state="drafted", draft_id=ref, digest=content_digest(message)
                )
                return ref
            known = self.record(message_id)
            if known.get("state") == "drafted" and known.get("draft_id"):
                return str(known["draft_id"])
            if known.get("state") in ("sending", "uncertain", "sent"):
                raise MailboxError(f"{message_id} was already sent")
            if known.get("state") == "creating":
                found = self._find_draft(drafts, message_id)
                if found:
                    self.ledger.note(
                        message_id, state="drafted", draft_id=found, digest=content_digest(message)
                    )
                    return found
            self.ledger.note(message_id, kind="draft", state="creating")
            with self.ledger.attempt(
                message_id, on_error="failed", on_uncertain=None, then=LOOK_BEFORE_CREATING
            ):
                draft = self._retrying(
                    lambda: self._execute(drafts.create(userId="me", body=body)),
                    lambda: self._created(drafts, message_id),
                )
        self.ledger.note(
            message_id, state="drafted", draft_id=draft["id"], digest=content_digest(message)
        )
        return str(draft["id"])

    def draft_exists(self, ref: str) -> bool:
        with self._users() as users:
            try:
                self._execute(users.drafts().get(userId="me", id=ref, format="minimal"))
            except _Missing:
                return False
        return True

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        """``drafts.send`` once per Message-ID, reconciling after an unconfirmed attempt."""
        message_id = message_id_of(message)
        known = self.record(message_id)
        if known.get("state") == "sent":
            return str(known["ref"])
        if known.get("state") in ("sending", "uncertain") and not self.draft_exists(ref):
            # The earlier attempt went through (or the user deleted the draft): never again.
            self.ledger.note(
                message_id, state="sent", ref=known.get("ref") or message_id, confirmed=False
            )
            return message_id
        with self._users() as users:
            drafts = users.drafts()
            with self.ledger.attempt(
                message_id,
                on_error="drafted",
                on_uncertain="uncertain",
                then="Gmail will be checked before the draft is sent again",
            ):
                try:
                    if known.get("digest") != content_digest(message):
                        body = {"id": ref, "message": {"raw": raw_message(message)}}
                        self._execute(drafts.update(userId="me", id=ref, body=body))
                    self.ledger.note(message_id, kind="draft", state="sending", draft_id=ref)
                    sent = self._retrying(
                        lambda: self._execute(drafts.send(userId="me", body={"id": ref})),
                        lambda: self._sent(drafts, ref, message_id),
                    )
                except _Missing:
                    raise self.ledger.gone(message_id, ref, "Gmail") from None
        self.ledger.note(message_id, state="sent", ref=sent["id"])
        return str(sent["id"])

    def delete_draft(self, ref: str) -> None:
        with self._users() as users, contextlib.suppress(_Missing):
            self._execute(users.drafts().delete(userId="me", id=ref))

    # --- reconciling ----------------------------------------------------------------------

    def _created(self, drafts: Any, message_id: str) -> dict[str, Any] | None:
        """After a 5xx on drafts.create: the draft, if Gmail made it after all."""
        found = self._find_draft(drafts, message_id)
        return {"id": found} if found else None

    def _sent(self, drafts: Any, ref: str, message_id: str) -> dict[str, Any] | None:
        """After a 5xx on drafts.send: gone from Drafts means it was sent (never again)."""
        try:
            self._execute(drafts.get(userId="me", id=ref, format="minimal"))
        except _Missing:
            return {"id": message_id}
        return None

    def _find_draft(self, drafts: Any, message_id: str) -> str | None:
        """The id of the draft carrying ``message_id``, looking through the newest drafts."""
        listing = self._execute(drafts.list(userId="me", maxResults=RECONCILE_DRAFTS))
        for entry in listing.get("drafts", []):
            try:
                found = self._execute(drafts.get(userId="me", id=entry["id"], format="metadata"))
            except _Missing:
                continue
            headers = found.get("message", {}).get("payload", {}).get("headers", [])
            if any(
                h.get("name", "").lower() == "message-id" and h.get("value") == message_id
                for h in headers
            ):
                return str(entry["id"])
        return None


def from_app(app: Any, store: StorePort | None = None) -> GmailMailbox:
    """The factory ``app.App.mailbox`` calls for ``[mail] backend = "gmail"``."""
    from assistant.google.auth import GoogleAccount
    from assistant.google.transport import GoogleApi

    api = GoogleApi(GoogleAccount.of(app))
    return GmailMailbox(api, store, open_store=app.open_store)
