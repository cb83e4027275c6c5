"""Real servers for the adapter tests: SMTP (aiosmtpd), IMAP (Dovecot), CalDAV (Radicale).

No mock stands in for these protocols: each fixture starts the real server on a
free loopback port, once per test module, and stops it at teardown. Per-test
state stays apart without restarting anything: each test gets a fresh IMAP user
(Dovecot re-reads its passwd-file when it changes), a cleared SMTP handler, and
its own CalDAV calendar collection.

Test modules import the fixtures they use by name (``from tests.servers import
smtp_server``); pytest finds them in the module's namespace. They also set
``pytestmark = AIOSMTPD_WARNING`` to quiet aiosmtpd's warning about AUTH without
TLS, which is what the plain loopback server does on purpose.
"""

from __future__ import annotations

import grp
import imaplib
import itertools
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"
USER = "alex@example.com"
PASSWORD = "correct horse battery staple"
START_TIMEOUT = 15.0
AIOSMTPD_WARNING = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def free_port() -> int:
    """A port nobody listens on right now (the server binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[Any] | None = None) -> None:
    """Block until something accepts connections on ``port``; fail if the process dies."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            socket.create_connection((LOOPBACK, port), timeout=0.2).close()
            return
        except OSError:
            # Readiness polling in fixture set-up, not a timing assumption of a test.
            threading.Event().wait(0.02)
    raise RuntimeError(f"nothing listened on port {port} within {START_TIMEOUT:.0f}s")


def stop_process(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- TLS: one throwaway certificate authority per test session ----------------------


@dataclass
class Tls:
    """A test CA and a server certificate for 127.0.0.1 and localhost."""

    ca_file: Path
    server_context: ssl.SSLContext

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts the test CA (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.ca_file))


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    import trustme

    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1", "localhost")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(server)
    ca_file = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return Tls(ca_file, server)


# --- SMTP: aiosmtpd --------------------------------------------------------------------


@dataclass
class Received:
    """One message the SMTP server accepted (or swallowed before hanging up)."""

    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class RecordingHandler:
    """Keeps every message; ``drop_after_data`` hangs up instead of answering the DATA."""

    received: list[Received] = field(default_factory=list)
    drop_after_data: bool = False
    refuse_recipients: set[str] = field(default_factory=set)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse_recipients:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        if self.drop_after_data:
            # The message got here, but the client never learns it: "maybe sent".
            server.transport.close()
        return "250 2.0.0 queued"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.recipients]

    def reset(self) -> None:
        self.received.clear()
        self.drop_after_data = False
        self.refuse_recipients.clear()


@dataclass
class SmtpServer:
    """A running aiosmtpd server and what it received."""

    port: int
    handler: RecordingHandler
    security: str  # "none", "starttls" or "tls"
    controller: Any


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    # Any login name with the right password: the IMAP tests' users log in here too.
    ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


def start_smtp(security: str, tls: Tls | None = None, **extra: Any) -> SmtpServer:
    """Start aiosmtpd on a free port: plain, STARTTLS-only or implicit TLS; AUTH required.

    ``extra`` goes to aiosmtpd's ``Controller`` (``enable_SMTPUTF8=True``, for one).
    """
    from aiosmtpd.controller import Controller

    handler = RecordingHandler()
    port = free_port()
    options: dict[str, Any] = dict(
        hostname=LOOPBACK,
        port=port,
        authenticator=_authenticate,
        auth_required=True,
        # aiosmtpd does not see implicit TLS as TLS, so only STARTTLS can insist on it.
        auth_require_tls=security == "starttls",
    )
    if security == "starttls":
        assert tls is not None
        options.update(tls_context=tls.server_context, require_starttls=True)
    elif security == "tls":
        assert tls is not None
        options.update(ssl_context=tls.server_context)
    controller = Controller(handler, **options, **extra)
    controller.start()
    return SmtpServer(port, handler, security, controller)


@pytest.fixture(scope="module")
def smtp_plain_server() -> Iterator[SmtpServer]:
    server = start_smtp("none")
    yield server
    server.controller.stop()


@pytest.fixture
def smtp_server(smtp_plain_server: SmtpServer) -> SmtpServer:
    """The module's plain SMTP server (AUTH required), emptied for this test."""
    smtp_plain_server.handler.reset()
    return smtp_plain_server


# --- IMAP: Dovecot ----------------------------------------------------------------------

_DOVECOT_CONF = """\
protocols = imap
listen = {host}
base_dir = {run}
state_dir = {state}
log_path = {log}
ssl = no
{cleartext}
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
mail_uid = {mail_uid}
mail_gid = {mail_gid}
first_valid_uid = 0
first_valid_gid = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {passwd}
  default_fields = home={mail}/%u
}}
mail_location = maildir:{mail}/%u
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
# No growing login delay after a failed login (the tests make some on purpose).
service anvil {{
  chroot = {anvil_chroot}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot = {chroot}
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


# Users per Dovecot (one per test of a module that uses it).
DOVECOT_USERS = 200


def _dovecot_user(number: int) -> str:
    return f"user{number}@example.com"


def _dovecot_version(binary: str) -> tuple[int, ...]:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    return tuple(int(p) for p in out.stdout.split()[0].split(".")[:2] if p.isdigit())


@dataclass
class Dovecot:
    """A Dovecot IMAP server of our own, with a passwd-file we can add users to."""

    port: int
    passwd: Path
    folder: Path  # holds the passwd-file and the mail
    log: Path
    process: subprocess.Popen[bytes]
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def add_user(self) -> str:
        """A user nobody has used yet: an empty mailbox (password :data:`PASSWORD`)."""
        number = next(self._numbers)
        if number > DOVECOT_USERS:
            raise RuntimeError(f"more than {DOVECOT_USERS} IMAP users in one module")
        return _dovecot_user(number)

    def login(self, user: str, password: str = PASSWORD) -> imaplib.IMAP4:
        """A separate IMAP session, as the user's own mail client would have."""
        client = imaplib.IMAP4(LOOPBACK, self.port, timeout=10)
        client.login(user, password)
        return client

    # What the user's own mail client sees and does, through that separate session.

    def uids(self, user: str, folder: str, message_id: str | None = None) -> list[str]:
        """UIDs in ``folder`` (not counting messages flagged deleted)."""
        criteria = ["UNDELETED"]
        if message_id:
            criteria += ["HEADER", "Message-ID", f'"{message_id}"']
        client = self.login(user)
        try:
            client.select(f'"{folder}"')
            _, data = client.uid("SEARCH", *criteria)
            return (data[0] or b"").decode().split()
        finally:
            client.logout()

    def messages(self, user: str, folder: str) -> list[tuple[EmailMessage, str]]:
        """Each message in ``folder`` with its flags."""
        client = self.login(user)
        found = []
        try:
            client.select(f'"{folder}"')
            _, data = client.uid("SEARCH", "UNDELETED")
            for uid in (data[0] or b"").decode().split():
                _, parts = client.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
                head, body = parts[0]  # type: ignore[misc]
                message = message_from_bytes(body, policy=policy.default)
                found.append((message, head.decode()))  # type: ignore[arg-type]
        finally:
            client.logout()
        return found

    def delete(self, user: str, folder: str, message_id: str) -> None:
        """Delete a message as a mail client does: flag it deleted, then expunge."""
        client = self.login(user)
        try:
            client.select(f'"{folder}"')
            _, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{message_id}"')
            for uid in (data[0] or b"").decode().split():
                client.uid("STORE", uid, "+FLAGS", "(\\Deleted)")
            client.expunge()
        finally:
            client.logout()

    def append(self, user: str, folder: str, message: EmailMessage, flags: str = "") -> None:
        client = self.login(user)
        try:
            client.append(f'"{folder}"', flags or None, None, message.as_bytes(policy=policy.SMTP))
        finally:
            client.logout()

    def create(self, user: str, folder: str) -> None:
        client = self.login(user)
        try:
            client.create(f'"{folder}"')
        finally:
            client.logout()


def start_dovecot(root: Path) -> Dovecot:
    """Start ``dovecot -F`` with a throwaway config under ``root`` (skip if not installed)."""
    binary = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
    )
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    as_root = os.geteuid() == 0
    if as_root:
        # Dovecot refuses mail access as root and imap-login as root: mail runs as
        # nobody, the auth process as Debian's dovecot user, the login process as
        # dovenull (chrooted as usual). pytest's tmp folders are root-only, so the
        # passwd-file and the mail live in a folder of their own that they can reach.
        shared = Path(tempfile.mkdtemp(prefix="ia-dovecot-"))
        shared.chmod(0o755)
        mail, passwd = shared / "mail", shared / "passwd"
        mail.mkdir()
        nobody = pwd.getpwnam("nobody")
        os.chown(mail, nobody.pw_uid, nobody.pw_gid)
        mail_uid, mail_gid = str(nobody.pw_uid), str(nobody.pw_gid)
        internal_user, internal_group, login_user = "dovecot", "dovecot", "dovenull"
        chroot, anvil_chroot = "login", "empty"  # Dovecot's own defaults
        for user in ("dovecot", "dovenull"):
            try:
                pwd.getpwnam(user)
            except KeyError:
                pytest.skip(f"Dovecot's system user {user!r} does not exist")
    else:
        shared, mail, passwd = root, root / "mail", root / "passwd"
        mail.mkdir()
        me = pwd.getpwuid(os.geteuid())
        mail_uid, mail_gid = str(me.pw_uid), str(me.pw_gid)
        internal_user = login_user = me.pw_name
        internal_group = grp.getgrgid(me.pw_gid).gr_name
        chroot = anvil_chroot = ""  # only root can chroot
    for folder in ("run", "state"):
        (root / folder).mkdir()
    # Users are written once, up front: Dovecot notices a changed passwd-file by its
    # modification time, which two quick changes in one second would hide.
    passwd.write_text(
        "".join(
            f"{_dovecot_user(n)}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, DOVECOT_USERS + 1)
        )
    )
    passwd.chmod(0o644)
    port = free_port()
    cleartext = (
        "auth_allow_cleartext = yes"
        if _dovecot_version(binary) >= (2, 4)
        else "disable_plaintext_auth = no"
    )
    config = root / "dovecot.conf"
    config.write_text(
        _DOVECOT_CONF.format(
            host=LOOPBACK,
            port=port,
            run=root / "run",
            state=root / "state",
            log=root / "dovecot.log",
            cleartext=cleartext,
            internal_user=internal_user,
            internal_group=internal_group,
            login_user=login_user,
            mail_uid=mail_uid,
            mail_gid=mail_gid,
            passwd=passwd,
            mail=mail,
            chroot=chroot,
            anvil_chroot=anvil_chroot,
        )
    )
    process = subprocess.Popen(
        [binary, "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_for_port(port, process)
    except RuntimeError as exc:
        stop_process(process)
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        pytest.fail(f"Dovecot did not start: {exc}\n{error}")
    return Dovecot(port, passwd, shared, root / "dovecot.log", process)


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    server = start_dovecot(tmp_path_factory.mktemp("dovecot"))
    yield server
    stop_process(server.process)
    if server.process.stderr:
        server.process.stderr.close()
    if not server.folder.is_relative_to(tmp_path_factory.getbasetemp()):
        shutil.rmtree(server.folder, ignore_errors=True)


# --- CalDAV: Radicale --------------------------------------------------------------------


@dataclass
class Radicale:
    """A Radicale server (htpasswd, plain passwords) with an empty storage folder."""

    port: int
    htpasswd: Path
    process: subprocess.Popen[bytes]
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _session: Any = None

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def session(self) -> Any:
        """The test's own HTTP session (another client than the one under test)."""
        if self._session is None:
            import requests

            self._session = requests.Session()
            self._session.auth = (USER, PASSWORD)
        return self._session

    def new_calendar(self) -> str:
        """Create an empty calendar for the test user and return its URL."""
        url = f"{self.base}/{USER}/calendar-{next(self._numbers)}/"
        body = (
            '<?xml version="1.0"?><C:mkcalendar xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
            "<D:displayname>Interviews</D:displayname></D:prop></D:set></C:mkcalendar>"
        )
        response = self.session.request("MKCALENDAR", url, data=body, timeout=10)
        assert response.status_code == 201, response.text
        return url

    def put(self, calendar_url: str, name: str, ics: str) -> None:
        """Upload one .ics resource, as another client (a phone, a web calendar) would."""
        response = self.session.put(
            calendar_url + name,
            data=ics.encode("utf-8"),
            headers={"Content-Type": "text/calendar; charset=utf-8"},
            timeout=10,
        )
        assert response.status_code in (201, 204), response.text

    def delete(self, calendar_url: str, name: str) -> None:
        response = self.session.delete(calendar_url + name, timeout=10)
        assert response.status_code in (200, 204), response.text


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    pytest.importorskip("radicale")
    root = tmp_path_factory.mktemp("radicale")
    htpasswd = root / "users"
    htpasswd.write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            f"--server-hosts={LOOPBACK}:{port}",
            f"--storage-filesystem-folder={root / 'collections'}",
            "--auth-type=htpasswd",
            f"--auth-htpasswd-filename={htpasswd}",
            "--auth-htpasswd-encryption=plain",
            "--auth-delay=0",
            "--logging-level=warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process)
    except RuntimeError as exc:
        stop_process(process)
        pytest.fail(f"Radicale did not start: {exc}")
    server = Radicale(port, htpasswd, process)
    yield server
    if server._session is not None:
        server._session.close()
    stop_process(process)


# --- the system keyring ------------------------------------------------------------------


class MemoryKeyring:
    """A keyring backend in a dict, standing in for the system keyring."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Point the ``keyring`` library at an in-memory backend for this test."""
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(MemoryKeyring, KeyringBackend):  # type: ignore[misc]
        def __init__(self) -> None:
            MemoryKeyring.__init__(self)
            KeyringBackend.__init__(self)

    previous = keyring.get_keyring()
    backend = Backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
