"""What ``doctor`` checks for mail servers and CalDAV: each login, for real.

:func:`mail_checks` returns nothing when neither SMTP, IMAP nor CalDAV is
configured. Each check connects and logs in (and for IMAP finds the Drafts and
Sent folders; for CalDAV reads the calendar's name), so a wrong password, a
missing keyring entry or an unverifiable certificate shows up here with its fix
instead of at the next send.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.errors import AssistantError
from assistant.ops.health import Check


def _check(name: str, probe: Callable[[], str]) -> Check:
    try:
        return Check(name, True, probe())
    except AssistantError as error:
        return Check(name, False, error.message, fix=error.fix)


def mail_checks(app: Any) -> list[Check]:
    """Login checks for the configured SMTP server, IMAP mailbox and CalDAV calendar."""
    checks: list[Check] = []
    backend = app.settings.mail.backend
    if backend in ("smtp", "imap+smtp"):
        checks.append(_check("SMTP login", lambda: _smtp(app)))
    if backend == "imap+smtp":
        checks.append(_check("IMAP mailbox", lambda: _imap(app)))
    elif backend == "smtp":
        checks.append(
            Check("drafts", True, f"drafts wait in the local Maildir {app.mailbox_path()}")
        )
    if app.settings.caldav.url:
        checks.append(_check("CalDAV calendar", lambda: _caldav(app)))
    return checks


def _smtp(app: Any) -> str:
    from assistant.mail.smtp import SmtpTransport, smtp_endpoint

    endpoint = smtp_endpoint(app)
    SmtpTransport(endpoint).check_login()
    who = f" as {endpoint.username}" if endpoint.username else " (no login)"
    return f"{endpoint.name} ({endpoint.security}) accepted the login{who}"


def _imap(app: Any) -> str:
    from assistant.mail.imap import DRAFTS, SENT, imap_client

    client = imap_client(app)
    try:
        drafts, sent = client.folder(DRAFTS), client.folder(SENT)
    finally:
        client.close()
    return f"{client.endpoint.name}: drafts go to {drafts!r}, sent copies to {sent!r}"


def _caldav(app: Any) -> str:
    from assistant.sources.caldav import from_app

    [source] = from_app(app)
    name = source.check()
    return f"{name or 'the calendar'} at {source.url}"
