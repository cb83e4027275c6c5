"""The user's Google account: the token file and its state, refresh, revocation.

Two files live in the data folder, both written atomically with mode 0600:

- ``google-token.json``: the credentials, as ``Credentials.to_json()`` writes them;
- ``google-account.json``: what that file cannot say. The scopes the user really
  granted (``to_json`` stores the *requested* ones), when the account was connected
  and last refreshed, and whether Google has since refused it (``invalid_grant``).

A refused account is marked disconnected, and from then on every Google call fails
at once with one :class:`~assistant.errors.AuthError` naming
``interview-assistant connect google``, without asking Google again. That is what
keeps a daemon or a cron job from hammering the token endpoint, or crashing, when
access was revoked or a Testing app's 7-day refresh token ran out. Connecting in
the first place is ``consent.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError, AuthError, TransientError
from assistant.google import CONNECT_FIX, FEATURES, Endpoints, short_scope
from assistant.private import write_private

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

HTTP_TIMEOUT_SECONDS = 30
# Google's answers that mean "this refresh token will never work again".
DEAD_GRANT_ERRORS = ("invalid_grant", "invalid_client", "unauthorized_client")

Clock = Callable[[], datetime]


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
