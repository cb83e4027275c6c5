"""A name written in capitals, given in title case by the alphabet it is written in.

Signatures and registers write names in capitals ("AKDENİZ YAPI İNŞAAT VE TİCARET
A.Ş."); people write them in title case. Turkish (and Azerbaijani) pairs "I" with dotless
"ı" and "İ" with "i" (the Turkish alphabet, 1928), so a name in that script is cased by
it and every other name as :meth:`str.title` does.
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM

# Capitals only Turkish (and Azerbaijani) writes: a name holding one is cased by their
# alphabet, where "I" is the capital of dotless "ı" and "İ" that of "i".
_TURKISH_CAPITALS = re.compile("[İŞĞ]")


def title_case(name: str) -> str:
    """An all-caps ``name`` in title case: "AKDENIZ YAPI İNŞAAT" → "Akdenız Yapı İnşaat"
    would be wrong for "I" in other languages, so the Turkish alphabet is used only when
    the name holds a capital only Turkish writes ("YAPI İNŞAAT" → "Yapı İnşaat")."""
    if not _TURKISH_CAPITALS.search(name):
        return name.title()
    cased = []
    after_letter = False  # as str.title: a letter after a letter is lower-cased
    for char in name:
        if char.isalpha():
            cased.append(
                _TURKISH_LOWER.get(char, char.lower())
                if after_letter
                else _TURKISH_UPPER.get(char, char.upper())
            )
        else:
            cased.append(char)
        after_letter = char.isalpha()
    return "".join(cased)


_TURKISH_LOWER = {"I": "ı", "İ": "i"}
_TURKISH_UPPER = {"i": "İ", "ı": "I"}


def shouted(name: str) -> bool:
    """Whether ``name``, written in capitals, is words a register or signature shouts
    ("AKDENİZ YAPI İNŞAAT", "NORDHAVN REDERI") rather than initials, alone or before a
    legal form ("PZOTS S.A.", "KMT AG"): initials stay in capitals, so they can be
    spelled out where another invite writes the name in full (:mod:`.initials`). A
    word alone is shouted when longer than four letters ("HENOR", a brand)."""
    if not name.isupper() or len(name) <= 4:
        return False
    head, _, rest = name.partition(" ")
    # "S.A" as a stripped name leaves it: a dotted form may have lost its last dot
    form = bool(rest) and bool(LEGAL_FORM.fullmatch(rest) or LEGAL_FORM.fullmatch(rest + "."))
    return not (form and 2 <= len(head) <= 7 and head.isalpha())
