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


# --- a dated heading is the day the writer speaks from -----------------------------------------

def test_past_weekday_under_a_dated_heading_looks_back():
    text = "Bucharest, 14 May 1931.\nThe minister resigned on Friday. His deputy flew to Paris on Tuesday."
    found = values(text)
    assert ("Friday", "DATE", "1931-05-08") in found
    assert ("Tuesday", "DATE", "1931-05-12") in found


def test_past_weekday_after_a_narrated_date_still_moves_forward():
    # look-alike: the story's own date, not a heading; told in the past it moves on
    text = "On 14 May 1931 the minister reached Bucharest. He resigned on Friday."
    assert ("Friday", "DATE", "1931-05-15") in values(text)


def test_heading_day_and_its_24_hour_clock_are_one_time():
    text = "Riga, 9 February 1932, 22.15\n\nOn 8 February at about 17.40 the strikers left the yard."
    found = values(text)
    assert ("9 February 1932, 22.15", "TIME", "1932-02-09T22:15") in found
    assert ("8 February at about 17.40", "TIME", "1932-02-08T17:40") in found


def test_day_then_a_decimal_figure_is_no_clock():
    # look-alike: a figure after a day is no clock time
    assert spans("On 4 June, 12.50 per cent of the crop was lost.") == ["4 June"]


def test_noon_today_under_a_heading_is_the_heading_day():
    text = "Kharkov, 2 March 1933\n\nThe bread queue has grown since noon today."
    assert ("noon today", "TIME", "1933-03-02T12:00") in values(text)
    # look-alike: with no heading it stays the present, not a broken value
    assert ("noon today", "TIME", "PRESENT_REF") in values("The queue has grown since noon today.")
