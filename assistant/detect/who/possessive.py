"""Someone else's round in the user's own note: a name in the possessive before it.

"Tom's final interview – fingers crossed!", "Ayşe'nin final mülakatı": the user notes a
friend's interview. English writes the possessive with "'s" (or a bare "'" after an s);
Turkish writes a proper noun's case endings after an apostrophe ("'in", "'nin", "'ın",
"'un", "'nün"…). Without an earlier round with the same employer, such a name is a
person's, not an employer's.
"""

from __future__ import annotations

import re

# A possessive ending after an apostrophe (straight or curly), or a bare apostrophe.
_ENDING = r"['’](?:s|n?[ıiuü]n)?(?![\w'’])"


def possessive_name(company: str | None, title: str) -> bool:
    """Whether ``company`` (one word, as read from ``title``) is written in the
    possessive there ("Tom's", "Ayşe'nin", "Can'ın", "James'"): the person whose round
    it is. ``title`` is the event's SUMMARY."""
    if not company or len(company.split()) != 1:
        return False
    bare = re.sub(_ENDING + "$", "", company)
    return bool(re.search(r"(?<!\w)" + re.escape(bare) + _ENDING, title))
