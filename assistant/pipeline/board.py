"""The board: rounds grouped into one application per employer, each with its next step.

Pure: rounds, drafts and the user's states in, :class:`Application` entries out,
given ``now``. Rounds belong to one application when they share an employer key
(detection's linkage: a corporate domain's label or a squashed company name), so
an invite from ``acme.example`` and one titled "Interview at Acme" meet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from assistant.dates import format_moment
from assistant.detect.who.persons import people_met
from assistant.drafting.drafts import first_name
from assistant.durations import plural
from assistant.event_ids import PART_MIN
from assistant.i18n import _, current_locale, join_words, ngettext
from assistant.models import Attendee, Draft, DraftKind, DraftState
from assistant.pipeline.agency import GoBetweens, agency_call, employer_name, linking_keys
from assistant.pipeline.rounds import AppState, Round, RoundKind, StateMark

_WAITING = (DraftState.DRAFTED, DraftState.APPROVED)
_SENT_LABELS = {
    DraftKind.THANK_YOU: "thank-you",
    DraftKind.OFFER_REQUEST: "offer request",
    DraftKind.CHECK_IN: "check-in",
}


@dataclass(frozen=True)
class Sent:
    """A message the user approved and sent for one round."""

    event_id: str
    kind: DraftKind
    to: str
    at: datetime

    @property
    def label(self) -> str:
        return _SENT_LABELS.get(self.kind, self.kind.value)


@dataclass(frozen=True)
class RoundEntry:
    """One round as the board shows it: its number, and what was sent and is waiting.

    ``number`` counts the rounds known with the employer (1 for the first); it is
    None when the earliest round known is already a later one, so the earlier rounds
    are not in the calendar and any number would be a guess.
    """

    number: int | None
    round: Round
    sent: tuple[Sent, ...] = ()
    waiting_drafts: int = 0

    @property
    def kind_label(self) -> str:
        return self.round.kind.label

    @property
    def name(self) -> str:
        """``round 2 (later round)``, or ``a later round`` when its number is unknown."""
        if self.number is None:
            return "a later round"
        return f"round {self.number} ({self.kind_label})"

    @property
    def people(self) -> list[Attendee]:
        """The people met: persons only, each once (:func:`assistant.detect.who.persons.people_met`)."""
        return people_met(self.round.people, self.round.company)

    @property
    def met(self) -> str:
        """The people met, by name: "Priya and Sam"."""
        return and_list([first_name(p) or p.display for p in self.people])


@dataclass
class Application:
    """One employer's process: its rounds, what was sent, its state and next step.

    ``key`` names the application (its first employer key, sorted); ``state`` is the
    user's when they set one (``state_set``), else derived from the rounds.
    """

    key: str
    keys: frozenset[str]
    company: str
    role: str | None
    rounds: list[RoundEntry] = field(default_factory=list)
    state: AppState = AppState.ACTIVE
    state_set: bool = False
    note: str = ""
    next_step: str = ""

    @property
    def sent(self) -> list[Sent]:
        return sorted((s for e in self.rounds for s in e.sent), key=lambda s: s.at)

    @property
    def event_ids(self) -> set[str]:
        return {e.round.event_id for e in self.rounds}

    def names(self, wanted: str) -> bool:
        """Whether ``wanted`` (a name typed by the user) names this application."""
        folded = wanted.strip().casefold()
        squashed = "".join(ch for ch in folded if ch.isalnum())
        return folded in (self.company.casefold(), self.key) or squashed in self.keys

    def names_part(self, wanted: str) -> bool:
        """Whether ``wanted`` is part of this application's name or employer keys, as an
        event id's part names it (:func:`assistant.event_ids.matching_ids`): the start
        of the name, of a word of it or of a key at any length, anywhere from
        :data:`~assistant.event_ids.PART_MIN` characters; case ignored."""
        folded = wanted.strip().casefold()
        squashed = "".join(ch for ch in folded if ch.isalnum())
        if not squashed:
            return False
        name = self.company.casefold()
        starts = [name, *name.split(), self.key, *self.keys]
        if any(s.startswith(folded) or s.startswith(squashed) for s in starts):
            return True
        return len(squashed) >= PART_MIN and (
            folded in name or any(squashed in key for key in (self.key, *self.keys))
        )

    def latest(self) -> RoundEntry | None:
        return self.rounds[-1] if self.rounds else None


def find_applications(board: Iterable[Application], wanted: str) -> list[Application]:
    """The applications ``wanted`` (typed by the user) names: those it names in full
    (:meth:`Application.names`), else those it is part of (:meth:`Application.names_part`)."""
    board = list(board)
    return [a for a in board if a.names(wanted)] or [a for a in board if a.names_part(wanted)]


def and_list(words: Sequence[str]) -> str:
    """``Priya``, ``Priya and Sam``, ``Priya, Sam and Lee``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _groups(rounds: Iterable[Round]) -> list[list[Round]]:
    """Active rounds that share any employer key, transitively (a small union-find).

    A go-between's key joins nothing and its own calls are no round
    (:mod:`assistant.pipeline.agency`).
    """
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    active = [r for r in rounds if r.active]
    known = GoBetweens(active)
    kept = [(r, linking_keys(r, known.shared)) for r in active if not agency_call(r, known)]
    for _item, keys in kept:
        first = find(keys[0])
        for key in keys[1:]:
            parent[find(key)] = first
    grouped: dict[str, list[Round]] = {}
    for item, keys in kept:
        grouped.setdefault(find(keys[0]), []).append(item)
    return [sorted(g, key=lambda r: r.start) for g in grouped.values()]


def build_board(
    rounds: Iterable[Round],
    drafts: Iterable[Draft],
    states: Mapping[str, StateMark],
    now: datetime,
    tz: tzinfo,
) -> list[Application]:
    """One :class:`Application` per employer, those with something ahead first.

    ``states`` maps an employer key to what the user set; when several keys of one
    application carry a state, the newest wins.
    """
    by_event: dict[str, list[Draft]] = {}
    for draft in drafts:
        by_event.setdefault(draft.event_id, []).append(draft)
    board = []
    for group in _groups(rounds):
        keys = frozenset(k for r in group for k in r.keys)
        app = Application(
            key=sorted(keys)[0],
            keys=keys,
            company=employer_name(group) or sorted(keys)[0],
            role=next((r.role for r in reversed(group) if r.role), None),
        )
        # A later round first means the earlier ones are not in the calendar: no numbers.
        counted = group[0].kind is not RoundKind.LATER
        for position, item in enumerate(group, start=1):
            number = position if counted else None
            own = by_event.get(item.event_id, [])
            sent = tuple(
                Sent(item.event_id, d.kind, d.to_header, d.sent_at)
                for d in own
                if d.state is DraftState.SENT and d.sent_at is not None
            )
            waiting = sum(1 for d in own if d.state in _WAITING)
            app.rounds.append(RoundEntry(number, item, sent, waiting))
        marks = [states[k] for k in keys if k in states]
        if marks:
            mark = max(marks, key=lambda m: m.at)
            app.state, app.state_set, app.note = mark.state, True, mark.note
        else:
            app.state = _derived_state(app, now)
        app.next_step = next_step(app, now, tz)
        board.append(app)
    ahead = [a for a in board if a.rounds[-1].round.end > now and a.state is not AppState.CLOSED]
    rest = [a for a in board if a not in ahead]
    ahead.sort(key=lambda a: min(e.round.start for e in a.rounds if e.round.end > now))
    rest.sort(key=lambda a: (a.state is AppState.CLOSED, -a.rounds[-1].round.start.timestamp()))
    return ahead + rest


def _derived_state(app: Application, now: datetime) -> AppState:
    """Active while a round is ahead, else waiting. Only the user says "offer" or
    "closed": a request for the offer in writing is not an offer yet."""
    latest = app.latest()
    if latest is not None and latest.round.end > now:
        return AppState.ACTIVE
    return AppState.WAITING


def next_step(app: Application, now: datetime, tz: tzinfo) -> str:
    """What comes next, in a few words: an upcoming round, a wait, an offer requested.
    In English, its dates in the current locale (:func:`assistant.i18n.using`: the
    user's English where the board is shown)."""
    if app.state is AppState.CLOSED:
        return "closed" + (f": {app.note}" if app.note else "")
    upcoming = [e for e in app.rounds if e.round.end > now]
    if upcoming:
        entry = upcoming[0]
        return f"{entry.name} on {format_moment(entry.round.start, tz)}"
    offer = [s for s in app.sent if s.kind is DraftKind.OFFER_REQUEST]
    if offer:
        return f"offer requested on {_day(offer[-1].at, tz)}; waiting for it in writing"
    if app.state is AppState.OFFER:
        return "offer received" + (f": {app.note}" if app.note else "")
    latest = app.rounds[-1]
    since = max([latest.round.end, *(s.at for s in latest.sent)])
    days = (now.astimezone(tz).date() - since.astimezone(tz).date()).days
    waiting = sum(e.waiting_drafts for e in app.rounds)
    step = f"waiting for a reply for {plural(days, 'day')}" if days else "waiting for a reply"
    if waiting:
        step += f"; {plural(waiting, 'draft')} waiting for your approval"
    return step


def _day(moment: datetime, tz: tzinfo) -> str:
    """``2 Mar`` (en_GB), ``Mar 2`` (en_US), ``2. März`` (de), in the current locale:
    CLDR's skeleton ``MMMd``."""
    return format_moment(moment, tz, current_locale().split("@")[0], weekday=False, clock=False)


def standing_line(board: Iterable[Application], event_id: str, tz: tzinfo, now: datetime) -> str:
    """Where the user stands with the employer of ``event_id``, for its briefing, in the
    current locale (:func:`assistant.i18n.using`).

    "Round 3 with Acme: you met Priya and Sam on 2 Mar; thank-yous sent." The
    people are those of the round before, and what was sent for it ("you meet …"
    while that round has not ended by ``now``, aware: a briefing can go out before
    it); "A later round with Acme." when the earlier rounds are not in the calendar;
    "" when the interview is in no application.
    """
    for app in board:
        for index, entry in enumerate(app.rounds):
            if entry.round.event_id != event_id:
                continue
            if entry.number is None:
                line = _("A later round with {company}").format(company=app.company)
            else:
                line = _("Round {number} with {company}").format(
                    number=entry.number, company=app.company
                )
            if index == 0:
                return line + "."
            before = app.rounds[index - 1]
            when = _day(before.round.start, tz)
            names = [first_name(p) or p.display for p in before.people]
            if names and before.round.end > now:
                detail = _("you meet {people} on {day}").format(people=join_words(names), day=when)
            elif names:
                detail = _("you met {people} on {day}").format(people=join_words(names), day=when)
            else:
                detail = _("last round on {day}").format(day=when)
            parts = [detail]
            thanks = [s for s in before.sent if s.kind is DraftKind.THANK_YOU]
            if thanks:
                parts.append(ngettext("thank-you sent", "thank-yous sent", len(thanks)))
            elif before.waiting_drafts:
                parts.append(_("thank-yous still waiting for your approval"))
            return line + ": " + "; ".join(parts) + "."
    return ""
