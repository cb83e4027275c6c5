"""Five ``tick`` processes started at once on one home act exactly once.

Real processes of ``python -m assistant tick``: a cron line firing while the
timer also fires, a user running ``tick`` by hand while ``run`` is awake. The
home's lock makes them queue; each later pass finds nothing left to do.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.models import JobState
from assistant.store import Store
from tests.faults.scenario import DRAFTS_OWED, NOW, child_env, count_mail, lost_jobs, make_home

PROCESSES = 5


def test_five_ticks_at_once_deliver_once(tmp_path: Path):
    home = make_home(tmp_path / "home")
    command = [sys.executable, "-m", "assistant", "tick", "--now", NOW.isoformat()]
    children = [
        subprocess.Popen(
            command, env=child_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(PROCESSES)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (_out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert "Traceback" not in err

    found = count_mail(home)
    assert (found.briefings, found.drafts, found.sent) == (1, DRAFTS_OWED, 0)
    assert lost_jobs(home, NOW) == []
    with Store.open(home / "state.db") as store:
        assert len(store.jobs(state=JobState.DONE)) == 2
        assert len(store.drafts()) == DRAFTS_OWED
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Exactly one pass did the work; the others found it done.
    delivered = [out for out, _ in outputs if "briefing delivered" in out]
    assert len(delivered) == 1, outputs
