"""``serve``: the local page to review briefings and approve drafts.

The server listens on 127.0.0.1 only, by default on a free port, and answers
only to the random token in the URL it prints (see ``assistant.web.security``).
Werkzeug's threaded server is enough for one person's browser on one machine.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import signal
import socket
import sys
import webbrowser
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
    that link opens the page. Approving there sends exactly as `drafts approve`
    does. Ctrl-C stops it.
    """
    from assistant.web import create_app

    app = load_app()
    token = secrets.token_urlsafe(32)
    web = create_app(app, token)
    listening = listen(port)
    server = make_server(
        HOST, port, web, threaded=True, request_handler=QuietRequestHandler, fd=listening.fileno()
    )
    listening.close()  # the server holds its own copy of the socket
    web.config["WEB_PORT"] = server.port
    url = f"http://{HOST}:{server.port}/login?token={token}"
    click.echo("interview-assistant is serving your review page. Open this link (it is your key):")
    click.echo(f"  {url}")
    click.echo("Ctrl-C stops it.")
    sys.stdout.flush()
    if open_browser:
        webbrowser.open(url)
    previous = signal.signal(signal.SIGTERM, _stop)
    # Notifications link to the page while it runs (the bare address, never the token).
    write_page_address(app.home.data_dir, f"http://{HOST}:{server.port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        clear_page_address(app.home.data_dir)
        server.server_close()
        signal.signal(signal.SIGTERM, previous)
    click.echo("stopped.")
