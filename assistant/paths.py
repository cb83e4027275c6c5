"""Where the assistant keeps its files.

``INTERVIEW_ASSISTANT_HOME``, when set, holds everything: ``config.toml``, the
database, the Google token, the default mailbox and the logs. Otherwise the
platform's user directories are used (platformdirs), config apart from data.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "INTERVIEW_ASSISTANT_HOME"
APP_NAME = "interview-assistant"
# Operator mode (many accounts in one PostgreSQL database, ``assistant/operator/``) is
# on when this holds the database's URL; single-user commands only ever test it.
DATABASE_URL_ENV = "INTERVIEW_ASSISTANT_DATABASE_URL"


def operator_mode(environ: Mapping[str, str] | None = None) -> bool:
    """True when ``INTERVIEW_ASSISTANT_DATABASE_URL`` is set (to anything but blanks)."""
    env = os.environ if environ is None else environ
    return bool(env.get(DATABASE_URL_ENV, "").strip())


@dataclass(frozen=True)
class Home:
    """The folders of one installation. ``ensure()`` creates them."""

    config_dir: Path
    data_dir: Path

    @classmethod
    def from_env(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> Home:
        env = os.environ if environ is None else environ
        override = env.get(HOME_ENV)
        if override:
            root = Path(override).expanduser()
            return cls(config_dir=root, data_dir=root)
        import platformdirs  # only here: a set HOME is the common case in tests and CI

        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
        )

    @classmethod
    def at(cls, root: Path) -> Home:
        return cls(config_dir=root, data_dir=root)

    def ensure(self) -> Home:
        """Create the folders owner-only (0700) and keep an existing config.toml 0600.

        Raises :class:`~assistant.errors.UsageError` for a folder owned by another
        user or writable by others (see :mod:`assistant.private`).
        """
        from assistant.private import private_file, private_folder

        for folder in dict.fromkeys((self.config_dir, self.data_dir, self.log_dir)):
            private_folder(folder, "assistant's folder")
        if self.config_file.is_file():
            private_file(self.config_file)
        return self

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def database(self) -> Path:
        return self.data_dir / "state.db"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "tick.lock"

    @property
    def google_token(self) -> Path:
        return self.data_dir / "google-token.json"

    @property
    def microsoft_token(self) -> Path:
        return self.data_dir / "microsoft-token.json"

    @property
    def default_mailbox(self) -> Path:
        return self.data_dir / "mailbox"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"
