"""The people an invite's text names, read whole: by the shape of the words around a name.

- a business function after a job title belongs to the title ("Head of Finance …");
- a name's particles keep it whole ("… de Vries", "… van den Berg", "… de la …");
- a form of address before a name is neither a job title nor a given name ("Sra.", "Pani");
- languages that say "with" after the names (Turkish "ile", Japanese "との", Korean "과의").

Each shape in several languages, in words of its own.
"""

from __future__ import annotations

import pytest

from assistant.detect.who.names import formal_name, given_name, looks_like_name, name_parts
from assistant.detect.who.prose_people import people_in_prose
from assistant.drafting.salutation import addressee, salutation


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.title) for p in people_in_prose(text, "").people]


def _names(text: str) -> list[str]:
    return [p.name for p in people_in_prose("", text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Final round with Director of Procurement Oliver Hanley",
            [("Oliver Hanley", "Director of Procurement")],
        ),
        (
            "Call with Head of Human Resources Priya Natarajan",
            [("Priya Natarajan", "Head of Human Resources")],
        ),
        ("Gespräch mit Leiter Vertrieb Konrad Albers", [("Konrad Albers", "Leiter Vertrieb")]),
        ("Entrevista con la Jefa de Compras Lucía Serrano", [("Lucía Serrano", "Jefa de Compras")]),
        ("Rozmowa z Kierownik Sprzedaży Ewą Kowalczyk", [("Ewą Kowalczyk", "Kierownik Sprzedaży")]),
        (
            "Entretien avec le Directeur Juridique Paul Mercier",
            [("Paul Mercier", "Directeur Juridique")],
        ),
        ("Gesprek met Manager Kwaliteit Bram Hoekstra", [("Bram Hoekstra", "Manager Kwaliteit")]),
        (
            "Intervju med Chef för Kommunikation Elin Sandberg",
            [("Elin Sandberg", "Chef för Kommunikation")],
        ),
        (
            "Colloquio con il Responsabile Acquisti Marco Villa",
            [("Marco Villa", "Responsabile Acquisti")],
        ),
    ],
)
def test_business_function_after_a_job_title_is_the_titles(text, expected):
    assert _people(text) == expected


def test_a_job_title_with_a_field_but_no_function_still_reads():
    # kept working: "Engineering" is a title word already
    assert _people("Chat with VP Engineering Dana Whitfield") == [
        ("Dana Whitfield", "VP Engineering")
    ]


def test_a_business_function_alone_is_no_persons_name():
    assert _names("You will meet our Director of Supply Chain and the team.") == []
    assert _names("Entrevista con la Dirección de Recursos Humanos.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tweede gesprek met Joost van der Linden", ["Joost van der Linden"]),
        (
            "Gesprek met Femke de Jong en Wouter van den Heuvel",
            ["Femke de Jong", "Wouter van den Heuvel"],
        ),
        ("Entretien avec Hélène de la Roche et Luc Girard", ["Hélène de la Roche", "Luc Girard"]),
        (
            "Gespräch mit Klara von Weizsäcker und Jonas Brandt",
            ["Klara von Weizsäcker", "Jonas Brandt"],
        ),
        ("Conversa com Beatriz dos Anjos", ["Beatriz dos Anjos"]),
        ("Entrevista con Inés del Valle", ["Inés del Valle"]),
        ("Meeting with Farid bin Hamzah", ["Farid bin Hamzah"]),
    ],
)
def test_name_particles_keep_the_name_whole(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "del", "de" between a full name and what follows say "of", not a family name
        ("Entrevista con Álvaro Medina del Departamento Comercial", ["Álvaro Medina"]),
        ("Entrevista con el equipo de Ciudad de México", []),
    ],
)
def test_a_preposition_or_a_firm_is_no_name_particle(text, expected):
    assert _names(text) == expected


def test_a_capitalised_particle_opens_a_firms_name_not_a_given_name():
    assert not any(n.startswith("Van") for n in _names("Gesprek met Van der Wal Advocaten"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gespräch mit Herrn Tobias von Arnim", [("Herrn Tobias von Arnim", "")]),
        ("Entrevista con la Sra. Marta Quiroga", [("Sra. Marta Quiroga", "")]),
        ("Reunión con el Sr. Tomás Ibáñez", [("Sr. Tomás Ibáñez", "")]),
        (
            "Colloquio con la Prof. Giulia Marchetti e il Dott. Enzo Riva",
            [("Prof. Giulia Marchetti", ""), ("Dott. Enzo Riva", "")],
        ),
    ],
)
def test_a_form_of_address_stays_before_the_name_not_in_the_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("display", "given"),
    [
        ("Pani Ewa Kowalczyk", "Ewa"),
        ("Pan Marek Zając", "Marek"),
        ("Bay Kemal Arslan", "Kemal"),
        ("Bayan Elif Şahin", "Elif"),
    ],
)
def test_a_form_of_address_is_no_given_name(display, given):
    assert given_name(display) == given


@pytest.mark.parametrize(
    ("display", "family"),
    [
        ("Joost van der Linden", "van der Linden"),
        ("Hélène de la Roche", "de la Roche"),
        ("Frau Klara von Weizsäcker", "von Weizsäcker"),
        ("Thijs ten Brink", "ten Brink"),
    ],
)
def test_the_family_name_keeps_its_particles(display, family):
    assert name_parts(display)[2] == family


def test_a_person_with_a_particle_is_greeted_by_the_registers_rule():
    # English greets by the given name; German formally by the form of address and
    # the whole family name; without a form of address German uses the full name.
    assert salutation(addressee("Thijs ten Brink"), "en") == "Hi Thijs,"
    assert (
        salutation(addressee("Frau Klara von Weizsäcker"), "de")
        == "Sehr geehrte Frau von Weizsäcker,"
    )
    assert formal_name("Herr Thijs ten Brink") == "Herr ten Brink"
    assert salutation(addressee("Thijs ten Brink"), "de") == "Guten Tag Thijs ten Brink,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Esra Koç ve Hakan Aksoy ile ikinci görüşme", ["Dr. Esra Koç", "Hakan Aksoy"]),
        ("Final görüşmesi: Genel Müdürümüz Deniz Karaca ile", ["Deniz Karaca"]),
        ("Teknik mülakat Burcu Şen'le", ["Burcu Şen"]),
        ("佐藤さんと山口部長との二次面接", ["佐藤", "山口"]),
        ("박서연 팀장님과 최민호 님과의 2차 면접", ["박서연", "최민호"]),
    ],
)
def test_with_written_after_the_names(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Görüşme Google Meet ile yapılacaktır.",  # a meeting service, not a person
        "2차 면접을 아래와 같이 면접 일정을 안내드립니다.",  # "as below"
        "Ön görüşme için başvurunuz değerlendirilmiştir, Deniz Biyoloğu pozisyonu ile ilgili.",
    ],
)
def test_with_after_needs_a_person_before_it(text):
    assert _names(text) == []


def test_a_form_of_address_without_its_full_stop_may_be_another_word():
    # "HR" is human resources, not "Hr." (Herr); "Sr Engineer" is senior
    assert not looks_like_name("Breezy HR")
    assert _names("Scheduled with Breezy HR") == []


def test_a_firm_whose_legal_form_follows_is_no_person():
    assert (
        _names("Primera entrevista con nuestro cliente Transportes del Norte, S.A. de C.V.") == []
    )
