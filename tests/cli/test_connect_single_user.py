"""The single user's connect and disconnect never load operator mode's code (psycopg,
cryptography, assistant.operator): those come only with ``--account ID``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_single_user_token_commands_never_load_operator_code(tmp_path: Path) -> None:
    """``connect google --help`` and ``disconnect`` of a fresh home: no assistant.operator,
    psycopg or cryptography (those load only with --account)."""
    code = (
        "import sys\n"
        "from assistant.cli import cli\n"
        "for args in (['connect', 'google', '--help'], ['disconnect', 'microsoft'],\n"
        "             ['disconnect', 'google']):\n"
        "    try:\n        cli(args, prog_name='interview-assistant')\n"
        "    except SystemExit:\n        pass\n"
        "loaded = {m.split('.')[0] for m in sys.modules} | set(sys.modules)\n"
        "print(sorted(loaded & {'assistant.operator', 'psycopg', 'cryptography'}))\n"
    )
    env = {"PYTHONPATH": str(REPO), "PATH": "", "INTERVIEW_ASSISTANT_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, env=env
    )
    assert "nothing to do" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"
