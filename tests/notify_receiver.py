"""A local HTTP receiver for notifications: Apprise's ``json://127.0.0.1:PORT`` posts here.

A tiny ``http.server`` on a free loopback port, in a thread, for one test. It keeps
every JSON body it receives (``received``); with ``failing`` set it answers 500,
like a notification service that is down. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Receiver:
    """What arrived, and a switch to make the receiver refuse."""

    port: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    failing: bool = False

    @property
    def url(self) -> str:
        """The Apprise URL that posts JSON to this receiver."""
        return f"json://127.0.0.1:{self.port}"

    @property
    def titles(self) -> list[str]:
        return [str(body.get("title", "")) for body in self.received]


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length)
            if receiver.failing:
                self.send_response(500)
                self.end_headers()
                return
            receiver.received.append(json.loads(data or b"{}"))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass  # keep the test output clean

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A running receiver; stopped (and its thread joined) after the test."""
    state = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join()
