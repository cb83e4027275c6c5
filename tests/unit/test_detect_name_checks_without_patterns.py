"""Checks that build a regular expression from an employer's name build none when a
plain substring test already says no: a name with no legal form written before it in
any text ("Stichting …"), and two names of which the title writes the second nowhere
after the first. Compiling one pattern per name filled the module cache of ``re`` and
made detection of thousands of events spend a fifth of its time compiling."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.detect.employer import registeredform
from assistant.detect.verdict import hiringlink


@pytest.fixture
def compiled(monkeypatch) -> list[str]:
    """The patterns the two modules build while the test runs."""
    made: list[str] = []

    def counting_compile(pattern, flags=0):
        made.append(pattern)
        return re.compile(pattern, flags)

    def counting_search(pattern, string, flags=0):
        made.append(pattern)
        return re.search(pattern, string, flags)

    shim = SimpleNamespace(**vars(re))
    shim.compile, shim.search = counting_compile, counting_search
    monkeypatch.setattr(registeredform, "re", shim)
    monkeypatch.setattr(hiringlink, "re", shim)
    return made


def test_a_legal_form_before_the_name_is_still_found(compiled):
    texts = ("Gesprek – Veldhoek Zorgpunt", "Met vriendelijke groet,\nStichting Veldhoek Zorgpunt")
    assert registeredform._form_before("Veldhoek Zorgpunt", texts) == "Stichting Veldhoek Zorgpunt"


def test_no_legal_form_in_any_text_builds_no_pattern(compiled):
    texts = ("Second interview – Quillan Freight", "Kind regards, Quillan Freight talent team")
    assert registeredform._form_before("Quillan Freight", texts) is None
    assert compiled == []


def test_a_form_written_elsewhere_before_another_name_is_no_match(compiled):
    texts = ("Stichting Marelde Wonen hosts the day", "Panel – Quillan Freight")
    assert registeredform._form_before("Quillan Freight", texts) is None


def test_two_parts_of_one_name_in_a_title_are_still_found(compiled):
    assert hiringlink._one_name_cut("Brevane", "Dierenkliniek", "Intake Dierenkliniek am Brevane")


def test_a_name_written_once_builds_no_pattern(compiled):
    assert not hiringlink._one_name_cut("Orlevo Data", "Orlevo Data", "Final round – Orlevo Data")
    assert not hiringlink._one_name_cut("Brevane", "Dierenkliniek", "Brevane Dierenkliniek call")
    assert compiled == []
