"""Kinds of mistake development set 14 showed, each in new words and several languages:
a broadcaster's interview segment, the user's own block to prepare a round written in
the imperative, a talent-community call or a title saying it is not an interview; a
work-sample exercise or a presentation the invite asks for, after earlier rounds with
that employer; non-profit legal forms and a leading "The" in the scorer.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_extraction import load_bench
from tests.unit.test_detect_kinds import invite, verdict_of, why

# --- press and media: a broadcaster's interview is no round ---------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Lakeshore FM – Morning Edition: second interview segment on river dredging",
        "TV North: follow-up interview about the library closure",
        "Second interview – phone-in about the harbour plan",
        "Radio Vallée – deuxième entrevue sur la rénovation du théâtre",
        "Stadtradio – zweites Radiointerview zur Sanierung",
        "Radio Sierra – segunda entrevista en la radio sobre el archivo",
    ],
)
def test_a_broadcasters_interview_segment_is_no_round(title):
    earlier = invite("First interview – Weyland Trust", "hr@station.example", days=-20)
    later = invite(title, "producer@station.example")
    assert not verdict_of(later, earlier).is_follow_up


def test_a_broadcaster_hiring_is_still_interviewing():
    earlier = invite("Phone screen – Lakeshore FM", "hr@lakeshorefm.example", days=-10)
    later = invite("Second interview – Lakeshore FM", "hr@lakeshorefm.example")
    assert verdict_of(later, earlier).is_follow_up


# --- the user's own block to prepare a round ------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Förbered tredje intervjun – Tallviks Bryggeri",
        "Bereite das Zweitgespräch vor – Tallvik",
        "Prepara la entrevista final – Tallvik",
        "Przygotuj się do drugiej rozmowy – Tallvik",
        "Připrav se na druhé kolo – Tallvik",
        "Get ready for the final round – Tallvik",
    ],
)
def test_a_note_to_prepare_a_round_in_the_imperative_is_no_round(title):
    earlier = invite("First interview – Tallvik", "hr@tallvik.example", days=-14)
    v = verdict_of(note(title), earlier)
    assert not v.is_follow_up, why(v)


# --- a talent pool's call, or a title that says it is no interview --------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Talent pool catch-up – Norrow Labs (not a formal interview)",
        "Talent network intro – Norrow Labs",
        "Keep in touch call – Norrow Labs, not an interview",
        "Communauté de talents – Norrow Labs",
        "Talentpool-Gespräch – Norrow Labs",
        "Bolsa de talento – Norrow Labs",
    ],
)
def test_a_talent_community_call_is_no_round(title):
    earlier = invite("Interview – Norrow Labs", "ines@norrow.example", days=-30)
    later = invite(title, "ines@norrow.example", description="Keep in touch for future roles.")
    assert not verdict_of(later, earlier).is_follow_up


# --- a work sample or a presentation after earlier rounds ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Mise en situation : analyse d'un dossier de prêt – Halden",
        "Ejercicio práctico: plan de inventario – Halden",
        "Esercitazione: piano di inventario – Halden",
        "Arbeitsprobe: Inventurkonzept – Halden",
    ],
)
def test_a_work_sample_after_an_interview_is_a_later_round(title):
    earlier = invite("Entretien – Halden", "rh@halden.example", days=-14)
    v = verdict_of(invite(title, "rh@halden.example"), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "description",
    [
        "Please prepare a 10-minute presentation on your approach to storage audits.",
        "You will have 20 minutes to present your plan, then questions from the panel.",
        "Vous disposerez de 15 minutes pour présenter votre démarche au jury.",
        "Bitte bereiten Sie eine kurze Präsentation zu Ihrem Konzept vor.",
        "Le pedimos preparar una breve presentación sobre su propuesta.",
    ],
)
def test_a_presentation_the_invite_asks_for_after_an_interview_is_a_later_round(description):
    earlier = invite("Phone screen – Quillon Books", "ada@quillon.example", days=-21)
    later = invite(
        "Presentation: storage audit (Quillon Books)",
        "bo@quillon.example",
        description=description,
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_a_presentation_nobody_asks_the_user_to_give_is_no_round():
    earlier = invite("Phone screen – Quillon Books", "ada@quillon.example", days=-21)
    later = invite(
        "Presentation: Q3 storage figures (Quillon Books)",
        "bo@quillon.example",
        description="Bo walks us through the quarter.",
    )
    assert not verdict_of(later, earlier).is_follow_up


# --- scoring --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Stadtteilbühne Nord gGmbH", "Stadtteilbühne Nord"),
        ("Jugendwerkstatt Ost gUG", "Jugendwerkstatt Ost"),
        ("Freundeskreis Museum e.V.", "Freundeskreis Museum"),
        ("Casa de las Letras, A.C.", "Casa de las Letras"),
        ("Despacho Ruiz, S.C.", "Despacho Ruiz"),
        ("Fundación Olmo I.A.P.", "Fundación Olmo"),
        ("The Larkspur Collection", "Larkspur Collection"),
    ],
)
def test_the_scorer_ignores_non_profit_legal_forms_and_a_leading_the(name, same_as):
    bench = load_bench()
    assert bench.normalised(name) == bench.normalised(same_as)


def test_the_scorer_keeps_words_that_only_look_like_a_legal_form():
    bench = load_bench()
    assert bench.normalised("AC Rovers") != bench.normalised("Rovers")
    assert bench.normalised("Theatre North") != bench.normalised("North")
