#!/usr/bin/env python3
"""Build ``assistant/detect/placenames.json``: CLDR's place names and time zones for detection.

Detection reads a job's bracket for a country or world region (:mod:`assistant.detect.
placenames`) in every language of ``assistant/detect/lang/`` and in Indonesian. The
names are Unicode CLDR's, as Babel ships them; reading them from Babel at run time
loads each locale's whole data (about 50,000 objects kept in memory for the life of the
process, which every collection of the cyclic garbage collector then walks), so the
names detection needs are shipped as this small file instead, and detection never loads
Babel's locale data.

Run it again after adding a language file or upgrading Babel; re-running it on the same
Babel gives the same bytes (``tests/unit/test_detect_placenames_data.py`` checks that
the shipped file is what this script makes).

Usage::

    python scripts/build_placenames.py [--output PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "assistant" / "detect" / "placenames.json"


def locales() -> list[str]:
    """The locales whose territory names detection reads: each language of
    ``assistant/detect/lang/``, and Indonesian (sorted codes)."""
    from assistant.detect.places.cldrnames import EXTRA_LOCALES
    from assistant.detect.words.vocabulary import languages

    return sorted({lang.code for lang in languages()} | set(EXTRA_LOCALES))


def build() -> str:
    """The file's text: ``{"cldr": VERSION, SECTION: {LOCALE: {KEY: NAME}}…}`` for each
    section of :data:`assistant.detect.places.cldrnames.SECTIONS`, keys sorted, one locale a
    line, then ``"zones"``: every IANA zone CLDR knows, sorted. Raises
    ``babel.UnknownLocaleError`` when Babel lacks a locale."""
    from babel import Locale
    from babel.core import get_cldr_version

    from assistant.detect.places.cldrnames import SECTIONS, cldr_zone_ids

    parsed = {code: Locale.parse(code) for code in locales()}
    parts = []
    for section, read in SECTIONS.items():
        lines = [
            f"  {json.dumps(code)}: "
            + json.dumps(dict(read(locale)), ensure_ascii=False, sort_keys=True)
            for code, locale in parsed.items()
        ]
        parts.append(f" {json.dumps(section)}: {{\n" + ",\n".join(lines) + "\n }")
    zones = f' "zones": {json.dumps(list(cldr_zone_ids()))}'
    head = f'{{"cldr": {json.dumps(get_cldr_version())},\n'
    return head + ",\n".join([*parts, zones]) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file (``--output``, default the package's)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    args.output.write_text(build(), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
