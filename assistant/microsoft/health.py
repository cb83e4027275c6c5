"""What ``doctor`` says about the Microsoft account: the token, the scopes, reachability.

The token and scopes come from the two files in the data folder; reachability is
one real request, ``GET /me`` (``User.Read``), which also refreshes the sign-in if
it is due. An expired or revoked grant is one line naming ``connect microsoft``.
"""

from __future__ import annotations

from typing import Any

from assistant.errors import AssistantError, AuthError
from assistant.microsoft import CALENDARS_READ, CONNECT_FIX, MAIL_READWRITE, MAIL_SEND
from assistant.ops.health import Check, account_state_check, scopes_check


def uses_microsoft(app: Any) -> bool:
    """Whether config.toml reads the Outlook calendar or drafts through Graph."""
    return bool(app.settings.calendar.microsoft) or app.settings.mail.backend == "graph"


def needed_scopes(app: Any) -> list[str]:
    """The scopes the configuration makes use of (connecting asks for all of them)."""
    needed = [CALENDARS_READ] if app.settings.calendar.microsoft else []
    if app.settings.mail.backend == "graph":
        needed += [MAIL_READWRITE, MAIL_SEND]
    return needed


def microsoft_checks(app: Any, api: Any = None) -> list[Check]:
    """Checks for the Microsoft account; none when Microsoft is neither configured nor
    connected. ``api`` (a ``GraphApi``) is built from the home when not given."""
    from assistant.microsoft.auth import MicrosoftAccount

    account = api.account if api is not None else MicrosoftAccount.of(app)
    if not uses_microsoft(app) and account.read_token() is None:
        return []
    failed = account_state_check(account)
    if failed is not None:
        return [failed]
    state = account.state()
    who = account.username or "an account"
    checks = [
        Check("Microsoft account", True, f"{who} via app {account.client_id} ({account.tenant})")
    ]
    checks.append(scopes_check(account, state.granted_scopes, needed_scopes(app)))
    checks.append(_reach(app, api, account))
    return checks


def _reach(app: Any, api: Any, account: Any) -> Check:
    from assistant.microsoft.transport import GraphApi, GraphError

    name = "Microsoft Graph"
    api = api or GraphApi(account)
    try:
        me = api.request("GET", "me", params={"$select": "userPrincipalName,mail"})
    except AuthError as error:
        return Check(name, False, error.message, fix=error.fix)
    except AssistantError as error:
        return Check(name, False, error.message, fix=error.fix or "try again later", warning=True)
    except GraphError as exc:
        fix = CONNECT_FIX if exc.status in (401, 403) else "try again later"
        return Check(name, False, f"Microsoft Graph answered {exc.short}", fix=fix)
    who = me.get("mail") or me.get("userPrincipalName") or "the account"
    return Check(name, True, f"reachable; signed in as {who}")
