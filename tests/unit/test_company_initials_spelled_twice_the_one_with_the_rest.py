"""A short name of initials and a word ("TZ Morena") spelled out where a line writes
the word after the spelled-out initials ("Towarzystwo Zdrojowe Morena S.A."), not where
an earlier line happens to hold words with the same initials (a job's field: "ds.
Taryf Zbiorowych")."""

from __future__ import annotations

from assistant.detect.employer.initials import spelled_in_full

TEXT = (
    "Dziękujemy za aplikację na stanowisko Analityk ds. Taryf Zbiorowych Komunalnych.\n"
    "\n"
    "Z poważaniem\n"
    "Towarzystwo Zdrojowe Morena S.A., ul. Polna 5, 00-001 Warszawa\n"
)


def test_the_spelling_with_the_short_names_other_words_wins():
    sources = ("Rozmowa – TZ Morena", "", TEXT)
    assert spelled_in_full("TZ Morena", sources) == "Towarzystwo Zdrojowe Morena S.A."


def test_the_only_spelling_still_counts_without_the_other_words():
    text = "Kind regards\nHarbor Health Services\n"
    assert spelled_in_full("HHS Aging", ("", "", text)) == "Harbor Health Services"
