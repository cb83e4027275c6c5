"""Where an invite says replies go, for the request for the offer when no person sent it.

Applicant-tracking systems send invites from a robot (``no-reply@ashbyhq.com``) and
write the way back into the text: "Reply to recruiting@contoso.com with any
questions", "Questions? Email talent@acme.com". That address is a shared mailbox, which
is no one to thank, but it is where the employer asked to be written to, so the offer
request may go there (its reason says so, and the draft is marked as the assistant's
choice). An address the text merely shows (a colleague's signature, a Zoom host) is not
taken: a word such as "reply", "contact" or "email" must come just before it, in the
languages the drafts and most invites are written in ("Bei Fragen wenden Sie sich an …",
"Dudas: …", "Per domande scrivi a …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.detect.employer.domains import domain_of, is_service
from assistant.detect.text.itinerary import addresses_in
from assistant.drafting.marks import REASON_OFFER_REPLY
from assistant.models import Attendee, Event

__all__ = ["REASON_OFFER_REPLY", "reply_address"]

# Just before the address, on its line: "reply to", "contact", "questions? email", "write to".
# English, German, French, Spanish, Portuguese, Italian, Dutch.
_ASKS_FOR_REPLIES = re.compile(
    r"\b(?:reply|replies|respond|write|e-?mail|mail|contact|questions?|reach"
    r"|antwort\w*|schreiben|fragen|rückfragen|wenden|kontakt\w*|melden|erreichen"
    r"|répond\w*|écri\w*|contact\w*"
    r"|respond\w*|escrib\w*|dudas|preguntas|contact[oa]|contate|dúvidas|perguntas|escreva"
    r"|domande|scriv\w*|contatt\w*|rispond\w*|vragen|reageer|antwoord\w*)\b[^\n@]{0,40}$",
    re.IGNORECASE,
)
# Mailboxes no one reads, even when an invite names them.
_UNREAD = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer"
    r"|mailer-daemon|bounces?|postmaster|calendars?|invites?|invitations?|scheduling"
    r"|scheduler)(?:$|[._+-])",
    re.IGNORECASE,
)


def reply_address(event: Event, is_mine: Callable[[str], bool] | None = None) -> Attendee | None:
    """The address ``event``'s description asks replies to go to, as an attendee with
    no name, or None. ``is_mine`` (address → bool) leaves out the user's own addresses."""
    text = event.description or ""
    lowered = text.lower()
    for address in addresses_in(text):
        local = address.partition("@")[0]
        if _UNREAD.search(local) or is_service(domain_of(address)):
            continue
        if is_mine is not None and is_mine(address):
            continue
        at = lowered.find(address)
        if at >= 0 and _ASKS_FOR_REPLIES.search(lowered[max(0, at - 80) : at]):
            return Attendee(email=address, name="")
    return None
