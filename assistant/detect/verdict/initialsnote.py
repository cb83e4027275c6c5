"""An employer the user's own note writes by its initials ("K&V final 4:30pm", "FK final –
bring samples", "T&M final w/ MD"): the employer met in interviews whose name those
letters begin, word by word.

The user's shorthand for a firm is the first letter of each word of its name, the
joining word ("&", "and") and the kind of firm after it ("Bank", "Group", "Ltd") left
out or kept. Capitals only, two to four letters, and one employer alone so named: a
rank ("MD", "VP") names none of the employers met, and two employers with the same
letters leave the note unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.detect.employer.domains import squash
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namematch import COMPANY_WORD, LEGAL

# "K&V", "FK", "A&F": capitals, an ampersand between two of them at most.
_INITIALS = re.compile(r"(?<![\w&.])[A-Z](?:&?[A-Z]){1,3}(?![\w&])")
_JOINING = frozenset({"and", "und", "et", "y", "e", "en", "och", "&", "of", "the", "de"})
_ARTICLES = frozenset({"of", "the", "de"})
# Particles a name writes in lower case between its words, left out of its initials
# ("ESB" for "Energía Solar del Bajío", "CVM" for "Casa Verde da Mata")
_PARTICLES = frozenset(
    {"del", "della", "dei", "des", "du", "da", "do", "dos", "das", "di", "la", "van", "von",
     "der", "den", "het", "zu", "zum", "i", "och", "för", "für"}
)  # fmt: skip


def _readings(name: str) -> set[str]:
    """The initials ``name`` may be written by: every word's first letter (but for the
    lower-case particles between them: "del", "van"), without
    the legal form and without the kind of firm at its end ("AFB" and "AF" for "Alder
    Finch Bank plc", "SFI" for "Sala Fiori Italia S.p.A."), and the two names joined by
    "&", "and" or a hyphen ("TM" for "Thorne & Mallory Engineering", "OB" for
    "Orme-Bastable Foods SE")."""
    legal = LEGAL_END.search(name)  # "S.p.A.", "S.A.S.": dotted, read as words else
    words = re.findall(r"[^\W\d_][\w'’-]*|&", name[: legal.start()] if legal else name)
    # "Thorne & Mallory Engineering" → "TM" too: the two names either side of the "&"
    paired = {
        (before[0] + after[0]).upper()
        for before, joint, after in zip(words, words[1:], words[2:], strict=False)
        if joint.casefold() in _JOINING - _ARTICLES and before[0].isupper() and after[0].isupper()
    }
    paired |= {  # two founders' names joined by a hyphen
        (parts[0][0] + parts[1][0]).upper()
        for parts in (word.split("-") for word in words)
        if len(parts) == 2 and all(part[:1].isupper() for part in parts)
    }
    words = [word for word in words if word.casefold() not in _JOINING and word not in _PARTICLES]
    while len(words) > 2 and LEGAL.fullmatch(squash(words[-1])):
        words.pop()
    found = paired
    if len(words) >= 2:
        found.add("".join(word[0] for word in words).upper())
    while len(words) > 2 and COMPANY_WORD.fullmatch(words[-1].casefold()):
        words.pop()
        found.add("".join(word[0] for word in words).upper())
    return found


def employer_by_initials(title: str, names: Iterable[str]) -> str | None:
    """The one employer of ``names`` (met in interviews) whose initials ``title``
    writes as a word ("K&V final" for "Kestrel Vane Consulting"); ``None`` when the
    title writes none, or when two employers share those letters."""
    written = {found.group(0).replace("&", "") for found in _INITIALS.finditer(title)}
    if not written:
        return None
    # a name that is the initials themselves (the user's shorthand filed from another
    # note: "M&S") is no other employer
    hits = {name for name in names if name and _readings(name) & written}
    hits -= {name for name in hits if squash(name).upper() in written}
    if not hits:
        return None
    # one employer written two ways ("Kestrel and Vane", "Kestrel & Vane Insurance LLC")
    fullest = max(hits, key=lambda name: (len(_bare(name)), name))
    return fullest if all(_bare(fullest).startswith(_bare(name)) for name in hits) else None


def _bare(name: str) -> str:
    """``name``'s letters without its joining words ("kestrelvane" for "Kestrel and
    Vane"), so that one employer's short and full names begin alike."""
    words = re.findall(r"[^\W_][\w'’-]*|&", name)
    return squash(" ".join(word for word in words if word.casefold() not in _JOINING))
