"""Where the local page runs: ``serve`` writes its address into the home, passes read it.

The address is the bare ``http://127.0.0.1:PORT``, never the login link: the
token stays in the terminal, so a notification service never sees it. The file
is removed when ``serve`` stops; a stale one (a crash) only means a notification
names a page that does not answer.
"""

from __future__ import annotations

from pathlib import Path

PAGE_FILE = "page-address"


def write_page_address(data_dir: Path, address: str) -> None:
    """Record that the page answers at ``address`` (``http://127.0.0.1:PORT``)."""
    target = data_dir / PAGE_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(address + "\n", encoding="utf-8")
    temporary.replace(target)


def clear_page_address(data_dir: Path) -> None:
    """Forget the address (``serve`` stopped)."""
    (data_dir / PAGE_FILE).unlink(missing_ok=True)


def read_page_address(data_dir: Path) -> str:
    """The page's address while ``serve`` runs, else ""."""
    try:
        text = (data_dir / PAGE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return text if text.startswith("http://127.0.0.1:") else ""
