"""How a text is written: the scripts written without spaces between words."""

from __future__ import annotations

import re

# Kana, Han and hangul: Japanese, Chinese and Korean are written without spaces between
# words (Korean with particles glued to nouns), so a word boundary means nothing there.
UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
