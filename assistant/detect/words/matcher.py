"""Vocabularies matched in one pass: Aho-Corasick finds which fragments could match a
text, and only those are tried.

A vocabulary is one alternation of many regular-expression fragments (every
language's words of one kind, :mod:`.vocabulary`). ``re`` tries each alternative at
every position of the text, so reading a title cost the sum of every fragment of
every kind asked. Here each fragment's required words (:func:`.literals.analyse`:
"interview" for ``interviews?``) are looked for in one Aho-Corasick pass over the
text, folded as ``re.IGNORECASE`` folds it; that pass is shared by every vocabulary
asked about the same text. A vocabulary is then matched with only the fragments
whose words are there, which for most texts and most kinds is none: no pattern runs.

The results are those of the whole pattern: an alternative that cannot match
anywhere in a text matches nowhere, so dropping it changes neither where the others
match nor which of them wins (leftmost, then first in order). The words are looked
for in the whole text, so ``pos``, ``endpos`` and lookbehinds lose nothing.
``tests/unit/test_detect_matcher.py`` compares both ways on every vocabulary.
"""

from __future__ import annotations

import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any

from assistant.detect.words.literals import analyse, fold

# A pattern that matches nothing: an alternation of no fragments.
NEVER = r"(?!x)x"

# A text's hits are kept until the texts kept hold this many characters in all.
_CACHE_CHARS = 2_000_000
# Each vocabulary keeps this many narrowed patterns before it starts anew.
_CACHE_PATTERNS = 2048
_UNSEEN = object()
_WORD_ID = itemgetter(0)  # of a match (word id, start, end) of the automaton


@dataclass(frozen=True)
class Alternative:
    """``before(?:f1|f2|…)after``: one top-level alternative of a vocabulary.

    The alternative must need one of its ``fragments`` to match (the group is not
    optional), so that without any of them it cannot match at all.
    """

    before: str
    fragments: tuple[str, ...]
    after: str = ""

    def source(self, chosen: Iterable[str] | None = None) -> str:
        """The alternative's pattern, with ``chosen`` fragments (default: all)."""
        inner = "|".join(self.fragments if chosen is None else chosen)
        return f"{self.before}(?:{inner}){self.after}"


class _Literals:
    """Every required word of every vocabulary in use, one automaton over them all, and
    which of them each recent text holds (shared by all vocabularies).

    Thread-safe: a text's words are kept only when no word was added while they were
    looked for, so a vocabulary made meanwhile never sees a text without its words.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.seen: dict[str, frozenset[int]] = {}
        self._automaton: Any = None
        self._version = 0  # counts the changes to ``ids``
        self._kept = 0
        self._lock = threading.Lock()

    def add(self, words: Iterable[str]) -> list[int]:
        """The ids of ``words``, registering the new ones (the automaton is then remade)."""
        with self._lock:
            ids = []
            for word in words:
                known = self.ids.get(word)
                if known is None:
                    known = self.ids[word] = len(self.ids)
                    self._automaton = None
                ids.append(known)
            if self._automaton is None:
                self._version += 1
                self.seen.clear()
                self._kept = 0
            return ids

    def build(self) -> Any:
        """The automaton over every word known now, made if need be, with its version."""
        with self._lock:
            if self._automaton is None and self.ids:
                import ahocorasick_rs  # loaded with the first vocabulary used

                self._automaton = ahocorasick_rs.AhoCorasick(list(self.ids))
            return self._automaton, self._version

    def hits(self, text: str) -> frozenset[int]:
        """The ids of the words ``text`` holds, case folded as ``re.IGNORECASE`` folds."""
        found = self.seen.get(text)
        if found is not None:
            return found
        automaton, version = self.build()
        if automaton is None:
            return frozenset()
        matches = automaton.find_matches_as_indexes(fold(text), overlapping=True)
        found = frozenset(map(_WORD_ID, matches))  # each match's word, no Python call each
        with self._lock:
            if version == self._version:
                if self._kept > _CACHE_CHARS:
                    self.seen.clear()
                    self._kept = 0
                self.seen[text] = found
                self._kept += len(text) + 50
        return found


LITERALS = _Literals()


@dataclass(frozen=True)
class _Plan:
    """What a vocabulary needs to narrow itself, its fragments numbered in order: those
    every text must try, those each word id lets in, and the other words some need."""

    whole: bool  # a fragment has capturing groups: narrowing would renumber them
    always: frozenset[int]
    by_word: dict[int, tuple[int, ...]]
    also: dict[int, tuple[frozenset[int], ...]]  # more word ids each fragment needs


# Every vocabulary made so far, for :func:`prepare_all`.
_MADE: weakref.WeakSet[Vocabulary] = weakref.WeakSet()


def prepare_all() -> None:
    """Read the words of every vocabulary made so far and build the automaton once.

    Each vocabulary prepared after the automaton was built adds its words and so has
    the automaton built anew over all of them (about 10 ms) and every text's words
    looked for again: start-up (``assistant.detect.warm_up``) prepares them together."""
    for vocabulary in list(_MADE):
        vocabulary.prepare()
    LITERALS.build()


class Vocabulary:
    """An alternation of fragments (case-insensitive unless ``flags`` say otherwise) that
    tries on each text only the fragments it can match.

    Has the methods of :class:`re.Pattern` that detection uses (``search``, ``match``,
    ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``) with the same
    results, and ``pattern``, the whole pattern's source, to build others from.
    Nothing is parsed or compiled until the first match is asked for.
    """

    def __init__(self, alternatives: Sequence[Alternative], flags: int = re.I) -> None:
        self.alternatives = tuple(a for a in alternatives if a.fragments)
        self.flags = flags
        self.pattern = "|".join(a.source() for a in self.alternatives) or NEVER
        self._plan: _Plan | None = None
        self._narrowed: dict[frozenset[int], re.Pattern[str] | None] = {}
        self._by_fragments: dict[frozenset[int], re.Pattern[str]] = {}
        _MADE.add(self)

    @classmethod
    def of(cls, pattern: str, flags: int = 0) -> Vocabulary:
        """One regular expression, tried only on texts that hold one of the words it
        needs (the prefilter alone: "様" or "님" for a name with an honorific)."""
        return cls([Alternative("", (pattern,))], flags)

    @classmethod
    def union(cls, *vocabularies: Vocabulary) -> Vocabulary:
        """One vocabulary matching what any of ``vocabularies`` matches, the first
        one's alternatives first (its ``pattern`` is theirs joined by "|")."""
        return cls([a for v in vocabularies for a in v.alternatives], vocabularies[0].flags)

    def __repr__(self) -> str:
        return f"Vocabulary({self.pattern[:60]!r}…)"

    def __reduce__(self) -> tuple[type[Vocabulary], tuple[tuple[Alternative, ...], int]]:
        # Pickled as made, unread: its word ids belong to this process's automaton.
        return Vocabulary, (self.alternatives, self.flags)

    @cached_property
    def full(self) -> re.Pattern[str]:
        """The whole pattern, compiled (what every text would try without narrowing)."""
        return re.compile(self.pattern, self.flags)

    @cached_property
    def _fragments(self) -> tuple[tuple[int, str], ...]:
        """Every fragment with the index of its alternative, in order."""
        return tuple((i, f) for i, a in enumerate(self.alternatives) for f in a.fragments)

    def prepare(self) -> None:
        """Read every fragment's required words now (done on first use otherwise)."""
        if self._plan is None:
            self._plan = self._make_plan()

    def _make_plan(self) -> _Plan:
        always: set[int] = set()
        by_word: dict[int, list[int]] = {}
        also: dict[int, tuple[frozenset[int], ...]] = {}
        whole = False
        for index, (_, fragment) in enumerate(self._fragments):
            analysis = analyse(fragment, self.flags)
            # dropping a fragment renumbers the groups after it; one fragment alone is
            # either kept or the text cannot match at all
            whole = whole or (analysis.groups > 0 and len(self._fragments) > 1)
            if analysis.words is None:
                always.add(index)
                continue
            for word in LITERALS.add(sorted(analysis.words)):
                by_word.setdefault(word, []).append(index)
            if analysis.also:
                also[index] = tuple(frozenset(LITERALS.add(sorted(a))) for a in analysis.also)
        return _Plan(whole, frozenset(always), {k: tuple(v) for k, v in by_word.items()}, also)

    def narrowed(self, text: str) -> re.Pattern[str] | None:
        """The pattern with only the fragments ``text`` could match, or ``None`` when it
        can match none of them."""
        # the usual case first, in as few calls as may be (some hundred thousand a
        # detection of 10,000 events): a text read before, whose words were narrowed to
        hits = LITERALS.seen.get(text)
        if hits is not None and self._plan is not None:
            found = self._narrowed.get(hits, _UNSEEN)
            if found is not _UNSEEN:
                return found  # type: ignore[return-value]
        if self._plan is None:  # first: its words must be in the automaton asked below
            # with every other vocabulary made so far: one build of the automaton for
            # them all, not one each (detection makes them all first: ``.warmup``)
            prepare_all()
        hits = LITERALS.seen.get(text)
        if hits is None:
            hits = LITERALS.hits(text)
        found = self._narrowed.get(hits, _UNSEEN)
        return self._narrow(hits) if found is _UNSEEN else found  # type: ignore[return-value]

    def _narrow(self, hits: frozenset[int]) -> re.Pattern[str] | None:
        """:meth:`narrowed` for a text holding the words ``hits``, made and kept."""
        plan = self._plan
        assert plan is not None
        if plan.whole:
            found: re.Pattern[str] | None = self.full
        else:
            chosen = set(plan.always)
            for word in hits:
                chosen.update(plan.by_word.get(word, ()))
            # a fragment needing more than one word: each of them must be there too
            chosen = {
                i for i in chosen if all(not need.isdisjoint(hits) for need in plan.also.get(i, ()))
            }
            found = self._compiled(frozenset(chosen)) if chosen else None
        if len(self._narrowed) >= _CACHE_PATTERNS:
            self._narrowed.clear()
        self._narrowed[hits] = found
        return found

    def _compiled(self, chosen: frozenset[int]) -> re.Pattern[str]:
        """The pattern of the ``chosen`` fragments (by index), in their order."""
        found = self._by_fragments.get(chosen)
        if found is not None:
            return found
        if len(chosen) == len(self._fragments):
            found = self.full
        else:
            picked: dict[int, list[str]] = {}
            for index in sorted(chosen):
                alternative, fragment = self._fragments[index]
                picked.setdefault(alternative, []).append(fragment)
            source = "|".join(self.alternatives[a].source(f) for a, f in picked.items())
            found = re.compile(source, self.flags)
        if len(self._by_fragments) >= _CACHE_PATTERNS:
            self._by_fragments.clear()
        self._by_fragments[chosen] = found
        return found

    # --- the methods of re.Pattern ------------------------------------------------------

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.search`."""
        # :meth:`narrowed`'s usual case written out: asked most often of all
        hits = LITERALS.seen.get(string)
        compiled = self._narrowed.get(hits, _UNSEEN) if hits is not None else _UNSEEN
        if compiled is _UNSEEN:
            compiled = self.narrowed(string)
        return compiled.search(string, pos, endpos) if compiled else None  # type: ignore[union-attr]

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.match`."""
        compiled = self.narrowed(string)
        return compiled.match(string, pos, endpos) if compiled else None

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """:meth:`re.Pattern.fullmatch`."""
        compiled = self.narrowed(string)
        return compiled.fullmatch(string, pos, endpos) if compiled else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer`."""
        compiled = self.narrowed(string)
        return compiled.finditer(string, pos, endpos) if compiled else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[object]:
        """:meth:`re.Pattern.findall`."""
        compiled = self.narrowed(string)
        return compiled.findall(string, pos, endpos) if compiled else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """:meth:`re.Pattern.sub`."""
        compiled = self.narrowed(string)
        return compiled.sub(repl, string, count) if compiled else string

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """:meth:`re.Pattern.subn`."""
        compiled = self.narrowed(string)
        return compiled.subn(repl, string, count) if compiled else (string, 0)
