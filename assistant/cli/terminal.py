"""The terminal guard: nothing written by a command can act on the terminal.

Event titles, names, descriptions and calendar errors come from strangers, and
they reach the terminal through many commands (``scan``, ``drafts list``,
``status``, warnings, errors, the log). Rather than trust every ``echo`` to clean
its text, :func:`guarded` puts an :class:`InertStream` in front of ``sys.stdout``
and ``sys.stderr`` for the whole command: C0 and C1 controls (U+009B included),
bidi overrides and isolates, line separators and every escape sequence are taken
out (:func:`assistant.text.inert`). The one thing let through is the plain colour
sequences (SGR) that click's ``style`` writes for "error:" and "warning:"; they
change colours and nothing else.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from assistant.text import inert

# SGR (ECMA-48 8.3.117) with only reset, bold, dim, italic, underline, their resets and
# the 8/16 colours: what click.style emits for fg/bg/bold. No cursor, title or link.
_PARAMETER = r"(?:0|1|2|3|4|22|23|24|39|49|3[0-7]|4[0-7]|9[0-7]|10[0-7])"
_COLOUR = re.compile(rf"\x1b\[(?:{_PARAMETER}(?:;{_PARAMETER})*)?m")


def terminal_text(text: str) -> str:
    """``text`` with every control and escape sequence removed but plain colours and
    line feeds; a CR LF pair becomes a line feed."""
    text = text.replace("\r\n", "\n")
    out, position = [], 0
    for match in _COLOUR.finditer(text):
        out.append(inert(text[position : match.start()], keep_newlines=True))
        out.append(match.group())
        position = match.end()
    out.append(inert(text[position:], keep_newlines=True))
    return "".join(out)


class InertStream:
    """A text stream that passes everything written to it through :func:`terminal_text`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno, buffer…
        return getattr(self._stream, name)


@contextmanager
def guarded() -> Iterator[None]:
    """For the duration: ``sys.stdout`` and ``sys.stderr`` write inert text only."""
    saved = sys.stdout, sys.stderr
    sys.stdout = InertStream(saved[0])
    sys.stderr = InertStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
