"""A name written in capitals in Turkish ("KARADENİZ LİMAN İŞLETMELERİ A.Ş.") is given
in title case by the Turkish alphabet: "I" is the capital of dotless "ı", "İ" that of
"i" ("Karadeniz Liman İşletmeleri A.Ş.", never "Karadeni̇z"). A name in capitals in
another language keeps the usual title case ("NORDIC IRON" → "Nordic Iron")."""

from __future__ import annotations

import pytest

from assistant.detect.employer.namecase import title_case
from assistant.detect.employer.namematch import tidy_name


@pytest.mark.parametrize(
    ("written", "cased"),
    [
        ("KARADENİZ LİMAN İŞLETMELERİ A.Ş.", "Karadeniz Liman İşletmeleri A.Ş."),
        ("ANADOLU KIRTASİYE", "Anadolu Kırtasiye"),
        ("IŞIK GIDA", "Işık Gıda"),
    ],
)
def test_turkish_capitals_are_cased_by_the_turkish_alphabet(written, cased):
    assert title_case(written) == cased


def test_other_names_in_capitals_keep_the_usual_title_case():
    assert title_case("NORDIC IRON WORKS") == "Nordic Iron Works"
    assert tidy_name("NORDIC IRON WORKS") == "Nordic Iron Works"


def test_a_tidied_turkish_name_has_no_dot_above_a_small_i():
    assert "\u0307" not in tidy_name("KARADENİZ LİMAN İŞLETMELERİ")
