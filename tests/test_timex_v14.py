"""dates.v14: a season told in its own clause's tense ("ill since the autumn" said in January is
last year's autumn; "will be done by the autumn" the coming one); a look back ("the previous
winter") does not move the story; "would be paid in August" is future. Each rule has a
look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v15 pins itself in test_timex_v15


def test_since_a_season_is_the_last_one():
    found = values("In March 1910 the doctor came to the farm. The old man had coughed since the autumn.")
    assert ("the autumn", "DATE", "1909-FA") in found
    found = values("In June 1910 the doctor came to the farm. The old man had been weak since the winter.")
    assert ("the winter", "DATE", "1909-WI") in found
    # look-alike: a season already past in the story's year stays in it
    found = values("In December 1910 the doctor came to the farm. The old man had coughed since the autumn.")
    assert ("the autumn", "DATE", "1910-FA") in found


def test_a_season_in_the_future_is_the_coming_one():
    found = values("Tomsk, 20 July 1931. My brother writes every week, and says he will finish the roof by the autumn.")
    assert ("the autumn", "DATE", "1931-FA") in found
    # look-alike: a summer already begun, in the past, is this year's
    found = values("Tomsk, 20 July 1931. My brother wrote that the summer had been dry.")
    assert ("the summer", "DATE", "1931-SU") in found


def test_the_previous_season_does_not_move_the_story():
    found = values("By the spring of 1930 the mill was idle. The floods of the previous winter had ruined the wheel. In July the owner sold it.")
    assert ("the previous winter", "DATE", "1929-WI") in found
    assert ("July", "DATE", "1930-07") in found


def test_a_passive_with_a_modal_is_future():
    found = values("SANTIAGO, Jan 29, 2031 – The ministry said the first grants would be paid in August.", "2031-01-29", "news")
    assert ("August", "DATE", "2031-08") in found
    # look-alike: a past passive is the last one
    found = values("SANTIAGO, Jan 29, 2031 – The ministry said the first grants were paid in August.", "2031-01-29", "news")
    assert ("August", "DATE", "2030-08") in found


def test_voted_to_is_a_plan():
    found = values("DUBLIN, March 12, 2031 – Parliament voted on Wednesday to ban the sale of fireworks from September.", "2031-03-12", "news")
    assert ("September", "DATE", "2031-09") in found
    # look-alike: a plain past vote in September is the last one
    found = values("DUBLIN, March 12, 2031 – Parliament voted against the ban in September.", "2031-03-12", "news")
    assert ("September", "DATE", "2030-09") in found


def test_a_season_before_a_that_clause_keeps_its_year():
    # look-alike: the past perfect of a "that" clause is not the season's own
    found = values("In January 1910 the doctor came. Only in the spring did we learn that the mill had been sold.")
    assert ("the spring", "DATE", "1910-SP") in found
    # look-alike: "voted 19 to 6 on Tuesday" is no plan
    found = values("The council voted 19 to 6 on Tuesday to keep the hall open.", "2031-03-12", "news")
    assert ("Tuesday", "DATE", "2031-03-11") in found
    # look-alike: "By the spring ... had been" is a deadline the story reaches
    found = values("In January 1910 the doctor came. By the spring the mill had been sold.")
    assert ("the spring", "DATE", "1910-SP") in found


def test_old_paper_clock_times():
    found = values("The club will meet at the court house on Monday next at 8 o'clock p.m. to elect delegates.", "1891-04-10", "news")
    assert ("Monday next at 8 o'clock p.m.", "TIME", "1891-04-13T20:00") in found
    found = values("The sale will be held at the Mart on Monday the 14th inst., at Twelve o'clock at noon, when", "1891-04-10", "news")
    assert ("Monday the 14th inst., at Twelve o'clock at noon", "TIME", "1891-04-14T12:00") in found
    found = values("The sale will be held at the Mart on Monday the 14th inst., at 12 o'clock noon, when", "1891-04-10", "news")
    assert ("Monday the 14th inst., at 12 o'clock noon", "TIME", "1891-04-14T12:00") in found
    # look-alike: a plain "eight o'clock" after a day keeps its reading
    found = values("The club will meet on Monday next at eight o'clock in the evening.", "1891-04-10", "news")
    assert ("Monday next at eight o'clock in the evening", "TIME", "1891-04-13T20:00") in found


def test_old_paper_day_forms():
    found = values("W. T. SMITH, Sheriff. Dated this 12th day of May, 1891.", "1891-05-20", "news")
    assert ("12th day of May, 1891", "DATE", "1891-05-12") in found
    found = values("The farm will be let by auction on FRIDAY, the 2nd day of OCTOBER next.", "1891-09-10", "news")
    assert ("FRIDAY, the 2nd day of OCTOBER next", "DATE", "1891-10-02") in found
    found = values("The choir will sing in the hall on Tuesday next, the 15th inst., at the hall.", "1891-09-10", "news")
    assert ("Tuesday next, the 15th inst.", "DATE", "1891-09-15") in found
    # look-alikes: a plain day of a month, and a weekday next without its day
    assert ("the 3rd of May", "DATE", "1891-05-03") in values("He came on the 3rd of May with his wife.", "1891-09-10", "news")
    assert ("Tuesday next", "DATE", "1891-09-15") in values("The choir will sing on Tuesday next, in the hall.", "1891-09-10", "news")


def test_ages_and_speeds_are_no_time():
    found = values("One in six 15-year-olds smoked every week in 2030.", "2031-01-10", "news")
    assert not any(text.startswith("15-year") for text, _, _ in found)
    assert ("every week", "SET", "P1W") in found
    assert not any(t == "SET" for _, t, _ in values("The old car is good for forty miles an hour.", "2031-01-10", "news"))
    # look-alikes: a predicate age is a length, and a rate of growth per hour a SET
    assert ("60 years old", "DURATION", "P60Y") in values("He was 60 years old.")
    assert ("an hour", "SET", "PT1H") in values("The water rose four inches an hour.")


def test_a_share_of_an_amount_a_year_is_a_rate():
    found = values("The scheme would cost about 2 percent of gross domestic product a year by 2040.", "2031-01-10", "news")
    assert ("a year", "SET", "P1Y") in found
    # look-alike: "a year ago" after a share is a date
    assert ("a year ago", "DATE", "2030") in values("He won 3 percent of the vote a year ago.", "2031-01-10", "news")


def test_a_day_s_journey_and_a_dry_fortnight():
    assert ("A day", "DURATION", "P1D") in values("“A day's journey,” he would say, “and they could not wait.”")
    assert ("a dry fortnight", "DURATION", "P2W") in values("Farmers hope for a dry fortnight.")
    # look-alike: a kind of day is no length
    assert not any(t == "DURATION" for _, t, _ in values("It was a cold day in May."))


def test_parts_of_the_day_without_their_article():
    found = values("On 1 March 1880 the rebels fought on until late afternoon.")
    assert ("late afternoon", "TIME", "1880-03-01TAF") in found
    found = values("On 5 November 1880 the fog lifted. By early afternoon Dannenberg had ordered the retreat.")
    assert ("early afternoon", "TIME", "1880-11-05TAF") in found
    found = values("OSLO, Jan 29, 2031 – The lower house passed the bill in the early hours, after a long debate.", "2031-01-29", "news")
    assert ("the early hours", "TIME", "2031-01-29TNI") in found
    # look-alikes: "until morning" is left alone, "the early hours of" a day stays one span
    assert not any(t == "TIME" for _, t, _ in values("On 1 March 1880 he waited until morning."))
    found = values("They left in the early hours of 5 May 1920.")
    assert any(text == "the early hours of 5 May 1920" for text, _, _ in found), found


def test_shipping_lists_and_nth_weekdays_without_a_year():
    found = values("Dated the 28th ult.\n\nSHIPPING.—Arrived: the 11th, the schooner Mary, from Cork, with coal; the 12th, the smack Ann, with slates.", "1880-09-16", "news")
    assert ("the 11th", "DATE", "1880-09-11") in found
    assert ("the 12th", "DATE", "1880-09-12") in found
    # look-alike: a day after a semicolon with no shipping verb before it
    assert not values("He bought the house; the 12th, a wet day, was lost.", "1880-09-16", "news") & {("the 12th", "DATE", "1880-09-12")}
    found = values("The land will be sold at the court house on the first Monday in May next, within the legal hours.", "1880-03-20", "news")
    assert ("the first Monday in May next", "DATE", "1880-05-03") in found
    # look-alike: with its year the day is the calendar's
    assert ("the first Monday in May 1881", "DATE", "1881-05-02") in values("It will be sold on the first Monday in May 1881.")


def test_thanksgiving_moves_with_the_year():
    found = values("It was the summer of 1923. I wrote to her every Sunday until Thanksgiving.")
    assert ("Thanksgiving", "DATE", "1923-11-29") in found  # the last Thursday, before 1939
    assert ("Thanksgiving Day, 1950", "DATE", "1950-11-23") in values("He came home for Thanksgiving Day, 1950.")
    # look-alikes: a name, and the common noun
    assert not values("The Thanksgiving Proclamation was read.")
    assert not values("They gave thanksgiving for the harvest.")


def test_the_morning_of_a_day_said_in_words():
    found = values("In March 1920 I was the doctor on the train. It stood in Omsk on the morning of the twenty-second when the wire came. The funeral would be on Saturday.")
    assert ("the morning of the twenty-second", "TIME", "1920-03-22TMO") in found
    assert ("Saturday", "DATE", "1920-03-27") in found
    # look-alikes: an ordinal that counts something else
    assert values("In March 1920 he won on the second ballot when they voted.") == {("March 1920", "DATE", "1920-03")}
    assert values("In March 1920, on the morning of the second day, he left.") == {("March 1920", "DATE", "1920-03")}
    found = values("In March 1920 I was there.\n\nWe learned later that the funeral had been held on Sunday, the twenty-eighth, and that nobody came.")
    assert ("Sunday, the twenty-eighth", "DATE", "1920-03-28") in found


def test_a_season_ahead_counts_from_the_day_of_writing():
    text = ("The old baths were built in 1903 by the council.\n\nTHE NEW BATHS.\n\n"
            "The Mayor said the old baths would be kept open through the winter.")
    assert ("the winter", "DATE", "1909-WI") in values(text, "1909-10-16", "news")
    text = "Tomsk, Thursday, 18 July 1929\n\nDear Vera,\n\nA year ago he was in Omsk. Ilyin says he will finish by the autumn."
    assert ("the autumn", "DATE", "1929-FA") in values(text)
    # look-alike: a season in the past keeps the story's year
    text = "The old baths were built in 1903 by the council, and were opened in the winter."
    assert ("the winter", "DATE", "1903-WI") in values(text, "1909-10-16", "news")


def test_this_very_year():
    assert ("this very year", "DATE", "2031") in values("He said pensions would rise “this very year.”", "2031-01-29", "news")
    assert ("that very day", "DATE", "1920-05-05") in values("On 5 May 1920 he left, and that very day the war began.")
    # look-alike: "the very day" with no determiner of its own is not a relative date
    assert values("It was the very day he left.") == set()


def test_the_whole_unit_is_a_length():
    assert ("the whole fortnight", "DURATION", "P2W") in values("He sat through the whole fortnight and said nothing.")
    assert ("the whole week", "DURATION", "P1W") in values("It rained for the whole week.")
    # look-alikes: "the whole day of rest" names a day; "the whole year 1925" is the year
    assert values("Sunday was the whole day of rest.") == {("Sunday", "DATE", "XXXX-WXX-7")} or not any(
        t == "DURATION" for _, t, _ in values("Sunday was the whole day of rest."))
    assert ("1925", "DATE", "1925") in values("He worked the whole year 1925.")
