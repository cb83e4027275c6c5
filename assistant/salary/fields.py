"""Fields: words that place a generic job title in another occupation family.

"Production Manager" on its own runs a factory (SOC 11-3051 Industrial Production
Managers); "Production Manager, Unscripted" runs a television production (SOC 27-2012
Producers and Directors). A field (``[fields.<name>]`` in ``config/salary_aliases.toml``)
lists the words that say so ("unscripted", "film", "broadcast" …) and the titles,
without those words, whose occupation it changes. A title holding a field word in any
part is first read without the field's words and looked up among the field's titles;
any other title ("Content Marketing Manager") is matched as usual.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.salary.titles import Reading, Words, words

FIELDS_TABLE = "fields"


@dataclass(frozen=True)
class Field:
    """One field: its name ("film and television"), its words (in ``words`` form) and
    its titles without them (in ``words`` form) → (title as written, SOC code)."""

    name: str
    words: frozenset[str]
    titles: Mapping[Words, tuple[str, str]]

    def title_in(
        self, role_words: frozenset[str], readings: Iterable[Reading]
    ) -> tuple[str, str, str] | None:
        """(title as the aliases file writes it, SOC code, the field word that placed it)
        for the first of ``readings`` that names one of the field's titles once the
        field's words are taken out, when ``role_words`` (the whole title's) hold one of
        them; None otherwise."""
        hits = sorted(self.words & role_words)
        if not hits:
            return None
        for reading in readings:
            core = tuple(w for w in reading.words if w not in self.words)
            if core in self.titles:
                title, soc = self.titles[core]
                return title, soc, hits[0]
        return None


def read_fields(path: Path) -> list[Field]:
    """The ``[fields.<name>]`` tables of the aliases file (none: an empty list).

    Raises ValueError naming the field when one lacks ``name``, ``words`` or ``aliases``.
    """
    with path.open("rb") as handle:
        tables = tomllib.load(handle).get(FIELDS_TABLE, {})
    fields = []
    for key, table in tables.items():
        try:
            name, field_words, aliases = table["name"], table["words"], table["aliases"]
        except KeyError as missing:
            raise ValueError(f"{path}: [fields.{key}] needs {missing.args[0]!r}") from None
        fields.append(
            Field(
                name=name,
                words=frozenset(w for phrase in field_words for w in words(phrase)),
                titles={words(title): (title, soc) for title, soc in aliases.items()},
            )
        )
    return fields
