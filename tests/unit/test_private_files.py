"""Private files: owner-only whatever the umask; foreign or shared folders refused; no symlinks.

The umask is set per test (022, the common default, and 000) and restored after.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import private
from assistant.errors import MailboxError, UsageError
from assistant.logs import setup_logging
from assistant.mail.maildir import DRAFTS, INBOX, STALE_TMP_SECONDS, MaildirMailbox, file_name
from assistant.paths import Home
from assistant.store import Store
from tests.contracts.mailbox_contract import a_message

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and owners")

NOW_SECONDS = 1_807_000_000.0  # a fixed clock for tmp/ ages


@pytest.fixture(params=[0o022, 0o000])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_home_database_log_and_config_are_owner_only(tmp_path: Path, umask: int) -> None:
    home = Home.at(tmp_path / "home").ensure()
    (home.config_file).write_text("[user]\n", encoding="utf-8")  # as an editor would, 0644
    os.chmod(home.config_file, 0o644)
    home.ensure()
    with Store.open(home.database) as store:
        store.set_meta("x", "y")
    log = setup_logging(log_dir=home.log_dir)
    assert log is not None
    logging.getLogger("assistant.test").warning("a line in the log")
    for folder in (home.data_dir, home.log_dir):
        assert mode(folder) == 0o700, folder
    for file in (home.config_file, home.database, log):
        assert mode(file) == 0o600, file
    for extra in home.data_dir.glob("state.db-*"):  # WAL and shared memory
        assert mode(extra) & 0o077 == 0, extra
    setup_logging(log_dir=tmp_path / "unused")  # let go of the file in the home


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "state.db"
    Store.open(path).close()
    os.chmod(path, 0o644)
    Store.open(path).close()
    assert mode(path) == 0o600


def test_maildir_folders_and_messages_are_owner_only(tmp_path: Path, umask: int) -> None:
    mailbox = MaildirMailbox(tmp_path / "mail")
    mailbox.deliver(a_message("briefing"))
    mailbox.save_draft(a_message("draft"))
    for name in (INBOX, DRAFTS):
        folder = mailbox.folder(name)
        for sub in ("", "cur", "new", "tmp"):
            assert mode(folder / sub) == 0o700
        for path in mailbox.messages(name):
            assert mode(path) == 0o600


@pytest.mark.parametrize("shared_mode", [0o777, 0o775, 0o1777])
def test_a_group_or_world_writable_home_is_refused_with_the_fix(
    tmp_path: Path, shared_mode: int
) -> None:
    root = tmp_path / "home"
    root.mkdir()
    os.chmod(root, shared_mode)
    with pytest.raises(UsageError, match="can be written by other users") as caught:
        Home.at(root).ensure()
    assert caught.value.fix == f"`chmod 700 {root}`"


def test_a_home_owned_by_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "home"
    root.mkdir(mode=0o700)
    monkeypatch.setattr(private, "_euid", lambda: os.geteuid() + 4242)
    with pytest.raises(UsageError, match="belongs to another user") as caught:
        Home.at(root).ensure()
    assert "chown" in (caught.value.fix or "")


def test_a_shared_maildir_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    root = tmp_path / "mail"
    root.mkdir()
    os.chmod(root, 0o777)
    with pytest.raises(UsageError, match="can be written by other users"):
        MaildirMailbox(root).save_draft(a_message("draft"))
    assert list(root.iterdir()) == []


def test_maildir_temporary_files_never_follow_a_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = MaildirMailbox(tmp_path / "mail")
    tmp = mailbox.folder(DRAFTS) / "tmp"
    victim = tmp_path / "victim"
    victim.write_text("precious", encoding="utf-8")
    # Whatever name the writer picks, a symlink to the victim is already there.
    monkeypatch.setattr("assistant.mail.maildir.secrets.token_hex", lambda n: "fixed")
    message = a_message("draft/symlink")
    planted = tmp / f"{file_name(str(message['Message-ID']))}.{os.getpid()}.fixed"
    planted.symlink_to(victim)
    with pytest.raises(MailboxError):
        mailbox.save_draft(message)
    assert victim.read_text(encoding="utf-8") == "precious"


def test_create_private_refuses_an_existing_file_or_symlink(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(target)
    for path in (target, link):
        with pytest.raises(FileExistsError):
            private.create_private(path)
    assert target.read_text(encoding="utf-8") == "keep"


def test_a_symlinked_database_file_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    Store.open(elsewhere).close()
    (tmp_path / "state.db").symlink_to(elsewhere)
    with pytest.raises(UsageError, match="symbolic link"):
        private.private_file(tmp_path / "state.db")


def test_stale_maildir_tmp_files_are_removed_after_36_hours(tmp_path: Path) -> None:
    MaildirMailbox(tmp_path / "mail").folder(DRAFTS)  # create the tree
    tmp = tmp_path / "mail" / DRAFTS / "tmp"
    stale, fresh = tmp / "crashed.1", tmp / "writing.2"
    for path, age in ((stale, STALE_TMP_SECONDS + 60), (fresh, STALE_TMP_SECONDS - 60)):
        path.write_bytes(b"half a message")
        os.utime(path, (NOW_SECONDS - age, NOW_SECONDS - age))
    mailbox = MaildirMailbox(tmp_path / "mail", clock=lambda: NOW_SECONDS)
    mailbox.save_draft(a_message("draft/after-crash"))
    assert not stale.exists()
    assert fresh.exists(), "a file younger than 36 hours may still be being written"


def test_logging_setup_creates_the_whole_home_owner_only(home: Path, umask: int) -> None:
    """The log is set up before any command loads the app: the home it creates is 0700 too."""
    path = setup_logging()
    try:
        assert path is not None
        assert mode(home) == 0o700 and mode(home / "logs") == 0o700
    finally:
        setup_logging(log_dir=home.parent / "elsewhere")


def test_logging_falls_back_to_the_terminal_for_a_shared_home(home: Path) -> None:
    home.mkdir()
    os.chmod(home, 0o777)
    assert setup_logging() is None
