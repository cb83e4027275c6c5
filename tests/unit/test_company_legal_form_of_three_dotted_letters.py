"""A legal form of three dotted letters after a name ("S.A.M.", Monaco's société anonyme
monégasque): the registered name ends after its last letter, not after "S"; the name
alone stays the same. The employers are made up.
"""

from __future__ import annotations

from assistant.detect.employer.legalname import registered_name


def test_the_registered_name_keeps_its_three_letter_form():
    text = "Message envoyé pour le compte de Hôtel Belvédère Condamine S.A.M., 4 quai Antoine"
    found = registered_name("Hôtel Belvédère Condamine", text)
    assert found == "Hôtel Belvédère Condamine S.A.M."


def test_a_name_sam_is_no_legal_form():
    # undotted, "Sam" is a person's name after the firm's: no registered form is read
    assert registered_name("Hôtel Belvédère", "Hôtel Belvédère Sam and friends") is None
