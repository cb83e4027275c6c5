"""Passwords for mail and calendar servers, which never live in ``config.toml``.

A password comes from one of two places:

* an environment variable, when the config names one (``password_env``) — for
  servers, containers and systemd units that have no keyring;
* otherwise the system keyring (the ``keyring`` library: macOS Keychain, Windows
  Credential Locker, Secret Service on Linux), under the service name
  ``interview-assistant`` and the account's login name. ``connect imap`` and
  ``connect caldav`` put it there.

When neither has it, :func:`password_for` raises an :class:`~assistant.errors.AuthError`
naming the command (or variable) that fixes it. Passwords are never logged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.errors import AuthError, UsageError

SERVICE = "interview-assistant"


@dataclass(frozen=True)
class Credential:
    """Where one server's password is found.

    ``what`` names the server in messages ("SMTP", "IMAP", "CalDAV"); ``section``
    is its config table and ``connect`` the command that stores a new password.
    """

    account: str
    password_env: str = ""
    what: str = "IMAP"
    section: str = "mail.imap"
    connect: str = "interview-assistant connect imap"

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password, looked up now (so a new one is picked up without a restart)."""
        return password_for(self, environ)

    def lookup(self) -> Callable[[], str]:
        """A function that looks the password up when called, for adapters that log in late."""
        return lambda: password_for(self)


def password_for(credential: Credential, environ: Mapping[str, str] | None = None) -> str:
    """Find the password for ``credential``, or raise AuthError naming the fix."""
    env = os.environ if environ is None else environ
    if credential.password_env:
        from_env = env.get(credential.password_env, "")
        if not from_env:
            raise AuthError(
                f"the {credential.what} password should be in the environment variable"
                f" {credential.password_env}, which is not set",
                fix=f"set {credential.password_env}, or remove password_env from"
                f" [{credential.section}] and run `{credential.connect}`",
            )
        return from_env
    if not credential.account:
        raise AuthError(
            f"no {credential.what} login name is configured",
            fix=f"run `{credential.connect}`",
        )
    try:
        import keyring

        value = keyring.get_password(SERVICE, credential.account)
    except Exception as exc:  # no backend, a locked or broken keyring, D-Bus errors…
        raise AuthError(
            f"the system keyring cannot be read ({type(exc).__name__})",
            fix=f"set password_env in [{credential.section}] and put the password in that"
            " environment variable",
        ) from None
    if not value:
        raise AuthError(
            f"no {credential.what} password for {credential.account} in the system keyring",
            fix=f"run `{credential.connect}`",
        )
    return str(value)


def keyring_usable() -> bool:
    """Whether a real keyring backend is available (not the "fail" or "null" ones)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def save_password(account: str, password: str) -> None:
    """Store ``password`` for ``account`` in the system keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, account, password)
    except Exception as exc:
        raise UsageError(
            f"the password could not be stored in the system keyring ({type(exc).__name__})",
            fix="use --password-env NAME to keep it in an environment variable instead",
        ) from None


def forget_password(account: str) -> None:
    """Remove the stored password of ``account``; nothing stored is not an error."""
    try:
        import keyring

        keyring.delete_password(SERVICE, account)
    except Exception:
        pass
