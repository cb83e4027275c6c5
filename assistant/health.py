"""Health checks that ``doctor`` runs and ``status`` summarises.

Each area contributes checks as plain :class:`Check` values, so ``doctor`` does not
need to know how Google tokens or IMAP logins work; it only prints and counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Check:
    """One thing that was checked: what, whether it is fine, and how to fix it if not."""

    name: str
    ok: bool
    detail: str = ""
    fix: str | None = None
    warning: bool = False  # shown, but does not make doctor fail


def account_state_check(account: Any) -> Check | None:
    """The failing check for an account (a ``StoredAccount``) that has no saved sign-in,
    or that its provider refused; None when it is connected.

    Read from the account's files only: no provider library, no request.
    """
    name = f"{account.PROVIDER} account"
    if not account.has_token:
        return Check(
            name,
            False,
            f"config.toml uses {account.PROVIDER}, but no account is connected",
            fix=account.CONNECT_FIRST,
        )
    state = account.state()
    if state.disconnected_at is not None:
        return Check(
            name,
            False,
            f"disconnected on {state.disconnected_at:%Y-%m-%d %H:%M} UTC:"
            f" {state.disconnected_reason}",
            fix=account.CONNECT,
        )
    return None
