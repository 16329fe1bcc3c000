"""dates.v15, from gold/test23's errors and the weakest dev sets: clock times with "to-morrow",
"late to-day", lengths ("within the hour", "all day", "a month old"), the hours of a SET ("9 to
11 a.m. daily", "Wednesdays, two to four", "four o'clock every afternoon"), rates in shillings,
days ahead ("remanded until Friday", "have until the end of March"), a speaker's weekday, a
historical aside that does not outlive its paragraph, news history across paragraphs, and old
forms ("the 28th ult.", "Three of the Clock"). Each rule has a look-alike whose answer it must
not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return {(t.text, t.type) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v15", "dates.v16", "dates.v17")  # dates.v16 pins itself in test_timex_v16


def test_a_clock_time_to_morrow_is_not_read_in_to_nights_part_of_the_day():
    text = ("BERLIN, Feb. 12.—The Government has not yet decided, a spokesman said to-night.\n\n"
            "The police have posted two men at the gate, and visitors will be admitted only at 10 o'clock to-morrow.")
    assert ("10 o'clock to-morrow", "TIME", "1929-02-13T10:00") in values(text, "1929-02-12", "news")
    # look-alike: a bare hour after the evening named is still the evening's
    text = ("BERLIN, Feb. 12.—The Government has not yet decided, a spokesman said to-night.\n\n"
            "The debate went on through the evening, and the House rose at 10 o'clock.")
    assert ("10 o'clock", "TIME", "1929-02-12T22:00") in values(text, "1929-02-12", "news")


def test_late_to_day_is_one_span():
    found = find_dates("CONSTANTINOPLE, Feb. 12.—Trotzky stepped ashore here late to-day from the steamer.", "1929-02-12", "news")
    assert ("late to-day", "DATE", "1929-02-12", "END") in {(t.text, t.type, t.value, t.mod) for t in found}
    # look-alike: "sat late" - the sitting ran late, "late" is the verb's
    found = find_dates("PARIS, Feb. 12.—The Chamber sat late to-day upon the budget.", "1929-02-12", "news")
    assert ("to-day", "DATE", "1929-02-12", None) in {(t.text, t.type, t.value, t.mod) for t in found}


def test_the_month_of_a_month_is_one_span():
    found = values("No foreign aircraft landed at Kjeller during the month of December 1935.")
    assert ("the month of December 1935", "DATE", "1935-12") in found
    found = values("In March 1920 the rain came. In the month of June it stopped.")
    assert ("the month of June", "DATE", "1920-06") in found
    # look-alike: a name that is not a month's noun stays out ("the Days of May")
    found = values("In March 1920 the rain came. He wrote the Days of May in 1921.")
    assert not any(text.endswith("of May") and text != "May" for text, _, _ in found)


def test_within_the_unit_is_a_length():
    found = values("The police were on the site within the hour and took the foreman away.")
    assert ("the hour", "DURATION", "PT1H") in found
    # look-alike: "within the month of May" is the month
    found = values("In 1920 the rain came. The roof was mended within the month of May.")
    assert ("the month of May", "DATE", "1920-05") in found
    assert not any(v == "P1M" for _, _, v in found)


def test_a_length_set_against_another():
    found = values('"The peak lasted weeks, not days," he said.')
    assert ("days", "DURATION", "PXD") in found
    # look-alike: "not days" with no length before it is no time
    found = values('"It was not days of rest," he said.')
    assert not any(t == "days" for t, _, _ in found)


def test_all_day_is_a_length():
    found = values("Sunday, 23rd.—Nothing. Snow all day. I have begun to pack.")
    assert ("all day", "DURATION", "P1D") in found
    # look-alike: "all day tickets" names a kind of ticket
    found = values("The company sold all day tickets at the pier.")
    assert not any(t == "all day" for t, _, _ in found)


def test_lengths_after_sitting_and_inside_of():
    assert ("an hour", "DURATION", "PT1H") in values("The commandant sat an hour over tea.")
    assert ("an hour", "DURATION", "PT1H") in values("I want the topmasts sent on deck inside of an hour.")
    # look-alike: "sat a moment" has no unit; "a day" as a subject after "sat" is not reached
    found = values("He sat an old chair by the fire.")
    assert not found


def test_a_things_age_leaves_old_out():
    found = values("Letters came from Radek and from Sosnovsky in Barnaul, both a month old.")
    assert ("a month", "DURATION", "P1M") in found
    # look-alike: a person's age in years keeps "old"
    found = values("He was 60 years old.")
    assert ("60 years old", "DURATION", "P60Y") in found


def test_bare_hours_of_a_daily_set():
    found = values("Dr. Fenwick may be consulted 9 to 11 a.m. daily. Teeth extracted without pain.")
    assert ("9 to 11 a.m. daily", "SET", "P1D") in found
    assert ("Luncheon 12 to 2 daily", "SET", "P1D") not in found
    assert ("12 to 2 daily", "SET", "P1D") in values("Best brands only. Luncheon 12 to 2 daily.")
    # look-alike: a dose is no hours
    assert ("daily", "SET", "P1D") in values("Take 2 to 3 daily after meals.")


def test_every_half_hour_is_a_set():
    assert ("every half-hour", "SET", "PT30M") in values("Ferry boats will run every half-hour in the meantime.")
    # look-alike: "every hour" keeps its own period
    assert ("every hour", "SET", "PT1H") in values("Ferry boats will run every hour in the meantime.")


def test_shillings_a_week_are_a_rate():
    found = values("WANTED, a steady Man to drive a bullock team. Wages, 25s. a week. Apply Walter Reid.")
    assert ("a week", "SET", "P1W") in found
    assert ("a day", "SET", "P1D") in values("Board and lodging, 7/6 a day.")
    # look-alike: a new sentence after an amount is no rate
    found = values("He was paid 25s. A week passed before he came back.")
    assert not any(type_ == "SET" for _, type_, _ in found)


def test_a_speakers_weekday_counts_from_the_scene_not_from_a_plan_in_the_talk():
    text = ("It was on the evening of the 14th of October, 1846, that the gig came up the lane.\n\n"
            '"We shall meet again at the Malton sessions on Tuesday week. Good night; I will send the papers by Saturday."')
    found = values(text)
    assert ("Tuesday week", "DATE", "1846-10-27") in found
    assert ("Saturday", "DATE", "1846-10-17") in found
    # look-alike: a bare echo of the day just named stays that day
    text = ("It was on the evening of 21 January 1924 that the telegram came: "
            '"The funeral will take place on Saturday."\n\nNatalia read it. "Saturday," she said.')
    assert [v for t, _, v in values(text) if t == "Saturday"] == ["1924-01-26"]


def test_remanded_until_a_weekday_is_ahead():
    text = "POLICE COURT.—Tuesday. A gardener was charged with having opium. The case was remanded until Friday."
    assert ("Friday", "DATE", "1891-06-05") in values(text, "1891-06-03", "news")
    # look-alike: a past stretch that lasted until a weekday is the last one
    text = "POLICE COURT.—Tuesday. The carters' strike lasted until Friday."
    assert ("Friday", "DATE", "1891-05-29") in values(text, "1891-06-03", "news")


def test_ult_makes_a_day_after_any_word():
    text = "MOUNT MORGAN.—The returns for the four weeks ended the 28th ult. show 10,412 oz. of gold."
    assert ("the 28th ult.", "DATE", "1891-05-28") in values(text, "1891-06-03", "news")
    # look-alike: without "ult." an ordinal after "ended" counts something else
    text = "MOUNT MORGAN.—The returns for the quarter ended the 28th show gold."
    assert not any(t.startswith("the 28th") for t, _, _ in values(text, "1891-06-03", "news"))


def test_a_time_limit_until_a_month_is_ahead():
    text = "ACCRA, Nov 6 — Firms holding leases inside reserves have until the end of March to leave, the Commission said."
    assert ("the end of March", "DATE", "2026-03") in values(text, "2025-11-06", "news")
    # look-alike: a past stretch until a month is the last one
    text = "ACCRA, Nov 6 — Firms held leases inside reserves until the end of March, the Commission said."
    assert ("the end of March", "DATE", "2025-03") in values(text, "2025-11-06", "news")


def test_bare_spring_after_a_preposition_of_time():
    text = 'Friday, 21st December 1928.—Rakovsky writes that the Right "will be gone by spring" and that we must hold out.'
    assert ("spring", "DATE", "1929-SP") in values(text)
    # look-alike: spring water, spring rolls
    assert not values("He washed by spring water and ate in spring rolls.")


def test_the_part_of_a_day_said_in_words_whatever_follows():
    text = "We lay in Apia harbour in the March of 1889. On the afternoon of the fifteenth the glass began to fall."
    assert ("the afternoon of the fifteenth", "TIME", "1889-03-15TAF") in values(text)
    # look-alike: an ordinal word after "on" before a noun counts something else
    assert not any("second" in t for t, _, _ in values("In March 1889 he was elected on the second ballot."))


def test_a_simile_feast_and_a_week_anchor():
    text = ("By the first week of November 1927 the snow lay grey, and Vera counted the days as a child counts "
            "the days to Christmas.\n\nOn the morning of the seventh they went together towards Red Square.")
    assert ("the morning of the seventh", "TIME", "1927-11-07TMO") in values(text)
    # look-alike: a feast the story itself reaches does move it
    text = ("By the first week of November 1927 the snow lay grey. They kept Christmas at the dacha.\n\n"
            "On the morning of the seventh they went together towards Red Square.")
    assert ("the morning of the seventh", "TIME", "1927-12-07TMO") in values(text)


def test_on_the_fourteenth_before_a_new_clause():
    text = "In November 1927 it snowed. On the fourteenth the Central Committee expelled Trotsky."
    assert ("the fourteenth", "DATE", "1927-11-14") in values(text)
    # look-alike: "on the second ballot" counts ballots
    assert not any("second" in t for t, _, _ in values("In November 1927 he won on the second ballot."))


def test_a_bare_hour_before_a_manner_and_after_a_look_back_to_the_morning():
    text = ("We lay in Apia harbour in the March of 1889. On the afternoon of the fifteenth the glass began to fall, "
            "and by five o'clock we had both anchors down.\n\nTui had gone ashore that morning to his mother's village, "
            "and came back at six in a canoe with a face like chalk.")
    assert ("six", "TIME", "1889-03-15T18:00") in values(text)
    # look-alike: a morning the story itself reaches puts the bare hour in the morning
    text = ("We lay in Apia harbour in the March of 1889. On the afternoon of the fifteenth the glass began to fall, "
            "and by five o'clock we had both anchors down.\n\nNext morning Tui went ashore, "
            "and came back at six in a canoe.")
    assert not any(v and v.endswith("T18:00") for _, _, v in values(text))


def test_a_historical_aside_does_not_outlive_its_paragraph():
    text = ("The Battle of Tannenberg was fought 26 to 30 August 1914. The Germans named it after Tannenberg "
            "to answer the defeat of the Teutonic Knights at Grunwald in 1410.\n\n"
            "Two armies entered East Prussia in mid-August. On 20 August Rennenkampf checked the Germans.")
    found = values(text)
    assert ("1410", "DATE", "1410") in found
    assert ("20 August", "DATE", "1914-08-20") in found
    assert ("mid-August", "DATE", "1914-08") in found
    # look-alike: a paragraph that goes back and stays there keeps its own year
    text = ("The Battle of Tannenberg was fought 26 to 30 August 1914.\n\n"
            "In 1410 the Teutonic Knights marched south. On 15 July they were beaten at Grunwald.")
    assert ("15 July", "DATE", "1410-07-15") in values(text)


def test_news_history_stays_in_its_year_across_paragraphs():
    text = ("The National Archives opened the last files on the strike.\n\n"
            "Historians say the strike of 1926, called on 3 May and ended on 12 May, remains contested.\n\n"
            '"These papers let us hear the other side at last," Whitlock said.\n\n'
            "The miners, locked out since 1 May, held out until late November.")
    found = values(text, "2026-05-06", "news")
    assert ("1 May", "DATE", "1926-05-01") in found
    assert ("late November", "DATE", "1926-11") in found
    # look-alike: once the text comes back to the present, a month is the paper's again
    text = ("The National Archives opened the last files on the strike.\n\n"
            "Historians say the strike of 1926, called on 3 May and ended on 12 May, remains contested.\n\n"
            "The archives said on Wednesday that they would open the files.\n\n"
            "The reading room closed in March for repairs.")
    assert ("March", "DATE", "2026-03") in values(text, "2026-05-06", "news")


def test_a_two_digit_year_gives_the_news_story_its_year():
    text = ("Interview recorded at his home in Swansea.\n\n"
            "HENNESSY: In January ’37 Bob Edwards was taking a contingent out to join the militia.\n\n"
            "MORAN: You were in Barcelona in May?")
    found = values(text, "1979-06-14", "news")
    assert ("January ’37", "DATE", "1937-01") in found
    assert ("May", "DATE", "1937-05") in found
    # look-alike: a two-digit year close to the paper's year does not make it history
    text = ("Interview recorded at his home in Swansea.\n\n"
            "HENNESSY: In January ’78 Bob Edwards was taking a contingent out.\n\n"
            "MORAN: You were in Barcelona in May?")
    assert ("May", "DATE", "1979-05") in values(text, "1979-06-14", "news")


def test_a_bare_hour_to_morrow_is_not_read_in_to_days_evening():
    text = 'On the evening of 5 June 1911 the foreman came to the yard. "Come at six to-morrow," he said.'
    assert ("six to-morrow", "TIME", "1911-06-06T06:00") in values(text)
    # look-alike: a bare hour the same evening is the evening's
    text = 'On the evening of 5 June 1911 the foreman came to the yard. He left at eight.'
    assert ("eight", "TIME", "1911-06-05T20:00") in values(text)


def test_a_clock_striking_in_a_scene_is_the_evenings():
    text = "On 9 February 1853 Honoria drew him to the fire. She was silent for a minute. The clock upon the mantel struck seven."
    assert ("seven", "TIME", "1853-02-09T19:00") in values(text)
    # look-alike: after the morning is named, it strikes the morning's hour
    text = "On the morning of 9 February 1853 Honoria drew him to the fire. The clock upon the mantel struck seven."
    assert ("seven", "TIME", "1853-02-09T07:00") in values(text)


def test_between_months_over_the_turn_of_the_year():
    text = "In October 1924 he wrote the preface. Between November and January the party press carried 200 articles."
    assert ("Between November and January", "DATE", "1924-11/1925-01") in values(text)
    # look-alike: a run within one year stays in it
    text = "In October 1923 he wrote the preface. Between September and December the secretaries were replaced."
    assert ("Between September and December", "DATE", "1923-09/1923-12") in values(text)


def test_for_perhaps_a_length():
    found = find_dates("I lay and counted for perhaps twenty minutes before it stopped.")
    assert ("perhaps twenty minutes", "DURATION", "PT20M", "APPROX") in {(t.text, t.type, t.value, t.mod) for t in found}
    # look-alike: a hedge not after "for" stays out
    assert ("a minute", "DURATION", "PT1M") in values("I held on as long as I dared, which was perhaps a minute.")


def test_a_clock_time_before_its_recurrence_is_one_set():
    assert ("four o'clock every afternoon", "SET", "XXXX-XX-XXT16:00") in values(
        "The old cook brought him tea at four o'clock every afternoon and called him the Chief.")
    assert ("six each morning", "SET", "XXXX-XX-XXT06:00") in values(
        "The photographs show Trotsky at his desk at six each morning, finishing the book.")
    # look-alike: a clock time and a recurrence in the next sentence stay apart
    found = values("In May 1936 he arrived at six. Every morning he wrote.")
    assert ("Every morning", "SET", "XXXX-XX-XXTMO") in found


def test_the_nth_of_a_month_last_year_keeps_its_article():
    text = "The line had carried 412,000 passengers since the 1st of October last year."
    assert ("the 1st of October last year", "DATE", "1908-10-01") in values(text, "1909-03-02", "news")
    # look-alike: without "the" the span starts at the day
    assert ("3 May last year", "DATE", "1908-05-03") in values("The line opened on 3 May last year.", "1909-03-02", "news")


def test_of_the_clock():
    text = "Thursday, 25th May, 1911.\n\nThe House met at a Quarter before Three of the Clock, Mr. SPEAKER in the Chair."
    assert ("a Quarter before Three of the Clock", "TIME", "1911-05-25T14:45") in values(text)
    text = "Thursday, 25th May, 1911.\n\nOrdered, That the House do meet To-morrow at Twelve of the Clock."
    assert ("To-morrow at Twelve of the Clock", "TIME", "1911-05-26T12:00") in values(text)
    # look-alike: "the hands of the clock" names no time
    assert not any("Clock" in t or "clock" in t for t, _, _ in values("He watched the hands of the clock in the lobby."))


def test_every_year_on_a_day_of_the_month_is_one_set():
    text = "The battle of 1864 is still commemorated in Denmark every year on 18 April."
    assert ("every year on 18 April", "SET", "XXXX-04-18") in values(text)
    # look-alike: a named feast keeps its own span
    found = values("Gallipoli became a founding story, remembered every year on Anzac Day.")
    assert ("every year", "SET", "P1Y") in found


def test_the_night_before_is_a_glance_back():
    text = ("On 3 July 1866 the Crown Prince, whose telegraph link had failed the night before, came up. "
            "His guards reached Chlum at around 2.45 p.m.")
    found = values(text)
    assert ("the night before", "TIME", "1866-07-02TNI") in found
    assert ("around 2.45 p.m.", "TIME", "1866-07-03T14:45") in found
    # look-alike: "the night before the battle" is no such phrase ("the night" alone)
    assert not any(t.startswith("the night before") for t, _, _ in values("On 3 July 1866 it rained the night before the battle."))


def test_hours_said_after_weekdays_are_one_set():
    text = "Essays are due at noon on 21 March. Office hours are Wednesdays, two to four, in Room 3.12."
    assert ("Wednesdays, two to four", "SET", "XXXX-WXX-3T14:00/XXXX-WXX-3T16:00") in values(text)
    # look-alike: a count after the weekdays is no hours
    assert ("Wednesdays", "SET", "XXXX-WXX-3") in values("He came on Wednesdays, two to four of them.")


def test_a_decade_word_with_an_apostrophe():
    assert ("the 'eighties", "DATE", "188") in values("In 1888 the mill, built in 1884, was enlarged in the 'eighties.")
    # look-alike: an age in a decade word is no date
    assert not values("He was in his 'twenties then.")


def test_from_day_to_day_of_a_month():
    text = "In 1927 the Fifteenth Party Congress, which met from 2 to 19 December, declared its adherence."
    assert ("2 to 19 December", "DATE", "1927-12-02/1927-12-19") in values(text)
    # look-alike: without "from" two numbers joined by "to" may be a vote
    assert ("19 December", "DATE", "1927-12-19") in values("In 1927 the Congress voted 2 to 19 December.")


def test_a_measure_is_no_hour():
    assert not any(t == "three" for t, _, _ in values("In April 1927 the cut would lower the river by three or four feet."))
    # look-alike: a bare hour that no measure follows stays a time
    assert any(t == "three" for t, _, _ in values("In April 1927 he said the work would be done by three, he hoped."))
