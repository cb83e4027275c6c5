"""An abbreviation's full stop inside a name does not end it: "Marlow & Co. Feinwerk
GmbH" is one name, written in a title part or on a signature line."""

from __future__ import annotations

from assistant.detect.employer.infull import written_in_full
from assistant.detect.employer.namematch import name_matching


def test_the_signature_writes_the_name_on_after_and_co() -> None:
    source = "Viele Grüße\nIlse Brandt\nMarlow & Co. Feinwerk GmbH\nHafenstraße 9"
    assert written_in_full("Marlow & Co", (source,)) == "Marlow & Co. Feinwerk GmbH"


def test_a_title_part_writes_the_name_on_after_and_co() -> None:
    title = "Marlow & Co. Feinwerk – zweites Gespräch"
    assert name_matching(title, ("marlowco",), False) == "Marlow & Co. Feinwerk"


def test_a_sentence_after_and_co_is_not_the_name() -> None:
    text = "Lunch with Marlow & Co. Feinwerk plans are on the agenda"
    assert name_matching(text, ("marlowco",), False) == "Marlow & Co"
    assert written_in_full("Marlow & Co", (text,)) == "Marlow & Co"
