"""Initials spelled out on a line that writes the legal form after the full name
("… Sp. z o.o.", "… S.A. de C.V.", "…, Lda."): the legal form is the name's own and is
kept whole, never cut after its first capitalised token ("Sp." alone)."""

from __future__ import annotations

from assistant.detect.employer.initials import spelled_in_full


def test_a_polish_legal_form_is_kept_whole():
    text = ("dziękujemy za zgłoszenie w firmie Kowal i Synowie Sp. z o.o. Zapraszamy.",)
    assert spelled_in_full("K&S", text) == "Kowal i Synowie Sp. z o.o."


def test_a_mexican_legal_form_is_kept_whole():
    text = ("Atentamente,\nConstructora Ribera Verde S.A. de C.V.\n",)
    assert spelled_in_full("CRV", text) == "Constructora Ribera Verde S.A. de C.V."


def test_a_name_without_a_legal_form_ends_at_its_last_capitalised_word():
    text = ("Thanks for your time with Ashgrove Valley Trust today.",)
    assert spelled_in_full("AVT", text) == "Ashgrove Valley Trust"
