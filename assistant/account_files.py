"""What every connected account keeps on disk: a private token file and a state file.

Google (``assistant/google/auth.py``) and Microsoft (``assistant/microsoft/auth.py``)
both keep two files in the data folder, written atomically with mode 0600: the
token, in the format of the provider's own library, and a small JSON state that
the token cannot carry (the scopes really granted, when the account was connected
and refreshed, and whether the provider has since refused it). Refused means
"disconnected": every call then fails at once, without asking the provider again,
with one message naming the ``connect`` command. That keeps a daemon or a cron
job from hammering a token endpoint, or crashing, after access was revoked.

Nothing here imports a provider library.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from assistant.errors import AuthError
from assistant.private import write_private

PRIVATE_MODE = 0o600

__all__ = ["PRIVATE_MODE", "AccountState", "Clock", "StoredAccount", "write_private"]

Clock = Callable[[], datetime]


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


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
    """An account of one home: its token file beside its state file.

    Subclasses name the state file (``STATE_FILE``), the provider and its commands,
    and add the provider's credentials; this class owns the state, the disconnected
    mark and the checks every call makes before it goes out.
    """

    STATE_FILE = "account.json"
    PROVIDER = "the provider"
    CONNECT = "interview-assistant connect"  # the command that (re)connects
    CONNECT_FIRST = CONNECT  # the same, with what a first connection needs
    CONSENT_FIX = CONNECT  # what to do when a permission was left out
    FEATURES: ClassVar[dict[str, str]] = {}  # scope → what the user loses without it

    def __init__(self, token_path: Path, clock: Clock | None = None) -> None:
        self.token_path = Path(token_path)
        self.clock: Clock = clock or (lambda: datetime.now(UTC))

    @property
    def state_path(self) -> Path:
        return self.token_path.with_name(self.STATE_FILE)

    def state(self) -> AccountState:
        """The state on file; an empty one when there is none or it is unreadable."""
        try:
            return AccountState.from_dict(json.loads(self.state_path.read_text("utf-8")))
        except (FileNotFoundError, ValueError):
            return AccountState()

    def _save_state(self, state: AccountState) -> None:
        write_private(self.state_path, state.to_json())

    @property
    def connected(self) -> bool:
        """A token is on file and the provider has not refused it."""
        return self.token_path.exists() and self.state().disconnected_at is None

    def granted(self, scope: str) -> bool:
        """Whether ``scope`` was granted (files without granted scopes trust the request)."""
        state = self.state()
        return not state.granted_scopes or scope in state.granted_scopes

    @property
    def has_token(self) -> bool:
        """Whether a sign-in is saved at all (a subclass may need more than the file)."""
        return self.token_path.exists()

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
        """Delete the token and state files."""
        for path in (self.token_path, self.state_path):
            path.unlink(missing_ok=True)
        self._drop_credentials()
