"""``accounts add/list/remove/resume``: operator mode on a real PostgreSQL, and the
single-user install that never meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from tests.cli.test_cli_basics import interview_ics
from tests.operator.databases import operator_db  # noqa: F401 (fixture)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)

START = datetime(2027, 4, 13, 12, 0, tzinfo=UTC)
# Modules a single user's commands must never load (issue 20: the install does not change).
OPERATOR_MODULES = ("assistant.operator", "psycopg", "procrastinate", "cryptography")


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def operator(
    operator_db: str,  # noqa: F811
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    monkeypatch.setenv("INTERVIEW_ASSISTANT_DATABASE_URL", operator_db)
    monkeypatch.delenv("INTERVIEW_ASSISTANT_TOKEN_KEYS", raising=False)
    return operator_db


def config_file(tmp_path: Path, extra: str = "") -> Path:
    calendar = interview_ics(tmp_path / "cal.ics", START)
    path = tmp_path / "ana.toml"
    path.write_text(
        f'[user]\nname = "Ana"\nemail = "ana@example.com"\n[calendar]\nics = ["{calendar}"]\n'
        + extra
    )
    return path


def test_without_operator_mode_accounts_say_how_to_turn_it_on(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTERVIEW_ASSISTANT_DATABASE_URL", raising=False)
    assert "accounts" not in invoke("--help").output
    for args in (["list"], ["add", "ana", "--config", str(config_file(tmp_path))]):
        result = invoke("accounts", *args)
        assert result.exit_code == 2
        assert "operator mode is off" in result.output
        assert "INTERVIEW_ASSISTANT_DATABASE_URL" in result.output


def test_in_operator_mode_help_shows_accounts(operator: str) -> None:
    assert "accounts" in invoke("--help").output


def test_add_list_and_remove(operator: str, tmp_path: Path) -> None:
    added = invoke(
        "accounts", "add", "ana", "--config", str(config_file(tmp_path)), "--label", "Ana L"
    )
    assert added.exit_code == 0, added.output
    assert added.output.splitlines()[0] == "Added account 'ana' (Ana L)."
    # No worker has made the queue's tables yet: the truth, and what to run.
    assert "No pass is queued yet" in added.output and "worker --migrate" in added.output
    listed = invoke("accounts", "list")
    assert listed.exit_code == 0
    header, row = listed.output.splitlines()
    assert header.split() == ["ID", "LABEL", "CONNECTED", "LAST", "PASS", "STATE"]
    assert row.split() == ["ana", "Ana", "L", "-", "never", "active"]
    shown = json.loads(invoke("accounts", "list", "--json").output)
    assert shown[0]["id"] == "ana" and shown[0]["halted"] is False

    refused = invoke("accounts", "remove", "ana", input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.output
    removed = invoke("accounts", "remove", "ana", "--yes")
    assert removed.exit_code == 0, removed.output
    assert removed.output == (
        "Removed account 'ana': 0 interviews, 0 jobs, 0 drafts and 0 tokens deleted.\n"
    )
    assert "No accounts yet" in invoke("accounts", "list").output


def test_a_halted_account_is_listed_with_why_and_resumed(operator: str, tmp_path: Path) -> None:
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase

    invoke("accounts", "add", "ana", "--config", str(config_file(tmp_path)))
    with PostgresDatabase.connect(operator) as database:
        Accounts(database).halt("ana", "Google refused the token", START)
    row = invoke("accounts", "list").output.splitlines()[1]
    assert row.endswith("halted 2027-04-13 12:00 UTC: Google refused the token")
    assert "is active again" in invoke("accounts", "resume", "ana").output
    assert "was not halted" in invoke("accounts", "resume", "ana").output


def test_an_account_using_google_is_told_how_to_connect(operator: str, tmp_path: Path) -> None:
    path = config_file(tmp_path, '[mail]\nbackend = "gmail"\n')
    result = invoke("accounts", "add", "ana", "--config", str(path))
    assert "connect google --account ana" in result.output


@pytest.mark.parametrize(
    ("account_id", "config", "message"),
    [
        ("Ana", None, "not a valid account id"),
        ("../ana", None, "not a valid account id"),
        ("ana", '[calendar]\nics = ["cal.ics"]\n', "'cal.ics' is relative"),
        ("ana", '[calendar]\nics = ["~/cal.ics"]\n', "'~/cal.ics' starts with '~'"),
        ("ana", '[user]\nname = "Ana"\n', "no calendar is configured"),
        ("ana", "[calendar\n", "not valid TOML"),
        ("ana", "missing", "cannot read"),
        ("ana", "smtp", "'mail.backend' needs a password"),
        ("ana", "caldav", "'caldav.url' needs a password"),
    ],
)
def test_bad_input_to_add_is_one_clear_error_and_changes_nothing(
    operator: str, tmp_path: Path, account_id: str, config: str | None, message: str
) -> None:
    path = config_file(tmp_path)
    if config == "missing":
        path = tmp_path / "nowhere.toml"
    elif config == "smtp":
        path = config_file(
            tmp_path, '[mail]\nbackend = "smtp"\n[mail.smtp]\nhost = "smtp.example.com"\n'
        )
    elif config == "caldav":
        path = config_file(tmp_path, '[caldav]\nurl = "https://dav.example.com/cal/"\n')
    elif config is not None:
        path.write_text(config)
    result = invoke("accounts", "add", account_id, "--config", str(path))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "No accounts yet" in invoke("accounts", "list").output


def test_notify_urls_are_added_with_a_warning_that_they_are_stored_as_given(
    operator: str, tmp_path: Path
) -> None:
    path = config_file(tmp_path, '[notify]\nurls = ["ntfys://ntfy.sh/secret-topic"]\n')
    result = CliRunner().invoke(cli, ["accounts", "add", "ana", "--config", str(path)])
    assert result.exit_code == 0
    assert "not encrypted" in result.stderr and "secret-topic" not in result.stderr


def test_an_id_is_added_once(operator: str, tmp_path: Path) -> None:
    invoke("accounts", "add", "ana", "--config", str(config_file(tmp_path)))
    again = invoke("accounts", "add", "ana", "--config", str(config_file(tmp_path)))
    assert again.exit_code == 2 and "already an account 'ana'" in again.output


def test_update_replaces_the_settings_and_keeps_the_state(operator: str, tmp_path: Path) -> None:
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase, PostgresStore

    invoke("accounts", "add", "ana", "--config", str(config_file(tmp_path)), "--label", "Ana")
    with PostgresStore.open(operator, account="ana") as store:
        store.set_meta("k", "kept")
    changed = config_file(tmp_path, '[schedule]\npoll = "90s"\n')
    result = invoke("accounts", "update", "ana", "--config", str(changed))
    assert result.exit_code == 0, result.output
    assert "its next pass uses the new settings" in result.output
    with PostgresDatabase.connect(operator) as database:
        ana = Accounts(database).get("ana")
    assert ana.settings().schedule.poll.total_seconds() == 90 and ana.label == "Ana"
    with PostgresStore.open(operator, account="ana") as store:
        assert store.get_meta("k") == "kept"
    refused = invoke("accounts", "update", "ana", "--config", str(tmp_path / "nowhere.toml"))
    assert refused.exit_code == 2
    missing = invoke("accounts", "update", "cleo", "--config", str(changed))
    assert missing.exit_code == 2 and "no account 'cleo'" in missing.output


def test_a_stored_config_no_longer_valid_names_update(operator: str) -> None:
    from assistant.errors import ConfigError
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase

    with PostgresDatabase.connect(operator) as database:
        accounts = Accounts(database)
        accounts.add("ana", '[schedule]\npoll = "soon"\n', "", START)  # as an older version kept it
        with pytest.raises(ConfigError, match="the config of account ana") as caught:
            accounts.get("ana").settings()
    assert "accounts update ana --config FILE" in (caught.value.fix or "")


def test_removing_an_unknown_account_says_so(operator: str) -> None:
    result = invoke("accounts", "remove", "nobody", "--yes")
    assert result.exit_code == 2 and "no account 'nobody'" in result.output


def test_single_user_commands_never_load_operator_modules(home: Path, tmp_path: Path) -> None:
    """--help, tick, status and drafts list, run as a single user would."""
    calendar = interview_ics(tmp_path / "cal.ics", START)
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        f'[user]\nemail = "me@example.com"\n[calendar]\nics = ["{calendar}"]\n'
    )
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from assistant.cli import cli\n"
        "for args in (['--help'], ['tick', '--now', '2027-04-12T12:00:00Z'], ['status'],"
        " ['drafts', 'list']):\n"
        "    result = CliRunner().invoke(cli, args)\n"
        "    assert result.exit_code == 0, (args, result.output)\n"
        f"print([m for m in sys.modules if m.startswith({OPERATOR_MODULES!r})])\n"
    )
    env = {"INTERVIEW_ASSISTANT_HOME": str(home), "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert shown.stdout.strip() == "[]"


def test_add_says_a_pass_is_queued_and_a_needless_resume_queues_none(
    operator: str, tmp_path: Path
) -> None:
    from assistant.operator import queue

    queue.migrate(operator)
    added = invoke("accounts", "add", "ana", "--config", str(config_file(tmp_path)))
    assert added.exit_code == 0, added.output
    assert "A pass is queued now" in added.output
    resumed = invoke("accounts", "resume", "ana").output
    assert "nothing changed" in resumed and "queued" not in resumed  # it was not halted
