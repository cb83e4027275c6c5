"""The board as text, JSON and CSV rows: what ``interview-assistant pipeline`` prints.

Pure. Times are ISO 8601 with the user's offset; dates in text are written in the
current locale (:func:`assistant.i18n.using`; ``Mon, Mar 23, 2026`` in en_US,
``Mon 23 Mar 2026`` in en_AU). JSON: a list of applications; CSV: one row per round, so a
spreadsheet can sort and filter them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Any

from assistant.dates import format_moment
from assistant.delivery import emails_for_real, sent_words
from assistant.pipeline.board import Application, RoundEntry
from assistant.text import one_line

CSV_COLUMNS = (
    "employer",
    "role",
    "state",
    "round",
    "date",
    "kind",
    "title",
    "people",
    "sent",
    "next",
    "note",
)


def _day(moment: datetime, tz: tzinfo) -> str:
    return format_moment(moment, tz, year=True, clock=False)


def _iso(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).isoformat(timespec="minutes")


def _sent_text(entry: RoundEntry, tz: tzinfo) -> str:
    return "; ".join(f"{s.label} to {s.to} on {_day(s.at, tz)}" for s in entry.sent)


def to_json(app: Application, tz: tzinfo, backend: str) -> dict[str, Any]:
    """One application as ``pipeline --json`` prints it.

    Keys: ``employer`` (the key ``pipeline set`` accepts), ``company``, ``role``,
    ``state`` (active, waiting, offer, closed), ``state_set`` (true when you set
    it), ``note``, ``next``, ``rounds`` (each: ``number`` (null when the earlier rounds are not
    in the calendar), ``event_id``, ``start``,
    ``kind``, ``title``, ``people`` [{name, email}], ``sent`` [{kind, to, at,
    emailed}], ``waiting_drafts``). ``sent`` lists the messages you approved;
    ``emailed`` is false when the local mailbox only filed them in its Sent folder
    (``[mail] backend = "local"``), so nothing reached the recipient.
    """
    emailed = emails_for_real(backend)
    return {
        "employer": app.key,
        "company": app.company,
        "role": app.role,
        "state": app.state.value,
        "state_set": app.state_set,
        "note": app.note,
        "next": app.next_step,
        "rounds": [
            {
                "number": e.number,
                "event_id": e.round.event_id,
                "start": _iso(e.round.start, tz),
                "kind": e.round.kind.value,
                "title": e.round.summary,
                "people": [{"name": p.name, "email": p.email} for p in e.people],
                "sent": [
                    {"kind": s.kind.value, "to": s.to, "at": _iso(s.at, tz), "emailed": emailed}
                    for s in e.sent
                ],
                "waiting_drafts": e.waiting_drafts,
            }
            for e in app.rounds
        ],
    }


def csv_rows(board: Iterable[Application], tz: tzinfo, backend: str) -> list[dict[str, str]]:
    """One row per round, columns :data:`CSV_COLUMNS`. ``sent`` begins with what
    approving did (:func:`assistant.delivery.sent_words`): ``sent: …`` or ``filed (not emailed): …``."""
    rows = []
    for app in board:
        for entry in app.rounds:
            rows.append(
                {
                    "employer": app.company,
                    "role": app.role or "",
                    "state": app.state.value,
                    "round": "" if entry.number is None else str(entry.number),
                    "date": _iso(entry.round.start, tz),
                    "kind": entry.kind_label,
                    "title": entry.round.summary,
                    "people": ", ".join(p.display for p in entry.people),
                    "sent": f"{sent_words(backend)}: {_sent_text(entry, tz)}" if entry.sent else "",
                    "next": app.next_step,
                    "note": app.note,
                }
            )
    return rows


def text_lines(board: Iterable[Application], tz: tzinfo, backend: str, now: datetime) -> list[str]:
    """The board for a terminal: a heading per application, a line per round.
    ``backend`` (the ``[mail] backend``) words what approving did: sent or filed.
    A round that has ended by ``now`` (aware) names the people "met"; one still to
    come or under way, the people "meeting" (nobody has met them yet)."""
    lines: list[str] = []
    for app in board:
        if lines:
            lines.append("")
        role = f" · {one_line(app.role, 80)}" if app.role else ""
        state = app.state.value + (" (set by you)" if app.state_set else "")
        lines.append(f"{one_line(app.company, 80)}{role}  [{state}]")
        if app.note and app.note not in app.next_step:  # a closed one's next step has it
            lines.append(f"  note: {one_line(app.note, 200)}")
        for entry in app.rounds:
            verb = "met" if entry.round.end <= now else "meeting"
            met = f"  {verb} {entry.met}" if entry.met else ""
            number = "–" if entry.number is None else f"{entry.number}."
            lines.append(
                f"  {number:<2} {_day(entry.round.start, tz):<16}  {entry.kind_label:<16}"
                f"{one_line(entry.round.summary, 70)}{met}"
            )
            if entry.sent:
                lines.append(f"     {sent_words(backend)}: {_sent_text(entry, tz)}")
        lines.append(f"  next: {app.next_step}")
    return lines
