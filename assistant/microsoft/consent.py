"""Connecting a Microsoft account: the loopback auth-code flow with PKCE, or a device code.

Both go through MSAL for Python as a *public client* (no secret: the user registers
their own app in Microsoft Entra, see the README's "Connect Microsoft"):

- **loopback** (the default): ``initiate_auth_code_flow`` builds the sign-in address
  with PKCE (RFC 7636) and a state and nonce; a one-shot HTTP server on
  ``http://localhost:<free port>`` (RFC 8252 §7.3: Entra accepts any port for a
  ``http://localhost`` redirect) receives the answer, posted as a form, and
  ``acquire_token_by_auth_code_flow`` checks state and nonce and redeems the code;
- **device code** (``--device-code``, for machines without a browser, over SSH):
  ``initiate_device_flow`` shows a code to enter at microsoft.com/devicelogin on any
  other device, and ``acquire_token_by_device_flow`` waits for it (RFC 8628).

Either way the result is MSAL's token cache, saved by :class:`MicrosoftAccount`.
"""

from __future__ import annotations

import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from assistant.errors import AuthError
from assistant.microsoft import CONNECT_FIX, FEATURES, SCOPES
from assistant.microsoft.auth import MicrosoftAccount

CONNECT_TIMEOUT_SECONDS = 300
DONE_PAGE = (
    b"<!doctype html><meta charset=utf-8><title>interview-assistant</title>"
    b"<p>Signed in. You can close this tab and return to the terminal.</p>"
)


@dataclass(frozen=True)
class ConnectResult:
    """What connecting achieved: who signed in, what was granted, what is off."""

    username: str
    granted: tuple[str, ...]

    @property
    def features_off(self) -> list[str]:
        return [FEATURES[s] for s in SCOPES if s not in self.granted]


class _Handler(BaseHTTPRequestHandler):
    server: LoopbackReceiver

    def do_POST(self) -> None:
        # response_mode=form_post: the code arrives in the body, never in an address
        # the browser keeps in its history (RFC 9700 §4.3.1, OAuth 2.0 Form Post).
        length = int(self.headers.get("Content-Length") or 0)
        params = dict(parse_qsl(self.rfile.read(length).decode("utf-8", "replace")))
        if "code" in params or "error" in params:
            self.server.answer = params
        self._done()

    def do_GET(self) -> None:
        params = dict(parse_qsl(urlsplit(self.path).query))
        if "error" in params:  # some refusals come back as a plain redirect
            self.server.answer = params
        self._done()

    def _done(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(DONE_PAGE)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LoopbackReceiver(HTTPServer):
    """A one-shot server on 127.0.0.1 that waits for the sign-in's redirect."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.answer: dict[str, str] | None = None

    @property
    def redirect_uri(self) -> str:
        return f"http://localhost:{self.server_address[1]}"

    def wait(self, timeout_seconds: float) -> dict[str, str]:
        """The redirect's query parameters; raises AuthError after ``timeout_seconds``."""
        deadline = time.monotonic() + timeout_seconds
        while self.answer is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AuthError(
                    f"no answer from the Microsoft sign-in page within {timeout_seconds:.0f} s",
                    fix=f"{CONNECT_FIX} (or --device-code on a machine without a browser)",
                )
            self.timeout = min(left, 1.0)
            self.handle_request()
        return self.answer


def _check(answer: dict[str, Any]) -> None:
    if "error" not in answer:
        return
    code = str(answer.get("error"))
    description = str(answer.get("error_description") or "").split("\r\n")[0]
    if code in ("access_denied", "authorization_declined"):
        raise AuthError("the sign-in was cancelled or declined", fix=CONNECT_FIX)
    if code == "expired_token":
        raise AuthError("the device code expired before it was entered", fix=CONNECT_FIX)
    raise AuthError(f"Microsoft refused the sign-in: {code}: {description}", fix=CONNECT_FIX)


def _finish(
    account: MicrosoftAccount, cache: Any, answer: dict[str, Any], client_id: str, tenant: str
) -> ConnectResult:
    _check(answer)
    if "access_token" not in answer:
        raise AuthError("Microsoft's answer held no access token", fix=CONNECT_FIX)
    granted = account.save_connected(cache, answer, client_id, tenant)
    return ConnectResult(account.username, granted)


def connect_loopback(
    account: MicrosoftAccount,
    client_id: str,
    tenant: str,
    *,
    port: int = 0,
    open_browser: bool = True,
    timeout_seconds: float = CONNECT_TIMEOUT_SECONDS,
    on_url: Callable[[str, str], None] = lambda url, redirect: None,
    browse: Callable[[str], Any] | None = None,
) -> ConnectResult:
    """Sign in through the browser; save the token cache. ``on_url(url, redirect_uri)``
    is called once the address exists. Raises :class:`AuthError` on refusal or timeout."""
    cache = _fresh_cache()
    app = account.application(client_id, tenant, cache)
    with LoopbackReceiver(port) as receiver:
        flow = app.initiate_auth_code_flow(
            list(SCOPES),
            redirect_uri=receiver.redirect_uri,
            prompt="select_account",
            response_mode="form_post",
        )
        on_url(flow["auth_uri"], receiver.redirect_uri)
        if open_browser:
            opener = browse or webbrowser.open  # looked up now, so it can be replaced
            threading.Thread(target=opener, args=(flow["auth_uri"],), daemon=True).start()
        params = receiver.wait(timeout_seconds)
    _check(params)
    try:
        answer = app.acquire_token_by_auth_code_flow(flow, params, scopes=list(SCOPES))
    except ValueError as exc:  # a state mismatch: not the answer to our request
        raise AuthError(
            f"the sign-in answer did not match this request ({exc})", fix=CONNECT_FIX
        ) from None
    return _finish(account, cache, answer, client_id, tenant)


def connect_device(
    account: MicrosoftAccount,
    client_id: str,
    tenant: str,
    *,
    on_message: Callable[[str], None],
) -> ConnectResult:
    """Sign in with a device code entered on another device; save the token cache.

    ``on_message`` gets Microsoft's instruction ("To sign in, use a web browser to
    open … and enter the code …"). Raises :class:`AuthError` on refusal or expiry.
    """
    cache = _fresh_cache()
    app = account.application(client_id, tenant, cache)
    flow = app.initiate_device_flow(scopes=list(SCOPES))
    if "user_code" not in flow:
        _check(flow if "error" in flow else {"error": "no device code", **flow})
    on_message(
        str(flow.get("message") or f"Enter {flow['user_code']} at {flow['verification_uri']}")
    )
    answer = app.acquire_token_by_device_flow(flow)
    return _finish(account, cache, answer, client_id, tenant)


def _fresh_cache() -> Any:
    """An empty cache: connecting replaces whatever sign-in was saved before."""
    import msal

    return msal.SerializableTokenCache()
