"""Tests for the temporal expression tagger (succession.timex)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from succession.timex import ANNOTATOR, calendar_days, find_dates


def only(sentence, expected_text, document_date=None, genre="narrative"):
    """The one Timex whose text is ``expected_text`` (fails if absent)."""
    found = find_dates(sentence, document_date, genre)
    matches = [t for t in found if t.text == expected_text]
    assert matches, f"{expected_text!r} not found in {[t.text for t in found]}"
    return matches[0]


# (sentence, span text, type, value) - the sentence is anchored to nothing earlier
EXPLICIT = [
    ("On 7 November 1927, the Opposition marched with its own banners.",
     "7 November 1927", "DATE", "1927-11-07"),
    ("The plenum met on November 7, 1927, behind closed doors.",
     "November 7, 1927", "DATE", "1927-11-07"),
    ("Dispatch dated Nov. 7, 1927, from our Moscow correspondent.",
     "Nov. 7, 1927", "DATE", "1927-11-07"),
    ("It was the 7th of November 1927 and the streets were full.",
     "the 7th of November 1927", "DATE", "1927-11-07"),
    ("He wrote the letter on the 3rd of March, 1923.",
     "the 3rd of March, 1923", "DATE", "1923-03-03"),
    ("The column reached the river on 12th September 1918.",
     "12th September 1918", "DATE", "1918-09-12"),
    ("Page last modified: 26-03-2016", "26-03-2016", "DATE", "2016-03-26"),
    ("Filed 1997-04-28 by the wire service.", "1997-04-28", "DATE", "1997-04-28"),
    ("The memo, stamped 12/25/1941, was found later.", "12/25/1941", "DATE", "1941-12-25"),
    ("Lenin died in January 1924 at Gorki.", "January 1924", "DATE", "1924-01"),
    ("The armistice of Jan. 1918 did not hold.", "Jan. 1918", "DATE", "1918-01"),
    ("In March of 1917 the Tsar abdicated.", "March of 1917", "DATE", "1917-03"),
    ("The German revolution of 1923 was defeated.", "1923", "DATE", "1923"),
    ("In 1066 the Normans crossed the Channel.", "1066", "DATE", "1066"),
    ("The treaty was ratified in 2004 by the parliament.", "2004", "DATE", "2004"),
    ("In his 1930 preface Trotsky summed up the issue.", "1930", "DATE", "1930"),
    ("The 1923 elections returned a hung parliament.", "1923", "DATE", "1923"),
    ("In 1923 delegates from forty countries gathered.", "1923", "DATE", "1923"),
    ("The NEP was introduced in the spring of 1921.", "the spring of 1921", "DATE", "1921-SP"),
    ("Fighting resumed in summer 1919 along the Volga.", "summer 1919", "DATE", "1919-SU"),
    ("By the autumn of 1923, the leadership clamped down.", "the autumn of 1923", "DATE",
     "1923-FA"),
    ("The offensive stalled in the fall of 1916.", "the fall of 1916", "DATE", "1916-FA"),
    ("In the winter of 1927-28 the peasants withheld grain.", "the winter of 1927-28", "DATE",
     "1927-WI"),
    ("Seven years of war (1914-17) and civil war (1918-21) ruined industry.", "1914-17",
     "DATE", "1914/1917"),
    ("After the 1918-20 civil war the Bolsheviks retreated.", "1918-20", "DATE", "1918/1920"),
    ("The civil war of 1918–20 left the cities empty.", "1918–20", "DATE", "1918/1920"),
    ("The imperialist war (of 1914-1918) was one expression of this.", "1914-1918", "DATE",
     "1914/1918"),
    ("The fight reached a climax in 1926-27.", "1926-27", "DATE", "1926/1927"),
    ("The privatisation programme of 1992/93 enriched a few.", "1992/93", "DATE", "1992/1993"),
    ("Output fell between 1918 and 1920 in every branch.", "between 1918 and 1920", "DATE",
     "1918/1920"),
    ("The regime lasted from 1929 to 1953 without a break.", "1929 to 1953", "DATE",
     "1929/1953"),
    ("In July-October 1926, Kamenev and Trotsky were expelled from the Politburo.",
     "July-October 1926", "DATE", "1926-07/1926-10"),
    ("Strikes spread from March to June 1917 across the capital.", "March to June 1917",
     "DATE", "1917-03/1917-06"),
    ("The battle raged 7-9 November 1920 on the isthmus.", "7-9 November 1920", "DATE",
     "1920-11-07/1920-11-09"),
    ("He held the post from January 1924 – March 1925.", "January 1924 – March 1925", "DATE",
     "1924-01/1925-03"),
    ("In the 1920s and 1930s millions supported the leaders.", "the 1920s", "DATE", "192"),
    ("In the 1920s and 1930s millions supported the leaders.", "1930s", "DATE", "193"),
    ("Jazz defined the 1920's in America.", "the 1920's", "DATE", "192"),
    ("The factories of the 1800s were dark places.", "the 1800s", "DATE", "18"),
    ("Serfdom ended in the 19th century.", "the 19th century", "DATE", "18"),
    ("The ideas will triumph as we enter the 21st century.", "the 21st century", "DATE", "20"),
    ("Nineteenth-century Russia was a land of peasants.", "Nineteenth-century", "DATE", "18"),
    ("The old men remembered the twenties fondly.", "the twenties", "DATE", "192"),
    ("Prices were high in the '30s as well.", "the '30s", "DATE", "193"),
    ("Pre-1917 Russia was overwhelmingly rural.", "Pre-1917", "DATE", "1917"),
    ("The feast fell on Christmas 1914 along the front.", "Christmas 1914", "DATE",
     "1914-12-25"),
]


@pytest.mark.parametrize("sentence,span,type_,value", EXPLICIT)
def test_explicit_dates(sentence, span, type_, value):
    timex = only(sentence, span)
    assert (timex.type, timex.value) == (type_, value)
    assert timex.annotator == ANNOTATOR


# (sentence, span text, value, mod, first_day, last_day)
MODIFIED = [
    ("Lenin recovered late in 1922 and found fault with the troika.", "late in 1922", "1922",
     "END", "1922-01-01", "1922-12-31"),
    ("The NEP was launched in early 1921, to restore production.", "early 1921", "1921",
     "START", "1921-01-01", "1921-12-31"),
    ("From the end of 1923, the same work was carried on.", "the end of 1923", "1923", "END",
     "1923-01-01", "1923-12-31"),
    ("By the beginning of 1926, the machine was all-powerful.", "the beginning of 1926",
     "1926", "START", "1926-01-01", "1926-12-31"),
    ("By the end of February 1930 over half the peasants were collectivised.",
     "the end of February 1930", "1930-02", "END", "1930-02-01", "1930-02-28"),
    ("The events in China in the middle 1920's were a betrayal.", "the middle 1920's", "192",
     "MID", "1920-01-01", "1929-12-31"),
    ("By the mid-1920s the bureaucracy was entrenched.", "the mid-1920s", "192", "MID",
     "1920-01-01", "1929-12-31"),
    ("Tension grew in late 1922 inside the Politburo.", "late 1922", "1922", "END",
     "1922-01-01", "1922-12-31"),
    ("The crisis broke in the late 1920s.", "the late 1920s", "192", "END", "1920-01-01",
     "1929-12-31"),
    ("Trouble began in mid-July 1917 in Petrograd.", "mid-July 1917", "1917-07", "MID",
     "1917-07-01", "1917-07-31"),
    ("The town was founded around 1150 by monks.", "around 1150", "1150", "APPROX",
     "1150-01-01", "1150-12-31"),
    ("From 1923 onwards Trotsky and the Opposition were hounded.", "1923 onwards", "1923",
     "ON_OR_AFTER", "1923-01-01", "1923-12-31"),
    ("Production recovered in the first half of 1925.", "the first half of 1925", "1925-H1",
     None, "1925-01-01", "1925-06-30"),
    ("Trade grew in the first quarter of 1926.", "the first quarter of 1926", "1926-Q1", None,
     "1926-01-01", "1926-03-31"),
    ("The first mass arrests came in the early 20th century.", "the early 20th century", "19",
     "START", "1900-01-01", "1999-12-31"),
]


@pytest.mark.parametrize("sentence,span,value,mod,first_day,last_day", MODIFIED)
def test_modified_dates(sentence, span, value, mod, first_day, last_day):
    timex = only(sentence, span)
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)
    assert (timex.first_day, timex.last_day) == (first_day, last_day)


# (sentence, span, type, value, mod)
DURATIONS_AND_SETS = [
    ("The country endured seven years of war.", "seven years", "DURATION", "P7Y", None),
    ("He was held for four months without trial.", "four months", "DURATION", "P4M", None),
    ("The march lasted 21 days in bitter cold.", "21 days", "DURATION", "P21D", None),
    ("The session went on for five hours.", "five hours", "DURATION", "PT5H", None),
    ("The talks took three weeks.", "three weeks", "DURATION", "P3W", None),
    ("He spent a fortnight in the Crimea.", "a fortnight", "DURATION", "P2W", None),
    ("Over 50 years after they were written these words came true.", "Over 50 years",
     "DURATION", "P50Y", "MORE_THAN"),
    ("It took about two years to rebuild the railways.", "about two years", "DURATION", "P2Y",
     "APPROX"),
    ("He was exiled for more than a decade.", "more than a decade", "DURATION", "P1DE",
     "MORE_THAN"),
    ("The state survived less than a year.", "less than a year", "DURATION", "P1Y",
     "LESS_THAN"),
    ("She served nearly twenty-five years in the camps.", "nearly twenty-five years",
     "DURATION", "P25Y", "LESS_THAN"),
    ("The empire lasted several centuries.", "several centuries", "DURATION", "PXCE", None),
    ("Over the past five years the party changed.", "the past five years", "DURATION", "P5Y",
     None),
    ("He was sentenced to a year and a half in prison.", "a year and a half", "DURATION",
     "P1.5Y", None),  # dates.v10: a fraction keeps the unit said
    ("Within half a century the empire was gone.", "half a century", "DURATION", "P50Y", None),  # dates.v6: counted centuries in years
    ("The dictator was 47 years old at the time.", "47 years old", "DURATION", "P47Y", None),
    ("They signed a two-year agreement.", "two-year", "DURATION", "P2Y", None),
    ("The clock was stopped for 30 minutes.", "30 minutes", "DURATION", "PT30M", None),
    ("The congress met every year until 1925.", "every year", "SET", "P1Y", None),
    ("Elections were held every two years.", "every two years", "SET", "P2Y", None),
    ("The committee met twice a month.", "twice a month", "SET", "P1M", None),
    ("The report is published annually.", "annually", "SET", "P1Y", None),
    ("The cell met every Sunday in the back room.", "every Sunday", "SET", "XXXX-WXX-7", None),
    ("The paper appeared weekly during the war.", "weekly", "SET", "P1W", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", DURATIONS_AND_SETS)
def test_durations_and_sets(sentence, span, type_, value, mod):
    timex = only(sentence, span)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert timex.first_day is None and timex.last_day is None


# (sentence, span, type, value): anchored to the date mentioned earlier in the sentence
ANAPHORIC = [
    ("In 1925 Zinoviev broke with Stalin. A year later he formed the United Opposition.",
     "A year later", "DATE", "1926"),
    ("On 18 December 1927 the congress expelled them. A day later the opposition split.",
     "A day later", "DATE", "1927-12-19"),
    ("Trotsky arrived in May 1917; the following year he led the army.", "the following year",
     "DATE", "1918"),
    ("The decree was signed on 3 March 1918. The next day the delegates left.", "The next day",
     "DATE", "1918-03-04"),
    ("Kirov was shot in 1934, and that year the terror began.", "that year", "DATE", "1934"),
    ("The text appeared in 1930; he had written it two years earlier.", "two years earlier",
     "DATE", "1928"),
    ("He left in August 1921 and returned one month before, he said.", "one month before",
     "DATE", "1921-07"),
    ("Lenin died in January 1924. The funeral actually took place on Sunday, January 27.",
     "Sunday, January 27", "DATE", "1924-01-27"),
    ("The congress opened in December 1927. On 18 December the congress expelled them.",
     "18 December", "DATE", "1927-12-18"),
    ("The party met in 1921. In January the factions were banned.", "January", "DATE",
     "1921-01"),
    ("The harvest of 1921 failed. That spring the famine began.", "That spring", "DATE",
     "1921-SP"),
    ("In 1918 the capital moved. The year before, the Tsar had fallen.", "The year before",
     "DATE", "1917"),
    ("The revolt began on 1 March 1921. That night the sailors met.", "That night", "TIME",
     "1921-03-01TNI"),
    ("On 7 November 1927 the crowd gathered; at 3 p.m. the police charged.", "3 p.m.", "TIME",
     "1927-11-07T15:00"),
    ("Strikes broke out in January and February 1924.", "January", "DATE", "1924-01"),
    # a clock time and the day it falls on are one TIME (dates.v3; TIMEX2 and the dev gold)
    ("The order came at midnight on 25 October 1917.", "midnight on 25 October 1917", "TIME",
     "1917-10-25T24:00"),
    ("On 26-03-2016 21:09:14 the page changed.", "21:09:14", "TIME", "2016-03-26T21:09:14"),
    # past narration moves forward (dates.v5): the Saturday after the death, not before it
    ("Lenin died on 21 January 1924. The funeral took place on Saturday.", "Saturday", "DATE",
     "1924-01-26"),
    ("War came in June 1941. By the end of the year the front was near Moscow.",
     "the end of the year", "DATE", "1941"),
    ("The congress was in 1927. In the 1920s and in the twenties alike.", "the twenties",
     "DATE", "192"),
    ("The army crossed on December 13, 1862. One evening in late autumn the letter came.",
     "late autumn", "DATE", "1862-FA"),
    ("The siege began in March 1854. At dawn on the 15th, the rain began.", "the 15th", "DATE",
     "1854-03-15"),
    ("Fredericksburg fell on December 13, 1862. Two days later, Burnside withdrew.",
     "Two days later", "DATE", "1862-12-15"),
    ("The landing came on the morning of June 6, 1944.", "the morning of June 6, 1944", "TIME",
     "1944-06-06TMO"),
    ("Paris rose in August 1944 and was liberated on 25 August.", "25 August", "DATE",
     "1944-08-25"),
    ("The Battle of Tannenberg (26–30 August 1914) destroyed the Second Army.",
     "26–30 August 1914", "DATE", "1914-08-26/1914-08-30"),
    ("He was arrested in 1936 and shot the next year.", "the next year", "DATE", "1937"),
]


@pytest.mark.parametrize("sentence,span,type_,value", ANAPHORIC)
def test_anaphoric_resolution(sentence, span, type_, value):
    timex = only(sentence, span)
    assert (timex.type, timex.value) == (type_, value)


def test_unresolvable_keeps_its_span():
    assert only("On 18 December the congress met.", "18 December").value == "XXXX-12-18"
    assert only("In January they met again.", "January").value == "XXXX-01"
    saturday = only("The funeral takes place on Saturday.", "Saturday")
    assert saturday.value == "XXXX-WXX-6" and saturday.first_day is None
    assert only("A year later he left.", "A year later").value is None
    anniversary = only("During the celebration of the tenth anniversary of the revolution.",
                       "the tenth anniversary")
    assert (anniversary.type, anniversary.value) == ("DATE", None)


REFERENCES = [
    ("Today the word communism conjures up images of grey queues.", "Today", "PRESENT_REF"),
    ("Now that Stalinism has been wounded, the task is easier.", "Now", "PRESENT_REF"),
    ("He is at present in Paris.", "present", "PRESENT_REF"),
    ("Those days are gone and the present is different.", "the present", "PRESENT_REF"),
    ("Development in recent years has gone the other way.", "recent years", "PAST_REF"),
    ("These ideas will triumph in the future.", "the future", "FUTURE_REF"),
    ("We must think of the future of the Soviet Union.", "the future", "FUTURE_REF"),
    ("Peace seemed unlikely in the immediate future.", "the immediate future", "FUTURE_REF"),
    ("They quarrelled about the German future.", "the German future", "FUTURE_REF"),
    ("In future the committee will meet in the evening.", "future", "FUTURE_REF"),
    ("Wages will rise in the years to come.", "the years to come", "FUTURE_REF"),
    ("The empire had long ago lost its purpose.", "long ago", "PAST_REF"),
    ("The peasants, then as now, paid the price.", "then", "PAST_REF"),
    ("Years ago the mill burned down.", "Years ago", "PAST_REF"),
    ("These days nobody reads his pamphlets.", "These days", "PRESENT_REF"),
    ("Such purges were common in the past.", "the past", "PAST_REF"),
    ("The minister recently resigned.", "recently", "PAST_REF"),
]


@pytest.mark.parametrize("sentence,span,value", REFERENCES)
def test_reference_values(sentence, span, value):
    timex = only(sentence, span)
    assert (timex.type, timex.value, timex.first_day) == ("DATE", value, None)


# --- genre: narrative anchors to the text, news to the publication date --------------------

def test_news_anchors_deictic_expressions_to_the_publication_date():
    text = "The strike of 1926 was recalled. Last year the union grew, and on Monday it voted."
    news = {t.text: t.value for t in find_dates(text, "1997-04-28", "news")}
    narrative = {t.text: t.value for t in find_dates(text, "1997-04-28", "narrative")}
    assert news["Last year"] == "1996"
    assert narrative["Last year"] == "1925"
    assert news["Monday"] == "1997-04-28"


def test_news_today_is_the_publication_date():
    assert only("Today the committee met.", "Today", "1997-04-28", "news").value == "1997-04-28"
    assert only("Yesterday the committee met.", "Yesterday", "1997-04-28", "news").value == \
        "1997-04-27"
    assert only("Two years ago the plant closed.", "Two years ago", "1997-04-28",
                "news").value == "1995"


def test_news_weekday_and_clock_time():
    text = "The Senate voted on Tuesday, shortly after 4 p.m. EST."
    found = {t.text: t.value for t in find_dates(text, "1997-04-25", "news")}
    assert found == {"Tuesday": "1997-04-22", "4 p.m. EST": "1997-04-22T16:00"}


def test_news_future_weekday_looks_forward():
    text = "The committee will meet on Friday."
    assert only(text, "Friday", "1997-04-28", "news").value == "1997-05-02"


def test_news_underspecified_month_takes_the_publication_year():
    text = "The 1917 revolution was debated. In January the editors met."
    assert only(text, "January", "1997-04", "news").value == "1997-01"
    assert only(text, "January", "1997-04", "narrative").value == "1917-01"


def test_narrative_falls_back_to_the_document_date():
    assert only("The following year he left.", "The following year", "1930").value == "1931"


def test_partial_document_dates_are_accepted():
    assert only("Last year prices rose.", "Last year", "1997", "news").value == "1996"
    assert only("Last month prices rose.", "Last month", "1997-04", "news").value == "1997-03"
    assert only("Last month prices rose.", "Last month", "1997", "news").value is None


def test_anchor_moves_with_the_narrative():
    text = ("In 1903 the party split. In 1917 it took power. The following year the civil war "
            "began.")
    assert only(text, "The following year").value == "1918"


# --- span extent ----------------------------------------------------------------------------

SPANS = [
    ("Lenin died in January 1924.", ["January 1924"]),
    ("By the end of February 1930 the peasants had joined.", ["the end of February 1930"]),
    ("The funeral actually took place on Sunday, January 27.", ["Sunday, January 27"]),
    ("He was exiled to Alma Ata in January 1928, and expelled in February 1929.",
     ["January 1928", "February 1929"]),
    ("The 1920s and the 1930s.", ["The 1920s", "the 1930s"]),
    ("Prices doubled in mid-1920s Moscow.", ["mid-1920s"]),
    ("He spoke for two years before the revolution.", ["two years"]),
    ("Two years before Hitler's invasion Trotsky warned of it.", ["Two years"]),
]


@pytest.mark.parametrize("sentence,spans", SPANS)
def test_span_extent(sentence, spans):
    assert [t.text for t in find_dates(sentence)] == spans


# --- no false dates -------------------------------------------------------------------------

NEGATIVES = [
    "See Trotsky, My Life (New York: Scribner), p. 505.",
    "Quoted in ibid., pp. 500, 501.",
    "Cited in the collected works, pp. 1501, 1502 and 1503.",
    "The letter was printed on page 15.",
    "The vote was 559 to 65 against the motion.",
    "The number of workers dropped from 230,000 to under 80,000.",
    "There were 10,000 party members in the city.",
    "Lenin proposed electing 75 to 100 new members to the commission.",
    "The First Five Year Plan saw 1,500 new factories built.",
    "The Militant, Vol.61/No.17.",
    "The order was numbered No. 1923 in the register.",
    "Turnout rose by 12 per cent and 1923 delegates attended.",
    "Some 1500 men were lost in the crossing.",
    "The fund raised $1923 for the strikers.",
    "It cost more than 1800 roubles.",
    "The Tenth Congress and the Fourteenth Congress debated it.",
    "He spoke at the 10th Congress of the Party.",
    "The NEP era brought a revival of trade.",
    "May I ask the chairman a question?",
    "He wrote to August Bebel about it.",
    "After the fall of Kerensky the soviets ruled.",
    "The present chairman of the council resigned.",
    "The future leader of the party was then unknown.",
    "He read the evening paper on the train.",
    "The Winter Palace was stormed by the sailors.",
    "His pamphlet Lessons of October caused a storm.",
    "Since then the union has grown.",
    "In those days the party was small.",
    "She worked the night shift at the mill.",
    "The Summer Garden was closed to the public.",
    "The evening session of the congress was stormy.",
    "The ratio was 3:1 in favour.",
    "Between 1500 and 2000 men deserted.",
    "The 1,923 sheep were counted.",
    "ISBN 1923 4567 is wrong.",
    "He lived in his early twenties in Vienna.",
    "The minutes of the meeting were lost.",
    "One day he said he would return.",
    "The Senate voted 52-48 on the bill.",
    "Shares closed at $19.23, up 1.5 cents.",
    "The 2nd Division lost 1200 men at the ford.",
    "Chapter 1923 begins with the strike.",
    "Flight 1549 landed on the river.",
    "Bloody Sunday was remembered by every worker.",
    "The path had a steep fall and a spring beside it.",
    "A year of hunger followed the harvest failure.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_false_dates(sentence):
    assert find_dates(sentence) == []


# --- calendar days ----------------------------------------------------------------------------

CALENDAR = [
    ("1924-01", "1924-01-01", "1924-01-31"),
    ("1923", "1923-01-01", "1923-12-31"),
    ("192", "1920-01-01", "1929-12-31"),
    ("19", "1900-01-01", "1999-12-31"),
    ("1928-02", "1928-02-01", "1928-02-29"),
    ("1900-02", "1900-02-01", "1900-02-28"),
    ("1927-WI", "1927-12-01", "1928-02-29"),
    ("1921-SP", "1921-03-01", "1921-05-31"),
    ("1921-SU", "1921-06-01", "1921-08-31"),
    ("1921-FA", "1921-09-01", "1921-11-30"),
    ("1918/1920", "1918-01-01", "1920-12-31"),
    ("1926-07/1926-10", "1926-07-01", "1926-10-31"),
    ("1927-W45", "1927-11-07", "1927-11-13"),
    ("1927-11-07T15:00", "1927-11-07", "1927-11-07"),
    ("XXXX-01-27", None, None),
    ("PRESENT_REF", None, None),
    ("P7Y", None, None),
    (None, None, None),
]


@pytest.mark.parametrize("value,first_day,last_day", CALENDAR)
def test_calendar_days(value, first_day, last_day):
    assert calendar_days(value) == (first_day, last_day)


# --- robustness ---------------------------------------------------------------------------------

def check_invariants(text, timexes):
    previous_end = 0
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\n\t", "1923" * 50, "\ud800 1923",
                                  "January " * 100, "the end of the the end of 1923-",
                                  "31 February 1923", "1999-13-45", "0/0/0000"])
def test_odd_inputs_never_raise(text):
    check_invariants(text, find_dates(text, "not a date", "other"))


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "1997", "1997-04", "1997-04-28", "garbage"]),
       st.sampled_from(["narrative", "news"]))
def test_never_raises_and_spans_are_consistent(text, document_date, genre):
    check_invariants(text, find_dates(text, document_date, genre))


DATE_WORDS = ["January", "1924", "7", "November", "the", "end", "of", "spring", "1918-20",
              "-", "–", "early", "years", "two", "later", "Sunday", ",", "p.", "3", "p.m.",
              "in", "between", "and", "1920s", "mid", "century", "19th", "every", "year"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=30), st.sampled_from([" ", "", "\n"]))
def test_date_like_word_soup_keeps_the_invariants(words, joiner):
    text = joiner.join(words)
    check_invariants(text, find_dates(text, "1997-04-28", "news"))


# --- dates.v2: vague durations, periods, parts of the day, anchoring ------------------------

# (sentence, span, type, value, mod)
V2_SPANS = [
    # a bare plural unit after a preposition is a vague duration
    ("The country, worn down by years of blockade, could not recover.", "years", "DURATION",
     "PXY", None),
    ("For centuries the village had paid the tithe.", "centuries", "DURATION", "PXCE", None),
    ("Within hours of the vote the troops moved.", "hours", "DURATION", "PTXH", None),
    ("The rumour circulated for weeks afterwards in the barracks.", "weeks", "DURATION", "PXW",
     None),
    ("Over the years the village shrank.", "the years", "DURATION", "PXY", None),
    ("The reforms stalled in the first months of the new regime.", "the first months",
     "DURATION", "PXM", None),
    ("The mood of the early years of the republic was hopeful.", "the early years",
     "DURATION", "PXY", None),
    # a duration measured from an event
    ("He resigned one week before the vote.", "one week", "DURATION", "P1W", None),
    ("The war went on for two more years.", "two more years", "DURATION", "P2Y", None),
    ("She waited a full hour in the corridor.", "a full hour", "DURATION", "PT1H", None),
    ("Talks must resume within the next fortnight.", "the next fortnight", "DURATION", "P2W",
     None),
    ("Prices rose sharply over the past year.", "the past year", "DURATION", "P1Y", None),
    # stretches without a value
    ("Everyone knew these years would decide the outcome.", "these years", "DATE", None, None),
    ("Years later the letters were found in an attic.", "Years later", "DATE", None, None),
    ("In the late Brezhnev years the economy stagnated.", "the late Brezhnev years", "DATE",
     None, "END"),
    ("By the end of the Tudor era the town had grown.", "the end of the Tudor era", "DATE", None,
     "END"),
    ("The zeal of the first phase of the uprising soon faded.",
     "the first phase of the uprising", "DATE", None, "START"),
    ("From now on, the council decides.", "now on", "DATE", "PRESENT_REF", "ON_OR_AFTER"),
    # days, parts of the day, clock times
    ("The fleet sailed late on 14 May 1905.", "late on 14 May 1905", "DATE", "1905-05-14",
     "END"),
    ("On 3 May 1926 the strike began, and the council met late in the evening.",
     "late in the evening", "TIME", "1926-05-03TEV", "END"),
    ("On 4 August 1914 the minister spent the afternoon at his desk.", "the afternoon",
     "TIME", "1914-08-04TAF", None),
    ("On 12 March 1921 the crowd gathered in the afternoon. Towards six o'clock the troops came.",
     "six o'clock", "TIME", "1921-03-12T18:00", None),
    ("On 12 March 1921 the sirens sounded at five o'clock that evening.",
     "five o'clock that evening", "TIME", "1921-03-12T17:00", None),
    ("He reached the station at about 9 p.m. on 3 May 1926.", "about 9 p.m. on 3 May 1926",
     "TIME", "1926-05-03T21:00", "APPROX"),
    ("Volunteers drilled on Tuesday evenings in the school yard.", "Tuesday evenings", "SET",
     "XXXX-WXX-2TEV", None),
    # ranges
    ("Fighting lasted between the spring of 1919 and March 1921.",
     "between the spring of 1919 and March 1921", "DATE", "1919-SP/1921-03", None),
    # dates.v7: a life's two ends written as one expression are one range (the guidelines)
    ("Lenin (22 April 1870 – 21 January 1924) led the party.", "22 April 1870 – 21 January 1924", "DATE",
     "1870-04-22/1924-01-21", None),
    # anniversaries
    ("On 1 May 1936 the city marked the twentieth anniversary of the rising.",
     "the twentieth anniversary", "DATE", "1936-05-01", None),
    ("The 25th anniversary of the 1905 revolution passed quietly.", "The 25th anniversary",
     "DATE", "1930", None),
    # seasons
    ("Lenin died in January 1924. That winter the cold was fierce.", "That winter", "DATE",
     "1923-WI", None),
    ("The frost came in March 1921; that summer the drought began.", "that summer", "DATE",
     "1921-SU", None),
    ("Brusilov planned the summer offensive of 1916 in April.", "summer", "DATE", "1916-SU",
     None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", V2_SPANS)
def test_v2_expressions(sentence, span, type_, value, mod):
    timex = only(sentence, span)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


def test_month_of_last_year_in_news():
    timex = only("The plant closed in March of last year.", "March of last year", "1997-04-28",
                 "news")
    assert (timex.value, timex.first_day) == ("1996-03", "1996-03-01")


def test_a_season_used_as_a_modifier_is_tagged_alone_and_looks_ahead():
    text = "The union said on Monday that it would act before the spring elections."
    timex = only(text, "spring", "1997-10-08", "news")
    assert timex.value == "1998-SP"


def test_a_possessive_date_does_not_move_the_anchor():
    text = ("On 5 March 1953 they set the next day's headline in black. \"It happened this "
            "evening,\" the editor said.")
    assert only(text, "the next day", ).value == "1953-03-06"
    assert only(text, "this evening").value == "1953-03-05TEV"


def test_clock_time_takes_the_last_day_mentioned():
    text = ("The council voted on Tuesday. The first round, held last week, was a tie. The "
            "result came at 10 p.m. in the hall.")
    assert only(text, "10 p.m.", "2024-10-03", "news").value == "2024-10-01T22:00"


def test_rules_run_only_where_their_trigger_words_occur():
    text = "Nothing here.\n\nIn the spring of 1921 the NEP began.\n\nAnd then nothing again."
    found = find_dates(text)
    assert [(t.text, t.value) for t in found] == [("the spring of 1921", "1921-SP")]


# --- dates.v3: tense, parts of the day, clock times on a day, quarters, holidays ---------------

# (text, document date, genre, span, type, value, mod): each with a look-alike that stays
V3 = [
    # a weekday follows the tense of its clause (HeidelTime); a look-alike in the past tense
    ("Dock workers will walk out on Monday after talks broke down.", "2024-11-07", "news",
     "Monday", "DATE", "2024-11-11", None),
    ("Dock workers walked out on Monday after talks broke down.", "2024-11-07", "news",
     "Monday", "DATE", "2024-11-04", None),
    ("The union called a general strike for Monday.", "1934-02-07", "news", "Monday", "DATE",
     "1934-02-12", None),
    ("A spokesman said on Friday she would not attend.", "2026-03-30", "news", "Friday", "DATE",
     "2026-03-27", None),
    # a part of the day does not change which day it is
    ("Rain fell overnight and would not peak until tomorrow. The agency issued warnings on "
     "Wednesday evening.", "2023-11-09", "news", "Wednesday evening", "TIME", "2023-11-08TEV",
     None),
    ("Talks broke down late on Wednesday.", "2024-11-07", "news", "late on Wednesday", "DATE",
     "2024-11-06", "END"),
    # month names in news: the tense picks the side of the publication date
    ("Copper rose to its highest level since October.", "2025-03-12", "news", "October", "DATE",
     "2024-10", None),
    ("The second round in June will pit two outsiders.", "2026-03-30", "news", "June", "DATE",
     "2026-06", None),
    ("The plant reopened in January.", "2025-03-12", "news", "January", "DATE", "2025-01", None),
    # last night, to-day
    ("Residents were told to leave last night.", "2023-11-09", "news", "last night", "TIME",
     "2023-11-08TNI", None),
    ("The strike, which began to-day, spread.", "1926-05-06", "news", "to-day", "DATE",
     "1926-05-06", None),
    # "over" before a duration: across the stretch, or more than it
    ("They offered a 7 percent rise over two years.", None, "narrative", "two years",
     "DURATION", "P2Y", None),
    ("The war lasted over four years.", None, "narrative", "over four years", "DURATION", "P4Y",
     "MORE_THAN"),
    # a clock time and its day are one TIME
    ("The strike will begin at 6 a.m. on Monday.", "2024-11-07", "news", "6 a.m. on Monday",
     "TIME", "2024-11-11T06:00", None),
    ("The treaty was signed on 12 March 1940, and the fighting stopped at 11 a.m. the next day.",
     None, "narrative", "11 a.m. the next day", "TIME", "1940-03-13T11:00", None),
    ("The results for the three months ended June 30 came out. She told analysts at 8:30 a.m.",
     "2023-07-26", "news", "8:30 a.m.", "TIME", "2023-07-26T08:30", None),
    # fiscal quarters, halves of relative years, sets
    ("Throughput fell in the third quarter.", "2024-11-07", "news", "the third quarter", "DATE",
     "2024-Q3", None),
    ("Profit rose in the fourth quarter.", "2025-02-11", "news", "the fourth quarter", "DATE",
     "2024-Q4", None),
    ("Net income in the second-quarter report fell.", "2023-07-26", "news", "second-quarter",
     "DATE", "2023-Q2", None),
    ("Volumes will stay weak through the first half of next year.", "2024-11-07", "news",
     "the first half of next year", "DATE", "2025-H1", None),
    ("The company pays a dividend every quarter.", "2023-07-26", "news", "every quarter", "SET",
     "P3M", None),
    ("Earlier this month, a rival reported record sales.", "2023-07-26", "news",
     "Earlier this month", "DATE", "2023-07", None),
    ("Repairs should be finished by the end of the year.", "2023-07-26", "news",
     "the end of the year", "DATE", "2023", "END"),
    # a coarse anchor gives way to the last day for a day offset
    ("War began on 30 November 1939. Talks in early November had failed. The following day a "
     "puppet government was set up.", None, "narrative", "The following day", "DATE",
     "1939-12-01", None),
    ("On the night of 7–8 December Finnish patrols struck.", "1939-11-30", "narrative",
     "the night of 7–8 December", "TIME", "1939-12-07TNI", None),
    # holidays with a fixed day
    ("The rain had not ceased since Michaelmas.", None, "narrative", "Michaelmas", "DATE",
     "XXXX-09-29", None),
    ("The regiment sailed in 1915 and was home by Michaelmas.", None, "narrative", "Michaelmas",
     "DATE", "1915-09-29", None),
]


@pytest.mark.parametrize("text,document_date,genre,span,type_,value,mod", V3)
def test_v3_expressions(text, document_date, genre, span, type_, value, mod):
    timex = only(text, span, document_date, genre)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


V3_NEGATIVES = [
    ("Every month of delay costs exporters dearly.", "Every month"),
    ("He founded the daily L'Humanité in 1904.", "daily"),
    ("It was the last night of the congress.", "last night"),
    ("She won a quarter of the vote.", "quarter"),
]


@pytest.mark.parametrize("text,absent", V3_NEGATIVES)
def test_v3_look_alikes_are_not_dates(text, absent):
    assert absent not in [t.text for t in find_dates(text, "2024-11-07", "news")]


# dates.v4: days of the month in letters and telegrams, a day with its clock time, ranges
# with "to" and "between ... and" inside one month, and year-less dates in news stories that
# have moved into the past.
V4 = [
    ("Mexico City, 19 March 1938. Your telegram No. 41 of the 19th. Act at once.", None, "narrative", "the 19th", "DATE", "1938-03-19", None),
    ("London, 8 May 1938. We have received the note of the 13th ultimo. Wait.", None, "narrative", "the 13th ultimo", "DATE", "1938-04-13", None),
    ("On 1 March 1921 he came home. On the 5th I typed a copy.", None, "narrative", "the 5th", "DATE", "1921-03-05", None),
    ("In June 1937 the party was banned; Nin was arrested on the 16th and never seen again.", None, "narrative", "the 16th", "DATE", "1937-06-16", None),
    ("Mexico City, 19 March 1938, 2.10 a.m.", None, "narrative", "19 March 1938, 2.10 a.m.", "TIME", "1938-03-19T02:10", None),
    ("He arrived on 2 May 1926 at 10 a.m. and left.", None, "narrative", "2 May 1926 at 10 a.m.", "TIME", "1926-05-02T10:00", None),
    ("On 19 March 1938 the minister wrote. Last night at 10 p.m. the President spoke.", None, "narrative", "Last night at 10 p.m.", "TIME", "1938-03-18T22:00", None),
    ("The trial opened at noon to-day in the October Hall.", "1937-01-23", "news", "noon to-day", "TIME", "1937-01-23T12:00", None),
    ("The party was founded at a congress held 30 December 1918 to 1 January 1919.", None, "narrative", "30 December 1918 to 1 January 1919", "DATE", "1918-12-30/1919-01-01", None),
    ("The battle was fought between 12 and 25 August 1920.", None, "narrative", "between 12 and 25 August 1920", "DATE", "1920-08-12/1920-08-25", None),
    ("The strike of 1926, called on 3 May, ended on 12 May.", "2026-05-06", "news", "3 May", "DATE", "1926-05-03", None),
    ("The strike of 1926 was called off. The miners held out until late November.", "2026-05-06", "news", "late November", "DATE", "1926-11", "END"),
]


@pytest.mark.parametrize("text,document_date,genre,span,type_,value,mod", V4)
def test_v4_expressions(text, document_date, genre, span, type_, value, mod):
    timex = only(text, span, document_date, genre)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


def test_v4_a_story_year_needs_the_past_tense_and_the_same_paragraph():
    assert only("The strike of 1926 failed.\n\nOn 3 May the union will march.", "3 May", "2026-04-20", "news").value == "2026-05-03"
    assert only("The strike of 1926 failed. The union will march on 3 May.", "3 May", "2026-04-20", "news").value == "2026-05-03"
    # "last September" counts back from the publication date, whatever year the story named
    assert only("Pyatakov, who was arrested in 1931, served until last September.", "last September", "1937-01-25", "news").value == "1936-09"


def test_v4_ranges_with_the_stay_two_and_ordinals_naming_bodies_are_not_days():
    found = [t.text for t in find_dates("The war is dated from the winter of 1917–18 to the autumn of 1922.", None, "narrative")]
    assert found == ["the winter of 1917–18", "the autumn of 1922"]
    assert [t.text for t in find_dates("In March 1919 he spoke to the 8th Congress of the party.", None, "narrative")] == ["March 1919"]
    assert [t.text for t in find_dates("In March 1919 he read the speech of the 8th. It was long.", None, "narrative")] == ["March 1919"]


def test_v4_ordinal_days_move_with_the_story_and_step_back_over_a_month_end():
    found = find_dates("London, 2 April 1938. I saw him on the 31st. On the 5th he left.", None, "narrative")
    assert [(t.text, t.value) for t in found] == [("2 April 1938", "1938-04-02"), ("the 31st", "1938-03-31"), ("the 5th", "1938-03-05")]
    assert only("My brother came home on the first of March 1921. On the 5th I typed it.", "the first of March 1921").value == "1921-03-01"
    assert only("We meet on the twenty-first of June.", "the twenty-first of June", "2024-03-01", "news").value == "2024-06-21"
    assert find_dates("He was the first of many.", None, "narrative") == []


def test_v4_a_part_of_a_day_named_by_its_date_is_one_time():
    found = find_dates("The party arrived on the morning of the 12th instant. The ship had left Odessa on the evening of the 10th, late.", "1929-02-16", "news")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the morning of the 12th instant", "TIME", "1929-02-12TMO"),
        ("the evening of the 10th", "TIME", "1929-02-10TEV"),
    ]
    assert only("On the morning of the seventh of November 1927 we went out.", "the morning of the seventh of November 1927").value == "1927-11-07TMO"


def test_v4_a_run_across_two_months_is_one_range():
    assert only("Red Paper: Art for the Revolution, 14 March – 29 June 2025.", "14 March – 29 June 2025").value == "2025-03-14/2025-06-29"
    # a later day of an earlier month is no run
    assert "14 June – 29 March 2025" not in [t.text for t in find_dates("14 June – 29 March 2025", None, "narrative")]


def test_v4_ordinal_days_before_any_verb_but_not_before_an_ordinal_noun():
    # a letter that has already arrived by 2 March was written on 14 February
    assert only("Mexico, 2 March 1938. Your letter of the 14th came on Saturday.", "the 14th").value == "1938-02-14"
    assert only("Mexico, 20 March 1938. Your letter of the 14th came on Saturday.", "the 14th").value == "1938-03-14"
    for text in ("On 3 May 1921 he moved to the 5th floor.", "On 3 May 1921 the 8th Army advanced.", "On 1 March 1921 he spoke; on the 8th Congress he was silent."):
        assert [t.text for t in find_dates(text, None, "narrative")] == [text.split(" he")[0].split(" the")[0].removeprefix("On ")]


def test_v4_runs_of_days_and_months_without_a_year_and_timeline_months():
    text = "In 1923 the plenum of 25–27 October met.\n\n1925\nJanuary — Trotsky relieved.\nNovember — Bukharin removed."
    assert [(t.text, t.value) for t in find_dates(text, None, "narrative")] == [
        ("1923", "1923"), ("25–27 October", "1923-10-25/1923-10-27"), ("1925", "1925"), ("January", "1925-01"), ("November", "1925-11"),
    ]
    found = find_dates("Three strikes in 1934, in February, May and July–August, led by the Dunnes.", "2023-11-14", "news")
    assert [(t.text, t.value) for t in found] == [("1934", "1934"), ("February", "1934-02"), ("May", "1934-05"), ("July–August", "1934-07/1934-08")]
    # a month name after a comma that is no list of months stays untagged
    assert [t.text for t in find_dates("He met Smith, May and Jones.", None, "narrative")] == []
