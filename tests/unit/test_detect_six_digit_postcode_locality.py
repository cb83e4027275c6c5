"""An address whose postcode has six digits (Singapore, India, China: "Marina Way,
Singapore 018960", "Andheri East, Mumbai 400069") writes its locality before it: a
title naming the employer with that locality after it ("Kestrel Foods Singapore") is
the employer's site, and the locality is no word of the name."""

from __future__ import annotations

from assistant.detect.places.addressplace import localities, without_locality


def test_a_locality_before_a_six_digit_postcode_is_read():
    assert "singapore" in localities("Venue: Kestrel Foods, 8 Marina View, Singapore 018960.")
    assert "mumbai" in localities("Office: 3rd Floor, Chakala, Mumbai 400069")


def test_the_locality_after_the_employers_name_is_dropped():
    text = "Venue: Kestrel Foods, 8 Marina View, Singapore 018960. Ask at reception."
    assert without_locality("Kestrel Foods Singapore", ("", text)) == "Kestrel Foods"


def test_a_longer_number_is_no_postcode():
    assert not localities("Call us, Helpdesk 12345678")
