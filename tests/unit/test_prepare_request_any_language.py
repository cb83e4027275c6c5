"""A request to prepare or bring something gets the briefing's "!! TO PREPARE" notice in
every language detection reads, imperative or polite, with the invite's sentence quoted;
a named kind (a presentation) still wins over the bare request, and an invite that
only wishes the user well asks for nothing."""

from __future__ import annotations

import pytest

from assistant.briefing.invite import assessment_notice
from assistant.briefing.prepare import what_to_prepare
from tests.conftest import make_event

ASKS = [
    "Please prepare a five minute outline of how you would restock the pastry counter.",
    "Kindly prepare two sample menus for a spring tasting.",
    "Please have your food-safety certificate ready at reception.",
    "Bring along three recipes you would put on the winter card.",
    "Be prepared to walk us through a week of bakery ordering.",
    "Bitte bereiten Sie einen groben Wochenplan für die Backstube vor.",
    "Bringen Sie bitte Ihr Hygienezeugnis mit.",
    "Merci de préparer une courte note sur la gestion des stocks de farine.",
    "Veuillez apporter votre carnet de recettes.",
    "Le pedimos que prepare una propuesta breve de carta de postres.",
    "Por favor, traiga su certificado de manipulador de alimentos.",
    "La preghiamo di preparare una breve proposta di menù.",
    "Wilt u een korte inkooplijst voorbereiden?",
    "Neem uw receptenboek mee.",
    "Por favor, prepare uma breve proposta de cardápio.",
    "Förbered en kort plan för morgonbaket.",
    "Prosimy o przygotowanie krótkiego planu produkcji.",
    "Připravte si krátký návrh jídelníčku.",
    "Kısa bir menü önerisi hazırlamanızı rica ediyoruz.",
    "请提前准备一份简短的菜单方案。",
    "当日は簡単なメニュー案をご用意ください。",
    "간단한 메뉴 제안서를 준비해 주시기 바랍니다.",
]


@pytest.mark.parametrize("sentence", ASKS)
def test_a_request_to_prepare_is_found_and_quoted(sentence: str):
    found = what_to_prepare(f"Second round at the bakery.\n{sentence}\nSee you then.")
    assert found, sentence
    assert found[0].quote == sentence


def test_the_briefing_notice_quotes_a_bare_request():
    event = make_event(description="Hello!\nPlease prepare a short pitch for a new sourdough line.")
    notice = assessment_notice(event, flagged=False)
    assert notice is not None
    assert notice.what == "something to prepare"
    assert notice.quote == "Please prepare a short pitch for a new sourdough line."


def test_a_named_kind_wins_over_the_request_in_the_same_sentence():
    (found,) = what_to_prepare("Please prepare a 15-minute presentation on your costing.")
    assert found.kind == "presentation"


@pytest.mark.parametrize(
    "sentence",
    [
        "To help you prepare for the day, the agenda is below.",
        "We look forward to meeting you at the bakery.",
        "Parking is available behind the building.",
    ],
)
def test_words_about_preparing_that_ask_nothing_give_no_notice(sentence: str):
    assert what_to_prepare(sentence) == []
