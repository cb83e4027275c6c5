"""Helpers for the Google adapter tests: token files, fixtures, and a fake Gmail.

Everything HTTP goes through ``responses``: the token endpoint, Calendar and Gmail.
The fake Gmail keeps drafts, sent mail and self-sent mail in dicts, the way Gmail
would, so tests can count what really "went out" instead of trusting the adapter.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
import responses

from assistant.google import CALENDAR_EVENTS, GMAIL_COMPOSE, Endpoints
from assistant.google.auth import AccountState, GoogleAccount, write_private
from assistant.google.transport import GoogleApi

DATA = Path(__file__).resolve().parent.parent / "data" / "google"
TOKEN_URL = "https://oauth2.googleapis.com/token"
REVOKE_URL = "https://oauth2.googleapis.com/revoke"
EVENTS_URL = "https://www.googleapis.com/calendar/v3/calendars/primary/events"
GMAIL = "https://gmail.googleapis.com/gmail/v1/users/me"
SCOPES = [CALENDAR_EVENTS, GMAIL_COMPOSE]
CONNECTED_AT = datetime(2027, 4, 1, 8, 0, tzinfo=UTC)


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text("utf-8"))
    return data


def fixture_text(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def write_token(
    token_path: Path,
    *,
    expired: bool = False,
    granted: list[str] | None = None,
    endpoints: Endpoints | None = None,
) -> GoogleAccount:
    """A connected account: a token file (valid for an hour, or expired) and its state.

    google-auth checks expiry against the real clock, so the expiry is relative to it.
    """
    expiry = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=-1 if expired else 1)
    info = {
        "token": "ya29.a0-valid-access-token",
        "refresh_token": "1//0g-refresh-token",
        "token_uri": TOKEN_URL,
        "client_id": "123456789012-abc.apps.googleusercontent.com",
        "client_secret": "GOCSPX-test-not-a-real-secret",
        "scopes": SCOPES,
        "expiry": expiry.isoformat(timespec="seconds") + "Z",
    }
    write_private(token_path, json.dumps(info))
    account = GoogleAccount(token_path, endpoints, clock=lambda: CONNECTED_AT + timedelta(days=2))
    write_private(
        account.state_path,
        AccountState(
            granted_scopes=tuple(granted if granted is not None else SCOPES),
            connected_at=CONNECTED_AT,
            last_refresh=CONNECTED_AT,
        ).to_json(),
    )
    return account


class Sleeps(list[float]):
    """A stand-in for ``time.sleep`` that only remembers how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_api(account: GoogleAccount, sleeps: Sleeps | None = None) -> GoogleApi:
    return GoogleApi(account, sleep=sleeps if sleeps is not None else Sleeps(), rand=lambda: 0.5)


def query(call: Any) -> dict[str, list[str]]:
    """The query parameters of a recorded ``responses`` call."""
    return parse_qs(urlsplit(call.request.url).query)


def api_calls(rsps: Any, host: str = "googleapis.com") -> list[Any]:
    """The API calls (not token calls) recorded by ``rsps`` (a mock, or the module)."""
    return [
        c for c in rsps.calls if host in str(c.request.url) and "oauth2" not in str(c.request.url)
    ]


class FakeGmail:
    """Gmail's drafts, sent mail and self-sent mail, served by ``responses`` callbacks.

    ``timeout_after_send`` makes the next drafts.send (or messages.send) do its work
    and then time out, like a connection that drops after the request went out.
    ``fail_next["drafts.send"]`` holds (status, body) answers to give before doing anything,
    or (status, body, headers) for an answer with headers such as ``Retry-After``.
    """

    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.drafts: dict[str, bytes] = {}
        self.sent: list[bytes] = []
        self.inbox: list[bytes] = []
        self.timeout_after_send = False
        self.fail_next: dict[str, list[tuple[Any, ...]]] = {}
        self._ids = itertools.count(0x19DDA5EBA6976E6B)
        routes: list[tuple[str, str, str, Callable[..., Any]]] = [
            ("messages.send", "POST", r"/messages/send", self._messages_send),
            ("drafts.send", "POST", r"/drafts/send", self._drafts_send),
            ("drafts.create", "POST", r"/drafts", self._drafts_create),
            ("drafts.list", "GET", r"/drafts", self._drafts_list),
            ("drafts.update", "PUT", r"/drafts/[\w-]+", self._drafts_update),
            ("drafts.get", "GET", r"/drafts/[\w-]+", self._drafts_get),
            ("drafts.delete", "DELETE", r"/drafts/[\w-]+", self._drafts_delete),
        ]
        for name, method, path, handler in routes:
            pattern = re.compile(re.escape(GMAIL) + path + r"(\?.*)?$")
            rsps.add_callback(method, pattern, callback=self._wrap(name, handler))

    # --- plumbing ---------------------------------------------------------------------

    def _wrap(self, route: str, handler: Callable[..., Any]) -> Callable[[Any], Any]:
        def callback(request: Any) -> Any:
            queued = self.fail_next.get(route) or []
            if queued:
                status, body, *headers = queued.pop(0)
                sent = {"Content-Type": "application/json", **(headers[0] if headers else {})}
                return status, sent, json.dumps(body)
            path = urlsplit(request.url).path
            match = re.search(r"/drafts/([\w-]+)$", path)
            body = json.loads(request.body) if request.body else {}
            return handler(body, match.group(1) if match else None, request)

        return callback

    def _new_id(self) -> str:
        return format(next(self._ids), "x")

    @staticmethod
    def _ok(data: dict[str, Any]) -> Any:
        return 200, {"Content-Type": "application/json; charset=UTF-8"}, json.dumps(data)

    @staticmethod
    def _missing() -> Any:
        return 404, {"Content-Type": "application/json"}, fixture_text("error_404_not_found.json")

    @staticmethod
    def _decode(raw: str) -> bytes:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))

    def _maybe_time_out(self) -> None:
        if self.timeout_after_send:
            self.timeout_after_send = False
            raise requests.exceptions.ReadTimeout("read timed out after the request was sent")

    # --- routes -------------------------------------------------------------------------

    def _messages_send(self, body: dict[str, Any], _: Any, __: Any) -> Any:
        self.inbox.append(self._decode(body["raw"]))
        self._maybe_time_out()
        mid = self._new_id()
        return self._ok({"id": mid, "threadId": mid, "labelIds": ["UNREAD", "SENT", "INBOX"]})

    def _drafts_create(self, body: dict[str, Any], _: Any, __: Any) -> Any:
        draft_id = "r-" + str(int(self._new_id(), 16))
        self.drafts[draft_id] = self._decode(body["message"]["raw"])
        mid = self._new_id()
        return self._ok(
            {"id": draft_id, "message": {"id": mid, "threadId": mid, "labelIds": ["DRAFT"]}}
        )

    def _drafts_update(self, body: dict[str, Any], draft_id: str, _: Any) -> Any:
        if draft_id not in self.drafts:
            return self._missing()
        self.drafts[draft_id] = self._decode(body["message"]["raw"])
        mid = self._new_id()  # Gmail replaces the message: new message id, same draft id
        return self._ok(
            {"id": draft_id, "message": {"id": mid, "threadId": mid, "labelIds": ["DRAFT"]}}
        )

    def _drafts_get(self, _: Any, draft_id: str, request: Any) -> Any:
        if draft_id not in self.drafts:
            return self._missing()
        message: dict[str, Any] = {"id": self._new_id(), "labelIds": ["DRAFT"]}
        if parse_qs(urlsplit(request.url).query).get("format") == ["metadata"]:
            parsed = message_from_bytes(self.drafts[draft_id], policy=policy.default)
            message["payload"] = {
                "mimeType": parsed.get_content_type(),
                "headers": [{"name": k, "value": str(v)} for k, v in parsed.items()],
            }
        return self._ok({"id": draft_id, "message": message})

    def _drafts_list(self, _: Any, __: Any, ___: Any) -> Any:
        listed = [{"id": d, "message": {"id": self._new_id()}} for d in reversed(self.drafts)]
        return self._ok({"drafts": listed, "resultSizeEstimate": len(listed)})

    def _drafts_delete(self, _: Any, draft_id: str, __: Any) -> Any:
        if self.drafts.pop(draft_id, None) is None:
            return self._missing()
        return 204, {}, ""

    def _drafts_send(self, body: dict[str, Any], _: Any, __: Any) -> Any:
        raw = self.drafts.pop(body["id"], None)
        if raw is None:
            return self._missing()
        self.sent.append(raw)
        self._maybe_time_out()
        mid = self._new_id()
        return self._ok({"id": mid, "threadId": mid, "labelIds": ["SENT"]})
