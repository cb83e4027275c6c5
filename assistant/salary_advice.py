"""Which wage figures a briefing shows, if any. Pure apart from the shipped table.

Order of trust: the user's own researched range, then an occupation they pinned
for this employer or role, then the matcher's guess. U.S. figures are shown only
for interviews that look American; elsewhere the briefing says where that
country's official figures live instead of showing numbers that do not apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.config import SalarySettings
from assistant.models import Detection

OOH_URL = "https://www.bls.gov/ooh/"
SOURCE = "BLS OEWS, May 2024 national estimates"


@dataclass(frozen=True)
class SalaryAdvice:
    """What the briefing's salary section shows: figures, or a message, never both wrong."""

    figures: Any = None
    source: str = SOURCE
    message: str = ""
    matched_on: str = ""
    user_range: tuple[int, int] | None = None


def looks_american(detection: Detection) -> bool:
    """True unless the interview's zone or place says it is elsewhere."""
    zone = detection.event.timezone
    if zone and not (zone.startswith(("America/", "US/", "Pacific/Honolulu")) or zone == "UTC"):
        return False
    return not (
        zone.startswith("America/")
        and any(
            place in zone
            for place in (
                "Toronto",
                "Vancouver",
                "Mexico",
                "Sao_Paulo",
                "Argentina",
                "Bogota",
                "Lima",
                "Santiago",
                "Montreal",
                "Halifax",
                "Edmonton",
                "Winnipeg",
            )
        )
    )


def advise(detection: Detection, settings: SalarySettings) -> SalaryAdvice:
    from assistant import salary

    if settings.min is not None and settings.max is not None:
        return SalaryAdvice(
            message=f"Your researched range: {settings.min:,}–{settings.max:,} {settings.currency}.",
            user_range=(settings.min, settings.max),
            source="your own research ([salary] in config.toml)",
        )
    if not looks_american(detection):
        return SalaryAdvice(
            message=(
                "This interview looks to be outside the U.S., so U.S. wage figures would mislead. "
                "Check your country's official statistics office (for example Destatis in Germany, "
                "the ONS in the UK, Statistics Canada), or set your own range under [salary]."
            )
        )
    verdict = detection.verdict
    for pinned_by in (verdict.company, verdict.role):
        soc = settings.pins.get((pinned_by or "").lower())
        if soc:
            figures = salary.SalaryTable.load().by_soc(soc)
            if figures:
                return SalaryAdvice(figures=figures, matched_on=f"pinned in config ({pinned_by})")
    match = salary.match_occupation(verdict.role)
    if match is None:
        what = f'"{verdict.role}"' if verdict.role else "this role (the invite names none)"
        return SalaryAdvice(
            message=f"No occupation matched {what} with confidence. Look it up in the "
            f"Occupational Outlook Handbook: {OOH_URL}"
        )
    return SalaryAdvice(figures=match.figures, matched_on=match.matched_on)


def advisor(settings: SalarySettings) -> Callable[[Detection], SalaryAdvice]:
    return lambda detection: advise(detection, settings)
