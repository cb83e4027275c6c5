"""Which raw calendar events could be part of a hiring process, judged before parsing.

Parsing is the largest cost of reading a calendar, and most events (a weekly sync
with no one invited, a dentist appointment) can never be acted on. Detection gives
an event with no one else on it (no ORGANIZER, no ATTENDEE) a verdict from its words
alone; one without any of the words detection knows, in any of its languages, is
never a follow-up interview, never an earlier round for another (that needs guests),
and is only listed by ``scan --all``. :class:`Relevance` tells such events apart on
the raw text of their VEVENT block, so the reader can skip them unparsed
(:func:`assistant.sources.ics_events.relevant_blocks`).

The words are detection's own vocabularies (:func:`signal_patterns`), so a language
added there is known here too; the user's ``[detect] extra_keywords`` are added.
Events the user marked, and those the store already holds as interviews, are kept
whatever they say (``keep_uids``): their verdict is to be updated, not lost.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from assistant.detect.profile import Profile
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary


@cache
def signal_patterns() -> tuple[Vocabulary | re.Pattern[str], ...]:
    """Detection's vocabularies whose words can raise an event's confidence or make it
    part of a hiring process, in every language detection reads (see :mod:`.wording`).

    The user's own notes count too: with no one on them, "Acme – final w/ CEO" is a
    round by the last round's word alone beside an employer met before
    (``FINAL_ALONE``), an abbreviated round ("2nd rd Acme", ``ROUND_SHORT``) or a visit
    to its place ("Acme vor Ort", ``ON_SITE_ALONE``), "Live interview – Acme" after a
    recorded one (``LIVE_INTERVIEW``),
    "Acme – meet Ana (site engineer)" by whom the user meets (``MEETS_WHOM``)."""
    return (
        w.INTERVIEW,
        w.EXPLICIT_LATER,
        w.LATER_STAGE,
        w.LATER_CONTACT,
        w.FINAL_ALONE,
        w.ROUND_SHORT,
        w.ON_SITE_ALONE,
        w.LIVE_INTERVIEW,
        w.MEETS_WHOM,
        w.FIRST_ROUND,
        w.RECRUITING,
        w.RECRUITING_ADDRESS,
    )


# A raw block's text, read as detection would read its values: folded lines joined
# (RFC 5545 section 3.1), TEXT escapes undone (section 3.3.11), HTML tags and entities
# (descriptions written by Outlook or Google) turned into text.
_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\([nN,;\\])")
_TAG = re.compile(r"<[^>]{0,500}>")
# Properties that put someone else on the event.
_PEOPLE = re.compile(r"^(?:ORGANIZER|ATTENDEE)[;:]", re.M | re.I)


def _readable(block: str) -> str:
    text = _ESCAPE.sub(lambda m: " " if m.group(1) in "nN" else m.group(1), _FOLD.sub("", block))
    return html.unescape(_TAG.sub(" ", text)) if "<" in text or "&" in text else text


@dataclass(frozen=True)
class Relevance:
    """Tells, from a raw VEVENT block, whether the event could matter to detection.

    ``extra_keywords`` are the user's own (lower case); ``keep_uids`` are UIDs kept
    whatever their events say.
    """

    extra_keywords: tuple[str, ...] = ()
    keep_uids: frozenset[str] = frozenset()
    _patterns: tuple[Vocabulary | re.Pattern[str], ...] = field(
        default_factory=signal_patterns, compare=False, repr=False
    )

    @classmethod
    def of(cls, profile: Profile, keep_event_ids: Iterable[str] = ()) -> Relevance:
        """The relevance for ``profile``, keeping the events of ``keep_event_ids``
        (``UID`` or ``UID@YYYYMMDDTHHMMSSZ``, as :func:`~assistant.models.make_event_id`
        writes them; both the id and its UID part are kept)."""
        keep: set[str] = set()
        for event_id in keep_event_ids:
            keep.add(event_id)
            uid, _, instant = event_id.rpartition("@")
            if uid and re.fullmatch(r"\d{8}T\d{6}Z", instant):
                keep.add(uid)
        return cls(profile.extra_keywords, frozenset(keep))

    def could_matter(self, block: str, uid: str | None) -> bool:
        """Whether the event of ``block`` (one raw VEVENT, UID ``uid``) could be acted
        on or change another event's verdict: it has someone else on it, a word of
        detection's, one of the user's keywords, or a UID to keep."""
        if _PEOPLE.search(block) or (uid is not None and uid in self.keep_uids):
            return True
        text = _readable(block)
        if any(pattern.search(text) for pattern in self._patterns):
            return True
        lowered = text.lower()
        return any(keyword in lowered for keyword in self.extra_keywords)

    def fingerprint(self) -> str:
        """Changes whenever a different set of events could be kept: for the cache of
        read events, which must not hand out a window read with other rules."""
        parts = [p.pattern for p in self._patterns] + list(self.extra_keywords)
        parts += sorted(self.keep_uids)
        return hashlib.sha256("\x00".join(parts).encode("utf-8", "replace")).hexdigest()[:16]
