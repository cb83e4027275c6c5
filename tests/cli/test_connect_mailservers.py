"""``connect imap`` and ``connect caldav`` against real servers, and ``doctor``'s mail checks.

The commands test the login before they write anything, so each test here meets
Dovecot, aiosmtpd or Radicale; the keyring is an in-memory one.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from assistant.app import App
from assistant.cli import cli
from assistant.cli.mailservers import set_table
from assistant.mail.health import mail_checks
from assistant.mail.imap import ImapSmtpMailbox
from assistant.paths import Home
from assistant.secrets import SERVICE
from tests import servers
from tests.contracts.mailbox_contract import a_message
from tests.servers import (
    AIOSMTPD_WARNING,
    PASSWORD,
    USER,
    Dovecot,
    MemoryKeyring,
    Radicale,
    SmtpServer,
)

pytestmark = AIOSMTPD_WARNING

# The real servers, as this module's fixtures.
dovecot = servers.dovecot
smtp_plain_server = servers.smtp_plain_server
smtp_server = servers.smtp_server
radicale = servers.radicale
memory_keyring = servers.memory_keyring

ME = "alex@example.com"
EXISTING = """\
# my settings
[user]
name = "Alex"   # shown in greetings

[calendar]
ics = ["~/cal.ics"]
"""


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def config(home: Path) -> dict[str, Any]:
    return tomllib.loads((home / "config.toml").read_text())


@pytest.fixture
def configured(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(EXISTING)
    return home


def imap_args(dovecot: Dovecot, user: str, smtp: SmtpServer) -> list[str]:
    return [
        "connect",
        "imap",
        f"--email={ME}",
        f"--username={user}",
        "--imap-host=127.0.0.1",
        f"--imap-port={dovecot.port}",
        "--imap-security=none",
        "--smtp-host=127.0.0.1",
        f"--smtp-port={smtp.port}",
        "--smtp-security=none",
    ]


def test_connect_imap_tests_both_logins_and_writes_the_config(
    configured: Path,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = dovecot.add_user()
    monkeypatch.setenv("MAIL_PASSWORD", PASSWORD)
    result = invoke(*imap_args(dovecot, user, smtp_server), "--password-env=MAIL_PASSWORD")
    assert result.exit_code == 0, result.output
    assert "drafts go to 'Drafts', sent copies to 'Sent'" in result.output
    written = (configured / "config.toml").read_text()
    assert written.startswith("# my settings\n[user]\n")
    assert 'name = "Alex"   # shown in greetings' in written
    settings = config(configured)
    assert settings["user"]["email"] == ME
    assert settings["calendar"]["ics"] == ["~/cal.ics"]
    assert settings["mail"]["backend"] == "imap+smtp"
    assert settings["mail"]["imap"] == {
        "host": "127.0.0.1",
        "port": dovecot.port,
        "security": "none",
        "username": user,
        "password_env": "MAIL_PASSWORD",
    }
    assert settings["mail"]["smtp"]["port"] == smtp_server.port

    box = App.load(Home.at(configured)).mailbox()
    assert isinstance(box, ImapSmtpMailbox)
    box.save_draft(a_message("draft/after-connect"))
    box.close()
    assert len(dovecot.uids(user, "Drafts")) == 1


def test_connect_imap_keeps_the_password_in_the_keyring(
    configured: Path,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    memory_keyring: MemoryKeyring,
) -> None:
    (configured / "config.toml").write_text(
        EXISTING + '\n[mail.imap]\npassword_env = "OLD_VARIABLE"\ndrafts_folder = "Drafts"\n'
    )
    result = invoke(*imap_args(dovecot, USER, smtp_server), input=f"{PASSWORD}\n")
    # USER is not a Dovecot user: the IMAP login fails before anything is stored.
    assert result.exit_code == 1
    assert "refused the login" in result.output and "connect imap" in result.output
    assert memory_keyring.passwords == {}
    assert "OLD_VARIABLE" in (configured / "config.toml").read_text()

    user = dovecot.add_user()
    result = invoke(*imap_args(dovecot, user, smtp_server), input=f"{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert memory_keyring.passwords == {(SERVICE, user): PASSWORD}
    imap = config(configured)["mail"]["imap"]
    assert "password_env" not in imap  # the keyring now holds it
    assert imap["drafts_folder"] == "Drafts"  # what the user set stays


def test_smtp_only_needs_no_imap_server(
    configured: Path,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAIL_PASSWORD", PASSWORD)
    result = invoke(
        "connect",
        "imap",
        "--smtp-only",
        f"--email={ME}",
        f"--username={USER}",
        "--smtp-host=127.0.0.1",
        f"--smtp-port={smtp_server.port}",
        "--smtp-security=none",
        "--password-env=MAIL_PASSWORD",
    )
    assert result.exit_code == 0, result.output
    settings = config(configured)
    assert settings["mail"]["backend"] == "smtp"
    assert "imap" not in settings["mail"]
    checks = mail_checks(App.load(Home.at(configured)))
    assert [c.name for c in checks] == ["SMTP login", "drafts"]
    assert all(c.ok for c in checks)


def test_without_a_keyring_the_fix_is_an_environment_variable(
    configured: Path, smtp_server: SmtpServer
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = invoke("connect", "imap", "--smtp-only", f"--email={ME}", f"--username={USER}")
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 2
    assert "--password-env" in result.output
    assert (configured / "config.toml").read_text() == EXISTING


def test_connect_caldav_finds_the_calendar_from_the_server_address(
    configured: Path,
    radicale: Radicale,
    memory_keyring: MemoryKeyring,
) -> None:
    calendar = radicale.new_calendar()
    result = invoke(
        "connect",
        "caldav",
        f"--url={radicale.base}/",
        f"--username={USER}",
        input=f"{PASSWORD}\n1\n",
    )
    assert result.exit_code == 0, result.output
    assert "CalDAV works" in result.output
    assert config(configured)["caldav"] == {"url": calendar, "username": USER}
    assert memory_keyring.passwords[(SERVICE, USER)] == PASSWORD
    checks = mail_checks(App.load(Home.at(configured)))
    assert [(c.name, c.ok) for c in checks] == [("CalDAV calendar", True)]


def test_connect_caldav_with_several_calendars_picks_by_name(
    configured: Path, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    radicale.new_calendar()
    second = radicale.new_calendar()
    monkeypatch.setenv("CAL_PASSWORD", PASSWORD)
    result = invoke(
        "connect",
        "caldav",
        f"--url={second}",
        f"--username={USER}",
        "--password-env=CAL_PASSWORD",
    )
    assert result.exit_code == 0, result.output
    assert config(configured)["caldav"]["url"] == second
    assert config(configured)["caldav"]["password_env"] == "CAL_PASSWORD"


def test_a_wrong_caldav_password_writes_nothing(
    configured: Path, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAL_PASSWORD", "wrong")
    result = invoke(
        "connect",
        "caldav",
        f"--url={radicale.base}/",
        f"--username={USER}",
        "--password-env=CAL_PASSWORD",
    )
    assert result.exit_code == 1
    assert "refused the login" in result.output
    assert (configured / "config.toml").read_text() == EXISTING


def test_doctor_checks_report_a_wrong_password_with_its_fix(
    configured: Path, dovecot: Dovecot, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = dovecot.add_user()
    (configured / "config.toml").write_text(
        f'[user]\nemail = "{ME}"\n[mail]\nbackend = "imap+smtp"\n'
        f'[mail.smtp]\nhost = "127.0.0.1"\nport = {smtp_server.port}\nsecurity = "none"\n'
        f'username = "{USER}"\npassword_env = "SMTP_PASSWORD"\n'
        f'[mail.imap]\nhost = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n'
        f'username = "{user}"\npassword_env = "IMAP_PASSWORD"\n'
    )
    monkeypatch.setenv("SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IMAP_PASSWORD", "wrong")
    checks = {c.name: c for c in mail_checks(App.load(Home.at(configured)))}
    assert checks["SMTP login"].ok
    assert not checks["IMAP mailbox"].ok
    assert "connect imap" in (checks["IMAP mailbox"].fix or "")
    monkeypatch.setenv("IMAP_PASSWORD", PASSWORD)
    checks = {c.name: c for c in mail_checks(App.load(Home.at(configured)))}
    assert checks["IMAP mailbox"].ok
    assert "'Drafts'" in checks["IMAP mailbox"].detail


def test_no_mail_servers_means_no_checks(home: Path) -> None:
    assert mail_checks(App.load(Home.at(home))) == []


# --- editing config.toml ----------------------------------------------------------------


def test_set_table_replaces_keys_and_keeps_the_rest() -> None:
    text = '[mail]\nbackend = "local"  # default\n\n[mail.local]\npath = "~/Mail"\n'
    edited = set_table(text, "mail", {"backend": "smtp"})
    assert edited == '[mail]\nbackend = "smtp"\n\n[mail.local]\npath = "~/Mail"\n'
    assert tomllib.loads(set_table(edited, "mail.smtp", {"host": "smtp.example.org", "port": 465}))[
        "mail"
    ]["smtp"] == {"host": "smtp.example.org", "port": 465}


def test_set_table_removes_keys_given_none_and_quotes_strings() -> None:
    text = '[caldav]\npassword_env = "X"\nurl = "old"\n'
    edited = set_table(text, "caldav", {"password_env": None, "url": 'a "quoted" ü'})
    assert tomllib.loads(edited) == {"caldav": {"url": 'a "quoted" ü'}}


def test_a_layout_that_cannot_be_edited_is_left_alone(
    home: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir(parents=True, exist_ok=True)
    original = 'mail = { backend = "local" }\n'
    (home / "config.toml").write_text(original)
    monkeypatch.setenv("MAIL_PASSWORD", PASSWORD)
    result = invoke(
        "connect",
        "imap",
        "--smtp-only",
        f"--email={ME}",
        f"--username={USER}",
        "--smtp-host=127.0.0.1",
        f"--smtp-port={smtp_server.port}",
        "--smtp-security=none",
        "--password-env=MAIL_PASSWORD",
    )
    assert result.exit_code == 2
    assert "Add these lines" in result.output and "[mail.smtp]" in result.output
    assert (home / "config.toml").read_text() == original
