"""dates.v5: clock times in words, recurring parts of the day, "Saturday the 17th", weekdays
that follow the tense of a plan, years inside quotations, and news told in the historical
present. Each case has a look-alike whose answer the rule must not change."""

from __future__ import annotations

import pytest

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR.startswith("dates.v")  # the current version is pinned in test_timex_v6


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("On 24 May 1940 the raid began at about four in the morning.", "about four in the morning", "1940-05-24T04:00"),
        ("On 17 August 1940 he came again, at five in the afternoon.", "five in the afternoon", "1940-08-17T17:00"),
        ("On 7 November 1927 Kolya called for me at half past seven.", "half past seven", "1927-11-07T07:30"),
        ("On 7 November 1927 he left at a quarter to six.", "a quarter to six", "1927-11-07T05:45"),
        ("On 2 May 1926 the talks broke up at eleven at night.", "eleven at night", "1926-05-02T23:00"),
        (
            "On 17 August 1940 he came at five in the afternoon. On 20 August he came back at twenty past five.",
            "twenty past five",
            "1940-08-20T17:20",
        ),
    ],
)
def test_clock_times_in_words(text, span, value):
    assert (span, "TIME", value) in values(text)


def test_tonight_counts_from_the_letter_date():
    assert ("ten tonight", "TIME", "1934-07-19T22:00") in values("I go back on at ten tonight.", "1934-07-19", "news")


def test_numbers_that_are_no_clock_times():
    found = values("She had ten in the bag. Two to one on. He came at six, or seven of them did.")
    assert not any(t == "TIME" for _, t, _ in found), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The Dictaphone was used in the study every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("The secretaries typed them up in the afternoons.", "the afternoons", "XXXX-XX-XXTAF"),
        ("He had to report to the city room every morning at nine.", "every morning at nine", "XXXX-XX-XXT09:00"),
        ("There are guided tours of the study every Saturday at 11 a.m.", "every Saturday at 11 a.m.", "XXXX-WXX-6T11:00"),
    ],
)
def test_recurring_parts_of_the_day(text, span, value):
    assert (span, "SET", value) in values(text)


def test_one_morning_is_no_set():
    found = values("On 3 May 1926 he spoke in the morning and every morning of the strike after it.")
    assert not any(t == "SET" and s == "the morning" for s, t, _ in found)
    assert ("every morning", "SET", "XXXX-XX-XXTMO") not in found  # "every morning of ...": a quantifier


def test_a_weekday_with_an_ordinal_day_takes_the_month_last_named():
    text = "Coyoacán, August 1940\n\nOn Saturday the 17th he came again."
    assert ("Saturday the 17th", "DATE", "1940-08-17") in values(text)


def test_a_weekday_after_on_at_a_sentence_start_is_a_date_but_a_feast_is_not():
    found = values("The flat was quiet. On Tuesday morning agents called. On Good Friday they rested.", "1928-01-19", "news")
    assert ("Tuesday morning", "TIME", "1928-01-17TMO") in found
    assert not any(s == "Friday" for s, _, _ in found)  # dates.v7 tags "Good Friday" itself as a feast


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("His departure, fixed for Monday evening at the station, was put off.", "Monday evening", "1928-01-16TEV"),
        ("Rakovski leaves for Astrakhan on Saturday.", "Saturday", "1928-01-21"),
        ("P.S. Sunday is Bill's birthday.", "Sunday", "1928-01-22"),
        ("The strike began on Monday.", "Monday", "1928-01-16"),
        ("A strike is called for Monday.", "Monday", "1928-01-23"),
    ],
)
def test_weekdays_follow_the_tense_of_the_plan(text, span, value):
    found = {(s, v) for s, _, v in values(text, "1928-01-19", "news")}
    assert (span, value) in found


def test_a_year_inside_a_quotation_does_not_move_the_story():
    text = (
        "14 November 1927. He left a letter: “You have been right in politics since 1905.”\n\n"
        "Saturday, 19 November. Ioffe was buried this afternoon."
    )
    found = values(text)
    assert ("Saturday, 19 November", "DATE", "1927-11-19") in found
    # outside a quotation the same year does move it
    text = "14 November 1927. He recalled 1905.\n\nOn 19 November he wrote again."
    assert ("19 November", "DATE", "1905-11-19") in values(text)


def test_news_in_the_historical_present_stays_in_the_month_it_opened_with():
    text = "In January 1929 the Politburo decides to expel him. On 10 February he sails for Constantinople."
    assert ("10 February", "DATE", "1929-02-10") in values(text, "2024-03-04", "news")
    # a year alone in an earlier sentence does not carry a present-tense plan
    text = "The 1929 expulsion is remembered. The museum opens on 10 February."
    assert ("10 February", "DATE", "2024-02-10") in values(text, "2024-03-04", "news")


def test_minutes_to_the_hour_and_the_afternoon_by_default():
    found = values("On 21 January 1924 he died at Gorki, at ten minutes to seven in the evening.")
    assert ("ten minutes to seven in the evening", "TIME", "1924-01-21T18:50") in found
    assert ("half past four", "TIME", "XXXX-XX-XXT16:30") in values("\"You are late,\" he said. \"I told you half past four.\"")
    # an early hour stays early where the text says so
    assert ("half past five", "TIME", "1931-05-04T05:30") in values("Monday, 4 May 1931. Up at half past five; the generator failed.")


def test_a_vote_count_is_no_clock_time():
    found = values("The council voted 19 to 6 on Tuesday to keep the museum.", "2023-06-22", "news")
    assert not any(t == "TIME" for _, t, _ in found), found


def test_a_weekday_in_past_narration_moves_the_story_forward():
    text = "He took the ferry on Saturday, 6 April 1912. On Monday he presented himself at the paper."
    assert ("Monday", "DATE", "1912-04-08") in values(text)
    # but a character's words and a letter look back from their own day
    text = "It was Saturday, 6 April 1912. “I landed on Tuesday,” he said."
    assert ("Tuesday", "DATE", "1912-04-02") in values(text)
    text = "Barnaul, 20 March 1928.\n\nMy dear Lida, we arrived on Monday after nineteen days."
    assert ("Monday", "DATE", "1928-03-19") in values(text)


def test_a_feast_before_or_since_takes_the_side_the_preposition_points_to():
    assert ("Christmas", "DATE", "1894-12-25") in values("A fountain, to be erected before Christmas, was accepted.", "1894-10-13", "news")
    assert ("Christmas", "DATE", "1861-12-25") in values("It was March 1862, and no letter had come since Christmas.")
    assert ("Michaelmas", "DATE", "1915-09-29") in values("The regiment sailed in 1915 and was home by Michaelmas.")


def test_next_and_last_after_a_weekday_in_the_old_newspaper_order():
    text = "Commencing on Monday next, the express will stop. A service was held on Sunday last, when the vicar preached."
    found = values(text, "1894-10-13", "news")
    assert ("Monday next", "DATE", "1894-10-15") in found
    assert ("Sunday last", "DATE", "1894-10-07") in found
    # "next" that begins a clause is no part of the weekday
    assert ("Monday", "DATE", "1894-10-08") in values("The board met on Monday next to the church.", "1894-10-13", "news")


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Prices rose in the past week.", "the past week", "P1W"),
        ("It is worse than anything signed in the last decade.", "the last decade", "P1DE"),
        ("In the following weeks the army advanced.", "the following weeks", "PXW"),
        ("You have been as anxious as any of us these six months.", "these six months", "P6M"),
        ("The repairs stabilized it for the next half-century.", "the next half-century", "P50Y"),
        ("In the last half hour the film is moving.", "the last half hour", "PT30M"),
    ],
)
def test_stretches_named_with_a_determiner(text, span, value):
    assert (span, "DURATION", value) in values(text, "1923-05-01")


def test_a_determined_unit_that_is_a_date_is_no_stretch():
    found = values("In the last week of March he left. The following year he died. The next week was quiet.", "1923-05-01")
    assert not any(t == "DURATION" for _, t, _ in found), found


def test_a_quantity_per_unit_is_a_set():
    found = values("The museum receives about 60,000 visitors a year, and Mrs. Carlson feeds four thousand men a day.", "1934-07-19", "news")
    assert ("a year", "SET", "P1Y") in found and ("a day", "SET", "P1D") in found
    # but not a stretch, an offset or a frequency with its own rule
    found = values("He stayed for a year. A year later he left. He came once a year.", "1934-07-19", "news")
    assert ("a year", "SET", "P1Y") not in found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The battle was fought at Mukden between 20 February and 10 March 1905.", "between 20 February and 10 March 1905", "1905-02-20/1905-03-10"),
        ("In November 1920 the Crimea was lost. Between 13 and 16 November ships left.", "Between 13 and 16 November", "1920-11-13/1920-11-16"),
        ("In 1923 district secretaries were replaced between September and December.", "between September and December", "1923-09/1923-12"),
    ],
)
def test_ranges_between_days_and_months(text, span, value):
    assert (span, "DATE", value) in values(text)


def test_between_with_the_later_end_first_is_no_range():
    found = values("In 1923 they met between December and September.")
    assert not any("/" in (v or "") for _, _, v in found)


def test_easter_moves_with_the_year_and_midsummer_is_fixed():
    from succession.timex_rules import easter

    assert [easter(y).isoformat() for y in (1881, 1916, 1924, 2024, 2025)] == [
        "1881-04-17", "1916-04-23", "1924-04-20", "2024-03-31", "2025-04-20"]
    assert ("Easter", "DATE", "2025-04-20") in values("They want a government before Easter.", "2025-03-10", "news")
    assert ("Easter 1916", "DATE", "1916-04-23") in values("Easter 1916 saw the rising.")
    assert ("Midsummer", "DATE", "1917-06-24") in values("With Kit that means Midsummer at the earliest.", "1917-03-19", "news")
    # a feast that names something else is no date
    assert not values("The Easter Rising began in Dublin.")


def test_a_horizon_does_not_move_the_story():
    text = "It was 14 March 1881. “By Easter we shall be forgotten.” “I shall come again on Saturday,” said Mr. Ashby."
    assert ("Saturday", "DATE", "1881-03-19") in values(text)


def test_a_count_of_days_is_part_of_the_set_and_the_coming_days_are_the_future():
    found = values("He rode out two or three days a week. For six days a year the city takes its old name.")
    assert ("two or three days a week", "SET", "P1W") in found and ("six days a year", "SET", "P1Y") in found
    assert ("the coming days", "DATE", "FUTURE_REF") in values("It expected a decision in the coming days.", "2023-05-01", "news")
    assert not any(t == "SET" for _, t, _ in values("“Three weeks, perhaps a month. Until the money is spent.”"))


def test_that_month_stays_in_the_story_and_an_hour_tomorrow_morning():
    text = "The lockout began on 26 August 1913. Connolly wrote it that September."
    assert ("that September", "DATE", "1913-09") in values(text, "2023-09-02", "news")
    assert ("six tomorrow morning", "TIME", "1928-08-07T06:00") in values("The boat leaves at six tomorrow morning.", "1928-08-06", "news")
