"""The words a regular expression cannot match without, and text folded as ``re`` folds case.

:mod:`.matcher` tries a vocabulary's fragments only on a text that holds their
words. Both halves of that test are here:

- :func:`analyse` reads a fragment with the parser of the standard ``re`` module
  and returns strings one of which every match contains ("interview" for
  ``interviews?``; "second" or "2nd" for ``(?:second|2nd)\\s+\\w+``), or ``None``
  when it knows of none (``[2-9]``);
- :func:`fold` maps a text so that two characters ``re.IGNORECASE`` takes for the
  same letter become the same character ("İ", "I" and "ı" all become "i"), as the
  matching engine compares them: simple lower case, plus the extra equivalences of
  ``re._casefix`` ("ſ" is "s", "ς" is "σ"). A substring that a case-insensitive
  pattern matches thus holds, folded, one of the strings it requires.

Both read private parts of ``re`` (``re._parser``, ``re._casefix``, present since
Python 3.11); should either be missing, :func:`analyse` answers ``None`` and every
fragment is simply tried, as before.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_FragmentNeeds = frozenset[str] | None


def _private(name: str) -> Any:
    """A private module of ``re``, or ``None`` on a Python without it."""
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:  # pragma: no cover - then every fragment is tried on every text
        return None


# Private but stable since Python 3.11: see the module's docstring.
_parser, _constants, _casefix = _private("_parser"), _private("_constants"), _private("_casefix")


@cache
def _folding_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """What :func:`fold` does after ``str.lower``: each class of ``re._casefix``'s extra
    equivalences ("i" and "ı", "s" and "ſ", "σ" and "ς") to its lowest member; and a
    pattern finding the characters to change, as most texts hold none."""
    classes: dict[str, set[str]] = {}
    extra = getattr(_casefix, "_EXTRA_CASES", {}) if _casefix is not None else {}
    for key, values in extra.items():
        members = {chr(key).lower(), *(chr(v).lower() for v in values)}
        for member in list(members):
            members |= classes.get(member, set())
        for member in members:
            classes[member] = members
    after = {ord(m): min(members) for m, members in classes.items() if m != min(members)}
    return after, re.compile("[" + re.escape("".join(map(chr, after))) + "]")


def fold(text: str) -> str:
    """``text`` with the characters ``re.IGNORECASE`` equates made the same (see the
    module's docstring)."""
    if text.isascii():
        return text.lower()
    # "İ" first: its simple lower case, which re compares, is "i"; str.lower adds a dot
    lowered = (text.replace("\u0130", "i") if "\u0130" in text else text).lower()
    after, changed = _folding_table()
    return lowered.translate(after) if changed.search(lowered) else lowered


@dataclass(frozen=True)
class Analysis:
    """What matching needs of one fragment: ``words``, one of which (folded) every match
    holds, or ``None`` when none is known; ``also``, more such sets that every match
    needs one of too ("his" or "her", and "interview", for ``(?:his|her)\\s+interview``);
    ``groups``, its capturing groups."""

    words: frozenset[str] | None
    groups: int = 0
    also: tuple[frozenset[str], ...] = ()


# At most this many sets of words besides the best, of words this long at least: each
# is checked when the best set's word is found, and short ones are found everywhere.
_ALSO_SETS = 3
_ALSO_LENGTH = 3


# Characters that make a fragment more than a plain word.
_SPECIAL = frozenset(".^$*+?{}[]\\|()#")


@cache
def analyse(fragment: str, flags: int = re.I) -> Analysis:
    """Read ``fragment`` (a regular expression) for :class:`Analysis`.

    The words come from the literal runs, alternations and repeats of at least one
    of the parsed pattern: of the choices a sequence offers, the one whose shortest
    string is longest. Lookarounds, character classes and optional parts are passed
    over. Kept per fragment: the vocabularies that share one read it once.

    Raises ``re.error`` when ``fragment`` is not a regular expression.
    """
    if _parser is None or _constants is None or _casefix is None:
        return Analysis(None, groups=1)  # no narrowing without re's own tables
    if fragment and not flags & re.X and not _SPECIAL.intersection(fragment):
        return Analysis(frozenset({fold(fragment)}))  # a plain word: itself
    try:
        parsed = _parser.parse(fragment, flags)
    except re.error:
        raise  # not a regular expression: the caller names the file it came from
    except Exception:  # a private parser's surprise: never narrow
        return Analysis(None, groups=1)
    choices = sorted(
        (frozenset(fold(s) for s in choice) for choice in _choices(list(parsed)) if all(choice)),
        key=_worth,
        reverse=True,
    )
    if not choices:
        return Analysis(None, parsed.state.groups - 1)
    also = [c for c in choices[1:] if min(map(len, c)) >= _ALSO_LENGTH][:_ALSO_SETS]
    return Analysis(choices[0], parsed.state.groups - 1, tuple(also))


def _needs(items: list[tuple[Any, Any]]) -> _FragmentNeeds:
    """The best set of strings one of which a match of the sequence ``items`` holds."""
    return max(_choices(items), key=_worth, default=None)


def _choices(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets of strings a match of the sequence ``items`` holds one of, each set.

    Neighbours known exactly (literals, alternations of them) are joined: "his" or
    "her" for ``h(?:is|er)``, as the parser writes ``(?:his|her)``."""
    c = _constants
    choices: list[frozenset[str]] = []
    exact: frozenset[str] | None = None  # every string the elements so far can match
    for op, av in items:
        part = _exact_one(op, av)
        if part is not None:
            joined = part if exact is None else frozenset(a + b for a in exact for b in part)
            if len(joined) > _JOINED:
                choices.append(exact or part)  # too many: keep what was known, go on
                joined = part
            exact = joined
            continue
        if exact is not None:
            choices.append(exact)
            exact = None
        need: _FragmentNeeds = None
        if op is c.SUBPATTERN:
            need = _needs(list(av[3]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            need = _needs(list(av))
        elif op in _REPEATS and av[0] >= 1:
            need = _needs(list(av[2]))
        elif op is c.BRANCH:
            branches = [_needs(list(b)) for b in av[1]]
            need = frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        if need:
            choices.append(need)
    if exact is not None:
        choices.append(exact)
    return choices


# At most this many strings from joining neighbours known exactly.
_JOINED = 32


def _exact(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every string the sequence ``items`` can match, when it is only literals and
    alternations of them (a few); else ``None``."""
    found = frozenset({""})
    for op, av in items:
        part = _exact_one(op, av)
        if part is None:
            return None
        found = frozenset(a + b for a in found for b in part)
        if len(found) > _JOINED:
            return None
    return found


def _exact_one(op: Any, av: Any) -> frozenset[str] | None:
    """Every string one parsed element can match, when known exactly; else ``None``."""
    c = _constants
    if op is c.LITERAL:
        return frozenset({chr(av)})
    if op is c.SUBPATTERN:
        return _exact(list(av[3]))
    if op is c.BRANCH:
        branches = [_exact(list(b)) for b in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return frozenset(chr(v) for _, v in av)
    return None


def _worth(choice: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer in a text; fewer of them, fewer false hits."""
    return min(len(s) for s in choice), -len(choice)


_REPEATS = (
    tuple(
        getattr(_constants, name)
        for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
        if hasattr(_constants, name)
    )
    if _constants is not None
    else ()
)
