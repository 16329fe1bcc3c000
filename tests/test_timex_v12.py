"""dates.v12: a narrative goes on over the turn of the year ("In November 1904 ... on 2 February"
is 1905), "inst." and "ult." count from the day of writing, a weekday picks the month of its day
of the month, and a month with no day keeps its own feast. Each rule has a look-alike whose
answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v13 pins itself in test_timex_v13


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


def test_old_papers_postposed_first_next_and_last():
    found = values("On and after Tuesday first the 9.40 train will not stop. The pier will be ready by June next. "
                   "The fair was held in March last.", "1887-11-04", "news")
    assert ("Tuesday first", "DATE", "1887-11-08") in found
    assert ("June next", "DATE", "1888-06") in found
    assert ("March last", "DATE", "1887-03") in found
    # look-alike: "first" before a noun is no part of the day
    assert ("Monday", "DATE", "1887-10-31") in values("On Monday first prizes were given.", "1887-11-04", "news")


def test_an_american_2d_and_3d_are_days():
    found = values("The rain of the 2d inst. was heavy. The council met on June 23d.", "1904-06-16", "news")
    assert ("the 2d inst.", "DATE", "1904-06-02") in found
    assert ("June 23d", "DATE", "1904-06-23") in found
    # look-alike: a numbered unit is no day
    assert values("He served in the 2d Division.", "1904-06-16", "news") == set()


def test_a_month_s_meeting_and_a_report_said_in_a_month():
    assert ("February", "DATE", "2026-02") in values("We will be back at February's hearings.", "2025-11-20", "news")
    # look-alike: "May's" may be a person's
    assert values("May's report was late.", "2025-11-20", "news") == set()
    text = ("The study, published in March 2022, found excess profits. A first attempt, launched last year, "
            "produced two contracts, the commission said in August.")
    found = values(text, "2025-09-18", "news")
    assert ("August", "DATE", "2025-08") in found
    # look-alike: a month the paragraph's year governs, with no report
    found = values("The study was published in March 2022. The second part followed in August.", "2025-09-18", "news")
    assert ("August", "DATE", "2022-08") in found


def test_a_participle_s_aside_does_not_move_the_story():
    text = ("The Finns held the line throughout December 1939. At Tolvajärvi, fought between 8 December 1939 and "
            "2 January 1940, a Soviet division was routed. By the end of the year the offensive had stalled.")
    assert ("the end of the year", "DATE", "1939") in values(text)
    # look-alike: the same range as the sentence's own time moves the story
    text = ("The Finns held the line throughout December 1939. Between 8 December 1939 and 2 January 1940 "
            "a Soviet division was routed. By the end of the year the offensive had stalled.")
    assert ("the end of the year", "DATE", "1940") in values(text)


def test_the_small_hours_after_a_night_are_the_next_day():
    text = ("It was on the evening of 19 December 1907 that I reached the house. That night I did not sleep. "
            "At two o'clock the bell began. I went down to the church the next day.")
    found = values(text)
    assert ("two o'clock", "TIME", "1907-12-20T02:00") in found
    assert ("the next day", "DATE", "1907-12-20") in found  # the day after the night, not after its small hours
    # look-alikes: "that morning" is the day in view, and a morning with no night before it
    text = "On 3 September 1996 I left Moscow with a ticket bought that morning. We crossed the Volga before midnight."
    assert ("that morning", "TIME", "1996-09-03TMO") in values(text)
    assert ("four in the morning", "TIME", "1931-03-01T04:00") in values("On 1 March 1931 we rose at four in the morning.")
