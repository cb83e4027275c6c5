"""What keeps the local page to its one user: token login, session, CSRF, Host, headers.

The threat is another person or program on the same machine, or a web page in
the user's own browser, reaching the server on 127.0.0.1. So:

- **One-time login.** ``serve`` prints a URL carrying a random token. Visiting it
  starts a session and spends the token: the same link never works again, so a
  token read from a screen, a shell history or a process list is worth nothing
  once the user is in. ``serve --open`` hands the browser a private file that
  redirects, never the token itself (see ``assistant.cli.web``). Every other page
  refuses a visitor without a session.
- **Session cookie.** Signed with a key that lives only in this process,
  ``HttpOnly`` and ``SameSite=Strict``, so no other site can ride on it. A session
  ends after 30 minutes without a request and 12 hours after login, whatever happens.
- **CSRF.** Every POST carries the session's own random token; an ``Origin``
  header, when the browser sends one, must be this server.
- **Host header.** Only ``127.0.0.1`` and ``localhost`` (on the server's port)
  are answered: a hostile domain that re-resolves to 127.0.0.1 (DNS rebinding)
  gets nothing.
- **Headers.** A Content-Security-Policy that forbids inline script and any
  request to another origin; no sniffing, no referrer, no framing, no caching.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from flask import Flask, Response, current_app, redirect, render_template, request, session

# Policies: the page itself, and the briefing it shows in a sandboxed frame. The
# briefing is an email, styled inline, so its own document allows inline style and
# nothing else: no script, no request anywhere, and a sandbox even when opened alone.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'"
)
FRAMED_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'self'; form-action 'none'; sandbox"
)
LOCAL_HOSTS = ("127.0.0.1", "localhost")
# Requests that need no session: the login itself and the stylesheet of the refusal page.
PUBLIC_ENDPOINTS = {"login", "static"}
PORT_KEY = "WEB_PORT"
LOGINS_KEY = "interview_assistant_logins"
CLOCK_KEY = "WEB_CLOCK"
# Session lifetimes, in seconds (config keys, so tests and operators can change them).
IDLE_KEY, IDLE_SECONDS = "WEB_SESSION_IDLE_SECONDS", 30 * 60
ABSOLUTE_KEY, ABSOLUTE_SECONDS = "WEB_SESSION_MAX_SECONDS", 12 * 3600


class LoginTokens:
    """The login tokens not yet used; each opens one session, once. Thread-safe."""

    def __init__(self) -> None:
        self._unused: list[str] = []
        self._lock = threading.Lock()

    def add(self, token: str) -> str:
        with self._lock:
            self._unused.append(token)
        return token

    def redeem(self, given: str) -> bool:
        """True, once, for a token that was issued; compared in constant time."""
        with self._lock:
            for token in self._unused:
                if hmac.compare_digest(given.encode(), token.encode()):
                    self._unused.remove(token)
                    return True
        return False


def issue_login(app: Flask) -> str:
    """A new one-time login token for ``app`` (for the browser ``serve --open`` starts)."""
    tokens: LoginTokens = app.extensions[LOGINS_KEY]
    return tokens.add(secrets.token_urlsafe(32))


def install(app: Flask, token: str, clock: Callable[[], datetime] | None = None) -> None:
    """Guard every request of ``app``; ``token`` is the one-time secret in the printed URL.

    ``clock`` (aware datetimes) times sessions out; tests inject a fixed one.
    ``app.config["WEB_PORT"]``, once the server knows its port, is the only port
    accepted in the Host header; before that, any port on a local host name is.
    """
    app.secret_key = secrets.token_bytes(32)
    app.extensions[LOGINS_KEY] = LoginTokens()
    app.extensions[LOGINS_KEY].add(token)
    app.config.update(
        {
            CLOCK_KEY: clock or (lambda: datetime.now().astimezone()),
            IDLE_KEY: IDLE_SECONDS,
            ABSOLUTE_KEY: ABSOLUTE_SECONDS,
            # One name per server, so two pages on different ports keep their own sessions
            # (browsers share cookies across the ports of one host).
            "SESSION_COOKIE_NAME": "ia-" + hashlib.sha256(token.encode()).hexdigest()[:12],
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Strict",
            "SESSION_COOKIE_SECURE": False,  # plain http on the loopback interface
        }
    )
    app.before_request(_check_request)
    app.after_request(_add_headers)
    app.add_url_rule("/login", "login", _login)
    app.jinja_env.globals["csrf_token"] = csrf_token


def host_allowed(host: str, port: int | None) -> bool:
    """Whether a Host header names this server (and not a domain that resolves here)."""
    name, _, given_port = host.lower().rpartition(":")
    if not name or (given_port and not given_port.isdigit()):
        name, given_port = host.lower(), ""
    if name not in LOCAL_HOSTS:
        return False
    return port is None or given_port == str(port)


def csrf_token() -> str:
    """The session's CSRF token, created on first use; every form carries it."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


def _now() -> float:
    return float(_config(CLOCK_KEY)().timestamp())


def _login() -> Any:
    """``/login?token=…``: spend the token, start a session, move on to a URL without it."""
    tokens: LoginTokens = current_app.extensions[LOGINS_KEY]
    if not tokens.redeem(request.args.get("token", "")):
        return _refuse(
            403,
            "This link is not valid (any more): each link opens the page once."
            " Stop `interview-assistant serve` and start it again for a new link.",
        )
    session.clear()
    now = _now()
    session.update({"auth": True, "auth_at": now, "seen_at": now})
    csrf_token()
    return redirect("/")


def _session_expired() -> bool:
    """Idle for too long, or signed in too long ago (absolute limit)."""
    now = _now()
    idle = now - float(session.get("seen_at", 0))
    age = now - float(session.get("auth_at", 0))
    return idle > _config(IDLE_KEY) or age > _config(ABSOLUTE_KEY) or idle < -60


def _check_request() -> Any:
    if not host_allowed(request.host, _config(PORT_KEY)):
        return Response("This server answers only to 127.0.0.1 and localhost.\n", 400)
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if not session.get("auth"):
        return _refuse(403, "You are not signed in to this page.")
    if _session_expired():
        session.clear()
        return _refuse(
            403,
            "Your session has ended. Stop `interview-assistant serve` and start it again"
            " for a new link.",
        )
    session["seen_at"] = _now()
    if request.method == "POST":
        if not _same_origin():
            return _refuse(403, "This form came from another site, so it was ignored.")
        sent = request.form.get("csrf", "")
        if not sent or not hmac.compare_digest(sent.encode(), csrf_token().encode()):
            return _refuse(403, "This form is out of date. Reload the page and try again.")
    return None


def _same_origin() -> bool:
    """What the browser says of a POST's origin, when it says anything, must be this server.

    With ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` even for the
    page's own forms, so ``Sec-Fetch-Site`` is the clearer witness where it is sent.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    return origin in (None, "null") or origin == request.host_url.rstrip("/")


def _refuse(status: int, message: str) -> tuple[str, int]:
    return render_template("denied.html", message=message), status


def framed(html: str) -> Response:
    """A response meant only for a sandboxed frame of this page (the briefing preview)."""
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = FRAMED_POLICY
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _add_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if request.endpoint != "static":
        # Drafts and briefings are private: keep them out of the browser's disk cache.
        response.headers["Cache-Control"] = "no-store"
    return response


def _config(key: str) -> Any:
    return current_app.config.get(key)
