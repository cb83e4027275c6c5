"""How a deployment is configured: two environment variables, so it runs in containers.

- ``INTERVIEW_ASSISTANT_DATABASE_URL``: the libpq URL of the deployment's PostgreSQL
  (``postgresql://ia@db.internal/ia``). Setting it is what turns operator mode on.
- ``INTERVIEW_ASSISTANT_TOKEN_KEYS``: one or more Fernet keys, comma-separated, newest
  first (encrypt with the first, decrypt with any: cryptography's MultiFernet), for the
  tokens kept in ``account_secrets``.

Per-account scratch files (the "local" mail backend's Maildir, the page address) live
under ``accounts/<id>/`` of the assistant's data folder (``INTERVIEW_ASSISTANT_HOME``,
else platformdirs' user data dir). Nothing here imports psycopg or cryptography.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.errors import UsageError
from assistant.paths import DATABASE_URL_ENV, Home, operator_mode

__all__ = ["DATABASE_URL_ENV", "TOKEN_KEYS_ENV", "OperatorSettings", "operator_mode"]

TOKEN_KEYS_ENV = "INTERVIEW_ASSISTANT_TOKEN_KEYS"
MAKE_KEY = (
    'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)
# A Fernet key is 32 bytes in URL-safe base64 (cryptography's Fernet spec).
FERNET_KEY_BYTES = 32


@dataclass(frozen=True)
class OperatorSettings:
    """The environment of a deployment, read by :meth:`from_env`."""

    database_url: str
    #: The Fernet keys, newest first; empty when the variable is unset (only the
    #: commands that read or write tokens need it: see :meth:`require_token_keys`).
    token_keys: tuple[str, ...]
    #: The folder holding ``accounts/<id>/`` scratch folders.
    home: Home

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> OperatorSettings:
        """Read the two variables. Raises UsageError, naming the variable and the fix,
        when the database URL is missing or a token key is not a Fernet key."""
        env = os.environ if environ is None else environ
        url = env.get(DATABASE_URL_ENV, "").strip()
        if not url:
            raise UsageError(
                f"{DATABASE_URL_ENV} is not set, so there is no deployment to work on",
                fix=f"set {DATABASE_URL_ENV} to the PostgreSQL URL of the deployment, "
                "e.g. postgresql://ia@localhost/ia (see docs/operator.md)",
            )
        keys = tuple(k.strip() for k in env.get(TOKEN_KEYS_ENV, "").split(",") if k.strip())
        for number, key in enumerate(keys, 1):
            _check_fernet_key(key, number)
        return cls(url, keys, Home.from_env(dict(env)))

    def require_token_keys(self) -> tuple[str, ...]:
        """The token keys; UsageError naming the variable and how to make a key if unset."""
        if not self.token_keys:
            raise UsageError(
                f"{TOKEN_KEYS_ENV} is not set, so tokens cannot be encrypted or read",
                fix=f"set {TOKEN_KEYS_ENV} to the same keys as the deployment's other machines"
                f" (a new deployment only: make one with  {MAKE_KEY}; a new key cannot read"
                " tokens stored with the old ones)",
            )
        return self.token_keys

    def account_home(self, account_id: str) -> Home:
        """The scratch folder of ``account_id`` (created by ``Home.ensure``)."""
        return Home.at(self.home.data_dir / "accounts" / account_id)


def _check_fernet_key(key: str, number: int) -> None:
    try:
        # validate=True: a character outside the alphabet is an error, not skipped.
        raw = base64.b64decode(key.encode("ascii"), altchars=b"-_", validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != FERNET_KEY_BYTES:
        raise UsageError(
            f"key {number} in {TOKEN_KEYS_ENV} is not a Fernet key "
            f"({FERNET_KEY_BYTES} bytes in URL-safe base64)",
            fix=f"make one with  {MAKE_KEY}",
        )
