"""``interview-assistant worker`` as an operator meets it, and what it costs others."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from tests.adapters.test_google_imports import loaded
from tests.operator.databases import operator_db  # noqa: F401 (fixture)
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)
from tests.servers import LOOPBACK, free_port

OPERATOR_MODULES = ("assistant.operator", "procrastinate", "psycopg", "cryptography")
KEY = "I5lSh6wnHn6c1KhG3hE0tJ-lq3xFQ7cXm8aQ1qRPH2c="  # a Fernet key for the tests


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def deployment_env(monkeypatch: pytest.MonkeyPatch, home: Path, operator_db: str) -> str:  # noqa: F811
    monkeypatch.setenv("INTERVIEW_ASSISTANT_DATABASE_URL", operator_db)
    monkeypatch.setenv("INTERVIEW_ASSISTANT_TOKEN_KEYS", KEY)
    return operator_db


def test_the_worker_outside_operator_mode_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    monkeypatch.delenv("INTERVIEW_ASSISTANT_DATABASE_URL", raising=False)
    assert "worker" not in invoke("--help").output
    result = invoke("worker")
    assert result.exit_code == 2
    assert "operator mode is off" in result.output
    assert "INTERVIEW_ASSISTANT_DATABASE_URL" in result.output


def test_in_operator_mode_help_shows_the_worker(deployment_env: str) -> None:
    assert "worker" in invoke("--help").output


def test_migrate_creates_the_queue_once_and_says_so(deployment_env: str) -> None:
    first, second = invoke("worker", "--migrate"), invoke("worker", "--migrate")
    assert (first.exit_code, first.output) == (0, "Created the queue's tables.\n")
    assert (second.exit_code, second.output) == (0, "The queue's tables were already there.\n")


def test_a_worker_without_the_queue_names_migrate(deployment_env: str) -> None:
    result = invoke("worker")
    assert result.exit_code == 2
    assert "no queue yet" in result.output
    assert "interview-assistant worker --migrate" in result.output


def test_an_unreachable_database_is_one_line(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv(
        "INTERVIEW_ASSISTANT_DATABASE_URL",
        f"host={LOOPBACK} port={free_port()} user=ia dbname=ia connect_timeout=2",
    )
    monkeypatch.setenv("INTERVIEW_ASSISTANT_TOKEN_KEYS", KEY)
    result = invoke("worker", "--migrate")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error: cannot reach the database postgresql://ia@")
    assert "Traceback" not in result.output


def test_a_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("INTERVIEW_ASSISTANT_DATABASE_URL", "postgresql://ia@localhost/ia")
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "procrastinate" else real(name, *a),
    )
    result = invoke("worker")
    assert result.exit_code == 2
    assert "operator mode needs procrastinate" in result.output
    assert "pip install 'interview-assistant[operator]'" in result.output


@pytest.mark.parametrize("args", [["--help"], ["drafts", "list"], ["tick"], ["status"]])
def test_single_user_commands_load_nothing_of_operator_mode(
    tmp_path: Path, args: list[str]
) -> None:
    assert loaded(tmp_path, args, OPERATOR_MODULES) == []


def test_a_stall_timeout_shorter_than_two_heartbeats_is_refused(deployment_env: str) -> None:
    result = invoke("worker", "--heartbeat", "10", "--stalled-after", "15")
    assert result.exit_code == 2
    assert "--stalled-after 15 is less than twice --heartbeat 10" in result.output
    assert "give --stalled-after 20 or more" in result.output


@pytest.mark.parametrize("command", [("worker", "--migrate"), ("worker",), ("accounts", "list")])
def test_a_superuser_role_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch,
    home: Path,
    postgres_server: PostgresServer,  # noqa: F811
    command: tuple[str, ...],
) -> None:
    """Row-level security would not bind it: every pass would fail, silently retried."""
    monkeypatch.setenv("INTERVIEW_ASSISTANT_DATABASE_URL", postgres_server.new_database())
    monkeypatch.setenv("INTERVIEW_ASSISTANT_TOKEN_KEYS", KEY)
    result = invoke(*command)
    assert result.exit_code != 0, result.output
    assert "is a superuser or has BYPASSRLS" in result.output
    assert "ordinary role" in result.output and "Traceback" not in result.output
