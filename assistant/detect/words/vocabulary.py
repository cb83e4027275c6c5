"""The round vocabularies as data: one TOML file per language in ``assistant/detect/lang/``.

Each file lists regular-expression fragments by kind (``interview``,
``explicit_later``, ``first_round``, ``leisure`` …; :mod:`.wording` says what each
kind is for). A language written with spaces between words (``spaces = true``) is
matched on whole words; one written without (Japanese, Chinese) or with particles
glued to nouns (Korean) is matched anywhere, since a word boundary means nothing
there. Adding a language is adding a file: no code changes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.detect.words.literals import analyse
from assistant.detect.words.matcher import Alternative, Vocabulary


@dataclass(frozen=True)
class Language:
    """One language's vocabulary: its code, whether words are spaced, its lists,
    whether it glues nouns into compounds, and the letters its kin do not write."""

    code: str
    name: str
    spaces: bool
    words: tuple[str, ...]
    lists: dict[str, tuple[str, ...]]
    compounds: bool = False
    letters: str = ""


@cache
def languages() -> tuple[Language, ...]:
    """Every language file shipped in the package, English first.

    Raises ``ValueError`` naming the file when one is not valid TOML or holds a
    fragment that is not a valid regular expression (a packaging mistake).
    """
    found = []
    folder = resources.files("assistant.detect") / "lang"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
            lists = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
            for fragments in lists.values():
                for fragment in fragments:
                    analyse(fragment, re.I)  # parsed once, kept for the matcher
        except (tomllib.TOMLDecodeError, re.error) as error:
            raise ValueError(f"detect/lang/{entry.name}: {error}") from error
        found.append(
            Language(
                code=data["language"],
                name=data.get("name", data["language"]),
                spaces=bool(data.get("spaces", True)),
                compounds=bool(data.get("compounds", False)),
                words=tuple(str(data.get("words", "")).split()),
                letters=str(data.get("letters", "")),
                lists=lists,
            )
        )
    return tuple(sorted(found, key=lambda lang: lang.code != "en"))


def fragments(kind: str, spaced: bool) -> list[str]:
    """Every language's fragments of one ``kind``, for spaced or unspaced scripts."""
    return [f for lang in languages() if lang.spaces == spaced for f in lang.lists.get(kind, ())]


def compound_heads(*kinds: str) -> list[str]:
    """The fragments of ``kinds`` in the languages that glue nouns into one word
    (``compounds = true``: German, Dutch, Swedish…), which may close such a word
    ("Textildesigner", "exploratiegeoloog", "Prospekteringsgeolog"): the last noun
    of a compound is what it is. Fragments beginning with fewer than five letters are
    left out ("rat" would close "Apparat")."""
    return [
        f
        for lang in languages()
        if lang.compounds
        for kind in kinds
        for f in lang.lists.get(kind, ())
        if re.match(r"[^\W\d_]{5}", f)
    ]


def pattern(
    kind: str, *extra: str, before: str = r"(?<![\w-])", after: str = r"(?![\w])"
) -> Vocabulary:
    """One case-insensitive pattern for ``kind`` in every language (plus ``extra``
    fragments): whole words where words are spaced, anywhere where they are not.

    Nothing is compiled here; the :class:`~.matcher.Vocabulary` tries, on each text,
    only the fragments whose words the text holds."""
    return Vocabulary(
        [
            Alternative(before, (*extra, *fragments(kind, True)), after),
            Alternative("", tuple(fragments(kind, False))),
        ]
    )


def search(compiled: Vocabulary | re.Pattern[str], text: str) -> re.Match[str] | None:
    """``compiled.search(text)``."""
    return compiled.search(text)
