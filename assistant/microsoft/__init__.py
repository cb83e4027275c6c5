"""Microsoft: the MSAL connection, the Graph transport, and what both agree on.

::

    auth.py       the account: MSAL token cache file and state, silent refresh, forget
    consent.py    connecting: the loopback auth-code flow with PKCE, the device-code flow
    transport.py  requests-based Graph HTTP: retries, Retry-After, paging, errors
    health.py     checks for ``doctor``

The adapters that use them live beside their kin: ``assistant/sources/graph.py``
(the calendar) and ``assistant/mail/graph.py`` (drafts and sending). Nothing here
imports ``msal`` at import time, so commands that never talk to Microsoft stay fast.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

# Least-privilege delegated Graph permissions (Microsoft Graph permissions reference).
CALENDARS_READ = "Calendars.Read"  # read the calendar (calendarView delta)
MAIL_READWRITE = "Mail.ReadWrite"  # create and update drafts, find them again after a crash
MAIL_SEND = "Mail.Send"  # send a draft the user approved
USER_READ = "User.Read"  # who is signed in (doctor's reachability check)
# offline_access (a refresh token), openid and profile are added by MSAL itself, which
# refuses them in the list; the authorization request asks for them all the same.
SCOPES = (CALENDARS_READ, MAIL_READWRITE, MAIL_SEND, USER_READ)
RESERVED_SCOPES = frozenset({"openid", "profile", "offline_access", "email"})

# What the user loses when the grant lacks a scope.
FEATURES = {
    CALENDARS_READ: "the Outlook calendar (interviews are not read from Microsoft)",
    MAIL_READWRITE: "Outlook drafts (drafts cannot be made in Outlook)",
    MAIL_SEND: "sending through Outlook (approved drafts cannot be sent)",
    USER_READ: "the account's name (doctor cannot say who is signed in)",
}

GRAPH_ROOT_ENV = "INTERVIEW_ASSISTANT_GRAPH_ROOT"
AUTHORITY_ENV = "INTERVIEW_ASSISTANT_MS_AUTHORITY"

GRAPH_ROOT = "https://graph.microsoft.com/v1.0/"
AUTHORITY_HOST = "https://login.microsoftonline.com"
DEFAULT_TENANT = "common"  # personal and work or school accounts alike

CONNECT_FIX = "interview-assistant connect microsoft"


def short_scope(scope: str) -> str:
    """``https://graph.microsoft.com/Mail.Send`` → ``Mail.Send`` (Entra may answer either)."""
    return scope.rsplit("/", 1)[-1]


def granted_scopes(answer: str | None) -> tuple[str, ...]:
    """The Graph scopes in a token answer's ``scope`` string, without the reserved ones."""
    found = (short_scope(s) for s in (answer or "").split())
    return tuple(s for s in found if s and s not in RESERVED_SCOPES)


@dataclass(frozen=True)
class Endpoints:
    """Where Microsoft is: the real servers, or a stand-in named by environment variables.

    ``graph_root`` replaces ``https://graph.microsoft.com/v1.0/`` (request paths stay
    ``me/…``). ``authority_host`` replaces ``https://login.microsoftonline.com``; MSAL
    requires https and then skips its instance discovery, since a stand-in is not one
    of Microsoft's known hosts.
    """

    graph_root: str = GRAPH_ROOT
    authority_host: str = AUTHORITY_HOST

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Endpoints:
        env = os.environ if environ is None else environ
        root = env.get(GRAPH_ROOT_ENV, "").strip()
        host = env.get(AUTHORITY_ENV, "").strip()
        return cls(
            graph_root=(root.rstrip("/") + "/") if root else GRAPH_ROOT,
            authority_host=host.rstrip("/") if host else AUTHORITY_HOST,
        )

    @property
    def stand_in(self) -> bool:
        """True when the authority is not Microsoft's own (no instance discovery then)."""
        return self.authority_host != AUTHORITY_HOST

    def authority(self, tenant: str) -> str:
        """The authority URL for ``tenant``: ``common``, ``consumers``, ``organizations``,
        a tenant id or domain, or a whole https URL (kept as it is)."""
        if tenant.startswith("https://"):
            return tenant.rstrip("/")
        return f"{self.authority_host}/{tenant.strip('/') or DEFAULT_TENANT}"
