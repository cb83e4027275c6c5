"""A name squashed for comparison keeps its letters and digits only, accents dropped.

:func:`assistant.detect.employer.domains.squash` decomposes a name (NFKD) and lets one
pattern, ``[\\W_]+``, drop everything that is not a letter or digit: the accents split
off included, since no combining mark is a word character. These tests hold that
property for every code point of the running Python, and the results on invented names.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from assistant.detect.employer.domains import squash


def test_every_combining_mark_is_no_word_character():
    word = re.compile(r"[^\W_]")
    kept = [
        hex(point)
        for point in range(sys.maxunicode + 1)
        if unicodedata.combining(chr(point)) and word.match(chr(point))
    ]
    assert kept == []


def test_a_name_with_accents_squashes_to_its_bare_letters():
    assert squash("Bröndvik Ålesundé Tëknik") == "brondvikalesundeteknik"
    assert squash("Łęczyca Ørsted-Þór") == "leczycaorstedthor"
    assert squash("Cổng Thạch 3") == "congthach3"


def test_a_plain_name_squashes_as_before():
    assert squash("Varnholt & Quill, Ltd.") == "varnholtquillltd"
