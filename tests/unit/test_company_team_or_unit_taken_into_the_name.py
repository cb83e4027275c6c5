"""A recruiting team, a careers mailbox, a department or an event's own noun taken into
the employer's name: "Talent Acquisition Fennick Optik AG" signs for Fennick Optik AG,
"Brakvik Karriär" is the firm's careers mailbox, "瑞丰保险 财产险部" names a department
after the firm, "Assessment Center Tolvra" is an event, not an institution. And a
tracking system's sender named after the firm's team ("Vessmark Recruiting") or after
the firm alone names the employer when nothing else does."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.afterform import without_department
from assistant.detect.employer.extract import company_of
from assistant.detect.employer.fullname import institution_name
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.writtenlonger import written_longer
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at


@pytest.mark.parametrize(
    "line",
    ["Talent Acquisition Fennick Optik AG", "HR Fennick Optik AG", "Recruiting Fennick Optik AG"],
)
def test_a_team_heading_the_signatures_company_line_is_no_part_of_the_name(line):
    text = f"Kind regards\nMaren Solberg\n{line}\n"
    assert registered_name("Fennick Optik", text) == "Fennick Optik AG"


def test_a_careers_mailbox_does_not_lengthen_the_name():
    box = person("noreply@teamtailor.com", "Brakvik Karriär", is_organizer=True)
    event = make_event("Andra intervju – Brakvik", organizer=box, attendees=(me_at(), box))
    assert written_longer("Brakvik", event) == "Brakvik"


@pytest.mark.parametrize(
    ("name", "firm"), [("瑞丰保险 财产险部", "瑞丰保险"), ("한결전자 인사팀", "한결전자")]
)
def test_a_unit_after_a_cjk_name_is_cut(name, firm):
    assert without_department(name) == firm


def test_an_assessment_centre_is_no_institution():
    assert institution_name("Tolvra", ("Assessment Center Tolvra (2 Tage)",)) is None


def _from_system(sender: str, address: str, *guests):
    box = person(address, sender, is_organizer=True)
    return make_event(
        "Zweites Interview – Qualitätsmanager (m/w/d)",
        start=NOW + timedelta(days=4),
        uid=sender,
        organizer=box,
        attendees=(me_at(), box, *guests),
        description="Guten Tag,\nwir laden Sie gerne zu einem zweiten Interview ein.\n\n"
        f"Ihr Team {sender.split()[0]}\n",
    )


@pytest.mark.parametrize(
    ("sender", "address", "firm"),
    [
        ("Vessmark Recruiting", "noreply@softgarden.io", "Vessmark"),
        ("Grauwald Bancorp Talent Acquisition", "do-not-reply@taleo.net", "Grauwald Bancorp"),
        ("Maré Azul Conservação", "no-reply@welcomekit.co", "Maré Azul Conservação"),
    ],
)
def test_a_tracking_systems_sender_names_the_employer_nothing_else_names(sender, address, firm):
    event = _from_system(sender, address)
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == firm
