"""A name closing with an abbreviation and its full stop ("Tamsin & Co.", "Ferreira
Hnos."), then more words and the legal form: the full stop is the abbreviation's, not
the end of the name, so the registered name runs on to the legal form. A full stop
that ends the sentence leaves no registered name. The employers are made up.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.legalname import registered_name


@pytest.mark.parametrize(
    ("name", "text", "registered"),
    [
        (
            "Tamsin & Co",
            "Thanks for applying to Tamsin & Co. Cargo Brokers Ltd. We will be in touch.",
            "Tamsin & Co. Cargo Brokers Ltd.",
        ),
        (
            "Ferreira Hnos",
            "Atentamente, Ferreira Hnos. Aceites S.A.",
            "Ferreira Hnos. Aceites S.A.",
        ),
    ],
)
def test_the_registered_name_runs_past_the_abbreviation(name, text, registered):
    assert registered_name(name, text) == registered


def test_a_sentence_ending_after_the_abbreviation_is_no_registered_name():
    assert registered_name("Tamsin & Co", "See you at Tamsin & Co. We start at ten.") is None
