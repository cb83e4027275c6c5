"""Given names and job titles read from display names, by the shape of the name."""

from __future__ import annotations

import pytest

from assistant.detect.who.names import formal_name, given_name, looks_like_name, split_title


@pytest.mark.parametrize(
    ("display", "email", "expected"),
    [
        # credentials after a comma (Google-style, quoted CN)
        ("Priya Raman, PhD", "p@acme.example", "Priya"),
        ("Maria Gonzalez, SHRM-CP", "m@acme.example", "Maria"),
        ("Priya Raman, MBA", "p@acme.example", "Priya"),
        ("Jane Doe, PhD, PMP", "j@acme.example", "Jane"),
        ("Sam Okafor, CPA, CFA", "s@acme.example", "Sam"),
        ("Lena Berg, SPHR", "l@acme.example", "Lena"),
        ("Jane Doe PhD", "j@acme.example", "Jane"),
        # generational suffixes
        ("John Smith, Jr.", "j@acme.example", "John"),
        ("John Smith III", "j@acme.example", "John"),
        # honorifics, in several languages
        ("Dr. Omar Haddad", "o@acme.example", "Omar"),
        ("Frau Dr. Anna Vogel", "a@acme.example", "Anna"),
        ("Mme Claire Dubois", "c@acme.example", "Claire"),
        ("Sra. Lucía Pérez", "l@acme.example", "Lucía"),
        ("Dott.ssa Giulia Rossi", "g@acme.example", "Giulia"),
        ("Dipl.-Ing. Hans Weber", "h@acme.example", "Hans"),
        # family name first, with a comma (Exchange, Tutanota), pronouns
        ("Okafor, Samuel", "sam.okafor@acme.example", "Samuel"),
        ("Raman, Priya (she/her)", "p@acme.example", "Priya"),
        ("Priya Raman (she/her)", "p@acme.example", "Priya"),
        ("Lee, Jordan", "jordan.lee@acme.example", "Jordan"),
        ("DOE, JANE", "x@acme.example", "Jane"),
        # a title glued on: the given name is still found
        ("Raj Iyer, Staff Data Engineer", "r@acme.example", "Raj"),
        ("Jane Doe - Recruiter", "x@acme.example", "Jane"),
        ("Jane Doe (Head of Talent)", "x@acme.example", "Jane"),
        # nicknames: the name someone goes by
        ('Robert "Bob" Smith', "x@acme.example", "Bob"),
        # non-Latin scripts and single names
        ("李明", "x@acme.example", "李明"),
        ("Αλέξανδρος Παπαδόπουλος", "x@acme.example", "Αλέξανδρος"),
        ("Иван Петров", "x@acme.example", "Иван"),
        ("Madonna", "x@acme.example", "Madonna"),
        # emails as names, and nothing trustworthy
        ("jane.doe@acme.example", "jane.doe@acme.example", "Jane"),
        ("jdoe@acme.example", "jdoe@acme.example", ""),
        ("Dr. Haddad", "o.haddad@acme.example", ""),
        ("Hiring Team", "talent@acme.example", ""),
        ("Interview Coordinator", "x@acme.example", ""),
        ("", "", ""),
    ],
)
def test_given_name_by_shape(display: str, email: str, expected: str):
    assert given_name(display, email) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Raj Iyer, Staff Data Engineer", "Raj Iyer", "Staff Data Engineer"),
        ("Priya Raman (Senior Software Engineer)", "Priya Raman", "Senior Software Engineer"),
        ("Frau Dr. Vogel (Leiterin Data Platform)", "Frau Dr. Vogel", "Leiterin Data Platform"),
        ("Claire Dubois, Directrice technique", "Claire Dubois", "Directrice technique"),
        ("Okafor, Samuel", "Okafor, Samuel", ""),
        ("Priya Raman, PhD", "Priya Raman, PhD", ""),
    ],
)
def test_split_title(text: str, name: str, title: str):
    assert split_title(text) == (name, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Raman", True),
        ("Frau Dr. Vogel", True),
        ("Ana de la Cruz", True),
        ("System Design", False),
        ("Hiring Manager", False),
        ("Lunch", False),
        ("Break 12", False),
    ],
)
def test_looks_like_name(text: str, expected: bool):
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Frau Dr. Anna Vogel", "Frau Dr. Vogel"),
        ("Frau Dr. Vogel (Leiterin Data Platform)", "Frau Dr. Vogel"),
        ("Herr Prof. Dr. Hans Müller", "Herr Prof. Dr. Müller"),
        ("Herr Weber", "Herr Weber"),
        ("FRAU ANNA VOGEL", "Frau Vogel"),
        # no Frau or Herr: the salutation must not guess anyone's gender
        ("Dr. Anna Vogel", ""),
        ("Anna Vogel", ""),
    ],
)
def test_formal_name_only_when_the_name_says_frau_or_herr(display: str, expected: str):
    assert formal_name(display) == expected
