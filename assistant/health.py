"""Health checks that ``doctor`` runs and ``status`` summarises.

Each area contributes checks as plain :class:`Check` values, so ``doctor`` does not
need to know how Google tokens or IMAP logins work; it only prints and counts them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    """One thing that was checked: what, whether it is fine, and how to fix it if not."""

    name: str
    ok: bool
    detail: str = ""
    fix: str | None = None
    warning: bool = False  # shown, but does not make doctor fail
