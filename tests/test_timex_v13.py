"""dates.v13: a winter anchors at its December, so the story's year-less January and February
after it are the next year's; "the day after to-morrow" and "the day before yesterday"; a sum of
money "a year" is a rate. Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v14 pins itself in test_timex_v14


def test_a_february_after_the_winter_is_the_next_year_s():
    found = values("After the fall of the fortress on 2 January 1905 the army spent the winter in its trenches. On 20 February the Japanese attacked.")
    assert ("the winter", "DATE", "1904-WI") in found or ("winter", "DATE", "1904-WI") in found
    assert ("20 February", "DATE", "1905-02-20") in found
    # look-alikes: a month after a summer stays in its year, and a clock time after a winter
    # gets no month the text never gave
    assert ("July", "DATE", "1904-07") in values("In 1904 the army spent the summer in its trenches. In July the Japanese attacked.")
    found = values("The winter of 1923 was cold, and Frau Adler kept the stove lit until ten and not a minute longer.")
    assert any(text == "ten" and value.startswith("XXXX-XX-XXT") for text, _, value in found), found


def test_the_day_after_tomorrow_and_the_day_before_yesterday():
    found = values("Monday, 23rd April 1923.—Mdivani was not elected. We leave for Ivanovo the day after to-morrow.")
    assert ("the day after to-morrow", "DATE", "1923-04-25") in found
    assert ("the day before yesterday", "DATE", "1920-05-03") in values("On 5 May 1920 he wrote that he had seen her the day before yesterday.")
    # look-alike: a plain "to-morrow" is one day on
    assert ("to-morrow", "DATE", "1923-04-24") in values("Monday, 23rd April 1923.—We leave for Ivanovo to-morrow.")


def test_a_sum_of_money_a_year_is_a_rate():
    assert ("a year", "SET", "P1Y") in values("The freeze would save the average household about $190 a year.", "2025-05-14", "news")
    # look-alike: "a year ago" after a sum is a date
    assert ("a year ago", "DATE", "2024") in values("He left $190 a year ago.", "2025-05-14", "news")


def test_a_weekday_before_or_after_the_day_just_named():
    assert ("the Tuesday after it", "DATE", "1847-12-28") in values("The Colonel came on 25 December 1847, and again on the Tuesday after it, in a hired fly.")
    assert ("the Sunday before", "DATE", "1857-10-18") in values("On Sunday, 25 October 1857 he spoke of the sermon of the Sunday before, which had lasted an hour.")
    # look-alike: "before" with an object of its own is not the weekday's
    found = values("He came on Friday 3 May 1929. They met on the Sunday before the war.")
    assert not any(text.startswith("the Sunday before") for text, _, _ in found), found


def test_about_a_day_and_little_more_than_a_duration():
    found = {(t.text, t.value, t.mod) for t in find_dates("The crest would reach Vicksburg about May 6, in little more than twenty minutes.", "1927-04-26", "news")}
    assert ("about May 6", "1927-05-06", "APPROX") in found
    assert ("little more than twenty minutes", "PT20M", "MORE_THAN") in found
    # look-alike: a clock time in a part of a day keeps its own "about"
    found = {(t.text, t.value, t.mod) for t in find_dates("He spoke at about two in the afternoon of 9 November 1918.")}
    assert ("about two in the afternoon of 9 November 1918", "1918-11-09T14:00", "APPROX") in found


def test_a_diary_heading_ends_the_day_a_bare_hour_looks_back_on():
    text = ("Tuesday, 17th April 1923.—The Congress opened at noon.\n\n"
            "Friday, 20th.—Trotsky on industry. The hall was full by nine o'clock.")
    assert ("nine o'clock", "TIME", "1923-04-20T09:00") in values(text)
    # look-alike: the afternoon of the same entry still makes it the evening's
    text = ("Tuesday, 17th April 1923.—The Congress opened in the afternoon. The hall was full by nine o'clock.")
    assert ("nine o'clock", "TIME", "1923-04-17T21:00") in values(text)


def test_a_feast_in_a_comparison_does_not_move_the_story():
    text = ("On the Friday night of July 16, 1954, we went to the game. The players looked like the tin men "
            "in the store's window at Christmas. That night I lay awake.")
    assert ("That night", "TIME", "1954-07-16TNI") in values(text)
    # look-alike: a feast the story goes to does move it
    text = "On the Friday night of July 16, 1954, we went to the game. We came back at Christmas. That night it snowed."
    assert ("That night", "TIME", "1954-12-25TNI") in values(text)
