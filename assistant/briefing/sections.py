"""The briefing's five sections, from the article, each tailored to this interview.

Job specifics and your planned approach, questions to ask, meeting colleagues,
salary, and the user's own chance to decide. The wording lives here, once, so
the plain-text and HTML parts cannot drift apart; the templates only lay it out.
Inputs are already flattened and capped (see ``invite``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.briefing.invite import AssessmentNotice, Person
from assistant.i18n import _, current_locale
from assistant.salary.advice import SalaryView

_RECRUITING = re.compile(
    r"\b(recruit\w*|talent|hr|human resources|people partner|sourc\w+)\b", re.I
)
_EXECUTIVE = re.compile(r"\b(c[etfo]o|chief|founder|president|vp|vice president)\b", re.I)
# "Product Manager" rarely manages the candidate; these titles often do.
_MANAGERIAL = re.compile(r"\b(head|director|engineering manager|team lead|supervisor)\b", re.I)


@dataclass(frozen=True)
class Item:
    """A bullet: ``lead`` (bold in HTML, "Lead:" in text) and its text."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Section:
    """One numbered section; ``table``, ``note`` and the link serve the salary figures."""

    key: str
    title: str
    items: tuple[Item, ...]
    intro: str = ""
    table: tuple[tuple[str, str], ...] = ()
    note: str = ""
    link_label: str = ""
    link_url: str = ""


def role_noun(role: str | None) -> str:
    """``the Product Manager role`` ("the Sales position" stays as it is); "" when unknown.
    In the current locale (``die Stelle als Product Manager``)."""
    if not role:
        return ""
    if current_locale().startswith("en") and role.lower().endswith(("role", "position")):
        return f"the {role}"
    return _("the {role} role").format(role=role)


def approach(company: str | None, role: str | None, notice: AssessmentNotice | None) -> Section:
    if notice:
        testing = _("The invite mentions {what}: see the notice above.").format(what=notice.what)
    else:
        testing = _("You might be asked to take a pre-employment test; ask whether one is planned.")
    if role:
        expect = _(
            "Expect “How would you approach {role}?” Have a concrete answer about its responsibilities."
        )
    else:
        expect = _(
            "Expect “How would you approach this role?” Have a concrete answer about its responsibilities."
        )
    if company:
        projects = _(
            "They may describe upcoming tasks and projects at {company} and ask for your input on the spot, to see how you think on your feet and whether your style fits."
        )
    else:
        projects = _(
            "They may describe upcoming tasks and projects and ask for your input on the spot, to see how you think on your feet and whether your style fits."
        )
    items = (
        Item(expect.format(role=role_noun(role)), _("Your approach")),
        Item(projects.format(company=company), _("Projects")),
        Item(_("Prepare a short plan for your first months: what you would learn, deliver and improve."), _("First months")),
        Item(testing, _("Testing")),
    )  # fmt: skip
    return Section("approach", _("Job specifics and your planned approach"), items)


def questions(company: str | None, role: str | None, supervisory: bool) -> Section:
    """The article's questions, phrased with the role and company when they are known."""
    if role and company:
        first = _("What would my responsibilities be as {role} at {company}?")
        evaluated = _("How will my performance as {role} be evaluated?")
    elif role:
        first = _("What would my responsibilities be as {role}?")
        evaluated = _("How will my performance as {role} be evaluated?")
    elif company:
        first = _("Could you describe the role at {company} and what my responsibilities would be?")
        evaluated = _("How will my performance in this role be evaluated?")
    else:
        first = _("Could you describe the role and what my responsibilities would be?")
        evaluated = _("How will my performance in this role be evaluated?")
    if company:
        months = _("What do you expect from me in my first several months at {company}?")
    else:
        months = _("What do you expect from me in my first several months?")
    asks = [
        first.format(role=role, company=company),
        _("Which immediate tasks and projects would I take on first?"),
        months.format(company=company),
        _("Who would supervise me, and who would I report to?"),
        evaluated.format(role=role),
    ]
    if supervisory:
        asks += [
            _("What are the parameters of the management responsibilities: how many people "
              "would I supervise, and which decisions on hiring, budget and reviews are mine?"),
            _("What do you expect of me in a supervisory capacity?"),
        ]  # fmt: skip
    return Section("questions", _("Questions to ask"), tuple(Item(q) for q in asks))


def what_to_ask(person: Person) -> str:
    """One line on what to talk about with ``person``, from their title when known."""
    if _RECRUITING.search(person.role):
        return _("Ask about next steps, the timeline and how offers are made.")
    if _EXECUTIVE.search(person.role):
        return _("Ask where the company is heading and how this role fits in.")
    if _MANAGERIAL.search(person.role):
        return _("Possibly your future manager. Ask how they supervise and how they judge success.")
    if person.role:
        return _("Likely a colleague. Ask what they work on and how you would work together.")
    if person.organizer:
        return _("Organized this interview. Ask what comes next, and by when.")
    if person.met_before:
        return _("Pick up where you left off in round 1.")
    return _("Ask what they work on and how you would work with them.")


def colleagues(people: list[Person]) -> Section:
    items = []
    for person in people:
        said = [what_to_ask(person)]
        if person.met_before and (person.role or person.organizer):
            said.append(_("You met in round 1."))
        if person.note:
            said.append(_("Your note: “{note}”").format(note=person.note))
        items.append(Item(" ".join(said), person.label))
    if not people:
        items.append(Item(_("The invite names no one else. Ask who you will meet, so you can look them up; expect executives and future colleagues.")))  # fmt: skip
    items += [
        Item(_("Expect questions about your education and background again, even ones you covered before: answer them completely each time.")),
        Item(_("Read the personalities, and whether your work style meshes with theirs.")),
    ]  # fmt: skip
    return Section("colleagues", _("Meet colleagues"), tuple(items))


def salary(view: SalaryView) -> Section:
    return Section(
        "salary",
        _("Salary"),
        tuple(Item(tip) for tip in view.tips),
        intro=view.summary,
        table=view.percentiles,
        note=view.source,
        link_label=view.link_label,
        link_url=view.link_url,
    )


def decide(company: str | None, event_id: str) -> Section:
    if company:
        right = _(
            "Is {company} right for you? Notice whether the work, the people and the pace fit your goals."
        )
    else:
        right = _(
            "Is this employer right for you? Notice whether the work, the people and the pace fit your goals."
        )
    items = (
        Item(right.format(company=company)),
        Item(_("Straight after, run “interview-assistant debrief {event_id}” to note what you learned and who said what: your thank-you drafts use it.").format(event_id=event_id)),
    )  # fmt: skip
    return Section("decide", _("Also a chance to decide"), items)
