"""Someone else's round in the user's own note: a name in the possessive before it.

"Tom's final interview – fingers crossed!", "Ayşe'nin final mülakatı": the user notes a
friend's interview. English writes the possessive with "'s" (or a bare "'" after an s);
Turkish writes a proper noun's case endings after an apostrophe ("'in", "'nin", "'ın",
"'un", "'nün"…). Without an earlier round with the same employer, such a name is a
person's, not an employer's.
"""

from __future__ import annotations

import re

# One capitalised word and a possessive ending after an apostrophe (straight or curly).
_POSSESSIVE = re.compile(r"[^\W\d_][\w-]*['’](?:s|n?[ıiuü]n)?", re.I)


def possessive_name(company: str | None) -> bool:
    """Whether ``company`` (as read from a title) is one word in the possessive ("Tom's",
    "Ayşe'nin", "Can'ın", "James'"): the person whose round it is."""
    return bool(company) and bool(_POSSESSIVE.fullmatch((company or "").strip()))
