"""An agency's title writes the word "client" where its client's name would be
("Kestrel / Client interview – round 2"): the company the description names in a
sentence is the employer, not the agency."""

from __future__ import annotations

from assistant.detect.who.gobetween import client_for_placeholder, intermediary

TEXT = (
    "Ines,\n\nBrindle Marine & Salvage Company would like to see you again. The panel "
    "is ninety minutes with the fleet director.\n\nCall me after!\nTobias"
)


def test_the_client_named_in_the_text_is_read_for_the_placeholder() -> None:
    title = "Kestrel / Client interview - round 2"
    assert intermediary("Kestrel", title, "")
    assert client_for_placeholder("Kestrel", title, TEXT) == "Brindle Marine & Salvage Company"


def test_a_title_naming_its_client_needs_no_placeholder() -> None:
    title = "Kestrel client Orwell Foods – round 2"
    assert client_for_placeholder("Kestrel", title, TEXT) is None


def test_the_agencys_own_name_is_no_client() -> None:
    text = "Kestrel Search Partners would like to thank you. The client will confirm."
    assert client_for_placeholder("Kestrel", "Kestrel | Client call", text) is None
