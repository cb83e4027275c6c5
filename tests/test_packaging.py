"""The built wheel carries its templates and config and runs the demo outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from assistant.mail.maildir import MaildirMailbox
from tests.cli.test_cli_basics import inbox_kinds
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("*.whl")
    return built


def test_wheel_contains_templates_and_config(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in [
        "assistant/templates/briefing.html",
        "assistant/templates/briefing.txt",
        "assistant/templates/drafts/thank-you.txt",
        "assistant/config/config.example.toml",
        "assistant/config/salary_oews_may2024.csv",
        # The gettext catalogs, read from the .po at run time (no build step to forget).
        "assistant/locale/de/LC_MESSAGES/messages.po",
        "assistant/locale/de@informal/LC_MESSAGES/messages.po",
        "assistant/locale/fr/LC_MESSAGES/messages.po",
        "assistant/locale/es/LC_MESSAGES/messages.po",
        "assistant/locale/en_GB/LC_MESSAGES/messages.po",
    ]:
        assert expected in names
    shipped = {n for n in names if n.startswith("assistant/detect/lang/")}
    in_checkout = {
        f"assistant/detect/lang/{p.name}" for p in (REPO / "assistant/detect/lang").glob("*.toml")
    }
    assert in_checkout and shipped == in_checkout


def dependency_paths() -> list[str]:
    """Where this interpreter finds the dependencies: every site-packages folder on its
    path (a venv's, and the base interpreter's when the venv includes them), never
    the checkout itself.

    The new venv sees them through a ``.pth`` file of plain paths: it works whether
    the tests run in a venv or not, and without the network. Plain lines in a
    ``.pth`` are not processed as site dirs, so the editable install's own ``.pth``
    (which would put the checkout on the path) is not followed.
    """
    found = []
    for entry in sys.path:
        path = Path(entry or ".").resolve()
        if path.name in ("site-packages", "dist-packages") and path.is_dir() and path != REPO:
            found.append(str(path))
    return list(dict.fromkeys(found))


@pytest.mark.slow
@pytest.mark.time_sensitive  # the demo runs on the real clock
def test_installed_wheel_runs_the_demo_outside_the_checkout(wheel: Path, tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site_packages / "zz_test_dependencies.pth").write_text("\n".join(dependency_paths()) + "\n")
    # The wheel goes into the venv's own site-packages, ahead of the .pth paths.
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
            "--target", str(site_packages), str(wheel),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (env_dir / "bin" / "interview-assistant").write_text(
        f"#!{python}\nfrom assistant.cli import main\nmain()\n"
    )
    (env_dir / "bin" / "interview-assistant").chmod(0o755)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import assistant; print(assistant.__file__)"],
        cwd=outside,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert str(env_dir) in where, "the test must exercise the wheel, not the checkout"
    translated = subprocess.run(
        [str(python), "-c", "from assistant.i18n import translations as t; "
         "print(t('de_DE').gettext('Salary'), t('en_GB').gettext('(organizer)'))"],
        cwd=outside, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert translated.split() == ["Gehalt", "(organiser)"], "the wheel's catalogs are read"
    result = subprocess.run(
        [str(env_dir / "bin" / "interview-assistant"), "demo", "--mailbox", str(tmp_path / "mail")],
        cwd=outside,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "TMPDIR": str(tmp_path),  # the demo's home, kept for the user
            "HOME": str(tmp_path),
            "INTERVIEW_ASSISTANT_HOME": str(tmp_path / "h"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "1 briefing delivered" in result.stdout
    assert sorted(inbox_kinds(MaildirMailbox(tmp_path / "mail"))) == ["briefing", "note"]
    assert len(list((tmp_path / "mail" / ".Drafts" / "cur").iterdir())) == 3
