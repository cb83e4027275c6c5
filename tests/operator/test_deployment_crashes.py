"""Kill a worker's pass at every step boundary, on PostgreSQL: nothing lost or doubled.

The same scenario and steps as ``tests/faults/test_crash_injection.py`` (SQLite), run
through :meth:`Deployment.run_pass` on an account-scoped store: a child process dies
with ``os._exit`` at the step (no ``finally``, no commit), then two more passes run, as
the queue's retry and the next poll would.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from assistant.models import JobState
from assistant.operator.deployment import Deployment
from assistant.operator.settings import OperatorSettings
from assistant.paths import Home
from tests.faults.scenario import DRAFTS_OWED, NOW, count_mail, make_home, run_python
from tests.faults.test_crash_injection import CRASHED
from tests.operator.databases import operator_db, with_accounts  # noqa: F401 (fixture)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)

CRASHING_PASS = """
import os, sys
from datetime import datetime
from assistant.operator.deployment import Deployment
from assistant.operator.settings import OperatorSettings
from assistant.paths import Home
from pathlib import Path

step, now, conninfo, root = sys.argv[1], datetime.fromisoformat(sys.argv[2]), *sys.argv[3:]

def checkpoint(name):
    if name == step:
        os._exit(77)

settings = OperatorSettings(conninfo, (), Home.at(Path(root)))
Deployment(settings, checkpoint=checkpoint).run_pass("ana", now)
"""

# The steps of a pass (approvals are not part of one).
STEPS = [
    "briefing:before-mailbox",
    "briefing:after-mailbox",
    "drafts:before-mailbox",
    "drafts:after-mailbox",
    "note:before-mailbox",
    "note:after-mailbox",
]


@pytest.mark.parametrize("step", STEPS)
def test_a_worker_killed_at_each_step_loses_and_doubles_nothing(
    operator_db: str,  # noqa: F811
    tmp_path: Path,
    step: str,
) -> None:
    from assistant.store.postgres import PostgresStore

    config = (make_home(tmp_path / "source") / "config.toml").read_text()
    with_accounts(operator_db, "ana", config=config)
    root = tmp_path / "data"
    crashed = run_python(CRASHING_PASS, root, step, NOW.isoformat(), operator_db, str(root))
    assert crashed.returncode == CRASHED, crashed.stderr  # it really died at the step

    deployment = Deployment(OperatorSettings(operator_db, (), Home.at(root)))
    for minutes in (5, 10):
        deployment.run_pass("ana", NOW + timedelta(minutes=minutes))
    deployment.close()

    found = count_mail(deployment.settings.account_home("ana").data_dir)
    assert (found.briefings, found.drafts, found.sent, found.notes) == (1, DRAFTS_OWED, 0, 1)
    with PostgresStore.open(operator_db, account="ana") as store:
        assert store.due_jobs(NOW + timedelta(minutes=10)) == []
        assert store.jobs(state=JobState.FAILED) == []
        done = [r.job.key for r in store.jobs(state=JobState.DONE)]
        assert len(done) == len(set(done)) == 2
        drafts = store.drafts()
        assert len(drafts) == DRAFTS_OWED and all(d.mailbox_ref for d in drafts)
