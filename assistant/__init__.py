"""interview-assistant: prep briefings before follow-up job interviews, drafts after them.

The package is laid out by layer (see ``../shared/DESIGN.md`` and the README):

- ``models``, ``detect/``, ``plan``, ``briefing/``, ``drafting/``, ``salary/``,
  ``pipeline/``: the pure core;
- ``runner``: one pass over the due work, with services passed in; ``approval/``: a
  draft's life, made (``making``) then decided by the user (``decisions``);
- ``sources/``, ``mail/``, ``notify/``: adapters behind small protocols, each with an
  in-package fake; ``google/`` and ``microsoft/``: each provider's sign-in and HTTP;
- ``store``: SQLite state; ``app``: builds the real services from config;
- ``ops/``: init, doctor, status, dry runs and service units;
- ``cli/``: the click commands, the only package that imports click; ``web/``: the
  local review page.
"""

__version__ = "0.1.0"
