"""A place written in a bracket after a job: where the job sits, never which job it is.

"Paralegal de Contencioso (Equipa Ásia-Pacífico)", "Case Manager (APAC)", "涉外诉讼法律助理
（印尼方向）" and "Litigation Paralegal (Jakarta)" name the job "Paralegal de Contencioso",
"Case Manager", "涉外诉讼法律助理" and "Litigation Paralegal"; a field of work in the same
place stays ("Senior Paralegal (Corporate Litigation)", "Hukuk Asistanı (Uluslararası
Tebligat)"), and so does a team ("패럴리걸 (국제분쟁팀)"): :mod:`.bracketnote` asks
:func:`place_in_bracket`.

Countries and world regions are Unicode CLDR's territory names (through Babel) in the
languages of ``lang/`` and Indonesian; business regions ("APAC", "EMEA") and the cities
an employer's name is often written with (:data:`.namematch.CITIES`) are added.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from assistant.detect.namematch import CITIES
from assistant.detect.vocabulary import languages
from assistant.detect.writing import UNSPACED

# The regions a business divides the world into, and the short forms a posting writes
# in a script without spaces ("印尼" for Indonesia, "亚太" for Asia-Pacific).
_REGIONS = frozenset(
    {"apac", "emea", "latam", "amer", "americas", "anz", "asean", "mena", "cee", "dach",
     "nordics", "benelux", "印尼", "亚太", "亞太", "东南亚", "東南亞", "港澳", "中东", "中東",
     "欧美", "歐美", "아태"}
)  # fmt: skip
# Territory names that are also everyday words in a job's bracket: Swedish and Czech
# "Island" (Iceland) is the English "island" ("(Island Operations)").
_EVERYDAY = frozenset({"island"})
# CLDR's codes that name no place a job sits in: the world, an unknown region, the
# pseudo-locales, the United Nations and the eurozone.
_NOT_PLACES = frozenset({"001", "ZZ", "XA", "XB", "UN", "EZ", "QO"})
_KANA = re.compile(r"[\u3040-\u30ff]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@cache
def _places() -> tuple[frozenset[str], tuple[str, ...]]:
    """The place names, casefolded: spaced ones (words and phrases) and those of scripts
    without spaces (matched inside a bracket's text)."""
    spaced: set[str] = {*_REGIONS, *CITIES}
    unspaced: set[str] = set()
    for code in sorted({lang.code for lang in languages()} | {"id"}):
        for territory, name in Locale.parse(code).territories.items():
            if territory in _NOT_PLACES:
                continue
            name = name.casefold()
            if UNSPACED.search(name):
                unspaced.add(name)
            elif len(name) >= 4 and name not in _EVERYDAY:
                spaced.add(name)
    unspaced |= {name for name in _REGIONS if UNSPACED.search(name)}
    # a name in kana alone needs three letters: "タイ" (Thailand) is in "フルタイム"
    kept = (n for n in unspaced if len(n) >= (3 if _KANA.fullmatch(n) else 2))
    return frozenset(spaced), tuple(sorted(kept))


def names_a_place(text: str) -> bool:
    """Whether ``text`` (a bracket's words) names a country, a world or business region,
    or a city an employer is often written with: a word or a phrase of up to three
    words, or, in a script without spaces, a name anywhere in it."""
    spaced, unspaced = _places()
    words = [word.casefold() for word in _WORD.findall(text)]
    for size in (1, 2, 3):
        if any(" ".join(words[i : i + size]) in spaced for i in range(len(words) - size + 1)):
            return True
    if UNSPACED.search(text):
        return any(name in text for name in unspaced)
    return False


def place_in_bracket(bracket: str) -> bool:
    """Whether a bracket after a job ("(Equipa Ásia-Pacífico)", "(APAC)", "（印尼方向）")
    names the place the job sits in. A team alone says which job it is and stays
    ("패럴리걸 (국제분쟁팀)", "(International Disputes Team)")."""
    inner = bracket.strip("()（） ")
    return bool(inner) and names_a_place(inner)


def prepare() -> None:
    """Read the place names now (start-up, not detection: ``warm_up``)."""
    _places()
