"""Initials spelled out from what the invites write.

A public body or a charity is often shortened to its initials, in a title ("Final
interview - Lakeshore County HSD"), in a domain (``lchsa.example`` read as "Lchsa"), or
with a division after them ("HHCS Aging Services"). A person names it in full as soon
as one invite writes the full name ("Lakeshore County Human Services Department"): the
initials are matched to the capitalised words of a line, small joining words ("of",
"&", "and", ",") left out, and the name is then read whole around them — the place
before ("County of X", "City of X") and the body's noun after ("Department").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.legalname import LEGAL_NEXT as _LEGAL_NEXT

# The words a name's initials leave out, in the languages of ``lang/``.
_JOINING = frozenset(
    {"of", "and", "&", "for", "the", "und", "für", "et", "de", "du", "des", "la", "le", "y",
     "del", "e", "da", "do", "dos", "di", "en", "van", "het", "och", "för", "i", "ve"}
)  # fmt: skip
# A word of a name: capitalised, or a joining word between two capitalised ones.
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")
# What may stand between two words of one name: spaces, a comma, an ampersand.
_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
# Initials as written: two to seven capitals ("HSD", "EHSD", "GGLASS").
_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,7}")
# The initials of a firm of two or three names, an ampersand between them ("J&M" for
# "Juniper & Marsh", "A&V" for "Audio & Vision").
_PAIRED_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ](?:&[A-ZÀ-ÖØ-Þ]){1,2}")


def _words(line: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(line))


def _joined(line: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return bool(_GAP.fullmatch(line[left.end() : right.start()]))


# An article elided onto the word after it ("Côte d'Azur", "Valle dell'Aniene"): the
# initial is the word's own ("ESCA" for "Événements Sportifs Côte d'Azur")
_ELIDED = re.compile(r"^(?:d|l|dell|all|dall|nell|sull|qu)['’](?=\w)", re.I)


def _bare(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word  # the cheap test first: few words carry an elided article
    return _ELIDED.sub("", word)


@lru_cache(maxsize=4096)  # the same words come back on every line of a series
def _initial(word: str) -> str:
    """The first letter of ``word`` as initials write it: lower case, without its
    accent ("É" → "e"), after an elided article."""
    first = unicodedata.normalize("NFKD", _bare(word)[:1].lower())
    return first[:1]


def _name_word(word: str) -> bool:
    word = _bare(word)
    return (word[:1].isupper() and not word.isupper()) or word.lower() in _JOINING


@lru_cache(maxsize=1024)
def _expansion(initials: str, line: str) -> tuple[int, int] | None:
    """The span of the words of ``line`` whose first letters are ``initials``."""
    words = _words(line)
    want = "".join(_initial(letter) for letter in initials)  # "ÖSV" as "osv"
    for i, first in enumerate(words):
        if not _bare(first.group(0))[:1].isupper() or first.group(0).lower() in _JOINING:
            continue
        got = ""
        for j in range(i, len(words)):
            word = words[j].group(0)
            if j > i and not _joined(line, words[j - 1], words[j]):
                break
            if word.lower() in _JOINING:
                continue
            if not _name_word(word):
                break
            # "Pan-African": each part may give its initial ("PAOCN")
            parts = "".join(_initial(part) for part in word.split("-") if part)
            got += parts if len(parts) > 1 and want.startswith(got + parts) else _initial(word)
            if not want.startswith(got):
                break
            if got == want:
                return i, j
    return None


def _whole(line: str, start: int, end: int) -> str:
    """The name around words ``start``..``end`` of ``line``: capitalised words joined to
    them before and after, never beginning or ending on a joining word."""
    words = _words(line)
    while (
        start > 0
        and _joined(line, words[start - 1], words[start])
        and _name_word(words[start - 1].group(0))
    ):
        start -= 1
    while (
        end + 1 < len(words)
        and not _ends_sentence(words[end].group(0))
        and not _LEGAL_NEXT.match(line, words[end].end())
        and _joined(line, words[end], words[end + 1])
        and _name_word(words[end + 1].group(0))
    ):
        end += 1
    while start < end and words[start].group(0).lower() in _JOINING:
        start += 1
    while end > start and words[end].group(0).lower() in _JOINING:
        end -= 1
    # the legal form the line writes after the name is the name's own, whole ("Sp. z o.o.")
    legal = _LEGAL_NEXT.match(line, words[end].end())
    stop = legal.end() if legal else words[end].end()
    return line[words[start].start() : stop].strip(" ,")


def _ends_sentence(word: str) -> bool:
    """Whether ``word`` ends its sentence: a full stop after a word longer than the
    abbreviations a name carries ("Co.", "Bros.", "Inc."): "… Council. No prep needed"."""
    return word.endswith(".") and len(word) > 6 and "." not in word[:-1]


def _initials_in(name: str, made_up: bool) -> list[tuple[str, str]]:
    """The initials ``name`` holds, each with the words written before them."""
    words = name.split()
    if len(words) == 1 and 2 <= len(name) <= 7 and name.isalpha() and (made_up or name.isupper()):
        return [(name.upper(), "")]
    # "Blg Geneve" made up from blg-geneve: initials (no vowel after the first letter,
    # no word to say), then the seat or trade the domain adds
    first = words[0]
    initials = made_up and 2 <= len(first) <= 5 and _SAYABLE.search(first[1:]) is None
    head = [(first.upper(), "")] if initials and first.isalpha() else []
    return head + [
        (word.replace("&", ""), " ".join(words[:k]))
        for k, word in enumerate(words)
        # a legal form closing the name ("Studio X SA", "Y AG") is no initials of a body,
        # nor one written before it (Indonesia's "PT …")
        if (
            _INITIALS.fullmatch(word)
            and not (k and LEGAL_FORM.fullmatch(word))
            and not (k == 0 and word.rstrip(".") in _FORM_FIRST)
        )
        or ("&" in word and _PAIRED_INITIALS.fullmatch(word))
    ]


# A vowel: letters with one are a word to say, not initials ("Acme", not "Blg").
_SAYABLE = re.compile(r"[aeiouyáàâäéèêëíìîïóòôöúùûüåæøœ]", re.I)
# Legal forms written before the name, as Indonesia writes them ("PT Keadilan Digital",
# Perseroan Terbatas; "CV Sinar Jaya", Commanditaire Vennootschap): no initials to spell.
_FORM_FIRST = frozenset({"PT", "CV"})


@lru_cache(maxsize=4096)
def holds_initials(name: str, made_up: bool = False) -> bool:
    """Whether :func:`spelled_in_full` has initials in ``name`` to spell out: the cheap
    test before its sources are gathered."""
    return bool(_initials_in(name, made_up))


def spelled_in_full(name: str, sources: tuple[str, ...], made_up: bool = False) -> str | None:
    """The full name of an organisation ``name`` gives by its initials, as ``sources``
    write it; ``None`` when ``name`` holds no initials or no source spells them out.

    ``name`` is initials alone ("LCHSA", or "Lchsa" ``made_up`` from a domain), or holds
    them among other words: "Lakeshore County HSD" → "Lakeshore County Human Services
    Department" (the words before the initials must begin the full name or stand before
    the spelled-out words), "HHCS Aging Services" → "City of Harbor Health, Housing &
    Community Services Department" (the words after the initials are a division of it
    and are dropped). The full name must hold more words than the initials have letters
    less one, so that a chance match of two words is not taken. Of two spellings, the
    one a line writes with the short name's words after the initials wins ("TU Wisła" →
    "Towarzystwo Ubezpieczeń Wisła S.A.", not "… ds. Taryfikacji Ubezpieczeń" earlier).
    """
    first = None
    for initials, before in _initials_in(name, made_up):
        rest = _rest_after(name, initials)
        for source in sources:
            for line in source.splitlines():
                span = _expansion(initials, line)
                if span is None:
                    continue
                full = _whole(line, *span)
                if before and not full.startswith(before):
                    continue
                if len(full.split()) >= len(initials) and full != name:
                    whole = _with_rest(full, rest, line)
                    if not rest or whole != full or _unquoted(rest).rstrip(".") in full:
                        return whole
                    first = first or whole
    return first


def _rest_after(name: str, initials: str) -> str:
    """The words ``name`` writes after its initials ("„Żuraw” S.A." in "PBH „Żuraw” S.A.")."""
    words = name.split()
    at = next((k for k, word in enumerate(words) if word.replace("&", "") == initials), None)
    return " ".join(words[at + 1 :]) if at is not None else ""


def _with_rest(full: str, rest: str, line: str) -> str:
    """``full`` with the words ``rest`` the short name writes after its initials, when
    ``line`` writes them right after ``full`` too: they are the name's own (its quoted
    part, its legal form: "Przedsiębiorstwo Budownictwa Hydrotechnicznego „Żuraw” S.A."
    for "PBH „Żuraw” S.A."), not a division of it written only with the initials."""
    if not rest:
        return full
    at = line.find(full)
    after = line[at + len(full) :].split() if at >= 0 else []
    # as the line writes them, its quotes too ("ZTK Orzeł" → "… „Orzeł” Sp. z o.o.")
    written = " ".join(after[: len(rest.split())])
    return f"{full} {written}" if _unquoted(written) == _unquoted(rest) else full


_QUOTES = str.maketrans("", "", '„“”"«»‚‘’')


def _unquoted(words: str) -> str:
    """``words`` without quotation marks, for comparing a name's part written quoted
    in one place and bare in another."""
    return words.translate(_QUOTES)


_BRACKETED_THEN_MORE = re.compile(r"^(.+?)\s*\((" + _INITIALS.pattern + r")\)\s*,\s*\S.*$")


def ended_at_own_initials(name: str) -> str:
    """``name`` ended at a bracket holding its own initials: what a field writes after
    them is where the body sits ("World Rowing Union (WRU), Lausanne" → "World Rowing
    Union (WRU)"), as a legal form ends a firm's name."""
    found = _BRACKETED_THEN_MORE.match(name)
    if found is None:
        return name
    span = _expansion(found.group(2), found.group(1))
    words = _words(found.group(1))
    # the initials spell the words up to the bracket
    if span is None or span[1] != len(words) - 1:
        return name
    return f"{found.group(1)} ({found.group(2)})"
