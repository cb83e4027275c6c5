"""The briefing's salary section: which figures apply, and the advice around them.

Order of trust: the user's own researched range (``[salary] min``/``max``), then an
occupation they pinned for this employer or role (``[salary] pins``), then the
matcher's guess from the role title. The figures are U.S. national ones, so an
interview that looks to be elsewhere (its address, timezone or language says so)
gets a pointer to that country's official statistics instead of U.S. wages shown
as if they applied. When nothing matches with confidence the section says so and
points to the Occupational Outlook Handbook: no figures beat the wrong figures.

Pure apart from reading the shipped wage table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from babel.numbers import format_currency

from assistant.config import SalarySettings
from assistant.i18n import N_, _, current_locale, parse_locale
from assistant.models import Detection
from assistant.salary.abroad import Abroad, where_abroad
from assistant.salary.wages import OOH_URL, PERCENTILES, SalaryTable, WageFigures, match_occupation
from assistant.text import one_line

PERCENTILE_LABELS = {
    "p10": N_("10th"), "p25": N_("25th"), "median": N_("Median"), "p75": N_("75th"), "p90": N_("90th"),
}  # fmt: skip
EUROSTAT = ("Eurostat", "https://ec.europa.eu/eurostat")
ILOSTAT = (
    N_("ILOSTAT, the International Labour Organization's statistics"),
    "https://ilostat.ilo.org",
)


@dataclass(frozen=True)
class SalaryAdvice:
    """What the salary section is built from; at most one source of figures is set."""

    figures: WageFigures | None = None
    matched_on: str = ""  # why these figures: 'alias "software engineer"', "pinned …"
    user_range: tuple[int, int] | None = None
    currency: str = "USD"
    abroad: Abroad | None = None
    role: str | None = None  # the title that was looked up
    # The title fits another occupation about as well: say "closest match".
    closest: bool = False


@dataclass(frozen=True)
class SalaryView:
    """The salary section as the templates show it; every string is ready to print."""

    summary: str  # one line above the figures, or the whole message when there are none
    percentiles: tuple[tuple[str, str], ...] = ()  # ("10th", "$79,850") … ("90th", "≥ $239,200")
    source: str = ""
    link_label: str = ""
    link_url: str = ""
    tips: tuple[str, ...] = ()


def advise(detection: Detection, settings: SalarySettings, home_zone: str = "") -> SalaryAdvice:
    """Pick the figures for this interview. Never raises for any role text.

    ``home_zone``: the user's IANA zone, which says in which country a zone name several
    countries share is likeliest (:func:`assistant.salary.abroad.where_abroad`).
    """
    verdict = detection.verdict
    role = verdict.role
    abroad = where_abroad(detection, home_zone)
    if settings.min is not None and settings.max is not None:
        return SalaryAdvice(
            user_range=(settings.min, settings.max), currency=settings.currency, role=role
        )
    table = SalaryTable.load()
    for pinned_by in (verdict.company, role):
        soc = settings.pins.get((pinned_by or "").strip().lower())
        figures = table.by_soc(soc) if soc else None
        if figures is not None:
            label = one_line(pinned_by, 80)
            return SalaryAdvice(
                figures=figures, matched_on=f"pinned for “{label}” in config", abroad=abroad
            )
    if abroad is not None:
        return SalaryAdvice(abroad=abroad, role=role)
    match = match_occupation(role, table)
    if match is None:
        return SalaryAdvice(role=role)
    return SalaryAdvice(
        figures=match.figures, matched_on=match.matched_on, role=role, closest=match.closest
    )


def advisor(settings: SalarySettings, home_zone: str = "") -> Callable[[Detection], SalaryAdvice]:
    """``Services.salary_for``: the advice for one detection under these settings, for a
    user whose IANA zone is ``home_zone``."""
    return lambda detection: advise(detection, settings, home_zone)


def _money(value: int, currency: str = "USD") -> str:
    """``$133,080`` (en_US), ``133.080 $`` (de), ``70.000 €``: whole units, the current
    locale's CLDR currency pattern without the cents."""
    loc = parse_locale(current_locale())
    pattern = re.sub(r"\.0+", "", loc.currency_formats["standard"].pattern)
    code = one_line(currency, 8).upper() or "USD"
    return format_currency(value, code, format=pattern, locale=loc, currency_digits=False)


def wage(figures: WageFigures, percentile: str) -> str:
    """``$133,080``, or ``≥ $239,200`` for a top-coded percentile."""
    amount = _money(getattr(figures, percentile))
    return f"≥ {amount}" if figures.is_top_coded(percentile) else amount


def salary_view(advice: SalaryAdvice | None, role: str | None) -> SalaryView:
    """The salary section for ``advice`` (None: no lookup was made), in the current locale."""
    advice = advice or SalaryAdvice(role=role)
    source = ""
    percentiles: tuple[tuple[str, str], ...] = ()
    link_label = link_url = ""
    cite = _(
        "If asked what you expect, ask what the previous person in the role made, or cite your research."
    )
    if advice.user_range:
        low, high = (_money(v, advice.currency) for v in advice.user_range)
        summary = _("Your researched range: {low}–{high} a year.").format(low=low, high=high)
        source = _("From [salary] min and max in your config.toml.")
        aim = _(
            "Aim for the upper part of your range, toward {high}, so there is room to negotiate."
        ).format(high=high)
    elif advice.figures is not None:
        figures = advice.figures
        title = one_line(figures.title, 120)
        summary = _("{title} (SOC\u00a0{soc}): U.S. national annual wages, all industries.").format(
            title=title, soc=figures.soc
        )
        if advice.closest:
            summary = _(
                "Closest match, not a sure one: “{role}” fits another occupation about as "
                "well. {summary}"
            ).format(role=one_line(advice.role or role, 80), summary=summary)
        percentiles = tuple((_(PERCENTILE_LABELS[p]), wage(figures, p)) for p in PERCENTILES)
        source = (
            _("Source: {source}.").format(source=figures.source) + " " + _how_matched(advice, role)
        )
        if figures.top_coded:
            top = wage(figures, "p90")[2:]
            source += " " + _("“≥” marks the highest wage the source reports ({top}).").format(
                top=top
            )
        if advice.abroad is not None:
            source += " " + _("These are U.S. figures; this interview looks to be elsewhere.")
        aim = _(
            "Aim for the upper part of the range ({range}), so there is room to negotiate."
        ).format(range=_upper_part(figures))
        cite = _(
            "If asked what you expect, ask what the previous person in the role made, or cite these figures."
        )
    else:
        aim = _("Aim for the upper part of the range you find, so there is room to negotiate.")
        if advice.abroad is not None:
            summary, link_label, link_url = _abroad_pointer(advice.abroad)
        else:
            shown = one_line(advice.role or role, 80)
            summary = (
                _("No occupation matched “{role}” with confidence, so no figures are shown "
                  "rather than the wrong ones. Look up the national wage range, or set "
                  "[salary] pins or min and max in config.toml.").format(role=shown)
                if shown
                else _("The invite does not name the role, so there are no wage figures to "
                       "show. Once you know it, look up its national wage range, or set [salary] "
                       "min and max in config.toml.")
            )  # fmt: skip
            link_label, link_url = _("Occupational Outlook Handbook"), OOH_URL
    tips = (
        _("Let the employer raise pay first."),
        cite,
        aim,
        _("Decide beforehand what you would accept, weighing benefits, bonuses, perks and "
          "vacation as well as salary."),
        _("Even if the offer looks fair, ask for it in writing and for a few days to decide."),
    )  # fmt: skip
    return SalaryView(summary, percentiles, source, link_label, link_url, tips)


def _upper_part(figures: WageFigures) -> str:
    """``$169,000 to $211,450``; ``$216,220 to $239,200 or more`` when the top is capped."""
    p75, p90 = (_money(getattr(figures, p)) for p in ("p75", "p90"))
    if figures.is_top_coded("p75"):
        return _("{amount} or more").format(amount=p75)
    if figures.is_top_coded("p90"):
        return _("{low} to {high} or more").format(low=p75, high=p90)
    return _("{low} to {high}").format(low=p75, high=p90)


def _how_matched(advice: SalaryAdvice, role: str | None) -> str:
    """Why this occupation, and how to change it when it is wrong."""
    if advice.matched_on.startswith("pinned"):
        return _("Occupation {how}.").format(how=advice.matched_on)
    shown = one_line(advice.role or role, 80)
    return _(
        "Matched from “{role}” ({how}); if that is the wrong occupation, "
        "pin the right one under [salary] pins."
    ).format(role=shown, how=advice.matched_on)


def _evidence_words(evidence: str) -> str:
    """The evidence in the current locale: "its address", "its timezone (Europe/Berlin)"."""
    role = re.fullmatch(r"the role \((.+)\)", evidence)
    if role:
        return _("the role ({words})").format(words=role.group(1))
    zone = re.fullmatch(
        r"its timezone \((.+)\)( and the invite's language| and where you live)?", evidence
    )
    if zone and zone.group(2) == " and where you live":
        return _("its timezone ({zone}) and where you live").format(zone=zone.group(1))
    if zone and zone.group(2):
        return _("its timezone ({zone}) and the invite's language").format(zone=zone.group(1))
    if zone:
        return _("its timezone ({zone})").format(zone=zone.group(1))
    return {
        "its address": _("its address"),
        "the invite's language": _("the invite's language"),
    }.get(evidence, evidence)


def _abroad_pointer(abroad: Abroad) -> tuple[str, str, str]:
    """The message, link label and URL for an interview outside the U.S."""
    evidence = _evidence_words(abroad.evidence)
    if abroad.country is not None:
        office, url = abroad.country.office, abroad.country.url
        summary = _(
            "This interview looks to be in {country}, going by {evidence}, so U.S. wage figures "
            "would mislead. Look up the official pay figures for {country}, or set your own range "
            "under [salary] min and max in config.toml."
        ).format(country=_(abroad.country.name), evidence=evidence)
    else:
        european = abroad.european or "Europe/" in (abroad.zone or abroad.evidence)
        office, url = EUROSTAT if european else ILOSTAT
        summary = _(
            "This interview looks to be in another country, going by {evidence}, so U.S. wage "
            "figures would mislead. Look up that country's official pay figures (its statistics "
            "office), or set your own range under [salary] min and max in config.toml."
        ).format(evidence=evidence)
    if abroad.overruled_zone:
        summary += " " + _(
            "The invite's U.S. time zone ({zone}) is the scheduler's, not the job's."
        ).format(zone=abroad.overruled_zone)
    # An office's name is a proper name; only the English article goes (a link label).
    return summary, _(office) if office == ILOSTAT[0] else office.removeprefix("the "), url
