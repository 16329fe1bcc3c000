"""dates.v8: dated headings that run on into their entry (a diary's "Tuesday, 8th November.—",
a telegram's "PARIS, March 15.—") anchor what follows them, and more. Each rule has a
look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR in ("dates.v8", "dates.v9", "dates.v10", "dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v9 pins itself in test_timex_v9


# --- dated headings -----------------------------------------------------------------------------


def test_diary_heading_running_on_anchors_today_and_yesterday():
    text = ("Friday, 3rd March 1871.—The gate was shut.\n\n"
            "Sunday, 5th March.—Bread is dear from to-day, and the baker closed yesterday.")
    found = values(text)
    assert ("to-day", "DATE", "1871-03-05") in found
    assert ("yesterday", "DATE", "1871-03-04") in found


def test_today_without_a_heading_stays_the_present():
    # look-alike: no dated heading, so narrative "today" is the general present
    found = values("In 1871 the gate was shut. Bread is dear today, as everybody knows.")
    assert ("today", "DATE", "PRESENT_REF") in found


def test_telegram_dateline_anchors_its_paragraph():
    text = ("THE MORNING STAR.\n\n"
            "VIENNA, June 9.—The Council sat late last night. It rose at two o'clock this morning.\n\n"
            "ROME, June 8.—The steamer left Naples yesterday. The King spoke to-day.\n\n"
            "LOCAL NEWS.—The bazaar opened yesterday.")
    found = values(text, "1902-06-10", "news")
    assert ("last night", "TIME", "1902-06-08TNI") in found
    assert ("yesterday", "DATE", "1902-06-07") in found
    assert ("to-day", "DATE", "1902-06-08") in found
    # look-alike: a paragraph without a dateline counts from the paper's date
    assert ("yesterday", "DATE", "1902-06-09") in found


def test_date_inside_a_news_sentence_is_no_dateline():
    # look-alike: a date in running text followed by a dash does not anchor the paragraph
    found = values("The strike began on June 2 — and it spread yesterday.", "1902-06-10", "news")
    assert ("yesterday", "DATE", "1902-06-09") in found


# --- letters, telegrams and a character's words -------------------------------------------------


def test_weekday_with_the_day_keeps_its_month_word():
    found = values("On 16 May 1899 the Board met. It adjourned until Friday, the 26th inst.\n\nOTHER NEWS.",
                   "1899-05-16", "news")
    assert ("Friday, the 26th inst.", "DATE", "1899-05-26") in found
    found = values("On 16 May 1899 the Board met. It last sat on Monday, the 24th ult. in Leeds.", "1899-05-16", "news")
    assert ("Monday, the 24th ult.", "DATE", "1899-04-24") in found


def test_a_letter_dated_from_a_place_and_day():
    text = ("It was the 20th of May, 1850, when the post came. The letter was dated from Bristol, the 12th. "
            "He went out to-morrow.")
    found = values(text)
    assert ("the 12th", "DATE", "1850-05-12") in found
    # the day it was written is a look back: the story stays on the 20th
    assert ("to-morrow", "DATE", "1850-05-21") in found
    # look-alike: a street number after a place is no day
    assert spans("He lodged at Bristol, the 12th house on the left.") == []


def test_a_feast_in_a_characters_past_is_the_last_one():
    text = "It was the 3rd of September, 1850.\n\n“She called on us at Christmas,” said Ann."
    assert ("Christmas", "DATE", "1849-12-25") in values(text)
    # look-alike: a plan told in the past ("was to") is the coming one
    text = "It was the 3rd of September, 1850.\n\n“He was to come home at Michaelmas,” said Ann."
    assert ("Michaelmas", "DATE", "1850-09-29") in values(text)


def test_a_characters_tomorrow_counts_from_the_scene():
    text = ("It was on the evening of the 3rd of September, 1850, that the coach came.\n\n"
            "“The ship leaves on Friday,” she said. “I shall go to the port to-morrow.”\n\n"
            "The church clock struck ten.")
    found = values(text)
    assert ("Friday", "DATE", "1850-09-06") in found
    assert ("to-morrow", "DATE", "1850-09-04") in found
    assert ("ten", "TIME", "1850-09-03T22:00") in found or ("ten", "TIME", "1850-09-03T10:00") in found


def test_weekday_next_before_its_clock_time_is_one_time():
    found = values("On 16 March 1898 the club met. The annual dinner will be held on Friday next at seven o'clock.",
                   "1898-03-16", "news")
    assert ("Friday next at seven o'clock", "TIME", "1898-03-18T19:00") in found


def test_a_bare_hour_at_a_dinner_is_the_evening():
    found = values("On 2 May 1900 the club met. Dinner was served at eight o'clock.", "1900-05-02", "news")
    assert ("eight o'clock", "TIME", "1900-05-02T20:00") in found
    # look-alike: no evening occasion, the morning hour stays
    found = values("On 2 May 1900 the club met. The doors opened at eight o'clock.", "1900-05-02", "news")
    assert ("eight o'clock", "TIME", "1900-05-02T08:00") in found


def test_a_small_hour_near_midnight_is_the_night():
    text = ("On 9 July 1926 the jewels were stolen some time between midnight and dawn. "
            "“Where were you at two o'clock?” “Asleep.” The boat came at half past two.")
    found = values(text)
    assert ("two o'clock", "TIME", "1926-07-09T02:00") in found
    assert ("half past two", "TIME", "1926-07-09T02:30") in found
    # look-alike: with nothing pointing to the night, a bare two o'clock is the afternoon
    assert ("two o'clock", "TIME", "1926-07-09T14:00") in values("On 9 July 1926 he called at two o'clock.")


# --- lengths and recurrences ---------------------------------------------------------------------


def test_more_lengths_of_time():
    found = values("They had talked for the best part of three years. The line was shut for most of a month. "
                   "If it rains for another day we stop. For four nights nobody slept. "
                   "The pier will be done within the present twelvemonth. The repair took a day and a half.")
    assert ("the best part of three years", "DURATION", "P3Y") in found
    assert ("most of a month", "DURATION", "P1M") in found
    assert ("another day", "DURATION", "P1D") in found
    assert ("four nights", "DURATION", "P4D") in found
    assert ("the present twelvemonth", "DURATION", "P1Y") in found
    assert ("a day and a half", "DURATION", "P1.5D") in found


def test_length_look_alikes():
    # "another day" naming a day, "nights" counted without a length word, "most of" a non-length
    assert spans("He lived to fight another day.") == []
    assert spans("The three nights he remembered best were cold.") == []
    assert spans("Most of the week's work was done.") == []


def test_a_length_said_on_its_own():
    assert ("A week", "DURATION", "P1W") in values('"A week," she said, "and nothing has come."')
    # look-alike: an offset in running text
    assert ("A week later", "DATE", "1900-05-09") in values("On 2 May 1900 he sailed. A week later he was back.")


def test_weekend_lunchtime_and_weekday_parts():
    found = values("On Tuesday 8 October 2024 the line shut. By lunchtime it had reopened, but trains will be "
                   "busy over the coming weekend. The library is open on weekday mornings.", "2024-10-08", "news")
    assert ("lunchtime", "TIME", "2024-10-08TMI") in found
    assert ("the coming weekend", "DATE", "2024-W41-WE") in found
    assert ("weekday mornings", "SET", "XXXX-WXX-XTMO") in found
    # look-alike: "lunchtime" as a modifier with no preposition of time
    assert "lunchtime" not in spans("The lunchtime crowd was thin.", "2024-10-08", "news")


def test_nth_weekday_of_each_month_is_a_set():
    found = values("The society meets on the second Tuesday of every month.")
    assert ("the second Tuesday of every month", "SET", "P1M") in found
    # look-alike: a month with its year is one day
    assert ("the last Thursday of August 1913", "DATE", "1913-08-28") in values("It fell on the last Thursday of August 1913.")


# --- scores, horizons, appointments and months ---------------------------------------------------


def test_cricket_score_and_century_are_no_dates():
    found = spans("Resuming on 287 for 4 this morning, Patel made his first century.", "2025-06-21", "news")
    assert found == ["this morning"]
    # look-alikes: a clock time in the morning, and the era
    assert "6 this morning" in spans("The gates opened at 6 this morning.", "2025-06-21", "news")
    assert ("the first century", "DATE", "00") in values("Rome grew in the first century.")


def test_a_year_after_since_is_no_story_year_in_news():
    text = "They have not won at the ground since August 2011. The sides meet again on 4 July."
    assert ("4 July", "DATE", "2025-07-04") in values(text, "2025-06-21", "news")
    # look-alike: a story moved into the past keeps its year
    text = "The strike of 1926 was called on 3 May."
    assert ("3 May", "DATE", "1926-05-03") in values(text, "2025-06-21", "news")


def test_a_past_clock_time_is_not_on_a_day_ahead():
    text = ("The bowler will be fit on Sunday morning, the coach said. "
            "Play was held up for ten minutes at 3.20pm when a screen blew over.")
    assert ("3.20pm", "TIME", "2025-06-21T15:20") in values(text, "2025-06-21", "news")
    # look-alike: a clock time ahead stays on the day named
    text = "The final day begins on Sunday. Play starts at 10.30am."
    assert ("10.30am", "TIME", "2025-06-22T10:30") in values(text, "2025-06-21", "news")


def test_an_appointment_ahead_is_the_afternoon():
    found = values("It was the middle of June 1930. \"The doctor will see you at four,\" she said.")
    assert ("four", "TIME", "1930-06-XXT16:00") in found
    # look-alike: near midnight a small hour is the night's
    found = values("It was the middle of June 1930. The thieves came after midnight. \"They will leave at four,\" she said.")
    assert ("four", "TIME", "1930-06-XXT04:00") in found


def test_a_day_takes_the_month_the_text_last_gave():
    text = "I came in the middle of June 1930. He finished a book the same year. I left on the 21st."
    assert ("the 21st", "DATE", "1930-06-21") in values(text)


# --- habits, the winter just past, the weekend ----------------------------------------------------


def test_a_month_in_a_habit_is_any_years():
    assert ("August", "DATE", "XXXX-08") in values("In 1926 we sailed. Do they usually close the shutters in August?")
    assert ("May", "DATE", "XXXX-05") in values("The house was built in 1930. The orchard is at its best in May.")
    # look-alike: the habit word after the month says nothing of it
    assert ("September", "DATE", "1919-09") in values("In 1919 the army advanced. His appeal of September is usually quoted.")


def test_the_winter_in_a_spring_dispatch_is_the_one_just_past():
    found = values("Observers connect the trial with the fuel crisis of the winter.", "1930-04-20", "news")
    assert ("the winter", "DATE", "1929-WI") in found
    # look-alike: said of the future, the coming winter
    found = values("Officials fear the fuel crisis will return in the winter.", "1930-04-20", "news")
    assert ("the winter", "DATE", "1930-WI") in found


def test_the_weekend_follows_the_tense():
    assert ("the week-end", "DATE", "1908-W46-WE") in values("Frost is expected to continue over the week-end.",
                                                             "1908-11-14", "news")
    assert ("the weekend", "DATE", "2024-W40-WE") in values("Trains were crowded over the weekend.", "2024-10-08", "news")


def test_a_characters_month_follows_the_tense():
    found = values("It was the 9th of February, 1853.\n\n“Arthur wrote in November,” she said. “He will come in May.”")
    assert ("November", "DATE", "1852-11") in found
    assert ("May", "DATE", "1853-05") in found
    # look-alike: narration in the past tense moves forward with the story
    found = values("It was the 9th of February, 1853. In November the bank failed.")
    assert ("November", "DATE", "1853-11") in found


def test_a_diary_heading_weekday_and_bare_ordinal():
    text = "Monday, 2nd April 1917.\nWe worked.\n\nThursday, 5th.\nA convoy came."
    assert ("Thursday, 5th", "DATE", "1917-04-05") in values(text)
    # look-alike: in running text "Thursday, 5th" is no heading
    assert "Thursday, 5th" not in spans("On 2 April 1917 we met. It was Thursday, 5th in the queue.")


def test_half_a_day():
    assert ("Half a day", "DURATION", "P0.5D") in values("Half a day off at last.")
    assert ("half an hour", "DURATION", "PT0.5H") in values("He waited half an hour.")  # dates.v10


def test_days_before_a_feast_are_one_date():
    found = values("Last December, a flood halted the line for a day, two days before Christmas.", "2024-10-08", "news")
    assert ("two days before Christmas", "DATE", "2023-12-23") in found
    found = values("The shops will open a week after Easter.", "2024-02-08", "news")
    assert ("a week after Easter", "DATE", "2024-04-07") in found
    # look-alike: a length before a clause stays a length
    assert ("two days", "DURATION", "P2D") in values("He left two days before the war began.", "2024-02-08", "news")


def test_opening_days_are_a_set():
    found = values("Open Tuesday to Sunday, 10 a.m. to 5 p.m. Admission free.")
    assert ("Tuesday to Sunday, 10 a.m. to 5 p.m.", "SET", "XXXX-WXX-2/XXXX-WXX-7") in found
    # look-alike: a stay from one day to another is no opening time
    assert "Tuesday to Sunday" not in spans("On 3 May 1920 we came. We stayed from Tuesday to Sunday.")


def test_between_midnight_and_an_hour_is_one_range():
    found = values("On 9 July 1926 the pearls went some time between midnight and three.")
    assert ("between midnight and three", "TIME", "1926-07-09T00:00/1926-07-09T03:00") in found
    # look-alike: midnight and a non-hour
    assert "midnight" in spans("On 9 July 1926 he came between midnight and the dawn.")


def test_a_diary_day_opening_its_entry_with_a_full_stop():
    text = "7 November 1927. We marched.\n\n14 November. They were expelled today. I saw it yesterday."
    found = values(text)
    assert ("today", "DATE", "1927-11-14") in found
    assert ("yesterday", "DATE", "1927-11-13") in found


def test_for_next_week_without_the_is_the_week():
    assert ("next week", "DATE", "2019-W12") in values("For next week, read chapters 9 to 11.", "2019-03-12", "news")
    # look-alike: with "the" it is a length
    assert ("the next week", "DURATION", "P1W") in values("It will rain for the next week.", "2019-03-12", "news")


def test_a_bare_hour_after_an_evening_clock_time_is_later_that_evening():
    text = ("On the evening of 30 September 1923 we met. The hall was full by seven. "
            "At a quarter to ten the lights went out, and I got home at eleven.")
    found = values(text)
    assert ("a quarter to ten", "TIME", "1923-09-30T21:45") in found
    assert ("eleven", "TIME", "1923-09-30T23:00") in found
    # look-alike: a morning mentioned in between starts the hours again
    text = ("On the evening of 30 September 1923 we met. The hall was full by seven. "
            "Next morning I woke at ten.")
    assert ("ten", "TIME", "1923-09-30T22:00") not in values(text)


def test_last_night_in_a_diary_is_a_glance():
    text = ("Tuesday, 22 January 1924\n\nWoke at seven. He died last night at Gorki, at ten minutes to seven "
            "in the evening. Went to the Telegraph at 3 p.m. and was told nothing would go before midnight.")
    found = values(text)
    assert ("ten minutes to seven in the evening", "TIME", "1924-01-21T18:50") in found
    assert ("3 p.m.", "TIME", "1924-01-22T15:00") in found
    # look-alike: in news "last night" counts from the dateline as before
    assert ("last night", "TIME", "1924-01-21TNI") in values("He died last night.", "1924-01-22", "news")


def test_a_ball_in_play_is_no_evening():
    # look-alike for the evening occasions: a cricket ball at eleven o'clock is the morning's
    found = values("On 21 June 2025 the first ball was bowled at eleven o'clock.", "2025-06-21", "news")
    assert ("eleven o'clock", "TIME", "2025-06-21T11:00") in found


def test_half_past_with_oclock_joined_to_its_day():
    found = values("On 14 November 1908 the society met. The concert will be held on Friday, the 27th inst., "
                   "at half-past seven o'clock.", "1908-11-14", "news")
    assert ("Friday, the 27th inst., at half-past seven o'clock", "TIME", "1908-11-27T19:30") in found
    # look-alike: without an evening occasion the hour stays the morning's
    found = values("On 14 November 1908 the doors opened at half-past seven o'clock.", "1908-11-14", "news")
    assert ("half-past seven o'clock", "TIME", "1908-11-14T07:30") in found


def test_late_last_night_after_till_is_one_span():
    found = values("The committee sat till late last night.", "1908-11-14", "news")
    assert ("late last night", "TIME", "1908-11-13TNI") in found
    assert [t.mod for t in find_dates("The committee sat till late last night.", "1908-11-14", "news")] == ["END"]
    # look-alike: "sat late" is the verb's adverb
    assert spans("The Chamber sat late last night.", "1908-11-14", "news") == ["last night"]


def test_a_resolution_to_act_looks_ahead():
    found = values("The committee has resolved to recommend a return to work on Monday.", "1908-11-14", "news")
    assert ("Monday", "DATE", "1908-11-16") in found
    # look-alike: a vote's tally is no intention ("voted 19 to 6 on Tuesday" happened)
    found = values("The council voted 19 to 6 on Tuesday to close it.", "2023-06-22", "news")
    assert ("Tuesday", "DATE", "2023-06-20") in found


def test_log_day_heading_running_into_its_entry():
    text = "Log of the barque, March 1853.\n\nSunday, 13th. Calm through the first watch."
    assert ("Sunday, 13th", "DATE", "1853-03-13") in values(text, "1853-03-20", "diary")
    # look-alike: mid-sentence, "Sunday, 13th." is no heading
    assert "Sunday, 13th" not in spans("Log, March 1853. We met on Sunday, 13th. Calm it was.", "1853-03-20", "diary")


def test_apostrophe_two_digit_year_after_in():
    assert ("'49", "DATE", "1849") in values("Not such a sea since the Horn in '49.", "1853-03-14", "diary")
    assert ("'63", "DATE", "1863") in values("My mother heard him in '63, and her mother.", "1907-12-20", "fiction")
    # look-alikes: a plural noun, and an apostrophe that opens a quotation
    assert spans("They struck gold in '49ers country.", "1900-01-01", "news") == []
    assert spans("He starred in '12 Angry Men' once.", "1990-01-01", "news") == []
