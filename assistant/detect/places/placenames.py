"""A place written in a bracket after a job: where the job sits, never which job it is.

"Paralegal de Contencioso (Equipa Ásia-Pacífico)", "Case Manager (APAC)", "涉外诉讼法律助理
（印尼方向）" and "Litigation Paralegal (Jakarta)" name the job "Paralegal de Contencioso",
"Case Manager", "涉外诉讼法律助理" and "Litigation Paralegal"; a field of work in the same
place stays ("Senior Paralegal (Corporate Litigation)", "Hukuk Asistanı (Uluslararası
Tebligat)"), and so does a team ("패럴리걸 (국제분쟁팀)"): :mod:`.bracketnote` asks
:func:`place_in_bracket`.

Countries and world regions are Unicode CLDR's territory names in the languages of
``lang/`` and Indonesian; business regions ("APAC", "EMEA") and the cities an employer's
name is often written with (:data:`.namematch.CITIES`) and the cities of the world's time
zones (:mod:`.zonecities`) are added, and so are countries' first-level subdivisions
("Wales", "Ontario", "Bayern"; ``subdivisions.toml``, which CLDR does not name), less
those that are cities too. CLDR's names are shipped with the package
(:mod:`.cldrnames`), so detection loads no Babel locale data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.detect.employer.namematch import CITIES
from assistant.detect.places.cldrnames import EXTRA_LOCALES, territories
from assistant.detect.places.zonecities import zone_cities
from assistant.detect.words.vocabulary import languages
from assistant.detect.words.writing import UNSPACED

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


@dataclass(frozen=True)
class _Places:
    regions: frozenset[str]  # countries, world and business regions, casefolded
    cities: frozenset[str]
    unspaced: tuple[str, ...]  # names in scripts without spaces, matched inside a text


# Words that qualify a region without naming a unit ("Greater China", "Asia Pacific",
# "Ásia-Pacífico", "Northern Europe"): the region alone still.
_REGION_WORDS = frozenset(
    {"greater", "north", "south", "east", "west", "central", "northern", "southern", "eastern",
     "western", "pacific", "pacífico", "pacifico", "pacifique", "pazifik", "pacyfik", "pasifik",
     "region", "región", "região", "regione", "and", "&", "y", "e", "et", "und"}
)  # fmt: skip
# Country codes written for a country (namematch.CITIES lists them with the cities).
_COUNTRY_CODES = frozenset({"us", "usa", "uk", "uae"})


@cache
def _places() -> _Places:
    """The place names of CLDR, the business regions and the cities."""
    regions: set[str] = {*_REGIONS, *_COUNTRY_CODES}
    unspaced: set[str] = set()
    for code in sorted({lang.code for lang in languages()} | set(EXTRA_LOCALES)):
        for territory, name in territories(code).items():
            if territory in _NOT_PLACES:
                continue
            name = name.casefold()
            if UNSPACED.search(name):
                unspaced.add(name)
            elif len(name) >= 4 and name not in _EVERYDAY:
                regions.add(name)
    unspaced |= {name for name in _REGIONS if UNSPACED.search(name)}
    zones = zone_cities(tuple(sorted({lang.code for lang in languages()})))
    unspaced |= {name for name in zones if UNSPACED.search(name)}
    spaced = {name for name in zones if not UNSPACED.search(name)}
    cities = frozenset((CITIES | spaced) - regions - {"remote", "hq"})
    regions |= subdivisions() - cities
    # a name in kana alone needs three letters: "タイ" (Thailand) is in "フルタイム"
    kept = (n for n in unspaced if len(n) >= (3 if _KANA.fullmatch(n) else 2))
    return _Places(frozenset(regions), cities, tuple(sorted(kept)))


@cache
def subdivisions() -> frozenset[str]:
    """The first-level subdivisions of ``subdivisions.toml`` (states, provinces, nations,
    Länder), each as :func:`_words` reads it ("Baden-Württemberg" → "baden württemberg"),
    of four letters or more."""
    text = resources.files("assistant.detect").joinpath("subdivisions.toml").read_text("utf-8")
    found = tomllib.loads(text).values()
    named = (" ".join(_words(name)) for country in found for name in country["names"])
    return frozenset(name for name in named if len(name) >= 4)


def _words(text: str) -> list[str]:
    """The words of ``text``, casefolded; Turkish's dotted capital I folds to "i" and a
    combining dot above, which is dropped: "İzmir" is "Izmir"."""
    return _WORD.findall(text.casefold().replace("\u0307", ""))


def _spans(words: list[str], names: frozenset[str]) -> set[int]:
    """The indexes of ``words`` inside a name of ``names`` of up to three words."""
    found: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if " ".join(words[i : i + size]) in names:
                found |= set(range(i, i + size))
    return found


def names_a_place(text: str) -> bool:
    """Whether ``text`` (a bracket's words) names a country, a world or business region,
    or a city an employer is often written with: a word or a phrase of up to three
    words, or, in a script without spaces, a name anywhere in it."""
    places = _places()
    words = _words(text)
    if _spans(words, places.regions) or _spans(words, places.cities):
        return True
    return bool(UNSPACED.search(text)) and any(
        name in text and _stands_alone(name, text) for name in places.unspaced
    )


# A letter of katakana's (the long mark too, not the middle dot that parts words).
_KATAKANA_LETTER = "\u30a1-\u30fa\u30fc"


def _stands_alone(name: str, text: str) -> bool:
    """Whether ``name``, found in ``text``, is a word there: a name in kana glued to more
    kana is part of a longer word ("タリン", Tallinn, in "モニタリング", monitoring). A name
    in Chinese characters has no such edge to find and is taken where it is found."""
    if not _KANA.fullmatch(name):
        return True
    letter = _KATAKANA_LETTER
    alone = rf"(?<![{letter}]){re.escape(name)}(?![{letter}])"
    return re.search(alone, text) is not None


def place_in_bracket(bracket: str) -> bool:
    """Whether a bracket after a job names the place the job or its team sits in: a city
    ("(London Heathrow)"), or a region with a unit's word ("(Equipa Ásia-Pacífico)",
    "（印尼方向）"). A region or a country alone is the market the job covers, which says
    which job it is ("Regional Marketing Manager (Greater China)", "(EMEA)"), and a team
    alone stays too ("패럴리걸 (국제분쟁팀)")."""
    inner = bracket.strip("()（） ")
    if not inner:
        return False
    if UNSPACED.search(inner):
        return names_a_place(inner)
    places = _places()
    words = _words(inner)
    if _spans(words, places.cities):
        return True
    in_region = _spans(words, places.regions)
    rest = [
        word for i, word in enumerate(words) if i not in in_region and word not in _REGION_WORDS
    ]
    return bool(in_region) and bool(rest)


def prepare() -> None:
    """Read the place names now (start-up, not detection: ``warm_up``)."""
    _places()


def is_city(text: str) -> bool:
    """Whether ``text`` is a city's name and nothing more ("Stockholm", "Buenos Aires",
    "서울"): no region ("EMEA"), no unit's word ("Latin America Desk")."""
    places = _places()
    if UNSPACED.search(text):
        return text.strip().casefold() in places.unspaced
    words = _words(text)
    return bool(words) and _spans(words, places.cities) == set(range(len(words)))
