"""A title part that is a stage word and its number ("(Runde 3: Fallstudie)", "Etapa
II", "2. Runde"): the round, never the employer's name."""

from __future__ import annotations

from assistant.detect.employer.titlenames import title_names


def _names(title: str) -> tuple[str, ...]:
    place, candidates, beside = title_names(title)
    return (*([place] if place else []), *candidates, *beside)


def test_a_german_round_and_its_number_is_no_name():
    assert "Runde 3" not in _names("Gespräch: Jonas Weber – UX Researcher (Runde 3: Fallstudie)")


def test_a_number_before_the_stage_word_is_no_name():
    assert "3. Runde" not in _names("Vorstellung – Datenanalyst (3. Runde)")


def test_a_roman_numeral_after_the_stage_word_is_no_name():
    assert "Etapa III" not in _names("Entrevista – Analista de Datos (Etapa III)")


def test_a_name_with_a_number_stays_a_name():
    assert "Studio 54" in _names("Interview – Studio 54")
