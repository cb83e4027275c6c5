"""OAuth for the user's Google account: connect, keep the token, refresh it, revoke it.

Two files live in the data folder, both written atomically with mode 0600:

- ``google-token.json``: the credentials, as ``Credentials.to_json()`` writes them;
- ``google-account.json``: what that file cannot say. The scopes the user really
  granted (``to_json`` stores the *requested* ones), when the account was connected
  and last refreshed, and whether Google has since refused it (``invalid_grant``).

A refused account is marked disconnected, and from then on every Google call fails
at once with one :class:`~assistant.errors.AuthError` naming
``interview-assistant connect google``, without asking Google again. That is what
keeps a daemon or a cron job from hammering the token endpoint, or crashing, when
access was revoked or a Testing app's 7-day refresh token ran out.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError, AuthError, TransientError, UsageError
from assistant.google import CONNECT_FIX, FEATURES, Endpoints, short_scope

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

PRIVATE_MODE = 0o600
CONNECT_TIMEOUT_SECONDS = 300
HTTP_TIMEOUT_SECONDS = 30
# Google's answers that mean "this refresh token will never work again".
DEAD_GRANT_ERRORS = ("invalid_grant", "invalid_client", "unauthorized_client")
SUCCESS_PAGE = "interview-assistant is connected to Google. You can close this window."

Clock = Callable[[], datetime]


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by the owner only (0600).

    The temporary file is created 0600 from the start, so the secret is never
    readable by others, not even for a moment; ``os.replace`` makes the switch atomic.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(handle, PRIVATE_MODE)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass
class AccountState:
    """What ``google-account.json`` remembers beside the token."""

    granted_scopes: tuple[str, ...] = ()
    connected_at: datetime | None = None
    last_refresh: datetime | None = None
    refresh_token_expires_at: datetime | None = None
    disconnected_at: datetime | None = None
    disconnected_reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "granted_scopes": list(self.granted_scopes),
                "connected_at": _iso(self.connected_at),
                "last_refresh": _iso(self.last_refresh),
                "refresh_token_expires_at": _iso(self.refresh_token_expires_at),
                "disconnected_at": _iso(self.disconnected_at),
                "disconnected_reason": self.disconnected_reason,
                **self.extra,
            },
            indent=2,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AccountState:
        known = {
            "granted_scopes",
            "connected_at",
            "last_refresh",
            "refresh_token_expires_at",
            "disconnected_at",
            "disconnected_reason",
        }
        return cls(
            granted_scopes=tuple(data.get("granted_scopes") or ()),
            connected_at=_dt(data.get("connected_at")),
            last_refresh=_dt(data.get("last_refresh")),
            refresh_token_expires_at=_dt(data.get("refresh_token_expires_at")),
            disconnected_at=_dt(data.get("disconnected_at")),
            disconnected_reason=data.get("disconnected_reason") or "",
            extra={k: v for k, v in data.items() if k not in known},
        )


class GoogleAccount:
    """The Google account of one home: its token file, its state and its credentials."""

    def __init__(
        self, token_path: Path, endpoints: Endpoints | None = None, clock: Clock | None = None
    ) -> None:
        self.token_path = Path(token_path)
        self.endpoints = endpoints or Endpoints()
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self._credentials: Credentials | None = None

    @property
    def state_path(self) -> Path:
        return self.token_path.with_name("google-account.json")

    # --- state --------------------------------------------------------------------

    def state(self) -> AccountState:
        try:
            return AccountState.from_dict(json.loads(self.state_path.read_text("utf-8")))
        except (FileNotFoundError, ValueError):
            return AccountState()

    def _save_state(self, state: AccountState) -> None:
        write_private(self.state_path, state.to_json())

    @property
    def connected(self) -> bool:
        """A token is on file and Google has not refused it."""
        return self.token_path.exists() and self.state().disconnected_at is None

    def granted(self, scope: str) -> bool:
        state = self.state()
        # Files written before granted scopes were kept: trust the requested ones.
        return not state.granted_scopes or scope in state.granted_scopes

    def require(self, scope: str) -> None:
        """Fail fast, without any HTTP, when ``scope`` cannot be used right now."""
        if not self.token_path.exists():
            raise AuthError(
                "no Google account is connected",
                fix=f"{CONNECT_FIX} --client-secrets client_secret.json",
            )
        state = self.state()
        if state.disconnected_at is not None:
            raise AuthError(
                f"the Google account is disconnected since {state.disconnected_at:%Y-%m-%d %H:%M} UTC"
                f" ({state.disconnected_reason})",
                fix=CONNECT_FIX,
            )
        if not self.granted(scope):
            raise AuthError(
                f"{FEATURES.get(scope, short_scope(scope))}: access to {short_scope(scope)}"
                " was not granted when connecting",
                fix=f"{CONNECT_FIX}, and leave every box ticked on Google's consent page",
            )

    def mark_disconnected(self, reason: str) -> None:
        state = self.state()
        state.disconnected_at = self.clock()
        state.disconnected_reason = reason
        self._save_state(state)
        self._credentials = None

    # --- credentials ----------------------------------------------------------------

    def credentials(self) -> Credentials:
        """Valid credentials: loaded from the file, refreshed (and saved) when expired."""
        if self._credentials is None:
            self._credentials = self._load()
        creds = self._credentials
        if not creds.valid and creds.refresh_token:
            from google.auth.transport.requests import Request

            try:
                creds.refresh(Request())
            except Exception as exc:
                raise self.refresh_failed(exc) from None
            self.save_credentials(creds)
        return creds

    def _load(self) -> Credentials:
        from google.oauth2.credentials import Credentials

        granted = list(self.state().granted_scopes) or None
        try:
            creds = Credentials.from_authorized_user_file(str(self.token_path), granted)
        except FileNotFoundError:
            raise AuthError("no Google account is connected", fix=CONNECT_FIX) from None
        except (ValueError, KeyError) as exc:
            raise AuthError(
                f"the Google token file {self.token_path} is damaged ({exc})", fix=CONNECT_FIX
            ) from None
        if self.endpoints.token_uri:
            # from_authorized_user_file always resets token_uri to Google's own. The copy
            # with_token_uri makes loses the expiry, which would make a stale token look
            # valid forever: carry it over.
            expiry = creds.expiry
            creds = creds.with_token_uri(self.endpoints.token_uri)
            creds.expiry = expiry
        return creds

    def save_credentials(self, creds: Credentials) -> None:
        """Write the token file again (a refresh may hand out a new refresh token)."""
        write_private(self.token_path, creds.to_json())
        self._credentials = creds
        state = self.state()
        state.last_refresh = self.clock()
        self._save_state(state)

    def save_connected(
        self, creds: Credentials, granted: list[str], refresh_expires_in: int | None = None
    ) -> None:
        """Record a fresh connection: the token, the granted scopes, and when."""
        write_private(self.token_path, creds.to_json())
        now = self.clock()
        expires = now + timedelta(seconds=refresh_expires_in) if refresh_expires_in else None
        self._save_state(
            AccountState(
                granted_scopes=tuple(granted),
                connected_at=now,
                last_refresh=now,
                refresh_token_expires_at=expires,
            )
        )
        self._credentials = creds

    def refresh_failed(self, exc: Exception) -> AssistantError:
        """Turn a failed refresh into the error to raise; a dead grant disconnects."""
        from google.auth import exceptions

        if isinstance(exc, exceptions.RefreshError):
            data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
            code = str(data.get("error") or "")
            if not code:
                code = next((c for c in DEAD_GRANT_ERRORS if c in str(exc)), "")
            if code in DEAD_GRANT_ERRORS:
                self.mark_disconnected(f"Google answered {code}")
                return AuthError(
                    f"Google no longer accepts the saved sign-in ({code}): access was revoked,"
                    " or it expired (apps in Testing lose it after 7 days)",
                    fix=CONNECT_FIX,
                )
            if not getattr(exc, "retryable", False):
                return AuthError(f"Google refused to refresh the sign-in: {exc}", fix=CONNECT_FIX)
        return TransientError(f"could not reach Google to refresh the sign-in ({exc}); will retry")

    # --- revoke ------------------------------------------------------------------------

    def revoke(self) -> bool:
        """Revoke the grant at Google, then delete both files. True when Google confirmed.

        Revoking the refresh token ends the whole grant. An unreachable Google still
        ends with the files deleted: the user asked to disconnect this machine.
        """
        import requests

        try:
            info = json.loads(self.token_path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            info = {}
        token = info.get("refresh_token") or info.get("token")
        confirmed = False
        if token:
            try:
                response = requests.post(
                    self.endpoints.revoke_uri,
                    data={"token": token},
                    headers={"Content-Type": "application/x-www-form-urlencoded"},
                    timeout=HTTP_TIMEOUT_SECONDS,
                )
                # 400 invalid_token: already revoked or expired, which is what we want.
                confirmed = response.status_code == 200 or "invalid_token" in response.text
            except requests.RequestException:
                confirmed = False
        self.forget()
        return confirmed

    def forget(self) -> None:
        for path in (self.token_path, self.state_path):
            path.unlink(missing_ok=True)
        self._credentials = None


# --- connecting ----------------------------------------------------------------------


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

    flow = AnnouncingFlow.from_client_config(config, scopes=list(scopes))
    # Google hands out a refresh token only when the consent screen is shown.
    extra = (
        {"prompt": "consent"} if account.token_path.exists() or account.state_path.exists() else {}
    )
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
            f"no answer from the browser within {round(timeout_seconds / 60) or 1} minute(s);"
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
