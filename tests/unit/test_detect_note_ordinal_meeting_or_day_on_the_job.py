"""The user's own note of a later meeting with an employer met in an interview, named by
an ordinal and a word for a meeting in the note's language ("Clinica San Marco – secondo
incontro coi soci", "andra mötet", "druhá schůzka", "第二次见面"), or a day spent trying
the job out beside its people ("Meerijden met accountmanager", "dia experimental",
"Auskultation", "ride-along", "journée d'observation"), is a later round; it is kept
before parsing, and the same words with no employer met before stay nothing."""

from __future__ import annotations

import pytest

from assistant.detect.text.relevance import Relevance
from tests.unit.test_detect_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

ORDINAL_MEETINGS = [
    "Kelvora – secondo incontro coi soci",
    "Kelvora – secondo appuntamento",
    "Kelvora – incontro coi soci",
    "Kelvora – andra mötet med delägarna",
    "Kelvora – druhá schůzka s vedením",
    "Kelvora – deuxième rencontre",
    "Kelvora – zweites Treffen",
    "Kelvora – andet møde",
    "Kelvora – andre møte",
    "Kelvora – drugie spotkanie",
    "Kelvora – segunda reunión",
    "Kelvora – segunda conversa",
    "Kelvora – tweede afspraak",
    "Kelvora – ikinci toplantı",
    "Kelvora 第二次见面",
    "Kelvora 2차 미팅",
    "Kelvora – gặp lần 2",
    "Kelvora – pertemuan kedua",
]

DAYS_ON_THE_JOB = [
    "Meerijden met accountmanager – Kelvora",
    "Kelvora – dia experimental no hospital",
    "Kelvora – día experimental en la clínica",
    "Kelvora – giornata in affiancamento",
    "Kelvora – journée d'observation",
    "Kelvora – ride-along with account manager",
    "Kelvora – job shadowing day",
    "Kelvora – hospitering",
]


def first_interview():
    return invite(
        "First interview – Kelvora",
        "recruiting@kelvora.example",
        "ines.morvan@kelvora.example",
        days=-10,
        description="Recruiting: the Revenue Manager vacancy at Kelvora.",
    )


@pytest.mark.parametrize("title", ORDINAL_MEETINGS + DAYS_ON_THE_JOB)
def test_an_own_note_of_a_later_meeting_or_a_day_on_the_job_is_a_later_round(title):
    v = verdict_of(note(title), first_interview())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize("title", ORDINAL_MEETINGS + DAYS_ON_THE_JOB)
def test_without_an_employer_met_before_the_same_note_is_nothing(title):
    v = verdict_of(note(title.replace("Kelvora", "Rosenhof")))
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Auskultation på akuten, Västerås", *ORDINAL_MEETINGS, *DAYS_ON_THE_JOB],
)
def test_such_a_note_is_kept_before_parsing(title):
    block = f"BEGIN:VEVENT\r\nUID:n1\r\nSUMMARY:{title}\r\nEND:VEVENT"
    assert Relevance.of(PROFILE).could_matter(block, None)


def test_an_everyday_note_is_not_kept_before_parsing():
    block = "BEGIN:VEVENT\r\nUID:n2\r\nSUMMARY:Zahnarzt\r\nEND:VEVENT"
    assert not Relevance.of(PROFILE).could_matter(block, None)
