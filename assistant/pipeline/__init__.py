"""Where each application stands: rounds per employer, the user's states, nudges.

- :mod:`.rounds`: every round (screen, first interview, later round) from
  detection's verdicts, kept in the store; the state the user sets per application;
- :mod:`.board`: rounds grouped into one :class:`Application` per employer, with
  what was sent, a state and the next step (pure);
- :mod:`.nudges`: working days and the check-in nudges each application owes (pure
  planning, plus the jobs that carry them);
- :mod:`.checkin`: the pass's side: record, plan, and act on a due nudge.

``interview-assistant pipeline`` and the web page's Pipeline read the board;
the briefing's "where you stand" line is :func:`standing_line`.
"""

from __future__ import annotations

from assistant.pipeline.board import Application, RoundEntry, Sent, build_board, standing_line
from assistant.pipeline.nudges import add_working_days, load_board, weekend_days
from assistant.pipeline.rounds import AppState, Round, RoundKind, set_state, stored_rounds

__all__ = [
    "AppState",
    "Application",
    "Round",
    "RoundEntry",
    "RoundKind",
    "Sent",
    "add_working_days",
    "build_board",
    "load_board",
    "set_state",
    "standing_line",
    "stored_rounds",
    "weekend_days",
]
