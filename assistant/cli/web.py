"""``serve``: the local page to review briefings and approve drafts.

The server listens on 127.0.0.1 only, by default on a free port, and answers
only to the random one-time token in the URL it prints (see
``assistant.web.security``). Werkzeug's threaded server is enough for one
person's browser on one machine.

``--open`` never puts a token on the browser's command line, where any local user
could read it from ``/proc``: it writes a small page that redirects to a login URL
of its own (another one-time token) into a folder only the user can read (0700,
the file 0600), and hands the browser that file's path. The file is removed when
the server stops; its token is spent as soon as the browser has used it.
"""

from __future__ import annotations

import errno
import html
import logging
import os
import secrets
import shutil
import signal
import socket
import sys
import tempfile
import webbrowser
from pathlib import Path
from typing import Any

import click
from werkzeug.serving import WSGIRequestHandler, make_server

from assistant.cli.common import load_app
from assistant.errors import UsageError
from assistant.notify.page import clear_page_address, write_page_address

HOST = "127.0.0.1"
log = logging.getLogger("assistant.web")


class QuietRequestHandler(WSGIRequestHandler):
    """Logs requests without their query string: the login URL carries the token."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "").split("?", 1)[0]
        log.debug("%s %s %s", getattr(self, "command", "-"), path, code)


def listen(port: int) -> socket.socket:
    """A socket listening on 127.0.0.1:``port``; a port in use is a one-line error."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if os.name != "nt":
        # Restarting right after Ctrl-C must not fail on the old connections' TIME_WAIT.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError as error:
        sock.close()
        taken = error.errno == errno.EADDRINUSE
        raise UsageError(
            f"cannot listen on {HOST}:{port}: "
            + ("the port is in use" if taken else (error.strerror or str(error))),
            fix="pick another port with --port, or leave it out to get a free one",
        ) from None
    return sock


def _stop(*_: Any) -> None:
    raise KeyboardInterrupt


def redirect_page(url: str) -> Path:
    """A private file (0600 in a fresh 0700 folder) whose page sends the browser to ``url``.

    Its path, unlike ``url``, can be handed to a browser on the command line: no
    other user can read the file. The caller removes its folder when done.
    """
    from assistant.private import write_private

    folder = Path(tempfile.mkdtemp(prefix="interview-assistant-open-"))  # 0700
    page = folder / "open.html"
    target = html.escape(url, quote=True)
    write_private(
        page,
        "<!doctype html><meta charset=utf-8><meta name=referrer content=no-referrer>"
        f'<meta http-equiv="refresh" content="0;url={target}">'
        f'<title>interview-assistant</title><a href="{target}">Open interview-assistant</a>\n',
    )
    return page


@click.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your browser.")
def serve(port: int, open_browser: bool) -> None:
    """Open the local page to review briefings and approve drafts.

    It listens on 127.0.0.1 only and prints a link with a secret token: only
    that link opens the page, and only once. Approving there sends exactly as `drafts approve`
    does. Ctrl-C stops it.
    """
    from assistant.web import create_app
    from assistant.web.security import issue_login

    app = load_app()
    token = secrets.token_urlsafe(32)
    web = create_app(app, token)
    listening = listen(port)
    server = make_server(
        HOST, port, web, threaded=True, request_handler=QuietRequestHandler, fd=listening.fileno()
    )
    listening.close()  # the server holds its own copy of the socket
    web.config["WEB_PORT"] = server.port
    # Notifications link to the page while it runs (the bare address, never the token).
    write_page_address(app.home.data_dir, f"http://{HOST}:{server.port}")
    url = f"http://{HOST}:{server.port}/login?token={token}"
    click.echo(
        "interview-assistant is serving your review page. Open this link (it is your key,"
        " and works once):"
    )
    click.echo(f"  {url}")
    click.echo("Ctrl-C stops it.")
    sys.stdout.flush()
    page = None
    if open_browser:
        page = redirect_page(f"http://{HOST}:{server.port}/login?token={issue_login(web)}")
        webbrowser.open(page.as_uri())
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        clear_page_address(app.home.data_dir)
        server.server_close()
        signal.signal(signal.SIGTERM, previous)
        if page is not None:
            shutil.rmtree(page.parent, ignore_errors=True)
    click.echo("stopped.")
