"""The user's Microsoft account: MSAL's token cache, silent refresh, forgetting.

Two secrets are kept in the account's :class:`~assistant.account_files.TokenStore` (for
a single user, files of the data folder written atomically with mode 0600; in operator
mode, encrypted rows of the deployment's database):

- ``microsoft-token.json``: MSAL's ``SerializableTokenCache`` (access, refresh and
  id tokens), exactly as ``serialize()`` writes it;
- ``microsoft-account.json``: the app registration's client id, the authority's
  tenant (``common``, ``consumers``, ``organizations`` or a tenant id), the signed-in
  account, the scopes Entra granted, and whether Entra has since refused the grant.

The token cache is kept in a file, not in the OS keyring: a cache holding a refresh
token and id token outgrows what some keyrings accept (Windows' Credential Manager
caps an entry at 2.5 kB), and the file gets the same protection as Google's token.

A refused grant (``invalid_grant``, ``interaction_required``: revoked, expired after
90 days unused, a password change, a conditional-access policy) marks the account
disconnected; from then on every Graph call fails at once with one
:class:`~assistant.errors.AuthError` naming ``interview-assistant connect microsoft``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.account_files import AccountState, Clock, StoredAccount, TokenStore
from assistant.errors import AuthError, TransientError
from assistant.microsoft import (
    CONNECT_FIX,
    DEFAULT_TENANT,
    FEATURES,
    SCOPES,
    Endpoints,
    granted_scopes,
)

if TYPE_CHECKING:
    from assistant.app import App

# MSAL's answers that mean "this grant will never work again without the user".
DEAD_GRANT_ERRORS = frozenset(
    {"invalid_grant", "interaction_required", "invalid_client", "unauthorized_client"}
)
# An access token closer than this to its expiry is refreshed (MSAL uses 5 minutes too).
EXPIRY_MARGIN_SECONDS = 300


def _reason(answer: dict[str, Any]) -> str:
    """``invalid_grant (AADSTS70008)``: the error and Entra's AADSTS code, when given."""
    code = str(answer.get("error") or "error")
    description = str(answer.get("error_description") or "")
    aadsts = description.split(":", 1)[0] if description.startswith("AADSTS") else ""
    return f"{code} ({aadsts})" if aadsts else code


class MicrosoftAccount(StoredAccount):
    """The Microsoft account of one home: its MSAL token cache, its state, its tokens.

    ``where`` is the token file's path, or the TokenStore that keeps the cache (see
    :class:`~assistant.account_files.StoredAccount`).
    """

    TOKEN_NAME = "microsoft-token.json"
    STATE_FILE = "microsoft-account.json"
    PROVIDER = "Microsoft"
    CONNECT = CONNECT_FIX
    CONNECT_FIRST = f"{CONNECT_FIX} --client-id YOUR-APP-ID"
    CONSENT_FIX = f"{CONNECT_FIX}, and accept every permission (an admin may have to approve)"
    FEATURES = FEATURES

    def __init__(
        self,
        where: Path | TokenStore,
        endpoints: Endpoints | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(where, clock)
        self.endpoints = endpoints or Endpoints()

    @classmethod
    def of(cls, app: App, endpoints: Endpoints | None = None) -> MicrosoftAccount:
        """The Microsoft account of ``app``: in ``app.tokens`` when set, else the home's file.

        ``endpoints`` defaults to :meth:`Endpoints.from_env` (stand-in servers in tests).
        """
        return cls(app.tokens or app.home.microsoft_token, endpoints or Endpoints.from_env())

    # --- what the state file knows ------------------------------------------------------

    @property
    def client_id(self) -> str:
        return str(self.state().extra.get("client_id") or "")

    @property
    def tenant(self) -> str:
        return str(self.state().extra.get("tenant") or DEFAULT_TENANT)

    @property
    def username(self) -> str:
        return str(self.state().extra.get("username") or "")

    @property
    def has_token(self) -> bool:
        return self.read_token() is not None and bool(self.client_id)

    # --- MSAL ---------------------------------------------------------------------------

    def load_cache(self) -> Any:
        """MSAL's ``SerializableTokenCache`` from the saved token (empty when there is none)."""
        import msal

        cache = msal.SerializableTokenCache()
        saved = self.read_token()
        try:
            if saved is not None:
                cache.deserialize(saved.decode("utf-8"))
        except ValueError as exc:
            raise AuthError(
                f"the Microsoft token {self.token_where} is damaged ({exc})", fix=CONNECT_FIX
            ) from None
        return cache

    def application(self, client_id: str, tenant: str, cache: Any) -> Any:
        """An MSAL ``PublicClientApplication`` for this app registration and authority.

        Building it asks the authority for its OpenID configuration (one request);
        a stand-in authority skips the instance discovery at Microsoft.
        Raises :class:`TransientError` when the authority cannot be reached.
        """
        import msal
        import requests

        try:
            return msal.PublicClientApplication(
                client_id,
                authority=self.endpoints.authority(tenant),
                token_cache=cache,
                instance_discovery=False if self.endpoints.stand_in else None,
            )
        except requests.RequestException as exc:
            raise TransientError(
                f"could not reach Microsoft's sign-in service ({type(exc).__name__}); will retry"
            ) from None
        except ValueError as exc:
            raise AuthError(
                f"Microsoft's sign-in service refused the authority: {exc}",
                fix=f"{CONNECT_FIX} --authority common (or your tenant id)",
            ) from None

    def scopes(self) -> list[str]:
        """The scopes to ask a refresh for: the granted ones (all, when none were recorded)."""
        granted = set(self.state().granted_scopes)
        return [s for s in SCOPES if not granted or s in granted]

    def access_token(self, force_refresh: bool = False) -> str:
        """A valid Graph access token: from the cache, or refreshed (and saved).

        The cache is read first without building MSAL's application, so a poll whose
        token is still valid makes no request to the sign-in service at all. Expiry is
        checked against the real clock, as MSAL itself does.

        Raises :class:`AuthError` (naming ``connect microsoft``) when the grant is gone,
        :class:`TransientError` when the sign-in service cannot be reached.
        """
        state = self.state()
        if state.disconnected_at is not None or not self.has_token:
            self.require(self.scopes()[0])
        cache = self.load_cache()
        home_id = str(state.extra.get("home_account_id") or "")
        if not force_refresh:
            cached = self._cached_token(cache, home_id)
            if cached:
                return cached
        import requests

        app = self.application(self.client_id, self.tenant, cache)
        accounts = app.get_accounts()
        account = next((a for a in accounts if a.get("home_account_id") == home_id), None)
        account = account or (accounts[0] if accounts else None)
        if account is None:
            self.mark_disconnected("the token file holds no account")
            raise AuthError("the saved Microsoft sign-in holds no account", fix=CONNECT_FIX)
        try:
            answer = app.acquire_token_silent_with_error(
                self.scopes(), account, force_refresh=force_refresh
            )
        except requests.RequestException as exc:
            raise TransientError(
                f"could not reach Microsoft to refresh the sign-in ({type(exc).__name__});"
                " will retry"
            ) from None
        if not answer:
            self.mark_disconnected("the token file holds no refresh token")
            raise AuthError("the saved Microsoft sign-in has no refresh token", fix=CONNECT_FIX)
        if "error" in answer:
            raise self.refresh_failed(answer)
        self.save_cache(cache)
        return str(answer["access_token"])

    def _cached_token(self, cache: Any, home_id: str) -> str | None:
        now = time.time()
        query = {"client_id": self.client_id}
        if home_id:
            query["home_account_id"] = home_id
        for entry in cache.search(
            cache.CredentialType.ACCESS_TOKEN, target=self.scopes(), query=query
        ):
            if int(entry.get("expires_on", 0)) - now > EXPIRY_MARGIN_SECONDS:
                return str(entry["secret"])
        return None

    def refresh_failed(self, answer: dict[str, Any]) -> AuthError | TransientError:
        """Turn MSAL's error answer into the error to raise; a dead grant disconnects."""
        code = str(answer.get("error") or "")
        if code in DEAD_GRANT_ERRORS:
            reason = _reason(answer)
            self.mark_disconnected(f"Microsoft answered {reason}")
            return AuthError(
                f"Microsoft no longer accepts the saved sign-in ({reason}): access was revoked,"
                " the password changed, or it went unused too long",
                fix=CONNECT_FIX,
            )
        if code in ("temporarily_unavailable", "server_error"):
            return TransientError(f"Microsoft could not refresh the sign-in ({code}); will retry")
        return AuthError(
            f"Microsoft refused to refresh the sign-in ({_reason(answer)})", fix=CONNECT_FIX
        )

    # --- saving -------------------------------------------------------------------------

    def save_cache(self, cache: Any) -> None:
        """Write the token cache back when MSAL changed it (a refresh may rotate tokens)."""
        if cache.has_state_changed:
            self.write_token(cache.serialize())
            state = self.state()
            state.last_refresh = self.clock()
            self._save_state(state)

    def save_connected(
        self, cache: Any, answer: dict[str, Any], client_id: str, tenant: str
    ) -> tuple[str, ...]:
        """Record a fresh connection: the cache, the client, the account, the granted scopes.

        Returns the granted scopes (short names, reserved ones left out).
        """
        self.write_token(cache.serialize())
        claims = answer.get("id_token_claims") or {}
        granted = granted_scopes(answer.get("scope"))
        now = self.clock()
        accounts = [a for a in cache.search(cache.CredentialType.ACCOUNT)]
        home_id = next((a.get("home_account_id") for a in accounts if a.get("home_account_id")), "")
        self._save_state(
            AccountState(
                granted_scopes=granted,
                connected_at=now,
                last_refresh=now,
                extra={
                    "client_id": client_id,
                    "tenant": tenant,
                    "username": claims.get("preferred_username") or claims.get("email") or "",
                    "home_account_id": home_id,
                },
            )
        )
        return granted
