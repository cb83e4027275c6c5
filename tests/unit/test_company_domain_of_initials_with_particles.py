"""A domain that writes a firm's first names as initials, particles and "&" among them
("vdmtk-optiek" for "Van der Molen & Ten Kruis Optiek B.V."): matching the domain
confirms only the last word ("Optiek B.V."), and the name runs back over the words
before it whose initials the domain writes, "van", "der" and "&" included. The
employers are made up.
"""

from __future__ import annotations

from assistant.detect.employer.confirmed import _initialled_before


def test_the_name_runs_back_over_particles_and_ampersand():
    line = "Je sollicitatie bij Van der Molen & Ten Kruis Optiek B.V. in Delft is ontvangen."
    found = _initialled_before("Optiek B.V.", line, ("vdmtkoptiek",))
    assert found == "Van der Molen & Ten Kruis Optiek B.V."


def test_words_the_domain_does_not_write_are_left_out():
    line = "Je sollicitatie bij Van der Molen & Ten Kruis Optiek B.V. in Delft is ontvangen."
    # the domain writes only "Ten Kruis" as initials: "Van der Molen &" is another name
    assert _initialled_before("Optiek B.V.", line, ("tkoptiek",)) == "Ten Kruis Optiek B.V."
    assert _initialled_before("Optiek B.V.", line, ("optiekdelft",)) == "Optiek B.V."
