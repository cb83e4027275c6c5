"""From a calendar's bytes to text: which encoding, and whether it was a guess.

RFC 5545 §3.1.4 makes UTF-8 the default charset, but real calendars arrive in
others: Windows "Unicode" saves are UTF-16 with a byte-order mark, some servers
name a charset in the HTTP ``Content-Type`` (RFC 9110 §8.3), and older exports
are Windows-1252. The order of trust, from surest to least sure:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32, RFC 2781 / Unicode §23.8);
2. the charset the server declared;
3. UTF-16 without a mark, when ``BEGIN`` is written in 16-bit units;
4. UTF-8, when the bytes are valid UTF-8;
5. Windows-1252 (Latin-1 for its five unassigned bytes): a guess, said in a warning.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from email.message import Message

# UTF-32 first: its little-endian mark starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """The calendar's text, and a warning (without the calendar's label) when the
    encoding was guessed rather than known, or None."""

    text: str
    warning: str | None = None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` header, lower-cased, or None.

    ``text/calendar; charset="ISO-8859-1"`` gives ``iso-8859-1``. Parsed with the
    standard library's MIME header parser (RFC 2045 parameters, quoted or not).
    """
    if not content_type:
        return None
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_content_charset()
    return charset or None


def decode_bytes(data: bytes, charset: str | None = None) -> Decoded:
    """Decode a calendar (see the module docstring for the order of trust).

    ``charset`` is what the server declared, if anything; one Python does not know,
    or that does not fit the bytes, is ignored with a warning. Never raises.
    """
    for mark, codec in _BOMS:
        if data.startswith(mark):
            text = data[len(mark) :].decode(codec, errors="replace")
            if codec != "utf-8" or "\ufffd" not in text:
                return Decoded(text)
            break  # a UTF-8 mark on bytes that are not UTF-8: read below like any other
    declared_problem = ""
    if charset:
        try:
            return Decoded(data.decode(charset))
        except LookupError:
            declared_problem = f"the server declared an unknown charset {charset!r}; "
        except UnicodeDecodeError:
            declared_problem = f"the server declared charset {charset!r}, which does not fit; "
    data = data.removeprefix(codecs.BOM_UTF8)
    # Checked before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a NUL after each letter.
    unmarked = _unmarked_utf16(data)
    if unmarked:
        return Decoded(
            data.decode(unmarked, errors="replace"),
            declared_problem + "no byte-order mark; read as UTF-16",
        )
    try:
        text = data.decode("utf-8")
        if not declared_problem:
            return Decoded(text)
        return Decoded(text, declared_problem + "read as UTF-8")
    except UnicodeDecodeError:
        pass
    return Decoded(
        _windows_1252(data),
        declared_problem + "not valid UTF-8; read as Windows-1252 (Western European). "
        "If names or accents look wrong, save the calendar as UTF-8",
    )


def _unmarked_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``BEGIN`` appears in 16-bit units near the start."""
    at = data[:256].find(b"B\x00E\x00G\x00I\x00N")
    if at < 0:
        return None
    # A character's ASCII byte sits at even offsets in little-endian, odd in big-endian.
    return "utf-16-le" if at % 2 == 0 else "utf-16-be"


def _latin1_for_unassigned(error: UnicodeError) -> tuple[str, int]:
    """Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned: read them as Latin-1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("assistant-latin-1", _latin1_for_unassigned)


def _windows_1252(data: bytes) -> str:
    return data.decode("cp1252", errors="assistant-latin-1")
