"""Legal forms the registers use that a registered name may end with: Mexico's listed
company (S.A.B. de C.V.), Spain's professional firm (S.L.P.), Iceland's limited
companies (hf., ehf.), Canada's unlimited liability corporation (ULC) and a United
States professional corporation (P.C.). Each is the end of the registered name an
invite writes, and each is cut off like any other legal form."""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import LEGAL_END, registered_name


@pytest.mark.parametrize(
    ("short", "text", "registered"),
    [
        (
            "Bursátil Cenzontle",
            "Atentamente,\nGrupo Bursátil Cenzontle, S.A.B. de C.V.\n",
            "Grupo Bursátil Cenzontle, S.A.B. de C.V.",
        ),
        ("Roca y Almansa", "Bufete Roca y Almansa, S.L.P.\n", "Bufete Roca y Almansa, S.L.P."),
        ("Hekla Fiskur", "Kveðja,\nHekla Fiskur hf.\n", "Hekla Fiskur hf."),
        ("Jökull Hugbúnaður", "Jökull Hugbúnaður ehf., Reykjavík", "Jökull Hugbúnaður ehf."),
        ("Prairie Grain", "Prairie Grain Logistics ULC\n", "Prairie Grain Logistics ULC"),
        ("Oakmere Dental", "Oakmere Dental Associates, P.C.\n", "Oakmere Dental Associates, P.C."),
    ],
)
def test_a_registered_name_ends_with_these_legal_forms(short, text, registered):
    assert registered_name(short, text) == registered


@pytest.mark.parametrize(
    "name", ["Hekla Fiskur hf.", "Prairie Grain ULC", "Oakmere Dental, P.C.", "Roca, S.L.P."]
)
def test_these_legal_forms_end_a_name(name):
    assert LEGAL_END.search(name)


def test_the_undotted_letters_are_no_legal_form():
    assert not LEGAL_END.search("Acme hf")  # "hf" alone may be anything
    assert not LEGAL_END.search("Acme PC")
