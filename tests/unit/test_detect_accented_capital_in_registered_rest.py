"""The rest of a registered name after the short name an invite uses may open with a
capital outside A-Z: Turkish "İ", "Ö", "Ş" ("Yıldız Tekstil ve Örme Sanayi A.Ş."),
Polish "Ł" ("Nowak Łożyska Sp. z o.o."). The name runs on to its legal form all the
same; a lower-case word after the name still ends it."""

from __future__ import annotations

from assistant.detect.employer.legalname import registered_name


def test_a_turkish_capital_after_and_continues_the_name():
    text = "Merhaba,\n\nYıldız Tekstil ve Örme Sanayi A.Ş. bünyesindeki pozisyon için"
    assert registered_name("Yıldız Tekstil", text) == "Yıldız Tekstil ve Örme Sanayi A.Ş."


def test_a_polish_capital_continues_the_name():
    text = "Dzień dobry,\n\nzapraszamy do Nowak Łożyska Sp. z o.o. na rozmowę."
    assert registered_name("Nowak", text) == "Nowak Łożyska Sp. z o.o."


def test_a_lower_case_word_ends_the_name():
    text = "Merhaba,\n\nYıldız Tekstil ile örme Sanayi A.Ş. görüşmesi"
    assert registered_name("Yıldız Tekstil", text) is None
