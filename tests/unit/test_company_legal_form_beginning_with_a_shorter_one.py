"""A legal form that begins like a shorter one or is written with spaces and an accent:
Spain's sole-partner "S.L.U." (not "S.L" and a stray "U."), Luxembourg's "S.à r.l." and
Switzerland's "Sàrl" (not "S.à" alone). The registered name keeps its whole form."""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import LEGAL_END, LEGAL_NEXT, signature_name


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Corriente Alta Iberia, S.L.U.", ", S.L.U."),
        ("Moselblick Solar Holdings S.à r.l.", " S.à r.l."),
        ("Moselblick Solar Holdings S.a r.l.", " S.a r.l."),
        ("Atelier Grivaz Sàrl", " Sàrl"),
        ("Corriente Alta, S.L.", ", S.L."),
    ],
)
def test_the_whole_legal_form_ends_the_name(name, form):
    found = LEGAL_END.search(name)
    assert found is not None and found.group(0) == form


def test_a_signature_keeps_the_sole_partners_form_whole():
    text = "Un saludo,\nMarta Ibarra\nCorriente Alta Iberia, S.L.U.\n"
    assert signature_name(text) == "Corriente Alta Iberia, S.L.U."


@pytest.mark.parametrize(
    ("after", "form"),
    [(", S.L.U. – filial de Corriente AG", ", S.L.U."), (" S.à r.l.\nDate: 16/03", " S.à r.l.")],
)
def test_the_whole_legal_form_is_read_after_a_name_in_a_sentence(after, form):
    found = LEGAL_NEXT.match(after)
    assert found is not None and found.group(0) == form
