"""The language an invitation is written in, so drafts can answer in it.

A handful of frequent words per language (the ``words`` of each file in
``lang/``) tells the spaced languages apart; Japanese, Korean and Chinese are
told by their scripts (kana, hangul, Han characters). Anything else is English,
the default. Languages that share many words (Danish, Norwegian and Swedish:
"med", "intervju") and score alike are told apart by the letters only some of
them write (the ``letters`` of a file: "æø", "äö").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.detect.words.vocabulary import languages


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Each frequent word with the languages that use it. A word two languages share
    ("entrevista", "segunda") counts for both: the words only one of them has decide.
    Read on first use: importing detection reads no vocabulary."""
    found: dict[str, tuple[str, ...]] = {}
    for lang in languages():
        for word in lang.words:
            found[word.lower()] = (*found.get(word.lower(), ()), lang.code)
    return found


_LANGUAGE_TOKEN = re.compile(r"\([a-z]/[a-z]/[a-z]\)|\(all genders\)|[^\W\d_]+", re.I)
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _script(text: str) -> str | None:
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh"
    return None


@lru_cache(maxsize=4096)
def language_of(title: str, text: str) -> str:
    """The invite's language as an ISO 639-1 code ("de", "pl", "ja" …), "en" by default.

    Title words count three times: the title is what the sender wrote themselves,
    while descriptions often carry English conferencing text.
    """
    script = _script(title) or _text_script(text[:1500])
    if script:
        return script
    scores: dict[str, int] = {}
    for weight, counts in ((3, _counts(title)), (1, _counts(text[:1500]))):
        for lang, count in counts.items():
            scores[lang] = scores.get(lang, 0) + weight * count
    english = scores.pop("en", 0)
    if not scores:
        return "en"
    score = max(scores.values())
    best = [lang for lang, s in scores.items() if s == score]
    lang = _by_letters(best, title, text[:1500]) if len(best) > 1 else best[0]
    return lang if score >= 3 and score > english else "en"


def _by_letters(tied: list[str], title: str, text: str) -> str:
    """Of languages that scored alike, the first whose own letters ``title`` or ``text``
    writes ("ø" is Danish or Norwegian, "ä" Swedish); the first met when none does."""
    written = set((title + text).casefold())
    return next((code for code in tied if written & _letters().get(code, set())), tied[0])


@cache
def _letters() -> dict[str, set[str]]:
    """Each language's own letters, from its file's ``letters``."""
    return {lang.code: set(lang.letters.casefold()) for lang in languages() if lang.letters}


# A description is shared by many invites (a scheduler's boilerplate, a series): read once.
_text_script = lru_cache(maxsize=1024)(_script)


@lru_cache(maxsize=4096)
def _counts(source: str) -> dict[str, int]:
    """How many of ``source``'s words each language uses, languages in the order first met."""
    counts: dict[str, int] = {}
    for token in _LANGUAGE_TOKEN.findall(source):
        for lang in _word_languages().get(token.lower(), ()):
            counts[lang] = counts.get(lang, 0) + 1
    return counts
