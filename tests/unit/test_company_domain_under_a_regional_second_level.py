"""A domain registered under a province's, state's or city's second level
("galerie-norde.qc.ca", "muzeumkolei.lublin.pl", "library.vt.us") names its owner by
the label before that level, never by the region ("Qc", "Lublin")."""

from __future__ import annotations

import pytest

from assistant.detect.employer.domains import employer_label, readable_name


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("galerienorde.qc.ca", "galerienorde"),
        ("mail.hopitalvert.on.ca", "hopitalvert"),
        ("muzeumkolei.lublin.pl", "muzeumkolei"),
        ("fernlibrary.vt.us", "fernlibrary"),
        ("culture.gouv.qc.ca", "culture"),
    ],
)
def test_the_label_before_a_regional_second_level_names_the_owner(domain, label):
    assert employer_label(domain) == label


def test_a_plain_country_domain_is_unchanged():
    assert readable_name("norde.ca") == "Norde"
    assert employer_label("norde.com.pl") == "norde"
