"""dates.v16, from gold/test24's errors: a weekday with a part of the day after a name, "7:30
o'clock p.m.", "June 3 of this year", "dawn the next day", "Candlemas Day, 1860", a feast in a
plan that does not move the story, the present of a timetable in news, and a year said in words
after an apostrophe ("in 'forty-one"). Each rule has a look-alike whose answer it must not
change."""

from __future__ import annotations

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def test_annotator_version():
    assert ANNOTATOR in ("dates.v16", "dates.v17")  # dates.v17 pins itself in test_timex_v17


def test_a_weekday_with_a_part_of_the_day_after_a_name_is_a_time():
    found = values("The Women's Guild met at the Grange Hall Thursday evening and voted on the roof.", "1905-06-10", "news")
    assert ("Thursday evening", "TIME", "1905-06-08TEV") in found
    # look-alike: a feast's weekday stays the feast's, whatever follows
    found = values("The choir sang at the chapel on Easter Sunday morning.", "1905-06-10", "news")
    assert not any(text == "Sunday morning" for text, _, _ in found)


def test_a_clock_time_with_o_clock_takes_p_m_after_it():
    found = values("The lodge meets Friday next at 8:15 o'clock p.m. for its annual election.", "1902-03-04", "news")
    assert ("Friday next at 8:15 o'clock p.m.", "TIME", "1902-03-07T20:15") in found
    # look-alike: without p.m. the span stops at "o'clock"
    found = values("The lodge meets Friday next at 8:15 o'clock for its annual election.", "1902-03-04", "news")
    assert ("Friday next at 8:15 o'clock", "TIME", "1902-03-07T08:15") in found


def test_a_day_of_this_year_is_one_date():
    found = values("On June 3 of this year the committee voted to close the mill.", "1931-09-12", "news")
    assert ("June 3 of this year", "DATE", "1931-06-03") in found
    # look-alike: a day and "this year" in separate phrases stay apart
    found = values("On June 3 the mill closed; this year has been hard.", "1931-09-12", "news")
    assert ("June 3", "DATE", "1931-06-03") in found and ("this year", "DATE", "1931") in found


def test_a_part_of_the_day_before_its_day_is_one_time():
    found = values("The column halted at the ford on 4 March 1882. At dawn the next day the march went on.")
    assert ("dawn the next day", "TIME", "1882-03-05TMO") in found
    # look-alike: two parts of the day stay two times
    found = values("The column halted at the ford on 4 March 1882. At dawn the following morning the march went on.")
    assert ("dawn", "TIME", "1882-03-04TMO") in found


def test_a_quarter_day_with_its_day_word_and_year_is_one_date():
    found = values("On Candlemas Day, 1860, the river froze over.")
    assert ("Candlemas Day, 1860", "DATE", "1860-02-02") in found
    # look-alike: the feast without "Day" still takes its year
    found = values("On Candlemas, 1860, the river froze over.")
    assert ("Candlemas, 1860", "DATE", "1860-02-02") in found


def test_a_feast_in_a_plan_does_not_move_the_story():
    text = ("On Martinmas, 1862, the mill stood idle. His letter said that he would be back for Christmas, "
            "and that the roof was sound.\n\nAt noon the carter came. \"We start to-morrow,\" he said.")
    found = values(text)
    assert ("noon", "TIME", "1862-11-11T12:00") in found and ("to-morrow", "DATE", "1862-11-12") in found
    # look-alike: a feast the story reaches moves it
    text = ("On Martinmas, 1862, the mill stood idle. At Christmas the roof was mended.\n\n"
            "At noon the carter came.")
    assert ("noon", "TIME", "1862-12-25T12:00") in values(text)


def test_the_present_of_a_timetable_looks_ahead_in_news():
    found = values("The new toll takes effect on April 2, when the bridge reopens.", "2025-09-20", "news")
    assert ("April 2", "DATE", "2026-04-02") in found
    # look-alike: a past tense looks back
    found = values("The new toll took effect on April 2, when the bridge was reopened.", "2025-09-20", "news")
    assert ("April 2", "DATE", "2025-04-02") in found


def test_a_year_in_words_after_an_apostrophe():
    text = 'It was in 1872 that she told him: "The pit flooded in \'fifty-three, and we never forgot it."'
    assert ("'fifty-three", "DATE", "1853") in values(text)
    # look-alike: a number before its noun is a count
    text = 'It was in 1872 that she told him: "They came in \'fifty wagons."'
    assert not any("fifty" in text for text, _, _ in values(text))


def test_a_clock_time_with_its_own_weekday_ignores_another_paragraphs_evening():
    text = ("The Grange will hold a supper at the hall Saturday evening.\n\n"
            "Elder Moss will speak at the Christian church at 10 o'clock next Sunday.")
    assert ("10 o'clock next Sunday", "TIME", "1904-05-08T10:00") in values(text, "1904-05-05", "news")
    # look-alike: without a day of its own the bare hour is still read in the evening named before
    text = ("The Grange will hold a supper at the hall Saturday evening.\n\n"
            "The dance will close at 10 o'clock.")
    assert ("10 o'clock", "TIME", "1904-05-07T22:00") in values(text, "1904-05-05", "news")


def test_a_year_as_a_base_of_comparison_is_a_date():
    found = values("The board will hold rents at 2019 levels for two years.", "2024-05-02", "news")
    assert ("2019", "DATE", "2019") in found
    # look-alike: a count of things before their noun stays a number
    found = values("The board ordered 2019 lamps for two years.", "2024-05-02", "news")
    assert not any(text == "2019" for text, _, _ in found)


def test_a_shipping_lists_day_without_its_article():
    text = "PORT OF LEITH. Arrived: 9th, Swallow, brig, from Danzig; 11th, Hope, s.s., from Bergen."
    found = values(text, "1881-07-12", "news")
    assert ("9th", "DATE", "1881-07-09") in found and ("11th", "DATE", "1881-07-11") in found
    # look-alike: a list of ordinals with no shipping verb is no day
    text = "The prizes: 9th, Swallow, a ribbon; 11th, Hope, a cup."
    assert not any(text in ("9th", "11th") for text, _, _ in values(text, "1881-07-12", "news"))


def test_a_morning_hour_after_a_night_is_the_next_day():
    text = ("The regiment marched out on the night of 14 May 1809 and halted by a ford. The attack began "
            "at about 7 a.m. under a heavy fog. At noon the bridge fell. The town surrendered four days later.")
    found = values(text)
    assert ("about 7 a.m.", "TIME", "1809-05-15T07:00") in found
    assert ("noon", "TIME", "1809-05-15T12:00") in found
    assert ("four days later", "DATE", "1809-05-19") in found
    # look-alike: without a night before it the morning stays on the day written
    text = ("The regiment marched out on 14 May 1809 and halted by a ford. The attack began "
            "at about 7 a.m. under a heavy fog.")
    assert ("about 7 a.m.", "TIME", "1809-05-14T07:00") in values(text)


def test_a_length_inside_a_wars_name_is_no_duration():
    found = values("My grandfather's regiment served through the Thirty Years' War and the Eight Days War.")
    assert not any(type_ == "DURATION" for _, type_, _ in found)
    # look-alike: a war that lasted seven years, in lower case, is a length
    found = values("They fought a seven years' war with the Danes.")
    assert ("seven years", "DURATION", "P7Y") in found


def test_a_weather_word_between_the_article_and_the_part_of_the_day():
    found = values("On 4 May 1858 the vicar walked home through the misty evening with his dog.")
    assert ("the misty evening", "TIME", "1858-05-04TEV") in found
    # look-alike: a part of the day before a noun names a thing, not a time
    found = values("On 4 May 1858 the vicar read the grey evening paper by the fire.")
    assert not any("evening" in text for text, _, _ in found)


def test_a_weekday_after_a_feast_is_one_day():
    text = ("The lease ran out in 1842. The agent called on the Tuesday after Michaelmas, 1842, at ten in "
            "the morning. \"To-day,\" he said, \"you must go.\"")
    found = values(text)
    assert ("the Tuesday after Michaelmas, 1842, at ten in the morning", "TIME", "1842-10-04T10:00") in found
    assert ("To-day", "DATE", "1842-10-04") in found
    assert ("the Sunday before Candlemas", "DATE", "1842-01-30") in values("In 1842 we met on the Sunday before Candlemas.")
    # look-alike: a weekday after a day of a month is left as it was
    found = values("In 1842 we met on the Sunday after 3 May.")
    assert ("3 May", "DATE", "1842-05-03") in found


def test_a_year_a_transcript_speaker_says_does_not_date_another_turn():
    text = ("Meeting of the Harbour Board\n"
            "Third sitting, morning of 12 November 1931. Shorthand report.\n\n"
            "MR. HALE: We warned you in 1926 and you did nothing.\n\n"
            "MR. ROSS: The dredger broke down in May. The board will meet again in February.")
    found = values(text)
    assert ("May", "DATE", "1931-05") in found and ("February", "DATE", "1932-02") in found
    # look-alike: within the speaker's own turn the year he said holds
    text = ("Meeting of the Harbour Board\n"
            "Third sitting, morning of 12 November 1931. Shorthand report.\n\n"
            "MR. HALE: In 1926 the dredger broke down in May.")
    assert ("May", "DATE", "1926-05") in values(text)
    # look-alike: a script's narrator tells the story; his year dates the next turn
    text = ("THE HARBOUR: PART TWO\n"
            "A documentary, first broadcast on Friday, 3 March 1961.\n\n"
            "NARRATOR: In the spring of 1926 the harbour silted up.\n\n"
            "NARRATOR: By May the dredger had broken down.")
    assert ("May", "DATE", "1926-05") in values(text)
