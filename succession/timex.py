"""Rule-based temporal expression tagger with TIMEX3-style normalisation.

``find_dates(text, document_date=None, genre="narrative")`` returns :class:`Timex` spans,
sorted, non-overlapping, with ``text[start:end] == span.text``. It never raises.

How it works: precompiled regular expressions (``succession.timex_rules``) propose candidate
spans; overlapping candidates are settled longest-first; then one left-to-right pass resolves
relative and underspecified expressions against an anchor date and fills the calendar days.

Span extent (TimeML)
    A leading preposition is left out ("in January 1924" -> "January 1924", "By the end of
    February 1930" -> "the end of February 1930"), but words that are part of the expression
    stay in: determiners of anaphoric and part-of expressions ("the end of 1923", "the spring
    of 1921", "the following year", "the 1920s"), modifiers ("early 1921", "late in 1922",
    "about two years", "more than 50 years", "47 years old", "1923 onwards"). A range is one
    span, including "between" ("between 1918 and 1920", "between the summer of 1918 and
    November 1920") but not "from" ("1918 to 1920"); since dates.v7 so are two full day dates joined by
    a dash ("9 October 1888 – 15 March 1938" -> "1888-10-09/1938-03-15").
    A weekday written before a date belongs to it ("Sunday, January 27").

Values (TIMEX3)
    DATE      1927-11-07, 1924-01, 1923, 1921-SP/SU/FA/WI (seasons), 1926-Q1, 1925-H1,
              1927-W45 (weeks), decades as three digits ("the 1920s" -> "192"), centuries as
              two digits following TIMEX3, where "19" is 1900-1999 ("the 20th century" -> "19",
              "the 21st century" -> "20", "the 1800s" -> "18"). Ranges are "first/last":
              "1918-20" -> "1918/1920", "July-October 1926" -> "1926-07/1926-10".
              "the winter of 1927-28" -> "1927-WI" (winter is named after the year it starts).
              PRESENT_REF ("now", "the present", "today" in narrative, "these days"; "From
              now on" is "now on" with mod ON_OR_AFTER), PAST_REF ("recent years", "the
              past", "recently", "long ago", "years ago", "then" in "then as now"),
              FUTURE_REF ("the future", "the immediate future", "the Soviet future", "in
              future", "the years to come"; not the adjective in "the future leader").
              "the Nth anniversary of <event>" is the event's year + N when the event is
              dated in the phrase ("the tenth anniversary of the 1917 revolution" -> 1927),
              else the nearest explicit date in the same sentence ("On 7 November 1927,
              during the celebration of the tenth anniversary of the October revolution"),
              else None.
              Unresolvable expressions keep their span with a partial value ("XXXX-01-27",
              "XXXX-11", "XXXX-WXX-6" for a weekday) or None ("these years", "Years later",
              parts of named periods: "the early NEP years" START, "the end of the NEP era"
              END, "the first period of the revolution" START).
    TIME      1927-11-07T15:00, XXXX-XX-XXT21:09:14 when no day is known; parts of the day
              as TMO/TAF/TEV/TNI ("the afternoon", "late in the evening" with mod END, "four
              o'clock that afternoon" -> T16:00); "midnight" -> T24:00, "noon" -> T12:00;
              "about 10 p.m." has mod APPROX. A bare "seven o'clock" is after noon when the
              part of the day last mentioned (within 600 characters) is the afternoon or
              the evening.
    DURATION  P7Y, P3M, P2W, P2D, PT5H, PT30M; decades and centuries use the TIMEX3 units
              DE and CE ("a decade" -> P1DE; counted centuries in years since v6: "half a
              century" -> P50Y); vague quantities use X
              ("several years" -> PXY; a bare plural after a preposition: "For decades" ->
              PXDE, "shattered by years of war" -> PXY; "the first months" (of a non-date)
              -> PXM, "the early years" -> PXY); "a year and a half" -> P18M; "two more
              years", "a full minute"; "within the next fortnight" -> P2W, "over the past
              year" -> P1Y.
    SET       "every year"/"annually" -> P1Y, "every two years" -> P2Y, "every Sunday" ->
              XXXX-WXX-7, "on Thursday evenings" -> XXXX-WXX-4TEV, "twice a month" -> P1M.

Modifiers (mod)
    START ("early 1921", "the beginning of 1926"), MID ("mid-1920s", "the middle 1920's"),
    END ("late 1922", "late in 1922", "the end of 1923"), APPROX ("about two years",
    "around 1920"), MORE_THAN ("over 50 years"), LESS_THAN ("less than a year", and, as in
    the TIMEX2 guidelines, "nearly"/"almost"), EQUAL_OR_MORE ("at least"), EQUAL_OR_LESS
    ("at most", "up to"), BEFORE/AFTER ("pre-1917"/"post-1945"), ON_OR_AFTER ("1923
    onwards"). "The first half of 1925" becomes the value 1925-H1 rather than a mod.
    "N units before/after" followed by a clause or noun phrase ("two years before the war",
    "one month before the conference") is a DURATION "two years" (the anchor is an event);
    with nothing after it ("two years before,", "a day later", "two years ago") it is a DATE
    offset from its anchor. "late on 21 June" is the day with mod END.

Calendar days (first_day/last_day)
    For a DATE (and a TIME with a known day) whose value names a calendar stretch: the first
    and last day it covers. With mod START/MID/END the days of the whole unit are kept (the
    mod says which part is meant; the days stay a safe outer bound). Seasons are
    meteorological: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI 1 Dec to the end of February of
    the next year. None for DURATION, SET, the *_REF values and anything unresolved.

Anchoring
    Two kinds of relative expression are told apart:
    * anaphoric ones refer to a time the text has just mentioned ("the following year",
      "that year", "a day later", "two years earlier"): they anchor to the last resolved
      calendar date before them, falling back to ``document_date``, in both genres;
    * deictic and underspecified ones ("last year", "two years ago", "in January",
      "18 December", "Saturday", "yesterday") anchor, in "narrative" genre, to the last date
      mentioned (as HeidelTime's narrative mode does) and, in "news" genre, to
      ``document_date`` (falling back to the last date mentioned when there is none).
    A clock time takes the last day mentioned, else the document date.
    An underspecified date directly joined to an explicit one borrows its year ("January and
    February 1924", "3 p.m. on 7 November 1927"). "today" is the document date in news and
    PRESENT_REF in narrative. Every resolved calendar date (not decades, centuries or *_REF)
    becomes the new anchor; a range anchors at its end; a date used as a possessive ("the
    next day's editorial") does not move the anchor. Clock times and parts of the day take
    the last day mentioned even when a coarser date ("last week") came after it. Seasons:
    "that winter" after a January or February date is the winter that began the December
    before; "the spring" after the spring has passed, in a sentence about the future
    ("would", "will"), is next year's. "January of last year" -> the year before.

Tense (dates.v3)
    Weekdays, month names in news, quarters in news and "the end of the year" in news follow
    the tense cue nearest them in their clause (``timex_rules.clause_tense``): will/would/
    should/"for Monday" look ahead, past verb forms and "since" look back. A clock time joined
    to the day it falls on is one TIME ("6 a.m. on Monday"); a clock time in news takes the
    last day mentioned only if it lies within a week of the dateline. An anaphoric day offset
    whose anchor is too coarse ("The following day" after "early November") takes the last
    day mentioned.

dates.v4
    "the 19th", "your telegram of the 19th", "the 13th ultimo" (last month), "the 4th instant"
    (this month): a day of the month last mentioned (the month before when the day does not
    exist in it and the clause is past: "2 April ... on the 31st"); also in words, "the first
    of March 1921". A day followed by its clock time is one TIME too ("19 March 1938, 2.10
    a.m.", "2 May at 10 a.m.", "last night at 10 p.m.", "noon to-day"). Two explicit dates joined by "to"/"until"/"through" are one range ("30 December
    1918 to 1 January 1919"), unless the first opens with "the" ("from the winter of 1917-18
    to the autumn of 1922" stays two); "between 12 and 25 August 1920" is one. In news a
    year-less month or day in the past tense, in a paragraph that has named an earlier year
    (not as a modifier: "the 1917 revolution"), takes that year ("the strike of 1926, called
    on 3 May"): the story has moved into the past. "the morning of the 12th instant" is one
    TIME; "14 March – 29 June 2025" one range; "25–27 October" and "July–August" ranges in
    the year the context gives. A month opening a timeline's line ("1925 January — ...") and a
    month in a list of months ("in February, May and July") are dates. A letter "of the 14th"
    written before a dateline of the 2nd is last month's.

Not dates
    Page and issue numbers ("p. 505", "pp. 1501, 1502", "No. 1923", "Vol.61/No.17"), money,
    percentages, numbers inside other tokens ("230,000", "A1923"), counts ("1923 delegates",
    "1,500 new factories", "1500 to 2000 men", "more than 1500"), ordinals naming things ("the
    10th Congress", "Fourteenth Congress"), named eras ("the NEP era"), names and titles
    ("the Winter Palace", "Lessons of October") and prenominal uses ("the evening paper",
    "the future leader") are not tagged. A season used as a modifier is tagged alone ("the
    spring vote" -> "spring").

Speed
    Each rule names trigger words every match of it contains; its regex only runs over the
    paragraphs (blank-line separated) in which they occur.
    A 4-digit year must lie in 1000-2099.

dates.v5
    Clock times in words: "three in the morning", "five in the afternoon", "ten tonight"
    (counted from the document date), "half past seven", "a quarter to six" ("twenty past
    five" after "the afternoon" is 17:20). Recurring parts of the day are SETs ("every
    morning", "the afternoons"), with a clock time joined ("every morning at nine",
    "every Saturday at 11 a.m."). "Saturday the 17th" is that day of the month last named.
    "On Tuesday morning" opening a sentence is a weekday ("On Good Friday" is a feast). A
    weekday with no tense cue follows a present-tense plan ("leaves on Saturday", "Sunday is
    his birthday": the coming one); "fixed for Monday ... was put off" looks back. An
    explicit date inside a quotation does not move the story's anchor. In news a paragraph
    told in the historical present from a month of an earlier year stays in that year. A
    weekday in past narration moves the story forward ("On Monday he presented himself" after
    Saturday 6 April is 8 April); in a character's words, a letter or after "since" it looks
    back. A feast "since" is the last one, "before"/"until"/"by" the coming one.

dates.v6
    No expression crosses a blank line, and two expressions are joined (a clock time and its
    day, a range, "onwards") only on one line: a byline's "18 May 2019" stays apart from the
    "At 11 a.m." that opens the next paragraph.
    A clock time joins a part of a day as it joins a day, and a bare hour reads in that part:
    "about 4:30 o'clock on the afternoon of Dec. 1" -> 16:30, "7:25 o'clock last night" ->
    19:25 ("2 a.m. last night" stays 02:00); "4:30 o'clock" is a clock time by itself.
    "to-morrow evening" is one TIME like "tomorrow evening"; ", morning" closing a day's entry
    ("24 May, morning — ...") makes it a TIME with that part.
    A bare hour in words (two to eleven) after "at", "until", "by", "before", "after" or
    "struck" is a clock time when nothing it could count follows ("stopped at ten.", "Woke at
    seven to the sound", "BACK AT FOUR") - not an age ("left school at nine"), a score ("by
    three to two") or a price; it reads after noon as a bare "seven o'clock" does, and in the
    morning after "woke"/"up". "a little after ten", "just before midnight" take the adverb in
    with mod AFTER/BEFORE ("shortly after 4 p.m." leaves it out). "the last evening of
    September", "the first day of May 1926": one day of the month (TIME with the part).
    Recurrences: "every Wednesday afternoon" -> XXXX-WXX-3TAF, "every Monday, at nine" ->
    XXXX-WXX-1T09:00, "every few weeks" -> SET PXW, "every hour or so" -> PT1H with mod APPROX.
    "Eighty years ago today" is one DATE, the document date's day that many years back
    (1937-06-16). Counted centuries are durations in years ("a century" -> P100Y, "half a
    century" -> P50Y; decades keep DE as the guidelines write them); "a century since" counts.
    "two working days" -> P2D. A determiner that picks out the stretch is in the span: "the
    forty days of mourning", "the three years since", "the five weeks that followed", "its
    first twelve months", "another 30 years" (not "the 48 hours to midday", "the fourteen days
    required", "took her nine years"). "the 79-year-old" (an age as a noun or adjective) is
    not a duration; "he was 60 years old" still is.
    A list of issue numbers no longer hides the issue's full date ("Pravda, no. 49, 4 March
    1923"; "No. 17 April" stays no day). "For Thursday, read chapter four" opens with a
    preposition, not a name. A weekday that ends a capitalised name and is set off by a comma
    from the date is the event's name ("Bloody Saturday, 21 June 1919" -> "21 June 1919"); "the
    Sunday Worker", "the Saturday Review" (the weekday before a capitalised noun that is no
    month or part of the day) are titles, not dates.
    Narrative look-backs: a year-less month or day in a past-perfect clause that would fall
    after the day the story stands on is last year's ("On 15 January 1928 ... The figures for
    December had been disastrous" -> 1927-12); the story does not move to it, but the rest of
    its sentence counts from it ("twelve months earlier" -> 1926-12, "by the New Year" ->
    1928-01-01). Not a deadline ("by mid-October his cavalry had reached"), a sequence ("After
    the Opposition had marched ... 7 November") or a list of months before a date. "N units
    earlier/before" does not move the story either. "for December" is a month; so is "the July
    plenum", "the February offensive" (a month before a meeting or event noun). "That first
    spring" is the story's spring; "the New Year" is 1 January.
    Roman-numeral months: "12.XI.1927" -> 1927-11-12; "3/IV/25" takes the century of the date
    the text has reached (1925-04-03 after 1925), and stays partial (null) without one.
    Weeks counted from a day land on a day, as most of the gold counts them: "A week later"
    after 8 October 1923 -> 1923-10-15, "four weeks afterwards" -> a day (from a month they
    stay unresolved). More durations: "a week late", "not a day sooner", "It took me a year",
    "a year or so" (APPROX), "a little over a decade" (MORE_THAN), "the nearly four years
    since", "three days and nights", and a bare plural before an event ("hours before they
    were due", "hours after the verdict" -> PTXH). "about 1917" after a word that takes a
    topic ("settled nothing about 1917", "a book about 1968") is the year with no mod.
    "today" in a character's words in narrative is the story's day ("“You have seen history
    today,” he said"), the narrator's "today" stays PRESENT_REF. "until the morning" is the
    next morning, a horizon the story does not move to.
    A timeline entry headed year first at the start of a line is one date ("1903, 10 October
    Emmeline ..." -> 1903-10-10, "1909, July Marion ..." -> 1909-07). A year right after a
    capitalised Act/Bill/Measure/Treaty/Code/Law/Statute/Ordinance belongs to the law's name
    and is not tagged ("the Official Languages Act 2003", "the Expropriation Law of 1936");
    later dates still count from it (until dates.v7).
    A byline's full date and its digital clock time, apart by a space or a middle dot, are one
    TIME with its short weekday ("Thu 13 Mar 2025 · 06:40" -> 2025-03-13T06:40, "Fri 8 Nov
    2024 13.15 GMT").
    Halves in whole units: "four and a half years" -> P4Y6M, "an hour and a half" -> PT1H30M
    ("a year and a half" stays P18M). "two or three hours" is one DURATION PTXH (not before
    "ago"/"later": "two or three years ago" keeps its offset date).
    "the last Thursday of August 1913" is one day (1913-08-28), from the calendar, when the
    year is written.
    A bare hour in words followed by "on" and a weekday is a clock time joined to that day
    ("at six on Monday morning" -> one TIME, T06:00).
    A twilight word after a preposition of time is that part of the day: "Before nightfall"
    -> TEV on the day reached, "at dawn on 12 April" -> one TIME TMO ("the dawn of a new era"
    is not).
    A weekday written with a year-less day fixes its year among the anchor's year and its
    neighbours ("Saturday, 30 January" after "last August" (1936) in January 1937 -> 1937-01-30).
    In narrative, "yesterday", "tomorrow" and "N units ago" do not move the story: later clock
    times and "this evening" stay on the scene's day ("Monday, 25 January ... testified
    yesterday ... at noon" -> 25 January).
    A year-less month whose own sentence goes on to date that month in full takes that year
    ("At the November plenum, which sat from 16 to 24 November 1928" -> 1928-11, even after
    1929 was mentioned).
    "the afternoon of Whit-Sunday, the 28th" is one TIME (a feast's prefix on the weekday).
    News: a year naming a thing ("the 2030 target") and a horizon ahead of the dateline ("by
    2030") do not move the story; "reviewed in the autumn" stays the publication's year.
    A day heading on a line of its own ("Wednesday, 27 January") ends the last entry's part of
    the day: "rang at nine" after it is 09:00 though the entry before spoke of "this evening".
    In narrative, "tomorrow"/"yesterday" in a sentence whose "today" is the general present
    (PRESENT_REF) are FUTURE_REF/PAST_REF ("You cannot build factories today with bricks that
    will be made tomorrow").
    In narrative, a relative date after "since" is where a stretch began; the story stays put
    ("hardly slept since Tuesday, and tomorrow is ..." counts tomorrow from the entry's day).
    "every day of their childhood" and "speaks every week of “self-criticism”" are SETs (a
    possessive or a quotation after "of"); "every month of delay" stays a quantifier.
    A weekday after a capitalised possessive is an event's name ("Women's Sunday").
    The years of a book's title in a reference are not dates ("Socialism in One Country,
    1924–1926, vol. 2", "The Interregnum, 1923–1924, p. 368", "Trotsky 1921–1929 (Oxford:",
    "The Interregnum, 1923–1924. London: Macmillan").
    "is to meet again on Thursday" (be + to, an arrangement) points a weekday ahead.
    A speaker's "Now," opening a sentence before a topic ("Now, the politics.", "Now, here's
    the question") is a discourse marker, not PRESENT_REF.
    An offset set off by a comma right after a day restates that day ("had died on 14 June,
    eighteen days earlier" -> the 14 June).
    A bare hour in words from two to five is after noon when the part of the day last
    mentioned is the morning (or noon), as it is with none ("opened this morning ... came to
    the office at four" -> 16:00); after the night it stays before dawn.
    With no part of the day in sight, "by six" (a deadline) and "struck six" are 18:00; "at
    six" stays 06:00.
    A weekday and a part of the day before an ordinal-word day belong to it ("On Saturday, the
    first of December 1934"; "the morning of Saturday, the sixth of April, 1912" -> one TIME).
    "the" before a weekday is in its span ("held on the Sunday").
    "the early hours of 18 March" (or the small hours) is one TIME with TMO.
    "the second week of January 1919" -> 1919-W02: the ISO week holding the month's 4th/11th/
    18th/25th day ("the last week": its last day but three); without a year, the anchor's.
    "In the evening Kolya came round": a part of the day after a preposition, before a name,
    is a TIME ("the evening Pravda" is not).
    So "By the autumn Tomsky was ..." keeps "the" in the season's span.
    A duration in Title Case before a preposition and a capitalised word is a title ("Six
    Weeks in Winnipeg", "Ten Days That Shook the World"), not a duration.
    "early on the 12th" is that day with mod START (as "late on 21 June" is END).

dates.v7
    Two full day dates joined by a dash are one range, as the guidelines write ranges ("8 July
    1867 – 22 April 1945" -> 1867-07-08/1945-04-22; gold/dev's Bukharin still has two spans);
    a month-first run of days takes its year from the context ("Jan. 17 to 20" ->
    1925-01-17/1925-01-20; not "Jan. 17 to 20 delegates").
    Durations in two units are one ("four years and three months" -> P4Y3M, "two hours and
    twenty minutes" -> PT2H20M, weeks and days in days; not an offset "... three months
    later"); ones before tens ("six-and-twenty days" -> P26D); "week-long" -> P1W;
    "something like eight hours" has mod APPROX.
    "the past year", "the past month" are durations (P1Y, P1M) with any preposition or none, as
    "the past week" was, and "the last decade" after "in"/"during"/"spent" (not "the last week
    of May"); "her last months" is PXM like "the last months", but a heading's "The last months
    in Coyoacán: a timeline" is a title (gold/dev leaves "She spent her last years" out).
    Adjectives of recurrence are SETs before the thing that recurs ("the monthly meeting" P1M,
    "The annual report" P1Y, "a quarterly dividend" P3M), not a newspaper ("the daily
    L'Humanité", "its weekly, Tkach", "the daily newspaper"), a title ("the Daily Worker") or a
    noun ("an annual"); "twice daily" is one SET. (gold/dev leaves "its annual conference" out.)
    Movable feasts count from Easter in the anchoring year (the anonymous Gregorian algorithm):
    "Whitsun"/"Whitsuntide"/"Whit Sunday"/"Pentecost" +49 days, "Good Friday" -2, "Ascension
    Day" +39 and others; "since Whitsuntide" counts back from now (in news the dateline), not from
    a year the paragraph compares; "Michaelmas next" is one span, the coming one. A recurrence said
    earlier in the sentence ("twice a year, at Easter and in August", "remembered every year on
    Anzac Day") leaves a feast or a bare month any year's (None, XXXX-08, XXXX-04-25).
    "a hundred and thirty years" -> P130Y; "Through the summer neither side" keeps "the".
    Joins: a full date, a comma and a 24-hour clock time are one TIME ("Thursday 16 November
    2023, 21:00"); "6.50 in the evening" is a clock time (18:50), joined to its day; a time zone
    after a clock time is in its span ("2:40 p.m. ET"); "half-past six yesterday morning" is
    one TIME (06:30); "the 17th of next month" and "Jan. 21 last year" are one DATE counted
    from the anchor (not "6.50 in the evening sale", a price).
    Anchoring: nothing that is not tagged moves the story, so a law's year ("the Proceeds of
    Crime Act 2002") no longer anchors what follows (dates.v6 let it). "about four o'clock this
    morning" is the writer's day (in news the dateline), not the last day mentioned. "to be held
    on 19 July" (to be + participle) looks ahead.
    A letter's or a diary's heading (a day alone on its line, after a place and a comma at most:
    "Alma-Ata, 12 April 1928", "Sunday, 27 January") is the day its text speaks from: in
    narrative, deictic expressions after it ("yesterday", "this month", "the 17th of next
    month", a year-less "April") count from the heading's day, not from a date the letter
    mentioned ("Your letter of the 2nd reached me only yesterday" -> the 11th) - unless the
    story has since moved past the heading ("A week later. On Friday ...") or a "tomorrow" is
    told in the past ("on Tuesday, and tomorrow was no better").
    A year-less day in a past-perfect clause that falls before the day the story stands on is a
    look back as well (dates.v6 had only the ones that would fall after it): "It was the last
    Sunday of March 2019 ... had left it on 4 March" leaves the scene on 31 March, so "take it
    tomorrow" is 1 April.
    A name or "he/she/it" and a present-tense verb right before a weekday is a plan ahead, as
    "leaves on Saturday" was: "The House rises on Friday" is the coming Friday (not "The peace
    talks on Friday", a noun).
    A bare "one" to "six o'clock" with no part of the day in sight (or after the morning) is
    the afternoon's ("At four o'clock the post arrived" -> 16:00, "Saturday at three o'clock");
    a part of the day joined to it still decides ("four o'clock on Monday morning").
    In narrative, an explicit date before the story's time with a past-perfect verb in its own
    clause ("the defeat ... in October 1923 had repeated") is a look back: the story stays, the
    rest of the sentence counts from it ("six years earlier" -> 1917); so is the year a work is
    about ("his writings of 1917", "the lessons of 1905"). Not a past perfect in another clause
    ("the decree of 2 May 1940 was meant to repair what the campaign had exposed").
    In narrative a character's look back (a relative date in a quotation before the story's
    time: "“I came home on the 3rd of October,” he said") does not move the story, as an
    explicit date in a quotation did not; "after Christmas" is a horizon like "by Christmas". A
    weekday before the noun it modifies leaves the article out ("by the Tuesday mail" ->
    "Tuesday"; "held on the Sunday" keeps it).
    More lengths of time: "could take a week", "an hour beyond noon", "a decade of turmoil" (not
    "a day of shame"), "lasted weeks".
    "the May of 1907" keeps its article like "the spring of 1921"; "January ’37" is the month of
    a two-digit year in the century the text has reached.
    "every May Day" -> SET XXXX-05-01; "forty-odd years" -> P40Y with mod APPROX; "about two in
    the afternoon of 9 November" is one TIME (14:00 on that day); "the Monday after that" is the
    first Monday after the day just named.
    "over the coming months" is the stretch (DURATION PXM; "in the coming days" stays
    FUTURE_REF); "a month" coordinated with a length earlier in its sentence ("eleven days when
    it is kind and a month when it is not") is a length too.
    "One hundred years ago", "Ten years from now" (an offset ahead, like "hence"), "a quarter of
    an hour" (PT15M); a clock time in words takes the part of the day joined to it ("ten minutes
    to seven on the evening of 21 January" -> 18:50); "its own weekly, ..." is a newspaper.
    "hundreds a month" is a rate (SET P1M); "By the spring even the typists knew" keeps "the".
    "the end of the first quarter" is one span, the quarter with mod END.
    "Michaelmas next year" and "Dec. 19 of that year" are one DATE in the year counted from the
    anchor; "all summer", "all that autumn" keep "all". "By evening the government had fled":
    a bare part of the day after "by"/"towards" is a TIME on the day reached ("by night" is not).
    "week by week", "day after day" are SETs (P1W, P1D). After an ordinal or a superlative, "of
    the year" is the year the text stands in ("my first free Sunday of the year", "the most
    intelligent film of the year").
    A log's day heading that starts its line and runs on into the entry after a full stop
    ("Sunday, 13th. Calm through the first watch") is one DATE, the day of the month reached.
    "in ’49", "since ’63": a year written with an apostrophe and two digits, in the century the
    text has reached (not "’60s", "’49ers", nor a quotation the apostrophe opens).

dates.v8
    A diary's dated heading followed by its entry on the same line ("Tuesday, 8th November.—Meat
    is rationed from to-day") is the day the entry speaks from, as a heading alone on its line
    was: "to-day" is that day (not PRESENT_REF), "yesterday" the day before. In news a
    telegram's dateline opening a paragraph ("PARIS, March 15.—The Chamber sat late last
    night") is the day that paragraph's deictic expressions and clock times count from, not the
    paper's date ("this morning" -> 03-15, "yesterday" -> 03-14).
    In narrative a character's "to-morrow"/"yesterday"/"to-day" counts from the scene's day (the
    last date the narration itself gave), not from a date the talk mentioned ("“He sails on
    Thursday ... I shall go to-morrow”"), and the narration's clock times stay on the scene's
    day ("The clock on the landing struck nine"). A feast in a character's words follows the
    tense ("“he wrote at Christmas”" in October is the last Christmas; "was to sail at Lady
    Day" is the coming one). "dated from Liverpool, the 9th" is a day (a look back that does
    not move the story); "Thursday, the 24th inst." keeps "inst."; "Saturday next at seven
    o'clock" is one TIME. A bare small hour (1-5) near "midnight", "asleep" or "the small
    hours" is the night's; a bare 6-11 o'clock in a sentence about a dinner, supper, banquet or
    concert is the evening's.
    More lengths and recurrences: "the best part of two years", "most of a week" (mod
    LESS_THAN), "for another hour" (PT1H), "for three nights" (P3D), "the present twelvemonth"
    (P1Y), a length said on its own ("“A fortnight,” she said"), "a day and a half" -> P1.5D
    (was PT36H); "by lunchtime" (TMI), "the coming weekend" (2024-W41-WE), "weekday mornings"
    (SET XXXX-WXX-XTMO), "the first Thursday of each month" (SET P1M, one span).
    Not dates: a cricket score's wickets ("301 for 6 this morning" -> "this morning"), a
    player's "first century". In news a year after "since" ("not won since August 2011") is a
    horizon, so "meet again on 4 July" stays in the paper's year; a clock time told in the past
    does not take a day still ahead of the dateline. A bare small hour in an appointment ahead
    ("will see you at five") is the afternoon's. A day of the month ("left on the 29th") whose
    anchor is a year takes the month the text last gave in that year; a clock time with no day
    in sight takes that month ("1931-08-XXT17:00").
    A bare month after a habit word in its sentence ("do they usually leave it open in July",
    "the garden is at its best in April") is any year's (XXXX-07). In news "the winter" said in
    spring or summer, not of the future, is the winter just past ("the grain crisis of the
    winter" in May 1928 -> 1927-WI). "over the week-end" is the anchor's week's weekend, the
    last one in the past tense. A character's bare month follows the tense as a feast does
    ("“Arthur wrote in November”" in February 1853 -> 1852-11). A diary heading "Thursday, 5th."
    on its own line is that day; "half a day" -> P0.5D (was PT12H).
    "two days before Christmas", "a week after Easter" are one DATE, the feast's day moved (in a
    past-tense sentence the last feast). "Open Tuesday to Sunday, 10 a.m. to 5 p.m." (after
    "open", "closed", "hours") is one SET XXXX-WXX-2/XXXX-WXX-7. "between midnight and four"
    is one TIME range (T00:00/T04:00 on the day reached). In narrative a day opening its line
    and followed by a full stop ("14 November. Trotsky ... were expelled today") heads a diary
    entry as a heading on its own line does. "For next week, read ..." (no "the") is the week,
    a DATE; "for the next week" stays a length. A bare hour (no a.m./p.m., no part of the day)
    after a clock time of the afternoon or evening on the same day, with no morning mentioned
    since, is later that evening ("full by seven ... At a quarter to ten ... home at eleven" ->
    21:45, 23:00). In narrative "last night" is a glance like "yesterday": the story stays on
    the entry's day ("died last night ... Went to the Telegraph at 3 p.m." -> the entry's day),
    while the clock times of its own sentence are that night's day. "half-past seven o'clock"
    is one clock time (the evening's in a sentence about a concert or soirée), joined to its
    day ("Friday, the 27th inst., at half-past seven o'clock" -> 1908-11-27T19:30). "till late
    last night" is one span with mod END ("early this morning" START), but "sat late last
    night" leaves the verb's "late" out. "resolved/decided/agreed/promised to ..." looks ahead
    for a weekday or month in its clause ("resolved to recommend a return to work on Monday").
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from bisect import bisect_right

from succession.data import Timex
from succession.timex_rules import (
    DIGIT,
    MONTHS,
    PART_OF_DAY,
    Parsed,
    RULES,
    SEASON_MONTHS,
    SMALL_NUMBERS,
    SpeakingDay,
    WEEKDAYS,
    clause_tense,
    make_time,
    month_end,
    parse_date_value,
    sentence_bounds,
)

ANNOTATOR = "dates.v17"

__all__ = ["ANNOTATOR", "find_dates", "calendar_days"]


def find_dates(text: str, document_date: str | None = None, genre: str = "narrative") -> list[Timex]:
    """Tag and normalise the temporal expressions in ``text`` (see the module docstring)."""
    try:
        if not isinstance(text, str) or not text:
            return []
        candidates = _propose(text)
        chosen = _select(candidates)
        chosen = _merge_dash_ranges(text, chosen)
        chosen = _near_clock(text, chosen)
        chosen = _join_clock_to_day(text, chosen)
        chosen = _part_of_day_of(text, chosen)
        chosen = _extend_onwards(text, chosen)
        chosen = _offset_from_day(text, chosen)
        chosen = _hours_of_a_set(text, chosen)
        chosen = _feast_then_its_date(text, chosen)
        chosen = _weekday_after_feast(text, chosen)
        return _resolve(text, chosen, _document_anchor(document_date), genre == "news")
    except Exception:  # noqa: BLE001 - the contract is "never raise"; a miss beats a crash
        return []


# --- proposing and selecting candidates -----------------------------------------------------


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_ANY_DIGIT = re.compile(r"\d")
_LOOKAHEAD_MARGIN = 200  # a match is scanned with this much text after its paragraph


def _propose(text: str) -> list[tuple[int, int, int, Parsed]]:
    """Run every rule, but only over the paragraphs that contain its trigger words."""
    candidates = []
    lowered = text.lower()
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    bounds = list(zip(starts, starts[1:] + [len(text)]))
    where: dict[str, frozenset[int]] = {}  # trigger word -> the paragraphs it occurs in

    def paragraphs_with(word):
        if word not in where:
            if word == DIGIT:
                found = {i for i, (a, b) in enumerate(bounds) if _ANY_DIGIT.search(text, a, b)}
            else:
                found, position = set(), lowered.find(word)
                while position >= 0:
                    found.add(bisect_right(starts, position) - 1)
                    position = lowered.find(word, position + 1)
            where[word] = frozenset(found)
        return where[word]

    everywhere = range(len(bounds))
    for order, (pattern, handler, triggers) in enumerate(RULES):
        selected = set(everywhere)
        for group in triggers or ():
            selected &= set().union(*(paragraphs_with(word) for word in group))
            if not selected:
                break
        for first, last in _runs(sorted(selected)):
            run_start, run_end = bounds[first][0], bounds[last][1]
            for match in pattern.finditer(text, run_start,
                                          min(len(text), run_end + _LOOKAHEAD_MARGIN)):
                if match.start() >= run_end:
                    break
                try:
                    parsed = handler(match, text)
                except (ValueError, KeyError, OverflowError, IndexError):
                    parsed = None
                if parsed is None:
                    continue
                start, end = parsed.span or match.span()
                if start < end and not _PARAGRAPH_BREAK.search(text, start, end):
                    candidates.append((start, end, order, parsed))
    return candidates


def _runs(indexes):
    """Consecutive paragraph indexes as (first, last) runs."""
    runs = []
    for index in indexes:
        if runs and runs[-1][1] == index - 1:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return runs


def _select(candidates):
    """Longest first, then earliest, then by rule order; drop anything overlapping a keeper."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int, int, Parsed]] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        if all(end <= other[0] or start >= other[1] for other in taken):
            taken.append(candidate)
    taken.sort(key=lambda c: (c[0], c[1]))
    return taken


_DASH = re.compile(r"\s{0,3}[-–—]\s{0,3}\Z")
_AND = re.compile(r"\s{1,3}and\s{1,3}\Z", re.IGNORECASE)
_TO = re.compile(r"\s{1,3}(?:to|until|till|through)\s{1,3}\Z", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![\w-])between\s{1,3}\Z", re.IGNORECASE)
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}){0,2}|\d{4}-(?:SP|SU|FA|WI|H[12]|Q[1-4])")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _merge_dash_ranges(text, chosen):
    """"January 1924 – March 1925", "30 December 1918 to 1 January 1919" and "between the summer
    of 1918 and November 1920": two explicit dates joined by a dash, "to", or "between ... and",
    are one range; so are two full day dates joined by a dash ("8 July 1867 – 22 April 1945",
    dates.v7: the guidelines' "a range written as one expression is one span")."""
    merged = []
    for candidate in chosen:
        if merged and _is_explicit_calendar(merged[-1][3]) and _is_explicit_calendar(candidate[3]):
            previous = merged[-1]
            joiner = text[previous[1] : candidate[0]]
            start = previous[0]
            if not _one_line(text, previous[1], candidate[0]):
                merged.append(candidate)
                continue
            between = _BETWEEN.search(text, max(0, start - 12), start)
            if _AND.match(joiner) and between:
                start = between.start()
            elif _TO.match(joiner) and text[start:start + 4].lower() != "the ":
                pass  # "30 December 1918 to 1 January 1919": written as one stretch
            elif not _DASH.match(joiner):
                merged.append(candidate)
                continue
            value = f"{previous[3].value}/{candidate[3].value}"
            merged[-1] = (start, candidate[1], previous[2], Parsed("DATE", value))
            continue
        merged.append(candidate)
    return merged


def _one_line(text, start, end):
    """Two expressions are joined into one only on the same line: a line break between them
    (a byline's date above the first sentence, a timeline's entries) separates them."""
    return "\n" not in text[start:end]


def _is_explicit_calendar(parsed):
    return (parsed.type == "DATE" and parsed.resolve is None and parsed.mod is None
            and bool(parsed.value) and bool(_CALENDAR_VALUE.fullmatch(parsed.value)))


_CLOCK_SUFFIX = re.compile(r"XXXX-XX-XX(T\d{2}:\d{2}(?::\d{2})?)")
_CLOCK_DAY_JOINER = re.compile(r"(?:\s*,)?\s{1,3}(?:on\s{1,3})?\Z", re.IGNORECASE)
_DAY_GRAIN = re.compile(r"\d{4}-\d{2}-\d{2}")


def _join_clock_to_day(text, chosen):
    """"6 a.m. on Monday", "11 a.m. the next day", "six o'clock on the morning of 2 May": a clock
    time followed by the day it falls on is one TIME (as TIMEX2 and the dev gold mark it); so is
    a day followed by its clock time ("19 March 1938, 2.10 a.m.", "last night at 10 p.m.").
    dates.v16: a part of the day before its day is one TIME too ("dawn the next day")."""
    joined = []
    index = 0
    while index < len(chosen):
        start, end, order, parsed = chosen[index]
        clock = _clock_of(parsed)
        if not clock and parsed.mod is None and _BARE_PART_OF_DAY.fullmatch(parsed.fallback or "") and parsed.resolve:
            # dates.v16: "At dawn the next day": a part of the day before the day it falls on
            clock = parsed.fallback[10:]
            if index + 1 < len(chosen) and (_PART_OF_DAY_VALUE.search(chosen[index + 1][3].fallback or "")
                                            or text[end : chosen[index + 1][0]].strip()):
                # "the evening the next morning": two parts, two times; "At dawn on the 15th"
                # keeps its day apart, as the tests of dates.v3 have it
                clock = None
        if clock and index + 1 < len(chosen):
            next_start, next_end, _next_order, day = chosen[index + 1]
            part = _part_of_day_suffix(day) if day.type == "TIME" else None
            if (_CLOCK_DAY_JOINER.match(text[end:next_start]) and _one_line(text, end, next_start)
                    and day.type in ("DATE", "TIME")
                    and day.mod is None and (_names_a_day(day) or part)):
                if part and parsed.open_hour:
                    clock = _clock_in_part(clock, part)
                joined.append((start, next_end, order, _at_clock(day, clock, parsed.mod)))
                index += 2
                continue
        if index + 1 < len(chosen) and parsed.mod is None:
            next_start, next_end, _next_order, next_parsed = chosen[index + 1]
            clock = _clock_of(next_parsed)
            part_of_day = parsed.type == "TIME" and _PART_OF_DAY_VALUE.search(parsed.fallback or parsed.value or "")
            byline = (clock and parsed.type == "DATE" and parsed.resolve is None and bool(parsed.value)
                      and bool(_DAY_VALUE.fullmatch(parsed.value))
                      and any(c.isalpha() for c in text[start:end])  # a month's name, not "26-03-2016 21:09:14"
                      and _BYLINE_JOINER.fullmatch(text[end:next_start])
                      and _DIGITAL_CLOCK.match(text, next_start))
            if (clock and (_DAY_CLOCK_JOINER.fullmatch(text[end:next_start]) or byline)
                    and _one_line(text, end, next_start)
                    and next_parsed.mod not in ("BEFORE", "AFTER")  # "Tuesday, shortly after 4 p.m."
                    and ((parsed.type == "DATE" and _names_a_day(parsed)) or part_of_day)):
                day = _without_part_of_day(parsed) if part_of_day else parsed
                if part_of_day and next_parsed.open_hour:
                    # dates.v11: "yesterday afternoon at 5:30" is 17:30, as "5:30 yesterday afternoon"
                    clock = _clock_in_part(clock, _part_of_day_suffix(parsed))
                if byline:
                    # a byline's "Thu 13 Mar 2025 · 06:40": the short weekday belongs to it too
                    weekday = _SHORT_WEEKDAY_BEFORE.search(text, max(0, start - 6), start)
                    if weekday and (not joined or joined[-1][1] <= weekday.start()):
                        start = weekday.start()
                joined.append((start, next_end, order, _at_clock(day, clock, next_parsed.mod)))
                index += 2
                continue
        if parsed.type == "DATE" and parsed.mod is None and _names_a_day(parsed) and not parsed.silent:
            # dates.v9: "Leningrad, 3 December 1934, 23.00", "On 1 December at about 16.30": a
            # day and a twenty-four-hour clock time after it (not yet a time of its own)
            after = _DAY_THEN_24H_CLOCK.match(text, end)
            if after and (index + 1 >= len(chosen) or chosen[index + 1][0] >= after.end()):
                clock = "T%02d:%s" % (int(after.group("h")), after.group("m"))
                mod = "APPROX" if after.group("approx") else None
                joined.append((start, after.end(), order, _at_clock(parsed, clock, mod)))
                index += 1
                continue
        joined.append(chosen[index])
        index += 1
    return joined


_BARE_PART_OF_DAY = re.compile(r"XXXX-XX-XXT(?:MO|AF|EV|NI)")
_DAY_THEN_24H_CLOCK = re.compile(r"(?:[ \t]*,[ \t]{0,3}(?:at[ \t]{1,3})?|[ \t]{1,3}at[ \t]{1,3})"
                                 r"(?P<approx>(?:about|around|approximately|roughly)[ \t]{1,3})?"
                                 r"(?P<h>[01]\d|2[0-3])[.:](?P<m>[0-5]\d)(?![\d.,]\d|\w|[ \t]*(?:a\.?m|p\.?m|per\b|%))",
                                 re.IGNORECASE)


# a byline's full date and its digital clock time, set apart by a space or a middle dot
# ("Thu 13 Mar 2025 · 06:40", "Fri 8 Nov 2024 13.15 GMT"): only after a date with its year
_BYLINE_JOINER = re.compile(r"[ \t]{1,3}(?:[·•|][ \t]{1,3})?")
_DIGITAL_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,]\d)")
_SHORT_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]\Z")
_DAY_CLOCK_JOINER = re.compile(r"\s*,\s{0,3}|\s{1,3}at\s{1,3}|\s*,\s{0,3}at\s{1,3}", re.IGNORECASE)
_PART_OF_DAY_VALUE = re.compile(r"T(?:MO|AF|EV|NI|DT)\Z")
# (a feast's weekday keeps its prefix: "the afternoon of Whit-Sunday, the 28th")
# (dates.v11: with "early" or "late" before it: "the early morning of 23 January")
_PART_OF_DAY_OF = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night|early\s+hours|small\s+hours)\s+of\s+(?:(?-i:Whit|Easter|Palm)-)?\Z",
                             re.IGNORECASE)


# ", morning" right after a day, closing its clause: "24 May, morning — ", not "24 May, evening
# papers said" nor "On 24 May, evening fell"
_PART_OF_DAY_AFTER = re.compile(r",[ \t]{0,2}(morning|afternoon|evening|night)(?=[ \t]*(?:[—–:;.)]|-\s|\n|\Z))",
                                re.IGNORECASE)


def _part_of_day_of(text, chosen):
    """"the morning of the 12th instant", "the evening of the 10th": a part of a day the date
    names is one TIME with that part (as "the morning of 2 May" is)."""
    joined = []
    for start, end, order, parsed in chosen:
        if parsed.type == "DATE" and parsed.mod is None and _names_a_day(parsed):
            before = _PART_OF_DAY_OF.search(text, max(0, start - 30), start)
            if before and not _one_line(text, before.start(), start):
                before = None
            if before and joined and joined[-1][0] >= before.start():
                joined.pop()  # "the morning" was tagged alone
            if before and (not joined or joined[-1][1] <= before.start()):
                fallback = parsed.fallback or "XXXX-XX-XX"
                # "the early hours of 18 March", "the small hours of": the morning's (TMO)
                timed = make_time(parsed, PART_OF_DAY.get(before.group(1).lower(), "TMO"), fallback[:10] if fallback.startswith("XXXX") else "XXXX-XX-XX")
                joined.append((before.start(), end, order, timed))
                continue
            after = _PART_OF_DAY_AFTER.match(text, end)
            if after and not any(other[0] < after.end() and other[0] >= end for other in chosen):
                # a timeline's or a diary's entry: "24 May, morning — The guard ..."
                fallback = parsed.fallback or "XXXX-XX-XX"
                timed = make_time(parsed, PART_OF_DAY[after.group(1).lower()], fallback[:10] if fallback.startswith("XXXX") else "XXXX-XX-XX")
                joined.append((start, after.end(1), order, timed))
                continue
        joined.append((start, end, order, parsed))
    return joined


_NEAR_CLOCK = re.compile(r"(?<![\w-])(?:a\s+little|just|a\s+few\s+minutes)\s+"
                         r"(after|before)\s+\Z", re.IGNORECASE)


def _near_clock(text, chosen):
    """"a little after ten", "just before midnight": the clock time with mod AFTER/BEFORE (the
    adverb says on which side of the hour, as TIMEX2 marks it); "shortly after 4 p.m." leaves
    "shortly after" out, as TimeBank and the gold do."""
    result = []
    for start, end, order, parsed in chosen:
        near = _NEAR_CLOCK.search(text, max(0, start - 30), start) if _clock_of(parsed) and parsed.mod is None else None
        if near and (not result or result[-1][1] <= near.start()) and _one_line(text, near.start(), start):
            parsed.mod = near.group(1).upper()
            start = near.start()
        result.append((start, end, order, parsed))
    return result


def _part_of_day_suffix(parsed):
    """"TEV" of a part of a day ("to-morrow evening", "the afternoon of Dec. 1"), else None."""
    found = _PART_OF_DAY_VALUE.search(parsed.fallback or parsed.value or "")
    return found.group()[1:] if found else None


def _clock_in_part(clock, part):
    """A bare hour read in the part of the day it is joined to: "4:30 o'clock on the afternoon
    of Dec. 1" is 16:30, "7:25 o'clock last night" 19:25, "nine the next morning" 09:00 even
    after an evening (but "two o'clock at night" stays 02:00)."""
    hour = int(clock[1:3])
    if 12 < hour < 24:
        hour -= 12  # the guess from the part of the day last mentioned gives way
    if hour < 12 and (part in ("AF", "EV") or (part == "NI" and hour >= 6)):
        hour += 12
    return f"T{hour:02d}" + clock[3:]


def _clock_of(parsed):
    """The "T10:30" of a bare clock time ("10.30 a.m.", "noon"), else None."""
    if parsed.type != "TIME":
        return None
    clock = _CLOCK_SUFFIX.fullmatch(parsed.fallback or "")
    return clock.group(1) if clock else None


def _without_part_of_day(parsed):
    """"last night" as the day it belongs to, for "last night at 10 p.m."."""
    def day_of(value):
        return value[:10] if value and _DAY_GRAIN.match(value) else None

    if parsed.resolve is None:
        return Parsed("DATE", day_of(parsed.value))
    resolver = parsed.resolve
    return Parsed("DATE", resolve=lambda anchor, news: day_of(resolver(anchor, news)),
                  anchoring=parsed.anchoring, borrows=parsed.borrows,
                  fallback=(parsed.fallback or "XXXX-XX-XX")[:10])


def _names_a_day(parsed):
    if parsed.resolve is None:
        return bool(parsed.value and _DAY_GRAIN.match(parsed.value))
    if parsed.fallback == "PRESENT_REF" and parsed.type == "DATE":
        return True  # "to-day" ("noon to-day")
    return bool(parsed.fallback is None or re.match(r"XXXX-(?:\d{2}-\d{2}|WXX-\d|XX-\d{2}|XX-XX\Z)",
                                                     parsed.fallback)
                or parsed.anchoring == "anaphoric")


def _at_clock(day, clock, mod):
    def on_day(value):
        return value[:10] + clock if value and _DAY_GRAIN.match(value) else None

    def resolve(anchor, news):
        value = resolver(anchor, news)
        if value == "PRESENT_REF" and isinstance(anchor, SpeakingDay) and anchor[2] is not None:
            value = "%04d-%02d-%02d" % anchor  # dates.v9: "noon to-day" under a dated heading
        return on_day(value)

    resolver = day.resolve
    if resolver is None:
        return Parsed("TIME", on_day(day.value), mod)
    # (dates.v9: "noon today" unresolved is the present, not "PRESENT_RET12:00")
    fallback = "PRESENT_REF" if day.fallback == "PRESENT_REF" else (day.fallback or "XXXX-XX-XX")[:10] + clock
    return Parsed("TIME", mod=mod, resolve=resolve, anchoring=day.anchoring, borrows=day.borrows,
                  fallback=fallback)


_ONWARDS = re.compile(r"\s+(?:onwards?|and\s+after)\b", re.IGNORECASE)


def _extend_onwards(text, chosen):
    """"1923 onwards" is one expression: the start of an open-ended stretch."""
    extended = []
    for index, (start, end, order, parsed) in enumerate(chosen):
        match = _ONWARDS.match(text, end)
        next_start = chosen[index + 1][0] if index + 1 < len(chosen) else len(text)
        if (match and parsed.type == "DATE" and parsed.mod is None and match.end() <= next_start
                and _one_line(text, end, match.end())):
            parsed.mod = "ON_OR_AFTER"
            end = match.end()
        most = _MOST_OF_BEFORE.search(text, max(0, start - 12), start)
        if (most and parsed.type == "TIME" and parsed.mod is None and _PART_OF_DAY_VALUE.search(parsed.fallback or parsed.value or "")
                and _THE_PART.fullmatch(text, start, end) and (not extended or extended[-1][1] <= most.start())):
            # dates.v9: "we lost most of the morning": less than the whole part of the day
            parsed.mod = "LESS_THAN"
            start = most.start()
        extended.append((start, end, order, parsed))
    return extended


_MOST_OF_BEFORE = re.compile(r"(?<![\w-])(?:most|much|part)\s+of\s+\Z", re.IGNORECASE)
_THE_PART = re.compile(r"the\s+(?:morning|afternoon|evening|night)", re.IGNORECASE)


# --- anchoring and resolution -----------------------------------------------------------------

_JOINED_TO_NEXT = re.compile(
    r"\s*(?:,|and|or|to|until|till|through|-|–|—|on|of|,\s*on)?\s*\Z", re.IGNORECASE
)


def _document_anchor(document_date):
    if not isinstance(document_date, str):
        return None
    return parse_date_value(document_date.strip()[:10])


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_PAST_PERFECT_VERB = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been|[a-z]+ed|[a-z]+en|made|paid|said|told|"
                                r"left|kept|held|met|sent|spent|built|lost|won|begun|come|gone|run|become|found|heard|"
                                r"felt|led|read|set|put|cut|hit|let|shut|spread|brought|thought|fought|taught|caught)\b",
                                re.IGNORECASE)
_OWN_CLAUSE_STOP = re.compile(r"[,;:!?\"“”()—–\n]|\.\s|\b(?:and|but|or|when|while|after|before|until|which|who|"
                              r"what|that|where|whom|whose|because|if|as)\b", re.IGNORECASE)


def _own_pluperfect(text, start, end):
    """Whether a past-perfect verb is in the date's own clause, with no clause boundary (a
    comma, a conjunction, "what", "that" ...) between them: "in October 1923 had repeated", not
    "the reforms of the spring of 1940 were meant to repair what the campaign had exposed"."""
    after = _PAST_PERFECT_VERB.search(text, end, min(len(text), end + 80))
    if after and not _OWN_CLAUSE_STOP.search(text, end, after.start()):
        return True
    for before in _PAST_PERFECT_VERB.finditer(text, max(0, start - 80), start):
        if not _OWN_CLAUSE_STOP.search(text, before.end(), start):
            return True
    return False


_TOPIC_OF_BEFORE = re.compile(r"(?<![\w-])(?:writings|works|speeches|articles|letters|papers|lessons|documents|"
                              r"pamphlets|essays|memoirs|diaries|minutes|records|archives|history|histories)\s{1,3}of\s{1,3}\Z",
                              re.IGNORECASE)
# a year that is a base of comparison ("prices of 1913", "than in 1913", "what they had cost in
# 1913", "1913 levels")
_COMPARISON_BEFORE = re.compile(r"(?<![\w-])(?:(?:than|compared\s+(?:with|to)|against|as\s+(?:in|of)|"
                                r"(?:prices?|levels?|wages?|output|figures?|rates?|values?|standards?|costs?)\s+of)"
                                r"\s{1,3}(?:(?:in|of|that\s+of|those\s+of)\s{1,3})?"
                                r"|what\s+(?:it|they|he|she|we|you)\s+(?:had\s+)?(?:cost|fetched|paid|earned|made|stood\s+at|"
                                r"was|were|had\s+been)\s+(?:in\s+)?)\Z", re.IGNORECASE)
_COMPARISON_AFTER = re.compile(r"[ \t]+(?:levels?|prices?|figures?|standards?|values?|rates?)(?![\w-])", re.IGNORECASE)
_TOMORROW = re.compile(r"to-?morrow", re.IGNORECASE)
_TODAY = re.compile(r"to-?day", re.IGNORECASE)


def _anchor_key(anchor):
    """An anchor as a sortable (year, month, day), unknown parts as 0."""
    return (anchor[0], anchor[1] or 0, anchor[2] or 0)


# a letter's or a diary's heading: a day alone on its line, after a place and a comma at most
# ("Alma-Ata, 12 April 1928", "Wednesday, 27 January")
# (dates.v17: and a transcript's sitting, "Session of August 20, 1936, 6 p.m.", "Morning Sitting,
# 12 March 1938")
_HEADING_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:(?-i:[A-Z])[\w.'’ -]{0,40},[ \t]*|(?:(?:Morning|Afternoon|Evening|Night|Closed|Public) )?(?:Session|Sitting|Hearing)s? (?:of|on) )?\Z")
# dates.v17: inside a transcript's stage direction ("(The accused are led out at ")
_STAGE_DIRECTION = re.compile(r"\((?-i:[A-Z])[^)\n]*\Z")
_HEADING_AFTER = re.compile(r"[ \t]*[.:]?[ \t]*(?:\n|\Z)")
# dates.v8: a heading that runs on into its entry or telegram ("PARIS, March 15.—The Chamber ...")
_HEADING_RUN_ON = re.compile(r"[ \t]*\.?[ \t]*(?:—|–|--)")
# a diary's year-less day that opens its entry, a full stop after it ("14 November. Slept badly."):
# narrative only
_HEADING_STOP = re.compile(r"\.[ \t]+(?-i:[A-Z])")


def _resolve(text, chosen, document_anchor, is_news):
    last_anchor = None
    last_day = None  # the last anchor that names a day: clock times and parts of a day
    last_explicit = None  # (paragraph, anchor, position) of the last date written with its year
    # only news resolves year-less dates against the story's year, paragraph by paragraph
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] if is_news else [0]
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    quoted_starts = [span[0] for span in quoted]
    look_back = None  # (anchor, sentence end) of a year-less date the story does not move to
    speech_day = None  # narrative: the day of the last letter or diary heading ("Alma-Ata, 12 April 1928")
    dateline = None  # news: (day, paragraph end) of a telegram's dateline ("PARIS, March 15.—")
    scene_anchor = scene_day = None  # narrative: the last date (and day) the narration itself gave
    last_month = None  # the last anchor that names a month
    last_clock = None  # (end, day, hour) of the last clock time
    glance_day = None  # narrative: (day, sentence end) of a "last night" the story does not move to
    # narrative with no date of its own: the day its opening lines give ("A SERMON preached ...
    # on Sunday, the 26th of September, 1926"), the day its speakers speak from (dates.v9)
    opening = _PARAGRAPH_BREAK.search(text)
    opening_end = opening.start() if opening and opening.start() <= _OPENING_REACH else 0
    if opening is not None and opening_end and "\n" not in text[:opening.start()].strip():
        opening_end = 0
        # a title alone, then one dating line of its own ("REPORT ON ...\n\nSubmitted to the
        # Executive Committee ..., Moscow, 3 March 1928")
        second = _PARAGRAPH_BREAK.search(text, opening.end())
        second_end = second.start() if second else len(text)
        line = text[opening.end() : second_end]
        if (_TITLE_ALONE.fullmatch(text[: opening.start()]) and "\n" not in line.strip() and len(line) <= 250
                and not re.search(r"[.!?][ \t]+(?-i:[A-Z])", line)):
            opening_end = second_end
    elif not _TITLE_LINE.match(text[:opening_end]):
        opening_end = 0  # (only a title block: a title line, then the lines that date it)
    preamble_day = None
    last_part_named = {}  # "NI" -> (value, start) of the last night (morning ...) named with its day
    last_written_day = -1  # where the last day written in full began
    last_written = None  # where the last date written with its year began
    last_written_spoken = False  # dates.v16: whether it was in a transcript speaker's turn
    night_before = None  # narrative: (day, end) of the last night or evening the narration is in
    timexes = []
    last_anchor_at = None  # where the date that gave last_anchor begins
    last_present_at = None  # dates.v15: news: where the narration last came back to the paper's year
    far_aside = None  # dates.v15: (start, last_anchor, last_day, last_month, scene_anchor) before a far look back
    for index, (start, end, _order, parsed) in enumerate(chosen):
        value = parsed.value
        speaking_anchor = None
        if far_aside is not None and _PARAGRAPH_BREAK.search(text, far_aside[0], start):
            _at, last_anchor, last_day, last_month, scene_anchor = far_aside
            far_aside = None
        if (parsed.resolve is not None and preamble_day is not None and _PREAMBLE_DEIXIS.fullmatch(text, start, end)
                and (last_written is None or last_written < opening_end
                     or _PARAGRAPH_BREAK.search(text, last_written, start))
                and _speaks_from_now(text, start, end)):
            # "told me on Tuesday", "The collection this morning will be given", "Next Tuesday at
            # the same time": said on the day the opening lines give, in a paragraph that has
            # not written a year of its own (not the narration's "In 1929 ... on Sunday he sails")
            preamble_here = True
        else:
            preamble_here = False
        if parsed.resolve is not None:
            anchor = _neighbour_anchor(text, chosen, index, parsed)
            if anchor is None and preamble_here:
                anchor = preamble_day
            if (anchor is None and preamble_day is not None and parsed.year_less
                    and (last_written is None or last_written < opening_end
                         # dates.v16: a year a speaker of a transcript says ("TROTSKY: In 1923 the
                         # party ...") is his look back, not the text's own year: in another turn
                         # a month is still the last or the coming one around the sitting's day
                         or (last_written_spoken and _PARAGRAPH_BREAK.search(text, last_written, start)))
                    and _YEAR_LESS_CALENDAR.fullmatch(parsed.fallback or "")):
                # dates.v9: "Moscow, 3 March 1928 ... The Brno committee, dissolved in November":
                # before the text writes a year of its own, a month or day without its year
                # is the last or the coming one around the day the opening lines give, by tense
                fixed = _around_day(parsed.fallback, preamble_day, parsed.tense or clause_tense(text, start, end))
                if fixed is not None:
                    anchor = fixed
            speaking = preamble_day or speech_day
            if (anchor is None and not is_news and parsed.anchoring == "day" and speaking is not None
                    and last_day is not None and _anchor_key(last_day) < _anchor_key(speaking)
                    and (clause_tense(text, start, end) == "future"
                         # dates.v17: a transcript's stage direction is on its sitting's day, not on
                         # a day a speaker looked back to ("(The accused are led out at 9.40 p.m.)")
                         or _STAGE_DIRECTION.search(text, max(0, start - 200), start))):
                # dates.v9: "Evensong will be said at half-past six" after "its meeting of the
                # 13th": a clock time ahead is not on a day already past the writer's
                anchor = speaking
            if (anchor is None and glance_day is not None and start < glance_day[1]
                    and parsed.anchoring == "day"):
                anchor = glance_day[0]
            if (anchor is None and is_news and dateline is not None and start < dateline[1]
                    and parsed.anchoring in ("deictic", "day")):
                # "PARIS, March 15.—The Chamber sat late last night": a telegram's deixis and its
                # clock times count from its dateline, not from the paper's date (dates.v8)
                anchor = dateline[0]
            if anchor is None and not is_news and scene_anchor is not None and last_anchor is not scene_anchor:
                # dates.v8: "“He sails on Thursday ... I shall go to Liverpool to-morrow”": a
                # character's deixis counts from the scene's day, not from a date the talk
                # mentioned; the narration's clock times stay on the scene's day ("The clock
                # on the landing struck nine")
                spoken_here = _inside(quoted, quoted_starts, start)
                if parsed.anchoring == "deictic" and spoken_here and (
                        _DAY_DEIXIS.fullmatch(text, start, end) or (
                            # dates.v15: "“at the sessions on Tuesday week ... I will send the
                            # papers by Saturday”": a speaker's weekday too counts from the
                            # scene's day, not from a day ahead the talk has named
                            _SPOKEN_WEEKDAY.fullmatch(text, start, end) and scene_day is not None
                            and last_anchor is not None and _anchor_key(last_anchor) > _anchor_key(scene_day)
                            # (only with a tense of its own: "“Saturday,” she said" echoes the day just named)
                            and clause_tense(text, start, end) in ("past", "future"))):
                    anchor = scene_anchor
                elif parsed.anchoring == "day" and not spoken_here and scene_day is not None:
                    anchor = scene_day
            if (anchor is None and speech_day is not None and parsed.anchoring == "deictic" and not is_news
                    and (last_anchor is None or _anchor_key(last_anchor) <= _anchor_key(speech_day))
                    and not (_TOMORROW.fullmatch(text, start, end) and clause_tense(text, start, end) == "past")):
                # ("I slept badly on Tuesday, and tomorrow was no better": a "tomorrow" told in the
                # past is seen from the day the story reached)
                # "Your letter of the 2nd reached me only yesterday", "this month", "the 17th of
                # next month": a letter's or a diary entry's deixis counts from its heading's day,
                # not from the last date its text mentioned (dates.v7)
                anchor = speech_day
            if anchor is None and parsed.year_less:
                anchor = _same_month_ahead(text, chosen, index, parsed)
            if anchor is None and is_news and parsed.year_less:
                paragraph = bisect_right(paragraph_starts, start) - 1
                anchor = _story_year_anchor(text, start, paragraph, parsed.tense, last_explicit, document_anchor,
                                            last_present_at)
            if anchor is None and look_back and start < look_back[1] and (
                    parsed.anchoring == "anaphoric" or (parsed.anchoring == "deictic" and not is_news)):
                # "The figures for December had been disastrous: ... half what they had bought
                # twelve months earlier": a look back's own anaphora count from it
                anchor = look_back[0]
            if (anchor is None and is_news and parsed.anchoring == "day" and last_day is not None
                    and document_anchor is not None and document_anchor[2] is not None
                    and _anchor_key(last_day) > _anchor_key(document_anchor)
                    and clause_tense(text, start, end) == "past"):
                # "would bowl on Sunday morning. Play was held up at 4.10pm": a clock time told
                # in the past is not on a day still ahead of the dateline (dates.v8)
                anchor = document_anchor
            if anchor is None:
                anchor = _pick_anchor(parsed.anchoring, last_anchor, last_day, document_anchor,
                                      is_news)
            if isinstance(anchor, SpeakingDay):
                speaking_anchor = anchor
            try:
                value = parsed.resolve(anchor, is_news)
                if value is None and anchor is last_anchor and last_day not in (None, anchor):
                    # "The following day" after "early November": the anchor is too coarse;
                    # take the last date of the grain it needs (HeidelTime's last mentioned X)
                    value = parsed.resolve(last_day, is_news)
                if value is None and last_month is not None and anchor is not None and anchor[1] is None \
                        and anchor[0] == last_month[0] and parsed.year_less is False and parsed.type == "DATE":
                    # "I stayed nine days and left on the 29th" after "the middle of August 1931
                    # ... the same year": the month the text last gave, in the same year (dates.v8)
                    value = parsed.resolve(last_month, is_news)
                if (value is None and anchor is None and parsed.type == "TIME" and last_month is not None
                        and (parsed.fallback or "").startswith("XXXX-XX-XXT")):
                    # a clock time with no day in sight, in a month the text gave: "1931-08-XXT17:00"
                    value = "%04d-%02d-XX" % last_month[:2] + parsed.fallback[10:]
                value = value or parsed.fallback
                if (value == "PRESENT_REF" and isinstance(anchor, SpeakingDay)
                        and _TODAY.fullmatch(text, start, end)):
                    # "Tuesday, 8th November.—Meat is rationed from to-day": a diary entry's
                    # "to-day" is its heading's day (dates.v8)
                    value = "%04d-%02d-%02d" % anchor
            except (ValueError, OverflowError, TypeError):
                value = parsed.fallback
        elif parsed.takes_sentence_date:
            value = _sentence_date(text, chosen, index, timexes)
        if (parsed.resolve is not None and parsed.type == "DATE" and timexes
                and _APPOSED_OFFSET.fullmatch(text, start, end)
                and _APPOSITION_GAP.fullmatch(text, timexes[-1].end, start)
                and timexes[-1].type == "DATE" and _DAY_VALUE.fullmatch(timexes[-1].value or "")):
            # "Pankhurst had died on 14 June, eighteen days earlier": the offset, set off by a
            # comma, restates the day just written (counted from the day the story stood on)
            value = timexes[-1].value
        that_part = _THAT_PART.fullmatch(text, start, end) if parsed.type == "TIME" else None
        if that_part:
            # dates.v9: "vanished on the night of 2 December 1907 ... the tides that night":
            # "that night" is the night last named, when no other day was written since
            earlier = last_part_named.get(_PART_SUFFIX_OF[that_part.group(1).lower()])
            # (dates.v17: the narration's "that night" is not a night a character's words named,
            # '"I saw him last night." They ate, that night, a soup')
            spoken_only = earlier is not None and _inside(quoted, quoted_starts, earlier[1]) and not _inside(quoted, quoted_starts, start)
            if earlier is not None and earlier[1] >= last_written_day and value != earlier[0] and not spoken_only:
                value = earlier[0]
        clock = _CLOCK_VALUE.fullmatch(value or "") if parsed.type == "TIME" else None
        if clock and parsed.open_hour and last_clock is not None and 1 <= int(clock.group(2)) <= 11:
            # dates.v8: "The hall was full by seven ... At a quarter to ten the lights went out
            # ... I got home at eleven": a bare hour after an evening's clock time on the same
            # day, with no morning mentioned since, is later that evening
            hour = int(clock.group(2)) + 12
            # (dates.v15: not a morning a past perfect looks back to: "by five o'clock ... Tui had
            # gone ashore that morning, and came back at six" is 18:00)
            if (last_clock[1] == clock.group(1) and 12 <= last_clock[2] <= hour <= 23
                    and start - last_clock[0] < 2000 and not any(
                        not _own_pluperfect(text, _THAT_BEFORE_PART.search(text, max(0, word.start() - 6), word.start()).start(), word.end())
                        for word in _MORNING_WORD.finditer(text, last_clock[0], start))):
                value = f"{clock.group(1)}T{hour:02d}:{clock.group(3)}"
            elif (last_clock[1] == clock.group(1) and 9 <= last_clock[2] <= 11
                  and int(clock.group(2)) <= 5 and start - last_clock[0] < 1000
                  and not _NIGHT_OR_MORNING_WORD.search(text, last_clock[0], start)):
                # dates.v9: "I watched them until about eleven o'clock ... They reached the summit
                # at ten minutes to two": a bare hour of one to five after a late morning's clock
                # time, on the same day, is after noon (the story goes forward)
                value = f"{clock.group(1)}T{int(clock.group(2)) + 12:02d}:{clock.group(3)}"
        if clock:
            clock = _CLOCK_VALUE.fullmatch(value)
            last_clock = (end, clock.group(1), int(clock.group(2)))
        small_hours = _SMALL_HOURS.fullmatch(value or "") if parsed.type == "TIME" and not is_news and not _SAME_DAY_PART.fullmatch(text, start, end) else None
        small_hours_moved = False
        if (small_hours and night_before is not None and night_before[0] == small_hours.group(1) and parsed.resolve is not None
                and not _inside(quoted, quoted_starts, start) and not _NIGHT_OR_MORNING_DAY.search(text, night_before[1], start)):
            # dates.v12: "That night I did not sleep. At two o'clock the bell began", "By four in
            # the morning the roof had gone": the small hours and the morning after a night the
            # narration is in are the next day's
            next_day = (datetime.date.fromisoformat(small_hours.group(1)) + datetime.timedelta(days=1)).isoformat()
            value = next_day + value[10:]
            night_before = None
            small_hours_moved = True
        if parsed.type == "TIME" and not is_news and value and _NIGHT_VALUE.fullmatch(value) \
                and not _inside(quoted, quoted_starts, start):
            night_before = (value[:10], end)
        elif parsed.type == "DATE" and parsed.resolve is None and value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            night_before = None  # a day written in full: the story has moved to it
        first_day, last_day_covered = (None, None)
        if parsed.type in ("DATE", "TIME"):
            first_day, last_day_covered = calendar_days(value)
            resolved = parse_date_value(value) if value else None
            if (is_news and resolved is not None and document_anchor is not None and parsed.resolve is not None
                    and parsed.anchoring == "deictic" and resolved[0] == document_anchor[0]
                    and not _inside(quoted, quoted_starts, start)):
                last_present_at = start
            # "the next day's editorial" names a thing of that day; the story stays put, and
            # so it does for a year someone quotes ("“right in politics since 1905”")
            at = bisect_right(quoted_starts, start) - 1
            in_quotation = at >= 0 and start < quoted[at][1] and (parsed.resolve is None or (
                # dates.v7: nor does a character's look back ("“We came into Bombay on the 3rd of
                # October”", read out on 21 November)
                not is_news and resolved is not None and last_anchor is not None
                and _anchor_key(resolved) < _anchor_key(last_anchor)))
            if (not is_news and resolved is not None and resolved[2] is not None and parsed.type in ("DATE", "TIME")
                    and _HEADING_BEFORE.search(text, max(0, start - 60), start)
                    and (_HEADING_AFTER.match(text, end) or _HEADING_RUN_ON.match(text, end)
                         or (parsed.resolve is not None and _HEADING_STOP.match(text, end)))):
                speech_day = SpeakingDay(resolved)
            if (is_news and resolved is not None and resolved[2] is not None and parsed.type == "DATE"
                    and _HEADING_BEFORE.search(text, max(0, start - 60), start) and _HEADING_RUN_ON.match(text, end)):
                paragraph_end = _PARAGRAPH_BREAK.search(text, end)
                dateline = (resolved, paragraph_end.start() if paragraph_end else len(text))
            if (not is_news and document_anchor is None and preamble_day is None and start < opening_end
                    and parsed.resolve is None and resolved is not None and resolved[2] is not None):
                preamble_day = SpeakingDay(resolved)
            if parsed.resolve is None and resolved is not None:
                last_written = start
                last_written_spoken = bool(_SPEAKER_TURN.match(text, text.rfind("\n", 0, start) + 1))
            if resolved is not None and parsed.looks_back:
                look_back = (resolved, sentence_bounds(text, start, end)[1])
            if (not is_news and resolved is not None and resolved[2] is not None
                    and _LAST_NIGHT.fullmatch(text, start, end)):
                # "Lenin died last night at Gorki, at ten minutes to seven in the evening": the
                # clock times of its sentence are that night's day (dates.v8)
                glance_day = (resolved, sentence_bounds(text, start, end)[1])
            if (not is_news and resolved is not None and resolved[2] is not None
                    and _TOMORROW_YESTERDAY.fullmatch(text, start, end) and _inside(quoted, quoted_starts, start)):
                # dates.v9: "“Tomorrow, first light. Six o'clock, if the creek's down.”": the clock
                # times of the speaker's words that follow are that day's
                at = bisect_right(quoted_starts, start) - 1
                glance_day = (resolved, quoted[at][1])
            # dates.v12: "in the Battle of Suomussalmi, fought between 7 December 1939 and 8
            # January 1940, two divisions were destroyed": a participle's aside between commas
            # dates the thing it describes; the story stays where it was
            aside = (parsed.resolve is None and _PARTICIPLE_ASIDE.search(text, max(0, start - 40), start) is not None
                     and re.match(r"\s*,", text[end : end + 3]) is not None)
            # dates.v13: a feast in a comparison ("looked like the tin men in the store's window at
            # Christmas") dates nothing in the story
            simile = (parsed.resolve is not None and parsed.type == "DATE"
                      and _SIMILE_BEFORE.search(text, sentence_bounds(text, start, end)[0], start) is not None)
            glance = aside or simile or not is_news and (_LOOK_ASIDE.fullmatch(text, start, end) or (
                glance_day is not None and start < glance_day[1] and parsed.anchoring == "day") or (
                parsed.resolve is not None and _SINCE_BEFORE.search(text, max(0, start - 8), start)))
            if (not is_news and parsed.resolve is None and resolved is not None and last_anchor is not None
                    and _anchor_key(resolved) < _anchor_key(last_anchor) and _own_pluperfect(text, start, end)):
                # "argued that the defeat of the German revolution in October 1923 had repeated
                # ...": an explicit date in a past-perfect clause, before the story's time, is a
                # look back; the story stays where it was, but the rest of its sentence counts
                # from it ("six years earlier" -> 1917) (dates.v7)
                glance = True
                look_back = (resolved, sentence_bounds(text, start, end)[1])
            if (not is_news and parsed.resolve is None and resolved is not None and resolved[1] is None
                    and _TOPIC_OF_BEFORE.search(text, max(0, start - 30), start)):
                # "his writings of 1917", "the lessons of 1905": a year naming what a work is about
                glance = True
            if (parsed.resolve is None and resolved is not None and resolved[1] is None
                    and last_anchor is not None and resolved[0] != last_anchor[0]
                    and (_COMPARISON_BEFORE.search(text, max(0, start - 60), start)
                         or _COMPARISON_AFTER.match(text, end))):
                # dates.v9: "cost three times what they had cost in 1913", "below 1913 levels",
                # "higher than in 1913": a year the story measures by, not one it moves to
                glance = True
            if (is_news and parsed.resolve is None and re.fullmatch(r"\d{4}", value or "")
                    and _YEAR_AS_MODIFIER.search(text, max(0, start - 8), start)
                    and re.match(r"[ \t]+(?-i:[a-z]+)\b", text[end : end + 30])):
                # news: "the 2030 target", "the 1917 revolution" name a thing; the story stays
                # where it was ("Funding will be reviewed in the autumn" is this year's)
                glance = True
            if (is_news and resolved is not None and document_anchor is not None and resolved[0] > document_anchor[0]
                    and re.search(r"(?<![\w-])(?:by|until|till)\s{1,3}\Z", text[max(0, start - 8) : start], re.IGNORECASE)):
                # news: "a full service in Irish by 2030" is a horizon ahead of the dateline, not
                # where the story has got to
                glance = True
            if (not is_news and speaking_anchor is not None and resolved is not None
                    and parsed.anchoring == "deictic" and not _HEADING_BEFORE.search(text, max(0, start - 60), start)
                    and _anchor_key(resolved) > _anchor_key(speaking_anchor)
                    and clause_tense(text, start, end) != "past"):
                # dates.v9: "That is a matter for the debate on Monday ... I shall raise it on
                # Monday ... meet To-morrow": a day ahead of the heading's is a plan; the entry
                # still speaks from its heading's day
                glance = True
            if resolved is not None and not _POSSESSIVE.match(text, end) and not in_quotation and parsed.moves_story \
                    and not glance and not parsed.silent:
                # (dates.v7: a law's year is no date, and nothing that is not tagged moves the story)
                if (not is_news and parsed.resolve is None and resolved[1] is None and last_anchor is not None
                        and last_anchor[1] is not None and last_anchor[0] - resolved[0] > _ASIDE_YEARS
                        and last_anchor_at is not None and not _PARAGRAPH_BREAK.search(text, last_anchor_at, start)):
                    # dates.v15: "fought ... 26 to 30 August 1914 ... to answer the defeat of the
                    # Teutonic Knights at Grunwald in 1410": a year centuries before the day the
                    # paragraph has just given is an aside; the next paragraph's "20 August" is
                    # the story's again, unless the text writes another date first
                    far_aside = (start, last_anchor, last_day, last_month, scene_anchor)
                else:
                    far_aside = None
                if not small_hours_moved:
                    # (dates.v12: the night's small hours give clock times their day, but "the
                    # next day" still counts from the night's own day)
                    last_anchor = resolved
                    last_anchor_at = start
                if not _inside(quoted, quoted_starts, start):
                    scene_anchor = resolved
                    if resolved[2] is not None:
                        scene_day = resolved
                if (parsed.resolve is None or parsed.writes_year) and not _YEAR_AS_MODIFIER.search(text, max(0, start - 8), start) \
                        and not _SINCE_BEFORE.search(text, max(0, start - 8), start):
                    # (dates.v8: "have not won since August 2011" is a horizon: "meet again on 4
                    # July" stays in the paper's year)
                    last_explicit = (bisect_right(paragraph_starts, start) - 1, resolved, start)
                if resolved[2] is not None:
                    last_day = resolved
                if resolved[1] is not None and not value.endswith("-WI"):
                    last_month = resolved  # (a winter's December is no month the text gave)
        if parsed.type == "TIME" and value and _DAY_PART_VALUE.fullmatch(value):
            last_part_named[value[-2:]] = (value, start)
        if (parsed.type in ("DATE", "TIME") and value and _DAY_GRAIN.match(value)
                and not _DAY_PART_VALUE.fullmatch(value)
                and not (is_news and _REPORTING_DAY.fullmatch(text, start, end))):
            # (a day the story moved to; not the news's "today", which is the reporting's; nor
            # the night's own day again, "11.40 p.m. on the 16th")
            night_days = {named[0][:10] for named in last_part_named.values()}
            if value[:10] not in night_days:
                last_written_day = start
        if parsed.silent:
            continue
        timexes.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=parsed.type,
                value=value,
                mod=parsed.mod,
                first_day=first_day,
                last_day=last_day_covered,
                annotator=ANNOTATOR,
            )
        )
    if not is_news:
        timexes = _generic_tomorrow(text, timexes)
    return timexes


# the deixis of a day that counts from the speaker's day: a weekday, "to-day", "this morning"
_YEAR_LESS_CALENDAR = re.compile(r"XXXX-(\d{2})(?:-(\d{2}))?")


def _around_day(fallback, day, tense):
    """The anchor (a year) for a year-less "XXXX-11" or "XXXX-12-05" said on ``day``: the last
    such month or day when told in the past, the coming one in the future, else ``day``'s year."""
    found = _YEAR_LESS_CALENDAR.fullmatch(fallback)
    month, month_day = int(found.group(1)), int(found.group(2) or 0)
    here, there = (day[1] or 0, day[2] or 0), (month, month_day)
    year = day[0]
    if tense == "past" and there > here:
        year -= 1
    elif tense == "future" and there < here:
        year += 1
    return (year, None, None)


_PREAMBLE_DEIXIS = re.compile(r"(?:(?:next|last|this|coming|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"(?:\s+(?:morning|afternoon|evening|night|last|next|week))?(?:\s+at\s+.{1,30})?"
                              r"|(?:to-?day|to-?night|to-?morrow|yesterday|this\s+(?:morning|afternoon|evening))"
                              r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
_TITLE_ALONE = re.compile(r"[ \t]*[^\n.!?\d]{1,80}[ \t]*")
_TITLE_LINE = re.compile(r"[ \t]*[^\n.!?]{1,80}[ \t]*\n[^\n]")
_REPORTING_DAY = re.compile(r"(?:to-?day|to-?night|this\s+(?:morning|afternoon|evening))", re.IGNORECASE)
_THAT_PART = re.compile(r"that\s+(night|evening|morning|afternoon)", re.IGNORECASE)
_PART_SUFFIX_OF = {"night": "NI", "evening": "EV", "morning": "MO", "afternoon": "AF"}
_DAY_PART_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T(?:NI|EV|MO|AF)")
_OPENING_REACH = 400  # characters: the opening lines of a text, before its first blank line
_FIRST_OR_SECOND_PERSON = re.compile(r"(?<![\w-])(?:I|me|my|we|us|our|you|your)(?![\w'’-])", re.IGNORECASE)


def _speaks_from_now(text, start, end):
    """Whether an expression is said from the speaker's day: its clause is not told in the past,
    or its sentence speaks in the first or second person ("Old Kettlewell told me on Tuesday")."""
    if clause_tense(text, start, end) != "past":
        return True
    left = sentence_bounds(text, start, end)[0]
    return bool(_FIRST_OR_SECOND_PERSON.search(text, left, start))


_TOMORROW_YESTERDAY = re.compile(r"(?:to-?morrow|yesterday)", re.IGNORECASE)


_SPOKEN_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_DAY_DEIXIS = re.compile(r"(?:to-?morrow|yesterday|to-?day|to-?night)(?:\s+(?:morning|afternoon|evening|night))?",
                         re.IGNORECASE)


_FAR_PAST_YEARS = 10  # dates.v15: news: a year this far before the paper's is history, not the news
_ASIDE_YEARS = 100  # dates.v15: a look back this far from the paragraph's day is a historical aside
_THAT_BEFORE_PART = re.compile(r"(?:(?<![\w-])(?:that|this)\s+)?\Z", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"(.*)T(\d{2}):(\d{2})")
_MORNING_WORD = re.compile(r"\b(?:morning|dawn|daybreak|sunrise|breakfast|a\.m\.|am)\b", re.IGNORECASE)
_NIGHT_OR_MORNING_WORD = re.compile(r"\b(?:morning|dawn|daybreak|sunrise|breakfast|a\.m\.|am|night|midnight|bed|slept|sleep|"
                                    r"woke|next\s+day|following\s+day)\b", re.IGNORECASE)
_OFFSET_LENGTH = re.compile(r"P(\d+)([DW])")
_OFFSET_JOINER = re.compile(r"[ \t]{1,3}(before|after)[ \t]{1,3}", re.IGNORECASE)
_DAY_FALLBACK = re.compile(r"XXXX-\d{2}-\d{2}")
_PAST_VERB_BEFORE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b", re.IGNORECASE)


def _offset_from_day(text, chosen):
    """"two days before Christmas", "a week after Easter": a count of days or weeks before or
    after a feast is one DATE, the feast's day moved by it (dates.v8); in a sentence told in
    the past with no other tense cue, the feast is the last one before its anchor."""
    joined = []
    index = 0
    while index < len(chosen):
        start, end, order, parsed = chosen[index]
        length = _OFFSET_LENGTH.fullmatch(parsed.value or "") if parsed.type == "DURATION" and not parsed.mod else None
        if length and index + 1 < len(chosen):
            next_start, next_end, _next_order, day = chosen[index + 1]
            joiner = _OFFSET_JOINER.fullmatch(text, end, next_start)
            if (joiner and day.type == "DATE" and day.resolve is not None and day.borrows
                    and (day.fallback is None or _DAY_FALLBACK.fullmatch(day.fallback))):
                days = int(length.group(1)) * (7 if length.group(2) == "W" else 1)
                days = -days if joiner.group(1).lower() == "before" else days
                sentence_start = sentence_bounds(text, start, end)[0]
                # (the feast's own side came from "before"/"after", which here only count the days)
                past = (bool(_PAST_VERB_BEFORE.search(text, sentence_start, start))
                        and clause_tense(text, start, end) != "future")
                joined.append((start, next_end, order, _moved_day(day, days, past)))
                index += 2
                continue
        joined.append(chosen[index])
        index += 1
    return joined


_FEAST_DATE_JOINER = re.compile(r",[ \t]{1,3}(?:the[ \t]{1,3})?")


def _feast_then_its_date(text, chosen):
    """dates.v9: "Easter Monday, 9th April", "Christmas Day, 1914": a feast and the date set
    after it to fix it are one DATE (as a weekday and its date are), the date's value; a year
    after the feast gives the feast's day in that year."""
    joined = []
    index = 0
    while index < len(chosen):
        start, end, order, parsed = chosen[index]
        if (index + 1 < len(chosen) and parsed.type == "DATE" and parsed.resolve is not None
                and parsed.moves_story is False and parsed.mod is None and text[start : start + 1].isupper()):
            next_start, next_end, _next_order, date = chosen[index + 1]
            if (date.type == "DATE" and date.mod is None and _FEAST_DATE_JOINER.fullmatch(text, end, next_start)
                    and _one_line(text, start, next_end)):
                if date.resolve is None and date.value and re.fullmatch(r"\d{4}", date.value):
                    feast_day = parsed.resolve((int(date.value), None, None), False)
                    if feast_day:
                        joined.append((start, next_end, order, Parsed("DATE", feast_day)))
                        index += 2
                        continue
                elif _names_a_day(date) and (date.resolve is not None or _DAY_VALUE.fullmatch(date.value or "")):
                    joined.append((start, next_end, order, date))
                    index += 2
                    continue
        joined.append(chosen[index])
        index += 1
    return joined


_THE_WEEKDAY = re.compile(rf"the[ \t]+(?-i:({'|'.join(WEEKDAYS)}))", re.IGNORECASE)
_WEEKDAY_INDEX = {day: number for number, day in enumerate(WEEKDAYS)}
_DAY_AND_REST = re.compile(r"(\d{4}-\d{2}-\d{2})(.*)")


def _weekday_after_feast(text, chosen):
    """dates.v16: "the Monday after Lady Day, 1838", "the Sunday before Christmas": a weekday
    and the feast it is counted from are one expression, the first such day after (before) the
    feast's, as "the Tuesday after it" is; the feast's clock time goes with it ("the Monday after
    Lady Day, 1838, at a quarter past nine in the morning" is one TIME). Only a feast (a
    capitalised name that is no month or weekday) is joined: "the Monday after 3 May" is left
    as it was."""
    joined = []
    index = 0
    while index < len(chosen):
        start, end, order, parsed = chosen[index]
        weekday = _THE_WEEKDAY.fullmatch(text, start, end) if parsed.type == "DATE" else None
        if weekday and index + 1 < len(chosen):
            next_start, next_end, _next_order, feast = chosen[index + 1]
            joiner = _OFFSET_JOINER.fullmatch(text, end, next_start)
            if (joiner and feast.type in ("DATE", "TIME") and feast.mod is None and _one_line(text, start, next_end)
                    and re.match(r"(?-i:[A-Z])", text[next_start : next_start + 1])
                    and not re.match(rf"(?:{'|'.join(_WEEKDAY_INDEX)}|{'|'.join(MONTHS)})\b", text[next_start:next_end], re.IGNORECASE)):
                target = _WEEKDAY_INDEX[weekday.group(1)]
                step = 1 if joiner.group(1).lower() == "after" else -1

                def move(value, target=target, step=step):
                    found = _DAY_AND_REST.fullmatch(value or "")
                    if not found:
                        return None
                    day = datetime.date.fromisoformat(found.group(1)) + datetime.timedelta(days=step)
                    while day.weekday() != target:
                        day += datetime.timedelta(days=step)
                    return day.isoformat() + found.group(2)

                if feast.resolve is not None:
                    inner = feast.resolve
                    moved = dataclasses.replace(feast, resolve=lambda anchor, is_news, inner=inner, move=move: move(inner(anchor, is_news)),
                                                fallback=None)
                else:
                    moved = dataclasses.replace(feast, value=move(feast.value))
                if moved.resolve is not None or moved.value:
                    joined.append((start, next_end, order, moved))
                    index += 2
                    continue
        joined.append(chosen[index])
        index += 1
    return joined


_CLOCK_RANGE_JOINER = re.compile(r"[ \t]*(?:-|–|—|to|until|till)[ \t]*", re.IGNORECASE)
_SET_AFTER_HOURS = re.compile(r"[ \t]*,?[ \t]*")


def _hours_of_a_set(text, chosen):
    """dates.v9: "open 8am to 8pm every day", "9 a.m.-5 p.m. daily": the hours of a recurrence
    and the recurrence are one SET, with the recurrence's value (as "Wednesdays, two to four")."""
    joined = []
    index = 0
    while index < len(chosen):
        if index + 2 < len(chosen):
            (start, end, order, first), (second_start, second_end, _o2, second), (set_start, set_end, _o3, recurrence) = \
                chosen[index : index + 3]
            if (_clock_of(first) and _clock_of(second) and recurrence.type == "SET" and recurrence.value
                    and _CLOCK_RANGE_JOINER.fullmatch(text, end, second_start)
                    and _SET_AFTER_HOURS.fullmatch(text, second_end, set_start)
                    and _one_line(text, start, set_end)):
                joined.append((start, set_end, order, Parsed("SET", recurrence.value, recurrence.mod)))
                index += 3
                continue
        if index + 1 < len(chosen):
            (start, end, order, first), (day_start, day_end, _o2, day) = chosen[index : index + 2]
            if (first.type == "SET" and first.value == "P1Y" and day.type == "DATE" and _EVERY_YEAR.fullmatch(text, start, end)
                    and _ON_JOINER.fullmatch(text, end, day_start) and _ANY_DIGIT.search(text, day_start, day_end)):
                month_day = _YEARLY_DAY.search(day.fallback or day.value or "")
                if month_day:
                    # dates.v15: "commemorated every year on 18 April": the day that recurs is the SET
                    # (a feast keeps its own span: "remembered every year on Anzac Day")
                    joined.append((start, day_end, order, Parsed("SET", "XXXX-" + month_day.group(1))))
                    index += 2
                    continue
            (start, end, order, first), (set_start, set_end, _o2, recurrence) = chosen[index : index + 2]
            clock = _clock_of(first)
            part = _SET_PART.fullmatch(recurrence.value or "") if recurrence.type == "SET" else None
            if clock and part and re.fullmatch(r"[ \t]{1,3}", text[end:set_start]) and _EVERY.match(text, set_start):
                # dates.v15: "brought him tea at four o'clock every afternoon", "at his desk at six
                # each morning": the clock time and its recurrence are one SET, read in its part
                value = part.group(1) + _clock_in_part(clock, part.group(2))
                joined.append((start, set_end, order, Parsed("SET", value)))
                index += 2
                continue
        current = chosen[index]
        after = _HOURS_AFTER_WEEKDAYS.match(text, current[1]) if (
            current[3].type == "SET" and re.fullmatch(r"XXXX-WXX-\d", current[3].value or "")) else None
        if after and (index + 1 >= len(chosen) or chosen[index + 1][0] >= after.end()):
            # dates.v15: "Office hours are Wednesdays, two to four": the hours said after the
            # recurrence are its hours, one SET (one to six o'clock are the afternoon's)
            first, last = (_hour_word(after.group(g)) for g in ("h1", "h2"))
            if first and last and first < last or (first and last and last <= 6 < first):
                first, last = (hour + 12 if hour <= 6 else hour for hour in (first, last))
                day = current[3].value
                joined.append((current[0], after.end(), current[2],
                               Parsed("SET", f"{day}T{first:02d}:00/{day}T{last:02d}:00")))
                index += 1
                continue
        hours = _BARE_HOURS_BEFORE_SET.search(text, max(0, current[0] - 40), current[0]) \
            if current[3].type == "SET" and _DAILY.fullmatch(text, current[0], current[1]) else None
        if (hours and (hours["ap1"] or hours["ap2"] or int(hours["h1"]) != int(hours["h2"]))
                and not _DOSE_BEFORE.search(text, max(0, hours.start() - 12), hours.start())
                and all(_clock_of(kept[3]) for kept in joined if kept[1] > hours.start())
                and (not joined or joined[-1][1] <= hours.start() or _clock_of(joined[-1][3]))):
            # dates.v15: "may be consulted 9 to 11 a.m. daily", "Luncheon 12 to 2 daily": hours
            # written without a clock of their own are still the hours of the recurrence
            while joined and joined[-1][1] > hours.start():
                joined.pop()
            joined.append((hours.start(), current[1], current[2], Parsed("SET", current[3].value, current[3].mod)))
            index += 1
            continue
        joined.append(current)
        index += 1
    return joined


_HOURS_AFTER_WEEKDAYS = re.compile(r",[ \t]{1,3}(?P<h1>one|two|three|four|five|six|seven|eight|nine|ten|eleven|1[0-2]|[1-9])"
                                   r"[ \t]{1,3}(?:to|till|until)[ \t]{1,3}(?P<h2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
                                   r"(?=[ \t]*[,.;:)]|[ \t]*\Z)", re.IGNORECASE)


def _hour_word(token):
    token = token.lower()
    return SMALL_NUMBERS.index(token) + 1 if token in SMALL_NUMBERS[:12] else int(token)


_EVERY_YEAR = re.compile(r"(?:every|each)\s+year", re.IGNORECASE)
_ON_JOINER = re.compile(r"[ \t]{1,3}on[ \t]{1,3}", re.IGNORECASE)
_YEARLY_DAY = re.compile(r"(?:\d{4}|XXXX)-(\d{2}-\d{2})\Z")
_SET_PART = re.compile(r"(XXXX-(?:XX-XX|WXX-\d))T(MO|AF|EV|NI)")
_EVERY = re.compile(r"every|each", re.IGNORECASE)
_DOSE_BEFORE = re.compile(r"(?<![\w-])(?:take|takes|taken|taking|dose|doses|give|given)[ \t,:]+\Z", re.IGNORECASE)  # "Take 2 to 3 daily"
_DAILY = re.compile(r"daily|every\s+day|each\s+day", re.IGNORECASE)
_BARE_HOURS_BEFORE_SET = re.compile(
    r"(?<![\w$£€.,:/-])(?P<h1>1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[ \t]*(?P<ap1>[ap]\.m\.|[ap]m\b)?[ \t]*(?:-|–|to|till|until)[ \t]*"
    r"(?P<h2>1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[ \t]*(?P<ap2>[ap]\.m\.|[ap]m\b)?[ \t]*,?[ \t]*\Z", re.IGNORECASE)


def _moved_day(day, days, past):
    def resolve(anchor, is_news):
        value = day.resolve(anchor, is_news)
        found = parse_date_value(value) if value else None
        if found is None or found[2] is None:
            return None
        moved = datetime.date(*found)
        if past and anchor is not None and anchor[1] is not None and (found[1], found[2]) > (anchor[1], anchor[2] or 31):
            moved = moved.replace(year=moved.year - 1)  # "halted all services ... two days before Christmas"
        return (moved + datetime.timedelta(days=days)).isoformat()

    return Parsed("DATE", resolve=resolve, anchoring=day.anchoring, moves_story=False)


def _inside(quoted, quoted_starts, start):
    """Whether ``start`` is inside one of the ``quoted`` spans."""
    at = bisect_right(quoted_starts, start) - 1
    return at >= 0 and start < quoted[at][1]


def _generic_tomorrow(text, timexes):
    """"You cannot build factories today with bricks that will be made tomorrow": when "today"
    in the same sentence is the general present (PRESENT_REF), "tomorrow" is the general future
    (FUTURE_REF) and "yesterday" the general past (PAST_REF), not days counted from the story."""
    result = []
    for timex in timexes:
        if _TOMORROW_YESTERDAY.fullmatch(timex.text):
            left, right = sentence_bounds(text, timex.start, timex.end)
            if any(other.value == "PRESENT_REF" and other.text.lower() in ("today", "to-day")
                   and left <= other.start < right for other in timexes):
                value = "PAST_REF" if timex.text.lower() == "yesterday" else "FUTURE_REF"
                timex = dataclasses.replace(timex, value=value, first_day=None, last_day=None)
        result.append(timex)
    return result


# In narrative, "yesterday", "tomorrow" and "a fortnight ago" are glances from the day the
# entry or scene stands on; its clock times stay on that day ("Pyatakov testified yesterday ...
# The editor wants a piece by six").
# "I have hardly slept since Tuesday, and tomorrow ...": a relative date after "since" is where a
# stretch began; the story stays at its end
_SINCE_BEFORE = re.compile(r"(?<![\w-])since\s{1,3}\Z", re.IGNORECASE)
_LAST_NIGHT = re.compile(r"last\s+night", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|fought|held|built|written|begun|won|lost|sung|drawn|laid|signed|"
                                r"opened|founded|born)\s+(?:(?:between|from|on|in)\s+)?\Z")
# a clock time in the small hours, or the morning, of a day: "1907-12-19T02:00", "1931-03-01TMO"
# (dates.v16: any morning hour, not only the small ones: "crossed the river on the night of 22 June
# ... The battle began at about 8 a.m." is the 23rd, and so are the noon and afternoon after it)
_SMALL_HOURS = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:0\d:\d{2}|1[01]:\d{2}|MO)")
# a night, an evening or a late clock time of a day: "1907-12-19TNI", "1907-12-19T22:00"
_NIGHT_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T(?:NI|EV|2[0-3]:\d{2})")
# "that morning", "this morning": the day already in view, not the one after the night
_SAME_DAY_PART = re.compile(r"(?:that|this|the\s+same)\s+morning", re.IGNORECASE)
# a day named again between a night and the small hours ("the next day", "on the 15th")
_NIGHT_OR_MORNING_DAY = re.compile(r"\b(?:next|following|same)\s+(?:day|morning)\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
# A comparison before a date in its sentence: "looked like ... at Christmas", "as if it were Sunday".
_SIMILE_BEFORE = re.compile(r"\b(?:looked|look|looks|seemed|seem|seems|felt|sounded)\s+like\b|\bas\s+(?:if|though)\b"
                            # dates.v15: "counted the days as a child counts the days to Christmas"
                            r"|\bas\s+(?:a|an|any|every)\s+(?-i:[a-z]+)\s+(?-i:[a-z]+[^s\W]s)\b", re.IGNORECASE)
_LOOK_ASIDE = re.compile(r"(?:yesterday|tomorrow|to-morrow|last\s+night|.{1,40}\s(?:ago|back))", re.IGNORECASE)


_APPOSED_OFFSET = re.compile(r"[\w-]+(?:\s{1,3}[\w-]+)?\s{1,3}(?:days|weeks|months|years)\s{1,3}(?:earlier|later|before)",
                             re.IGNORECASE)
_APPOSITION_GAP = re.compile(r",[ \t]{1,3}")


# A quotation within a paragraph, in curly or straight double marks.
# dates.v16: a transcript speaker's turn: a line opening with a name in capitals and a colon
# ("TROTSKY: ...", "PETROVSKY (from his seat): ..."); not a script's narrator or announcer, whose
# words are the narration ("NARRATOR: By October the factories ...")
_SPEAKER_TURN = re.compile(r"(?!(?:NARRATOR|ANNOUNCER|PRESENTER|COMMENTATOR|READER|CHORUS)\b)(?-i:[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?:[ \t]+\([^)\n]{1,40}\))?:[ \t]")
_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")

# "the 1917 revolution": a year naming a thing, not the time the story has moved to.
_YEAR_AS_MODIFIER = re.compile(r"(?<!\w)(?:the|a|an|his|her|its|their)\s+\Z", re.IGNORECASE)


def _story_year_anchor(text, start, paragraph, tense, last_explicit, document_anchor, last_present_at=None):
    """In news, "3 May" or "in July" told in the past tense in a paragraph (index ``paragraph``)
    that has just named an earlier year, or in the very sentence that named it, belongs to that
    year ("the strike of 1926, called on 3 May"), not to the publication's: the story has moved
    into the past. None otherwise ("The 1917 revolution was debated. In January ..." keeps the
    publication's year)."""
    if last_explicit is None or document_anchor is None or tense == "future":
        return None
    explicit_paragraph, anchor, position = last_explicit
    # dates.v15: a story told of a year long before the paper's ("the strike of 1926, called on
    # 3 May ... [quotes] ... The miners, locked out since 1 May") stays in that year across
    # paragraphs until the text comes back to the present ("on Wednesday", "this year")
    far_past = (document_anchor[0] - anchor[0] >= _FAR_PAST_YEARS
                and (last_present_at is None or last_present_at < position))
    if (explicit_paragraph != paragraph and not far_past) or anchor[0] >= document_anchor[0]:
        return None
    # past tense anywhere in the paragraph; any tense in the sentence that named the year
    # ("Three strikes in 1934, in February, May and July-August")
    if tense != "past" and sentence_bounds(text, start, start)[0] > position and anchor[1] is None:
        # (a paragraph told in the historical present from a month of that year, "In January
        # 1929 the Politburo decides ... on 10 February he sails", stays in that year)
        return None
    return (anchor[0], None, None)


def _sentence_date(text, chosen, index, timexes):
    """The value of the nearest explicit calendar date in the same sentence, or None."""
    start, end = chosen[index][0], chosen[index][1]
    left, right = sentence_bounds(text, start, end)
    options = [(start - timex.end, timex.value) for timex in timexes
               if timex.end > left and timex.type == "DATE" and timex.value
               and _CALENDAR_VALUE.fullmatch(timex.value)]
    options += [(other[0] - end, other[3].value) for other in chosen[index + 1 :]
                if other[0] < right and _is_explicit_calendar(other[3])]
    return min(options)[1] if options else None


_NEWS_DAY_REACH = 7  # days: a clock time in news belongs to a day mentioned this near the dateline


def _pick_anchor(anchoring, last_anchor, last_day, document_anchor, is_news):
    if anchoring == "day":  # a clock time belongs to the day last mentioned, if any
        if is_news and last_day and document_anchor and document_anchor[2] is not None:
            # "the three months ended June 30 ... told analysts at 8:30 a.m.": a day far from
            # the dateline is what the story is about, not when its clock times happen
            distance = datetime.date(*last_day) - datetime.date(*document_anchor)
            if abs(distance.days) > _NEWS_DAY_REACH:
                return document_anchor
        return last_day or document_anchor
    if anchoring == "deictic" and is_news:
        return document_anchor or last_anchor
    return last_anchor or document_anchor


_YEAR_LESS_MONTH = re.compile(r"XXXX-(\d{2})")


def _same_month_ahead(text, chosen, index, parsed):
    """"At the November plenum, which sat from 16 to 24 November 1928": a year-less month that
    its own sentence goes on to date in full (the same month, with its year) takes that year."""
    month = _YEAR_LESS_MONTH.fullmatch(parsed.fallback or "")
    if not month:
        return None
    right = sentence_bounds(text, chosen[index][0], chosen[index][1])[1]
    for other_start, _other_end, _order, other in chosen[index + 1 :]:
        if other_start >= right:
            break
        if other.resolve is None and other.value and other.type in ("DATE", "TIME"):
            found = parse_date_value(other.value.split("/")[-1])
            if found is not None and found[1] is not None and found[1] == int(month.group(1)):
                return (found[0], None, None)
            return None
    return None


def _neighbour_anchor(text, chosen, index, parsed):
    """An underspecified date joined to the next explicit one borrows its date."""
    if not parsed.borrows or index + 1 >= len(chosen):
        return None
    next_start, _next_end, _order, next_parsed = chosen[index + 1]
    if next_parsed.resolve is not None or not next_parsed.value:
        return None
    if next_start - chosen[index][1] > 12:
        return None
    if not _JOINED_TO_NEXT.match(text[chosen[index][1] : next_start]):
        return None
    return parse_date_value(next_parsed.value)


# --- calendar days ------------------------------------------------------------------------------

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def calendar_days(value: str | None) -> tuple[str | None, str | None]:
    """First and last calendar day a DATE value covers, or (None, None)."""
    try:
        return _calendar_days(value)
    except (ValueError, OverflowError):
        return None, None


def _calendar_days(value):
    if not value or "X" in value:
        return None, None
    if "/" in value:
        first_part, _, last_part = value.partition("/")
        first, _ = _calendar_days(first_part)
        _, last = _calendar_days(last_part)
        return (first, last) if first and last else (None, None)
    if match := _DAY.fullmatch(value):
        day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
        return day.isoformat(), day.isoformat()
    if match := _MONTH.fullmatch(value):
        return _month_days(int(match[1]), int(match[2]), int(match[2]))
    if match := _SEASON.fullmatch(value):
        year = int(match[1])
        first_month, last_month = SEASON_MONTHS[match[2]]
        if match[2] == "WI":
            return _days(datetime.date(year, 12, 1), month_end(year + 1, 2))
        return _month_days(year, first_month, last_month)
    if match := _QUARTER.fullmatch(value):
        quarter = int(match[2])
        return _month_days(int(match[1]), 3 * quarter - 2, 3 * quarter)
    if match := _HALF.fullmatch(value):
        half = int(match[2])
        return _month_days(int(match[1]), 6 * half - 5, 6 * half)
    if match := _WEEK.fullmatch(value):
        monday = datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return _days(monday, monday + datetime.timedelta(days=6))
    if re.fullmatch(r"\d{4}", value):
        return _month_days(int(value), 1, 12)
    if re.fullmatch(r"\d{3}", value):
        decade = int(value) * 10
        return _days(datetime.date(max(decade, 1), 1, 1), datetime.date(decade + 9, 12, 31))
    if re.fullmatch(r"\d{2}", value):
        century = int(value) * 100
        return _days(datetime.date(max(century, 1), 1, 1), datetime.date(century + 99, 12, 31))
    return None, None


def _month_days(year, first_month, last_month):
    return _days(datetime.date(year, first_month, 1), month_end(year, last_month))


def _days(first, last):
    return first.isoformat(), last.isoformat()
