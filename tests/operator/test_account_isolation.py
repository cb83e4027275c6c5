"""Two accounts in one PostgreSQL database never see or change each other's state.

PostgreSQL enforces it (row-level security on every store table, migration
``0005_accounts``); these tests drive the real store, and the core's whole pass, on a
real server.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from assistant.errors import NotFoundError, StoreError
from assistant.mail.memory import MemoryMailbox
from assistant.models import DraftState, JobState
from assistant.ops.pass_log import last_pass, record_pass
from assistant.pipeline.rounds import AppState, set_state, stored_rounds, stored_states
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, build_services, make_event
from tests.contracts.store_contract import a_job, add_draft, race, save_interview
from tests.operator.databases import operator_db, with_accounts  # noqa: F401 (fixture)
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)

# Tables that belong to the deployment rather than to one account.
OPERATOR_TABLES = {"migrations", "accounts", "account_secrets"}


@pytest.fixture
def two(operator_db: str) -> str:  # noqa: F811
    return with_accounts(operator_db, "ana", "ben")


@pytest.fixture
def ana(two: str) -> Iterator[Any]:
    from assistant.store.postgres import PostgresStore

    with PostgresStore.open(two, account="ana") as store:
        yield store


@pytest.fixture
def ben(two: str) -> Iterator[Any]:
    from assistant.store.postgres import PostgresStore

    with PostgresStore.open(two, account="ben") as store:
        yield store


def whole_pass(store: Any) -> list[Any]:
    """The contract's whole pass (briefing, drafts, rounds, pass log) on ``store``."""
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    services = build_services(calendar, store, mailbox, timing=Timing(tz=BERLIN, quiet_hours=None))
    event = make_event(start=NOW + timedelta(hours=12))
    calendar.put(event)
    after = event.end + timedelta(hours=1)
    reports = [run_once(services, moment) for moment in (NOW, NOW, after, after)]
    set_state(store, "acme", AppState.OFFER, "verbal offer", NOW)
    store.set_override(event.event_id, True, NOW)
    store.save_debrief(event.event_id, {"went": "well"}, NOW)
    record_pass(store, after, simulated=False, recorded_at=after)
    return reports


def test_every_store_table_is_owned_by_an_account(ana: Any) -> None:
    """Any table but the deployment's own has account_id and a forced policy: a table
    added later without them fails here."""
    rows = ana.db.execute(
        "SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced, "
        "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid "
        "        AND a.attname = 'account_id' AND a.attnotnull) AS owned, "
        "EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) AS policy "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'procrastinate%'"
    ).fetchall()
    store_tables = {row["name"]: row for row in rows if row["name"] not in OPERATOR_TABLES}
    assert {"interviews", "jobs", "drafts", "meta", "passes", "rounds"} <= set(store_tables)
    unscoped = [
        name
        for name, row in store_tables.items()
        if not (row["rls"] and row["forced"] and row["owned"] and row["policy"])
    ]
    assert unscoped == []


def test_one_account_sees_nothing_of_another(ana: Any, ben: Any) -> None:
    reports = whole_pass(ana)
    assert [len(r.briefings) for r in reports] == [1, 0, 0, 0]
    assert len(ana.drafts()) == 2
    ana.set_meta("k", "ana's")
    ana.save_sync_state("calendar", {"token": "ana's"}, NOW)
    ana.log_activity("info", "ana's", NOW)

    assert ben.interviews() == [] and ben.jobs() == [] and ben.drafts() == []
    assert ben.overrides() == {} and ben.recent_activity() == []
    assert ben.get_meta("k") is None and ben.sync_state("calendar") == {}
    assert stored_rounds(ben) == [] and stored_states(ben) == {} and last_pass(ben) is None
    event_id = ana.interviews()[0].event_id
    assert ben.find_interview(event_id) is None and ben.debrief(event_id) is None
    for table in ("interviews", "jobs", "drafts", "overrides", "debriefs", "sync_state",
                  "activity", "meta", "passes", "rounds", "applications"):  # fmt: skip
        assert ben.db.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"] == 0, table


def test_one_account_cannot_change_another(ana: Any, ben: Any) -> None:
    save_interview(ana)
    ana.reconcile_jobs("evt", [a_job("a", 1)], NOW)
    draft, _ = add_draft(ana)

    assert ben.finish_job("a", JobState.DONE, NOW) is False
    assert ben.job_failed("a", "boom") == 0
    assert ben.move_draft(draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW) is False
    with pytest.raises(NotFoundError):
        ben.draft(draft.id)
    with pytest.raises(NotFoundError):
        ben.update_draft(draft.id, NOW, subject="changed by ben")
    assert ben.deactivate_missing(set(), ["calendar"], NOW) == []
    assert ben.clear_override("evt") is False
    ben.db.execute("UPDATE jobs SET state = 'dropped'")
    ben.db.execute("DELETE FROM drafts")

    assert [r.state for r in ana.jobs()] == [JobState.PENDING]
    assert ana.draft(draft.id).subject == draft.subject
    assert ana.interview("evt").active


def test_a_row_cannot_be_written_for_another_account(ben: Any) -> None:
    with pytest.raises(StoreError, match="row-level security"):
        ben.db.execute(
            "INSERT INTO meta (account_id, key, value) VALUES (?, ?, ?)", ("ana", "k", "v")
        )


def test_the_same_keys_live_side_by_side(ana: Any, ben: Any) -> None:
    """Two job seekers invited by one recruiter have the same UIDs, hence the same keys."""
    for store in (ana, ben):
        reports = whole_pass(store)
        assert [len(r.briefings) for r in reports] == [1, 0, 0, 0]
        assert [len(r.drafts_created) for r in reports] == [0, 0, 2, 0]
    assert [j.job.key for j in ana.jobs()] == [j.job.key for j in ben.jobs()]
    assert {d.id for d in ana.drafts()}.isdisjoint({d.id for d in ben.drafts()})


def test_racing_passes_of_two_accounts_each_finish_their_own_job_once(two: str) -> None:
    from assistant.store.postgres import PostgresStore

    for account in ("ana", "ben"):
        with PostgresStore.open(two, account=account) as store:
            store.reconcile_jobs("evt", [a_job("a", 1)], NOW)
    turns = iter(["ana", "ben"] * 4)
    opened: dict[int, str] = {}

    def open_next() -> Any:
        account = next(turns)
        store = PostgresStore.open(two, account=account)
        opened[id(store)] = account
        return store

    won = race(open_next, lambda s: (opened[id(s)], s.finish_job("a", JobState.DONE, NOW)))
    assert sorted(account for account, finished in won if finished) == ["ana", "ben"]


def test_without_an_account_no_store_row_is_seen_or_written(ana: Any, two: str) -> None:
    from assistant.store.postgres import PostgresDatabase

    ana.set_meta("k", "v")
    with PostgresDatabase.connect(two) as database:
        assert database.db.execute("SELECT count(*) AS n FROM meta").fetchone()["n"] == 0
        with pytest.raises(StoreError, match=r"assistant\.account"):
            database.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("k", "v"))


def test_an_unknown_account_is_refused(two: str) -> None:
    from assistant.store.postgres import PostgresStore

    with pytest.raises(NotFoundError, match="no account 'cleo'") as caught:
        PostgresStore.open(two, account="cleo")
    assert "accounts list" in (caught.value.fix or "")


def test_a_role_that_bypasses_row_security_is_refused(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """The test server's superuser would see every account's rows: refused, not used."""
    from assistant.store.postgres import PostgresStore

    conninfo = postgres_server.new_database()
    with_accounts(conninfo, "ana")
    with pytest.raises(StoreError, match="superuser or has BYPASSRLS") as caught:
        PostgresStore.open(conninfo, account="ana")
    assert "CREATE ROLE" in (caught.value.fix or "")


def test_removing_an_account_removes_its_rows_only(ana: Any, ben: Any, two: str) -> None:
    from assistant.operator.accounts import Accounts, count_rows
    from assistant.store.postgres import PostgresDatabase, PostgresStore

    for store in (ana, ben):
        whole_pass(store)
    before = count_rows(ana)
    assert before == {"interviews": 1, "jobs": 2, "drafts": 2}
    ana.close()
    with PostgresDatabase.connect(two) as database:
        assert Accounts(database).remove("ana") == 0
        assert [a.account_id for a in Accounts(database).all()] == ["ben"]
    assert count_rows(ben) == before
    with_accounts(two, "ana")  # the same id again starts empty
    with PostgresStore.open(two, account="ana") as again:
        assert count_rows(again) == {"interviews": 0, "jobs": 0, "drafts": 0}
        assert again.get_meta("last_sync") is None and last_pass(again) is None


def test_each_account_keeps_its_own_newest_activity(ana: Any, ben: Any) -> None:
    """Row ids are shared by all accounts, so pruning counts rows, not id distances."""
    from assistant.store.state import ACTIVITY_KEPT

    for number in range(ACTIVITY_KEPT + 5):
        ana.log_activity("info", f"ana {number}", NOW)
        ben.log_activity("info", f"ben {number}", NOW)
    for store, name in ((ana, "ana"), (ben, "ben")):
        kept = store.recent_activity(limit=ACTIVITY_KEPT * 2)
        assert len(kept) == ACTIVITY_KEPT
        assert kept[0][2] == f"{name} {ACTIVITY_KEPT + 4}"


def test_a_pass_still_running_for_a_removed_account_cannot_leave_rows(ana: Any, two: str) -> None:
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase

    with PostgresDatabase.connect(two) as database:
        Accounts(database).remove("ana")
    with pytest.raises(StoreError, match="foreign key"):
        save_interview(ana)
    with pytest.raises(StoreError, match="foreign key"):
        ana.set_meta("k", "v")
