"""What goes into each draft after an interview, before anyone approves it.

- ``plan``: who gets a draft and why (thank-yous, the offer request, check-ins);
- ``drafts``: subjects, first names and the facts a draft template reads;
- ``salutation``: the greeting in the invite's language and register;
- ``debrief``, ``topic_phrase``, ``addressed_note``: the user's notes, turned into
  words fit for an email to the person they are about.
"""
