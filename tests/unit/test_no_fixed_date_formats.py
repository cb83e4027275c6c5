"""No module writes a date in fixed English words: every date or time a person reads
goes through :mod:`assistant.dates` (Babel, in the message's locale).

A strftime pattern with a month or weekday name (``%b``, ``%B``, ``%a``, ``%A``, ``%h``)
or the C library's locale-dependent forms (``%c``, ``%x``, ``%X``, ``%p``) writes
"Mon 01 Dec 14:00" whatever the reader's locale; beside a Babel date on the same screen
it reads as two programs. Machine fields (logs, ``--json``, headers, keys) write ISO
8601 (``%Y-%m-%d``, ``isoformat()``), which this check allows; a site that must keep a
named month goes in :data:`ALLOWED`, with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"
# Names and locale-dependent forms in a strftime pattern.
WORDED = re.compile(r"%[-_0^#]?[aAbBhcxXp]")
# "path/to/module.py" relative to the package -> why it keeps a worded format.
ALLOWED: dict[str, str] = {}


def _patterns(tree: ast.AST) -> list[tuple[int, str]]:
    """Every strftime pattern in ``tree``: ``x.strftime("…")``, ``format(x, "…")``,
    an f-string's ``{x:…}`` and a ``"{:…}".format(…)`` template, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [a for a in node.args if isinstance(a, ast.Constant)]
            if name == "strftime" and args and isinstance(args[-1].value, str):
                found.append((node.lineno, args[-1].value))
            if name == "format" and isinstance(func, ast.Name) and len(node.args) == 2:
                spec = node.args[1]
                if isinstance(spec, ast.Constant) and isinstance(spec.value, str):
                    found.append((node.lineno, spec.value))
            if name == "format" and isinstance(func, ast.Attribute):
                template = func.value
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    specs = re.findall(r"\{[^{}]*:([^{}]*)\}", template.value)
                    found += [(node.lineno, spec) for spec in specs]
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(
                part.value
                for part in ast.walk(node.format_spec)
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
            found.append((node.lineno, spec))
    return sorted(found)


def worded_formats(package: Path) -> list[str]:
    """``module.py:line: pattern`` for every worded strftime pattern under ``package``."""
    hits = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package).as_posix()
        if where in ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        hits += [
            f"{where}:{line}: {spec!r}" for line, spec in _patterns(tree) if WORDED.search(spec)
        ]
    return hits


def test_no_module_writes_a_date_in_fixed_words() -> None:
    assert worded_formats(PACKAGE) == [], (
        "format these with assistant.dates (format_moment, format_day, format_clock) in the "
        "message's locale, or write ISO 8601 where it is a machine field"
    )


def test_the_check_finds_every_way_of_writing_a_worded_format(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(
        "def lines(when, day):\n"
        "    a = f'{when:%a %d %b %H:%M}'\n"
        "    b = when.strftime('%d %b %Y')\n"
        "    c = format(when, '%A')\n"
        "    d = '{:%B}'.format(day)\n"
        "    e = f'{when:%I:%M %p}'\n"
        "    return when.strftime('%Y-%m-%dT%H:%M:%SZ'), f'{when:%Y-%m-%d %H:%M} UTC'\n",
        encoding="utf-8",
    )
    found = worded_formats(tmp_path)
    assert [hit.split(":")[1] for hit in found] == ["2", "3", "4", "5", "6"], found
