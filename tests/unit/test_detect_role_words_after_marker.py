"""A job's words written past a gender marker or a split compound.

Families: the specialism after a gender marker, joined by "&" and closed by a dash before
the employer ("Küchenchef (m/w/d) Bankett & Catering – …"); a ward or unit after "für"
and its article ("Hebamme (m/w/d) für den Kreißsaal"); and a Dutch or German split
compound, its first part cut with a hyphen before "en"/"und" ("Uitvoerder Wegen-
en Rioleringswerken"): each is one job as the posting titles it.
"""

from __future__ import annotations

from assistant.detect.job.jobfield import with_field
from assistant.detect.job.jobtail import with_tail
from assistant.detect.job.roles import role_in_title


def test_a_specialism_with_an_ampersand_after_a_marker_closed_by_a_dash_stays() -> None:
    title = "Vorstellungsgespräch | Küchenchef (m/w/d) Bankett & Catering – Seeblick Hotels"
    assert with_tail("Küchenchef", title, "", "Seeblick Hotels") == (
        "Küchenchef Bankett & Catering"
    )


def test_a_city_after_a_marker_is_no_specialism() -> None:
    title = "Vorstellungsgespräch | Disponent (m/w/d) Leipzig – Nordlicht Logistik"
    assert with_tail("Disponent", title, "", "Nordlicht Logistik") == "Disponent"


def test_a_unit_after_fur_and_its_article_is_the_jobs_field() -> None:
    assert with_field("Hebamme", "Gespräch: Hebamme (m/w/d) für den Kreißsaal") == (
        "Hebamme für den Kreißsaal"
    )


def test_an_article_after_fur_before_a_lower_case_word_opens_no_field() -> None:
    assert with_field("Hebamme", "Gespräch: Hebamme für die nächste Runde") == "Hebamme"


def test_a_split_compound_before_en_is_one_job() -> None:
    assert role_in_title("Tweede gesprek – Uitvoerder Wegen- en Rioleringswerken") == (
        "Uitvoerder Wegen- en Rioleringswerken"
    )
