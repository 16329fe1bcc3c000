"""dates.v9: weekdays seen from a dated heading look the way their tense points, and more. Each
rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR == "dates.v9"
