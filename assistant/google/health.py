"""What ``doctor`` and ``status`` say about the Google account.

Read from the two files in the data folder only: no Google library is imported and
no request is made, so the checks are instant and work offline.

About Testing mode: an OAuth app left in "Testing" status on its consent screen
gets refresh tokens that die 7 days after consent. Google does not say which mode
an app is in, so the account's own history answers it: a token still refreshing
more than 7 days after connecting proves the app is published; before that, the
date it would die is shown as a warning.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from assistant.dates import format_moment
from assistant.google import CONNECT_FIX, GMAIL_COMPOSE, scopes_for
from assistant.google.auth import GoogleAccount
from assistant.ops.health import Check, account_state_check, scopes_check

TESTING_TOKEN_LIFETIME = timedelta(days=7)


def _uses_google(app: Any) -> bool:
    return bool(app.settings.calendar.google) or app.settings.mail.backend == "gmail"


def _age(delta: timedelta) -> str:
    days = delta.days
    if days >= 1:
        return f"{days} day{'s' if days != 1 else ''}"
    hours = int(delta.total_seconds() // 3600)
    return f"{hours} hour{'s' if hours != 1 else ''}"


def google_checks(app: Any, now: datetime | None = None) -> list[Check]:
    """Checks for the Google account; none when Google is neither configured nor connected."""
    account = GoogleAccount.of(app)
    if not _uses_google(app) and not account.has_token:
        return []
    now = now or datetime.now(UTC)
    failed = account_state_check(account)
    if failed is not None:
        return [failed]
    state = account.state()
    checks = [Check("Google account", True, f"connected ({account.token_where})")]
    checks.append(scopes_check(account, state.granted_scopes, needed_scopes(app)))
    if state.connected_at is not None:
        connected = format_moment(state.connected_at, UTC, year=True, clock=False)
        detail = f"connected {_age(now - state.connected_at)} ago ({connected})"
        if state.last_refresh is not None:
            refreshed = format_moment(state.last_refresh, UTC, year=True, zone=True)
            detail += f"; last refreshed {refreshed}"
        checks.append(Check("Google token age", True, detail))
        checks.append(
            _testing_check(
                state.connected_at, state.last_refresh, state.refresh_token_expires_at, now
            )
        )
    return checks


def needed_scopes(app: Any) -> list[str]:
    """The scopes the configuration makes use of (connecting asks for all of them)."""
    calendars = app.settings.calendar.google
    needed = [s for s in scopes_for(calendars) if s != GMAIL_COMPOSE] if calendars else []
    if app.settings.mail.backend == "gmail":
        needed.append(GMAIL_COMPOSE)
    return needed


def _testing_check(
    connected_at: datetime,
    last_refresh: datetime | None,
    expires_at: datetime | None,
    now: datetime,
) -> Check:
    name = "Google app publishing status"
    if expires_at is not None:
        return Check(
            name,
            expires_at > now,
            f"Google said this sign-in ends on {_day(expires_at)}",
            fix="publish the OAuth app (Google Cloud Console → OAuth consent screen), then "
            + CONNECT_FIX,
            warning=expires_at > now,
        )
    if last_refresh is not None and last_refresh - connected_at > TESTING_TOKEN_LIFETIME:
        return Check(name, True, "the sign-in outlived 7 days: the OAuth app is published")
    dies = connected_at + TESTING_TOKEN_LIFETIME
    return Check(
        name,
        True,
        f"if the OAuth app is still in Testing, Google ends this sign-in on {_day(dies)}"
        " (7 days after connecting)",
        fix="publish the app for your own use (OAuth consent screen → Publish app), or run "
        f"`{CONNECT_FIX}` again each week",
        warning=True,
    )


def _day(moment: datetime) -> str:
    """The day of a moment Google gives in UTC, in the current locale (``Dec 8, 2026``)."""
    return format_moment(moment, UTC, weekday=False, year=True, clock=False)
