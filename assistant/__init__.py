"""interview-assistant: prep briefings before follow-up job interviews, drafts after them.

The package is laid out by layer (see ``../shared/DESIGN.md``):

- ``models``, ``detect``, ``plan``, ``briefing``, ``drafts``: the pure core;
- ``runner``: one pass over the due work, with services passed in;
- ``sources/`` and ``mail/``: adapters behind small protocols;
- ``store``: SQLite state; ``app``: builds the real services from config;
- ``cli/``: the click commands, the only package that imports click.
"""

__version__ = "0.1.0"
