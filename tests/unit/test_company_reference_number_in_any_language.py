"""A job's reference number written as a part of the title with the reference's word of
another language ("Réf. 2031-0077", "Rif. 2031/52", "Referenz 8812-3", "Kennziffer
2031-09", "Referencia 7741-2"): a number, never the employer."""

from __future__ import annotations

import pytest

from assistant.detect.employer.titlenames import title_names


@pytest.mark.parametrize(
    "reference",
    [
        "Réf. 2031-0077",
        "Rif. 2031/52",
        "Referenz 8812-3",
        "Kennziffer 2031-09",
        "Referencia 7741-2",
    ],
)
def test_a_reference_number_is_no_company(reference):
    _, candidates, _ = title_names(
        f"Entretien technique – Ingénieure Structures (H/F) – {reference}"
    )
    assert reference not in candidates


def test_a_firm_beside_the_reference_stays_a_candidate():
    _, candidates, _ = title_names("Entretien – Brumaire Ouvrages – Réf. 2031-0077")
    assert "Brumaire Ouvrages" in candidates
