"""Go-betweens on the board: an agency's own calls are no round, its key links no clients.

Detection names the employer of each round (the client, when an agency books the
interview: :mod:`assistant.detect.who.gobetween`) and gives it employer keys, among them
the domain label of whoever sent the invite. For an agency that label is the agency's,
so it would join two clients' applications, and the agency's own call with the user
("career catch-up", "market update", "intro") would open an application of its own.

Two signs, read from the rounds the store keeps (so a store written before this
module was added is read the same way):

- a key carried by rounds with different employers is a go-between's (one agency
  recruits for several clients; one search firm calls about one client), and joins
  no rounds;
- a screen or first round whose employer's own key is such a shared key, or one that
  names no role with an employer whose name is an agency's ("… Recruitment", "…
  Talent", "… Search": detection's ``agency`` words), is the agency's own call: no
  round at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.detect.employer.extract import name_key
from assistant.detect.words import wording as w
from assistant.pipeline.rounds import Round, RoundKind


class GoBetweens:
    """What the rounds say about go-betweens: the keys several employers share
    (:func:`shared_keys`), and the employers with a later round (an agency the user
    has a second interview with is their employer, not a go-between)."""

    def __init__(self, rounds: Iterable[Round]) -> None:
        active = [r for r in rounds if r.active]
        self.shared = shared_keys(active)
        self.hiring = frozenset(
            name_key(r.company) for r in active if r.company and r.kind is RoundKind.LATER
        )


def shared_keys(rounds: Iterable[Round]) -> frozenset[str]:
    """The employer keys carried by rounds of more than one employer (by name key)."""
    employers: dict[str, set[str]] = {}
    for item in rounds:
        if item.company:
            for key in item.keys:
                employers.setdefault(key, set()).add(name_key(item.company))
    return frozenset(k for k, names in employers.items() if len(names) > 1)


def agency_name(company: str | None) -> bool:
    """Whether ``company`` is written as an agency's name ("Reelhouse Recruitment")."""
    return bool(company) and w.AGENCY.search(company or "") is not None


def agency_call(item: Round, known: GoBetweens) -> bool:
    """Whether ``item`` is a go-between's own call with the user, not a round of an
    application: a screen or first round whose employer is the go-between itself (its
    name is the key it shares with another employer's rounds), or one naming no role
    whose employer is written as an agency and has no later round with the user (a
    role named makes it the agency's screen for that job, a step of the application)."""
    if item.kind is RoundKind.LATER or not item.company:
        return False
    own = name_key(item.company)
    if own in known.shared:
        return True
    return not item.role and agency_name(item.company) and own not in known.hiring


def linking_keys(item: Round, shared: frozenset[str]) -> tuple[str, ...]:
    """The keys ``item`` joins other rounds by: its own, not a go-between's; its
    employer's name key when every key it had was shared."""
    own = tuple(k for k in item.keys if k not in shared)
    if own:
        return own
    return (name_key(item.company),) if item.company else (item.event_id,)


def employer_name(group: Sequence[Round]) -> str | None:
    """The application's name: the latest employer detection named that is not an
    agency by name; the longest name when every one is (``None`` when none is named)."""
    named = [r.company for r in group if r.company]
    for company in reversed(named):
        if not agency_name(company):
            return company
    return max(named, key=len) if named else None


def agency_calls(rounds: Iterable[Round]) -> list[Round]:
    """The active rounds that are a go-between's own call (:func:`agency_call`),
    earliest first: ``pipeline`` names them, so none seems lost."""
    active = [r for r in rounds if r.active]
    known = GoBetweens(active)
    return sorted((r for r in active if agency_call(r, known)), key=lambda r: r.start)
