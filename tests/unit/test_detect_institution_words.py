"""An institution's whole name, from the words each language file gives.

`detect/employer/fullname.py` finds "City of Port Aldous" where a title says "Port Aldous", and
"Hallam Institute for Sleep Research" where it says "Hallam Institute". Which nouns head
such a name ("Institute", "Stiftung", "Gemeente") and which words follow them ("for",
"für", "voor") are vocabulary: the keys ``institution_nouns``, ``name_of``,
``name_articles`` and ``name_and`` of ``detect/lang/*.toml``, one file per language.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer import fullname
from assistant.detect.employer.fullname import institution_name, with_institution_noun
from assistant.detect.words import vocabulary
from assistant.detect.words.vocabulary import Language

# (language, the short name a title writes, a description writing it whole, the whole name)
WHOLE_NAMES = [
    (
        "en",
        "Marlow Heights",
        "Join us at the County of Marlow Heights offices.",
        "County of Marlow Heights",
    ),
    ("de", "Auenwald", "Die Stiftung Auenwald lädt Sie ein.", "Stiftung Auenwald"),
    (
        "fr",
        "Presqu'île",
        "La Bibliothèque de la Presqu'île vous accueille.",
        "Bibliothèque de la Presqu'île",
    ),
    ("es", "Cerro Azul", "Le escribimos desde el Archivo de Cerro Azul.", "Archivo de Cerro Azul"),
    ("pt", "Vale Verde", "A Fundação do Vale Verde convida-a.", "Fundação do Vale Verde"),
    ("it", "Valtorta", "La Fondazione Valtorta la invita.", "Fondazione Valtorta"),
    ("nl", "Duinrand", "Namens de Gemeente Duinrand nodigen wij u uit.", "Gemeente Duinrand"),
    ("pl", "Kasztelania", "Fundacja Kasztelania zaprasza na rozmowę.", "Fundacja Kasztelania"),
    ("sv", "Ljungdal", "Stiftelsen Ljungdal bjuder in till intervju.", "Stiftelsen Ljungdal"),
    ("cs", "Podlesí", "Nadace Podlesí vás zve na pohovor.", "Nadace Podlesí"),
]


@pytest.mark.parametrize(
    ("code", "short", "text", "whole"), WHOLE_NAMES, ids=[w[0] for w in WHOLE_NAMES]
)
def test_an_institution_noun_before_the_name_in_each_language(code, short, text, whole):
    assert institution_name(short, (text,)) == whole
    assert with_institution_noun(short, whole)


# (language, the name a title writes, a text writing it whole, the whole name)
NOUN_THEN_OF = [
    (
        "en",
        "Tolland Institute",
        "The Tolland Institute for Coastal Studies is hiring.",
        "Tolland Institute for Coastal Studies",
    ),
    (
        "de",
        "Institut",
        "Bewerbung beim Institut für Bodenkunde Nord",
        "Institut für Bodenkunde Nord",
    ),
    (
        "nl",
        "Stichting",
        "De Stichting voor Waterbeheer Oost zoekt een adviseur.",
        "Stichting voor Waterbeheer Oost",
    ),
    (
        "it",
        "Istituto",
        "L'Istituto per la Storia Alpina la invita.",
        "Istituto per la Storia Alpina",
    ),
]


@pytest.mark.parametrize(
    ("code", "name", "text", "whole"), NOUN_THEN_OF, ids=[w[0] for w in NOUN_THEN_OF]
)
def test_an_institution_noun_then_of_words_in_each_language(code, name, text, whole):
    assert institution_name(name, (text,)) == whole


def test_a_word_that_heads_no_institution_adds_nothing():
    # "Team" and "Department" head parts of an employer, not its name
    assert institution_name("Marlow Heights", ("Meet the Team of Marlow Heights.",)) is None
    assert not with_institution_noun("Marlow Heights", "Department of Marlow Heights")


@pytest.fixture
def one_made_up_language(monkeypatch):
    """Only a language file that writes "Kontoret" (an office) before a name, "ved" for
    "of", and nothing else: what `fullname` knows must come from it."""
    made_up = Language(
        code="xx",
        name="Test",
        spaces=True,
        words=(),
        lists={"institution_nouns": ("kontoret",), "name_of": ("ved",), "name_and": ("og",)},
    )
    monkeypatch.setattr(vocabulary, "languages", lambda: (made_up,))
    fullname._words.cache_clear()
    yield
    fullname._words.cache_clear()


@pytest.mark.usefixtures("one_made_up_language")
def test_the_words_come_from_the_language_files_alone():
    assert (
        institution_name("Fjellvik", ("Kontoret ved Fjellvik inviterer.",))
        == "Kontoret ved Fjellvik"
    )
    # English is not in the files any more: its nouns no longer count
    assert institution_name("Port Aldous", ("The City of Port Aldous",)) is None


# A company's noun heads a name in Romance languages as an institution's does: "Compañía
# de Seguros", "Companhia de Navegação", "Compagnie des Eaux", "Compagnia di Assicurazioni".
COMPANY_NOUN_THEN_DE = [
    (
        "es",
        "Austral Compañía",
        "Austral Compañía de Reaseguros S.A.",
        "Austral Compañía de Reaseguros S.A.",
    ),
    (
        "pt",
        "Atlântica Companhia",
        "Atlântica Companhia de Navegação S.A.",
        "Atlântica Companhia de Navegação S.A.",
    ),
    ("fr", "Ondine Compagnie", "Ondine Compagnie des Eaux SAS", "Ondine Compagnie des Eaux SAS"),
    (
        "it",
        "Brenta Compagnia",
        "la Brenta Compagnia di Assicurazioni S.p.A. la invita",
        "Brenta Compagnia di Assicurazioni S.p.A.",
    ),
]


@pytest.mark.parametrize(
    ("code", "name", "text", "whole"),
    COMPANY_NOUN_THEN_DE,
    ids=[w[0] for w in COMPANY_NOUN_THEN_DE],
)
def test_a_company_noun_then_de_with_its_legal_form(code, name, text, whole):
    # the legal form's first letter ("S" of "S.A.") is not a word of the name: the name
    # ends before it, and the legal form is added whole
    assert institution_name(name, (text,)) == whole
