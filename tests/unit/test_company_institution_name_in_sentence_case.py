"""An institution's name written in sentence case, as Swedish, Danish and Norwegian
write names ("Stiftelsen Norrviks gård"), is a title's name for all its lower-case
word; and a name placed by "w" (Polish "in") runs on to its place ("Muzeum Sztuki
Ludowej w Sandomierzu")."""

from __future__ import annotations

import pytest

from assistant.detect.employer.fullname import institution_name
from assistant.detect.employer.titlenames import title_names


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Intervju: Arkivarie – Stiftelsen Norrviks gård", "Stiftelsen Norrviks gård"),
        ("Samtale – Fonden Ørnholms have", "Fonden Ørnholms have"),
        ("Andre intervju – Stiftelsen Lysverkets museum", "Stiftelsen Lysverkets museum"),
    ],
)
def test_a_name_in_sentence_case_after_an_institutions_noun(title: str, name: str) -> None:
    assert name in title_names(title)[1]


@pytest.mark.parametrize(
    "title",
    [
        "Intervju – Stiftelsen möte",  # no proper name after the noun
        "Intervju – Norrviks gård",  # no institution's noun opens it
    ],
)
def test_lower_case_words_without_noun_and_name_are_no_name(title: str) -> None:
    assert not any(" " in name and name.split()[-1].islower() for name in title_names(title)[1])


def test_a_polish_name_runs_on_through_w_to_its_place() -> None:
    text = "Z poważaniem,\nAnna Zielińska\nMuzeum Sztuki Ludowej w Sandomierzu\nul. Długa 3"
    assert (
        institution_name("Muzeum Sztuki Ludowej", (text,)) == "Muzeum Sztuki Ludowej w Sandomierzu"
    )
