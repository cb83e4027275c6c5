"""An employer's domain under a country's generic second level that no list names
("quillamba.co.tz", "orrinvale.com.gh", "firmaxy.or.kr"): the employer is the label
before it, never "co" or "com". Domains with one label before the country's code keep
it. The employers are made up.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.domains import employer_label


@pytest.mark.parametrize(
    ("domain", "label"),
    [
        ("quillamba.co.tz", "quillamba"),
        ("careers.quillamba.co.tz", "quillamba"),
        ("orrinvale.com.gh", "orrinvale"),
        ("firmaxy.or.kr", "firmaxy"),
        ("quillamba.co", "quillamba"),  # Colombia's code used as a domain of its own
        ("hire.quillamba.co", "quillamba"),
    ],
)
def test_the_label_before_the_second_level_names_the_employer(domain, label):
    assert employer_label(domain) == label
