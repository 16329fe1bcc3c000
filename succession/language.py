"""A model-free check that a text is English, to flag sources whose sidecar says "en" wrongly.

English prose is about half function words; other languages share few of them. The check only
flags: a quotation-heavy English page or a short text can score low, so a person looks at it.
"""

from __future__ import annotations

import re

FUNCTION_WORDS = frozenset(
    """a about after all also an and any are as at be because been before but by can could did
    do does for from had has have he her him his how i if in into is it its just may more most
    my no not now of on one only or other our out over said she should so some such than that
    the their them then there these they this those through to under up upon was we were what
    when where which while who whom why will with would you your""".split()
)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Measured on the seeds (0.42-0.47) and on French, German and Spanish prose (< 0.05; Russian in
# Cyrillic scores 0): anything under 0.2 is worth a look.
ENGLISH_THRESHOLD = 0.2
MIN_WORDS = 40


def english_share(text: str) -> float | None:
    """Share of words that are English function words, or None for a text too short to say."""
    words = WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    return sum(w in FUNCTION_WORDS for w in words) / len(words)


def looks_english(text: str) -> bool:
    share = english_share(text)
    return share is None or share >= ENGLISH_THRESHOLD
