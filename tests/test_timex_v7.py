"""dates.v7: ranges of two full dates and month-first day ranges, composite and archaic
durations, "the past year", recurrence adjectives, movable feasts, more joins of a day and its
clock time, and anchoring fixes (silent years, letter headings, news deixis, future weekdays).
Each rule has a look-alike whose answer it must not change."""

from __future__ import annotations

import pytest

from succession.timex import ANNOTATOR, find_dates


def values(text, document_date=None, genre="narrative"):
    return {(t.text, t.type, t.value) for t in find_dates(text, document_date, genre)}


def spans(text, document_date=None, genre="narrative"):
    return [t.text for t in find_dates(text, document_date, genre)]


def test_annotator_version():
    assert ANNOTATOR in ("dates.v7", "dates.v8", "dates.v9", "dates.v10", "dates.v11", "dates.v12", "dates.v13", "dates.v14", "dates.v15", "dates.v16", "dates.v17")  # dates.v8 pins itself in test_timex_v8


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Käthe Kollwitz (née Schmidt; 8 July 1867 – 22 April 1945) was a German printmaker.",
         "8 July 1867 – 22 April 1945", "1867-07-08/1945-04-22"),
        ("Part of the Russo-Japanese War\nDate: 1 August 1904 - 2 January 1905\nLocation: Port Arthur",
         "1 August 1904 - 2 January 1905", "1904-08-01/1905-01-02"),
    ],
)
def test_two_full_dates_joined_by_a_dash_are_one_range(text, span, value):
    assert (span, "DATE", value) in values(text)


def test_two_full_dates_apart_stay_two():
    # look-alikes: a comma, or a line break, between the two dates
    assert spans("He was born on 8 July 1867, 22 April 1945 was the day he died.") == ["8 July 1867", "22 April 1945"]
    assert spans("1 August 1904 –\n2 January 1905") == ["1 August 1904", "2 January 1905"]


def test_month_first_day_range_takes_the_year_from_context():
    text = "The conference, which sat from Jan. 17 to 20, but it was not announced."
    assert ("Jan. 17 to 20", "DATE", "1925-01-17/1925-01-20") in values(text, "1925-01-24", "news")


def test_month_first_day_to_a_counted_noun_is_no_range():
    assert spans("On Jan. 17 to 20 delegates came.", "1925-01-24", "news") == ["Jan. 17"]


@pytest.mark.parametrize(
    "text,span,value,mod",
    [
        ("He has been jailed for four years and three months.", "four years and three months", "P4Y3M", None),
        ("The march took two hours and twenty minutes.", "two hours and twenty minutes", "PT2H20M", None),
        ("It lasted two weeks and three days.", "two weeks and three days", "P17D", None),
        ("We arrived after a passage of six-and-twenty days from Suez.", "six-and-twenty days", "P26D", None),
        ("The House rises on Friday for a week-long constituency break.", "week-long", "P1W", None),
        ("They ordered a two-year-long inquiry.", "two-year-long", "P2Y", None),
        ("He spoke for something like eight hours at a stretch.", "something like eight hours", "PT8H", "APPROX"),
    ],
)
def test_composite_archaic_and_adjectival_durations(text, span, value, mod):
    found = {(t.text, t.type, t.value, t.mod) for t in find_dates(text, "2025-10-22", "news")}
    assert (span, "DURATION", value, mod) in found


def test_composite_duration_look_alikes():
    # an offset stays an offset; units out of order stay two durations
    assert spans("It came four years and three months later.", "2025-10-22", "news") == ["four years", "three months later"]
    assert spans("three months and four years") == ["three months", "four years"]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The report shows 1,204 in-patients in the past year, against 1,131 in 1885.", "the past year", "P1Y"),
        ("He sold his house and repaid £61,000 in the past month.", "the past month", "P1M"),
        ("Trotzky is said to have spent the past week in his apartment.", "the past week", "P1W"),
        ("Professor Idowu has spent the last decade reading it.", "the last decade", "P1DE"),
        ("Bombed out of Berlin in 1943, she spent her last months at Moritzburg.", "her last months", "PXM"),
    ],
)
def test_the_past_unit_is_a_duration(text, span, value):
    assert (span, "DURATION", value) in values(text, "2025-10-22", "news")


def test_the_past_unit_look_alikes():
    # a week of a month is a date; "last year" is a date; a heading's title is no duration
    assert ("the last week of May", "DATE", "2025-W22") in values("It came in the last week of May.", "2025-10-22", "news")
    assert ("last year", "DATE", "2024") in values("It came last year.", "2025-10-22", "news")
    assert spans("The last months in Coyoacán: a timeline\nA teaching timeline") == []


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("At the monthly meeting of the Town Council on Tuesday, the Mayor spoke.", "monthly", "P1M"),
        ("The annual report of the hospital shows 1,204 in-patients.", "annual", "P1Y"),
        ("The manager noticed that the hospice's annual appeal had raised less.", "annual", "P1Y"),
        ("The company will pay a quarterly dividend of 22 cents a share.", "quarterly", "P3M"),
        ("The court will sit twice daily, and the sentences are assumed.", "twice daily", "P1D"),
    ],
)
def test_adjectives_of_recurrence_are_sets(text, span, value):
    assert (span, "SET", value) in values(text, "2025-10-22", "news")


@pytest.mark.parametrize(
    "text",
    [
        "In April 1904 he founded the daily L'Humanité.",
        "He edited its weekly, Tkach (The Weaver).",
        "In Paris he edited the weekly l'anarchie.",
        "He went to Trud, the daily newspaper of the Soviet trade unions.",
        "As the Daily Worker called them.",
        "He bought an annual.",
    ],
)
def test_newspapers_titles_and_nouns_are_no_sets(text):
    assert not [t for t in find_dates(text) if t.type == "SET"]


@pytest.mark.parametrize(
    "text,document_date,genre,span,value",
    [
        ("The wards had been full every week since Whitsuntide.", "1886-10-14", "news", "Whitsuntide", "1886-06-13"),
        ("In May 1907 he said we must finish before Whitsun or pay.", None, "narrative", "Whitsun", "1907-05-19"),
        ("On Good Friday 1916 they met.", None, "narrative", "Good Friday 1916", "1916-04-21"),
        ("In 1921 they met at Easter.", None, "narrative", "Easter", "1921-03-27"),
        ("She asks whether you mean to stand at Michaelmas next, or not.", None, "narrative", "Michaelmas next", "XXXX-09-29"),
    ],
)
def test_movable_feasts_count_from_easter(text, document_date, genre, span, value):
    assert (span, "DATE", value) in values(text, document_date, genre)


def test_since_a_feast_counts_back_from_the_dateline_not_a_compared_year():
    text = "It shows 1,204 in-patients, against 1,131 in 1885, and the wards had been full since Whitsuntide."
    assert ("Whitsuntide", "DATE", "1886-06-13") in values(text, "1886-10-14", "news")


def test_a_recurrence_makes_a_feast_or_month_any_years():
    found = values("In 1925 it held national rallies twice a year, at Whitsun and in August, until it was banned.")
    assert ("Whitsun", "DATE", None) in found and ("August", "DATE", "XXXX-08") in found
    assert ("Anzac Day", "DATE", "XXXX-04-25") in values("In 1916 it was a story, remembered every year on Anzac Day.")
    # look-alike: no recurrence, the year of the story
    found = values("In 1921 he wrote at Easter and in August.")
    assert ("Easter", "DATE", "1921-03-27") in found and ("August", "DATE", "1921-08") in found


def test_feast_names_of_other_things_are_no_dates():
    assert spans("They went to the Whitsun Fair.") == []


def test_hundreds_in_words_and_seasons_before_a_clause():
    assert ("almost a hundred and thirty years", "DURATION", "P130Y") in values(
        "The Works stood for almost a hundred and thirty years on a narrow strip.")
    assert ("the summer", "DATE", "1915-SU") in values("In 1915 they landed. Through the summer neither side could move.")
    assert spans("In 1915 they landed. The summer clothes were light.") == ["1915"]


@pytest.mark.parametrize(
    "text,document_date,genre,span,type_,value",
    [
        ("Riverside Radio · Thursday 16 November 2023, 21:00\nTranscript", "2023-11-16", "news",
         "Thursday 16 November 2023, 21:00", "TIME", "2023-11-16T21:00"),
        ("He died there on 21 January 1924 at 6.50 in the evening. The car", None, "narrative",
         "21 January 1924 at 6.50 in the evening", "TIME", "1924-01-21T18:50"),
        ("Published Oct. 22, 2025 2:40 p.m. ET\n\nOTTAWA", "2025-10-22", "news",
         "Oct. 22, 2025 2:40 p.m. ET", "TIME", "2025-10-22T14:40"),
        ("The steamer arrived in the Sound at half-past six yesterday morning from Sydney.", "1886-10-14", "news",
         "half-past six yesterday morning", "TIME", "1886-10-13T06:30"),
        ("The Congress opens on the 17th of next month; we shall see.", "1928-06-10", "news",
         "the 17th of next month", "DATE", "1928-07-17"),
        ("He spoke in memory of Lenin, who died on Jan. 21 last year, and others.", "1925-01-24", "news",
         "Jan. 21 last year", "DATE", "1924-01-21"),
    ],
)
def test_days_and_their_clock_times_and_relative_months_join(text, document_date, genre, span, type_, value):
    assert (span, type_, value) in values(text, document_date, genre)


def test_join_look_alikes():
    # a score is no clock time; a price before a noun is none either; "the 17th of the month" is no relative month
    assert spans("The score was 21:00 in the end.") == []
    assert spans("It cost 6.50 in the evening sale.") == []
    assert ("Jan. 21", "DATE", "1925-01-21") in values("He died on Jan. 21, and the year ended.", "1925-01-24", "news")


def test_a_laws_year_does_not_move_the_anchor():
    text = ("He was jailed on Thursday. She ordered a confiscation hearing under the Proceeds of Crime Act 2002, "
            "to be held on 19 July.")
    found = values(text, "2024-06-14", "news")
    assert ("19 July", "DATE", "2024-07-19") in found
    assert not any(span == "2002" for span, _, _ in found)
    # look-alike: a year after "in" is a date and anchors what follows
    assert ("the following year", "DATE", "1928") in values("The Act was passed in 1927. The strike came the following year.")


def test_oclock_this_morning_in_news_is_the_datelines_day():
    text = ("The barque put in on the 9th inst. with her foremast sprung.\n\n"
            "A heavy gale set in about four o'clock this morning, and the steamers did not leave.")
    assert ("about four o'clock this morning", "TIME", "1886-10-14T04:00") in values(text, "1886-10-14", "news")
    # look-alike: "that morning" is the day the story has reached
    text = "The barque put in on 9 October 1886. At four o'clock that morning a gale set in."
    assert ("four o'clock that morning", "TIME", "1886-10-09T04:00") in values(text, "1886-10-14", "news")


def test_to_be_done_looks_ahead():
    assert ("19 July", "DATE", "2024-07-19") in values("A hearing is to be held on 19 July.", "2024-06-14", "news")
    assert ("19 May", "DATE", "2024-05-19") in values("A hearing was held on 19 May.", "2024-06-14", "news")


LETTERS = """1. To I. N. Smirnov

Alma-Ata, 12 April 1928

Dear Ivan Nikitich,

Your letter of the 2nd reached me only yesterday; the post takes eleven days.

2. To Kh. G. Rakovsky

Alma-Ata, 20 June 1928

Dear Khristian Georgievich,

My letter to her, written in April, came back unopened. Natalia says I should write to no one this month. The Congress opens on the 17th of next month.
"""


def test_a_letters_heading_is_the_day_its_deixis_counts_from():
    found = values(LETTERS)
    assert ("yesterday", "DATE", "1928-04-11") in found
    assert ("this month", "DATE", "1928-06") in found
    assert ("the 17th of next month", "DATE", "1928-07-17") in found
    assert ("April", "DATE", "1928-04") in found


def test_a_date_inside_a_line_is_no_heading():
    # look-alike: the same date mid-sentence; "yesterday" counts from the last date mentioned
    text = "He wrote on 12 April 1928 about the letter of the 2nd. It reached him only yesterday."
    assert ("yesterday", "DATE", "1928-04-01") in values(text)


def test_a_story_that_moved_past_the_heading_counts_from_where_it_is():
    text = "Sunday, 27 January\n\nThe funeral.\n\nA week later. On Friday I am to lunch with a man."
    assert ("Friday", "DATE", "1924-02-08") in values("January 1924.\n\n" + text)


def test_a_past_perfect_day_before_the_scene_does_not_move_it():
    text = ("It was the last Sunday of March 2019. Their mother had left it on 4 March, a fortnight before the end.\n\n"
            "“Then take it tomorrow, before the agent comes on Friday.”")
    found = values(text)
    assert ("4 March", "DATE", "2019-03-04") in found
    assert ("tomorrow", "DATE", "2019-04-01") in found and ("Friday", "DATE", "2019-04-05") in found
    # look-alike: in the simple past the story moves to the day
    text = "It was the last Sunday of March 2019. Their mother left it on 4 March.\n\n“Then take it tomorrow.”"
    assert ("tomorrow", "DATE", "2019-03-05") in values(text)


def test_a_present_tense_plan_points_a_weekday_ahead():
    assert ("Friday", "DATE", "2025-10-24") in values("The House rises on Friday for a week-long break.", "2025-10-22", "news")
    assert ("Sunday", "DATE", "2025-10-26") in values("Smith flies on Sunday.", "2025-10-22", "news")
    # look-alikes: a noun before the weekday, and a past verb
    assert ("Friday", "DATE", "2025-10-17") in values("The peace talks on Friday.", "2025-10-22", "news")
    assert ("Friday", "DATE", "2025-10-17") in values("The House rose on Friday.", "2025-10-22", "news")


def test_a_bare_one_to_six_oclock_is_the_afternoons():
    assert ("Saturday at three o'clock", "TIME", "1886-10-16T15:00") in values(
        "The funeral will take place at Ford Park Cemetery on Saturday at three o'clock.", "1886-10-14", "news")
    assert ("four o'clock", "TIME", "XXXX-XX-XXT16:00") in values("At four o'clock the post arrived at the house.")
    # look-alikes: a part of the day joined or last mentioned decides
    assert ("four o'clock on Monday morning", "TIME", "1934-07-16T04:00") in values(
        "The strike began at four o'clock on Monday morning.", "1934-07-18", "news")
    assert ("two o'clock", "TIME", "XXXX-XX-XXT02:00") in values("At night the storm rose; at two o'clock the roof went.")


def test_a_past_perfect_look_back_and_a_works_topic_year_do_not_move_the_story():
    text = ("In the autumn of 1924 the publisher brought out the third volume, which gathered his writings of 1917. "
            "The preface, dated 15 September, argued that the defeat of the German revolution in October 1923 had "
            "repeated the hesitations before the insurrection six years earlier. Kamenev, speaking on 18 November, "
            "called it a distortion.")
    found = values(text)
    assert ("15 September", "DATE", "1924-09-15") in found
    assert ("October 1923", "DATE", "1923-10") in found and ("six years earlier", "DATE", "1917") in found
    assert ("18 November", "DATE", "1924-11-18") in found


def test_a_past_perfect_in_another_clause_leaves_the_date_in_the_story():
    # look-alike: "had exposed" belongs to "what the campaign had exposed", not to the spring
    text = ("On 20 May 1940 Timoshenko spoke, and the decree of 2 May 1940 was meant to repair "
            "what the campaign had exposed. Two days later, he left.")
    assert ("Two days later", "DATE", "1940-05-04") in values(text)
    # look-alike: a year after "in" moves the story
    assert ("15 September", "DATE", "1917-09-15") in values("He wrote in 1917. The preface, dated 15 September, argued much.")


def test_a_weekday_before_the_noun_it_modifies_leaves_the_article_out():
    text = "It was on the 21st of November, 1867. “I shall write to him by the Tuesday mail,” she said."
    assert ("Tuesday", "DATE", "1867-11-26") in values(text)
    # look-alike: the weekday heading its phrase keeps it
    assert "the Sunday" in spans("It was on 3 May 1925. The funeral was held on the Sunday.")


def test_after_a_feast_is_a_horizon_the_story_does_not_move_to():
    text = ("It was on the 21st of November, 1867. “I am to go up to Poona after Christmas,” he wrote. "
            "“I shall write by the Tuesday mail.”")
    assert ("Tuesday", "DATE", "1867-11-26") in values(text)


def test_a_characters_look_back_does_not_move_the_story():
    text = ("It was Saturday, 16 October 1858. “I came home on the 3rd of October,” he said. "
            "“You will go to St. Mary's with us on Sunday,” said Henry.")
    found = values(text)
    assert ("the 3rd of October", "DATE", "1858-10-03") in found and ("Sunday", "DATE", "1858-10-17") in found
    # look-alike: the narrator's own look back moves the story
    text = ("It was Saturday, 16 October 1858. He came home on the 3rd of October. "
            "“You will go to St. Mary's with us on Sunday,” said Henry.")
    assert ("Sunday", "DATE", "1858-10-03") in values(text)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Results are due on April 12, though a full count could take a week.", "a week", "P1W"),
        ("The volatility reflects a decade of turmoil.", "a decade", "P1DE"),
        ("The peak lasted weeks, not days.", "weeks", "PXW"),
        ("The Company will not hold the mail-bag an hour beyond noon.", "an hour", "PT1H"),
    ],
)
def test_more_contexts_of_a_length_of_time(text, span, value):
    assert (span, "DURATION", value) in values(text)


def test_length_look_alikes():
    assert spans("It was a day of the week.") == []
    assert not [t for t in find_dates("Le Temps called the night “a day of shame for the Republic.”") if t.type == "DURATION"]


def test_a_sentence_opening_unit_of_something_is_no_length():
    # look-alike of "reflects a decade of turmoil": the subject of its sentence
    assert spans("A year of hunger followed the harvest failure.") == []
    assert ("a decade", "DURATION", "P1DE") in values('He described the past ten years as "a decade of victories."')


def test_the_month_of_a_year_and_a_two_digit_year():
    assert ("the May of 1907", "DATE", "1907-05") in values("It was in the May of 1907, when the chestnuts were out.")
    assert ("January ’37", "DATE", "1937-01") in values("He joined in 1936, and in January ’37 Bob took a contingent out.")
    # look-alikes: without the article the span is unchanged; a quoted word is no year
    assert ("May of 1907", "DATE", "1907-05") in values("It was in May of 1907.")
    assert spans("He said January ’twas cold.") == []


def test_every_feast_odd_counts_an_hour_in_a_days_part_and_the_weekday_after_that():
    assert ("every May Day", "SET", "XXXX-05-01") in values("Its League paraded every May Day and held rallies.")
    assert ("every May", "SET", "XXXX-05") in values("It paraded every May in Berlin.")  # look-alike
    found = {(t.text, t.type, t.value, t.mod) for t in find_dates("I have kept the cutting forty-odd years. People ask.")}
    assert ("forty-odd years", "DURATION", "P40Y", "APPROX") in found
    found = {(t.text, t.type, t.value, t.mod) for t in find_dates(
        "The republic was proclaimed at about two in the afternoon of 9 November 1918. The League")}
    assert ("about two in the afternoon of 9 November 1918", "TIME", "1918-11-09T14:00", "APPROX") in found
    found = values("We came down on the 29th of April 1937, and on the Monday after that the Guards tried.")
    assert ("the Monday after that", "DATE", "1937-05-03") in found
    # look-alike: a bare weekday in past narration of a character ("we") looks back
    assert ("Monday", "DATE", "1937-04-26") in values("We came down on 29 April 1937, and on Monday he left.")


def test_over_the_coming_months_and_a_coordinated_length():
    assert ("the coming months", "DURATION", "PXM") in values(
        "It would work with the department over the coming months.", "2025-10-22", "news")
    # look-alike: "in the coming days" is the near future
    assert ("the coming days", "DATE", "FUTURE_REF") in values("It expected a decision in the coming days.", "2025-10-22", "news")
    assert ("a month", "DURATION", "P1M") in values("The post takes eleven days when it is kind and a month when it is not.")
    # look-alike: no length earlier in the sentence
    assert spans("He waited three days. And a day in the life began.") == ["three days"]


def test_hundred_years_from_now_quarter_hours_and_a_clock_in_the_evening_of_a_day():
    assert ("One hundred years ago", "DATE", "1924") in values("One hundred years ago, on 23 May 1924, they met.", "2024-05-23", "news")
    assert ("Ten years from now", "DATE", "2034") in values("Ten years from now you will see.", "2024-05-23", "news")
    assert ("a quarter of an hour", "DURATION", "PT15M") in values("For a quarter of an hour there was nothing but argument.")
    assert ("ten minutes to seven on the evening of 21 January 1924", "TIME", "1924-01-21T18:50") in values(
        "Ilyich had died at Gorki at ten minutes to seven on the evening of 21 January 1924.")
    # look-alikes: a counted noun, a newspaper after "its own", a morning keeps its hour
    assert spans("One hundred men came.") == []
    assert spans("It now publishes its own weekly, Dělnická rovnost.") == ["now"]
    assert ("ten minutes to seven on the morning of 21 January 1924", "TIME", "1924-01-21T06:50") in values(
        "He died at ten minutes to seven on the morning of 21 January 1924.")


def test_hundreds_a_month_and_by_the_spring_before_an_adverb():
    assert ("a month", "SET", "P1M") in values("Letters went out every day – hundreds a month, to exiles.")
    assert ("the spring", "DATE", "1922-SP") in values("In 1922 he came. By the spring even the typists knew.")
    # look-alikes: a length after "for"; a season before the noun it modifies
    assert ("a month", "DURATION", "P1M") in values("They stayed for a month.")
    assert ("spring", "DATE", "1922-SP") in values("In 1922 he came. The spring offensive failed.")


def test_the_end_of_a_quarter_is_one_span():
    found = {(t.text, t.value, t.mod) for t in find_dates(
        "The company could face a cash shortage by the end of the first quarter unless it restructured.", "1999-01-20", "news")}
    assert ("the end of the first quarter", "1999-Q1", "END") in found
    # look-alike: the quarter alone
    found = {(t.text, t.value, t.mod) for t in find_dates("Profits rose in the first quarter.", "1999-01-20", "news")}
    assert ("the first quarter", "1999-Q1", None) in found


def test_feasts_and_days_of_a_relative_year_and_all_summer():
    found = values('It was October, 1858. "I mean to go out to India at Michaelmas next year, if they allow."')
    assert ("Michaelmas next year", "DATE", "1859-09-29") in found
    assert ("Dec. 19 of that year", "DATE", "1936-12-19") in values("In 1936 he came. He sailed on Dec. 19 of that year.")
    assert ("all summer", "DATE", "1926-SU") in values("In 1926 the committee had been counting heads all summer. Our cell")
    assert ("all that autumn", "DATE", "1913-FA") in values("In 1913 food ships came up the Liffey all that autumn, and")
    # look-alikes: the feast alone; "all" before a verb
    assert ("Michaelmas", "DATE", "1858-09-29") in values("In 1858 at Michaelmas he came.")
    assert spans("In 1926 they all spring into action.") == ["1926"]


def test_by_evening_is_the_part_of_the_day_reached():
    assert ("evening", "TIME", "1871-03-18TEV") in values("On 18 March 1871 they refused to fire. By evening the government had fled.")
    # look-alikes: "by night" is a manner; "by evening papers" a noun phrase
    assert spans("On 18 March 1871 they were taken away by night.") == ["18 March 1871"]
    assert spans("It was reported by evening papers.") == []


def test_unit_by_unit_recurs():
    assert ("week by week", "SET", "P1W") in values("What is new is the texture, traced week by week.")
    assert ("Day after day", "SET", "P1D") in values("Day after day they marched.")
    # look-alike: two different units
    assert not [t for t in find_dates("They moved day by night.") if t.type == "SET"]


def test_the_year_after_an_ordinal_or_a_superlative():
    assert ("the year", "DATE", "2025") in values(
        "It is the most intelligent political film of the year, and the least political.", "2025-03-02", "news")
    assert ("the year", "DATE", "1937") in values("Saturday, 30 January 1937\nTomorrow is my first free Sunday of the year.")
    # look-alikes: no ordinal or superlative; "the end of the year" keeps its own rule
    assert spans("The harvest of the year was poor.", "2025-03-02", "news") == []
    assert spans("By the end of the year it was over.", "2025-03-02", "news") == ["the end of the year"]


def test_or_a_year_after_a_week():
    assert ("a year", "DURATION", "P1Y") in values("They may shoot one another for a week or a year without troubling him.")
    # look-alike: "a year" with no length before it in the sentence
    assert spans("He asked for nothing or a year in the life.") == []
