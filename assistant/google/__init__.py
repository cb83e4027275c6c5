"""Google: the OAuth connection, the HTTP transport, and what both need to agree on.

::

    auth.py       the account: token file and state, refresh, invalid_grant, revoke
    consent.py    connecting: the loopback consent flow, client file checks
    transport.py  the HTTP object googleapiclient calls: retries, errors, services
    health.py     checks for ``doctor`` and ``status``

The adapters that use them live beside their kin: ``assistant/sources/google.py``
(Calendar) and ``assistant/mail/gmail.py`` (Gmail). Nothing here imports a Google
library at import time, so commands that never talk to Google stay fast.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CALENDAR_EVENTS = "https://www.googleapis.com/auth/calendar.events.readonly"
CALENDAR_LIST = "https://www.googleapis.com/auth/calendar.calendarlist.readonly"
GMAIL_COMPOSE = "https://www.googleapis.com/auth/gmail.compose"

# What the user loses when they untick a scope on the consent screen.
FEATURES = {
    CALENDAR_EVENTS: "Google Calendar (interviews are not read from Google)",
    GMAIL_COMPOSE: "Gmail (briefings and drafts cannot go through Gmail)",
    CALENDAR_LIST: "calendar names (other calendars are shown by their id)",
}

API_ROOT_ENV = "INTERVIEW_ASSISTANT_GOOGLE_API_ROOT"
TOKEN_URI_ENV = "INTERVIEW_ASSISTANT_GOOGLE_TOKEN_URI"

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"

CONNECT_FIX = "interview-assistant connect google"


def scopes_for(calendars: Sequence[str]) -> list[str]:
    """The scopes to ask for, always as a list (a string breaks refresh).

    Least privilege: calendar events read-only and Gmail compose; reading the
    calendar list only when calendars other than the primary one are configured.
    """
    scopes = [CALENDAR_EVENTS, GMAIL_COMPOSE]
    if any(calendar != "primary" for calendar in calendars):
        scopes.append(CALENDAR_LIST)
    return scopes


def short_scope(scope: str) -> str:
    """``https://www.googleapis.com/auth/gmail.compose`` → ``gmail.compose``."""
    return scope.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Endpoints:
    """Where Google is: the real servers, or an emulator or proxy named by env vars.

    ``api_root`` replaces ``https://www.googleapis.com/`` and
    ``https://gmail.googleapis.com/`` alike; request paths stay as on Google
    (``calendar/v3/…``, ``gmail/v1/…``). ``token_uri`` replaces the token endpoint,
    for the connect flow and for tokens loaded from the file.
    """

    api_root: str | None = None
    token_uri: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Endpoints:
        env = os.environ if environ is None else environ
        root = env.get(API_ROOT_ENV, "").strip()
        token = env.get(TOKEN_URI_ENV, "").strip()
        return cls(api_root=(root.rstrip("/") + "/") if root else None, token_uri=token or None)

    @property
    def revoke_uri(self) -> str:
        """The revocation endpoint: beside an overridden token endpoint, else Google's."""
        if self.token_uri:
            return self.token_uri.rsplit("/", 1)[0] + "/revoke"
        return GOOGLE_REVOKE_URI
