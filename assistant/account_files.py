"""What every connected account keeps: a private token and a state, in a TokenStore.

Google (``assistant/google/auth.py``) and Microsoft (``assistant/microsoft/auth.py``)
both keep two secrets: the token, in the format of the provider's own library, and a
small JSON state that the token cannot carry (the scopes really granted, when the
account was connected and refreshed, and whether the provider has since refused it).
Refused means "disconnected": every call then fails at once, without asking the
provider again, with one message naming the ``connect`` command. That keeps a daemon
or a cron job from hammering a token endpoint, or crashing, after access was revoked.

Where the two secrets live is a :class:`TokenStore`. A single user's are files in the
data folder, written atomically with mode 0600 (:class:`FileTokenStore`, named
``google-token.json`` and so on); a deployment serving many job seekers keeps them
encrypted in its database (``assistant/operator/vault.py``), chosen by ``App.tokens``.

Nothing here imports a provider library.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from assistant.errors import AuthError
from assistant.private import write_private

PRIVATE_MODE = 0o600

__all__ = [
    "PRIVATE_MODE",
    "AccountState",
    "Clock",
    "FileTokenStore",
    "StoredAccount",
    "TokenStore",
    "write_private",
]

Clock = Callable[[], datetime]


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class TokenStore(Protocol):
    """Where an account's secrets live: named byte strings, read and written whole.

    Names are file names (``google-token.json``, ``google-account.json``); the bytes
    are what the provider's library serialises (UTF-8 JSON), opaque to the store.
    """

    def read(self, name: str) -> bytes | None:
        """The secret called ``name``; None when there is none.

        Raises :class:`~assistant.errors.AuthError` when it is there but cannot be read
        back (a key that does not fit, for an encrypting store).
        """
        ...

    def write(self, name: str, data: bytes) -> None:
        """Replace (or create) the secret called ``name`` with ``data``, atomically."""
        ...

    def delete(self, name: str) -> None:
        """Remove the secret called ``name``; nothing happens when there is none."""
        ...

    def describe(self, name: str) -> str:
        """Where ``name`` is kept, for messages: a path, or a database row's owner."""
        ...


class FileTokenStore:
    """Secrets as files of one folder, each written atomically with mode 0600.

    The single-user layout: ``<data folder>/google-token.json`` and its siblings.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, name: str) -> Path:
        """The file that holds the secret ``name``."""
        return self.folder / name

    def read(self, name: str) -> bytes | None:
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            return None

    def write(self, name: str, data: bytes) -> None:
        write_private(self.path(name), data)

    def delete(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    def describe(self, name: str) -> str:
        return str(self.path(name))


@dataclass
class AccountState:
    """What the state file remembers beside the token.

    ``extra`` keeps provider-specific keys (Microsoft's client id and authority, for
    example) and anything a newer version wrote, so saving never drops them.
    """

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


class StoredAccount:
    """An account: its token beside its state, both kept in a :class:`TokenStore`.

    Subclasses name the token and state (``TOKEN_NAME``, ``STATE_FILE``), the provider
    and its commands, and add the provider's credentials; this class owns the state,
    the disconnected mark and the checks every call makes before it goes out.

    ``where`` is a token file's path (the single-user layout: its folder becomes a
    :class:`FileTokenStore`, the file's own name the token's) or any TokenStore, in
    which the token is called ``TOKEN_NAME``.
    """

    TOKEN_NAME = "token.json"
    STATE_FILE = "account.json"
    PROVIDER = "the provider"
    CONNECT = "interview-assistant connect"  # the command that (re)connects
    CONNECT_FIRST = CONNECT  # the same, with what a first connection needs
    CONSENT_FIX = CONNECT  # what to do when a permission was left out
    FEATURES: ClassVar[dict[str, str]] = {}  # scope → what the user loses without it

    def __init__(self, where: Path | TokenStore, clock: Clock | None = None) -> None:
        if isinstance(where, (str, Path)):
            self.tokens: TokenStore = FileTokenStore(Path(where).parent)
            self.token_name = Path(where).name
        else:
            self.tokens, self.token_name = where, self.TOKEN_NAME
        self.clock: Clock = clock or (lambda: datetime.now(UTC))

    def _file(self, name: str) -> Path:
        if not isinstance(self.tokens, FileTokenStore):
            raise TypeError(f"{name} is kept in {self.tokens.describe(name)}, not in a file")
        return self.tokens.path(name)

    @property
    def token_path(self) -> Path:
        """The token file (only for accounts kept in files)."""
        return self._file(self.token_name)

    @property
    def state_path(self) -> Path:
        """The state file (only for accounts kept in files)."""
        return self._file(self.STATE_FILE)

    @property
    def token_where(self) -> str:
        """Where the token is kept, for messages."""
        return self.tokens.describe(self.token_name)

    def read_token(self) -> bytes | None:
        """The saved token as the provider's library wrote it; None when there is none."""
        return self.tokens.read(self.token_name)

    def write_token(self, data: str) -> None:
        """Save the token (the provider library's serialised text) over the old one."""
        self.tokens.write(self.token_name, data.encode("utf-8"))

    def state(self) -> AccountState:
        """The saved state; an empty one when there is none or it is unreadable."""
        try:
            data = self.tokens.read(self.STATE_FILE)
            return AccountState.from_dict(json.loads(data)) if data else AccountState()
        except ValueError:
            return AccountState()

    def _save_state(self, state: AccountState) -> None:
        self.tokens.write(self.STATE_FILE, state.to_json().encode("utf-8"))

    @property
    def saved(self) -> bool:
        """Whether anything of this account is kept (a token or a state)."""
        return any(self.tokens.read(n) is not None for n in (self.token_name, self.STATE_FILE))

    @property
    def connected(self) -> bool:
        """A token is saved and the provider has not refused it."""
        return self.read_token() is not None and self.state().disconnected_at is None

    def granted(self, scope: str) -> bool:
        """Whether ``scope`` was granted (files without granted scopes trust the request)."""
        state = self.state()
        return not state.granted_scopes or scope in state.granted_scopes

    @property
    def has_token(self) -> bool:
        """Whether a sign-in is saved at all (a subclass may need more than the token)."""
        return self.read_token() is not None

    @staticmethod
    def scope_name(scope: str) -> str:
        """How a scope is shown to the user."""
        return scope

    def require(self, scope: str) -> None:
        """Fail fast, without any HTTP, when ``scope`` cannot be used right now.

        Raises :class:`~assistant.errors.AuthError` naming the connect command when no
        account is connected, the provider refused it, or ``scope`` was not granted.
        """
        if not self.has_token:
            raise AuthError(f"no {self.PROVIDER} account is connected", fix=self.CONNECT_FIRST)
        state = self.state()
        if state.disconnected_at is not None:
            # ISO 8601 UTC: this error is logged and kept with the pass's problems as it
            # is raised, far from the user's locale; `doctor` words the same state in it.
            raise AuthError(
                f"the {self.PROVIDER} account is disconnected since"
                f" {state.disconnected_at:%Y-%m-%d %H:%M} UTC ({state.disconnected_reason})",
                fix=self.CONNECT,
            )
        if not self.granted(scope):
            name = self.scope_name(scope)
            raise AuthError(
                f"{self.FEATURES.get(scope, name)}: access to {name} was not granted when"
                " connecting",
                fix=self.CONSENT_FIX,
            )

    def mark_disconnected(self, reason: str) -> None:
        """Remember that the provider refused the grant: no more calls until reconnected."""
        state = self.state()
        state.disconnected_at = self.clock()
        state.disconnected_reason = reason
        self._save_state(state)
        self._drop_credentials()

    def _drop_credentials(self) -> None:
        """Forget credentials held in memory (subclasses that hold any override this)."""

    def forget(self) -> None:
        """Delete the token and the state."""
        for name in (self.token_name, self.STATE_FILE):
            self.tokens.delete(name)
        self._drop_credentials()
