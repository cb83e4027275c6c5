"""Health checks that ``doctor`` runs and ``status`` summarises.

Each area contributes checks as plain :class:`Check` values, so ``doctor`` does not
need to know how Google tokens or IMAP logins work; it only prints and counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from assistant.dates import format_moment


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

    Read from the account's files only: no provider library, no request. Its time is
    written in the current locale (``doctor`` sets the user's English).
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
            f"disconnected on {format_moment(state.disconnected_at, UTC, year=True, zone=True)}:"
            f" {state.disconnected_reason}",
            fix=account.CONNECT,
        )
    return None


def scopes_check(account: Any, granted: tuple[str, ...], needed: list[str]) -> Check:
    """Whether ``account`` was granted the ``needed`` scopes; names each feature that is
    off for lack of one, and how to grant it (``account.CONSENT_FIX``)."""
    name = f"{account.PROVIDER} scopes"
    if not granted:
        return Check(name, True, "granted scopes were not recorded", warning=True)
    shown = ", ".join(account.scope_name(s) for s in granted)
    missing = [s for s in needed if s not in granted]
    if missing:
        off = "; ".join(f"{account.FEATURES[s]} is off" for s in missing)
        return Check(name, False, f"granted: {shown}. {off}", fix=account.CONSENT_FIX)
    return Check(name, True, f"granted: {shown}")
