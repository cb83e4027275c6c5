"""An archivist's, a curator's, a conservator's or a librarian's job (ISCO-08 2621/2622)
named in a title in any language of ``lang/``: its word is a job's, so the title's part
is the role ("Konservator, møbler", "Arşivci", "Konserwator dzieł sztuki").

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("İkinci görüşme – Konservatör", "Konservatör"),
        ("Tweede gesprek – Archivaris", "Archivaris"),
        ("Andra intervju – Arkivarie", "Arkivarie"),
        ("Druga rozmowa – Bibliotekarka", "Bibliotekarka"),
        ("Samtale 2 – Museumsinspektør", "Museumsinspektør"),
        ("Andre intervju – Arkivar", "Arkivar"),
        ("Druhé kolo – Restaurátorka", "Restaurátorka"),
        ("Wawancara kedua – Arsiparis", "Arsiparis"),
        ("Zweitgespräch – Konservatorin", "Konservatorin"),
    ],
)
def test_a_heritage_job_word_is_the_role(title, role):
    assert role_in_title(title) == role
