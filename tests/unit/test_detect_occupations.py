"""Job words for every occupation: the ``occupations`` list of each language file.

The list gives the head nouns of job titles across the ten major groups of ISCO-08,
the International Standard Classification of Occupations (ILO 2012), as job ads and
invites write them. The titles below are made up here, in every language, each naming
a job whose word was in no vocabulary before the list: without it no role is read.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title
from assistant.detect.who.names import split_title
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import languages, pattern

OCCUPATIONS = pattern("occupations", before=r"\b", after=r"\b")


# --- a later round's title naming an occupation, in every language -------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Second interview – Kestrel Marine – Welder Fabricator", "Welder Fabricator"),
        ("Zweitgespräch – Pflegefachfrau Intensivstation", "Pflegefachfrau Intensivstation"),
        ("Deuxième entretien – Infirmière de bloc opératoire", "Infirmière de bloc opératoire"),
        ("Segunda entrevista – Electricista de mantenimiento", "Electricista de mantenimiento"),
        ("Segunda entrevista – Motorista de entregas", "Motorista de entregas"),
        ("Secondo colloquio – Magazziniera", "Magazziniera"),
        ("Tweede gesprek – Verpleegkundige Spoedeisende Hulp",
         "Verpleegkundige Spoedeisende Hulp"),
        ("Druga rozmowa – Kierowca kategorii C", "Kierowca kategorii C"),
        ("Andra intervju – Undersköterska hemtjänst", "Undersköterska hemtjänst"),
        ("İkinci mülakat – Kaynakçı", "Kaynakçı"),
        ("Druhé kolo pohovoru – Řidič nákladního vozu", "Řidič nákladního vozu"),
        ("二次面接 – 施設介護士", "施設介護士"),
        ("第二轮面试 – 数控操作工", "数控操作工"),
        ("2차 면접 - 항공 정비사", "항공 정비사"),
    ],
)  # fmt: skip
def test_role_of_an_occupation_in_every_language(title, role):
    assert role_in_title(title) == role


def test_every_language_has_occupations():
    for lang in languages():
        words = lang.lists.get("occupations", ())
        least = 60 if lang.spaces else 30
        assert len(words) >= least, f"{lang.code}: {len(words)} occupations"
        assert not set(words) & set(lang.lists.get("role_nouns", ())), lang.code


# --- each ISCO-08 major group, in English at least -------------------------------------------


@pytest.mark.parametrize(
    ("group", "title", "role"),
    [
        ("1 managers (education managers)", "Final interview – Headteacher", "Headteacher"),
        ("2 professionals (medical doctors)", "Second interview – Staff Physician",
         "Staff Physician"),
        ("3 technicians and associate professionals (ambulance workers)",
         "Second interview – Senior Paramedic", "Senior Paramedic"),
        ("4 clerical support (receptionists)", "Final round – Hotel Receptionist",
         "Hotel Receptionist"),
        ("5 service and sales (security guards)", "Second interview – Night Security Guard",
         "Night Security Guard"),
        ("6 skilled agricultural, forestry and fishery (tree workers)",
         "Second interview – Arborist", "Arborist"),
        ("7 craft and related trades (welders)", "Second interview – Pipe Welder", "Pipe Welder"),
        ("8 plant and machine operators (lifting truck operators)",
         "Second interview – Forklift Driver", "Forklift Driver"),
        ("9 elementary occupations (construction labourers)", "Second interview – Site Labourer",
         "Site Labourer"),
        ("0 armed forces (other ranks)", "Final interview – Infantry Soldier", "Infantry Soldier"),
    ],
)  # fmt: skip
def test_each_isco_major_group_in_english(group, title, role):
    assert role_in_title(title) == role, group
    assert OCCUPATIONS.search(role), f"{group}: no occupation word in {role!r}"


# --- words that are not jobs stay no jobs -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a company or a field named with a word other languages use for a job
        "Hallberg Logistik",  # Czech "logistik" is a logistician; German Logistik is a field
        "Farmaceutici Dolomiti S.p.A.",  # Polish and Czech "farmaceut…" inflect, not Italian
        "Fotografia Nord",
        "Meridian Brokerage",
        "Technik GmbH",
        # the people one visits, written as a block for oneself (a dentist is a job since
        # development set 29, a clinic hires one: tests/unit/test_detect_dev29_families.py)
        "Doctor",
        "Hairdresser",
        "Médecin",
        # surnames that are occupations: "de Boer", "Bakker", "Visser", "Koch", "Pekař"
        "Jan de Boer",
        "Anouk Bakker",
        "Ruud Visser",
        "Lena Koch",
        "Tomáš Pekař",
    ],
)
def test_words_that_are_not_job_heads(text):
    assert w.search(w.ROLE_NOUN, text) is None


def test_slavic_endings_are_inflections():
    # a stem of an international word takes Polish and Czech endings only
    for word in ("farmaceutka", "farmaceuty", "redaktorem", "instruktorovi", "kucharz"):
        assert w.search(w.ROLE_NOUN, word), word
    for word in ("farmaceutici", "redaktorial", "instruktion"):
        assert w.search(w.ROLE_NOUN, word) is None, word


# --- one list: a job title after a person's name reads the same words ------------------------


@pytest.mark.parametrize(
    ("display", "name", "title"),
    [
        ("Aiko Mori, Hotel Receptionist", "Aiko Mori", "Hotel Receptionist"),
        ("Ines Varga, Pflegefachfrau", "Ines Varga", "Pflegefachfrau"),
        ("Tomasz Wrona (Kierowca)", "Tomasz Wrona", "Kierowca"),
        ("Okafor, Samuel", "Okafor, Samuel", ""),
    ],
)
def test_a_title_after_a_name_uses_the_job_words(display, name, title):
    assert split_title(display) == (name, title)
