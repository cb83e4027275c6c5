"""The template environment: user overrides, ``default:`` extends, escaping, filters."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import pytest

from assistant.briefing import BriefingFacts, briefing_context
from assistant.models import Detection, Verdict
from assistant.templating import (
    Renderer,
    bullet,
    columns,
    format_duration,
    format_span,
    format_when,
    quoted,
)
from tests.conftest import BERLIN, NOW, make_event


@pytest.fixture
def briefing() -> dict:
    event = make_event(description="Bring a laptop.")
    verdict = Verdict(True, 0.9, ("x",), company="Acme", role="Designer", interviewers=event.others)
    return briefing_context(Detection(event, verdict), BriefingFacts("Alex", BERLIN, NOW))


def test_a_user_template_can_extend_the_packaged_one_and_change_one_block(
    tmp_path: Path, briefing: dict
) -> None:
    (tmp_path / "briefing.html").write_text(
        '{% extends "default:briefing.html" %}'
        "{% block footer %}<p>Good luck, {{ company }}!</p>{% endblock %}"
    )
    html = Renderer(tmp_path).render("briefing.html", **briefing)
    assert "<p>Good luck, Acme!</p>" in html
    assert "Questions to ask" in html  # the rest of the packaged template is kept
    assert "Nothing is sent until you approve it" not in html  # the old footer is gone


def test_a_user_template_replaces_the_packaged_one(tmp_path: Path, briefing: dict) -> None:
    (tmp_path / "briefing.txt").write_text("Short: {{ subject }}\n")
    rendered = Renderer(tmp_path).render("briefing.txt", **briefing)
    assert rendered == f"Short: {briefing['subject']}\n"
    assert "AT A GLANCE" in Renderer().render("briefing.txt", **briefing)


def test_a_user_copy_of_a_partial_is_used_by_the_packaged_template(
    tmp_path: Path, briefing: dict
) -> None:
    # Macros can't be overridden through {% extends %}: a partial is copied, then edited.
    packaged = Renderer().env.loader.get_source(Renderer().env, "briefing/parts.html")[0]  # type: ignore[union-attr]
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "parts.html").write_text(
        packaged.replace("{{ title }}</h2>", "## {{ title }}</h2>")
    )
    html = Renderer(tmp_path).render("briefing.html", **briefing)
    assert "## At a glance</h2>" in html
    assert "## At a glance" not in Renderer().render("briefing.html", **briefing)


def test_text_templates_fail_loudly_on_a_typo(tmp_path: Path, briefing: dict) -> None:
    (tmp_path / "briefing.txt").write_text("Dear {{ user_nmae }},\n")
    with pytest.raises(jinja2.UndefinedError):
        Renderer(tmp_path).render("briefing.txt", **briefing)


def test_html_is_escaped_and_text_is_not(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text("{{ v }}")
    (tmp_path / "x.txt").write_text("{{ v }}")
    renderer = Renderer(tmp_path)
    assert renderer.render("x.html", v='<b onclick="x">') == "&lt;b onclick=&#34;x&#34;&gt;"
    assert renderer.render("x.txt", v="<b>") == "<b>"


def test_the_packaged_templates_are_found_without_a_user_folder() -> None:
    renderer = Renderer()
    assert renderer.has("briefing.txt") and renderer.has("default:briefing.html")
    assert not renderer.has("nope.txt")


def test_span_names_the_day_and_crosses_midnight() -> None:
    start = datetime(2027, 4, 13, 23, 30, tzinfo=BERLIN)
    assert format_span(start, start + timedelta(minutes=20), BERLIN, locale="en_GB") == (
        "Tuesday, 13 April 2027, 23:30–23:50 CEST"
    )
    assert format_span(start, start + timedelta(hours=1), BERLIN, locale="en_GB") == (
        "Tuesday, 13 April 2027, 23:30 – Wed 14 Apr, 00:30 CEST"
    )
    tokyo = ZoneInfo("Asia/Tokyo")
    assert (
        format_span(start, start + timedelta(hours=1), tokyo, False, "en_GB") == "06:30–07:30 JST"
    )
    assert format_span(start, start + timedelta(minutes=20), BERLIN, locale="en_US") == (
        "Tuesday, April 13, 2027, 11:30–11:50 PM CEST"
    )
    assert format_span(start, start + timedelta(minutes=20), BERLIN, locale="de_DE") == (
        "Dienstag, 13. April 2027, 23:30–23:50 Uhr MESZ"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "Wednesday, December 2, 1:00 PM"),
        ("en_GB", "Wednesday 2 December, 13:00"),
        ("de_DE", "Mittwoch, 2. Dezember, 13:00 Uhr"),
        ("fr_FR", "mercredi 2 décembre à 13:00"),
        ("es_ES", "miércoles 2 de diciembre, a las 13:00"),
    ],
)
def test_a_moment_reads_as_each_locale_writes_it(locale: str, expected: str) -> None:
    moment = datetime(2026, 12, 2, 13, 0, tzinfo=BERLIN)
    assert format_when(moment, BERLIN, "day", locale) == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (45, "45 min"),
        (60, "1 hr"),
        (90, "1 hr 30 min"),
        (timedelta(hours=2, minutes=5), "2 hr 5 min"),
    ],
)
def test_durations(value, text: str) -> None:
    assert format_duration(value, "en_US") == text
    assert format_duration(90, "de_DE") == "1 Std. 30 Min."


def test_bullets_wrap_with_a_hanging_indent_and_never_break_links() -> None:
    url = "https://example.com/" + "a" * 90
    item = bullet(f"Join with {url} when it starts, and say hello to everyone there.", "Video")
    lines = item.splitlines()
    assert lines[0] == "  - Video: Join with"
    assert lines[1] == "    " + url
    assert all(line.startswith("    ") for line in lines[1:])


def test_columns_and_quotes_for_plain_text() -> None:
    assert columns([("10th", "$1"), ("Median", "$100,000")]) == ("  10th  Median\n  $1    $100,000")
    assert quoted("one\n\ntwo") == "  | one\n  |\n  | two"
