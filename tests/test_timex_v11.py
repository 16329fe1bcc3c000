"""dates.v11: a weekday after a place in an American country paper ("went to Topeka Tuesday"),
a part of the day with "early" or "late" before its "of", and shipping news' days right after
the verb ("Sailed, the 11th"). Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v12 pins itself in test_timex_v12


def test_a_weekday_after_a_place_is_a_day():
    found = values("Mrs. Hartley went to Topeka Tuesday. Frank Eddy shipped cattle to Kansas City Monday.", "1904-10-14", "news")
    assert ("Tuesday", "DATE", "1904-10-11") in found
    assert ("Monday", "DATE", "1904-10-10") in found
    # look-alikes: a feast after "from" keeps its name, a day of history is no day
    found = values("They marched from Easter Sunday to Whit Monday. He was hurt in Bloody Sunday riots.", "1904-10-14", "news")
    assert ("Easter Sunday", "DATE", "1904-04-03") in found
    assert not any(text == "Sunday" for text, _, _ in found)


def test_early_or_late_belongs_to_the_part_of_the_day():
    found = values("They fought until the early morning of 23 January 1879.")
    assert ("the early morning of 23 January 1879", "TIME", "1879-01-23TMO") in found
    assert ("the morning of 5 May 1879", "TIME", "1879-05-05TMO") in values("On the morning of 5 May 1879 he rose.")


def test_shipping_news_gives_the_day_after_the_verb():
    found = values("Sailed, the 11th, H.M.S. Racer, for Plymouth. Arrived the 12th, the brig Hope.", "1862-03-14", "news")
    assert ("the 11th", "DATE", "1862-03-11") in found
    assert ("the 12th", "DATE", "1862-03-12") in found
    # look-alike: a regiment after the verb is no day
    assert values("He left the 24th Regiment in 1860.", "1862-03-14", "news") == {("1860", "DATE", "1860")}


def test_a_clock_after_a_part_of_the_day_is_read_in_it():
    found = values("He was struck yesterday afternoon at 5:30 o'clock.", "1940-08-22", "news")
    assert ("yesterday afternoon at 5:30 o'clock", "TIME", "1940-08-21T17:30") in found
    # look-alikes: a morning keeps its hour, a clock with p.m. says so itself
    assert ("this morning at 6:15 o'clock", "TIME", "1940-08-22T06:15") in values("He rose this morning at 6:15 o'clock.", "1940-08-22", "news")
    assert ("Last night at 10 p.m.", "TIME", "1940-08-21T22:00") in values("Last night at 10 p.m. he slept.", "1940-08-22", "news")


def test_a_yearless_day_in_news_with_no_tense_is_the_one_nearest_the_dateline():
    found = values('Two officials said the first transfers could be approved "within weeks" of the law taking effect on Jan. 1.', "2025-11-12", "news")
    assert ("Jan. 1", "DATE", "2026-01-01") in found
    # look-alike: a day close behind the dateline stays in its year
    found = values('Two officials said the first transfers could be approved "within weeks" of the law taking effect on Nov. 1.', "2025-11-12", "news")
    assert ("Nov. 1", "DATE", "2025-11-01") in found
