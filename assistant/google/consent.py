"""The loopback consent flow: from a Desktop OAuth client file to a saved token.

``InstalledAppFlow.run_local_server`` listens on a local port (0: a free one), sends
the user's browser to Google's consent page, and receives the answer on
``http://localhost:PORT/``. PKCE and ``access_type=offline`` are the library's
defaults; ``prompt=consent`` is added when reconnecting, because Google hands out a
new refresh token only when the consent screen is shown.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from assistant.durations import in_words
from assistant.errors import AuthError, UsageError
from assistant.google import CONNECT_FIX, FEATURES
from assistant.google.auth import GoogleAccount

CONNECT_TIMEOUT_SECONDS = 300
SUCCESS_PAGE = "interview-assistant is connected to Google. You can close this window."


def read_client_secrets(path: Path, token_uri: str | None = None) -> dict[str, Any]:
    """Load a Desktop OAuth client file, with a clear error for every wrong kind."""
    fix = (
        "in Google Cloud Console (APIs & Services → Credentials) create an OAuth client ID"
        ' of type "Desktop app", download its JSON and pass it with --client-secrets'
    )
    try:
        data = json.loads(Path(path).expanduser().read_text("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no client secrets file at {path}", fix=fix) from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not a client secrets file", fix=fix) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}", fix=fix) from None
    except ValueError:
        raise UsageError(f"{path} is not a client secrets file (not JSON)", fix=fix) from None
    if not isinstance(data, dict) or "installed" not in data:
        kind = (
            'a "Web application" client' if isinstance(data, dict) and "web" in data else "not one"
        )
        raise UsageError(
            f'{path} is {kind}: connecting needs a "Desktop app" OAuth client', fix=fix
        )
    client = dict(data["installed"])
    missing = [
        k for k in ("client_id", "client_secret", "auth_uri", "token_uri") if k not in client
    ]
    if missing:
        raise UsageError(f"{path} lacks {', '.join(missing)}", fix=fix)
    if token_uri:
        client["token_uri"] = token_uri
    return {"installed": client}


@contextlib.contextmanager
def _oauthlib_env(token_uri: str | None) -> Iterator[None]:
    """oauthlib settings for the flow, restored afterwards.

    RELAX_TOKEN_SCOPE: the user may untick scopes; we compare what was granted
    instead of failing with "Scope has changed". INSECURE_TRANSPORT only for an
    emulator's plain-http token endpoint on this machine.
    """
    wanted = {"OAUTHLIB_RELAX_TOKEN_SCOPE": "1"}
    if token_uri and token_uri.startswith(("http://localhost", "http://127.0.0.1")):
        wanted["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dataclass(frozen=True)
class Connected:
    """The outcome of :func:`connect`: what was granted, and what is off for lack of it."""

    granted: tuple[str, ...]
    features_off: tuple[str, ...]


def connect(
    account: GoogleAccount,
    client_secrets: Path,
    scopes: list[str],
    *,
    port: int = 0,
    open_browser: bool = True,
    timeout_seconds: float = CONNECT_TIMEOUT_SECONDS,
    on_url: Callable[[str, str], None] | None = None,
) -> Connected:
    """Run the loopback consent flow and save the token. ``on_url(url, redirect_uri)``
    is told the consent URL as soon as it exists (before the browser opens).
    """
    config = read_client_secrets(client_secrets, account.endpoints.token_uri)
    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
    from oauthlib.oauth2.rfc6749 import errors as oauth_errors

    class AnnouncingFlow(InstalledAppFlow):
        """Tells ``on_url`` the consent URL the moment the library builds it."""

        def authorization_url(self, **kwargs: Any) -> tuple[str, str]:
            url, state = super().authorization_url(**kwargs)
            if on_url is not None:
                on_url(url, self.redirect_uri)
            return url, state

    if open_browser and not browser_available():
        open_browser = False  # a server without one: the link told to on_url is the way
    flow = AnnouncingFlow.from_client_config(config, scopes=list(scopes))
    # Google hands out a refresh token only when the consent screen is shown.
    extra = {"prompt": "consent"} if account.saved else {}
    fix = f"run `{CONNECT_FIX}` again"
    try:
        with _oauthlib_env(account.endpoints.token_uri):
            creds = flow.run_local_server(
                port=port,
                open_browser=open_browser,
                timeout_seconds=timeout_seconds,
                authorization_prompt_message=None,
                success_message=SUCCESS_PAGE,
                **extra,
            )
    except WSGITimeoutError:
        raise AuthError(
            f"no answer from the browser within {in_words(timedelta(seconds=timeout_seconds))};"
            " nothing was changed",
            fix=f"{fix} and finish Google's consent page",
        ) from None
    except oauth_errors.AccessDeniedError:
        raise AuthError(
            "consent was cancelled on Google's page; nothing was changed",
            fix=f"{fix} and press Continue",
        ) from None
    except oauth_errors.MismatchingStateError:
        raise AuthError(
            "the browser's answer did not belong to this request (state mismatch)",
            fix=f"{fix}, using only the newest link",
        ) from None
    except oauth_errors.OAuth2Error as exc:
        raise AuthError(
            f"Google refused the connection: {exc.description or exc.error}", fix=fix
        ) from None
    except OSError as exc:
        raise UsageError(
            f"cannot listen on port {port} for Google's answer: {exc.strerror or exc}",
            fix="choose another --port, or leave it out to pick a free one",
        ) from None
    if not creds.refresh_token:
        raise AuthError(
            "Google did not hand out a refresh token, so the connection would end within the hour",
            fix="remove the app at https://myaccount.google.com/permissions, then " + fix,
        )
    granted = list(creds.granted_scopes or scopes)
    token = flow.oauth2session.token or {}
    account.save_connected(creds, granted, token.get("refresh_token_expires_in"))
    off = tuple(FEATURES[s] for s in scopes if s not in granted and s in FEATURES)
    return Connected(tuple(granted), off)


def browser_available() -> bool:
    """Whether this machine has a browser Python can start (``webbrowser.get``); on a
    server without one the library would raise ``webbrowser.Error`` mid-flow."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True
