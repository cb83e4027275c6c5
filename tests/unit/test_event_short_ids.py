"""The short form `scan` prints for an event id: a readable part where the id has words,
and always one that names the event back (``expand_event_id``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.cli.common import expand_event_id
from assistant.event_ids import short_ids


def test_a_worded_uid_keeps_its_last_words_not_the_domain():
    shorts = short_ids(
        [
            "lisbon-panel-3310@greenhouse.io",
            "lisbon-screen-2207@greenhouse.io",
            "harbour-first-5581",
            "harbour-final@ops.example",
            "ferry-final@ops.example",
        ]
    )
    assert shorts["lisbon-panel-3310@greenhouse.io"] == "panel-3310"
    assert shorts["harbour-first-5581"] == "first-5581"
    # the last word is shared, so the domain joins it
    assert shorts["harbour-final@ops.example"] == "harbour-final"
    assert shorts["ferry-final@ops.example"] == "ferry-final"


def test_a_code_uid_is_cut_to_its_own_part_not_the_mail_domain():
    shorts = short_ids(
        ["c0ffee11aa22bb33cc44dd55ee@google.com", "c0ffee11aa22bb33cc44dd5501@google.com"]
    )
    assert shorts == {
        "c0ffee11aa22bb33cc44dd55ee@google.com": "44dd55ee",
        "c0ffee11aa22bb33cc44dd5501@google.com": "44dd5501",
    }


def test_an_instance_is_named_by_its_series_and_its_day():
    shorts = short_ids(["yoga-class@20270413T170000Z", "yoga-class@20270420T170000Z"])
    assert shorts["yoga-class@20270413T170000Z"] == "class@20270413"


_PART = st.text(alphabet="abcdef0123456789", min_size=1, max_size=6)
_UID = st.builds(
    lambda words, domain: "-".join(words) + (f"@{domain}" if domain else ""),
    st.lists(_PART, min_size=1, max_size=4),
    st.sampled_from(["", "greenhouse.io", "google.com", "20270413T090000Z", "x.example"]),
)


@settings(max_examples=300, deadline=None)
@given(st.sets(_UID, min_size=1, max_size=12))
def test_every_short_form_names_its_event_back(ids):
    shorts = short_ids(ids)
    for full, short in shorts.items():
        assert expand_event_id(short, ids) == full
