"""A job whose later words open with a capital outside ASCII ("Specjalista ds. Śląskiego
Rynku", "Kierownik ds. Łączności", "Müdür Yardımcısı İnsan Kaynakları"): the whole job,
never cut before that word ("Specjalista ds").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roletext import role_in_text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "zapraszamy na rozmowę na stanowisko Kierownik ds. Łączności Satelitarnej w Gdańsku.",
            "Kierownik ds. Łączności Satelitarnej",
        ),
        (
            "dziękujemy za aplikację na stanowisko Specjalista ds. Śląskiego Rynku Energii.",
            "Specjalista ds. Śląskiego Rynku Energii",
        ),
    ],
)
def test_a_job_with_a_word_opening_with_an_extended_capital(text, role):
    assert role_in_text(text) == role
