"""Deployment: one pass per account, on a real PostgreSQL, with .ics calendars and the
local mailbox under each account's scratch folder."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import AuthError, NotFoundError, TransientError
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from assistant.operator.settings import OperatorSettings
from assistant.paths import Home
from tests.cli.test_cli_basics import inbox_kinds, interview_ics
from tests.operator.databases import operator_db, with_accounts  # noqa: F401 (fixture)
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)
from tests.servers import free_port

START = datetime(2027, 4, 13, 12, 0, tzinfo=UTC)
DAY_BEFORE = datetime(2027, 4, 12, 14, 0, tzinfo=UTC)
AFTER = datetime(2027, 4, 13, 13, 30, tzinfo=UTC)
RECORDED = datetime(2027, 4, 1, 0, 0, tzinfo=UTC)
KEY = "A" * 43 + "="


def account_config(calendar: Path, poll: str = "5m") -> str:
    return (
        f'[user]\nname = "Me"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        f'[calendar]\nics = ["{calendar}"]\n[schedule]\npoll = "{poll}"\n'
    )


def deployment(conninfo: str, root: Path) -> Any:
    from assistant.operator.deployment import Deployment

    settings = OperatorSettings(conninfo, (KEY,), Home.at(root))
    return Deployment(settings, clock=lambda: RECORDED)


@pytest.fixture
def three(operator_db: str, tmp_path: Path) -> Any:  # noqa: F811
    calendar = interview_ics(tmp_path / "cal.ics", START)
    with_accounts(operator_db, "ana", "ben", "cleo", config=account_config(calendar))
    deployed = deployment(operator_db, tmp_path / "data")
    yield deployed
    deployed.close()


def mailbox(deployed: Any, account_id: str) -> MaildirMailbox:
    return MaildirMailbox(deployed.settings.account_home(account_id).default_mailbox)


def test_each_account_gets_its_briefing_and_drafts_once(three: Any) -> None:
    for now in (DAY_BEFORE, DAY_BEFORE, AFTER, AFTER):
        for account_id in three.account_ids():
            report = three.run_pass(account_id, now)
            assert report.ok and report.calendars_read
    for account_id in ("ana", "ben", "cleo"):
        box = mailbox(three, account_id)
        assert sorted(inbox_kinds(box)) == ["briefing", "note"]  # the note: drafts wait
        assert len(box.messages(DRAFTS)) == 2
    with three.accounts() as accounts:
        assert accounts.get("ben").last_pass_at == AFTER


def test_a_pass_is_the_tick_pass_recorded_in_the_account_s_pass_log(three: Any) -> None:
    from assistant.ops.pass_log import last_pass
    from assistant.store.postgres import PostgresStore

    three.run_pass("ana", DAY_BEFORE)
    with PostgresStore.open(three.settings.database_url, account="ana") as store:
        recorded = last_pass(store)  # type: ignore[arg-type]
    assert recorded is not None
    assert (recorded.at, recorded.simulated, recorded.recorded_at) == (DAY_BEFORE, False, RECORDED)


def test_halted_accounts_get_no_passes_and_are_halted_once(three: Any) -> None:
    assert three.account_ids() == ["ana", "ben", "cleo"]
    assert three.halt("ben", "the Google grant was revoked", DAY_BEFORE) is True
    assert three.halt("ben", "again", AFTER) is False
    assert three.account_ids() == ["ana", "cleo"]
    with three.accounts() as accounts:
        ben = accounts.get("ben")
        assert (ben.halted_at, ben.halted_why) == (DAY_BEFORE, "the Google grant was revoked")
        assert accounts.resume("ben") is True
    assert three.account_ids() == ["ana", "ben", "cleo"]


def test_poll_seconds_come_from_each_account_s_config(
    operator_db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    calendar = interview_ics(tmp_path / "cal.ics", START)
    with_accounts(operator_db, "ana", config=account_config(calendar, "90s"))
    with_accounts(operator_db, "ben", config=account_config(calendar, "1h"))
    deployed = deployment(operator_db, tmp_path / "data")
    assert [deployed.poll_seconds(a) for a in ("ana", "ben")] == [90, 3600]
    with pytest.raises(NotFoundError):
        deployed.poll_seconds("cleo")
    deployed.close()


def test_a_pass_for_an_unknown_account_is_refused(three: Any) -> None:
    with pytest.raises(NotFoundError, match="no account 'dora'"):
        three.run_pass("dora", DAY_BEFORE)


def test_a_grant_gone_mid_pass_is_raised_after_the_pass_is_recorded(
    three: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_once reports an AuthError and carries on (as tick must); the worker still
    learns of it, to halt the account."""
    from assistant.app import App

    class Revoked:
        def read(self, start: datetime, end: datetime) -> Any:
            raise AuthError("Google refused the token (invalid_grant)", fix="connect again")

    monkeypatch.setattr(App, "sources", lambda self, *args, **kwargs: [Revoked()])
    with pytest.raises(AuthError, match="invalid_grant"):
        three.run_pass("ana", DAY_BEFORE)
    with three.accounts() as accounts:
        assert accounts.get("ana").last_pass_at == DAY_BEFORE


def test_an_unreachable_database_is_transient(tmp_path: Path) -> None:
    deployed = deployment(f"host=127.0.0.1 port={free_port()} user=ia dbname=x", tmp_path)
    with pytest.raises(TransientError, match="cannot reach the database"):
        deployed.run_pass("ana", DAY_BEFORE)


def test_the_accounts_mailboxes_are_apart(three: Any) -> None:
    three.run_pass("ana", DAY_BEFORE)
    assert inbox_kinds(mailbox(three, "ana")) == ["briefing"]
    assert mailbox(three, "ben").messages(INBOX) == []
