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
    assert ANNOTATOR in ("dates.v6", "dates.v7", "dates.v8", "dates.v9", "dates.v10", "dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # the current version pins itself in its own test file


def test_no_expression_crosses_a_paragraph_break():
    text = "Reviewed by Thomas Aldridge | 18 May 2019\n\nAt 11 a.m. on Thursday, 15 May 1919, the city stopped."
    found = values(text, "2019-05-18", "news")
    assert ("18 May 2019", "DATE", "2019-05-18") in found
    assert ("11 a.m. on Thursday, 15 May 1919", "TIME", "1919-05-15T11:00") in found
    assert all("\n" not in span for span in spans(text, "2019-05-18", "news"))


def test_a_day_and_its_clock_time_on_one_line_still_join():
    # the look-alike: the same words without the break are one TIME (dates.v4)
    assert ("18 May 2019, at 11 a.m.", "TIME", "2019-05-18T11:00") in values("It began on 18 May 2019, at 11 a.m. sharp.")


@pytest.mark.parametrize(
    "text,document_date,span,value",
    [
        ("Kiroff was shot at about 4:30 o'clock on the afternoon of Dec. 1. His assassin fled.",
         "1934-12-20", "about 4:30 o'clock on the afternoon of Dec. 1", "1934-12-01T16:30"),
        ("Trotsky died at 7:25 o'clock last night in the hospital.", "1940-08-22", "7:25 o'clock last night", "1940-08-21T19:25"),
        ("They were condemned at 2:30 o'clock this morning.", "1936-08-24", "2:30 o'clock this morning", "1936-08-24T02:30"),
        ("He will address the Soviet at 8 o'clock to-morrow evening.", "1926-10-24", "8 o'clock to-morrow evening", "1926-10-25T20:00"),
    ],
)
def test_a_clock_time_takes_the_part_of_the_day_it_is_joined_to(text, document_date, span, value):
    assert (span, "TIME", value) in values(text, document_date, "news")


def test_a_clock_time_with_am_pm_keeps_its_hour_in_the_evening():
    # look-alike: "2 a.m." stays 02:00 even when "night" follows
    assert ("2 a.m. last night", "TIME", "1940-08-21T02:00") in values("He died at 2 a.m. last night.", "1940-08-22", "news")


def test_to_morrow_evening_is_one_time():
    found = values("He will speak to workers at the Tauride Palace to-morrow evening.", "1934-12-20", "news")
    assert ("to-morrow evening", "TIME", "1934-12-21TEV") in found
    # look-alike: "to-morrow" alone stays a DATE
    assert ("to-morrow", "DATE", "1934-12-21") in values("He will speak to-morrow.", "1934-12-20", "news")


def test_a_part_of_the_day_after_a_timeline_day_is_one_time():
    text = "In May 1940 the raids began.\n24 May, morning — The guard was gone."
    assert ("24 May, morning", "TIME", "1940-05-24TMO") in values(text)
    # look-alikes: the part of the day heads its own clause or modifies a noun
    assert ("24 May 1940", "DATE", "1940-05-24") in values("On 24 May 1940, evening papers said nothing.")
    assert ("24 May 1940", "DATE", "1940-05-24") in values("On 24 May 1940, evening fell early.")


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("My office hours are every Wednesday afternoon, as usual.", "every Wednesday afternoon", "XXXX-WXX-3TAF"),
        ('"But you will report to me every Monday, at nine."', "every Monday, at nine", "XXXX-WXX-1T09:00"),
        ("In the 1930s they wrote to each other every few weeks.", "every few weeks", "PXW"),
        ("We passed a village every hour or so.", "every hour or so", "PT1H"),
    ],
)
def test_recurrences(text, span, value):
    assert (span, "SET", value) in values(text)


def test_recurrence_look_alikes():
    # "every Wednesday" alone keeps its value; "every one of the weeks" is no recurrence
    assert ("every Wednesday", "SET", "XXXX-WXX-3") in values("He came every Wednesday, as usual.")
    assert not any(t.type == "SET" for t in find_dates("Every one of the few weeks was wasted."))


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("On 5 May 1931 the pour began at three in the morning and stopped at ten. Work went on.", "ten", "1931-05-05T10:00"),
        ("Tuesday, 22 January 1924\nWoke at seven to the sound of sleighs.", "seven", "1924-01-22T07:00"),
        ('The shop window still said "BACK AT FOUR."', "FOUR", "XXXX-XX-XXT16:00"),
        ("The boarders gathered every evening, and the stove was lit until ten and not a minute longer.", "ten", "XXXX-XX-XXT22:00"),
        ("The night train left Vienna a little after ten, and by dawn it was in Linz.", "a little after ten", "XXXX-XX-XXT22:00"),
    ],
)
def test_a_bare_hour_in_words_is_a_clock_time(text, span, value):
    assert (span, "TIME", value) in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "He left school at twelve and was apprenticed to a printer.",
        "She was orphaned at nine.",
        "He came at six, or seven of them did.",
        "The motion was carried by three votes.",
        "They won by three to two.",
        "At one point Snowball brings the plans.",
        "Concrete is going in at six thousand cubic metres a day.",
    ],
)
def test_numbers_that_are_not_hours(text):
    assert not any(t.type == "TIME" for t in find_dates(text))


def test_a_bare_hour_joined_to_the_next_morning_is_in_the_morning():
    text = "That evening the bell no longer rang. On 16 January 1928 they came for him at nine the next morning."
    assert ("nine the next morning", "TIME", "1928-01-17T09:00") in values(text)


def test_the_first_or_last_day_of_a_month():
    text = "In 1926 the secretary stopped me at the gate on the last evening of September."
    assert ("the last evening of September", "TIME", "1926-09-30TEV") in values(text)
    assert ("the last day of February 1928", "DATE", "1928-02-29") in values("It ended on the last day of February 1928.")
    # look-alike: "the last days of" a month is a stretch with mod END
    assert ("the last days of December 1922", "DATE", "1922-12") in values("He dictated it in the last days of December 1922.")


def test_n_years_ago_today_is_one_date():
    found = values("Eighty years ago today Andreu Nin was arrested.", "2017-06-16", "news")
    assert found == {("Eighty years ago today", "DATE", "1937-06-16")}
    # look-alike: "today" in the next clause stays apart
    found = values("That was eighty years ago. Today the house is a museum.", "2017-06-16", "news")
    assert ("eighty years ago", "DATE", "1937") in found and ("Today", "DATE", "2017-06-16") in found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Last Sunday marked a century since Trotsky sat down to write.", "a century", "P100Y"),
        ("For half a century the standard life has been Deutscher's.", "half a century", "P50Y"),
        ("Allow two working days for retrieval.", "two working days", "P2D"),
        ("It was meant to stand for the forty days of mourning.", "the forty days", "P40D"),
        ("A timeline of the fifteen months between his arrival and his death.", "the fifteen months", "P15M"),
        ("The book sold fewer than 2,000 copies in its first twelve months.", "its first twelve months", "P12M"),
        ("In the five weeks that followed the Red Army advanced.", "the five weeks", "P5W"),
        ("The file stayed closed for another 30 years.", "another 30 years", "P30Y"),
    ],
)
def test_durations_with_their_determiners_and_units(text, span, value):
    assert (span, "DURATION", value) in values(text)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The decade was over. For a decade the prophecy held.", "a decade", "P1DE"),  # the guidelines' unit
        ("Rain fell in the 48 hours to midday on Wednesday.", "48 hours", "PT48H"),
        ("It took her nine years.", "nine years", "P9Y"),
        ("The unions gave seven days' notice instead of the fourteen days required.", "fourteen days", "P14D"),
    ],
)
def test_duration_look_alikes_keep_their_extent(text, span, value):
    assert (span, "DURATION", value) in values(text)


def test_an_age_written_with_hyphens_is_not_a_duration():
    assert values("“To move him,” the 79-year-old added, “would be wrong.”") == set()
    assert ("60 years old", "DURATION", "P60Y") in values("He was 60 years old.")


def test_an_issue_number_does_not_swallow_the_issue_date():
    text = "“Better Fewer, but Better”, Pravda, no. 49, 4 March 1923."
    assert values(text) == {("4 March 1923", "DATE", "1923-03-04")}
    # look-alike: a number right after "No." is still no day
    assert ("April 1997", "DATE", "1997-04") in values("Vol.61/No.17 April 1997")
    assert values("See pp. 12, 14 March.") == set()


def test_for_weekday_opening_a_sentence_is_the_coming_day():
    assert ("Thursday", "DATE", "2021-11-11") in values("Ramzin confessed. For Thursday, read chapter four.", "2021-11-09", "news")
    # look-alike: a capitalised word before the weekday makes a name
    assert values("Bloody Sunday was remembered by every worker.", "2021-11-09", "news") == set()


def test_a_weekday_naming_an_event_leaves_the_date_alone():
    found = values("The chapter reconstructs Bloody Saturday, 21 June 1919, when the police charged.")
    assert found == {("21 June 1919", "DATE", "1919-06-21")}
    # look-alikes: a verb or a preposition before the weekday keeps it in the date
    assert ("Thursday, 14 February 2019", "DATE", "2019-02-14") in values("Transcript. Recorded Thursday, 14 February 2019.")
    assert ("Sunday, 27 January", "DATE", "1924-01-27") in values("In January 1924 the funeral took place On Sunday, 27 January.")


def test_a_weekday_in_a_title_is_no_date():
    assert values("The Daily Herald ignored it, and the Sunday Worker called it a libel.", "1926-10-30", "news") == set()
    # look-alike: "the Sunday" alone is a day (the article in its span, as the gold marks it)
    assert ("the Sunday", "DATE", "1926-10-24") in values("He met her on the Sunday.", "1926-10-30", "news")


CHAPTER = ("On 15 January 1928 Stalin left Moscow. The procurement figures for December had been disastrous: "
           "the agencies had bought half the grain they had bought twelve months earlier, and the cities were "
           "on short rations by the New Year.\n\nIn a speech at Barnaul on 20 January Stalin put the case. "
           "The measures brought in the grain by the spring. At the July plenum Stalin spoke of a tribute.")


@pytest.mark.parametrize(
    "span,value",
    [
        ("December", "1927-12"),  # the past perfect looks back from January 1928
        ("twelve months earlier", "1926-12"),  # counted from the look back
        ("the New Year", "1928-01-01"),
        ("20 January", "1928-01-20"),  # the story stays in 1928
        ("the spring", "1928-SP"),
        ("July", "1928-07"),  # a month before a meeting noun
    ],
)
def test_a_narrative_look_back_does_not_move_the_story(span, value):
    assert (span, "DATE", value) in values(CHAPTER)


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a deadline reached, not a look back
        ("On 3 October 1919 Denikin marched north, and by mid-October his cavalry had reached Orel.", "mid-October", "1919-10"),
        # a sequence after "after"
        ("They were expelled on 23 October 1927. After the Opposition had marched in the parade of 7 November, both were expelled.",
         "7 November", "1927-11"),
        # months listed up to the date that follows
        ("The war began on 30 November 1939. Moscow had asked that autumn, and talks in October and early November had failed.",
         "early November", "1939-11"),
    ],
)
def test_past_perfect_look_alikes_keep_the_year(text, span, value):
    found = {t.text: t.value for t in find_dates(text)}
    assert found[span].startswith(value)


def test_that_first_spring_and_month_modifiers():
    assert ("That first spring", "DATE", "1928-SP") in values("We reached Rubtsovsk on 3 March 1928. That first spring we lived on bread.")
    assert ("February", "DATE", "1940-02") in values("In January 1940 the front held. The February offensive broke through.")
    # look-alikes: a capitalised name and a month before a person stay untagged
    assert values("The October Revolution was remembered.") == set()
    assert values("He was in the New Year Honours list.") == set()


def test_roman_numeral_months():
    assert ("3/IV/25", "DATE", "1925-04-03") in values('Eastman inscribed it in 1925. One, dated "Paris, 3/IV/25", reads: "Leave it."')
    assert ("12.XI.1927", "DATE", "1927-11-12") in values("The letter is dated 12.XI.1927.")
    # look-alikes: a reference number and a century the text never gives
    assert values("See ch. 3/IV/25 for the table.") == set()
    assert ("3/IV/25", "DATE", None) in values('One, dated "Paris, 3/IV/25", reads: "Leave it."')


def test_weeks_counted_from_a_day_land_on_a_day():
    assert ("A week later", "DATE", "1923-10-15") in values("On 8 October 1923 Trotsky wrote to the CC. A week later the Forty-Six signed.")
    assert ("four weeks afterwards", "DATE", "1933-02-27") in values("On 30 January 1933 Hitler took office. The fire followed four weeks afterwards.")
    # look-alikes: from a month there is no day to land on; a length of weeks stays a duration
    assert ("a week later", "DATE", None) in values("In October 1923 he wrote; a week later they signed.")
    assert ("two weeks", "DURATION", "P2W") in values("On 8 October 1923 he left for two weeks.")


@pytest.mark.parametrize(
    "text,span,value,mod",
    [
        ("The newspapers arrive a week late, which is no matter.", "a week", "P1W", None),
        ("It took me a year to understand the damp.", "a year", "P1Y", None),
        ("He would come back, and not a day sooner.", "a day", "P1D", None),
        ("Within a year or so private traders are back.", "a year or so", "P1Y", "APPROX"),
        ("For a little over a decade artists were free.", "a little over a decade", "P1DE", "MORE_THAN"),
        ("Consider the nearly four years since Memorial was dissolved.", "the nearly four years", "P4Y", "LESS_THAN"),
        ("A gale blew for three days and nights.", "three days and nights", "P3D", None),
        ("Letters written by Lenin hours before they were due to go on sale.", "hours", "PTXH", None),
        ("Zinoviev and Kamenev are shot, hours after the verdict.", "hours", "PTXH", None),
    ],
)
def test_more_durations(text, span, value, mod):
    assert any((t.text, t.type, t.value, t.mod) == (span, "DURATION", value, mod) for t in find_dates(text))


def test_duration_look_alikes_that_stay_untagged():
    assert values("It was a day in the life of the city.") == set()
    assert values("One day he said he would go.") == set()
    assert ("Years later", "DATE", None) in values("Years later he wrote about it.")


def test_about_a_topic_is_no_approximation():
    found = {(t.text, t.mod) for t in find_dates("The controversy settled nothing about 1917 and a great deal about 1925.")}
    assert found == {("1917", None), ("1925", None)}
    assert {(t.text, t.mod) for t in find_dates("About 1920 he moved to Paris.")} == {("About 1920", "APPROX")}


def test_today_in_a_characters_words_is_the_storys_day():
    text = "On 7 November 1927 Kolya took my arm. “You have seen history today,” he said."
    assert ("today", "DATE", "1927-11-07") in values(text)
    # look-alike: the narrator's "today" is the present
    assert ("Today", "DATE", "PRESENT_REF") in values("On 7 November 1927 Kolya took my arm. Today the street has another name.")


def test_until_the_morning_is_the_next_morning():
    text = "On 21 December 1925 the report of the Commission was put off until the morning."
    assert ("the morning", "TIME", "1925-12-22TMO") in values(text)
    # look-alike: "in the morning" is that day's
    assert ("the morning", "TIME", "1925-12-21TMO") in values("On 21 December 1925 the Commission met in the morning.")


def test_timeline_entry_written_year_first_is_one_date():
    text = "Timeline\n1903, 10 October Emmeline Pankhurst founds the Union.\n1909, July Marion Wallace Dunlop fasts."
    found = values(text)
    assert ("1903, 10 October", "DATE", "1903-10-10") in found
    assert ("1909, July", "DATE", "1909-07") in found
    # look-alike: mid-sentence the year and the day stay apart
    found = values("The Union was founded in 1903, 10 October being the day.")
    assert ("1903", "DATE", "1903") in found and not any(t[0].startswith("1903,") for t in found)


def test_a_laws_year_belongs_to_its_name():
    text = "It was introduced under the Official Languages Act 2003 and the Welsh Language (Wales) Measure 2011."
    assert values(text) == set()
    # dates.v7: the year no longer anchors what follows (nothing untagged moves the story);
    # look-alike: a year after "in" stays a date
    assert ("the following year", "DATE", "1927") in values(
        "The strike came in 1926. The Trade Unions Act 1927 was debated the following year.")
    assert ("1927", "DATE", "1927") in values("The Act was passed in 1927.")


def test_a_bylines_date_and_clock_time_are_one_time():
    assert ("Thu 13 Mar 2025 · 06:40", "TIME", "2025-03-13T06:40") in values(
        "By Ann Lane, Political Correspondent Thu 13 Mar 2025 · 06:40\n\nA bill", "2025-03-13", "news")
    assert ("Fri 8 Nov 2024 13.15 GMT", "TIME", "2024-11-08T13:15") in values(
        "By David Mercer Fri 8 Nov 2024 13.15 GMT\n\nIrena Hart", "2024-11-08", "news")
    # look-alikes: a date not followed by its clock, a year followed by a decimal figure
    assert values("The score on 13 March 2025 was 06:40 or so.") == {("13 March 2025", "DATE", "2025-03-13")}
    assert values("In March 2025 12.30 per cent rose.") == {("March 2025", "DATE", "2025-03")}


def test_and_a_half_keeps_the_unit_said():
    # dates.v10: the guidelines' fractions ("a day and a half" -> P1.5D) for every unit; whole
    # units (P4Y6M, PT1H30M) before
    assert ("four and a half years", "DURATION", "P4.5Y") in values("He stayed on the island for four and a half years.")
    assert ("an hour and a half", "DURATION", "PT1.5H") in values("The meeting lasted an hour and a half.")
    assert ("a year and a half", "DURATION", "P1.5Y") in values("He was sentenced to a year and a half in prison.")


def test_either_of_two_numbers_is_one_vague_duration():
    assert ("two or three hours", "DURATION", "PTXH") in values("He speaks every afternoon for two or three hours and rests.")
    # look-alikes: an offset date and a set keep their own rules
    assert not any(t[0].startswith("two or") for t in values("He came two or three years ago."))
    assert ("two or three days a week", "SET", "P1W") in values("He worked two or three days a week.")


def test_nth_weekday_of_a_month_with_its_year_is_one_day():
    assert ("the last Thursday of August 1913", "DATE", "1913-08-28") in values(
        "The letter came on the last Thursday of August 1913, and Helena read it.")
    assert ("the first Monday of May 1926", "DATE", "1926-05-03") in values("On the first Monday of May 1926 the strike began.")
    # look-alike: without the month and year it stays a weekday
    assert ("last Thursday", "DATE", "XXXX-WXX-4") in values("He came last Thursday.")


def test_bare_hour_on_a_weekday_is_one_time():
    text = "The letter came on 28 August 1913. It gets in at six on Monday morning, if it is on time."
    assert ("six on Monday morning", "TIME", "1913-09-01T06:00") in values(text)
    # look-alike: a count, not an hour
    assert not any(t[1] == "TIME" for t in values("The score stood at six on Monday."))


def test_twilight_words_after_a_preposition_are_parts_of_the_day():
    assert ("nightfall", "TIME", "1871-03-18TEV") in values("On 18 March 1871 they marched. Before nightfall the Generals were shot.")
    assert ("dawn on 12 April 1927", "TIME", "1927-04-12TMO") in values("Then, at dawn on 12 April 1927, gangsters attacked.")
    # look-alikes: a figure of speech, and a name
    assert values("It was the dawn of a new age.") == set()
    assert values("He lived at Dawn Street.") == set()


def test_a_weekday_fixes_the_year_of_a_day_without_one():
    text = ("From the diary, January 1937\n\nWednesday, 27 January\nHe spoke as at the trial last August.\n\n"
            "Saturday, 30 January\nThe verdict was read.")
    assert ("Saturday, 30 January", "DATE", "1937-01-30") in values(text)
    # look-alike: without the weekday the day keeps the anchor's year (a month close before
    # it; one well before it is next year's since dates.v12)
    assert ("30 January", "DATE", "1936-01-30") in values(
        "From the diary, January 1937\n\nHe spoke as at the trial last March.\n\nOn 30 January the verdict was read.")


def test_yesterday_in_narrative_leaves_the_clock_times_on_the_entrys_day():
    text = "Monday, 25 January 1937\nPyatakov testified yesterday that he flew to Oslo. I rang the airfield at noon."
    assert ("noon", "TIME", "1937-01-25T12:00") in values(text)
    # look-alike: a named day does move the day
    assert ("noon", "TIME", "1937-01-28T12:00") in values(
        "On Monday, 25 January 1937 he wrote. The ship sailed on Thursday, 28 January. It left at noon.")


def test_tomorrow_in_narrative_does_not_move_the_scene():
    text = "Monday, 25 January 1937\nAftenposten will have it tomorrow; we shall have it this evening."
    assert ("this evening", "TIME", "1937-01-25TEV") in values(text)
    # look-alike: "the next day" moves the story
    assert ("that evening", "TIME", "1937-01-26TEV") in values(
        "Monday, 25 January 1937\nThe next day he came back, and that evening he left.")


def test_a_year_less_month_takes_the_year_its_sentence_gives_it():
    text = ("He lectured on 21 January 1929.\n\nAt the November plenum, which sat from 16 to 24 November 1928, "
            "he voted for the resolutions.")
    assert ("November", "DATE", "1928-11") in values(text)
    # look-alike: a day without its year and a different month later keep the anchor's year
    found = values("He spoke on 3 March 1929. He was expelled on Jan. 10, having lived there since January, 1928.")
    assert ("Jan. 10", "DATE", "1929-01-10") in found


def test_part_of_a_feast_day_with_its_date():
    text = "In May 1871 they fought. By the afternoon of Whit-Sunday, the 28th, Belleville had fallen."
    assert ("the afternoon of Whit-Sunday, the 28th", "TIME", "1871-05-28TAF") in values(text)
    # look-alike: the feast day alone stays a DATE
    assert ("Sunday, the 28th", "DATE", "1871-05-28") in values("In May 1871 they fought. On Whit-Sunday, the 28th, it fell.")


def test_news_horizon_and_named_years_do_not_move_the_story():
    text = ("A bill requiring a full service in Irish by 2030 passed its final stage. The Government remains committed "
            "to the 2030 target. Funding will be reviewed in the autumn.")
    assert ("the autumn", "DATE", "2025-FA") in values(text, "2025-03-13", "news")
    # look-alike: a past year the story has moved to still anchors
    assert ("the autumn", "DATE", "1926-FA") in values(
        "The strike began in 1926. The miners held out until the autumn.", "2025-03-13", "news")


def test_a_day_heading_ends_the_last_entrys_part_of_the_day():
    text = ("Monday, 25 January 1937\nWe shall have it this evening.\n\nWednesday, 27 January\n"
            "Knudsen rang at nine to say that the lawyer would speak.")
    assert ("nine", "TIME", "1937-01-27T09:00") in values(text)
    # look-alike: within one entry the evening still counts
    assert ("nine", "TIME", "1937-01-25T21:00") in values(
        "Monday, 25 January 1937\nWe shall have it this evening. Knudsen rang at nine to say so.")


def test_tomorrow_against_a_general_today_is_the_future():
    text = "On 12 July 1928 he warned: You cannot build factories today with bricks that will be made tomorrow."
    assert ("tomorrow", "DATE", "FUTURE_REF") in values(text)
    # look-alike: a story's tomorrow without a general today is a day
    assert ("tomorrow", "DATE", "1928-07-13") in values("On 12 July 1928 he warned that the bricks would come tomorrow.")


def test_since_a_weekday_does_not_move_the_story():
    text = "Saturday, 30 January 1937\nI have hardly slept since Tuesday, and tomorrow is my first free Sunday."
    found = values(text)
    assert ("Tuesday", "DATE", "1937-01-26") in found and ("tomorrow", "DATE", "1937-01-31") in found
    # look-alike: "on Tuesday" moves it
    assert ("tomorrow", "DATE", "1937-01-27") in values(
        "Saturday, 30 January 1937\nI slept badly on Tuesday, and tomorrow was no better.")


def test_every_unit_of_someones_stretch_is_a_set():
    assert ("every day", "SET", "P1D") in values("They waited for it every day of their childhood.")
    assert ("every week", "SET", "P1W") in values("Pravda now speaks every week of “self-criticism”.")
    # look-alike: a quantifier over a bare noun
    assert not any(t[1] == "SET" for t in values("Every month of delay costs exporters dear."))


def test_a_weekday_after_a_possessive_name_is_the_events_name():
    assert values("In June 1908 they marched. Women's Sunday was a triumph.") == {("June 1908", "DATE", "1908-06")}
    # look-alike: after a preposition it is a day
    assert ("Sunday", "DATE", "XXXX-WXX-7") in values("In June 1908 they met. On Sunday they marched.")


def test_years_of_a_multi_volume_title_are_not_dates():
    assert values("E. H. Carr, Socialism in One Country, 1924–1926, vol. 2 (London, 1959).") == {("1959", "DATE", "1959")}
    # look-alike: a range in a sentence that later names a volume
    assert ("1924–1926", "DATE", "1924/1926") in values("The war lasted 1924–1926, and vol. 2 of his memoirs covers it.")


def test_be_to_points_a_weekday_ahead():
    text = "MOSCOW, Nov. 7.—The Commission, which heard the case on Saturday, is to meet again on Thursday or Friday."
    assert ("Thursday", "DATE", "1927-11-10") in values(text, "1927-11-07", "news")
    # look-alike: the past clause's weekday stays behind
    assert ("Saturday", "DATE", "1927-11-05") in values(text, "1927-11-07", "news")


def test_a_speakers_now_opening_a_topic_is_no_date():
    assert values("AYDIN: It is. Now, the Turks were perfectly polite.") == set()
    assert values("It doesn't end it.\n\nNow, here's the question.") == set()
    # look-alikes: the time itself
    assert ("Now", "DATE", "PRESENT_REF") in values("Now, like Orwell's pig, he walks on two legs.")
    assert ("now", "DATE", "PRESENT_REF") in values("The party is now the state.")


def test_an_offset_set_off_after_a_day_restates_it():
    text = "On 2 July 1928 the Act passed. Mrs Pankhurst had died on 14 June, eighteen days earlier."
    assert ("eighteen days earlier", "DATE", "1928-06-14") in values(text)
    # look-alike: an offset in its own sentence counts from the story's day
    assert ("Eighteen days earlier", "DATE", "1928-06-14") in values(
        "On 2 July 1928 the Act passed. Eighteen days earlier Mrs Pankhurst had died.")


def test_a_bare_early_hour_after_the_morning_is_in_the_afternoon():
    text = "Saturday, 23 January 1937\nThe trial opened this morning. Knudsen came to the office at four."
    assert ("four", "TIME", "1937-01-23T16:00") in values(text)
    # look-alike: after the night was mentioned it stays before dawn (the next day's small
    # hours since dates.v12)
    assert ("four", "TIME", "1937-01-24T04:00") in values(
        "Saturday, 23 January 1937\nI could not sleep that night. The guard came at four.")


def test_by_six_with_no_part_of_the_day_is_the_evening():
    text = "Monday, 25 January 1937\nKnudsen was right. The editor wants a piece by six."
    assert ("six", "TIME", "1937-01-25T18:00") in values(text)
    # look-alike: "at six" keeps the morning reading
    assert ("six", "TIME", "1937-01-25T06:00") in values("Monday, 25 January 1937\nI'm on duty at six.")


def test_a_laws_year_after_of_belongs_to_its_name():
    assert values("The decree invokes the Expropriation Law of 1936 and follows it.") == set()
    # look-alike: a lower-case law is no name
    assert ("1936", "DATE", "1936") in values("The law of 1936 was different.")


def test_weekday_and_part_of_day_before_an_ordinal_word_day():
    assert ("Saturday, the first of December 1934", "DATE", "1934-12-01") in values(
        "The Tram\n\nOn Saturday, the first of December 1934, Anna woke.")
    assert ("the morning of Saturday, the sixth of April, 1912", "TIME", "1912-04-06TMO") in values(
        "He took the ferry on the morning of Saturday, the sixth of April, 1912, with eleven dollars.")
    # look-alike: the ordinal day alone is unchanged
    assert ("the fifth of May", "DATE", "XXXX-05-05") in values("On the fifth of May he left.")


def test_the_before_a_weekday_is_in_its_span():
    assert ("the Sunday", "DATE", "1924-01-27") in values(
        "On 21 January 1924 he died. The funeral had been held on the Sunday, and he knew.")
    # look-alikes: a title, and a weekday with no article
    assert values("The Sunday Worker called it.") == set()
    assert ("Sunday", "DATE", "XXXX-WXX-7") in values("On Sunday he left.")


def test_the_early_hours_of_a_day_are_its_morning():
    assert ("the early hours of 18 March", "TIME", "1871-03-18TMO") in values(
        "In March 1871 Thiers ruled.\n\nIn the early hours of 18 March Thiers sent troops.")
    # look-alike: "the hours of" alone adds nothing
    assert ("18 March", "DATE", "1871-03-18") in values("In March 1871 the hours of 18 March passed.")


def test_the_nth_week_of_a_month_is_an_iso_week():
    assert ("the second week of January 1919", "DATE", "1919-W02") in values("In the second week of January 1919 it came.")
    assert ("the second week of December", "DATE", "1934-W50") in values(
        "In December 1934 Kirov died. In the second week of December the neighbours left.")
    # look-alike: a week that is no month's stays a duration or a relative date
    assert not any(t[2] and "-W" in t[2] for t in values("In the second week the talks failed."))


def test_year_ranges_of_a_reference_title_are_not_dates():
    assert values("[2] E. H. Carr, The Interregnum, 1923–1924, p. 368.") == set()
    assert values("Deutscher, The Prophet Unarmed: Trotsky 1921–1929 (Oxford: Oxford University Press).") == set()
    assert values("Carr. The Interregnum, 1923–1924. London: Macmillan.") == set()
    # look-alikes: a range in running text, with a bracket or a sentence after it
    assert ("1918–1920", "DATE", "1918/1920") in values("The war of 1918–1920 (Russia: a view) was long.")
    assert ("1923–1924", "DATE", "1923/1924") in values("He ruled from 1923–1924. London: the city grew.")


def test_in_the_evening_before_a_name_is_a_part_of_the_day():
    assert ("the evening", "TIME", "1927-11-07TEV") in values("On 7 November 1927 we marched. In the evening Kolya came round.")
    # look-alike: "the evening" as a modifier of a paper's name
    assert not any(t[1] == "TIME" for t in values("On 7 November 1927 we read the evening Pravda."))


def test_by_the_autumn_before_a_name_keeps_its_article():
    assert ("the autumn", "DATE", "1929-FA") in values("In 1929 things moved. “By the autumn Tomsky was a casualty.”")
    # look-alike: a season modifying a meeting's name
    assert ("spring", "DATE", "1929-SP") in values("In 1929 they held the spring Plenum.")


def test_a_title_case_duration_before_a_name_is_a_title():
    assert values("Review: Six Weeks in Winnipeg, by Helen Marchetti.") == set()
    assert values("In Britain it was called Ten Days That Shook the World.") == set()
    # look-alikes: ordinary case at a sentence's start and mid-sentence
    assert ("Six weeks", "DURATION", "P6W") in values("Six weeks in Winnipeg changed him.")
    assert ("six weeks", "DURATION", "P6W") in values("They stayed six weeks in Winnipeg.")


def test_early_on_the_nth_is_that_day_with_mod_start():
    found = {(t.text, t.value, t.mod) for t in find_dates(
        "On 10 February 1929 they sailed; the ship entered the Bosphorus only early on the 12th.", "1929-02-16", "news")}
    assert ("early on the 12th", "1929-02-12", "START") in found
    # look-alike: without the adverb no mod
    assert ("the 12th", "1929-02-12", None) in {(t.text, t.value, t.mod) for t in find_dates(
        "On 10 February 1929 they sailed and arrived on the 12th.", "1929-02-16", "news")}
