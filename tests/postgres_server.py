"""A throwaway PostgreSQL server for the tests: ``initdb`` in a temporary folder.

The ``postgres_server`` fixture (session scope) finds Debian's binaries (package
``postgresql``: ``/usr/lib/postgresql/<version>/bin``, or ``initdb``/``pg_ctl`` on PATH),
runs ``initdb`` into a fresh folder, and starts ``postgres`` listening on a free port of
127.0.0.1 and on a unix socket in that folder; it stops the server (``pg_ctl stop -m
fast``) and removes the folder after the session. Each test takes a database of its own
from :meth:`PostgresServer.new_database`.

PostgreSQL refuses to run as root. When the tests run as root (as CI does), the server
runs as the OS user ``postgres`` (which Debian's package creates), or, without it, as a
system user ``ia-postgres`` that the fixture creates with ``useradd --system``; the data
folder is made in the system temp folder and handed to that user.

Without PostgreSQL the tests that use it skip, naming the package to install.
Test modules import the fixture by name: ``from tests.postgres_server import postgres_server``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from tests.servers import LOOPBACK, free_port

SUPERUSER = "ia"
FALLBACK_OS_USER = "ia-postgres"
START_TIMEOUT_S = 30


def find_binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, newest version first."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    versions = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    versions.sort(key=lambda p: int(Path(p).parent.parent.name), reverse=True)
    return Path(versions[0]).parent if versions else None


def server_os_user() -> pwd.struct_passwd | None:
    """The OS user the server runs as: None when we are not root (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", FALLBACK_OS_USER):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(
        [
            "useradd",
            "--system",
            "--no-create-home",
            "--shell",
            "/usr/sbin/nologin",
            FALLBACK_OS_USER,
        ],
        check=True,
        capture_output=True,
    )
    return pwd.getpwnam(FALLBACK_OS_USER)


@dataclass
class PostgresServer:
    """A running server: connect over TCP (``port``) or the unix socket in ``socket_dir``."""

    root: Path
    port: int
    binaries: Path
    os_user: pwd.struct_passwd | None
    _numbers: Iterator[int] = field(default_factory=lambda: count(1))

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for ``dbname`` over TCP on 127.0.0.1."""
        return f"host={LOOPBACK} port={self.port} user={SUPERUSER} dbname={dbname}"

    def new_database(self) -> str:
        """Create an empty database of its own for one test; return its connection string."""
        import psycopg

        name = f"test_{next(self._numbers)}"
        with psycopg.connect(self.conninfo(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.conninfo(name)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs as the server's OS user."""
        extra: dict[str, Any] = {}
        if self.os_user is not None:
            extra = {"user": self.os_user.pw_uid, "group": self.os_user.pw_gid, "extra_groups": []}
        return subprocess.run(
            [str(self.binaries / args[0]), *args[1:]],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
            **extra,
        )

    def start(self) -> None:
        data = self.root / "data"
        self.socket_dir.mkdir()
        if self.os_user is not None:
            for path in (self.root, self.socket_dir):
                os.chown(path, self.os_user.pw_uid, self.os_user.pw_gid)
        init = self.run(
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--no-sync",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()}")
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses={LOOPBACK} "
            # A throwaway server: durability buys nothing here and costs seconds.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        started = self.run(
            "pg_ctl",
            "start",
            "-D",
            str(data),
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
        )
        if started.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()}\n{log}")

    def stop(self) -> None:
        self.run("pg_ctl", "stop", "-D", str(self.root / "data"), "-m", "fast", "-w")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session (skips when PostgreSQL or psycopg is missing)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    os_user = server_os_user()
    root = Path(tempfile.mkdtemp(prefix="ia-postgres-"))
    server = PostgresServer(root=root, port=free_port(), binaries=binaries, os_user=os_user)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
