"""A description naming whom the user meets by their rank, a form of address and their
name ("Genel Müdür Sn. Ali Kaya ile", "our Head of Data Mr. Tom Reed joins"): the rank
is that person's, never the job applied for; a later round carries the job the first
one named instead.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roletext import role_in_text
from assistant.detect.who.names import is_form_of_address
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    "text",
    [
        "Satış Direktörü Sn. Kerem Aydın ile son görüşme ve depo turu.",
        "Merhaba, Üretimden Sorumlu Ortak Sn. Leyla Tan ve ekibi katılacaktır.",
        "Our Head of Assembly Mr. Piers Lund joins for the last half hour.",
        "Nuestro Director Comercial Sr. Íñigo Barca estará presente.",
    ],
)
def test_a_rank_before_a_form_of_address_and_a_name_is_no_job(text):
    assert role_in_text(text) is None


def test_a_job_sentence_without_a_name_after_it_stays():
    assert role_in_text("Kıdemli Depo Sorumlusu pozisyonu için Sn. Ali ile") == (
        "Kıdemli Depo Sorumlusu"
    )
    assert role_in_text("Senior Assembly Planner.") == "Senior Assembly Planner"


def test_the_turkish_form_of_address_needs_its_full_stop():
    assert is_form_of_address("Sn.")
    assert not is_form_of_address("Sn")
    assert is_form_of_address("Sayın")


def test_a_later_round_keeps_the_job_the_first_named():
    first = invite(
        "Ön görüşme – Kervan Soğuk Zincir",
        "ik@kervan-zincir.example",
        days=1,
        description="Depo Operasyon Müdürü pozisyonu için ön görüşme.",
    )
    later = invite(
        "Final görüşmesi – Kervan Soğuk Zincir",
        "ik@kervan-zincir.example",
        days=15,
        description="Satış Direktörü Sn. Kerem Aydın ile final görüşmesi ve depo turu.",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Depo Operasyon Müdürü"
