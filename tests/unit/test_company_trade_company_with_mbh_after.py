"""A German firm named for its trade with "mbH" after it ("Kessler & Rau
Ingenieurgesellschaft mbH", "Lindgrün Verlagsgesellschaft mbH"): "mbH" is the legal
form (Gesellschaft mit beschränkter Haftung), so the signature's registered name is the
employer the title writes shorter, and its key is the name without the form."""

from __future__ import annotations

from assistant.detect.employer.extract import name_key
from assistant.detect.employer.legalname import LEGAL_END, registered_name
from tests.unit.test_detect_kinds import invite, verdict_of


def test_mbh_ends_a_registered_name():
    found = LEGAL_END.search("Lindgrün Verlagsgesellschaft mbH")
    assert found is not None and found.group(0) == " mbH"


def test_the_key_leaves_the_form_out():
    assert name_key("Kessler & Rau Ingenieurgesellschaft mbH") == "kesslerrauingenieurgesellschaft"


def test_the_signature_writes_the_registered_name():
    text = "Liebe Grüße\nJana vom People-Team\nKessler & Rau Ingenieurgesellschaft mbH\n"
    assert registered_name("Kessler & Rau", text) == "Kessler & Rau Ingenieurgesellschaft mbH"


def test_the_title_written_shorter_gets_the_registered_name():
    first = invite(
        "Kennenlerngespräch | Projektleiter Tragwerk (all genders) | Kessler & Rau",
        "jana.moll@kessler-rau.example",
        days=1,
        description=(
            "Hallo Robin,\ndanke für deine Bewerbung! Lass uns kurz sprechen.\n"
            "Liebe Grüße\nJana vom People-Team\nKessler & Rau Ingenieurgesellschaft mbH\n"
        ),
    )
    assert verdict_of(first).company == "Kessler & Rau Ingenieurgesellschaft mbH"
