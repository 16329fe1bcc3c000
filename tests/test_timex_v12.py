"""dates.v12: a narrative goes on over the turn of the year ("In November 1904 ... on 2 February"
is 1905), "inst." and "ult." count from the day of writing, a weekday picks the month of its day
of the month, and a month with no day keeps its own feast. Each rule has a look-alike whose
answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR == "dates.v12"


def test_a_narrative_crosses_into_the_next_year():
    found = values("In November 1904 the fleet sailed from Libau. It reached Madagascar on 2 February and waited there.")
    assert ("2 February", "DATE", "1905-02-02") in found
    # look-alikes: a month close before the story's stays in its year, and so does a past
    # perfect look back
    assert ("July", "DATE", "1904-07") in values("In September 1904 the fleet was ready. In July the Tsar inspected it.")
    assert ("March", "DATE", "1904-03") in values("In November 1904 the fleet sailed. Its admiral had been appointed in March and had said nothing.")


def test_inst_and_ult_count_from_the_paper_s_date():
    text = ("The body was found on the 29th ult. near the quarry. The inquest will open on the 9th inst. "
            "The market will be held on the 12th.")
    found = values(text, "1893-06-02", "news")
    assert ("the 29th ult.", "DATE", "1893-05-29") in found
    assert ("the 9th inst.", "DATE", "1893-06-09") in found
    # look-alike: a plain day of the month still follows the last day the text mentioned
    assert ("the 12th", "DATE", "1893-06-12") in found


def test_a_weekday_picks_the_month_of_its_day():
    # 1893-05-29 was a Monday; the 13th that is a Tuesday is in June
    text = "The body was found on the 29th ult. The sale will be on Tuesday the 13th."
    assert ("Tuesday the 13th", "DATE", "1893-06-13") in values(text, "1893-06-02", "news")
    # look-alike: a weekday that agrees with the last month mentioned stays in it
    text = "The body was found on the 3rd ult. The sale was on Saturday the 13th."
    assert ("Saturday the 13th", "DATE", "1893-05-13") in values(text, "1893-06-02", "news")


def test_a_month_with_no_day_keeps_its_feast():
    assert ("Michaelmas", "DATE", "1851-09-29") in values("It was in September, 1851, just before Michaelmas, that he came home.")
    # look-alike: a day after the feast, with "before", is next year's
    assert ("Michaelmas", "DATE", "1852-09-29") in values("On 30 September 1851 he promised to come back before Michaelmas.")
