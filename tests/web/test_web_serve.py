"""``interview-assistant serve``: 127.0.0.1 only, a token URL, a clean stop, a clear error."""

from __future__ import annotations

import http.cookiejar
import logging
import re
import socket
import stat
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from assistant.app import App
from assistant.cli import cli
from assistant.cli.web import HOST, QuietRequestHandler
from tests.web.served import Served


def test_serve_prints_a_token_url_answers_it_and_stops_on_ctrl_c(web_home: App) -> None:
    served = Served.start(web_home.home.data_dir)
    try:
        assert served.base_url.startswith("http://127.0.0.1:")
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(served.base_url + "/drafts", timeout=10)
        assert refused.value.code == 403
        with opener.open(served.login_url, timeout=10) as response:
            assert response.url == served.base_url + "/"
            assert "No follow-up interviews yet" in response.read().decode()
        with opener.open(served.base_url + "/drafts", timeout=10) as response:
            assert "No drafts waiting" in response.read().decode()
    finally:
        code, printed = served.stop()
    assert code == 0
    assert "stopped." in printed


def test_serve_listens_on_the_loopback_interface_only(web_home: App) -> None:
    served = Served.start(web_home.home.data_dir)
    try:
        port = int(served.base_url.rsplit(":", 1)[1])
        other = _non_loopback_address()
        if other is None:
            pytest.skip("this machine has no address besides the loopback one")
        with pytest.raises(OSError), socket.create_connection((other, port), timeout=2):
            pass
    finally:
        served.stop()


def _non_loopback_address() -> str | None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_a_port_in_use_is_a_one_line_error(web_home: App, home: Path) -> None:
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}: the port is in use" in result.output
    assert "--port" in result.output
    assert "Traceback" not in result.output


def test_request_log_lines_never_carry_the_token(caplog: pytest.LogCaptureFixture) -> None:
    handler = QuietRequestHandler.__new__(QuietRequestHandler)
    handler.path = "/login?token=secret-token-value"
    handler.command = "GET"
    with caplog.at_level(logging.DEBUG, logger="assistant.web"):
        handler.log_request(302)
    assert "GET /login 302" in caplog.text
    assert "secret-token-value" not in caplog.text


class StoppedAtOnce:
    """Stands in for the HTTP server: the user presses Ctrl-C as soon as it starts."""

    port = 48123
    closed = False

    def serve_forever(self) -> None:
        raise KeyboardInterrupt

    def server_close(self) -> None:
        StoppedAtOnce.closed = True


def test_open_hands_the_browser_a_private_file_never_the_token(
    web_home: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything on a command line can be read by every local user (``/proc/PID/cmdline``)."""
    opened: list[tuple[str, int, int, str]] = []

    def browser(argument: str) -> None:
        page = Path(urlsplit(argument).path)
        modes = (stat.S_IMODE(page.stat().st_mode), stat.S_IMODE(page.parent.stat().st_mode))
        opened.append((argument, *modes, page.read_text(encoding="utf-8")))

    monkeypatch.setattr("assistant.cli.web.make_server", lambda *a, **k: StoppedAtOnce())
    monkeypatch.setattr("assistant.cli.web.webbrowser.open", browser)
    result = CliRunner().invoke(cli, ["serve", "--open"])
    assert result.exit_code == 0, result.output
    [(argument, file_mode, folder_mode, content)] = opened
    assert argument.startswith("file:///") and "token" not in argument
    assert (file_mode, folder_mode) == (0o600, 0o700)
    printed = re.search(r"http://127\.0\.0\.1:48123/login\?token=[\w-]{40,}", result.output)
    found = re.search(r"http://127\.0\.0\.1:48123/login\?token=[\w-]{40,}", content)
    assert printed and found and printed.group(0) != found.group(0), "one token each, each once"
    assert not Path(urlsplit(argument).path).exists(), "removed when the server stops"
    assert "stopped." in result.output
    assert StoppedAtOnce.closed
