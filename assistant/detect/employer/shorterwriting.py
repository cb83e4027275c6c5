"""Whether one name of an employer is a shorter writing of another.

A later round writes the employer short ("Cyberdyne", "Harbour Comm", "INS", "Sable
Point Re") where the process's other invites write it in full ("Cyberdyne Systems",
"Harbour Communication Ltd", "Inver Network Services DAC", "Sable Point Reinsurance
Pte. Ltd."). :meth:`assistant.detect.verdict.linkage.EmployerIndex.fullest_name` asks
this to replace the short writing with the full one.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.detect.employer.brandname import regrouped
from assistant.detect.employer.domains import squash
from assistant.detect.employer.fullname import initials_then_words, without_unit
from assistant.detect.employer.infull import written_in_full
from assistant.detect.employer.namecompare import (
    clipped,
    initialled,
    paired_initials,
    width,
    within_after_unit,
    words_within,
)
from assistant.detect.employer.namematch import abbreviates_name
from assistant.detect.employer.shortform import bracketed, stands_for
from assistant.detect.words.writing import UNSPACED


def shorter_writing(
    current: str, name: str, *, own_note: bool, role: Callable[[], str | None]
) -> bool:
    """Whether ``current`` writes the employer ``name`` shorter: a wider ``name`` that
    begins with it, holds its words, its initials, or a clipped or regrouped form of it.

    ``own_note``: ``current`` is from the user's own note, which may write any part of
    the name. ``role``: the job of the event, asked only when a unit may open
    ``current`` ("Zarząd CM Wisła"). Both strings are display names, legal forms
    included."""
    return width(name) > width(current) and (
        name.casefold().startswith(current.casefold() + " ")
        # scripts without spaces: 云帆科技（上海）有限公司 for 云帆科技, and
        # 上海云帆科技有限公司 (the city first) too
        or (UNSPACED.match(current) is not None and current in name)
        # the user's own note writes the short name ("Acme" for "Acme Labs Ltd")
        or (own_note and squash(current) in squash(name))
        # "Lemaire" where the other rounds write "Structures Lemaire & Associés"
        or words_within(current, name)
        or clipped(current, name)  # "Harbour Comm" for "Harbour Communication …"
        # "Zarząd CM Wisła", "IVA Norrsken": a unit, then the name shorter
        or within_after_unit(without_unit(current, role()), name)
        # "INS" where they write "Inver Network Services DAC"
        or abbreviates_name(current, name)
        or paired_initials(current, name)  # "VdB&DW" for "Van der Berg & De Wit Farma B.V."
        # "Norrsken Tandvård Umeå" where they write "Tandvårdsgruppen Norrsken AB"
        or regrouped(current, name)
        # "Bałtycka GH" for "Bałtycka Grupa Hotelowa sp. z o.o.": initials
        or initialled(current, name)
        or initials_then_words(current, name)  # "ZVB Brno", the same
        # "Sable Point Re" for "Sable Point Reinsurance Pte. Ltd."
        or stands_for(current, name)
        or bracketed(current, name)  # "GVZ" for "… Kanton Zürich (GVZ)"
        # "Ardennes & Meuse" inside "Groupe Hôtelier Ardennes & Meuse SA"
        or (current in name and squash(written_in_full(current, (name,))) == squash(name))
    )
