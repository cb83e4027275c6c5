"""Earlier rounds: which earlier interview-like event shares an employer with a later one.

Events are indexed by employer key (a corporate domain's label, or a company
name, squashed: ``tailspintoys``), so finding the earlier round of every event
costs one look-up per key instead of a comparison with every other event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import cached_property

from assistant.detect.employer.brandname import registered_in_full
from assistant.detect.employer.domains import squash
from assistant.detect.employer.domainspelling import domain_spellings
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.filing import (
    aliases,
    client_keys,
    job_keys,
    named_keys,
    names_the_job,
    through_go_between,
)
from assistant.detect.employer.fullname import initials_then_words
from assistant.detect.employer.namecompare import in_other_scripts, registered_sibling, width
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.employer.shorterwriting import shorter_writing
from assistant.detect.job.rolecompare import abbreviates, dashed, glued, qualified
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.verdict.keysuffix import SuffixKeys


def _fuller_role(role: str, short: str) -> bool:
    """Whether ``role`` is ``short`` written in full: with its team or speciality after
    it ("…, Home Energy", "… (Platform)", "…（拉美区域）"), the field or programme before it ("Legal Aid
    Casework Supervisor" for "Casework Supervisor"), or its initials spelled out."""
    lowered, start = role.casefold(), short.casefold()
    return (
        lowered.startswith((start + ",", start + " (", start + "（", start + " （"))
        or dashed(role, short)
        or glued(role, short)  # "Planning Engineer Base Maintenance"
        or abbreviates(short, role)
        or qualified(role, short)
    )


class EmployerIndex:
    """Interview-like events by employer key, earliest first."""

    def __init__(self, evidence: Iterable[Evidence]) -> None:
        earliest: dict[str, dict[str, Evidence]] = {}
        self._names: dict[str, str] = {}
        # How many interview invites write each name: a name in another script is the
        # process's when its invites write it at least as often
        self._writes: dict[str, int] = {}
        roles: dict[str, list[tuple[datetime, str]]] = {}
        self._later: dict[str, list[Evidence]] = {}  # invites to a later round, by key
        # Every name the calendar writes, by the keys a domain could be made from: a
        # name made up from a domain gives way to the one a note or an offer call writes
        self._written: dict[str, str] = {}
        self._widened: dict[tuple[frozenset[str], str | None], frozenset[str]] = {}
        # The employers the interview invites under each key named, as a search firm's
        # domain books its clients' rounds
        self._booked: dict[str, set[str]] = {}
        sizes: dict[str, int] = {"": 0}  # each name's width, worked out once
        # A job in words nobody listed, read beside a round's words: asked for only when
        # no round of the process names a listed one (a loop's sessions write their topic
        # there as often)
        unlisted: dict[str, list[tuple[datetime, str]]] = {}
        for ev in evidence:
            size = 0
            if ev.role_beside_round and ev.interview_like and not ev.role:
                for key in ev.keys:
                    unlisted.setdefault(key, []).append((ev.event.start, ev.role_beside_round))
            if ev.company and ev.strong_company:
                size = sizes[ev.company] = sizes.get(ev.company) or width(ev.company)
                for key in domain_spellings(ev.company):
                    if size > sizes[self._written.get(key, "")]:
                        self._written[key] = ev.company
            if ev.role and names_the_job(ev):
                # the job an agency's briefing names ("(client: Acme Ltd)") is the job
                # its client's rounds are for: by the client's name only, as the
                # agency's own domain is shared by all its clients
                for key in job_keys(ev) if ev.interview_like else client_keys(ev):
                    roles.setdefault(key, []).append((ev.event.start, ev.role))
            if not (ev.interview_like or ev.own_record):
                continue
            if ev.company and ev.strong_company:
                self._writes[ev.company] = self._writes.get(ev.company, 0) + 1
                if ev.interview_like:
                    for key in ev.keys:
                        self._booked.setdefault(key, set()).add(ev.company)
            spelled = aliases(ev)
            for key in spelled:
                # filed under the domains the name could be written as too, for a later
                # invite from the employer's own domain after an agency's first round
                earliest.setdefault(key, {}).setdefault(ev.event.uid, ev)
                self._names.setdefault(key, ev.company or "")
                if ev.role and ev.interview_like:
                    roles.setdefault(key, []).append((ev.event.start, ev.role))
            for key in ev.keys:
                if ev.interview_like and (ev.explicit or ev.stage or ev.described):
                    self._later.setdefault(key, []).append(ev)
                if ev.role and ev.own_record:
                    roles.setdefault(key, []).append((ev.event.start, ev.role))
                by_uid = earliest.setdefault(key, {})
                known = by_uid.get(ev.event.uid)
                if known is None or ev.event.start < known.event.start:
                    by_uid[ev.event.uid] = ev
                name = self._names.get(key)
                if ev.company and ev.strong_company and (name is None or size > sizes[name]):
                    self._names[key] = ev.company
        # Two series per key are enough: at most one of them is the event asking.
        self._first: dict[str, list[Evidence]] = {
            key: sorted(by_uid.values(), key=lambda e: e.event.start)[:2]
            for key, by_uid in earliest.items()
        }
        self._roles = {key: sorted(found) for key, found in roles.items()}
        self._unlisted = {key: sorted(found) for key, found in unlisted.items()}
        # Each role once, when first named: few per employer, however many rounds.
        self._distinct: dict[str, list[tuple[datetime, str]]] = {}
        for key, found in self._roles.items():
            first: dict[str, datetime] = {}
            for when, role in found:
                first.setdefault(role, when)
            self._distinct[key] = [(when, role) for role, when in first.items()]
        self._sorted_names = sorted(self._names)
        self._suffixes = SuffixKeys(self._first)

    @property
    def interviewed(self) -> tuple[str, ...]:
        """The employers' names met in interviews."""
        return tuple(self._names.values())

    @property
    def named_keys(self) -> dict[str, str]:
        """The name each employer key met in interviews is filed under, by key."""
        return self._names

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The employers' names met in interviews and the others the calendar writes
        (made once: asked per event, and the index is not changed after it is made)."""
        return (*self._names.values(), *self._written.values())

    @property
    def role_keys(self) -> tuple[str, ...]:
        """The employer keys some round filed a role under."""
        return tuple(self._roles)

    def role_before(self, ev: Evidence, also: str = "") -> str | None:
        """The role named by the latest earlier interview with the same employer: a
        later invite often leaves out what the first one said. ``also`` is one more
        employer key to look under (the employer's name given in full elsewhere)."""
        best: tuple[datetime, str] | None = None
        earlier: list[str] = []
        for key in self._keys_of(ev, ev.keys | {also} if also else ev.keys):
            found = self._roles.get(key, ())
            at = bisect_left(found, (ev.event.start, "")) - 1
            earlier += [role for when, role in self._distinct.get(key, ()) if when < ev.event.start]
            if at >= 0 and (best is None or found[at][0] > best[0]):
                best = found[at]
        if best is None:
            return self._unlisted_before(ev, also)
        # A later round often writes the role shorter: the fullest earlier form wins
        # ("Senior Analyst, Home Energy" over "Senior Analyst", or over "Senior PM").
        return max(
            (role for role in earlier if _fuller_role(role, best[1])),
            key=len,
            default=best[1],
        )

    def _unlisted_before(self, ev: Evidence, also: str) -> str | None:
        """The job the latest earlier round wrote beside its round words in words no
        language file lists (:mod:`.besideround`), under one of ``ev``'s keys."""
        best: tuple[datetime, str] | None = None
        for key in self._keys_of(ev, ev.keys | {also} if also else ev.keys):
            found = self._unlisted.get(key, ())
            at = bisect_left(found, (ev.event.start, "")) - 1
            if at >= 0 and (best is None or found[at][0] > best[0]):
                best = found[at]
        return best[1] if best else None

    def clients_booked(self, ev: Evidence) -> set[str]:
        """The employers other than ``ev``'s that interview invites under ``ev``'s keys
        named: those a go-between sending ``ev`` booked rounds with."""
        found = {name for key in ev.keys for name in self._booked.get(key, ())}
        return found - {ev.company or ""}

    def earlier_round(self, ev: Evidence) -> Evidence | None:
        """The earliest interview-like event of another series, with one of ``ev``'s
        employer keys, that starts before ``ev``."""
        # "Albion" after rounds filed under "albioninfrastructuregroup" alone: the name
        # written shorter (one employer's name begins so)
        keys = self._keys_of(ev) | self._longer_keys(ev)
        # "laboratoiresdufresneaubert" after rounds filed under "dufresneaubert"
        keys = keys.union(*(self._suffixes.around(key) for key in keys))
        # the employer the invite names first: an agency's own calls share its domain
        named = named_keys(ev) & keys
        if not named:
            return self._earliest(ev, keys)
        found = self._earliest(ev, named)
        if found is None and through_go_between(ev):
            return None  # "our client Acme": the agency's own intro call is no round with Acme
        return found or self._earliest(ev, keys)

    def _earliest(self, ev: Evidence, keys: frozenset[str]) -> Evidence | None:
        best: Evidence | None = None
        for key in keys:
            for candidate in self._first.get(key, ()):
                if candidate.event.uid == ev.event.uid:
                    continue
                if candidate.event.start < ev.event.start and (
                    best is None or candidate.event.start < best.event.start
                ):
                    best = candidate
                break
        return best

    def later_invite_near(self, ev: Evidence, within: timedelta) -> Evidence | None:
        """An invite to a later round with one of ``ev``'s employer keys (another series,
        with guests) starting within ``within`` of ``ev``: the real invite a placeholder
        stands for."""
        for key in self._keys_of(ev):
            for other in self._later.get(key, ()):
                if (
                    other.event.uid != ev.event.uid
                    and abs(other.event.start - ev.event.start) <= within
                ):
                    return other
        return None

    def _keys_of(self, ev: Evidence, keys: frozenset[str] | None = None) -> frozenset[str]:
        """``ev``'s employer keys (or ``keys`` given for it); for the user's own note,
        which has only the name it writes ("Acme onsite"), also the keys holding that name
        ("acmelabs", acme-labs.com), and the keys its name begins with when it writes the
        name in full ("Acme Labs Capital" for acmelabs.example)."""
        keys = ev.keys if keys is None else keys
        if not ev.solo or not keys:
            return keys
        asked = (keys, ev.company)  # asked again for each question about the same note
        known = self._widened.get(asked)
        if known is not None:
            return known
        wider = {
            k
            for k in self._first
            for own in keys
            if (len(own) >= 4 and own in k) or (len(k) >= 6 and own.startswith(k))
        }
        if ev.company and ev.company[:2].isupper():  # "ZVB Brno": initials first
            wider |= {k for k, n in self._names.items() if initials_then_words(ev.company, n)}
        found = self._widened[asked] = keys | wider
        return found

    def _longer_keys(self, ev: Evidence) -> set[str]:
        """The keys that begin with the key of the name ``ev`` writes
        ("greystonemutualinsurance" for "Greystone Mutual", where another invite wrote
        the name in full), all filed under one name; none when several names are, or when
        ``ev`` names no company."""
        if not ev.strong_company or not ev.company:
            return set()
        own = squash(ev.company)
        if len(own) < 5:
            return set()
        at = bisect_left(self._sorted_names, own)
        found = set()
        while at < len(self._sorted_names) and self._sorted_names[at].startswith(own):
            found.add(self._sorted_names[at])
            at += 1
        found.discard(own)
        # Two longer names ("Northwind Traders", "Northwind Logistics"): no way to tell;
        # one name filed under several keys (its domain's "albioninfra", its own
        # "albioninfrastructuregroup") is one employer
        return found if len({self._names[key] for key in found}) == 1 else set()

    def employer_in(self, title: str, word: str) -> str | None:
        """The name of an employer met in interviews that ``title`` writes and that holds
        ``word`` ("Kinship Games" in the note "Kinship Games final round", where "Games"
        alone would say a pastime), or ``None``. Legal forms are ignored."""
        squashed, lowered = squash(title), word.casefold()
        for key, name in self._names.items():
            if len(key) >= 5 and key in squashed and lowered in name.casefold():
                return name
        return None

    def employer_written(
        self, title: str, least: int = 1, among: Iterable[str] | None = None
    ) -> str | None:
        """The employer met in interviews whose name ``title`` writes, whole or its first
        two words at least ("Acme Labs trial shift @ Soho site" for Acme Labs Foods), or
        its first word alone when that is long enough to be a name of its own and a word
        of the title ("Bellweather final" for Bellweather Trust Company; a shorter one
        written with its capital, "Ossory final", never a firm's common word such as
        "Studio"); ``None`` when
        none is; the longest name written wins. ``least``: the fewest words of the name
        to be written (two for a place: "Tanjong Pagar" is no "Tanjong Capital");
        ``among``: the names asked about, else every employer met in interviews."""
        squashed = squash(title)
        best, written = None, 0
        words_of_title = {squash(word) for word in title.split()}
        # in a fixed order (``among`` may be a set): of two names written as far, the
        # first of them sorted wins on every run, whatever the hash seed
        for name in self._names.values() if among is None else sorted(among):
            words = name.split()
            for end in range(len(words), least - 1, -1):
                part = squash(" ".join(words[:end]))
                if end == 1 and (len(words) == 1 or len(part) < 6 or part not in words_of_title):
                    break
                # a shorter first word counts only as the name writes it ("Ossory final
                # w/ founders"), a word any firm's name may hold ("Studio") never
                if end == 1 and (
                    COMPANY_WORD.fullmatch(words[0])
                    or (len(part) < 8 and words[0] not in title.split())
                ):
                    break
                if len(part) >= 5 and part in squashed:
                    if len(part) > written:
                        best, written = name, len(part)
                    break
        return best

    def employer_keyed(self, title: str) -> str | None:
        """The employer met in interviews whose key (its domain's name: "brisamar" for
        "Hoteles Brisamar, S.L.") is a word of ``title`` of six letters or more, never a
        firm's common word; ``None`` when none is."""
        for word in title.split():
            key = squash(word)
            if len(key) >= 6 and key in self._names and not COMPANY_WORD.fullmatch(word):
                return self._names[key]
        return None

    def fullest_name(self, ev: Evidence) -> str | None:
        """The fullest name the employer goes by in its interview invites.

        Replaces a name made up from a domain ("Tailspintoys") and a shortened one
        ("Cyberdyne" where an earlier invite said "Cyberdyne Systems").
        """
        if not ev.keys and not ev.company:
            return None  # most events: no employer to look up
        current = ev.company or ""
        ev_keys = self._keys_of(ev)
        for key in sorted(ev_keys | self._longer_keys(ev)):
            name = self._names.get(key)
            if not name:
                continue
            if not ev.strong_company:
                return name
            if shorter_writing(
                current, name, own_note=ev.solo, role=lambda: ev.role or self.role_before(ev)
            ) or registered_sibling(current, name):
                # "Corvid Querétaro" or "Vogel Werke Augsburg" where the other rounds
                # register "Corvid Medical Devices Inc." or "Vogel Werke AG": a site after
                # the name, however long
                return name
            # "Sakura Resort K.K." in an English round where the process's other invites
            # write 株式会社さくらリゾート at least as often: one name for one process
            # ... unless the invite names its own job in its own script ("Kotoba Link K.K. –
            # Clinical Program Advisor"): another process with the same firm, named its way
            if (
                in_other_scripts(current, name)
                and self._writes.get(name, 0) >= self._writes.get(current, 0)
                and not (ev.role and in_other_scripts(ev.role, name))
            ):
                return name
        if not ev.strong_company:
            for key in sorted(ev.keys):
                if key in self._written:
                    return self._written[key]
            return None
        # "Tidewater" where a call from the same domain wrote "Tidewater Pictures LLC"; not
        # by the key made from the name itself: "Harbor Point" begins two employers' names
        keys = sorted(ev_keys - {name_key(current)})
        return registered_in_full(current, [self._written.get(key, "") for key in keys])
