"""A foundation's, an association's or a cooperative's legal form is part of the name
a person writes: written first in Japanese and Korean ("公益財団法人…", "(재)…"), after
the name in Belgium, Sweden, the Netherlands and Quebec ("… vzw", "… ek. för.",
"… U.A.", "… S.E.N.C.R.L.").
A name without its form written first is the same employer's."""

from __future__ import annotations

import pytest

from assistant.detect.employer.extract import name_key
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.scriptname import registered_in_script


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("北山陶芸文化財団", "公益財団法人北山陶芸文化財団"),
        ("青葉保育会", "社会福祉法人青葉保育会"),
        ("누리문화재단", "(재)누리문화재단"),
        ("누리문화재단", "재단법인 누리문화재단"),
    ],
)
def test_a_form_written_first_in_the_signature_registers_the_name(name, line):
    text = f"ご案内\n{line}　総務課\n"
    assert registered_name(name, text) == line


def test_a_signature_line_opened_by_a_bracketed_korean_form_names_the_employer():
    text = "안녕하세요.\n(사)누리예술협회 인사팀 박지우입니다.\n"
    assert registered_in_script(text) == "(사)누리예술협회"


@pytest.mark.parametrize(
    ("name", "full"),
    [("누리문화재단", "(재)누리문화재단"), ("北山陶芸文化財団", "公益財団法人北山陶芸文化財団")],
)
def test_a_name_without_its_form_written_first_is_the_same_employer(name, full):
    assert name_key(name) == name_key(full)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("Molkerei Veldhoek", "Zuivelcoöperatie Molkerei Veldhoek U.A."),
        ("Kustbageriet Ljung", "Kustbageriet Ljung ek. för."),
        ("Erfgoedhuis Dender", "Erfgoedhuis Dender vzw"),
        ("Atelier Mosane", "Atelier Mosane ASBL"),
        ("Lavoie, Brisson & Associés", "Lavoie, Brisson & Associés S.E.N.C.R.L."),
    ],
)
def test_a_cooperative_or_association_form_after_the_name_registers_it(name, line):
    text = f"Met vriendelijke groet,\n{line}\nDorpsstraat 3\n"
    assert registered_name(name, text) == line


def test_german_prose_abbreviation_is_no_legal_form():
    assert registered_name("Veldhoek", "Themen: Veldhoek u.a. Projekte\n") is None
