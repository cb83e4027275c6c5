"""Tokens at rest in a deployment: encrypted rows, one clear line for a wrong key,
key rotation that loses nothing, and no plaintext token anywhere in the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, NotFoundError, StoreError, UsageError
from assistant.google.auth import GoogleAccount
from assistant.microsoft.auth import MicrosoftAccount
from tests.adapters import google_fakes, graph_fakes
from tests.contracts.token_store_contract import copy_account
from tests.operator.vault_db import (  # noqa: F401 (fixtures)
    NEW_KEY,
    OLD_KEY,
    UPDATED_AT,
    as_superuser,
    connection,
    deployment,
    operator_db,
    raw_rows,
)
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)

pytest.importorskip(
    "cryptography", reason="cryptography is not installed (pip install -e '.[test]')"
)
pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")

from assistant.operator.settings import (
    DATABASE_URL_ENV,
    MAKE_KEY,
    TOKEN_KEYS_ENV,
    OperatorSettings,
)
from assistant.operator.vault import (
    DatabaseTokenStore,
    TokenKeyError,
    TokenVault,
    open_account,
    rotate_all,
)

ROTATED_REFRESH = "1//rotated-in-the-vault"


def store(connection: Any, keys: list[str], account_id: str = "acme") -> DatabaseTokenStore:  # noqa: F811
    return DatabaseTokenStore(connection, account_id, TokenVault(keys), clock=lambda: UPDATED_AT)


def settings_of(deployment: str, keys: str = NEW_KEY) -> OperatorSettings:  # noqa: F811
    return OperatorSettings.from_env({DATABASE_URL_ENV: deployment, TOKEN_KEYS_ENV: keys})


# --- the keys --------------------------------------------------------------------------


def test_no_keys_is_a_usage_error_naming_the_variable_and_how_to_make_one() -> None:
    for keys in ("", " , "):
        with pytest.raises(UsageError) as caught:
            TokenVault.from_settings(settings_of("postgresql://db/ia", keys))
        assert TOKEN_KEYS_ENV in caught.value.message
        assert MAKE_KEY in (caught.value.fix or "")


def test_a_malformed_key_is_named_by_position_and_never_echoed() -> None:
    with pytest.raises(UsageError) as caught:
        settings_of("postgresql://db/ia", f"{NEW_KEY}, not-a-key-secret-123")
    assert "key 2" in caught.value.message and TOKEN_KEYS_ENV in caught.value.message
    assert "not-a-key-secret-123" not in str(caught.value)


def test_keys_are_comma_separated_newest_first() -> None:
    old = TokenVault([OLD_KEY]).encrypt(b"secret")
    both = TokenVault.from_settings(settings_of("postgresql://db/ia", f" {NEW_KEY} ,{OLD_KEY} "))
    assert both.decrypt(old) == b"secret"  # decrypts with any key
    fresh = both.encrypt(b"secret")
    assert TokenVault([NEW_KEY]).decrypt(fresh) == b"secret"  # encrypts with the first
    with pytest.raises(TokenKeyError):
        TokenVault([OLD_KEY]).decrypt(fresh)


def test_a_secret_no_key_fits_is_one_auth_error_naming_the_variable(connection: Any) -> None:  # noqa: F811
    store(connection, [OLD_KEY]).write("google-token.json", b'{"refresh_token": "r"}')
    account = GoogleAccount(store(connection, [NEW_KEY]))
    with pytest.raises(AuthError) as caught:
        account.credentials()
    error = caught.value
    assert isinstance(error, TokenKeyError)
    assert "\n" not in error.message
    assert "google-token.json of account 'acme'" in error.message
    assert TOKEN_KEYS_ENV in error.message and TOKEN_KEYS_ENV in (error.fix or "")


def test_the_vault_needs_an_autocommit_connection(deployment: str) -> None:  # noqa: F811
    import psycopg

    with psycopg.connect(deployment) as link, pytest.raises(ValueError, match="autocommit"):
        DatabaseTokenStore(link, "acme", TokenVault([NEW_KEY]))


# --- rows: ciphertext only, one account's alone ------------------------------------------


def _files_of(server: PostgresServer, deployment: str) -> bytes:  # noqa: F811
    """The bytes of this database's files and of the write-ahead log, after a checkpoint."""
    import psycopg

    with psycopg.connect(as_superuser(deployment), autocommit=True) as admin:
        admin.execute("CHECKPOINT")
        oid = admin.execute("SELECT oid FROM pg_database WHERE datname = current_database()")
        folder = server.root / "data" / "base" / str(oid.fetchone()[0])
    files = [*folder.iterdir(), *(server.root / "data" / "pg_wal").glob("0*")]
    return b"".join(path.read_bytes() for path in files if path.is_file())


@responses.activate
def test_no_plaintext_token_reaches_the_database(
    connection: Any,  # noqa: F811
    deployment: str,  # noqa: F811
    postgres_server: PostgresServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Connected, refreshed (a new refresh token), Microsoft's cache too: the table, the
    database's files and the WAL hold none of the tokens or the client secret."""
    tokens = store(connection, [NEW_KEY])
    copy_account(google_fakes.write_token(tmp_path / "google-token.json", expired=True), tokens)
    copy_account(graph_fakes.connected_account(tmp_path), tokens)
    responses.post(
        google_fakes.TOKEN_URL,
        json={**google_fakes.fixture("token_refreshed.json"), "refresh_token": ROTATED_REFRESH},
    )
    google = GoogleAccount(tokens)
    assert google.credentials().token == "ya29.a0AfB_refreshed-access-token"
    assert MicrosoftAccount(tokens, graph_fakes.ENDPOINTS).access_token() == "eyJ0-access-1"

    plaintexts = [
        "1//0g-refresh-token",  # the first refresh token
        ROTATED_REFRESH,  # the one the refresh handed out
        "ya29.a0AfB_refreshed-access-token",
        "GOCSPX-test-not-a-real-secret",
        "M.C-refresh-1",  # Microsoft's refresh token
        "eyJ0-access-1",
        "refresh_token",  # not even the JSON keys
    ]
    table = raw_rows(connection)
    on_disk = _files_of(postgres_server, deployment)
    for plaintext in plaintexts:
        in_table, in_files = plaintext.encode() in table, plaintext.encode() in on_disk
        assert not in_table and not in_files, f"{plaintext!r} in the clear"
    names = [row[0] for row in connection.execute("SELECT name FROM account_secrets ORDER BY 1")]
    assert names == [
        "google-account.json",
        "google-token.json",
        "microsoft-account.json",
        "microsoft-token.json",
    ]
    assert ROTATED_REFRESH.encode() in (tokens.read("google-token.json") or b"")


def test_one_account_never_reads_or_deletes_another_accounts_secret(connection: Any) -> None:  # noqa: F811
    acme, globex = store(connection, [NEW_KEY], "acme"), store(connection, [NEW_KEY], "globex")
    acme.write("google-token.json", b"acme's")
    assert globex.read("google-token.json") is None
    globex.write("google-token.json", b"globex's")
    globex.delete("google-token.json")
    assert acme.read("google-token.json") == b"acme's"
    assert acme.names() == ["google-token.json"] and globex.names() == []


def test_writing_for_an_account_the_deployment_lacks_names_accounts_add(connection: Any) -> None:  # noqa: F811
    with pytest.raises(UsageError) as caught:
        store(connection, [NEW_KEY], "nobody").write("google-token.json", b"t")
    assert "there is no account 'nobody'" in caught.value.message
    assert caught.value.fix == "interview-assistant accounts add nobody --config FILE"


def test_a_database_gone_away_is_a_store_error(deployment: str) -> None:  # noqa: F811
    import psycopg

    link = psycopg.connect(deployment, autocommit=True)
    tokens = DatabaseTokenStore(link, "acme", TokenVault([NEW_KEY]))
    link.close()
    with pytest.raises(StoreError, match="deployment database"):
        tokens.read("google-token.json")


# --- rotation ---------------------------------------------------------------------------


def test_rotation_re_encrypts_every_account_with_the_newest_key(connection: Any) -> None:  # noqa: F811
    for account_id in ("acme", "globex"):
        old = store(connection, [OLD_KEY], account_id)
        old.write("google-token.json", f"{account_id} token".encode())
        old.write("google-account.json", f"{account_id} state".encode())

    done = rotate_all(connection, TokenVault([NEW_KEY, OLD_KEY]))

    assert done.rotated == 4 and done.accounts == {"acme", "globex"} and not done.unreadable
    only_new = store(connection, [NEW_KEY], "globex")
    assert only_new.read("google-token.json") == b"globex token"
    with pytest.raises(TokenKeyError):
        store(connection, [OLD_KEY], "acme").read("google-account.json")


def test_rotation_lists_what_no_key_fits_and_rotates_the_rest(connection: Any) -> None:  # noqa: F811
    store(connection, [OLD_KEY], "acme").write("google-token.json", b"acme token")
    stray = "A" * 43 + "="  # a key nobody has any more
    store(connection, [stray], "globex").write("google-token.json", b"lost")

    done = rotate_all(connection, TokenVault([NEW_KEY, OLD_KEY]))

    assert done.rotated == 1 and done.unreadable == [("globex", "google-token.json")]
    assert store(connection, [NEW_KEY], "acme").read("google-token.json") == b"acme token"
    assert store(connection, [stray], "globex").read("google-token.json") == b"lost"  # untouched


def test_rotation_never_overwrites_a_token_refreshed_meanwhile(
    connection: Any,  # noqa: F811
    deployment: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker saves a refreshed token between rotation's read and its write: the
    compare-and-set misses, rotation reads the new row again, and the new token stays."""
    import psycopg

    store(connection, [OLD_KEY]).write("google-token.json", b"before the refresh")
    vault = TokenVault([NEW_KEY, OLD_KEY])
    real_rotate = vault.rotate
    calls: list[bytes] = []

    def rotate_while_a_worker_refreshes(ciphertext: bytes, what: str = "") -> bytes:
        rotated = real_rotate(ciphertext, what)
        if not calls:  # the worker: its own connection, the same keys
            with psycopg.connect(deployment, autocommit=True) as worker:
                store(worker, [NEW_KEY, OLD_KEY]).write("google-token.json", b"refreshed")
        calls.append(ciphertext)
        return rotated

    monkeypatch.setattr(vault, "rotate", rotate_while_a_worker_refreshes)
    done = rotate_all(connection, vault)

    assert len(calls) == 2 and done.rotated == 1
    assert store(connection, [NEW_KEY]).read("google-token.json") == b"refreshed"


# --- opening an account ------------------------------------------------------------------


def test_open_account_gives_its_row_and_an_encrypted_store(deployment: str) -> None:  # noqa: F811
    settings = settings_of(deployment)
    with open_account("acme", settings, clock=lambda: UPDATED_AT) as opened:
        assert opened.account.account_id == "acme" and opened.account.settings().calendar.ics
        opened.tokens.write("google-token.json", b"t")
        connection = opened.tokens.connection
    assert connection.closed
    with open_account("acme", settings) as again:
        assert again.tokens.read("google-token.json") == b"t"
        assert again.account.connected == ("google",)


def test_open_account_names_what_is_missing(
    deployment: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    with pytest.raises(UsageError, match=DATABASE_URL_ENV):
        open_account("acme").__enter__()
    with pytest.raises(UsageError, match=TOKEN_KEYS_ENV):
        open_account("acme", settings_of(deployment, "")).__enter__()
    with pytest.raises(NotFoundError, match="no account 'nobody'"):
        open_account("nobody", settings_of(deployment)).__enter__()


def test_an_unreachable_database_is_a_store_error_that_hides_the_password() -> None:
    from tests.servers import free_port

    url = f"postgresql://ia:hunter2-secret@127.0.0.1:{free_port()}/deployment"
    with pytest.raises(StoreError) as caught:
        open_account("acme", settings_of(url)).__enter__()
    assert "cannot reach the database" in caught.value.message
    assert "hunter2-secret" not in str(caught.value)
