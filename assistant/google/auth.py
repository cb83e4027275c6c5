"""The user's Google account: the token and its state, refresh, revocation.

Two secrets are kept in the account's :class:`~assistant.account_files.TokenStore` (for
a single user, files of the data folder written atomically with mode 0600; in operator
mode, encrypted rows of the deployment's database):

- ``google-token.json``: the credentials, as ``Credentials.to_json()`` writes them;
- ``google-account.json``: what the token cannot say. The scopes the user really
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
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.account_files import (
    PRIVATE_MODE,
    AccountState,
    Clock,
    StoredAccount,
    TokenStore,
    write_private,
)
from assistant.errors import AssistantError, AuthError, TransientError
from assistant.google import CONNECT_FIX, FEATURES, Endpoints, short_scope

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

    from assistant.app import App

__all__ = ["PRIVATE_MODE", "AccountState", "GoogleAccount", "write_private"]

HTTP_TIMEOUT_SECONDS = 30
# Google's answers that mean "this refresh token will never work again".
DEAD_GRANT_ERRORS = ("invalid_grant", "invalid_client", "unauthorized_client")


class GoogleAccount(StoredAccount):
    """The Google account of one home: its token, its state and its credentials.

    ``where`` is the token file's path, or the TokenStore that keeps the token (see
    :class:`~assistant.account_files.StoredAccount`).
    """

    TOKEN_NAME = "google-token.json"
    STATE_FILE = "google-account.json"
    PROVIDER = "Google"
    CONNECT = CONNECT_FIX
    CONNECT_FIRST = f"{CONNECT_FIX} --client-secrets client_secret.json"
    CONSENT_FIX = f"{CONNECT_FIX}, and leave every box ticked on Google's consent page"
    FEATURES = FEATURES
    scope_name = staticmethod(short_scope)

    def __init__(
        self,
        where: Path | TokenStore,
        endpoints: Endpoints | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(where, clock)
        self.endpoints = endpoints or Endpoints()
        self._credentials: Credentials | None = None

    @classmethod
    def of(cls, app: App, endpoints: Endpoints | None = None) -> GoogleAccount:
        """The Google account of ``app``: in ``app.tokens`` when set, else the home's file.

        ``endpoints`` defaults to :meth:`Endpoints.from_env` (stand-in servers in tests).
        """
        return cls(app.tokens or app.home.google_token, endpoints or Endpoints.from_env())

    def _drop_credentials(self) -> None:
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
        saved = self.read_token()
        if saved is None:
            raise AuthError("no Google account is connected", fix=CONNECT_FIX)
        try:
            # What from_authorized_user_file does with a file's text.
            creds = Credentials.from_authorized_user_info(json.loads(saved), granted)
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError(
                f"the Google token {self.token_where} is damaged ({exc})", fix=CONNECT_FIX
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
        """Save the token again (a refresh may hand out a new refresh token)."""
        self.write_token(creds.to_json())
        self._credentials = creds
        state = self.state()
        state.last_refresh = self.clock()
        self._save_state(state)

    def save_connected(
        self, creds: Credentials, granted: list[str], refresh_expires_in: int | None = None
    ) -> None:
        """Record a fresh connection: the token, the granted scopes, and when."""
        self.write_token(creds.to_json())
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
        """Revoke the grant at Google, then delete the token and state. True when Google
        confirmed.

        Revoking the refresh token ends the whole grant. An unreachable Google still
        ends with both deleted: the user asked to disconnect this machine.
        """
        import requests

        try:
            info = json.loads(self.read_token() or b"{}")
        except ValueError:
            info = {}
        if not isinstance(info, dict):
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
