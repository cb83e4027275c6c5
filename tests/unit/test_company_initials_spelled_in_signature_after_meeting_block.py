"""An employer written by its initials ("Colloquio CVL – …" from cvl.example) whose
full name only the signature after the meeting's link and ID writes ("Clinica Veterinaria
Lucerna SA"): the reading of the description leaves the conferencing block out, and the
signature with it, so the description as written spells the initials out; a later note
naming the employer by the same initials gets the full name from that earlier round."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import NOW, make_event
from tests.unit.test_detect_kinds import invite, verdict_of

_SIGNED_AFTER_LINK = (
    "Buongiorno,\nin allegato l'invito Zoom per il primo colloquio.\n"
    "https://cvl-ch.zoom.us/j/81234567890?pwd=xYz123\n"
    "Meeting ID: 812 3456 7890\n"
    "Cordiali saluti\nDr. Ilaria Fontana\n"
    "Direttrice Sanitaria – Clinica Veterinaria Lucerna SA, Bellinzona\n"
)


def _first_round():
    return invite(
        "Colloquio CVL – Veterinario/a Internista",
        "i.fontana@cvl.example",
        days=1,
        description=_SIGNED_AFTER_LINK,
    )


def test_the_signature_after_the_meeting_block_spells_the_initials_out():
    assert verdict_of(_first_round()).company == "Clinica Veterinaria Lucerna SA"


def test_a_later_note_by_the_initials_gets_the_name_in_full():
    first = _first_round()
    note = make_event(
        "CVL – secondo colloquio con la direzione",
        start=NOW + timedelta(days=8),
        uid="cvl-note",
        attendees=(),
        description="Portare il diploma.",
    )
    assert verdict_of(note, first).company == "Clinica Veterinaria Lucerna SA"
