"""Detection reused on unchanged input: a re-tick that reads nothing new detects nothing again.

:func:`~assistant.detect.detect` is pure: its verdicts follow from the events, the
:class:`~assistant.detect.Profile` (``[user]`` and ``[detect]``), the user's marks and
the detection code itself, and never from the clock. So a pass keeps its verdicts in
the store (the ``sync_state`` row :data:`KEY`, through the
:class:`~assistant.store.protocol.Store` port: the same on SQLite and PostgreSQL, per
account) under a fingerprint of those four, and the next pass with the same
fingerprint takes them back instead of detecting again.

The events are fingerprinted by the tokens their calendars gave
(:attr:`~assistant.sources.base.CalendarRead.token`: a saved window's generation and
which of its events the window kept), not by hashing every event, which would cost
half of what detecting them does. A calendar that gives no token (the providers' APIs,
a read whose zones are not saved as read) makes the pass detect as always. What
depends on the time (upcoming or past, what is due) is worked out by the caller from
its clock on every pass: nothing of it is kept here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import fields
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from assistant import __version__
from assistant.codec import verdict_from_dict, verdict_to_dict
from assistant.detect import Profile, detect
from assistant.errors import StoreError
from assistant.models import Detection, Event, Verdict

# The sync_state row the verdicts are kept in (no calendar's key looks like it).
KEY = "detect:verdicts"
# Bump when the saved shape changes.
FORMAT = 1

_PACKAGE = Path(__file__).resolve().parent.parent
# Besides the detect package (code and word lists): what it reads, and the saved form.
_CODE_BEYOND_DETECT = ("models.py", "text.py", "codec.py", "sources/relays.py")


class VerdictStore(Protocol):
    """The part of :class:`~assistant.store.Store` kept verdicts use."""

    def sync_state(self, source: str) -> dict[str, Any]: ...

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None: ...


@cache
def code_version() -> str | None:
    """A digest of detection's code and word lists (every file of ``assistant/detect``
    and the modules named in ``_CODE_BEYOND_DETECT``), and the package version: any edit
    makes verdicts detect afresh. None when the files cannot be read (nothing reused)."""
    digest = hashlib.sha256(__version__.encode())
    try:
        files = sorted(p for p in (_PACKAGE / "detect").rglob("*") if p.is_file())
        files += [_PACKAGE / name for name in _CODE_BEYOND_DETECT]
        for path in files:
            if path.suffix in (".pyc", ".pyo"):
                continue
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    """A setting as JSON whose text is the same in every process (sets sorted)."""
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def fingerprint(
    tokens: Sequence[str | None], profile: Profile, overrides: Mapping[str, bool]
) -> str | None:
    """What detection's verdicts follow from, as a SHA-256 hex digest: the calendars'
    tokens in the order read, the profile's settings, the marks and :func:`code_version`.
    None when there is no calendar or one gave no token: then nothing is reused."""
    version = code_version()
    if not tokens or any(token is None for token in tokens) or version is None:
        return None
    settings = {f.name: _plain(getattr(profile, f.name)) for f in fields(profile) if f.compare}
    facts = [FORMAT, version, list(tokens), settings, sorted(overrides.items())]
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()


def detect_or_reuse(
    events: Sequence[Event],
    profile: Profile,
    overrides: Mapping[str, bool],
    tokens: Sequence[str | None],
    store: VerdictStore,
    now: datetime,
) -> tuple[list[Detection], bool]:
    """:func:`~assistant.detect.detect`'s detections of ``events`` and whether they were
    the previous pass's (same :func:`fingerprint`) rather than detected now. Detected
    ones are kept for the next pass (``now``: when, UTC). A store that cannot read or
    keep them costs a detection, never a wrong verdict."""
    print_ = fingerprint(tokens, profile, overrides)
    if print_ is not None:
        kept = _load(store, print_, len(events))
        if kept is not None:
            return [Detection(e, v) for e, v in zip(events, kept, strict=True)], True
    detections = detect(events, profile, overrides)
    if print_ is not None:
        _save(store, print_, detections, now)
    return detections, False


def _load(store: VerdictStore, print_: str, count: int) -> list[Verdict] | None:
    """The kept verdicts, one per event, when kept under ``print_``; else None."""
    try:
        data = store.sync_state(KEY)
    except StoreError:
        return None
    if not data or data.get("fingerprint") != print_ or len(data.get("of", ())) != count:
        return None
    try:
        distinct = [verdict_from_dict(v) for v in data["verdicts"]]
        return [distinct[i] for i in data["of"]]
    except (KeyError, TypeError, ValueError, IndexError):
        return None  # a damaged row: detect afresh


def _save(store: VerdictStore, print_: str, detections: Sequence[Detection], now: datetime) -> None:
    """Keep the verdicts, each distinct one once (a series' instances share theirs)."""
    index: dict[int, int] = {}
    distinct: list[dict[str, Any]] = []
    of: list[int] = []
    for detection in detections:
        verdict = detection.verdict
        at = index.get(id(verdict))
        if at is None:
            at = index[id(verdict)] = len(distinct)
            distinct.append(verdict_to_dict(verdict))
        of.append(at)
    data = {"fingerprint": print_, "verdicts": distinct, "of": of}
    with suppress(StoreError):  # a store that cannot keep them costs the next pass a detection
        store.save_sync_state(KEY, data, now)
