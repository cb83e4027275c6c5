"""A whole-day note of a later round ("Trial day – T&W Leeds", "Probearbeitstag Halle",
"Assessment Center Essen") whose employer only its initials name, in the title or the
description ("Probetag bei G&R"), or whose description alone writes the employer's name
("Meeloopdag met het team van Korsgaard Techniek"): that employer's next round, once its
earlier interview is on the calendar. Initials no employer met in interviews holds, or a
day with no earlier round, stay no meeting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect.verdict.initialsnote import employer_by_initials
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, verdict_of, why


def whole_day(title: str, description: str = "", days: int = 6):
    return replace(note(title, days=days), all_day=True, description=description)


def first_round(title: str, host: str, description: str):
    return invite(title, host, days=-10, description=description)


def thornwick():
    return first_round(
        "Initial interview – Thornwick & Wray",
        "talent@thornwickwray.example",
        "Thanks for applying to Thornwick & Wray Joinery Ltd for the Site Lead role.",
    )


def gruber():
    return first_round(
        "Erstgespräch Gruber & Rauch",
        "personal@gruber-rauch.example",
        "Vielen Dank für Ihre Bewerbung bei der Gruber & Rauch Stahlbau GmbH.",
    )


def test_initials_in_the_title_of_a_trial_day():
    v = verdict_of(whole_day("Trial day – T&W Leeds yard"), thornwick())
    assert v.is_follow_up, why(v)
    assert (v.company or "").startswith("Thornwick & Wray")


def test_initials_in_the_description_of_a_trial_day():
    day = whole_day("Probearbeitstag Halle", "Probetag bei G&R – Treffpunkt 7:30 am Tor 2.")
    v = verdict_of(day, gruber())
    assert v.is_follow_up, why(v)
    assert (v.company or "").startswith("Gruber & Rauch")


def test_an_assessment_centre_of_a_hyphenated_firm_by_its_initials():
    first = first_round(
        "First interview – Area Sales Manager",
        "hr@kellner-voss.example",
        "Thank you for your interest in Kellner-Voss Feed Solutions AG.",
    )
    v = verdict_of(whole_day("KV Assessment Center Essen"), first)
    assert v.is_follow_up, why(v)


def test_the_name_in_the_description_of_a_day_on_the_job():
    first = first_round(
        "Kennismakingsgesprek Korsgaard Techniek",
        "werving@korsgaard.example",
        "Leuk dat je hebt gesolliciteerd bij Korsgaard Techniek B.V.!",
    )
    day = whole_day("Meeloopdag Zwolle", "Meelopen met het team van Korsgaard Techniek.")
    v = verdict_of(day, first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Trial day – K&B Leeds yard", ""),  # initials of no employer met
        ("Probearbeitstag Halle", "Treffpunkt 7:30 am Tor 2."),  # no employer named
        ("Festival day – T&W Leeds yard", ""),  # a day out, no stage
    ],
)
def test_a_whole_day_naming_no_employer_met_stays_no_meeting(title, description):
    v = verdict_of(whole_day(title, description), thornwick(), gruber())
    assert not v.is_follow_up, why(v)


def test_initials_with_a_dotted_legal_form_and_a_note_filed_under_them():
    names = ["Sala Fiori Italia S.p.A.", "SFI"]
    assert employer_by_initials("Giornata con il team SFI", names) == "Sala Fiori Italia S.p.A."


def test_a_whole_day_note_of_a_numbered_round_by_initials():
    first = first_round(
        "Entretien téléphonique – CMB",
        "recrutement@cmb-batiment.example",
        "Suite à votre candidature chez Constructions Mérel du Bocage SAS, un échange.",
    )
    v = verdict_of(whole_day("3e tour CMB – journée à Rennes (note perso)"), first)
    assert v.is_follow_up, why(v)


def test_a_numbered_round_names_no_day_out_without_an_earlier_round():
    v = verdict_of(whole_day("3e tour CMB – journée à Rennes (note perso)"))
    assert not v.is_follow_up, why(v)


def test_initials_leave_out_the_particles_written_in_lower_case():
    names = ["Energía Costera del Norte, S.A. de C.V."]
    assert employer_by_initials("ECN 2a entrevista", names) == names[0]
