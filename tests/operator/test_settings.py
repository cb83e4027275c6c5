"""The deployment's environment: two variables, each missing or malformed one named."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UsageError
from assistant.operator.settings import (
    DATABASE_URL_ENV,
    MAKE_KEY,
    TOKEN_KEYS_ENV,
    OperatorSettings,
    operator_mode,
)

KEY_A = "A" * 43 + "="
KEY_B = "B" * 43 + "="
URL = "postgresql://ia@db.internal/ia"


def test_operator_mode_is_the_database_url_being_set() -> None:
    assert operator_mode({DATABASE_URL_ENV: URL})
    assert not operator_mode({DATABASE_URL_ENV: "  "})
    assert not operator_mode({})


def test_the_variables_are_read_with_keys_newest_first(tmp_path: Path) -> None:
    env = {
        DATABASE_URL_ENV: f" {URL} ",
        TOKEN_KEYS_ENV: f"{KEY_A}, {KEY_B},",
        "INTERVIEW_ASSISTANT_HOME": str(tmp_path),
    }
    settings = OperatorSettings.from_env(env)
    assert settings.database_url == URL
    assert settings.require_token_keys() == (KEY_A, KEY_B)
    assert settings.account_home("ana").data_dir == tmp_path / "accounts" / "ana"


def test_no_database_url_names_the_variable() -> None:
    with pytest.raises(UsageError, match=DATABASE_URL_ENV) as caught:
        OperatorSettings.from_env({TOKEN_KEYS_ENV: KEY_A})
    assert "docs/operator.md" in (caught.value.fix or "")


def test_no_token_keys_is_refused_only_where_tokens_are_needed(tmp_path: Path) -> None:
    env = {DATABASE_URL_ENV: URL, "INTERVIEW_ASSISTANT_HOME": str(tmp_path)}
    settings = OperatorSettings.from_env(env)
    with pytest.raises(UsageError, match=TOKEN_KEYS_ENV) as caught:
        settings.require_token_keys()
    assert MAKE_KEY in (caught.value.fix or "")


@pytest.mark.parametrize("bad", ["not-a-key", "A" * 40, "é" * 44, KEY_A[:-1] + "!="])
def test_a_malformed_key_is_named_by_its_position(bad: str) -> None:
    with pytest.raises(UsageError, match=f"key 2 in {TOKEN_KEYS_ENV} is not a Fernet key"):
        OperatorSettings.from_env({DATABASE_URL_ENV: URL, TOKEN_KEYS_ENV: f"{KEY_A},{bad}"})


def test_a_generated_key_is_accepted() -> None:
    fernet = pytest.importorskip("cryptography.fernet")
    key = fernet.Fernet.generate_key().decode()
    settings = OperatorSettings.from_env({DATABASE_URL_ENV: URL, TOKEN_KEYS_ENV: key})
    assert settings.token_keys == (key,)
