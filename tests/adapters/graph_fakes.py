"""Helpers for the Microsoft adapter tests: a stand-in authority, token cache, fake Graph.

Everything HTTP goes through ``responses``: the stand-in authority's OpenID
configuration, its token and device-code endpoints, and Graph. The fake mailbox
keeps drafts and sent mail in dicts the way Outlook would, so tests count what
really "went out" instead of trusting the adapter.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
import responses

from assistant.account_files import AccountState, write_private
from assistant.microsoft import SCOPES, Endpoints
from assistant.microsoft.auth import MicrosoftAccount
from assistant.microsoft.transport import GraphApi
from tests.adapters.google_fakes import Sleeps

__all__ = ["Sleeps"]

DATA = Path(__file__).resolve().parent.parent / "data" / "graph"
AUTHORITY_HOST = "https://login.stand-in.example"
AUTHORITY = AUTHORITY_HOST + "/common"
OPENID_URL = AUTHORITY + "/v2.0/.well-known/openid-configuration"
TOKEN_URL = AUTHORITY + "/oauth2/v2.0/token"
DEVICE_URL = AUTHORITY + "/oauth2/v2.0/devicecode"
GRAPH = "https://graph.stand-in.example/v1.0/"
ENDPOINTS = Endpoints(graph_root=GRAPH, authority_host=AUTHORITY_HOST)
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
CONNECTED_AT = datetime(2027, 4, 1, 8, 0, tzinfo=UTC)
USERNAME = "me@example.com"
JSON = {"Content-Type": "application/json"}


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text("utf-8"))
    return data


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def token_answer(
    *,
    nonce: str | None = None,
    scope: str = " ".join(SCOPES) + " openid profile offline_access",
    expires_in: int = 3600,
    access_token: str = "eyJ0-access-1",
    refresh_token: str = "M.C-refresh-1",
) -> dict[str, Any]:
    """What Entra's token endpoint answers: tokens, an unsigned id token, client_info."""
    claims = {
        "iss": AUTHORITY + "/v2.0",
        "sub": "subject-1",
        "aud": CLIENT_ID,
        "exp": 4102444800,  # 2100: MSAL compares with the real clock
        "iat": 1700000000,
        "oid": "uid-1",
        "tid": "tid-1",
        "preferred_username": USERNAME,
        **({"nonce": nonce} if nonce else {}),
    }
    return {
        "token_type": "Bearer",
        "scope": scope,
        "expires_in": expires_in,
        "ext_expires_in": expires_in,
        "access_token": access_token,
        "refresh_token": refresh_token,
        "id_token": f"{_b64({'alg': 'none'})}.{_b64(claims)}.",
        "client_info": _b64({"uid": "uid-1", "utid": "tid-1"}),
    }


def register_authority(rsps: Any) -> None:
    """The stand-in authority's OpenID configuration (MSAL reads it when built)."""
    rsps.get(
        OPENID_URL,
        json={
            "issuer": AUTHORITY + "/v2.0",
            "authorization_endpoint": AUTHORITY + "/oauth2/v2.0/authorize",
            "token_endpoint": TOKEN_URL,
            "device_authorization_endpoint": DEVICE_URL,
        },
    )


def connected_account(
    folder: Path, *, expired: bool = False, granted: tuple[str, ...] = SCOPES
) -> MicrosoftAccount:
    """A connected account: MSAL's cache with a token valid for an hour (or expired)."""
    import msal

    cache = msal.SerializableTokenCache()
    cache.add(
        {
            "client_id": CLIENT_ID,
            "scope": list(SCOPES),
            "token_endpoint": TOKEN_URL,
            "response": token_answer(expires_in=0 if expired else 3600),
            "grant_type": "authorization_code",
        }
    )
    account = MicrosoftAccount(
        folder / "microsoft-token.json", ENDPOINTS, clock=lambda: CONNECTED_AT + timedelta(days=2)
    )
    write_private(account.token_path, cache.serialize())
    write_private(
        account.state_path,
        AccountState(
            granted_scopes=granted,
            connected_at=CONNECTED_AT,
            last_refresh=CONNECTED_AT,
            extra={
                "client_id": CLIENT_ID,
                "tenant": "common",
                "username": USERNAME,
                "home_account_id": "uid-1.tid-1",
            },
        ).to_json(),
    )
    return account


def make_api(account: MicrosoftAccount, sleeps: Sleeps | None = None) -> GraphApi:
    return GraphApi(account, sleep=sleeps if sleeps is not None else Sleeps(), rand=lambda: 0.5)


def graph_calls(rsps: Any) -> list[Any]:
    """The Graph calls (not sign-in calls) recorded by ``rsps``."""
    return [c for c in rsps.calls if str(c.request.url).startswith(GRAPH)]


def query(call: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(call.request.url).query)


def error_body(status: int, code: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": f"stand-in {status}"}}


class FakeCalendar:
    """calendarView delta answers, served in order from ``pages`` ((status, body, headers))."""

    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.pages: list[tuple[int, dict[str, Any], dict[str, str]]] = []
        rsps.add_callback(
            "GET", re.compile(re.escape(GRAPH) + r"me/calendarView/delta.*"), self._serve
        )

    def add(self, body: dict[str, Any], status: int = 200, **headers: str) -> None:
        self.pages.append((status, body, headers))

    def _serve(self, request: Any) -> Any:
        status, body, headers = self.pages.pop(0)
        return status, {**JSON, **headers}, json.dumps(body)


class FakeOutlook:
    """Outlook's Drafts and Sent Items behind Graph, served by ``responses`` callbacks.

    ``fail_next[route]`` holds answers to give instead: ``(status, headers, carried_out)``,
    where ``carried_out`` does the work first (a 5xx that hid a success).
    ``timeout_after_send`` makes the next send go out and then time out.
    """

    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.rsps = rsps
        self.drafts: dict[str, dict[str, Any]] = {}
        self.sent: list[dict[str, Any]] = []
        self.timeout_after_send = False
        self.fail_next: dict[str, list[tuple[int, dict[str, str], bool]]] = {}
        self._ids = itertools.count(1)
        one = r"me/messages/([\w=-]+)"
        routes: list[tuple[str, str, str, Callable[..., Any]]] = [
            ("send", "POST", one + "/send", self._send),
            ("create", "POST", r"me/messages", self._create),
            ("update", "PATCH", one, self._update),
            ("get", "GET", one, self._get),
            ("delete", "DELETE", one, self._delete),
            ("list", "GET", r"me/mailFolders/(\w+)/messages", self._list),
            ("me", "GET", r"me", self._me),
        ]
        for name, method, path, handler in routes:
            pattern = re.compile(re.escape(GRAPH) + path + r"(\?.*)?$")
            rsps.add_callback(method, pattern, callback=self._wrap(name, pattern, handler))

    def _wrap(self, route: str, pattern: Any, handler: Callable[..., Any]) -> Callable[..., Any]:
        def callback(request: Any) -> Any:
            match = pattern.match(request.url)
            body = json.loads(request.body) if request.body else {}
            queued = self.fail_next.get(route) or []
            if queued:
                status, headers, carried_out = queued.pop(0)
                if carried_out:
                    handler(body, match, request)
                return status, {**JSON, **headers}, json.dumps(error_body(status, "stand-in"))
            return handler(body, match, request)

        return callback

    @staticmethod
    def _ok(data: Any, status: int = 200) -> Any:
        return status, JSON, json.dumps(data)

    @staticmethod
    def _missing() -> Any:
        return 404, JSON, json.dumps(error_body(404, "ErrorItemNotFound"))

    def _create(self, body: dict[str, Any], _: Any, __: Any) -> Any:
        draft_id = f"AAMkAD{next(self._ids)}="
        self.drafts[draft_id] = {**body, "id": draft_id, "isDraft": True}
        return self._ok(self.drafts[draft_id], 201)

    def _update(self, body: dict[str, Any], match: Any, _: Any) -> Any:
        draft = self.drafts.get(match.group(1))
        if draft is None:
            return self._missing()
        draft.update(body)
        return self._ok(draft)

    def _get(self, _: Any, match: Any, __: Any) -> Any:
        draft = self.drafts.get(match.group(1))
        return self._missing() if draft is None else self._ok(draft)

    def _delete(self, _: Any, match: Any, __: Any) -> Any:
        if self.drafts.pop(match.group(1), None) is None:
            return self._missing()
        return 204, {}, ""

    def _send(self, _: Any, match: Any, __: Any) -> Any:
        draft = self.drafts.pop(match.group(1), None)
        if draft is None:
            return self._missing()
        self.sent.append({**draft, "id": f"AAMkSENT{next(self._ids)}=", "isDraft": False})
        if self.timeout_after_send:
            self.timeout_after_send = False
            raise requests.exceptions.ReadTimeout("read timed out after the request was sent")
        return 202, {}, ""

    def _list(self, _: Any, match: Any, request: Any) -> Any:
        folder = self.sent if match.group(1) == "sentitems" else list(self.drafts.values())
        params = parse_qs(urlsplit(request.url).query)
        wanted = (params.get("$filter") or [""])[0]
        found = re.fullmatch(r"internetMessageId eq '(.*)'", wanted)
        if found:
            mid = found.group(1).replace("''", "'")
            folder = [m for m in folder if m.get("internetMessageId") == mid]
        return self._ok({"value": list(reversed(folder))})

    def _me(self, _: Any, __: Any, ___: Any) -> Any:
        return self._ok({"userPrincipalName": USERNAME, "mail": USERNAME})
