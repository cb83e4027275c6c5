"""IMAP folders: names in modified UTF-7, LIST replies, and which folder holds drafts.

Servers name their Drafts and Sent folders differently ("Sent Items", "INBOX.Sent",
"[Gmail]/Entw&APw-rfe"); RFC 6154 special-use attributes say which is which when the
server sets them, the usual names otherwise. Pure functions: no connection here.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DRAFTS, SENT = "\\Drafts", "\\Sent"
# Names to try, in order, when the server marks no folder with the attribute.
FALLBACK_NAMES = {
    DRAFTS: ("Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts"),
    SENT: ("Sent", "Sent Messages", "Sent Items", "Sent Mail", "INBOX.Sent", "INBOX/Sent"),
}
_LIST_LINE = re.compile(r'^\((?P<attributes>[^)]*)\)\s+(?:NIL|"(?:[^"\\]|\\.)*")\s+(?P<name>.*)$')


def encode_folder_name(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 5.1.3), as commands need it."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + raw.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def quote(text: str) -> str:
    """An IMAP quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


@dataclass(frozen=True)
class Folder:
    """A folder as LIST shows it: its (encoded) name and attributes like ``\\Drafts``."""

    name: str
    attributes: frozenset[str]


def parse_list(items: Iterable[Any]) -> list[Folder]:
    """Parse imaplib's LIST data; a name sent as a literal arrives as a tuple."""
    folders = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, tuple):  # (b'(\\Sent) "/" {13}', b'Sent Messages')
            head, literal = item[0].decode("utf-8", "replace"), item[1].decode("utf-8", "replace")
            match = _LIST_LINE.match(re.sub(r"\{\d+\}$", '""', head.strip()))
            name = literal
        else:
            match = _LIST_LINE.match(item.decode("utf-8", "replace").strip())
            name = _unquote(match.group("name")) if match else ""
        if match:
            attributes = frozenset(a.lower() for a in match.group("attributes").split())
            folders.append(Folder(name, attributes))
    return folders


def choose_folder(folders: list[Folder], use: str, configured: str = "") -> str | None:
    """The folder for ``use`` (``\\Drafts`` or ``\\Sent``): configured name, attribute, usual name."""
    names = {f.name.lower(): f.name for f in folders if "\\noselect" not in f.attributes}
    if configured:
        return names.get(encode_folder_name(configured).lower())
    for folder in folders:
        if use.lower() in folder.attributes:
            return folder.name
    return next((names[n.lower()] for n in FALLBACK_NAMES[use] if n.lower() in names), None)
