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
from assistant.salary_advice import SalaryView

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
    """``the Product Manager role`` ("the Sales position" stays as it is); "" when unknown."""
    if not role:
        return ""
    return f"the {role}" if role.lower().endswith(("role", "position")) else f"the {role} role"


def approach(company: str | None, role: str | None, notice: AssessmentNotice | None) -> Section:
    at = f" at {company}" if company else ""
    testing = (
        f"The invite mentions {notice.what}: see the notice above."
        if notice
        else "You might be asked to take a pre-employment test; ask whether one is planned."
    )
    items = (
        Item(f"Expect “How would you approach {role_noun(role) or 'this role'}?” Have a concrete answer about its responsibilities.", "Your approach"),
        Item(f"They may describe upcoming tasks and projects{at} and ask for your input on the spot, to see how you think on your feet and whether your style fits.", "Projects"),
        Item("Prepare a short plan for your first months: what you would learn, deliver and improve.", "First months"),
        Item(testing, "Testing"),
    )  # fmt: skip
    return Section("approach", "Job specifics and your planned approach", items)


def questions(company: str | None, role: str | None, supervisory: bool) -> Section:
    """The article's questions, phrased with the role and company when they are known."""
    at = f" at {company}" if company else ""
    as_role = f"as {role}" if role else "in this role"
    first = (
        f"What would my responsibilities be {as_role}{at}?"
        if role
        else f"Could you describe the role{at} and what my responsibilities would be?"
    )
    asks = [
        first,
        "Which immediate tasks and projects would I take on first?",
        f"What do you expect from me in my first several months{at}?",
        "Who would supervise me, and who would I report to?",
        f"How will my performance {as_role} be evaluated?",
    ]
    if supervisory:
        asks += [
            "What are the parameters of the management responsibilities: how many people "
            "would I supervise, and which decisions on hiring, budget and reviews are mine?",
            "What do you expect of me in a supervisory capacity?",
        ]
    return Section("questions", "Questions to ask", tuple(Item(q) for q in asks))


def what_to_ask(person: Person) -> str:
    """One line on what to talk about with ``person``, from their title when known."""
    if _RECRUITING.search(person.role):
        return "Ask about next steps, the timeline and how offers are made."
    if _EXECUTIVE.search(person.role):
        return "Ask where the company is heading and how this role fits in."
    if _MANAGERIAL.search(person.role):
        return "Possibly your future manager. Ask how they supervise and how they judge success."
    if person.role:
        return "Likely a colleague. Ask what they work on and how you would work together."
    if person.organizer:
        return "Organised this interview: ask what comes next, and by when."
    if person.met_before:
        return "Pick up where you left off in round 1."
    return "Ask what they work on and how you would work with them."


def colleagues(people: list[Person]) -> Section:
    items = []
    for person in people:
        said = [what_to_ask(person)]
        if person.met_before and (person.role or person.organizer):
            said.append("You met in round 1.")
        if person.note:
            said.append(f"Your note: “{person.note}”")
        items.append(Item(" ".join(said), person.label))
    if not people:
        items.append(Item("The invite names no one else. Ask who you will meet, so you can look them up; expect executives and future colleagues."))  # fmt: skip
    items += [
        Item("Expect questions about your education and background again, even ones you covered before: answer them completely each time."),
        Item("Read the personalities, and whether your work style meshes with theirs."),
    ]  # fmt: skip
    return Section("colleagues", "Meet colleagues", tuple(items))


def salary(view: SalaryView) -> Section:
    return Section(
        "salary",
        "Salary",
        tuple(Item(tip) for tip in view.tips),
        intro=view.summary,
        table=view.percentiles,
        note=view.source,
        link_label=view.link_label,
        link_url=view.link_url,
    )


def decide(company: str | None, event_id: str) -> Section:
    items = (
        Item(f"Is {company or 'this employer'} right for you? Notice whether the work, the people and the pace fit your goals."),
        Item(f"Straight after, run “interview-assistant debrief {event_id}” to note what you learned and who said what: your thank-you drafts use it."),
    )  # fmt: skip
    return Section("decide", "Also a chance to decide", items)
