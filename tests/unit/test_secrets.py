"""Where passwords come from: a named environment variable, else the system keyring."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.errors import AuthError, UsageError
from assistant.secrets import (
    SERVICE,
    Credential,
    forget_password,
    keyring_usable,
    password_for,
    save_password,
)
from tests import servers
from tests.servers import MemoryKeyring

memory_keyring = servers.memory_keyring

IMAP = Credential("alex@example.com", what="IMAP", section="mail.imap")


def test_the_keyring_holds_the_password_under_the_account(memory_keyring: MemoryKeyring) -> None:
    save_password("alex@example.com", "app-password")
    assert memory_keyring.passwords == {(SERVICE, "alex@example.com"): "app-password"}
    assert IMAP.password() == "app-password"
    assert keyring_usable()
    forget_password("alex@example.com")
    forget_password("alex@example.com")  # already gone: fine
    assert memory_keyring.passwords == {}


def test_a_missing_keyring_entry_names_the_connect_command(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(AuthError, match=r"no IMAP password for alex@example\.com") as caught:
        IMAP.password()
    assert caught.value.fix == "run `interview-assistant connect imap`"


def test_a_named_variable_wins_over_the_keyring(memory_keyring: MemoryKeyring) -> None:
    save_password("alex@example.com", "from-keyring")
    credential = Credential("alex@example.com", password_env="MAIL_PW")
    assert credential.password({"MAIL_PW": "from-env"}) == "from-env"


def test_an_unset_variable_says_which_one(memory_keyring: MemoryKeyring) -> None:
    save_password("alex@example.com", "from-keyring")  # never used silently instead
    credential = Credential("alex@example.com", password_env="MAIL_PW", section="mail.smtp")
    with pytest.raises(AuthError, match="MAIL_PW") as caught:
        password_for(credential, {})
    assert "MAIL_PW" in (caught.value.fix or "") and "[mail.smtp]" in (caught.value.fix or "")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the Secret Service is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the Secret Service is locked")


@pytest.fixture
def broken_keyring(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    import keyring

    broken = BrokenKeyring()
    monkeypatch.setattr(keyring, "get_password", broken.get_password)
    monkeypatch.setattr(keyring, "set_password", broken.set_password)
    yield broken


def test_a_broken_keyring_points_to_an_environment_variable(broken_keyring: Any) -> None:
    with pytest.raises(AuthError, match="keyring cannot be read") as caught:
        IMAP.password()
    assert "password_env" in (caught.value.fix or "")
    with pytest.raises(UsageError) as stored:
        save_password("alex@example.com", "x")
    assert "--password-env" in (stored.value.fix or "")


def test_no_login_name_means_connect_first() -> None:
    with pytest.raises(AuthError, match="no CalDAV login name"):
        Credential("", what="CalDAV", connect="interview-assistant connect caldav").password()
