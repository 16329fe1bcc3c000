"""dates.v10: days and years said in words, spoken clock times, quarter hours, fortnights, and a
place's present name that is no time. Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v10", "dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")


def test_an_ordinal_word_after_on_is_a_day_of_the_month():
    found = values('"The Corinthia sails from Liverpool on the twenty-second."', "1857-10-10", "news")
    assert ("the twenty-second", "DATE", "1857-10-22") in found
    assert not any(t == "DURATION" for _, t, _ in found)  # not twenty seconds


def test_an_ordinal_word_that_counts_something_else_is_no_day():
    assert values("In relation to the second, we must be careful. He won on the first ballot.", "1922-12-30") == set()
    # a hyphenated count of seconds before a noun stays a duration
    assert ("twenty-second", "DURATION", "PT20S") in values("After a twenty-second pause he went on.")


def test_years_said_in_words_after_a_preposition():
    found = values("“In nineteen-five I saw men shot. Since nineteen twenty-seven nobody asks.”", "1928-01-10")
    assert ("nineteen-five", "DATE", "1905") in found
    assert ("nineteen twenty-seven", "DATE", "1927") in found
    assert ("eighteen hundred and twelve", "DATE", "1812") in values("It was built in eighteen hundred and twelve.")


def test_counts_are_no_spoken_years():
    assert values("Of nineteen twenty men came back. He sold nineteen five-pound notes.") == set()


def test_a_spoken_clock_time_after_a_preposition():
    found = values("About five o'clock the sounder opened. The eastbound came through at six-twenty.", "1906-01-14")
    assert any(text == "six-twenty" and kind == "TIME" and value.endswith("T18:20") for text, kind, value in found)
    assert ("ten-fifteen", "TIME", "1906-01-14T10:15") in values("The train leaves at ten-fifteen.", "1906-01-14")
    # a number pair without a hyphen before a noun is a count
    assert values("At six twenty men were waiting.", "1906-01-14") == set()


def test_quarter_hours_and_fortnights():
    assert ("an hour and a quarter", "DURATION", "PT1H15M") in values("After a discussion lasting an hour and a quarter, it was lost.")
    assert ("two hours and a quarter", "DURATION", "PT2H15M") in values("The march took two hours and a quarter.")
    assert ("an hour and a half", "DURATION", "PT1.5H") in values("The march took an hour and a half.")
    assert ("half an hour", "DURATION", "PT0.5H") in values("He wrote them in half an hour.")
    assert ("two years and a half", "DURATION", "P2.5Y") in values("He came home after two years and a half.")
    assert ("Once a fortnight", "SET", "P2W") in values("Once a fortnight, I suppose, if the steamers run.")
    assert ("a fortnight", "DURATION", "P2W") in values("He stayed a fortnight.")


def test_a_place_s_present_name_in_brackets_is_no_time():
    assert values("It was fought around the town of Plevna (now Pleven) in 1877.") == {("1877", "DATE", "1877")}
    assert ("now", "DATE", "PRESENT_REF") in values("The town (now, at last) is quiet.")


def test_should_points_a_bare_season_forward():
    found = values("The committee recommended that the Corporation should apply for powers, and that the work be "
                   "put in hand in the spring.", "1909-10-16", "news")
    assert ("the spring", "DATE", "1910-SP") in found
    assert ("the spring", "DATE", "1909-SP") in values("The work was put in hand in the spring.", "1909-10-16", "news")


def test_rates_per_hour_and_per_unit_of_measure():
    assert ("a year", "SET", "P1Y") in values("The glacier was thinning by half a metre a year.")
    assert ("an hour", "SET", "PT1H") in values("The ship was making four inches an hour.")
    # look-alike: an hour that is a length
    assert ("an hour", "DURATION", "PT1H") in values("He waited for an hour.")


def test_no_dates_in_law_report_citations_or_questions_of_length():
    assert values("Neutral Citation Number: [2019] EWHC 2871 (Ch)") == set()
    assert values("I cannot yet say how many days the Committee stage will need.") == set()
    # look-alikes: a bracketed year in running text, a vague length that is said
    assert ("1917", "DATE", "1917") in values("The revolution [1917] changed everything.")
    assert ("many days", "DURATION", "PXD") in values("We waited many days.")
    assert ("a fortnight", "DURATION", "P2W") in values("The members request a fortnight to consider it.")
