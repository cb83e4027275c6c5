"""The place names detection ships (``assistant/detect/placenames.json``) are what
``scripts/build_placenames.py`` makes from Babel's CLDR data, and detection reads them
without loading Babel's locale data (which keeps about 50,000 objects alive that the
garbage collector then walks while detecting)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.detect.places import cldrnames

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "assistant" / "detect" / "placenames.json"


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_placenames", REPO / "scripts" / "build_placenames.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_shipped_place_names_are_what_the_script_makes_from_babel():
    babel = pytest.importorskip("babel")
    import json

    from babel.core import get_cldr_version

    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))["cldr"]
    if get_cldr_version() != shipped:  # a newer Babel on PyPI must not fail CI overnight
        pytest.skip(
            f"Babel has CLDR {get_cldr_version()}, the file CLDR {shipped}: "
            "run python scripts/build_placenames.py to ship the newer names"
        )
    script = _script()
    try:
        made = script.build()
    except babel.UnknownLocaleError as error:
        pytest.skip(f"this Babel lacks a locale detection reads: {error}")
    assert made == SHIPPED.read_text(encoding="utf-8"), (
        "assistant/detect/placenames.json is stale: run python scripts/build_placenames.py"
    )


def test_every_language_detection_reads_has_shipped_names():
    """A language file added without running the script would load Babel again."""
    import json

    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))["territories"]
    assert set(_script().locales()) <= set(shipped)


# Detection's start-up and a place read, then the Babel modules loaded.
BABEL_PROBE = """
import sys
from assistant.detect import warm_up
from assistant.detect.places import placenames
warm_up()
assert placenames.names_a_place("Case Manager (Jakarta, Indonesia)")
print(sorted(m for m in sys.modules if m == "babel" or m.startswith("babel.")))
"""


def test_detection_reads_place_names_without_loading_babel():
    run = [sys.executable, "-c", BABEL_PROBE]
    loaded = subprocess.run(run, capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert loaded.split() == ["[]"]


def test_a_locale_the_file_lacks_is_read_from_babel():
    pytest.importorskip("babel")
    assert "fi" not in cldrnames._shipped()["territories"]  # no language file for Finnish
    assert cldrnames.territories("fi")["FI"] == "Suomi"
    assert cldrnames.territories("id")["ID"] == "Indonesia"  # shipped


def test_the_zones_cities_never_come_from_the_machines_time_zone_database(monkeypatch):
    """Which cities are places once depended on the machine's zone database (system
    tzdata or the ``tzdata`` package); the zones now ship with the names."""
    import zoneinfo

    from assistant.detect.places.zonecities import zone_cities

    def unreadable() -> set[str]:
        raise AssertionError("the machine's time-zone database was read")

    monkeypatch.setattr(zoneinfo, "available_timezones", unreadable)
    zone_cities.cache_clear()
    try:
        cities = zone_cities(("en", "ko"))
        # a canonical zone, its older alias, and a city CLDR names in Korean
        assert {"perth", "ho chi minh", "saigon", "서울"} <= cities
        assert "north" not in cities  # "Australia/North" is not a city
    finally:
        zone_cities.cache_clear()


def test_the_shipped_zones_are_every_zone_cldr_knows():
    import json

    zones = json.loads(SHIPPED.read_text(encoding="utf-8"))["zones"]
    assert zones == sorted(zones)
    assert {"Asia/Ho_Chi_Minh", "Asia/Saigon", "Europe/Kyiv", "Europe/Kiev"} <= set(zones)
    assert cldrnames.zone_ids() == tuple(zones)
