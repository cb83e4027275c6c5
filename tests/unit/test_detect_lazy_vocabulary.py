"""Detection compiles its vocabularies on first use: importing it compiles none.

Commands that import detection without detecting (``drafts show``, ``approve``, the
web page) then start without compiling every language's words (about 0.2 s).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.detect import warm_up, wording

REPO = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys\n"
    "import assistant.approval, assistant.briefing, assistant.detect\n"
    "from assistant.detect import language, titles, wording\n"
    "compiled = [n for n in wording._MAKERS if n in vars(wording)]\n"
    "print(compiled, titles.round_words.cache_info().currsize,"
    " language._word_languages.cache_info().currsize)\n"
)


def test_importing_detection_compiles_no_vocabulary():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["[]", "0", "0"]


def test_a_vocabulary_is_compiled_once_on_first_use_and_kept():
    warm_up()
    first = wording.INTERVIEW
    assert first is wording.INTERVIEW and first.search("Second interview")
    assert all(name in vars(wording) for name in wording._MAKERS)
