"""A short or brand form of a name and the registered name it stands for.

A title, a sender or a note writes an employer's name the way people say it: a word of
the trade cut short ("Sable Point Re" for "Sable Point Reinsurance Pte. Ltd.", "Fisio
Levante" for "Fisioterapia Deportiva Levante S.L."), the trade after the name where
the registered name puts it first ("Atlântida Seguros" for "Companhia de Seguros
Atlântida, S.A."), or the name alone without the legal form that heads it
("Nordstjärnan" for "Försäkringsaktiebolaget Nordstjärnan (publ)"). The signature or
address line of the same invite, or another invite of the process, writes the
registered name, and that is the name people give the employer.

:func:`stands_for` compares two names; :func:`registered_for` finds the registered name a
text writes for a short one. The legal forms are those of :mod:`.legalname`, and the
legal forms written before a name are ``legal_form_before`` of ``lang/*.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.words.vocabulary import fragments

_MARKS = ".,;:„”“\"«»()'’!?"
# the lower-case pieces of a legal form written in words ("Sp. z o.o.")
_FORM_PIECES = frozenset(("z", "o.o.", "inc.", "inc"))
_PREPOSITIONS = frozenset(("en", "a"))
# Sweden's listed company's mark after its name ("… AB (publ)"), and the legal forms an
# invite writes in lower case ("inc.")
_MORE_FORMS = r"\(publ\)|[Ii]nc\.?|[Ll]td\.?|LLC|LLP|Limited|PLC|plc|Corp\.?"
_FORM = re.compile(rf"[ \t]*,?[ \t]*(?:{LEGAL_FORM.pattern}|{_MORE_FORMS})(?![\w])")


@cache
def _joiners() -> frozenset[str]:
    """The words joining a registered name's words in lower case ("Companhia de Seguros",
    "Ortopedia e Esporte"): ``name_and``, ``name_of`` and ``name_articles`` of
    ``lang/*.toml``."""
    kinds = ("name_and", "name_of", "name_articles")
    words = {f for kind in kinds for f in fragments(kind, True) if f.isalpha()}
    # Dutch "en" and Czech "a" are "in" and "to" in Spanish, French and Italian: a job
    # "en Grupo Solar …" or "a Milano" runs no name on
    return frozenset(words - _PREPOSITIONS)


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """``word`` in lower case without accents or the marks around it."""
    bare = unicodedata.normalize("NFKD", word.strip(_MARKS).casefold())
    return "".join(c for c in bare if not unicodedata.combining(c))


_WORD_BREAK = re.compile(r"[\s\-–/]+")


def _words(name: str) -> list[str]:
    """The folded words of ``name``, hyphenated ones apart ("Semi-conducteurs")."""
    return [f for part in _WORD_BREAK.split(name) if (f := _fold(part))]


@lru_cache(maxsize=4096)
def stands_for(short: str, name: str) -> bool:
    """Whether ``short`` is a shorter form of ``name``: each word of ``short`` is a
    word of ``name`` or the start of one ("Re" of "Reinsurance", "Helv." of
    "Helvetische", "Labs" of "Laboratories"), each a different word, in any order (a language puts the trade
    before the name, a brand after: "Atlântida Seguros" for "Companhia de Seguros
    Atlântida, S.A."), with at least one word of four letters or more written whole,
    and ``name`` holding more words. ``"Sable Point Re"`` stands for ``"Sable Point
    Reinsurance Pte. Ltd."``; ``"Sable Point Capital"`` does not."""
    ours, theirs = _words(short), _words(name)
    if not ours or len(theirs) <= len(ours):
        return False
    free = list(theirs)
    whole = False
    for word in sorted(ours, key=lambda x: x not in theirs):  # whole words first
        if word in free:
            free.remove(word)
            whole = whole or (len(word) >= 4 and word.isalpha())
            continue
        begun = next((t for t in free if len(word) >= 2 and _begins(t, word)), None)
        if begun is None:
            return False
        free.remove(begun)
    return whole


def _begins(word: str, short: str) -> bool:
    """Whether ``short`` begins ``word`` ("Vet" of "Veterinary"), or begins it and keeps
    its plural's "s" ("Labs" of "Laboratories", "Techs" of "Technologies")."""
    if word.startswith(short):
        return True
    stem = short[:-1]
    return len(stem) >= 3 and short.endswith("s") and word.endswith("s") and word.startswith(stem)


@cache
def _form_before() -> re.Pattern[str]:
    """A legal form written before the name ("Stichting", "Försäkringsaktiebolaget":
    ``legal_form_before`` of ``lang/*.toml``)."""
    forms = fragments("legal_form_before", True) or ["(?!)"]
    return re.compile(rf"(?i:{'|'.join(forms)})")


def _name_token(token: str) -> bool:
    """Whether ``token`` may be a word of a registered name: capitalised, a joining word,
    "&", a quoted part, or a legal form's piece."""
    return (
        token == "&"
        or token[0].isupper()
        or token[0] in '„“"«('
        or token.lower() in _joiners()
        or token in _FORM_PIECES
    )


def _runs(line: str) -> list[str]:
    """The runs of a line's words that may be a registered name, each ending at a word
    a comma ends unless a legal form follows the comma ("Atlântida, S.A.")."""
    runs: list[str] = []
    current: list[str] = []
    tokens = line.split()
    for i, token in enumerate(tokens):
        if not _name_token(token) or token in ("|", "-", "–", "—"):
            if current:
                runs.append(" ".join(current))
            current = []
            continue
        current.append(token)
        if token[-1] in ",;:!?" or (token[-1] == "." and token[:-1].isalpha() and len(token) > 4):
            rest = " ".join(tokens[i + 1 :])
            if not (token[-1] == "," and _FORM.match(" " + rest)):
                last = token[:-1] if token[-1] in ",;:!?" or token[:-1].isalpha() else token
                runs.append(" ".join([*current[:-1], last]))
                current = []
    if current:
        runs.append(" ".join(current))
    return runs


def _registered(run: str) -> str | None:
    """The registered name a run of words holds: its words up to a legal form after
    them, or from a legal form before them; ``None`` when it holds none."""
    words = run.split()
    while words and words[0].lower() in _joiners():
        words = words[1:]
    run = " ".join(words)
    for at in range(1, len(words)):
        head = " ".join(words[:at])
        form = _FORM.match(run, len(head))
        if form:
            end = form.end()
            while more := _FORM.match(run, end):  # "AB (publ)": two marks of one form
                end = more.end()
            return run[:end]
    if len(words) >= 2 and _form_before().fullmatch(words[0]) and words[0][0].isupper():
        return run
    return None


def registered_for(short: str, texts: tuple[str, ...]) -> str | None:
    """The registered name (with its legal form, after or before it) one of ``texts``
    writes on one line and that ``short`` stands for (:func:`stands_for`), the longest
    of them; ``None`` when none does. A text is searched only when it writes one of
    ``short``'s words of four letters or more as ``short`` writes it."""
    # as the name writes them: a signature capitalises the name's words as a title does
    anchors = [bare for word in short.split() if len(bare := word.strip(_MARKS)) >= 4]
    if not anchors:
        return None
    best: str | None = None
    for text in texts:
        if not text or not any(anchor in text for anchor in anchors):
            continue
        for line in text.splitlines():
            if not any(anchor in line for anchor in anchors):
                continue
            for run in _runs(line):
                found = _registered(run)
                if found and stands_for(short, found) and (best is None or len(found) > len(best)):
                    best = found
    return best


# Initials as a title writes them: two to six capitals, an ampersand between some
_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&]{1,5}")


def bracketed_for(short: str, texts: tuple[str, ...]) -> str | None:
    """ "GVZ" → "Gebäudeversicherung Kanton Zürich (GVZ)": the name a line of ``texts``
    writes before ``short`` in brackets, the way a firm or a public body gives its
    initials once in a signature, with them; ``None`` when none does. The name's words
    run back to the start of the line or a separator ("|", "–"), two words at least,
    the first with ``short``'s first letter."""
    if not _ACRONYM.fullmatch(short):
        return None
    mark = f"({short})"
    for text in texts:
        at = text.find(mark)
        while at >= 0:
            head = text[text.rfind("\n", 0, at) + 1 : at]
            runs = _runs(head) if head.endswith(" ") else []
            words = runs[-1].split() if runs and head.rstrip().endswith(runs[-1]) else []
            while words and words[0].lower() in _joiners():
                words = words[1:]
            if len(words) >= 2 and _fold(words[0])[:1] == _fold(short)[:1]:
                return f"{' '.join(words)} {mark}"
            at = text.find(mark, at + len(mark))
    return None


def bracketed(short: str, name: str) -> bool:
    """Whether ``name`` writes ``short`` in brackets after it ("GVZ" of
    "Gebäudeversicherung Kanton Zürich (GVZ)"): the same body."""
    return bool(_ACRONYM.fullmatch(short)) and f"({short})" in name and len(name) > len(short) + 2
