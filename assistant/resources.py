"""Files that ship with the assistant: templates, the salary table, example config.

In the repository they sit at the top level (``templates/``, ``config/``). The
wheel force-includes them inside the package (``assistant/templates/``,
``assistant/config/``), but editable installs don't carry force-included folders
(pypa/hatch#1305), so a checkout is searched too. The packaged copy wins: an
installed wheel must never pick up a stray checkout next to it.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

PACKAGE = "assistant"
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """The first existing location of a shipped file or folder.

    ``resource_path("templates", "briefing.txt")`` looks for
    ``assistant/templates/briefing.txt`` inside the installed package, then for
    ``templates/briefing.txt`` at the top of the repository checkout.

    Raises FileNotFoundError naming every place that was searched.
    """
    candidates = [root.joinpath(*parts) for root in _search_roots()]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    searched = " or ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"shipped resource {'/'.join(parts)!r} not found in {searched}")


def data_path(name: str) -> Path:
    """A file from the shipped ``config/`` folder, such as the salary table."""
    return resource_path("config", name)


def _search_roots() -> list[Path]:
    roots = []
    packaged = importlib.resources.files(PACKAGE)
    # A zipped or namespace package has no real folder to hand out; the checkout
    # fallback still works there, so skip it rather than fail.
    if isinstance(packaged, Path):
        roots.append(packaged)
    roots.append(CHECKOUT_ROOT)
    return roots
