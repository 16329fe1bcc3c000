"""dates.v6: no expression across a line break, clock times joined to full dates, recurrences
with clock times, durations with their determiners, "N years ago today", month pairs sharing a
year, and more. Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

import pytest

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR == "dates.v6"


def test_no_expression_crosses_a_paragraph_break():
    text = "Reviewed by Thomas Aldridge | 18 May 2019\n\nAt 11 a.m. on Thursday, 15 May 1919, the city stopped."
    found = values(text, "2019-05-18", "news")
    assert ("18 May 2019", "DATE", "2019-05-18") in found
    assert ("11 a.m. on Thursday, 15 May 1919", "TIME", "1919-05-15T11:00") in found
    assert all("\n" not in span for span in spans(text, "2019-05-18", "news"))


def test_a_day_and_its_clock_time_on_one_line_still_join():
    # the look-alike: the same words without the break are one TIME (dates.v4)
    assert ("18 May 2019, at 11 a.m.", "TIME", "2019-05-18T11:00") in values("It began on 18 May 2019, at 11 a.m. sharp.")
