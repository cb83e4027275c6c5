"""The fast matcher finds exactly what the whole patterns find.

:class:`assistant.detect.words.matcher.Vocabulary` tries, on each text, only the fragments
whose required words (:func:`assistant.detect.words.literals.analyse`) one Aho-Corasick pass
finds in the text folded as ``re.IGNORECASE`` folds it. These tests hold it to the
plain ``re`` way, the whole alternation compiled, on every vocabulary detection uses:
on real invites' titles and descriptions in every language of the labelled calendars,
and on texts made of the vocabularies' own words in odd cases ("İ", "ſ", the Kelvin
sign, full-width forms), for ``search``, ``match``, ``fullmatch``, ``finditer`` and ``sub``.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import unicodedata
from functools import cache

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.detect import warm_up
from assistant.detect.text import titles
from assistant.detect.words import wording as w
from assistant.detect.words.literals import analyse, fold
from assistant.detect.words.matcher import LITERALS, Alternative, Vocabulary
from assistant.detect.words.vocabulary import languages
from tests.conftest import DATA, REPO


def _every_vocabulary() -> dict[str, Vocabulary]:
    """Every vocabulary detection and its neighbours match with, by name."""
    from assistant.briefing import invite
    from assistant.detect.employer import textname
    from assistant.detect.job import quotedrole, roleclean
    from assistant.detect.text import relevance
    from assistant.detect.who import gobetween

    warm_up()
    found = {name: getattr(w, name) for name in w._MAKERS}
    found["round_words"] = titles.round_words()
    found["round_in_job"] = roleclean.round_in_job()
    found["role_question"] = quotedrole._role_question()
    found["forwarded_from"] = gobetween._forwarded_from()
    found["honoured_name"] = titles.HONOURED_NAME
    found["text_name"] = textname._TEXT_NAME
    found["meet"] = invite._MEET
    for index, pattern in enumerate(relevance.signal_patterns()):
        if isinstance(pattern, Vocabulary):
            found[f"signal_{index}"] = pattern
    return found


VOCABULARIES = _every_vocabulary()


def _same(vocabulary: Vocabulary, text: str) -> None:
    """Each method of ``vocabulary`` answers on ``text`` as the whole pattern does."""
    full = vocabulary.full

    def seen(match: re.Match[str] | None) -> object:
        return None if match is None else (match.span(), match.groups())

    assert seen(vocabulary.search(text)) == seen(full.search(text)), text
    assert seen(vocabulary.match(text)) == seen(full.match(text)), text
    assert seen(vocabulary.fullmatch(text)) == seen(full.fullmatch(text)), text
    assert [seen(m) for m in vocabulary.finditer(text)] == [seen(m) for m in full.finditer(text)], (
        text
    )
    assert vocabulary.subn("<>", text) == full.subn("<>", text), text
    if len(text) > 4:  # from inside the text: lookbehinds still see before ``pos``
        assert seen(vocabulary.search(text, 3)) == seen(full.search(text, 3)), text


@cache
def _invite_texts() -> tuple[str, ...]:
    """A few hundred varied texts from the labelled calendars and fixtures: from each
    file, up to 20 titles and 5 descriptions cut to 700 characters, evenly spread over
    it (every language, every ATS format; a file added later adds its own)."""
    texts: dict[str, None] = {}
    for path in sorted(DATA.rglob("*.ics")):
        try:
            calendar = icalendar.Calendar.from_ical(path.read_bytes())
        except ValueError:
            continue  # a fixture of a broken file
        events = calendar.walk("VEVENT")
        titles = list(dict.fromkeys(str(e.get("SUMMARY", "")) for e in events))
        described = list(dict.fromkeys(str(e.get("DESCRIPTION", ""))[:700] for e in events))
        described = [d for d in described if d]
        texts.update(dict.fromkeys(titles[:: max(1, len(titles) // 20)]))
        texts.update(dict.fromkeys(described[:: max(1, len(described) // 5)]))
    return tuple(texts)


def test_there_are_a_few_hundred_varied_invites_to_compare_on():
    texts = _invite_texts()
    assert len(texts) >= 300
    assert any("面接" in t for t in texts) and any("Gespräch" in t for t in texts)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_the_fast_matcher_finds_what_the_whole_pattern_finds_on_real_invites(name):
    vocabulary = VOCABULARIES[name]
    for text in _invite_texts():
        _same(vocabulary, text)


# Characters re.IGNORECASE takes for ASCII letters, and full-width and accented forms.
_ODD = {"i": ["İ", "ı", "I"], "s": ["ſ", "S"], "k": ["K", "K"], "a": ["á", "Ａ"], "e": ["É"]}


@cache
def _words() -> tuple[str, ...]:
    """The words the vocabularies need, as the automaton holds them (folded)."""
    warm_up()
    return tuple(sorted(LITERALS.ids))


def _oddly_cased(word: str, data: st.DataObject) -> str:
    """``word`` with each letter kept, upper-cased, or swapped for a character that
    ``re.IGNORECASE`` may or may not take for it."""
    out = []
    for char in word:
        choice = data.draw(st.sampled_from(["keep", "upper", "odd"]))
        if choice == "upper":
            out.append(char.upper())
        elif choice == "odd" and char in _ODD:
            out.append(data.draw(st.sampled_from(_ODD[char])))
        else:
            out.append(char)
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_matcher_finds_what_the_whole_pattern_finds_on_made_up_texts(data):
    words = data.draw(st.lists(st.sampled_from(_words()), min_size=1, max_size=6))
    glue = st.sampled_from([" ", "  ", "-", ": ", " – ", "\n", "（", "）", " 2 ", "/", "", "#3 "])
    parts = []
    for word in words:
        parts += [data.draw(glue), _oddly_cased(word, data)]
    text = "".join(parts) + data.draw(glue)
    for vocabulary in VOCABULARIES.values():
        _same(vocabulary, text)


def test_fold_equates_every_pair_of_characters_ignorecase_equates():
    # Pairs re.IGNORECASE may take for one letter are a character and its simple lower or
    # upper case, and the extra equivalences of re._casefix; every one is tried.
    from re import _casefix  # type: ignore[attr-defined]

    pairs = {(a, b) for a, others in _casefix._EXTRA_CASES.items() for b in others}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) == "Cs":
            continue
        for other in (char.lower(), char.upper()):
            if len(other) == 1 and other != char:
                pairs.add((code, ord(other)))
    for a, b in pairs:
        one, two = chr(a), chr(b)
        if re.fullmatch(re.escape(one), two, re.I):
            assert fold(one) == fold(two), (hex(a), hex(b))
    assert fold("İSTANBUL") == fold("istanbul") == fold("ıſtanbul")


@pytest.mark.parametrize(
    ("fragment", "words"),
    [
        ("interviews?", {"interview"}),
        (r"(?:second|2nd|final)\s+(?:round|stage)", {"round", "stage"}),  # longest needed
        (r"(?:first|1st)?\s*round", {"round"}),  # an optional part is no need
        (r"(?<!product )\bmanager\b", {"manager"}),  # nor is a lookaround
        ("Zweitgespräch", {"zweitgespräch"}),  # folded as re.IGNORECASE folds
        (r"[2-9]\s*/\s*[2-9]", {"/"}),
        (r"\d+", None),  # nothing known: tried on every text
        ("(?:a|)b+", {"b"}),
    ],
)
def test_the_words_a_fragment_needs(fragment, words):
    assert analyse(fragment).words == (None if words is None else frozenset(words))


def test_a_fragment_that_is_no_regular_expression_is_refused():
    with pytest.raises(re.error):
        analyse("(?:unclosed")


def test_capturing_groups_stay_numbered_as_in_the_whole_pattern():
    # Dropping a fragment would renumber the groups after it: such a vocabulary always
    # tries every fragment, and its groups mean what they mean in the whole pattern.
    vocabulary = Vocabulary([Alternative("", ("(a)x", "(b)y"), "(z)")])
    match = vocabulary.search("by z byz")
    assert match is not None and match.group(3) == "z" and match.group(2) == "b"
    field = Vocabulary([Alternative(r"^\s*", ("Position", "Stelle"), r"\s*:\s*(\w+)")], re.I)
    found = field.search("Stelle: Analyst")
    assert found is not None and found.group(1) == "Analyst"


def test_a_vocabulary_of_no_fragments_matches_nothing():
    nothing = Vocabulary([Alternative("", ())])
    assert nothing.search("anything") is None and nothing.sub("-", "anything") == "anything"


def _shipped_fragments() -> list[tuple[str, str]]:
    """Every fragment of every language file, named "language.kind"."""
    return [
        (f"{lang.code}.{kind}", fragment)
        for lang in languages()
        for kind, fragments in lang.lists.items()
        for fragment in fragments
    ]


def test_every_shipped_fragment_names_a_word_it_needs():
    # A fragment without one is tried on every text, as all were before: a slower
    # detection, not a wrong one. Write at least one plain word into each fragment.
    vague = [f"{where}: {f}" for where, f in _shipped_fragments() if analyse(f).words is None]
    assert len(vague) <= 5, vague


def test_no_shipped_fragment_has_a_capturing_group():
    # One would keep its whole vocabulary from being narrowed: write (?:…) instead.
    assert [f"{where}: {f}" for where, f in _shipped_fragments() if analyse(f).groups] == []


def test_importing_detection_reads_no_vocabulary_and_loads_no_automaton():
    probe = (
        "import sys\n"
        "import assistant.detect\n"
        "from assistant.detect.words import matcher, vocabulary\n"
        "print('ahocorasick_rs' in sys.modules, len(matcher.LITERALS.ids),"
        " vocabulary.languages.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["False", "0", "0"]


def test_a_vocabulary_made_after_a_text_was_read_still_finds_its_words():
    # The words of a text are kept for every vocabulary; one made later adds its own
    # words to the automaton, and the texts read before are read again for them.
    text = "Qorvath onsite with Zelmira"
    assert Vocabulary([Alternative(r"\b", ("onsite",), r"\b")], re.I).search(text)
    later = Vocabulary([Alternative(r"\b", ("zelmira",), r"\b")], re.I)
    found = later.search(text)
    assert found is not None and found.group(0) == "Zelmira"


def test_a_fragment_needing_two_words_is_tried_only_where_both_are():
    fragment = r"(?:his|her)\s+(?:[\w-]+\s+){0,2}interviews?"
    assert analyse(fragment).words == {"interview"}
    assert analyse(fragment).also == (frozenset({"his", "her"}),)
    vocabulary = Vocabulary([Alternative(r"\b", (fragment,), r"\b")], re.I)
    assert vocabulary.narrowed("Second interview – Acme") is None  # no pattern runs
    found = vocabulary.search("Drive Sam to her second interview")
    assert found is not None and found.group(0) == "her second interview"


def test_a_vocabulary_pickled_to_another_process_reads_its_words_there():
    # Word ids number this process's automaton: a copy sent elsewhere reads its own.
    code = (
        "import pickle, sys\n"
        "from assistant.detect.words import wording\n"
        "vocabulary = pickle.loads(sys.stdin.buffer.read())\n"
        "wording.BUSINESS.search('Sync')\n"  # another numbering of the words first
        "print(vocabulary.search('Zweitgespräch bei Acme').group(0))\n"
    )
    sent = pickle.dumps(w.EXPLICIT_LATER)
    done = subprocess.run(
        [sys.executable, "-c", code], input=sent, capture_output=True, check=True, cwd=REPO
    )
    assert done.stdout.decode().strip() == "Zweitgespräch"
