"""dates.v9: weekdays seen from a dated heading look the way their tense points, and more. Each
rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR in ("dates.v9", "dates.v10", "dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")


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


# --- weekdays after and before their relation ---------------------------------------------------

def test_weekday_then_last_before_a_clause():
    found = values("The congress closed on Tuesday last with a vote of thanks.", "1958-06-14", "news")
    assert ("Tuesday last", "DATE", "1958-06-10") in found


def test_weekday_then_last_year_stays_apart():
    # look-alike: "last year" is its own expression
    assert "Tuesday last" not in spans("He came on Tuesday last year.", "1958-06-14", "news")


def test_weekday_week_is_a_week_after_the_coming_one():
    found = values("Entries close on Friday week.", "1958-06-14", "news")
    assert ("Friday week", "DATE", "1958-06-27") in found
    assert ("Monday fortnight", "DATE", "1958-06-30") in values("The court rises on Monday fortnight.", "1958-06-14", "news")
    # look-alike: "Sundays week after week" keeps its plural weekday apart
    assert "Sundays" in spans("We walked there Sundays week after week.", "1958-06-14", "news")


# --- not dates ----------------------------------------------------------------------------------

def test_phone_number_group_is_no_year():
    assert spans("For details ring +44 (0)1224 568000 or write to us.", "2025-01-10", "news") == []
    # look-alike: a year after a bracket that is no trunk prefix
    assert ("1924", "DATE", "1924") in values("The union (founded 1901) split in 1924.")


def test_a_spring_of_water_is_no_season():
    text = "In 1880 they came. They dug the spring by hand. He sold the barn, the mill and the spring."
    assert spans(text) == ["1880"]
    # look-alike: a season after a list of seasons and a season the story reaches
    found = spans("In 1880 they came. Between the winter and the spring the creek rose. He planted oats that spring.")
    assert found.count("the spring") == 1 and "that spring" in found


# --- sets and fractions -------------------------------------------------------------------------

def test_by_the_unit_after_a_rate_verb_is_a_set():
    assert ("by the week", "SET", "P1W") in values("The rooms were let by the week to drovers.")
    # look-alike: "by the month of" is a deadline, not a rate
    assert "by the month" not in spans("The rent was paid by the month of May.")


def test_bare_weekends_is_a_set():
    assert ("weekends", "SET", "XXXX-WXX-WE") in values("The museum opens at weekends and on holidays.")
    # look-alike: a count of weekends is no recurrence
    assert "weekends" not in spans("We spent two weekends in Whitby.")


def test_a_weekday_night_is_any_such_night():
    assert ("a Friday night", "SET", "XXXX-WXX-5TNI") in values("The bar is loudest on a Friday night.")
    # look-alike: "a Friday night dance" names a thing: no SET
    assert ("a Friday night", "SET", "XXXX-WXX-5TNI") not in values("She went to a Friday night dance.")
    # look-alike: "it was a Sunday morning" is one day, not a habit
    assert ("a Sunday morning", "SET", "XXXX-WXX-7TMO") not in values("In June 1926 it was a Sunday morning when he died.")


def test_hours_and_their_recurrence_are_one_set():
    assert ("10am to 6pm every day", "SET", "P1D") in values("The line is open 10am to 6pm every day.", "2024-05-01", "news")
    # look-alike: hours in one sentence and a recurrence in the next stay apart
    assert "Every day" in spans("We worked from 10am to 6pm. Every day we ate late.", "2024-05-01", "news")



# --- years the story measures by, and short years ----------------------------------------------

def test_a_comparison_year_does_not_move_the_story():
    text = "We come to the spring of 1925. Cloth cost twice what it had cost in 1913. In May the mills shut."
    assert ("May", "DATE", "1925-05") in values(text)
    text = "We come to the spring of 1925. Wages stood lower than in 1913. In May the mills shut."
    assert ("May", "DATE", "1925-05") in values(text)


def test_a_year_the_story_moves_to_still_moves_it():
    # look-alike: a plain year in the narration moves the story
    text = "We come to the spring of 1925. In 1913 the mills were new. In May the looms arrived."
    assert ("May", "DATE", "1913-05") in values(text)
    text = "We come to the spring of 1925. Wages in 1929 fell by half. In May the looms stopped."
    assert ("May", "DATE", "1929-05") in values(text)


def test_season_of_a_short_year_is_in_the_century_reached():
    text = "It was October 1879. He built the barn in the winter of ’72."
    assert ("the winter of ’72", "DATE", "1872-WI") in values(text)
    # look-alike: a full year is unchanged
    assert ("the winter of 1772", "DATE", "1772-WI") in values("It was October 1879. He read of the winter of 1772.")


# --- the day the opening lines give -------------------------------------------------------------

PREAMBLE = ("AN ADDRESS\ngiven at the Miners' Hall, Ashington, on Friday, the 4th of June, 1926, by the Rev. J. Hale.\n\n")


def test_opening_day_anchors_the_speakers_deixis():
    text = PREAMBLE + ("We meet to-day in hard times. The lodge secretary told me on Tuesday that the pits "
                       "have been idle since 1925. The soup kitchen will open on Monday morning.")
    found = values(text)
    assert ("to-day", "DATE", "1926-06-04") in found
    assert ("Tuesday", "DATE", "1926-06-01") in found
    assert ("Monday morning", "TIME", "1926-06-07TMO") in found


def test_opening_day_leaves_the_narration_of_a_written_year_alone():
    # look-alike: a paragraph that writes its own year is narration; its weekday follows the story
    text = PREAMBLE + "In March 1921 the owners cut wages. On Friday the men came out."
    assert ("Friday", "DATE", "1921-03-04") not in values(text)
    assert ("Friday", "DATE", "1926-05-28") not in values(text)


def test_a_pair_of_bare_seasons_is_no_date():
    text = "It was 1926. Seedtime and harvest, and cold and heat, and summer and winter shall not cease."
    assert spans(text) == ["1926"]
    # look-alike: after a preposition the pair is the story's seasons
    assert "summer" in spans("It was 1926. During summer and autumn the pits stood idle.")


# --- tense and feasts ---------------------------------------------------------------------------

def test_as_every_year_does_not_make_a_feast_any_years():
    found = values("The regatta will be held, as every year, on Whit Monday.", "1962-03-17", "news")
    assert ("Whit Monday", "DATE", "1962-06-11") in found
    # look-alike: a feast said with a true recurrence stays any year's
    assert ("Whit Monday", "DATE", None) in values("The regatta is held every year on Whit Monday.", "1962-03-17", "news")


def test_relative_aside_does_not_give_the_tense():
    text = "The champion, who lost on Tuesday, sails for Havana in June."
    assert ("June", "DATE", "1962-06") in values(text, "1962-03-17", "news")
    # look-alike: the past verb of the clause itself still counts
    assert ("June", "DATE", "1961-06") in values("The champion lost on Tuesday and sailed for Havana in June.", "1962-03-17", "news")


def test_until_the_weekend_is_this_weekend():
    assert ("the weekend", "DATE", "1934-W49-WE") in values("The cells are full until the weekend.", "1934-12-03", "news")
    # look-alike: a weekend that names papers is no date
    assert spans("He read the weekend papers.", "1934-12-03", "news") == []


# --- lengths and hours --------------------------------------------------------------------------

def test_a_unit_after_stayed_or_another_is_a_duration():
    found = values("In 1880 the surveyor stayed a week, and then a month, at the inn.")
    assert ("a week", "DURATION", "P1W") in found and ("a month", "DURATION", "P1M") in found
    assert ("another fortnight", "DURATION", "P2W") in values("It took two days to the pass and another fortnight to the coast.")
    # look-alike: "a week" with no length context is left alone
    assert "a week" not in spans("He said a week is long.")


def test_evening_occasion_in_the_sentence_makes_the_hour_evening():
    text = "On 4 June 1926 the fete opened this morning. The concert will begin at half-past seven."
    assert ("half-past seven", "TIME", "1926-06-04T19:30") in values(text)
    # look-alike: a morning in the same sentence keeps it early
    text = "On 4 June 1926 the fete opened. The morning concert will begin at half-past seven."
    assert ("half-past seven", "TIME", "1926-06-04T07:30") in values(text)


def test_first_light_makes_a_bare_hour_morning():
    text = "On 4 June 1879 they rode all afternoon. “We leave at first light. Six o'clock, sharp.”"
    assert ("Six o'clock", "TIME", "1879-06-04T06:00") in values(text)
    # look-alike: after the afternoon alone, six o'clock is the evening's
    text = "On 4 June 1879 they rode all afternoon. “We eat at six o'clock.”"
    assert ("six o'clock", "TIME", "1879-06-04T18:00") in values(text)


def test_that_night_is_the_night_last_named():
    text = ("The ferry sank on the night of 9 January 1911, the museum said today.\n\n"
            "“The tides that night ran east,” said the curator.")
    assert ("that night", "TIME", "1911-01-09TNI") in values(text, "2025-11-04", "news")
    # look-alike: a day the story moved to since then is the one "that night" belongs to
    text = "On the night of 3 May 1920 the river froze. Two days later he left. That night he slept at Tver."
    assert ("That night", "TIME", "1920-05-05TNI") in values(text)


def test_seasons_ago_is_that_season_years_back():
    assert ("two winters ago", "DATE", "1877-WI") in values("It was October 1879. The mill burned two winters ago.")
    # look-alike: a count of winters with no direction is a length, not a date
    assert ("two winters ago", "DATE", "1877-WI") not in values("It was October 1879. The mill stood two winters.")


def test_nearly_midnight_is_short_of_it():
    found = {(t.text, t.mod) for t in find_dates("On 4 June 1879 the shutters rattled until nearly midnight.")}
    assert ("nearly midnight", "LESS_THAN") in found
    found = {(t.text, t.mod) for t in find_dates("On 4 June 1879 the shutters rattled until about midnight.")}
    assert ("about midnight", "APPROX") in found


def test_most_of_the_morning_is_less_than_it():
    found = {(t.text, t.mod) for t in find_dates("On 4 June 1879 we lost the mare and most of the morning.")}
    assert ("most of the morning", "LESS_THAN") in found
    # look-alike: the whole morning keeps no mod
    found = {(t.text, t.mod) for t in find_dates("On 4 June 1879 we lost the mare in the morning.")}
    assert ("the morning", None) in found


def test_a_day_ahead_of_the_heading_is_a_plan_not_where_the_entry_is():
    text = ("Wednesday, 3rd May, 1911.\n\nThe Bill comes up on Friday week.\n\n"
            "Mr. HALE: Then I shall raise it on Monday.")
    assert ("Monday", "DATE", "1911-05-08") in values(text)
    # look-alike: a weekday told in the past after the heading is still the last one
    text = "Wednesday, 3rd May, 1911.\n\nThe Bill came up on the 12th.\n\nMr. HALE: I raised it on Monday."
    assert ("Monday", "DATE", "1911-05-08") in values(text)


def test_before_the_month_was_out_is_that_month():
    assert ("the month", "DATE", "1926-03") in values("In March 1926 the mills shut, and before the month was out the men struck.")
    # look-alike: "the month" that is no stretch running out is left alone
    assert "the month" not in spans("In March 1926 the mills shut. The month was cold.")


def test_a_fixtures_present_looks_ahead():
    assert ("Friday evening", "TIME", "2025-10-24TEV") in values("Leeds host Bath on Friday evening.", "2025-10-19", "news")
    # look-alike: a result in the past looks back
    assert ("Friday evening", "TIME", "2025-10-17TEV") in values("Leeds beat Bath on Friday evening.", "2025-10-19", "news")


def test_a_bare_hour_before_the_mornings_last_clock_is_afternoon():
    text = "On 3 July 1936 we left at five. I lost them at about ten o'clock. They reached the col at a quarter to three."
    assert ("a quarter to three", "TIME", "1936-07-03T14:45") in values(text)
    # look-alike: after sleep the small hour stays at night
    text = "On 3 July 1936 we talked until about ten o'clock, went to bed, and woke at a quarter to three."
    assert ("a quarter to three", "TIME", "1936-07-03T02:45") in values(text)
    # look-alike: after an early hour (six in the morning) a quarter past five stays early
    text = "On Monday, 1 September 1913, the boat came in at six. Marta stood on the mole from a quarter past five."
    assert ("a quarter past five", "TIME", "1913-09-01T05:15") in values(text)


def test_season_of_a_general_truth_is_any_years():
    assert ("winter", "DATE", "XXXX-WI") in values("In 1974 I ate it. It is best on a Saturday night in winter.")
    # look-alike: a season the story tells of is that year's
    assert ("winter", "DATE", "1974-WI") in values("In 1974 I ate it. We went there in winter, when the haar came in.")


def test_clock_in_the_words_after_tomorrow_is_tomorrows():
    text = "On 11 October 1879 he came at dusk. “When does the coach go?” “Tomorrow, first light. Six o'clock, sharp.” Supper was at seven."
    assert ("Six o'clock", "TIME", "1879-10-12T06:00") in values(text)
    # look-alike: the narration's clock time after the quotation stays on the scene's day
    text = "On 11 October 1879 he came at dusk. “I go tomorrow.” At eight o'clock he ate."
    assert ("eight o'clock", "TIME", "1879-10-11T20:00") in values(text)


def test_a_meetings_day_of_the_month():
    text = "On 26 September 1926 the fund opened, as the council resolved at its meeting of the 13th."
    assert ("the 13th", "DATE", "1926-09-13") in values(text)
    # look-alike: "the speech of the 8th" with no dated thing before it stays untagged
    assert "the 8th" not in spans("On 26 September 1926 he quoted the speech of the 8th as a model.")


def test_weather_before_a_month_makes_it_the_month():
    assert ("June", "DATE", "1926-06") in values("On 26 September 1926 we met. The wet June laid the barley flat.")
    # look-alike: a name after an adjective is no month
    assert spans("On 26 September 1926 we met. The young April Ashley sang.") == ["26 September 1926"]


def test_a_clock_time_ahead_is_not_on_a_day_already_past():
    text = (PREAMBLE + "The fund, as the lodge resolved at its meeting of the 1st, goes to the widows. "
            "The soup kitchen will open at half-past eleven.")
    assert ("half-past eleven", "TIME", "1926-06-04T11:30") in values(text)
    # look-alike: a clock time told in the past stays on the day just named
    text = PREAMBLE + "At its meeting of the 1st the lodge sat until half-past eleven."
    assert ("half-past eleven", "TIME", "1926-06-01T11:30") in values(text)


def test_the_half_century_since_is_fifty_years():
    assert ("the half-century", "DURATION", "P50Y") in values("The book has not been reprinted in the half-century since.")
    # look-alike: a batsman's half-century is no time
    assert spans("He made a half-century, and then left.") == []


def test_this_weekday_is_in_the_anchors_week():
    assert ("this Sunday", "DATE", "2023-09-03") in values("Ninety years ago this Sunday the party was founded.", "2023-09-01", "news")
    assert ("this Monday", "DATE", "2023-08-28") in values("The talks opened this Monday.", "2023-09-01", "news")
    # look-alike: "last Sunday" still looks back a week
    assert ("last Sunday", "DATE", "2023-08-27") in values("The talks opened last Sunday.", "2023-09-01", "news")


def test_a_feast_and_the_date_that_fixes_it_are_one_date():
    assert ("Whit Monday, 28th May", "DATE", "1917-05-28") in values("In 1917 the attack began on Whit Monday, 28th May, at dawn.")
    assert ("Christmas Day, 1914", "DATE", "1914-12-25") in values("He was born on Christmas Day, 1914, in Leeds.")
    # look-alike: a count after a feast is no date of it
    assert ("Christmas", "DATE", "1917-12-25") in values("In 1917 at Christmas, 25 men died.")


def test_a_month_before_the_text_writes_a_year_counts_around_the_opening_day():
    text = ("REPORT ON THE DISTRICT BRANCHES\n\nSubmitted to the Committee by the Secretariat, Leeds, 3 March 1928\n\n"
            "1. Hull. The branch, dissolved in November, has not met. It will reopen in June.")
    found = values(text)
    assert ("November", "DATE", "1927-11") in found
    assert ("June", "DATE", "1928-06") in found
    # look-alike: once the text has written a year, the story's year rules
    text = ("REPORT ON THE DISTRICT BRANCHES\n\nSubmitted to the Committee by the Secretariat, Leeds, 3 March 1928\n\n"
            "1. Hull. In 1925 the branch grew. It was dissolved in November.")
    assert ("November", "DATE", "1925-11") in values(text)


def test_last_evening_is_the_evening_before():
    text = "LONDON, Nov. 14.—At a meeting held last evening the men resolved to stand out."
    assert ("last evening", "TIME", "1911-11-13TEV") in values(text, "1911-11-14", "news")
    # look-alike: "the last evening of" a stretch is no deictic evening
    assert "the last evening" not in spans("They met on the last evening of the congress.", "1911-11-14", "news")


def test_amounts_per_unit_are_sets():
    found = values("It would cost $2 billion a year, rising 3 percent a year. Rent is 300 rubles per month, or £40 per annum.", "2013-07-17", "news")
    assert {("a year", "SET", "P1Y"), ("per month", "SET", "P1M"), ("per annum", "SET", "P1Y")} <= found
    # look-alike: "for a year" is a length of time
    assert ("a year", "DURATION", "P1Y") in values("He stayed for a year.", "2013-07-17", "news")
