"""The patterns behind ``succession.timex``: each rule is a compiled regex and a handler.

A handler looks at its match (and the text around it) and returns a :class:`Parsed` - the
type, an absolute value or a resolver for relative expressions, and a mod - or None to
reject the match. Conventions are documented in ``succession.timex``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Callable

# --- the result of one rule -----------------------------------------------------------------

Anchor = tuple  # (year, month or None, day or None)


@dataclass
class Parsed:
    type: str
    value: str | None = None
    mod: str | None = None
    # relative and underspecified expressions: (anchor, is_news) -> value or None
    resolve: Callable[[Anchor | None, bool], str | None] | None = None
    # "anaphoric" (last date mentioned), "deictic" (document date in news) or "day" (the last
    # day mentioned, else the document date: clock times)
    anchoring: str = "anaphoric"
    borrows: bool = False  # may take its date from an explicit date it is joined to
    year_less: bool = False  # a month or day without its year ("3 May", "in July")
    tense: str | None = None  # of the clause around a year-less date: "past", "future" or None
    fallback: str | None = None  # value when no anchor resolves it
    span: tuple[int, int] | None = None  # when the span is not the whole match
    # "the tenth anniversary": the value of an explicit date in the same sentence, if any
    takes_sentence_date: bool = False
    # whether later relative dates count from this one ("by Easter we shall be forgotten" is a
    # horizon, not where the story has got to)
    moves_story: bool = True
    # a clock time written without a.m./p.m. whose hour (1-11) may still be after noon: "4:30
    # o'clock on the afternoon of Dec. 1" is 16:30 once the part of the day is joined to it
    open_hour: bool = False
    # a year-less date the past perfect put before the story's day: its sentence counts from it
    looks_back: bool = False
    # read for anchoring but not tagged: the year of a law's name ("the Trade Unions Act 1927,
    # passed the following year") is no date of its own, yet the story has still reached it
    silent: bool = False
    # dates.v15: a year written in two digits ("in January ’37"): resolved against the anchor's
    # century, but a year the text writes, as "1937" would be, for the news's story year
    writes_year: bool = False


class SpeakingDay(tuple):
    """An anchor that is the day the writer speaks from (a letter's, a report's or a telegram's
    dated heading), not a day the story has reached: a weekday told in the past before it is
    the last such day, not the next (dates.v9)."""


# (pattern, handler, triggers): triggers is None (always run) or a tuple of groups of
# lower-case words; the rule's regex only runs over the paragraphs (split at blank lines) in
# which every group has a word that occurs (as a substring of the lower-cased paragraph;
# DIGIT stands for any digit). Every match of the rule must contain a word of each group, so
# the gate changes nothing but that an expression cannot run across a blank line.
RULES: list[tuple[re.Pattern, Callable, tuple | None]] = []
DIGIT = "#"


def rule(pattern: str, *triggers):
    # Parts of one expression are at most a few spaces apart; unbounded whitespace would let
    # a page header's "No.17           April" pass for a date.
    pattern = pattern.replace(r"\s+", r"\s{1,3}").replace(r"\s*", r"\s{0,3}")
    compiled = re.compile(pattern, re.IGNORECASE)
    groups = tuple(tuple(group) for group in triggers) or None

    def register(handler):
        RULES.append((compiled, handler, groups))
        return handler

    return register


# --- vocabulary -----------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
SMALL_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "numerous", "a couple of"}

# trigger words for gating the rules (see RULES)
T_DIGIT = (DIGIT,)
T_MONTH = tuple(month[:3].lower() for month in MONTHS)
T_MONTH_FULL = tuple(month.lower() for month in MONTHS)
T_SEASON = ("spring", "summer", "autumn", "fall", "winter")
T_WEEKDAY = tuple(weekday.lower() for weekday in WEEKDAYS)
T_UNIT = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "centur",
          "fortnight")
T_PART = ("morning", "afternoon", "evening", "night")


def _alternatives(words):
    return "|".join(sorted(words, key=len, reverse=True))


def _case_sensitive(words):
    """Capitalised or upper-case only, so that "may" and "august" the words stay words."""
    return "(?-i:" + _alternatives([w for word in words for w in (word, word.upper())]) + ")"


_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                  "Nov", "Dec"]
MONTH_FULL = rf"(?:{_case_sensitive(MONTHS)})(?!\w)"
MONTH_ANY = rf"(?:{_case_sensitive(MONTHS)}(?![\w-])|{_case_sensitive(_ABBREVIATIONS)}\b\.?)"
WEEKDAY = rf"(?:{_case_sensitive(WEEKDAYS)})"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
# written as small tries: one long flat alternation is tried at every word and is slow
ORDINAL_WORD = (rf"(?:twenty[\s-](?:{_alternatives(ORDINALS[:9])})|{_alternatives(ORDINALS)}|"
                rf"{_alternatives([f'{ten[:-1]}ieth' for ten in TENS[1:]])})")
NUMBER_WORD = (rf"(?:(?:{_alternatives(TENS)})(?:[\s-](?:{_alternatives(SMALL_NUMBERS[:9])}))?|"
               rf"{_alternatives(SMALL_NUMBERS)}|a\s+hundred|hundred|a\s+dozen|dozen|"
               r"a\s+couple\s+of)")
# "a hundred and thirty" (dates.v7)
HUNDREDS_WORD = (rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+"
                 rf"(?:(?:{_alternatives(TENS)})(?:[\s-](?:{_alternatives(SMALL_NUMBERS[:9])}))?|{_alternatives(SMALL_NUMBERS)}))?)")
NUMBER = rf"(?:\d{{1,4}}(?:,\d{{3}})*(?:\.\d+)?|{HUNDREDS_WORD}|{NUMBER_WORD}|several|a\s+few|few|many|numerous|some|an?)"
UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|fortnights?)"
AMPM = r"(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"

# a match must not start inside a word, a number ("1,923", "3.1923") or a money amount
START = r"(?<![\w$£€¥₽#@&])(?<!\d[.,:/-])"
YEAR_END = r"(?!\w|[.,:/–—-]\d|\s?%)"


def day(name):
    return rf"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)?(?![\w])"


def year(name):
    return rf"(?P<{name}>1\d{{3}}|20\d{{2}})"


# "the end of", "early", "mid-", "about" ... before a date
DATE_MODIFIER = (
    r"(?:(?P<dmod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|first\s+half|"
    r"second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part|last\s+part|"
    r"first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter|last\s+quarter|"
    r"first\s+(?:months|days|weeks)|last\s+(?:months|days|weeks)|turn)\s+of\s+"
    r"|(?:the\s+)?(?:early|late|mid|middle)(?:\s*-\s*|\s+)(?:in\s+)?"
    r"|(?:around|about|circa|c\.|ca\.|approximately|roughly|sometime\s+in|some\s+time\s+in)\s+"
    r"))?"
)
# "the morning of" or a weekday before a day date
DAY_PREFIX = (
    r"(?:(?P<dayapprox>about|around|circa|approximately|roughly)\s+)?"  # dates.v13: "about May 6", mod APPROX
    r"(?:(?P<daymod>early|late)\s+on\s+)?"  # "late on 21 June": that day, mod END
    r"(?:(?P<pod>the\s+(?:morning|afternoon|evening|night)\s+of)\s+)?"
    rf"(?:(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?)?"
)
DURATION_MODIFIER = (
    r"(?:(?P<durmod>(?:just\s+|well\s+|(?:a\s+)?little\s+|a\s+bit\s+)?(?:over|more\s+than|less\s+than|under|fewer\s+than|"
    r"nearly|almost|about|around|approximately|roughly|some|at\s+least|at\s+most|up\s+to|"
    r"no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|close\s+to|upwards\s+of|"
    r"in\s+excess\s+of|barely|something\s+like|the\s+(?:best|better)\s+part\s+of|most\s+of)\s+))?"
)
PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}

# --- small helpers ------------------------------------------------------------------------------


def month_number(name: str) -> int:
    key = name.strip(".").lower()[:3]
    return [m[:3].lower() for m in MONTHS].index(key) + 1


def number_value(words: str) -> float | None:
    """The number a numeral names; None for vague ones ("several", "a few")."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", words):
        number = float(words.replace(",", ""))
        return int(number) if number.is_integer() else number
    table = {"a": 1, "an": 1, "a hundred": 100, "hundred": 100, "a dozen": 12, "dozen": 12,
             "a couple of": 2}
    if words in table:
        return table[words]
    total = 0
    hundreds = re.fullmatch(r"(a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and (.+))?", words)
    if hundreds:  # "a hundred and thirty", "one hundred"
        total = 100 * (1 if hundreds.group(1) == "a" else SMALL_NUMBERS.index(hundreds.group(1)) + 1)
        if not hundreds.group(2):
            return total
        words = hundreds.group(2)
    for part in re.split(r"[\s-]", words):
        if part in SMALL_NUMBERS:
            total += SMALL_NUMBERS.index(part) + 1
        elif part in TENS:
            total += (TENS.index(part) + 2) * 10
        else:
            raise ValueError(words)
    return total


def ordinal_value(token: str) -> int:
    token = token.lower().replace(" ", "-")
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group())
    if token.startswith("twenty-"):
        return 20 + ORDINALS.index(token[7:]) + 1
    if token in ORDINALS:
        return ORDINALS.index(token) + 1
    return (TENS.index(token[:-4] + "y") + 2) * 10


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def parse_date_value(value: str | None) -> Anchor | None:
    """The (year, month, day) a calendar value starts with; a range anchors at its end."""
    if not value:
        return None
    value = value.split("/")[-1]
    if re.fullmatch(r"\d{4}-WI", value):
        # dates.v13: a winter is named after the year it starts in and anchors at its December:
        # "spent the winter" of 1904 ... "On 20 February" is 1905's (the turn of the year)
        return (int(value[:4]), 12, None)
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week and 1 <= int(week[2]) <= 52:
        # dates.v15: "By the first week of November 1927 ... On the morning of the seventh": a
        # week anchors at the month its Thursday falls in (ISO's rule for the week's year)
        thursday = datetime.date.fromisocalendar(int(week[1]), int(week[2]), 4)
        return (thursday.year, thursday.month, None)
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])", value)
    if not match:
        return None
    y = int(match[1])
    m = int(match[2]) if match[2] else None
    d = int(match[3]) if match[3] else None
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not valid_date(y, m, d):
        return None
    return (y, m, d)


def shift(anchor: Anchor | None, unit: str, amount, day_grain: bool = False) -> str | None:
    """The anchor moved by ``amount`` units, at the granularity of the unit; with ``day_grain``
    weeks counted from a day land on a day ("A week later" after 16 October is 23 October)."""
    if anchor is None or amount is None or amount != int(amount):
        return None
    amount = int(amount)
    y, m, d = anchor
    if unit == "year":
        return f"{y + amount:04d}"
    if unit == "decade":
        return f"{y // 10 + amount:03d}"
    if unit == "century":
        return f"{y // 100 + amount:02d}"
    if unit == "month":
        if m is None:
            return None
        index = y * 12 + m - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit in ("day", "week", "fortnight"):
        if d is None:
            return None
        days = {"day": 1, "week": 7, "fortnight": 14}[unit] * amount
        moved = datetime.date(y, m, d) + datetime.timedelta(days=days)
        if unit == "day" or day_grain:
            return moved.isoformat()
        iso = moved.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return None


def unit_name(token: str) -> str:
    token = token.lower()
    if token.startswith("centur"):
        return "century"
    return token[:-1] if token.endswith("s") else token


DURATION_UNITS = {"year": ("Y", False), "month": ("M", False), "week": ("W", False),
                  "day": ("D", False), "hour": ("H", True), "minute": ("M", True),
                  "second": ("S", True), "decade": ("DE", False), "century": ("CE", False),
                  "fortnight": ("W", False)}


def duration_value(amount, unit: str) -> str:
    letter, is_time = DURATION_UNITS[unit]
    if amount is None:
        quantity = "X"
    else:
        if unit == "fortnight":
            amount *= 2
        if unit == "century":
            # counted centuries are written in years, as the gold writes them ("a century" ->
            # P100Y, "half a century" -> P50Y); an unknown number stays PXCE
            amount, letter = amount * 100, "Y"
        quantity = str(int(amount)) if amount == int(amount) else str(amount)
    return ("PT" if is_time else "P") + quantity + letter


def previous_word(text: str, start: int) -> str:
    match = re.search(r"([\w'’.-]+)\W*$", text[max(0, start - 40) : start])
    return match.group(1).lower() if match else ""


# --- modifiers ----------------------------------------------------------------------------------


def date_mod(modifier: str | None) -> str | None:
    """The TIMEX3 mod (or H1/H2/Q1..Q4 part) a "the end of"/"early"/"about" prefix means."""
    if not modifier:
        return None
    words = re.sub(r"\s+", " ", modifier.lower())
    if re.search(r"around|about|circa|c\.|ca\.|approximately|roughly|some ?time", words):
        return "APPROX"
    if "quarter" in words:
        return {"first": "Q1", "second": "Q2", "third": "Q3"}.get(words.split()[-3], "Q4") \
            if len(words.split()) >= 3 else "Q4"
    if "half" in words:
        return "H1" if "first" in words else "H2"
    if "turn" in words:
        return "END"
    if re.search(r"beginning|start|early|first", words):
        return "START"
    if re.search(r"end|close|late|last|latter", words):
        return "END"
    return "MID"


def apply_date_mod(parsed: Parsed, modifier: str | None) -> Parsed:
    mod = date_mod(modifier)
    if mod in ("H1", "H2", "Q1", "Q2", "Q3", "Q4"):
        if parsed.value and re.fullmatch(r"\d{4}", parsed.value):
            parsed.value = f"{parsed.value}-{mod}"
            return parsed
        if parsed.resolve is not None and parsed.value is None:
            # "the first half of next year": the half of the year the phrase resolves to
            resolver, part = parsed.resolve, mod

            def resolve(anchor, news):
                value = resolver(anchor, news)
                return f"{value}-{part}" if value and re.fullmatch(r"\d{4}", value) else None

            parsed.resolve = resolve
            return parsed
        mod = {"H1": "START", "Q1": "START", "H2": "END", "Q4": "END"}.get(mod, "MID")
    parsed.mod = mod
    return parsed


def duration_mod(modifier: str | None) -> str | None:
    if not modifier:
        return None
    words = re.sub(r"\s+", " ", modifier.lower().strip())
    if re.search(r"no (?:more|longer) than|not more than|at most|up to", words):
        return "EQUAL_OR_LESS"
    if re.search(r"no less than|at least", words):
        return "EQUAL_OR_MORE"
    if re.search(r"over|more than|upwards of|in excess of", words):
        return "MORE_THAN"
    if re.search(r"less than|under|fewer than|nearly|almost|barely|part of|most of", words):
        return "LESS_THAN"
    return "APPROX"


# --- counts, pages and money that look like years -------------------------------------------

_REFERENCE_BEFORE = re.compile(
    r"(?:\bpp?\.|\bpages?|\bnos?\.|\bnr\.?|\bnumbers?|\bvols?\.?|\bvolumes?|#|\barts?\.|"
    r"\barticles?|\bsections?|§|\bch\.|\bchapters?|\bfigs?\.|\bfigures?|\btables?|\blines?|"
    r"\bparas?\.|\bparagraphs?|\bisbn|\bissn|\bop\.|\broutes?|\brooms?|\bflights?|"
    r"\bresolutions?|\bcodes?|\bmodels?|\bversions?|\bfols?\.|\bff\.|\bcols?\.|\bdoc\.|"
    r"\bdocuments?|\bfile|\bbox|\bitems?|\bunits?|\bplots?|\bbus|\btel\.?|\bphone|\bzip)"
    r"\s*(?:\d+\s*(?:[-–,]|and)\s*)*$",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"(?:[$£€¥₽]|\b(?:US|A|C|HK)\$|\busd|\beur|\bgbp|\brs\.?|\brub\.?|\bdm)\s*$", re.IGNORECASE
)
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|pct\b|million|billion|thousand|hundred|dollars|pounds|euros|"
    r"francs|marks|rubles|roubles|yen|kilomet|km\b|miles\b|metres|meters|feet|ft\b|kg\b|"
    r"tons|tonnes|acres|hectares|strong\b|of\s+(?:them|whom|which|these|those|the)\b)",
    re.IGNORECASE,
)
_QUANTITY_BEFORE = re.compile(
    r"\b(?:more|fewer|less)\s+than\s*$|\b(?:total\s+of|estimated|numbered|numbering|"
    r"counted|some|over|nearly|almost|about|around|approximately|roughly|up\s+to|"
    r"at\s+least|only)\s*$",
    re.IGNORECASE,
)
_PARTNER_NUMBER = re.compile(r"\s*(?:-|–|to|and|or)\s*\d[\d,]*(?![\w.,]\d)", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?-i:([a-z][a-z-]*s|men|women|people|children|cattle|"
                           r"infantry|cavalry|personnel|police|sheep))(?![\w'’])(\s+[\w']+)?")
_NOT_PLURAL_NOUNS = {
    "was", "is", "has", "as", "his", "its", "this", "thus", "us", "yes", "plus", "less",
    "unless", "always", "perhaps", "besides", "whereas", "towards", "afterwards", "onwards",
    "across", "does", "goes", "says", "sees", "hers", "ours", "theirs", "whose", "thereafters",
    "nevertheless", "regardless", "various", "previous", "serious", "famous", "numerous",
}
_BASE_YEAR_NOUNS = {"levels", "prices", "standards"}
_VERB_CUE = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
             "those", "it", "him", "them", "us", "me", "to", "in", "on", "as", "out", "up"}
YEAR_INTRO = {
    "in", "since", "until", "till", "by", "during", "from", "before", "after", "the", "its",
    "his", "her", "their", "our", "my", "your", "this", "that", "early", "late", "mid",
    "throughout", "spring", "summer",
    "autumn", "winter", "fall", "year", "ad", "a.d.", "through", "circa",
    *[m.lower() for m in MONTHS],
}


# a telephone number's group: a country code or a trunk prefix in brackets before it
# ("+44 (0)1463 279000", "+7 1934 ...")
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|\(0\d{0,4}\))[ \t]?\Z")


def looks_like_quantity(text: str, start: int, end: int, number: int) -> bool:
    """Whether a year-shaped number is rather a count, page, id, money or measure."""
    before = text[max(0, start - 60) : start]
    # "1500 to 2000 men": the noun after the second number counts the first one too
    partner = _PARTNER_NUMBER.match(text, end)
    after = text[partner.end() if partner else end :][:40]
    if _REFERENCE_BEFORE.search(before) or _MONEY_BEFORE.search(before):
        return True
    if _PHONE_BEFORE.search(before):
        return True  # dates.v9: a group of a telephone number, "+44 (0)1463 279000"
    if _QUANTITY_AFTER.match(after):
        return True
    intro = previous_word(text, start)
    quantity_before = _QUANTITY_BEFORE.search(before)
    if quantity_before and re.search(r"than\s*$", quantity_before.group()):
        return True
    plural = _PLURAL_AFTER.match(after)
    # dates.v16: a year as a base of comparison ("fares held at 2025 levels", "in 1913 prices")
    if plural and plural.group(1) not in _NOT_PLURAL_NOUNS and plural.group(1) not in _BASE_YEAR_NOUNS:
        next_word = (plural.group(2) or "").strip().lower()
        if intro not in YEAR_INTRO and next_word not in _VERB_CUE:
            return True
    if re.match(r"\s+(?:were|are)\b", after) and intro not in YEAR_INTRO:
        return True
    return bool(quantity_before and number % 50 == 0
                and not re.search(r"some|about|around|approximately|roughly|nearly|almost\s*$",
                                  quantity_before.group()))


# --- tense of the clause around an expression --------------------------------------------------

# HeidelTime resolves a weekday or a month name without a year by the tense of its sentence:
# "will meet on Friday" is the coming Friday, "met on Friday" the last one. Without a tagger,
# the nearest tense cue decides: first to the left of the expression within its clause (the
# verb the phrase hangs on: "said on Friday she would go" is past), then to the right.
_IRREGULAR_PAST = frozenset(
    "was were had did said told met took fell rose came went left began broke held spent made "
    "gave sent won lost struck fought saw wrote spoke ran led brought thought stood sat kept "
    "paid sold became knew got shot flew fled sank chose drew grew threw wore woke heard found "
    "felt meant built bought caught taught laid slept swore tore rode rang sang drove ate froze "
    "hid lay lit slid stuck swept swung wept overthrew undertook withdrew arose forbade "
    "ago yesterday last since".split())
_NOT_PAST_ED = frozenset("need speed seed bed red feed proceed exceed indeed breed hundred shed "
                         "shred bleed steed weed deed creed greed embed bred wed".split())
# a clause ends at a full stop that is not an abbreviation's ("6 a.m. on Monday", "Mr. Stam")
_CLAUSE_STOP = re.compile(r"[;:!?\"“”]|(?<![ap]\.m)(?<!\b[A-Z])(?<!\bMrs)(?<!\bM[rs])(?<!\bDr|\bSt)\.\s|\n")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_CLAUSE_WORDS = frozenset("that which who whom whose and but or after before when while because if "
                          "unless whereas although though".split())
_COPULAS = frozenset("be is are was were been being stay stays stayed remain remains remained "
                     "get gets got seem seems".split())


# words that cannot follow an infinitive's "to" ("voted 19 to 6 on Tuesday")
_NOT_A_VERB = frozenset("on in at the a an of for by from with his her their its this that".split())


_SCHEDULE_PRESENT = frozenset({"resumes", "reopens", "expires", "begins", "starts", "commences"})


def _word_tense(words: list[str], index: int) -> str | None:
    """"future", "past" or None for words[index] (a lower-cased word of the clause)."""
    word = words[index]
    if word in ("will", "shall", "would", "should", "must", "can", "cannot", "might", "'ll", "’ll",
                "tomorrow", "upcoming"):
        return "future"
    if word == "going" and index + 1 < len(words) and words[index + 1] == "to":
        return "future"
    if word in ("expected", "scheduled", "due", "set", "planned", "forecast", "plans", "plan",
                "intends", "hopes") and index + 1 < len(words) and words[index + 1] in ("to", "for"):
        return "future"  # "is expected to meet", "forecast for Saturday"
    if word in ("scheduled", "due"):
        return "future"
    if word in _SCHEDULE_PRESENT or (word in ("takes", "take") and index + 1 < len(words) and words[index + 1] == "effect"):
        # dates.v16: the present of a timetable looks ahead ("The freeze takes effect on May 1",
        # "when the service resumes")
        return "future"
    if word in ("resolved", "decided", "agreed", "promised", "undertook", "threatened", "vowed") \
            and index + 1 < len(words) and words[index + 1] == "to":
        return "future"  # "has resolved to recommend a return to work on Monday" (dates.v8)
    if word in ("voted", "pledged", "resolved", "decided", "agreed") and any(
            words[i] == "to" and i + 1 < len(words) and words[i + 1] not in _NOT_A_VERB
            for i in range(index + 1, min(index + 5, len(words)))):
        return "future"  # dates.v14: "voted late on Wednesday to ban the sale from September"
    if index >= 2 and words[index - 2] == "to" and words[index - 1] == "be" and (
            word in _IRREGULAR_PAST or word.endswith(("ed", "en"))):
        return "future"  # "a hearing, to be held on 19 July" (dates.v7)
    if index >= 2 and words[index - 1] == "be" and words[index - 2] in ("will", "shall", "'ll", "’ll", "would", "should",
                                                                       "must", "could", "might") and (
            word in _IRREGULAR_PAST or word.endswith(("ed", "en"))):
        return "future"  # dates.v9: "will be held, as every year, on Easter Monday"
    if word in _IRREGULAR_PAST:
        return "past"
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST_ED:
        if index and words[index - 1] in _COPULAS:
            return None  # "would stay closed": an adjective, the tense is the verb's
        return "past"
    return None


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;:.!?\n]{1,80},", re.IGNORECASE)


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None: the tense cue nearest the expression at text[start:end], in
    words, within its clause (a scan stops at "that", "and", "after", ...); a tie goes left."""
    left, right = max(0, start - 300), min(len(text), end + 300)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, left, start)]
    left = max([left] + stops)
    stop = _CLAUSE_STOP.search(text, end, right)
    right = stop.start() if stop else right
    before, after = text[left:start], text[end:right]
    # dates.v9: "Fischer, who turned nineteen on Friday, goes to Curaçao in May": a relative
    # clause set off by commas is an aside; its verb is not the tense of what follows it
    before = _RELATIVE_ASIDE.sub(" ", before)
    if re.search(r"\bfor\s+(?:the\s+)?$", before, re.IGNORECASE):
        return "future"  # "a strike for Monday", "forecast for Saturday"
    if re.search(r"\bsince\s+$", before, re.IGNORECASE):
        return "past"
    left_words = [w.lower() for w in _WORD.findall(before)]
    right_words = [w.lower() for w in _WORD.findall(after)]
    best = None  # (distance in words, side, tense)
    for distance, index in enumerate(range(len(left_words) - 1, -1, -1)):
        if left_words[index] in _CLAUSE_WORDS:
            break
        tense = _word_tense(left_words, index)
        if tense:
            best = (distance, 0, tense)
            break
    if best and "," in after:  # "sworn in by the end of March, officials said": an aside
        right_words = [w.lower() for w in _WORD.findall(after[: after.index(",")])]
    for distance, index in enumerate(range(len(right_words))):
        if right_words[index] in _CLAUSE_WORDS or (best and distance >= best[0]):
            break
        tense = _word_tense(right_words, index)
        if tense:
            best = (distance, 1, tense)
            break
    return best[2] if best else None


_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|just\s+|long\s+|once\s+)?"
                         r"(?:been|[a-z]+ed|[a-z]+en|bought|sold|brought|thought|fought|sought|taught|caught|"
                         r"made|paid|said|told|left|kept|held|met|sent|spent|built|lost|won|begun|come|gone|"
                         r"run|become|found|heard|felt|led|read|set|put|cut|hit|let|shut|spread)\b", re.IGNORECASE)


def pluperfect(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is in the past perfect ("The figures for
    December had been disastrous"): a look back from where the story has got to."""
    if re.search(r"\b(?:by|until|till|before|after|since)\s+(?:the\s+)?(?:early|mid|late|end\s+of)?[\s-]*$",
                 text[max(0, start - 20) : start], re.IGNORECASE):
        return False  # "By November the Right had lost": a deadline the story reaches
    left, right = max(0, start - 150), min(len(text), end + 80)
    stops = list(_PLUPERFECT_STOP.finditer(text, left, start))
    if stops and re.fullmatch(r"after|when|once|until|before", stops[-1].group(), re.IGNORECASE):
        return False  # "After the Opposition had marched in the parade of 7 November": a sequence
    left = max([left] + [stop.end() for stop in stops])
    stop = _PLUPERFECT_STOP.search(text, end, right)
    right = stop.start() if stop else right
    return bool(_PLUPERFECT.search(text, left, right))


# the past perfect must be in the very clause: a comma or a conjunction ends it
_PLUPERFECT_STOP = re.compile(r"[,;:!?\"“”()—–]|\.\s|\n|\b(?:and|but|or|when|while|after|before|until|which|who)\b",
                              re.IGNORECASE)


_OWN_CLAUSE_END = re.compile(r"[,;:!?\"“”()—–\n]|\.\s|\b(?:and|but|or|when|while|after|before|until|which|who|"
                             r"what|that|where|whom|whose|because|if|as)\b", re.IGNORECASE)


def _own_clause_pluperfect(text: str, start: int, end: int) -> bool:
    """dates.v14: a past perfect in the very clause of text[start:end], with no comma or
    conjunction ("that", "and" ...) between: "had run a fever since the autumn", not "Only in
    the spring did we learn that the funeral had been held"."""
    after = _PLUPERFECT.search(text, end, min(len(text), end + 80))
    if after and not _OWN_CLAUSE_END.search(text, end, after.start()):
        return True
    return any(not _OWN_CLAUSE_END.search(text, before.end(), start)
               for before in _PLUPERFECT.finditer(text, max(0, start - 80), start))


def flashback(parsed: "Parsed", month: int) -> "Parsed":
    """A year-less month or day told in the past perfect: in narrative, a month later in the
    year than the story's is last year's ("On 15 January 1928 ... The figures for December had
    been disastrous" -> 1927-12), a look back from which the story does not move."""
    resolver = parsed.resolve

    def resolve(anchor, is_news):
        value = resolver(anchor, is_news)
        parsed.moves_story = True
        if value and not is_news and anchor and anchor[1] is not None and month < anchor[1] and value.startswith(f"{anchor[0] + 1:04d}"):
            value = f"{anchor[0]:04d}" + value[4:]  # "had left in March" said in December: that March
        # only from a day the story stands on ("talks in October and early November had failed"
        # lists months up to the date that follows)
        if value and not is_news and anchor and anchor[2] is not None and month > anchor[1] \
                and re.match(r"\d{4}", value):
            value = f"{int(value[:4]) - 1:04d}" + value[4:]
            parsed.moves_story = False
            parsed.looks_back = True
        elif value and not is_news and anchor and anchor[2] is not None and re.match(r"\d{4}-\d{2}", value) \
                and (int(value[:4]), int(value[5:7])) <= (anchor[0], anchor[1]) and value[:10] < f"{anchor[0]:04d}-{anchor[1]:02d}-{anchor[2]:02d}":
            # dates.v7: "Their mother had left it on 4 March" on the evening of 31 March: a look
            # back too; the scene stays on its day ("take it tomorrow" is 1 April)
            parsed.moves_story = False
            parsed.looks_back = True
        return value

    parsed.resolve = resolve
    return parsed


# --- resolvers ------------------------------------------------------------------------------


def year_of(anchor: Anchor | None, suffix: str) -> str | None:
    return f"{anchor[0]:04d}{suffix}" if anchor else None


# how many months a year-less month must lie before the story's for a narrative to have
# crossed into the next year ("In December 1878 ... on 11 January" -> 1879)
_TURN_OF_YEAR = 7


def underspecified(suffix: str, fallback: str, tense: str | None = None) -> dict:
    """A date with no year ("18 December", "in January"): the anchor supplies the year. In news
    the anchor is the publication date and the tense picks the side of it (HeidelTime): "rose
    to its highest since October" said in March is last October, "will open on 25 October"
    said in November the next one."""
    month = int(suffix[1:3])

    def resolve(anchor, is_news):
        if is_news and not tense and anchor and anchor[1] is not None and anchor[2] is not None and re.fullmatch(r"-\d{2}-\d{2}", suffix):
            # dates.v11: with no tense to say which side, a day of the month in news is the one
            # nearest the dateline ("taking effect on Jan. 1" written on 12 November: the coming one)
            base, day = datetime.date(*anchor), int(suffix[4:6])
            distances = [(abs((datetime.date(year, month, day) - base).days), -year, year)
                         for year in (anchor[0] - 1, anchor[0], anchor[0] + 1) if valid_date(year, month, day)]
            if distances:
                return f"{min(distances)[2]:04d}{suffix}"
        if not is_news and anchor and anchor[1] is not None and anchor[1] - month >= _TURN_OF_YEAR:
            # dates.v12: "In December 1878 ... When it expired on 11 January": a narrative goes
            # on over the turn of the year, so a month well before the story's is next year's
            # (a past perfect look back keeps the story's year: flashback)
            return year_of((anchor[0] + 1,), suffix)
        if not (is_news and tense and anchor and anchor[1] is not None):
            return year_of(anchor, suffix)
        year = anchor[0]
        if tense == "past" and month > anchor[1]:
            year -= 1
        elif tense == "future" and month < anchor[1]:
            year += 1
        return f"{year:04d}{suffix}"

    return dict(resolve=resolve, anchoring="deictic", borrows=True, fallback=fallback, year_less=True, tense=tense)


def relative(unit: str, amount, anchoring: str, day_grain: bool = False) -> dict:
    return dict(resolve=lambda anchor, _news: shift(anchor, unit, amount, day_grain), anchoring=anchoring)


def day_with_suffix(resolver, suffix):
    def resolve(anchor, is_news):
        value = resolver(anchor, is_news)
        return value + suffix if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None

    return resolve


def at_anchor_day(anchor: Anchor | None, _news: bool = False) -> str | None:
    if anchor is None or anchor[2] is None:
        return None
    return f"{anchor[0]:04d}-{anchor[1]:02d}-{anchor[2]:02d}"


def make_time(parsed_day: Parsed, suffix: str, fallback_day: str = "XXXX-XX-XX") -> Parsed:
    """A TIME on the day ``parsed_day`` names (absolute or resolved later)."""
    if parsed_day.resolve is None:
        parsed_day.value = (parsed_day.value + suffix) if parsed_day.value else None
    else:
        parsed_day.resolve = day_with_suffix(parsed_day.resolve, suffix)
        parsed_day.fallback = fallback_day + suffix
    parsed_day.type = "TIME"
    return parsed_day


# ================================================================================================
# Rules. Order matters only to break ties between equally long candidates.
# ================================================================================================

# --- numeric dates ------------------------------------------------------------------------------


@rule(rf"{START}(?P<y>1\d{{3}}|20\d{{2}})(?P<sep>[-/])(?P<m>\d{{2}})(?P=sep)(?P<d>\d{{2}})"
      r"(?:T(?P<time>\d{2}:\d{2}(?::\d{2})?))?(?![\w:]|[.,/-]\d)", T_DIGIT)
def iso_date(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_date(y, mo, d):
        return None
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["time"]:
        return Parsed("TIME", f"{value}T{m['time']}")
    return Parsed("DATE", value)


@rule(rf"{START}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>1\d{{3}}|20\d{{2}})"
      r"(?![\w]|[.,/-]\d)", T_DIGIT)
def numeric_date(m, text):
    """Day first unless impossible; with slashes month first (US) unless impossible."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    month_first = m["sep"] == "/"
    if a > 12:
        month_first = False
    elif b > 12:
        month_first = True
    mo, d = (a, b) if month_first else (b, a)
    if not valid_date(y, mo, d):
        return None
    return Parsed("DATE", f"{y:04d}-{mo:02d}-{d:02d}")


_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@rule(rf"{START}(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[./])(?-i:(?P<m>{_alternatives(_ROMAN_MONTHS)}))(?P=sep)"
      r"(?P<y>1\d{3}|20\d{2}|\d{2})(?![\w]|[.,/-]\d)", T_DIGIT)
def roman_month_date(m, text):
    """"3/IV/25", "12.XI.1927": day, month in Roman numerals, year (the European letter style).
    A two-digit year takes the century of the date the text has reached (else stays partial)."""
    d, mo = int(m["d"]), _ROMAN_MONTHS.index(m["m"]) + 1
    if _REFERENCE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
        return None  # "vol. 3/IV/25", "ch. 2.III.4": a reference
    if len(m["y"]) == 4:
        return Parsed("DATE", f"{m['y']}-{mo:02d}-{d:02d}") if valid_date(int(m["y"]), mo, d) else None
    short = int(m["y"])
    if not valid_date(2000 + short if short % 4 == 0 else 2001, mo, d):
        return None

    def resolve(anchor, _news):
        if anchor is None:
            return None
        year = anchor[0] // 100 * 100 + short
        if year > anchor[0] + 10:
            year -= 100  # "3/IV/98" written in 1903 is 1898
        return f"{year:04d}-{mo:02d}-{d:02d}" if valid_date(year, mo, d) else None

    return Parsed("DATE", resolve=resolve, anchoring="anaphoric", fallback=None)


# --- day, month and year in words ------------------------------------------------------------


def _weekday_year(resolve, weekday_index, mo, d):
    def resolved(anchor, is_news):
        value = resolve(anchor, is_news)
        if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
        y = int(value[:4])
        for candidate in (y, y + 1, y - 1):
            if valid_date(candidate, mo, d) and datetime.date(candidate, mo, d).weekday() == weekday_index:
                return f"{candidate:04d}-{mo:02d}-{d:02d}"
        return value

    return resolved


def day_date(m, year_text: str | None) -> Parsed | None:
    mo, d = month_number(m["mon"]), int(m["d"])
    before = m.string[max(0, m.start() - 40) : m.start()]
    if _REFERENCE_BEFORE.search(before) and not (year_text and re.search(r"\d\s*,\s*$", before)):
        return None  # "No. 17 April"; but "Pravda, no. 49, 4 March 1923" is the issue's date
    if not valid_date(int(year_text) if year_text else 2000, mo, d):
        return None
    span = None
    if (m["weekday"] and not m["pod"] and not m["daymod"] and named_weekday(m.string, m.start("weekday"))
            and m.string.startswith(",", m.end("weekday"))
            and not re.search(r"(?-i:ed)[ \t]+$", m.string[max(0, m.start("weekday") - 12) : m.start("weekday")])):
        # "Bloody Saturday, 21 June 1919": the weekday is the event's name, set off from the date
        # by its comma (not "Recorded Thursday, 14 February", "Broadcast Sunday 11 May")
        span = (min(m.start("d"), m.start("mon")), m.end())
    suffix = f"-{mo:02d}-{d:02d}"
    if year_text:
        parsed = Parsed("DATE", f"{year_text}{suffix}")
    else:
        tense = clause_tense(m.string, m.start(), m.end())
        parsed = Parsed("DATE", **underspecified(suffix, "XXXX" + suffix, tense))
        if pluperfect(m.string, m.start(), m.end()):
            parsed = flashback(parsed, mo)
        if m["weekday"] and parsed.resolve is not None:
            # "Saturday, 30 January" after "last August" (1936): the weekday fixes the year
            # among the anchor's year and its neighbours (30 January 1937 was a Saturday)
            parsed.resolve = _weekday_year(parsed.resolve, WEEKDAYS.index(m["weekday"].capitalize()), mo, d)
    if m["pod"]:
        part = PART_OF_DAY[m["pod"].split()[1].lower()]
        parsed = make_time(parsed, part, "XXXX" + suffix)
    if m["daymod"]:
        parsed.mod = "START" if m["daymod"].lower() == "early" else "END"
    if m.groupdict().get("dayapprox"):  # (rules that borrow day_date without DAY_PREFIX lack it)
        parsed.mod = "APPROX"
        if span is not None:
            span = (m.start(), span[1])
    parsed.span = span
    return parsed


@rule(rf"{START}{DAY_PREFIX}(?:the\s+)?{day('d')}(?:(?:\s+day)?\s+of)?\s+(?P<mon>{MONTH_ANY}),?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def day_month_year(m, text):
    return day_date(m, m["y"])


@rule(rf"(?<![^\n]){year('y')},[ \t]{{1,2}}(?:{day('d')}[ \t]{{1,2}}(?P<mon>{MONTH_FULL})|(?P<mononly>{MONTH_FULL}))"
      rf"(?![ \t]*,?[ \t]*\d)", T_DIGIT, T_MONTH_FULL)
def year_first_line_date(m, text):
    """A timeline entry headed year first ("1903, 10 October Emmeline ...", "1909, July
    Marion ..."): at the start of a line the year and the day (or month) are one date. Only at a
    line's start, where a timeline puts its dates; mid-sentence "In 1905, 13 October ..." is left
    to the other rules."""
    y = int(m["y"])
    if m["mononly"]:
        return Parsed("DATE", f"{y:04d}-{month_number(m['mononly']):02d}")
    mo, d = month_number(m["mon"]), int(m["d"])
    if not valid_date(y, mo, d):
        return None
    return Parsed("DATE", f"{y:04d}-{mo:02d}-{d:02d}")


@rule(rf"{START}the\s+(?P<nth>first|second|third|fourth|last)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+"
      rf"(?P<mon>{MONTH_FULL})(?:,?\s+{year('y')}{YEAR_END}|(?P<post>\s+(?:next|last))(?![\w-])|(?![\w-]|,?\s+\d))",
      T_WEEKDAY, T_MONTH_FULL)
def nth_weekday_of_month(m, text):
    """"the last Thursday of August 1913" is one day (1913-08-28), computed from the calendar,
    not a weekday and a month apart. (dates.v14: without its year, "the first Monday in May
    next" is the coming May's; "the first Monday in May" the May the anchor gives by tense.)"""
    mo = month_number(m["mon"])
    wd = WEEKDAYS.index(m["wd"].capitalize())
    nth = m["nth"].lower()

    def day_of(y):
        days = [d for d in range(1, month_end(y, mo).day + 1) if datetime.date(y, mo, d).weekday() == wd]
        d = days[-1] if nth == "last" else days[["first", "second", "third", "fourth"].index(nth)]
        return f"{y:04d}-{mo:02d}-{d:02d}"

    if m["y"]:
        return Parsed("DATE", day_of(int(m["y"])))
    if m["post"]:
        step = 1 if m["post"].strip().lower() == "next" else -1

        def resolve(anchor, _news):
            month = month_in_direction(anchor, mo, step)
            return day_of(int(month[:4])) if month else None

        return Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=f"XXXX-{mo:02d}")
    parsed = Parsed("DATE", **underspecified(f"-{mo:02d}", f"XXXX-{mo:02d}", clause_tense(text, m.start(), m.end())))
    month_resolver = parsed.resolve

    def resolve_year_less(anchor, is_news):
        month = month_resolver(anchor, is_news)
        return day_of(int(month[:4])) if month and re.match(r"\d{4}", month) else None

    parsed.resolve = resolve_year_less
    return parsed


@rule(rf"{START}the\s+(?P<nth>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+(?P<mon>{MONTH_FULL})"
      rf"(?:,?\s+{year('y')}{YEAR_END})?(?![\w-])", ("week",), T_MONTH_FULL)
def nth_week_of_month(m, text):
    """"the second week of January 1919" -> 1919-W02, "the first week of November 1927" ->
    1927-W44: the ISO week that holds the month's 4th, 11th, 18th or 25th day (as ISO's first
    week holds 4 January, a week belongs where most of it lies); "the last week" holds the
    month's last day but three. Without a year the anchor's year."""
    mo = month_number(m["mon"])
    nth = m["nth"].lower()

    def week_of(y):
        if nth == "last":
            day = month_end(y, mo).day - 3
        else:
            day = 4 + 7 * ["first", "second", "third", "fourth"].index(nth)
        iso = datetime.date(y, mo, day).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"

    if m["y"]:
        return Parsed("DATE", week_of(int(m["y"])))
    return Parsed("DATE", resolve=lambda anchor, _news: week_of(anchor[0]) if anchor else None,
                  anchoring="deictic", fallback=None, year_less=True)


DAY_ORDINAL_WORD = (r"(?:twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                    r"|thirty-first|thirtieth|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")")


@rule(rf"{START}(?:(?P<pod>the\s+(?:morning|afternoon|evening|night)\s+of)\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?"
      rf"the\s+(?P<ordw>{DAY_ORDINAL_WORD})\s+of\s+(?P<mon>{MONTH_ANY})"
      rf"(?:,?\s+{year('y')}{YEAR_END})?(?![\w-])", T_MONTH)
def ordinal_word_day_month(m, text):
    """"the first of March 1921", "the fifth of May": a day written as an ordinal word; a
    weekday and a part of the day before it belong to it ("On Saturday, the first of December
    1934", "the morning of Saturday, the sixth of April, 1912"), as with "Sunday, January 27"."""
    mo, d = month_number(m["mon"]), ordinal_value(m["ordw"])
    if not valid_date(int(m["y"]) if m["y"] else 2000, mo, d):
        return None
    suffix = f"-{mo:02d}-{d:02d}"
    if m["y"]:
        parsed = Parsed("DATE", f"{m['y']}{suffix}")
    else:
        parsed = Parsed("DATE", **underspecified(suffix, "XXXX" + suffix, clause_tense(text, m.start(), m.end())))
    if m["weekday"] and not m["pod"] and named_weekday(text, m.start("weekday")):
        parsed.span = (m.start("ordw") - len("the ") if text[m.start("ordw") - 4 : m.start("ordw")].lower() == "the "
                       else m.start("ordw"), m.end())  # "Bloody Saturday, the first of ..."
    if m["pod"]:
        parsed = make_time(parsed, PART_OF_DAY[m["pod"].split()[1].lower()], "XXXX" + suffix)
    return parsed


@rule(rf"{START}{DAY_PREFIX}(?P<mon>{MONTH_ANY})\s+(?:the\s+)?{day('d')},?\s+{year('y')}"
      rf"{YEAR_END}", T_DIGIT, T_MONTH)
def month_day_year(m, text):
    return day_date(m, m["y"])


@rule(rf"{START}{DAY_PREFIX}(?:the\s+)?{day('d')}(?:(?:\s+day)?\s+of)?\s+(?P<mon>{MONTH_ANY})"
      r"(?P<post>\s+(?:next|last)(?=\s*[,.;:)]))?", T_DIGIT, T_MONTH)
def day_month(m, text):
    """(dates.v14: a deed's "this 20th day of March, 1895"; an old paper's "on MONDAY, the 2nd
    day of OCTOBER next": the coming October's 2nd, "the 5th of May last" the last May's.)"""
    parsed = day_date(m, None)
    if parsed is not None and m["post"]:
        mo, d = month_number(m["mon"]), int(m["d"])
        step = 1 if m["post"].split()[0].lower() == "next" else -1

        def resolve(anchor, _news):
            month = month_in_direction(anchor, mo, step)
            return f"{month}-{d:02d}" if month and valid_date(int(month[:4]), mo, d) else None

        parsed.resolve = resolve
        parsed.anchoring = "deictic"
        parsed.borrows = parsed.year_less = False
    return parsed


@rule(rf"{START}{DAY_PREFIX}(?P<mon>{MONTH_ANY})\s+(?:the\s+)?{day('d')}(?!\s*[:.]\d)", T_DIGIT, T_MONTH)
def month_day(m, text):
    return day_date(m, None)


@rule(rf"{START}the\s+(?P<pod>morning|afternoon|evening|night)\s+of\s+{day('d1')}\s*(?:-|–|—)\s*"
      rf"{day('d2')}\s+(?P<mon>{MONTH_ANY})(?:,?\s+{year('y')}{YEAR_END})?", T_DIGIT, T_MONTH, T_PART)
def part_of_day_range(m, text):
    """"the night of 7–8 December": the night that begins on the first day (TIME ...TNI)."""
    mo, d1, d2 = month_number(m["mon"]), int(m["d1"]), int(m["d2"])
    if d2 != d1 + 1:
        return None
    suffix = f"-{mo:02d}-{d1:02d}"
    if m["y"]:
        parsed = Parsed("DATE", f"{m['y']}{suffix}")
    else:
        parsed = Parsed("DATE", **underspecified(suffix, "XXXX" + suffix))
    return make_time(parsed, PART_OF_DAY[m["pod"].lower()], "XXXX" + suffix)


@rule(rf"{START}{day('d1')}\s*(?:-|–|—|to)\s*{day('d2')}\s+(?P<mon>{MONTH_ANY}),?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def day_range_month_year(m, text):
    return day_range(m)


@rule(rf"{START}{day('d1')}\s+(?P<mon1>{MONTH_ANY})\s*(?:-|–|—|to|until)\s*{day('d2')}\s+(?P<mon>{MONTH_ANY}),?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def day_month_range_year(m, text):
    """"14 March – 29 June 2025": an exhibition's or a congress's run across months."""
    y, mo1, mo2, d1, d2 = int(m["y"]), month_number(m["mon1"]), month_number(m["mon"]), int(m["d1"]), int(m["d2"])
    if not (mo1 < mo2 and valid_date(y, mo1, d1) and valid_date(y, mo2, d2)):
        return None
    return Parsed("DATE", f"{y:04d}-{mo1:02d}-{d1:02d}/{y:04d}-{mo2:02d}-{d2:02d}")


@rule(rf"{START}{day('d1')}\s*(?:-|–|—|(?P<to>to))\s*{day('d2')}\s+(?P<mon>{MONTH_ANY})(?!,?\s+\d)", T_DIGIT, T_MONTH)
def day_range_month(m, text):
    """"25–27 October": a run of days in a month whose year the context gives. (dates.v15:
    "met from 2 to 19 December" too, after "from"; not "voted 2 to 19 December's motion".)"""
    if m.groupdict().get("to") and previous_word(text, m.start()) != "from":
        return None
    mo, d1, d2 = month_number(m["mon"]), int(m["d1"]), int(m["d2"])
    if not (d1 < d2 and valid_date(2000, mo, d2)):
        return None
    return _range_from_start(Parsed("DATE", **underspecified(f"-{mo:02d}-{d1:02d}", f"XXXX-{mo:02d}-{d1:02d}",
                                                               clause_tense(text, m.start(), m.end()))),
                             lambda year: f"{year}-{mo:02d}-{d2:02d}")


@rule(rf"{START}(?P<mon1>{MONTH_FULL})\s*(?:-|–|—)\s*(?P<mon>{MONTH_FULL})(?!,?\s+\d)", T_MONTH_FULL)
def month_range(m, text):
    """"July–August": a run of months in a year the context gives."""
    mo1, mo2 = month_number(m["mon1"]), month_number(m["mon"])
    if not mo1 < mo2:
        return None
    return _range_from_start(Parsed("DATE", **underspecified(f"-{mo1:02d}", f"XXXX-{mo1:02d}",
                                                               clause_tense(text, m.start(), m.end()))),
                             lambda year: f"{year}-{mo2:02d}")


@rule(rf"{START}(?P<mon>{MONTH_ANY})\s+{day('d1')}\s*(?P<to>-|–|—|to)\s*{day('d2')}(?!,?\s+\d)(?![.:]\d)",
      T_DIGIT, T_MONTH)
def month_day_range(m, text):
    """"Jan. 17 to 20", "March 3–5": a run of days, month first, in a year the context gives
    (dates.v7). Not "to" before a noun it would count ("Jan. 17 to 20 delegates")."""
    if m["to"].lower() == "to" and not _MONTH_DAY_RANGE_END.match(text, m.end()):
        return None
    return day_range_month(m, text)


_MONTH_DAY_RANGE_END = re.compile(r"\s*[.,;:!?)\]]|\s*$|\s+(?:and|but|or|in|at|when|while|inclusive)\b")


_RELATIVE_YEAR_STEP = {"last": -1, "next": 1, "this": 0}


@rule(rf"{START}(?:(?P<mon1>{MONTH_ANY})\s+(?:the\s+)?{day('d1')}|(?:the\s+(?=\d+(?:st|nd|rd|th|d)\s+of\s))?{day('d2')}\s+(?:of\s+)?(?P<mon2>{MONTH_ANY}))"
      r"(?:,?\s+(?:of\s+)?(?P<rel>last|next|this)|\s+of\s+(?P<that>that|the\s+same))\s+year(?!\w)", T_DIGIT, T_MONTH, ("year",))
def day_of_relative_year(m, text):
    """"Jan. 21 last year", "3 May next year": one day of the year counted from the anchor
    (dates.v7), like "January of last year". (dates.v15: "the 1st of October last year" keeps
    its article, as "the 1st of October 1908" does. dates.v16: "May 24 of this year", "the 3rd
    of May of last year" are one day too.)"""
    mo = month_number(m["mon1"] or m["mon2"])
    d = int(m["d1"] or m["d2"])
    if not valid_date(2000, mo, d):
        return None
    step = _RELATIVE_YEAR_STEP[m["rel"].lower()] if m["rel"] else 0  # "Dec. 19 of that year"

    def resolve(anchor, _news):
        if anchor is None:
            return None
        y = anchor[0] + step
        return f"{y:04d}-{mo:02d}-{d:02d}" if valid_date(y, mo, d) else None

    return Parsed("DATE", resolve=resolve, anchoring="anaphoric" if m["that"] else "deictic",
                  fallback=f"XXXX-{mo:02d}-{d:02d}")


@rule(r"(?<![\w])the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)\s+of\s+(?P<rel>next|last|this|the\s+following|"
      r"the\s+previous|the\s+same)\s+month(?!\w)", T_DIGIT, ("month",))
def day_of_relative_month(m, text):
    """"the 17th of next month": that day of the month counted from the anchor (dates.v7)."""
    d = int(m["d"])
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1, "this": 0, "the same": 0}[rel]

    def resolve(anchor, _news):
        month = shift(anchor, "month", step) if anchor and anchor[1] else None
        if month is None:
            return None
        y, mo = int(month[:4]), int(month[5:7])
        return f"{month}-{d:02d}" if valid_date(y, mo, d) else None

    anchoring = "deictic" if rel in ("next", "last", "this") else "anaphoric"
    return Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback=None)


def _range_from_start(first: Parsed, last_of_year) -> Parsed:
    """A year-less range: its first end resolved like a year-less date, the last in that year."""
    resolve = first.resolve

    def resolve_range(anchor, news):
        value = resolve(anchor, news)
        return f"{value}/{last_of_year(value[:4])}" if value else None

    first.resolve = resolve_range
    first.fallback = f"{first.fallback}/{last_of_year('XXXX')}"
    return first


@rule(rf"{START}between\s+{day('d1')}\s+and\s+{day('d2')}\s+(?P<mon>{MONTH_ANY}),?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def between_days_month_year(m, text):
    """"between 12 and 25 August 1920"."""
    return day_range(m)


@rule(rf"{START}between\s+{day('d1')}\s+and\s+{day('d2')}\s+(?P<mon>{MONTH_FULL})(?!,?\s+\d)", T_DIGIT, T_MONTH_FULL)
def between_days_month(m, text):
    """"between 13 and 16 November": a run of days in a month whose year the context gives."""
    return day_range_month(m, text)


@rule(rf"{START}between\s+(?P<mon1>{MONTH_FULL})\s+and\s+(?P<mon>{MONTH_FULL})(?!,?\s+\d)", T_MONTH_FULL)
def between_months(m, text):
    """"between September and December": a run of months in a year the context gives.
    (dates.v15: "Between November and January" runs over the turn of the year, when the run is
    short; "between December and September" is no range.)"""
    mo1, mo2 = month_number(m["mon1"]), month_number(m["mon"])
    if mo1 > mo2 and mo2 + 12 - mo1 <= 3:
        return _range_from_start(Parsed("DATE", **underspecified(f"-{mo1:02d}", f"XXXX-{mo1:02d}",
                                                                   clause_tense(text, m.start(), m.end()))),
                                 lambda year: f"{int(year) + 1:04d}-{mo2:02d}" if year.isdigit() else f"XXXX-{mo2:02d}")
    return month_range(m, text)


@rule(rf"{START}between\s+{day('d1')}\s+(?P<mon1>{MONTH_FULL})\s+and\s+{day('d2')}\s+(?P<mon>{MONTH_FULL}),?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH_FULL)
def between_day_months_year(m, text):
    """"between 20 February and 10 March 1905": one range in the year given at its end."""
    y, mo1, mo2, d1, d2 = int(m["y"]), month_number(m["mon1"]), month_number(m["mon"]), int(m["d1"]), int(m["d2"])
    if not (valid_date(y, mo1, d1) and valid_date(y, mo2, d2)) or (mo1, d1) >= (mo2, d2):
        return None
    return Parsed("DATE", f"{y:04d}-{mo1:02d}-{d1:02d}/{y:04d}-{mo2:02d}-{d2:02d}")


@rule(rf"{START}(?P<mon>{MONTH_ANY})\s+{day('d1')}\s*(?:-|–|—)\s*{day('d2')},?\s+"
      rf"{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def month_day_range_year(m, text):
    return day_range(m)


def day_range(m):
    y, mo, d1, d2 = int(m["y"]), month_number(m["mon"]), int(m["d1"]), int(m["d2"])
    if not (d1 < d2 and valid_date(y, mo, d2)):
        return None
    return Parsed("DATE", f"{y:04d}-{mo:02d}-{d1:02d}/{y:04d}-{mo:02d}-{d2:02d}")


# dates.v15: "during the month of December 1935": the noun and its article are the month's
_THE_MONTH_OF = re.compile(r"(?<![\w-])the\s{1,3}month\s{1,3}of\s{1,3}\Z", re.IGNORECASE)


def the_month_of(parsed, m, text):
    before = _THE_MONTH_OF.search(text, max(0, m.start() - 20), m.start())
    if parsed is not None and before and not m["dmod"] and parsed.span is None:
        parsed.span = (before.start(), m.end())
    return parsed


@rule(rf"{START}{DATE_MODIFIER}(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def month_year(m, text):
    parsed = apply_date_mod(Parsed("DATE", f"{m['y']}-{month_number(m['mon']):02d}"), m["dmod"])
    the_month_of(parsed, m, text)
    article = re.search(r"(?<![\w-])the\s{1,3}\Z", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE)
    if article and not m["dmod"] and re.search(r"\sof\s", m.group()):
        # "in the May of 1907": the article picks the month out, as in "the spring of 1921" (dates.v7)
        parsed.span = (max(0, m.start() - 6) + article.start(), m.end())
    return parsed


@rule(rf"{START}(?P<mon>{MONTH_FULL})\s+[’'](?P<yy>\d{{2}})(?![\w’'])", T_MONTH_FULL, ("’", "'"))
def month_short_year(m, text):
    """"in January ’37": the month of a year written with two digits, in the century of the
    date the text has reached (dates.v7); partial without one."""
    mo, yy = month_number(m["mon"]), int(m["yy"])

    def resolve(anchor, _news):
        if anchor is None:
            return None
        century = anchor[0] // 100 * 100
        year = century + yy
        if year > anchor[0] + 20:  # "’98" said in 1917 is 1898
            year -= 100
        return f"{year:04d}-{mo:02d}"

    return Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=f"XXXX-{mo:02d}", writes_year=True)


@rule(rf"(?<![\w’'])(?:in|since)\s+(?P<q>[’'])(?:(?P<yy>\d{{2}})|(?P<words>(?:{'|'.join(TENS)})(?:-(?:{'|'.join(SMALL_NUMBERS[:9])}))?))"
      r"(?![\w’'%-])(?!\.\d)", ("’", "'"))
def bare_short_year(m, text):
    """"since the Horn in ’49", "heard him in ’63": a year written with an apostrophe and two
    digits after "in"/"since", in the century of the date the text has reached (dates.v8);
    not "’60s", "’49ers" nor "in ’12 Angry Men’". dates.v16: in words too ("in 'forty-one"),
    as the decade word "the 'eighties" is."""
    if re.match(r"[^\n’']{0,40}[’'](?![\w])", text[m.end() :]):
        return None  # a closing quote follows: the apostrophe opened a quotation
    if m["words"] and not re.match(r"\s*(?:[,.;:!?)\"”]|\Z)|\s+(?:and|but|or|when|as|with|to|that)\b", text[m.end() :]):
        return None  # "sang in 'forty voices": a count before its noun
    yy = int(m["yy"]) if m["yy"] else number_value(m["words"].lower().replace("-", " "))
    if yy is None:
        return None

    def resolve(anchor, _news):
        if anchor is None:
            return None
        year = anchor[0] // 100 * 100 + yy
        if year > anchor[0] + 20:  # "’63" said in 1907 is 1863
            year -= 100
        return f"{year:04d}"

    parsed = Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=None)
    parsed.span = (m.start("q"), m.end())
    return parsed


@rule(rf"{START}(?P<between>between\s+)?(?P<mon1>{MONTH_FULL})\s*(?:-|–|—|to|until|till|"
      rf"through|and)\s*(?P<mon2>{MONTH_ANY}),?\s+(?:of\s+)?{year('y')}{YEAR_END}", T_DIGIT, T_MONTH)
def month_range_year(m, text):
    joiner = text[m.end("mon1") : m.start("mon2")].strip().lower()
    if (joiner == "and") != bool(m["between"]):
        return None
    first, last = month_number(m["mon1"]), month_number(m["mon2"])
    if first >= last:
        return None
    return Parsed("DATE", f"{m['y']}-{first:02d}/{m['y']}-{last:02d}")


# events a month names when it stands before them as a modifier ("the July plenum"); names in
# capitals ("the October Revolution", "the July Days") are left alone
_MEETING_NOUNS = (r"plenum|plenary|session|sessions|meeting|meetings|congress|conference|offensive|"
                  r"counter-offensive|strike|strikes|uprising|rising|insurrection|elections?|vote|referendum|"
                  r"crisis|decree|decrees|resolution|theses|manifesto|ultimatum|coup|putsch|purge|trial|"
                  r"trials|talks|summit|negotiations|armistice|agreement|campaign|crash|budget|deadline|"
                  r"issue|number|edition|report|figures|accords?|treaty|riots?|demonstrations?|revolt|"
                  r"hearings?|sittings?|polls?|census|review")

# months on their own need a word that makes them a time ("in May", not "May I")
_STRONG_MONTH_CONTEXT = {"in", "during", "since", "until", "till", "by", "before", "after",
                         "through", "throughout", "between", "early", "late", "mid", "last",
                         "next", "this", "that", "until", "from", "each", "every", "as"}
_WEAK_MONTH_CONTEXT = {"of", "to", "and", "or", "on", "around", "about", "-", "–", "for"}


# "twice a year, at Easter and on his name day", "remembered every year on Anzac Day": a
# recurrence said before a feast or a month in its sentence makes it any year's (dates.v7)
_RECURRENCE_CUE = re.compile(r"(?<![\w-])(?:(?:once|twice|thrice|\w+\s+times)\s+a\s+year|every\s+year|each\s+year|"
                             r"annually|every\s+(?:spring|summer|autumn|winter))(?![\w-])", re.IGNORECASE)


def recurring(text: str, start: int) -> bool:
    left = sentence_bounds(text, start, start)[0]
    # (dates.v9: not "will be held, as every year, on Easter Monday": "as every year" compares
    # this year's to the others; the feast is this one)
    return any(not re.search(r"(?<![\w-])as\s{1,3}\Z", text[max(0, cue.start() - 5) : cue.start()], re.IGNORECASE)
               for cue in _RECURRENCE_CUE.finditer(text, left, start))


_SAID_IN = re.compile(r"(?<![\w-])(?:said|told|announced|reported|stated|wrote|warned|confirmed|disclosed|revealed)\s+(?:in|last)\s+\Z")
# dates.v15: a time limit granted: "have until March", "were given until the end of June"
_GIVEN_UNTIL = re.compile(r"(?<![\w-])(?:have|has|had|having|given|give|gives|granted|allowed)\s+(?:\w+\s+)?(?:until|till)\s+\Z",
                          re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:usually|always|generally|normally|typically|customarily|at\s+(?:its|their)\s+best)\b",
                       re.IGNORECASE)


@rule(rf"{START}{DATE_MODIFIER}(?:(?P<rel>last|next|this|that|the\s+following|the\s+next|"
      rf"the\s+previous|the\s+same)\s+)?(?P<mon>{MONTH_FULL})(?P<post>\s+(?:next|last)(?=\s*[,.;:)]))?(?!\s*\d|-\w)", T_MONTH_FULL)
def bare_month(m, text):
    """(dates.v12: an old paper's "by June next", "in March last": the coming, the last month)"""
    mo = month_number(m["mon"])
    if m["post"] and not (m["rel"] or m["dmod"]):
        step = 1 if m["post"].split()[0].lower() == "next" else -1
        return Parsed("DATE", resolve=lambda anchor, _news: month_in_direction(anchor, mo, step), anchoring="deictic")
    if not (m["dmod"] or m["rel"]):
        before = previous_word(text, m.start())
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"\s*(?:\d{4}\s*)?", text[line_start : m.start()]) and re.match(r"\s*[—–:]|\s+-\s", text[m.end() :]):
            before = "in"  # a timeline's entry: "1925 January — Trotsky relieved ...", "July — ..."
        elif before.capitalize() in MONTHS and re.search(r"[,–—-]\s*$|\sand\s+$|\sor\s+$", text[max(0, m.start() - 5) : m.start()]):
            before = "in"  # a list of months: "in February, May and July"
        if before == "the" and re.match(rf"\s+(?-i:{_MEETING_NOUNS})\b", text[m.end() :]):
            before = "in"  # "the July plenum", "the February offensive": the month it happened in
        elif re.match(rf"['’]s\s+(?-i:{_MEETING_NOUNS})\b", text[m.end() :]) and m["mon"].lower() not in ("april", "may", "june", "august"):
            before = "in"  # dates.v12: "at February's hearings", "since October's election"
        if re.search(r"(?<![\w-])(?:[Tt]he|[Aa]|[Tt]hat)\s+(?-i:wet|dry|cold|hot|warm|mild|bitter|hard|long|late|early|"
                     r"rainy|snowy|frosty|stormy|sunny|fine|bleak|dark|grey|gray|golden)\s+\Z",
                     text[max(0, m.start() - 20) : m.start()]):
            before = "in"  # dates.v9: "The wet June laid the barley flat": weather makes it the month
        if before not in _STRONG_MONTH_CONTEXT:
            if before not in _WEAK_MONTH_CONTEXT:
                return None
            if re.match(r"\s+(?-i:[A-Z])", text[m.end() :]):  # "of August Bebel"
                return None
            if before == "of" and re.search(r"(?-i:[A-Z][\w’'-]*)\s+of\s+$",
                                            text[max(0, m.start() - 40) : m.start()]):
                return None  # a name or title: "Lessons of October", "the Days of May"
    relation = (m["rel"] or "").lower().split()[-1:] or [""]
    if not (m["dmod"] or m["rel"]) and recurring(text, m.start()):
        return Parsed("DATE", f"XXXX-{mo:02d}")  # "rallies twice a year, at Whitsun and in August"
    if not (m["dmod"] or m["rel"]) and _HABITUAL.search(text, sentence_bounds(text, m.start(), m.end())[0], m.start()):
        # "do they usually leave their porthole open in July", "the garden is at its best in
        # April": any year's month, a habit or a general truth (dates.v8)
        return Parsed("DATE", f"XXXX-{mo:02d}")
    tense = clause_tense(text, m.start("mon"), m.end())
    if not m["rel"] and _GIVEN_UNTIL.search(text, max(0, m.start() - 40), m.start()):
        tense = "future"  # dates.v15: "firms have until the end of March to leave": a deadline ahead
    parsed = Parsed("DATE", **underspecified(f"-{mo:02d}", f"XXXX-{mo:02d}", tense))
    if not relation[0] and not m["dmod"] and tense in ("past", "future") and _spoken(text, m.start()):
        # "“Arthur wrote in November”", said in February: a character's month in the past is
        # the last one, in the future the coming one; it does not move the story (dates.v8)
        def spoken_month(anchor, _news, tense=tense):
            if anchor is None or anchor[1] is None:
                return year_of(anchor, f"-{mo:02d}")
            year = anchor[0] - (tense == "past" and mo > anchor[1]) + (tense == "future" and mo < anchor[1])
            return f"{year:04d}-{mo:02d}"

        parsed.resolve = spoken_month
        parsed.moves_story = False
    elif not relation[0] and pluperfect(text, m.start(), m.end()):
        parsed = flashback(parsed, mo)
    elif not relation[0] and not m["dmod"] and _SAID_IN.search(text, max(0, m.start() - 30), m.start()):
        # dates.v12: "..., the commission said in August": when a report was made counts from
        # the day of writing, not from a year the paragraph has just written (in news)
        parsed.year_less = False
    if relation[0] in ("last", "previous", "next", "following"):
        step = -1 if relation[0] in ("last", "previous") else 1
        parsed.resolve = lambda anchor, _news: month_in_direction(anchor, mo, step)
        parsed.borrows = False
        parsed.year_less = False  # "last September" counts from its anchor, not a story year
    elif relation[0] in ("that", "same"):
        # "wrote it that September": the year the story is in, not the publication's
        parsed.resolve = lambda anchor, _news: year_of(anchor, f"-{mo:02d}")
        parsed.anchoring = "anaphoric"
        parsed.year_less = False
    if not m["rel"]:
        the_month_of(parsed, m, text)
    return apply_date_mod(parsed, m["dmod"])


@rule(rf"{START}the\s+(?P<which>first|last)\s+(?P<unit>day|morning|afternoon|evening|night)\s+of\s+"
      rf"(?P<mon>{MONTH_FULL})(?:,?\s+{year('y')}{YEAR_END})?(?!\s*\d|-\w)", T_MONTH_FULL)
def first_last_day_of_month(m, text):
    """"the last evening of September", "the first day of May 1926": one day of the month, the
    part of it as a TIME (not "the last days of", a stretch: DATE_MODIFIER's)."""
    mo = month_number(m["mon"])
    last = m["which"].lower() == "last"
    unit = m["unit"].lower()
    suffix_of = lambda y: f"-{mo:02d}-{(month_end(y, mo).day if last else 1):02d}"
    if m["y"]:
        parsed = Parsed("DATE", f"{m['y']}{suffix_of(int(m['y']))}")
    else:
        month_value = underspecified(f"-{mo:02d}", f"XXXX-{mo:02d}", clause_tense(text, m.start(), m.end()))
        month_resolve = month_value.pop("resolve")

        def resolve(anchor, news):
            value = month_resolve(anchor, news)
            return value[:4] + suffix_of(int(value[:4])) if value else None

        fallback = f"XXXX-{mo:02d}-{'XX' if last and mo == 2 else suffix_of(2001)[4:]}"
        month_value["fallback"] = fallback
        parsed = Parsed("DATE", resolve=resolve, **month_value)
    if unit != "day":
        parsed = make_time(parsed, PART_OF_DAY[unit], (parsed.fallback or "XXXX-XX-XX")[:10])
    return parsed


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a month (the rules and the calendar span of a value both need it)."""
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


@rule(rf"{START}{DATE_MODIFIER}(?:the\s+)?(?:(?P<mon>{MONTH_FULL})|(?P<season>{SEASON}))\s+"
      r"(?:of\s+)?(?P<det>last|next|this|that|the\s+following|the\s+next|the\s+previous|"
      r"the\s+same)\s+year(?!\w)", ("year",))
def month_of_relative_year(m, text):
    """"January of last year", "the summer of the following year"."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    step = _RELATIVE_STEP[det]
    anchoring = "deictic" if det in ("this", "last", "next") else "anaphoric"
    suffix = (f"-{month_number(m['mon']):02d}" if m["mon"]
              else f"-{SEASONS[m['season'].lower()]}")

    def resolve(anchor, _news):
        moved = shift(anchor, "year", step)
        return moved + suffix if moved else None

    parsed = Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback="XXXX" + suffix)
    return apply_date_mod(parsed, m["dmod"])


def month_in_direction(anchor, month, step):
    if anchor is None:
        return None
    y = anchor[0]
    if anchor[1] is not None:
        if step < 0 and month >= anchor[1]:
            y -= 1
        elif step > 0 and month <= anchor[1]:
            y += 1
    else:
        y += step
    return f"{y:04d}-{month:02d}"


# --- years, ranges, decades, centuries ------------------------------------------------------


@rule(rf"{START}{DATE_MODIFIER}(?P<theyear>the\s+years?\s+)?{year('y')}{YEAR_END}", T_DIGIT)
def bare_year(m, text):
    mod = date_mod(m["dmod"])
    certain = m["theyear"] or mod not in (None, "APPROX")
    start = m.start("y")
    if not m["dmod"] and not m["theyear"] and _LAW_HEAD_BEFORE.search(text, max(0, start - 16), start):
        # "the Official Languages Act 2003", "the ... Measure 2011": a law's year belongs to its
        # name (guidelines), not a date; only a capitalised head right before the year
        return Parsed("DATE", m["y"], silent=True)
    if not m["dmod"] and _VOLUME_AFTER.match(text, m.end()) and re.search(
            r"(?:,[ \t]|(?:1\d{3}|20\d{2})[–—-])\Z", text[max(0, start - 8) : start]):
        return None  # the second year of "Socialism in One Country, 1924–1926, vol. 2"
    if not certain and looks_like_quantity(text, start, m.end(), int(m["y"])):
        return None
    if text[start - 1 : start] == "[" and re.match(r"\]\s+(?:\d+\s+)?(?-i:[A-Z]{2,})", text[m.end() : m.end() + 12]):
        return None  # a law report's citation, "[2019] EWHC 2871 (Ch)", "[1932] AC 562": no date (dates.v10)
    if about_as_topic(text, m.start(), m["dmod"]):
        # "settled nothing about 1917", "a book about 1968": "about" names the topic
        return Parsed("DATE", m["y"], span=(m.start("y"), m.end()))
    return apply_date_mod(Parsed("DATE", m["y"]), m["dmod"])


_LAW_HEAD_BEFORE = re.compile(r"(?<![\w-])(?-i:Act|Bill|Measure|Treaty|Code|Law|Statute|Ordinance)(?:,|[ \t]of)?[ \t]\Z")


_ABOUT_TOPIC_BEFORE = frozenset(
    "nothing something anything everything deal much little more less lot know knew known wrote "
    "written write writes writing talk talks talked talking spoke speak speaks speaking said say "
    "says think thought learn learned learnt read book books article articles film films story "
    "stories question questions lecture lectures essay essays memoir memoirs truth lie lies "
    "argue argued argument arguments debate debates novel novels".split())


def about_as_topic(text: str, start: int, modifier: str | None) -> bool:
    """Whether a leading "about" is the preposition of a topic ("nothing about 1917", "a film
    about 1968"), not an approximation ("about 1920 he moved")."""
    if not modifier or modifier.strip().lower() != "about":
        return False
    return previous_word(text, start) in _ABOUT_TOPIC_BEFORE


@rule(rf"{START}(?P<p>pre|post)-{year('y')}{YEAR_END}", T_DIGIT)
def pre_post_year(m, text):
    return Parsed("DATE", m["y"], "BEFORE" if m["p"].lower() == "pre" else "AFTER")


def year_range(m, text, first_text, last_text):
    first = int(first_text)
    if len(last_text) == 2:
        last = first // 100 * 100 + int(last_text)
    else:
        last = int(last_text)
    if not first < last <= first + 150:
        return None
    if looks_like_quantity(text, m.start(), m.end(), last):
        return None
    return Parsed("DATE", f"{first:04d}/{last:04d}")


# "E. H. Carr, Socialism in One Country, 1924–1926, vol. 2": the years of a multi-volume
# history's title, not a date of the text
# (or of any book's title in a reference: "The Interregnum, 1923–1924, p. 368", "Trotsky
# 1921–1929 (Oxford: ...", "The Interregnum, 1923–1924. London: Macmillan")
_VOLUME_AFTER = re.compile(r",?[ \t]{1,3}(?-i:vol|Vol|vols|Vols|volume|Volume)\b"
                           r"|,[ \t]{1,3}pp?\.[ \t]?\d"
                           r"|[ \t]{1,3}\((?-i:[A-Z][a-z]+)(?:[ \t](?-i:[A-Z][a-z]+))?:[ \t]"
                           r"|\.[ \t]{1,3}(?-i:[A-Z][a-z]+)(?:[ \t](?-i:[A-Z][a-z]+))?:[ \t]")


@rule(rf"{START}{year('y1')}\s*(?:-|–|—|/)\s*(?P<y2>\d{{4}}|\d{{2}}){YEAR_END}", T_DIGIT)
def year_dash_year(m, text):
    if re.match(r"\s*(?:-|–|—|/)\s*\d", text[m.end() :]):  # "1918-20-25": not a range
        return None
    after = _VOLUME_AFTER.match(text, m.end())
    if after and re.search(r"(?:,|(?-i:[A-Z][a-z]+))[ \t]\Z", text[max(0, m.start() - 20) : m.start()]) and not (
            after.group().lstrip().startswith("(") and text[max(0, m.start() - 2) : m.start()] == ", "):
        # (", 1922–1924 (London: ..." after a subtitle's comma is tagged in some gold and not in
        # other: left as it was)
        return None
    return year_range(m, text, m["y1"], m["y2"])


@rule(rf"{START}(?P<between>between\s+)?{year('y1')}\s+(?:to|until|till|through|and)\s+"
      rf"{year('y2')}{YEAR_END}", T_DIGIT)
def year_to_year(m, text):
    joiner = text[m.end("y1") : m.start("y2")].strip().lower()
    if (joiner == "and") != bool(m["between"]):
        return None
    return year_range(m, text, m["y1"], m["y2"])


@rule(rf"{START}{DATE_MODIFIER}(?:the\s+)?(?P<season>{SEASON})(?:\s+of)?,?\s+{year('y')}"
      rf"(?:\s*(?:-|–|—|/)\s*(?P<y2>\d{{4}}|\d{{2}}))?{YEAR_END}", T_DIGIT, T_SEASON)
def season_year(m, text):
    season = SEASONS[m["season"].lower()]
    return apply_date_mod(Parsed("DATE", f"{m['y']}-{season}"), m["dmod"])


_GENERIC_BEFORE_SEASON = re.compile(rf"(?<![\w-])(?:every|each|usually|always|often|generally|normally|"
                                    rf"is\s+best|are\s+best|at\s+(?:its|their)\s+best|an?\s+(?:{WEEKDAY}))(?![\w-])",
                                    re.IGNORECASE)
_BARE_SEASONS = "summer|winter|spring|autumn|Summer|Winter|Spring|Autumn"
_SEASON_TIME_PREPOSITIONS = frozenset("in during through throughout by until till since from before after "
                                      "last next this that every each all".split())


# a verb that takes a spring of water as its object, right before "the spring"
_WATER_SPRING_VERB = re.compile(r"(?<![\w-])(?:dug|digs?|digging|drank\s+from|drinks?\s+from|drinking\s+from|"
                                r"fenced|fences|fencing|piped|pipes|tapped|taps|fed\s+by|watered\s+at|"
                                r"water\s+from|filled\s+\w+\s+at|owns?|owned|sold|sells?|bought|buys?|"
                                r"found|finds?|cleaned|cleared|dammed|dams?)\s+\Z", re.IGNORECASE)
# "the house, the corral and the spring": a list of things with a noun right before
_THING_LIST_BEFORE = re.compile(r"(?<![\w-])the\s+(?!(?:summer|winter|autumn|fall|spring|year|month|week|day|"
                                r"night|morning|evening|afternoon|season|harvest|holidays?)\b)(?-i:[a-z]+)"
                                r"\s*(?:,|\s+and|\s+or)\s+\Z", re.IGNORECASE)


@rule(rf"{START}(?:the\s+)?(?P<season>{SEASON})\s+of\s+['’](?P<yy>\d{{2}})(?![\w'’-]|\s*s\b)", T_SEASON)
def season_short_year(m, text):
    """dates.v9: "the summer of ’71": that season of the year in the century the text has
    reached (1871 in an 1879 story), as "in ’49"."""
    season, yy = SEASONS[m["season"].lower()], int(m["yy"])

    def resolve(anchor, _news):
        if anchor is None:
            return None
        year = anchor[0] // 100 * 100 + yy
        if year > anchor[0] + 20:
            year -= 100
        return f"{year:04d}-{season}"

    return Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=None)


# words after a season that make it part of a name or a thing, not a time
_SEASON_COMPOUNDS = {"palace", "palaces", "garden", "gardens", "clothes", "clothing", "coat",
                     "coats", "uniform", "uniforms", "wheat", "crop", "crops", "sport", "sports",
                     "olympics", "games", "solstice", "equinox", "house", "residence", "resort",
                     "quarters", "fuel", "boots", "water", "waters", "chicken", "roll", "rolls"}
# words that may follow a time noun ("the future", "the spring") when it heads its own noun
# phrase; any other lower-case word after it makes the time a modifier ("the spring vote")
FOLLOWS_TIME_NOUN = {
    # dates.v7: words that open the clause after "Through the summer neither side could move"
    "neither", "nobody", "nothing", "none", "no", "both", "each", "everyone", "everybody",
    "someone", "somebody", "most", "many", "all", "few", "several", "even", "still", "already",
    "of", "and", "or", "but", "nor", "is", "was", "were", "are", "will", "would", "could",
    "might", "may", "must", "should", "can", "shall", "did", "does", "do", "had", "has", "have",
    "lay", "lies", "looked", "looks", "seemed", "seems", "held", "holds", "belongs", "belonged",
    "in", "for", "to", "with", "as", "than", "that", "which", "when", "where", "who", "whom",
    "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "these", "those",
    "there", "remained", "remains", "appeared", "appears", "depends", "depended", "be", "been",
    "not", "by", "on", "at", "from", "under", "without", "through", "if", "unless", "because",
    "before", "after", "until", "till", "since", "brought", "saw", "came", "comes", "went",
    "began", "begins", "wore", "found", "finds", "became", "becomes", "proved", "proves",
    "promised", "promises", "rests", "rested", "arrived", "arrives", "passed", "passes",
    "itself", "alone", "too", "also", "again", "his", "her", "their", "our", "its", "my",
    "your", "so", "yet", "then", "now", "there", "here", "ahead", "beyond", "onwards",
    "onward", "came", "fell", "ended", "ends", "wears", "drew", "draws", "turned", "into",
    "over", "against", "approached", "approaches", "set", "sets", "looms", "loomed",
}


def heads_own_phrase(text: str, end: int) -> bool:
    """Whether the time noun ending at ``end`` is not a modifier of a following noun."""
    following = re.match(r"\s*([A-Za-z][\w'’-]*)", text[end : end + 40])
    if not following or re.match(r"\s*[^\w\s]", text[end : end + 3]):
        return True  # punctuation, a quote or the end of the text
    word = following.group(1)
    if word[0].isupper():
        return word.lower() in FOLLOWS_TIME_NOUN
    return word in FOLLOWS_TIME_NOUN or word.endswith("ed") or word.endswith("ly")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (roughly: up to ". ", "? ", "! " or a line break) around a span."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    right = min([i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end),
                             text.find("! ", end)) if i >= 0] or [len(text)])
    return left + 1, right


def sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


def sentence_initial(text: str, start: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:;]\s*|[\"“‘'(\[]\s*|\n\s*)$", text[max(0, start - 10) : start]))


_SEASON_FUTURE_CUE = re.compile(r"\b(?:will|shall|would|should|going\s+to|'ll|’ll|plans?\s+to|"
                                r"tomorrow|next|coming)\b", re.IGNORECASE)


@rule(rf"{START}{DATE_MODIFIER}(?P<all>all\s+(?=(?:that\s+|this\s+|last\s+|the\s+)?{SEASON}\b))?(?:(?P<det>the\s+following|the\s+next|the\s+previous|"
      rf"the\s+preceding|the\s+same|the|that\s+(?:first|last)|that|this|last|next)\s+)?(?P<season>{SEASON})"
      r"(?!\w|\s+of\s+\d)", T_SEASON)
def season_relative(m, text):
    season_word = m["season"]
    word = season_word.lower()
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    bare = not (m["det"] or m["dmod"])
    after = re.match(r"\s+([\w'’-]+)", text[m.end() : m.end() + 40])
    next_word = after.group(1) if after else ""
    if next_word.lower() in _SEASON_COMPOUNDS:
        return None  # "the Winter Palace", "summer clothes"
    if season_word[0].isupper() and not season_word.isupper():
        if next_word[:1].isupper() or (bare and not sentence_initial(text, m.start())):
            return None  # a name: "the Winter Gardens", "Summer Olympics"
    pair_before = re.search(rf"([\w'’-]+)\s+(?-i:{_BARE_SEASONS})\s+(?:and|or)\s+\Z", text[max(0, m.start() - 40) : m.start()])
    if bare and ((re.match(rf"\s+(?:and|or)\s+(?-i:{_BARE_SEASONS})(?![\w-])", text[m.end() : m.end() + 20])
                  and previous_word(text, m.start()) not in _SEASON_TIME_PREPOSITIONS)
                 or (pair_before and pair_before.group(1).lower() not in _SEASON_TIME_PREPOSITIONS)):
        # dates.v9: "summer and winter, and day and night shall not cease": a pair of bare
        # seasons, without a preposition, names all the year's seasons, not one of them
        return None
    # dates.v15: "will be gone by spring", "until spring.": after a preposition of time, with the
    # phrase ending there, a bare "spring" is the season (not "by spring water", "in spring rolls")
    season_after_prep = (word == "spring" and previous_word(text, m.start()) in ("by", "until", "till", "before", "since", "in", "towards")
                         and re.match(r"\s*(?:[.,;:!?)\"”’—–]|$|(?:and|but|or|when|if|the|we|they|he|she|it|I)\b)", text[m.end() : m.end() + 8]) is not None)
    if bare and not season_after_prep:
        # a bare "spring" may be water, "fall" a verb; "a summer" is any summer
        if word in ("spring", "fall") or previous_word(text, m.start()) in (
                "a", "an", "one", "every", "each", "all", "whole", "nuclear", "indian"):
            return None
    if word in ("spring", "fall") and re.match(r"\s+of\b", text[m.end() :]):
        return None  # "the fall of" a regime, "the spring of" a movement
    if word == "spring" and m["det"] and not m["dmod"] and (
            _WATER_SPRING_VERB.search(text, max(0, m.start() - 20), m.start())
            or _THING_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        # dates.v9: water, not a season: the object of "dug", "drank from", "fenced"; or named in a
        # list of things ("the house, the corral and the spring")
        return None
    if word == "fall" and det in ("the", ""):
        return None
    season = SEASONS[word]
    step = {"the following": 1, "the next": 1, "next": 1, "the previous": -1,
            "the preceding": -1, "last": -1}.get(det, 0)
    anchoring = "deictic" if det in ("this", "last", "next", "") else "anaphoric"
    future = bool(_SEASON_FUTURE_CUE.search(sentence_around(text, m.start(), m.end())))
    # dates.v14: "had run a fever since the autumn" said in January, "had been ill since the
    # winter" said in June: a season a look back reaches is the last one begun, not one still
    # to come in the story's year (its own clause's tense, not its sentence's)
    since = det in ("the", "") and not m["dmod"] and bool(re.search(r"(?<![\w-])since\s+\Z", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE))
    # ("By the spring the apparatus had been purged": a deadline the story reaches, not a look back)
    deadline = bool(re.search(r"(?<![\w-])(?:by|until|till|before|after|towards?)\s+\Z", text[max(0, m.start() - 10) : m.start()],
                              re.IGNORECASE))
    looked_back = since or (det in ("the", "") and not m["dmod"] and not deadline and _own_clause_pluperfect(text, m.start(), m.end())
                            and clause_tense(text, m.start(), m.end()) != "future")

    def resolve(anchor, _news):
        if anchor is None:
            return None
        y, month = anchor[0], anchor[1]
        first_month, last_month = SEASON_MONTHS[season]
        if step > 0:
            y += 0 if month is not None and month < first_month else 1
        elif step < 0:
            y -= 0 if month is not None and month > last_month and season != "WI" else 1
        elif month is not None:
            if season == "WI" and month <= 2:
                y -= 1  # the winter a January or February belongs to began the year before
            elif looked_back and season == "WI" and month <= 11:
                y -= 1  # dates.v14: "ill since the winter", said in June: the one just gone
            elif looked_back and season != "WI" and month < first_month:
                y -= 1  # dates.v14: "a fever since the autumn", said in January: last year's
            elif season != "WI" and month > last_month and future:
                y += 1  # "would watch the spring vote", said in October
            elif season == "WI" and _news and 3 <= month <= 8 and not future and det in ("the", ""):
                y -= 1  # "the grain crisis of the winter", in May: the winter just past (dates.v8)
        return f"{y:04d}-{season}"

    if bare and not m["all"] and _GENERIC_BEFORE_SEASON.search(text, sentence_bounds(text, m.start(), m.end())[0], m.start()) \
            and re.search(r"(?<![\w-])in\s+\Z", text[max(0, m.start() - 4) : m.start()], re.IGNORECASE):
        # dates.v9: "It is best on a Sunday night in winter", "every morning in summer": the
        # season of a habit or a general truth is any year's
        return Parsed("DATE", f"XXXX-{season}")
    parsed = Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback=f"XXXX-{season}")
    if det == "the" and not m["dmod"] and clause_tense(text, m.start(), m.end()) == "future":
        # dates.v14: in news "the winter" ahead is told from the day of writing, as a year-less
        # month is ("would be kept open through the winter", in a paper of October 1909), not
        # from a year the column mentioned before
        parsed.anchoring = "deictic"
        parsed.year_less = True
        parsed.tense = "future"
    if det in ("the previous", "the preceding"):
        # dates.v14: "By the summer of 1928 ... The grain crisis of the previous winter had led
        # ... In July": a look back from where the story is; the story stays there
        parsed.moves_story = False
    # ("By the autumn Tomsky was ...": after a preposition a name that follows starts the clause)
    name_after_prep = bool(re.match(r"[ \t]+(?-i:[A-Z][a-z]+)\b", text[m.end() : m.end() + 30])) and bool(
        re.search(r"(?<![\w-])(?:in|during|by|towards|toward|until|till|since)\s+$", text[max(0, m.start() - 12) : m.start()],
                  re.IGNORECASE))
    if det in ("the", "") and not m["dmod"] and not heads_own_phrase(text, m.end()) and not name_after_prep:
        parsed.span = (m.start("season"), m.end())  # "the spring vote": the time is "spring"
        dated = re.match(r"\s+(?-i:[a-z]+)\s+of\s+(1\d{3}|20\d{2})(?![\w.,]\d|\w)", text[m.end() :])
        if dated:  # "the summer offensive of 1916"
            parsed.resolve, parsed.value = None, f"{dated.group(1)}-{season}"
    return apply_date_mod(parsed, m["dmod"])


@rule(rf"{START}{DATE_MODIFIER}(?:the\s+)?(?P<dec>1\d{{2}}|20\d)0(?:'|’)?s(?!\w)", T_DIGIT, ("0s", "0'", "0’"))
def decade(m, text):
    value = m["dec"]
    if value.endswith("0") and int(value) <= 190:  # "the 1800s" names a century
        value = value[:2]
    return apply_date_mod(Parsed("DATE", value), m["dmod"])


@rule(rf"{START}{DATE_MODIFIER}(?:the\s+)?['’](?P<dec>\d)0s(?!\w)"
      rf"|{START}{DATE_MODIFIER.replace('dmod', 'dmod2')}(?:the\s+)?['’]?(?P<word>"
      rf"{_alternatives(DECADE_WORDS)})(?!\w)", ("0s", *DECADE_WORDS))
def decade_short(m, text):
    modifier = m["dmod"] or m["dmod2"]
    if m["word"]:
        if previous_word(text, m.start()) in ("his", "her", "their", "my", "your", "our", "its"):
            return None  # an age: "in his early twenties"
        if not (modifier or m.group().lower().startswith("the")):
            return None
        tens = DECADE_WORDS[m["word"].lower()]
    else:
        tens = int(m["dec"])

    def resolve(anchor, _news):
        century = anchor[0] // 100 if anchor else 19
        return f"{century:02d}{tens}"

    parsed = Parsed("DATE", resolve=resolve, fallback=f"19{tens}")
    return apply_date_mod(parsed, modifier)


@rule(rf"{START}{DATE_MODIFIER}(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
      r"[\s-]+century(?!\w)(?!\s+(?:BC|B\.C\.|BCE)\b)", ("centur",))
def century(m, text):
    number = ordinal_value(m["ord"])
    if not 1 <= number <= 21:
        return None
    if re.search(r"(?<![\w-])(?:his|her|their|its|my|your|our|a|[\w’']+['’]s)\s+$", text[max(0, m.start() - 20) : m.start()],
                 re.IGNORECASE):
        return None  # "his first century", "Root's second century": a hundred runs, not an era (dates.v8)
    return apply_date_mod(Parsed("DATE", f"{number - 1:02d}"), m["dmod"])


# --- weekdays and holidays --------------------------------------------------------------------

_ARRANGED_FOR = re.compile(r"\b(?:fixed|set|planned|scheduled|arranged|timed|called)\s+for\s+(?:the\s+)?$",
                           re.IGNORECASE)
_PAST_MAIN_VERB = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_PRESENT_PLAN = re.compile(r"\b(?:am|is|are|leaves|goes|comes|begins|opens|meets|starts|arrives|returns|"
                           r"sails|travels|departs|holds|closes|ends|falls|expects|hopes|"
                           # dates.v9: a fixture's present, "Edinburgh host Zebre on Friday evening"
                           r"hosts?|faces?|visits?|plays?|travel|kicks?\s+off)\b", re.IGNORECASE)
# "The House rises on Friday", "Parliament sits on Monday", "he flies on Sunday": a name or a
# pronoun, then a verb in the present of the third person, then the weekday (dates.v7)
_PRESENT_THIRD_PERSON = re.compile(r"(?:\b(?-i:[A-Z][a-z]+)|\b(?:he|she|it))\s{1,3}(?-i:(?!(?:was|has|is|as|his|its|this|thus|us|yes|"
                                   r"always|perhaps|towards|news)\b)[a-z]{2,}[^s\W]s)\s{1,3}(?:on\s{1,3}|again\s{1,3}on\s{1,3})?\Z")
_PAST_HINT = re.compile(r"\b(?:was|were|had|did|ago|last)\b", re.IGNORECASE)
# "is to meet again on", "are due to sail on": the present of an arrangement, ahead
_PUT_OFF_UNTIL = re.compile(r"\b(?:remanded|adjourned|postponed|deferred|put\s+off|stood\s+over|held\s+over|"
                            r"reserved|extended|prorogued|suspended)(?:\s+(?:again|once\s+more|\w+ly))?"
                            r"\s+(?:till|until|to)\s+(?:next\s+)?\Z", re.IGNORECASE)
_BE_TO_BEFORE = re.compile(r"\b(?:is|are|am)\s{1,3}(?:due\s{1,3})?to\s{1,3}(?-i:[a-z]+)\b[^.;:!?]{0,25}$", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|going\s+to|'ll|’ll|plans?\s+to|tomorrow|next)\b",
                         re.IGNORECASE)


@rule(rf"{START}(?:(?P<daymod>early|late)\s+on\s+)?(?:(?P<rel>last|next|this|that|coming|"
      rf"the\s+following|the\s+next|the\s+previous|the\s+same)\s+)?(?P<wd>{WEEKDAY})(?P<plural>s)?"
      r"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<podplural>s)?)?(?:\s+(?P<post>next(?=\s*[,.;:]|\s+at\s)|first(?=\s*[,.;:]|\s+(?:at|the)\s)|last(?=\s*[,.;:]|\s+at\s|\s+(?!(?:week|month|year|night|time|minute|moment|"
      r"summer|winter|spring|autumn|of|to|one|two|three|few|several|days?|weeks?|months?|years?)\b)(?-i:[a-z]+)\b)))?(?P<week>\s+(?:week|fortnight)(?![\w-]))?"
      r"(?P<afterthat>\s+(?P<ba>after|before)(?:\s+(?:that|it)(?![\w-])|(?=\s*[,.;:!?)])))?(?!\w)", T_WEEKDAY)
def weekday(m, text):
    """A weekday is the one nearest its anchor in the direction the clause's tense points:
    "will meet on Friday" the coming Friday, "met on Friday" the last one (HeidelTime). A part
    of the day after it ("Wednesday evening") changes the value's grain, not the day.
    dates.v16: a weekday with a part of the day is a day after a capitalised name too."""
    index = [w.lower() for w in WEEKDAYS].index(m["wd"].lower())
    if not (m["rel"] or m["daymod"]) and named_weekday(text, m.start()) and not (
            m["pod"] and not m["podplural"] and text[max(0, m.start() - 30) : m.start()].split()[-1] not in _FEAST_WORDS):
        # dates.v16: but a part of the day makes it a day after any name but a feast's
        # ("entertained the Aid Society Wednesday afternoon"; not "Easter Sunday morning")
        return None  # a name: "Bloody Sunday", "Good Friday"
    if not (m["rel"] or m["daymod"] or m["pod"] or m["plural"]) and _NAME_AFTER_WEEKDAY.match(text, m.end()) and \
            re.search(r"(?<![\w-])the\s+$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE):
        return None  # a title: "the Sunday Worker", "the Saturday Review"
    if m["plural"] or m["podplural"]:  # "Sundays", "on Thursday evenings"
        if m["daymod"]:
            return None
        part = PART_OF_DAY[m["pod"].lower()] if m["pod"] else ""
        return Parsed("SET", f"XXXX-WXX-{index + 1}{part}",
                      span=(m.start(), m.start("week")) if m["week"] else None)
    # "on Monday next", "on Sunday last": the old newspaper order
    relation = re.sub(r"\s+", " ", (m["rel"] or m["post"] or "").lower())
    # (dates.v12: the Scottish "Wednesday first" is the coming Wednesday)
    direction = {"last": -2, "the previous": -2, "next": 2, "the following": 2, "the next": 2,
                 "coming": 1, "first": 1}.get(relation)
    # dates.v9: "on Thursday week": the coming Thursday and a week on
    week_on = (14 if m["week"].strip().lower() == "fortnight" else 7) if (
        m["week"] and not m["rel"] and not m["post"] and not m["pod"] and not m["plural"]) else 0
    if week_on:
        direction = 1
    if direction is None:
        tense = clause_tense(text, m.start("wd"), m.end())
        left, right = sentence_bounds(text, m.start(), m.end())
        if _BE_TO_BEFORE.search(text, max(left, m.start() - 40), m.start()):
            tense = "future"  # "is to meet again on Thursday": an arrangement ahead
        if _PUT_OFF_UNTIL.search(text, max(left, m.start() - 40), m.start()):
            tense = "future"  # dates.v15: "The case was remanded until Friday": a day ahead of the hearing
        if tense == "future" and _ARRANGED_FOR.search(text, max(left, m.start() - 40), m.start("wd")) and (
                _PAST_MAIN_VERB.search(text, m.end(), right)):
            tense = "past"  # "His departure, fixed for Monday evening ..., was put off"
        if tense is None:  # no tense cue in the clause: the old window test
            sentence = text[max(0, m.start() - 80) : m.end() + 40]
            tense = "future" if _FUTURE_CUE.search(sentence) else None
            if tense is None:
                # "Rakovski leaves for Astrakhan on Saturday", "Sunday is Bill's birthday": the
                # present tense of a plan looks ahead; else the past.
                clause = text[max(left, m.start() - 60) : min(right, m.end() + 40)]
                tense = "future" if (_PRESENT_PLAN.search(clause) or _PRESENT_THIRD_PERSON.search(
                    text, max(left, m.start() - 40), m.start())) and not _PAST_HINT.search(clause) else "past"
        direction = 1 if tense == "future" else -1
    anchoring = "anaphoric" if relation in ("that", "the following", "the next",
                                             "the previous", "the same") else "deictic"
    if m["afterthat"]:
        if m["plural"] or m["podplural"]:
            return None
        # "on the Monday after that": the first such day after the one just named (dates.v7);
        # dates.v13: "after it" too, and "the Sunday before" the first such day before it
        if m["ba"] == "after":
            direction, relation, anchoring = 2, "the following", "anaphoric"
        else:
            direction, relation, anchoring = -2, "the previous", "anaphoric"
    # Narration, not a character's or a letter-writer's words ("“I landed on Tuesday”", "We
    # arrived on Monday"), nor "since Sunday": only there does the story's order hold.
    paragraph_start = text.rfind("\n", 0, m.start()) + 1
    opened = text[paragraph_start : m.start()]
    in_quotation = opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1
    clause_start = max(text.rfind(".", 0, m.start()), paragraph_start - 1) + 1
    first_person = re.search(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]our|[Yy]ou)\b", text[clause_start : m.start()]) is not None
    narrated = not in_quotation and not first_person and not re.search(r"\bsince\s+$", text[max(0, m.start() - 8) : m.start()])

    def resolve(anchor, is_news):
        if anchor is None or anchor[2] is None:
            return None
        base = datetime.date(*anchor)
        if relation == "this":
            # dates.v9: "this Sunday" is the Sunday of the anchor's week (Monday to Sunday), as
            # HeidelTime reads it, whatever the tense ("Eighty-five years ago this Sunday")
            return (base + datetime.timedelta(days=index - base.weekday())).isoformat()
        # A story told in the past moves forward: "On Saturday, 6 April ... On Monday he
        # presented himself" is the Monday after (news looks back from its dateline).
        # (dates.v9: not from a dated heading, the day the writer speaks from: "Constantinople,
        # 5 March 1929. Trotsky moved on Saturday" is 2 March)
        step = (1 if direction == -1 and not is_news and not relation and narrated
                and not isinstance(anchor, SpeakingDay) else direction)
        if step > 0:
            delta = (index - base.weekday()) % 7
            delta = delta or (7 if step == 2 else 0)
        else:
            delta = -((base.weekday() - index) % 7)
            delta = delta or (-7 if step == -2 else 0)
        return (base + datetime.timedelta(days=delta + week_on)).isoformat()

    parsed = Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback=f"XXXX-WXX-{index + 1}")
    if not (m["rel"] or m["daymod"]) and re.search(r"(?<![\w-])the[ \t]$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE) \
            and (m["pod"] or heads_own_phrase(text, m.end())):
        # (dates.v7: not before the noun it modifies, "by the Tuesday mail" -> "Tuesday")
        # "held on the Sunday", "On the Friday the CNT leader ...": the article picks the day out
        parsed.span = (m.start() - 4, m.end())
    if m["week"] and not week_on:  # ("Sundays week" is no day: the weekday alone)
        parsed.span = ((parsed.span or (m.start(), m.end()))[0], m.start("week"))
    if m["pod"]:
        parsed = make_time(parsed, PART_OF_DAY[m["pod"].lower()])
        parsed.fallback = f"XXXX-WXX-{index + 1}{PART_OF_DAY[m['pod'].lower()]}"
    if m["daymod"]:  # "late on Wednesday": that day, mod END (as "late on 21 June")
        parsed.mod = "START" if m["daymod"].lower() == "early" else "END"
    return parsed


def named_weekday(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` ends a capitalised name ("Bloody Sunday", "Black
    Thursday", "Good Friday"): a capitalised word before it on its line that is no
    preposition or conjunction ("On Sunday", "By Friday", "For Thursday")."""
    before = text[max(0, start - 30) : start]
    # dates.v11: a place after a preposition ends before the day: "preached at Netawaka Sunday",
    # "went to Kansas City Monday" (an American country paper's way; not "from Easter Sunday")
    place = re.search(r"(?<![\w-])(?-i:at|to|in|from|into|near)[ \t]+(?:(?-i:[A-Z][\w'’.-]*)[ \t]+){1,3}$", before)
    if place and before.split()[-1] not in _FEAST_WORDS:
        return False
    # (a possessive name too: "Women's Sunday", "Citizens’ Monday")
    return bool(re.search(r"(?-i:[A-Z][a-z]+)(?:['’]s?)?[ \t]+$", before)) and not re.search(
        r"\b(?-i:On|By|For|Until|Since|From|Before|After|Last|Next|Till|Every|Each|This|That|"
        r"Early|Late|And|Or|But|Then)[ \t]+$", before)


# Words that make a weekday a feast or a day of history: "Easter Sunday", "Black Monday".
_FEAST_WORDS = frozenset(
    "Easter Palm Good Ash Whit Low Trinity Shrove Holy Black Bloody Red Blue Super Cyber Mothering "
    "Remembrance Passion Maundy Plough Quinquagesima Septuagesima Sexagesima Rose Laetare Gaudete "
    "Advent Hock Egg Spy Fat Clean Great Lazarus Orthodox Women's Citizens'".split()
)


# a capitalised word after "the Sunday" that makes it a title, not a day or a part of it
_NAME_AFTER_WEEKDAY = re.compile(rf"[ \t]+(?!(?:{_case_sensitive(MONTHS)})\b|(?-i:Morning|Afternoon|Evening|Night)\b)"
                                 r"(?-i:[A-Z][a-z]+)")


_HOLIDAYS = {"midsummer": "06-24", "michaelmas": "09-29", "lady day": "03-25", "candlemas": "02-02",
             "martinmas": "11-11", "midsummer day": "06-24",
             # dates.v16: "On Michaelmas Day, 1858" (the quarter days with their "Day")
             "michaelmas day": "09-29", "candlemas day": "02-02", "martinmas day": "11-11", "boxing day": "12-26",
             "anzac day": "04-25", "all saints' day": "11-01", "twelfth night": "01-05",
             "christmas eve": "12-24", "christmas day": "12-25", "christmas": "12-25",
             "new year's eve": "12-31", "new year's day": "01-01", "new year's": "01-01",
             "new year": "01-01", "may day": "05-01", "armistice day": "11-11",
             "bastille day": "07-14", "international women's day": "03-08"}


def easter(year: int) -> datetime.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day_number = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day_number + 1)


# movable feasts: days after Easter Sunday (dates.v7)
_EASTER_OFFSETS = {"whitsun": 49, "whitsuntide": 49, "whit sunday": 49, "whit-sunday": 49, "pentecost": 49,
                   "whit monday": 50, "whit-monday": 50, "good friday": -2, "easter monday": 1,
                   "ascension day": 39, "shrove tuesday": -47, "ash wednesday": -46, "palm sunday": -7,
                   "maundy thursday": -3, "trinity sunday": 56}
_MOVABLE_FEAST = (r"Whitsuntide|Whitsun|Whit[\s-]+(?:Sunday|Monday)|Pentecost|Good\s+Friday|Easter\s+Monday|"
                  r"Ascension\s+Day|Shrove\s+Tuesday|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Trinity\s+Sunday")


@rule(rf"{START}(?P<name>(?-i:{_MOVABLE_FEAST}|Michaelmas(?:\s+Day)?|Lady\s+Day|Candlemas(?:\s+Day)?|Martinmas(?:\s+Day)?|Midsummer(?:\s+Day)?|Easter(?:\s+(?:Sunday|Day))?|"
      r"Boxing\s+Day|Anzac\s+Day|All\s+Saints['’]\s+Day|Twelfth\s+Night|Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|"
      r"(?-i:the|The)\s+New\s+Year(?![\w'’])|"
      r"New\s+Year\s+Day|May\s+Day|Armistice\s+Day|Bastille\s+Day|International\s+Women['’]s\s+"
      rf"Day))(?:,?\s+(?:of\s+)?{year('y')}{YEAR_END}|(?P<next>\s+next)(?=\s*[,.;:!?)]|\s+(?:or|and|but)\b)|"
      r"\s+(?P<rely>next|last|this)\s+year(?![\w-]))?(?!\w)",
      ("christmas", "new year", "may day", "armistice", "bastille", "women", "michaelmas",
        "lady day", "candlemas", "martinmas", "midsummer", "boxing day", "anzac", "all saints",
        "twelfth night", "easter", "whit", "pentecost", "good friday", "ascension", "shrove", "ash wednesday",
        "palm sunday", "maundy", "trinity sunday"))
def holiday(m, text):
    key = re.sub(r"\s+", " ", m["name"].lower().replace("’", "'")).replace("new year day",
                                                                              "new year's day")
    key = key.removeprefix("the ")  # "by the New Year": the first of January
    if re.match(r"\s+(?-i:[A-Z])", text[m.end() :]) and not m["y"]:
        return None  # "the Easter Rising", "May Day Parade": a feast naming something else
    if m["rely"]:
        # "at Michaelmas next year": the feast in the year counted from the anchor (dates.v7)
        step = _RELATIVE_YEAR_STEP[m["rely"].lower()]
        is_easter = key.startswith("easter") or key in _EASTER_OFFSETS
        offset = _EASTER_OFFSETS.get(key, 0)

        def resolve_year(anchor, _news):
            if anchor is None:
                return None
            y = anchor[0] + step
            if is_easter:
                return (easter(y) + datetime.timedelta(days=offset)).isoformat()
            return f"{y:04d}-{_HOLIDAYS[key]}"

        return Parsed("DATE", resolve=resolve_year, anchoring="deictic", moves_story=False)
    recurrent = not m["y"] and not m["next"] and recurring(text, m.start())
    if key.startswith("easter") or key in _EASTER_OFFSETS:
        if recurrent:
            return Parsed("DATE", None)  # "twice a year, at Easter": any year's, no day to give
        return _easter(m, text, _EASTER_OFFSETS.get(key, 0))
    suffix = "-" + _HOLIDAYS[key]
    if m["y"]:
        return Parsed("DATE", m["y"] + suffix)
    if recurrent:
        return Parsed("DATE", "XXXX" + suffix)  # "remembered every year on Anzac Day"
    side = "future" if m["next"] else _feast_side(m, text)  # "at Michaelmas next": the coming one
    if side is None and _spoken(text, m.start()):
        # "“Mother, he wrote at Christmas,” said Jasper" on 14 October: a character's feast in the
        # past tense is the last one, in the future the coming one (dates.v8)
        tense = clause_tense(text, m.start(), m.end())
        if _FUTURE_IN_PAST.search(text, max(0, m.start() - 60), m.start()):
            tense = None  # "He was to sail at Lady Day": a plan, not a look back
        side = tense if tense in ("past", "future") else None
    if side is None:
        parsed = Parsed("DATE", **underspecified(suffix, "XXXX" + suffix, clause_tense(text, m.start(), m.end())))
        if re.search(r"\bafter\s+$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
            parsed.moves_story = False  # "to go up to Poona after Christmas": a horizon (dates.v7)
        if _PLANNED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            # dates.v16: "wrote that he would be home for Christmas": a plan, the story stays on its day
            parsed.moves_story = False
        return parsed
    month, day_number = int(suffix[1:3]), int(suffix[4:6])

    def resolve(anchor, _news):
        if anchor is None or anchor[1] is None:
            return year_of(anchor, suffix)  # "sailed in 1915 and was home by Michaelmas"
        year = anchor[0]
        # dates.v12: a month with no day keeps its own feast ("March, 1852, two days before Lady
        # Day" is 1852's Lady Day, not the next year's)
        here = (anchor[1], anchor[2] or (31 if side == "past" else 1))
        if side == "past" and (month, day_number) > here:
            year -= 1
        elif side == "future" and (month, day_number) < here:
            year += 1
        return f"{year:04d}{suffix}"

    # "since Christmas" counts back from now, not from a year the paragraph compared (dates.v7)
    return Parsed("DATE", resolve=resolve, anchoring="deictic", borrows=True, fallback="XXXX" + suffix,
                  year_less=_feast_side(m, text) != "past", tense=side,
                  moves_story=False)


_PLANNED_BEFORE = re.compile(r"\b(?:would|should|will|shall)\s+(?:\w+\s+){0,5}(?:for|at|by|till|until)\s+\Z", re.IGNORECASE)
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were)\s+(?:to|due\s+to|going\s+to|meant\s+to)\b[^.;:!?“”\"]*\Z", re.IGNORECASE)


def _spoken(text: str, start: int) -> bool:
    """Whether ``start`` is inside a quotation opened earlier in its paragraph."""
    opened = text[text.rfind("\n", 0, start) + 1 : start]
    return opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1


def _feast_side(m, text) -> str | None:
    """The side of its anchor a feast's preposition points to: "since Christmas" the last one
    ("past"), "before"/"until"/"till"/"by Christmas" the coming one ("future"), else None."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\bsince\s+$", before):
        return "past"
    if re.search(r"\b(?:before|until|till|by)\s+$", before):
        return "future"
    return None


def _easter(m, text, offset=0):
    """Easter moves with the year: the one the anchor's year has, on the side the clause
    points to ("by Easter we shall be forgotten": the coming one). dates.v7: so do the feasts
    counted from it ("since Whitsuntide" is Easter + 49 days, "Good Friday" Easter - 2)."""
    def feast(year):
        return easter(year) + datetime.timedelta(days=offset)

    if m["y"]:
        return Parsed("DATE", feast(int(m["y"])).isoformat())
    side = ("future" if m["next"] else None) or _feast_side(m, text) or clause_tense(text, m.start(), m.end())

    def resolve(anchor, is_news):
        if anchor is None:
            return None
        year = anchor[0]
        if anchor[1] is not None and side in ("past", "future"):
            here = datetime.date(year, anchor[1], anchor[2] or 1)
            if side == "past" and feast(year) > here:
                year -= 1
            elif side == "future" and feast(year) < here:
                year += 1
        return feast(year).isoformat()

    return Parsed("DATE", resolve=resolve, anchoring="deictic", borrows=True, fallback=None,
                  year_less=_feast_side(m, text) != "past", tense=side,
                  moves_story=False)




@rule(r"(?<![\w-])the\s+(?:whole|entire)\s+(?P<unit>day|week|fortnight|month|year)(?![\w'’-]|\s+(?:of\b|\d))",
      ("whole", "entire"))
def the_whole_unit(m, text):
    """dates.v14: "He sat through the whole fortnight and said nothing": all of one unit, a
    length (not "the whole year of 1925", "the whole day of rest")."""
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])))

@rule(rf"{START}(?P<name>(?-i:Thanksgiving)(?:\s+(?-i:Day))?)(?:,?\s+{year('y')}{YEAR_END})?(?![\w-])", ("thanksgiving",))
def thanksgiving(m, text):
    """dates.v14: (American) Thanksgiving moves with the year: the last Thursday of November
    until 1938, the fourth from 1939 on; "until Thanksgiving" is the coming one, "since
    Thanksgiving" the last."""
    if re.match(r"\s+(?-i:[A-Z])", text[m.end() :]) and not m["y"]:
        return None  # "Thanksgiving Proclamation": a feast naming something else

    def day_in(y):
        thursdays = [d for d in range(1, 31) if datetime.date(y, 11, d).weekday() == 3]
        return f"{y:04d}-11-{(thursdays[-1] if y < 1939 else thursdays[3]):02d}"

    if m["y"]:
        return Parsed("DATE", day_in(int(m["y"])))
    side = _feast_side(m, text)

    def resolve(anchor, _news):
        if anchor is None:
            return None
        y = anchor[0]
        if anchor[1] is not None:
            if side == "past" and anchor[1] < 11:
                y -= 1
            elif side == "future" and anchor[1] == 12:
                y += 1
        return day_in(y)

    return Parsed("DATE", resolve=resolve, fallback="XXXX-11", moves_story=side != "future")

@rule(rf"{START}(?:the\s+)?(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})\s+anniversary(?!\w)", ("anniversar",))
def anniversary(m, text):
    """"the tenth anniversary of the 1917 revolution" is 1927; "the tenth anniversary of the
    October revolution" takes the date the same sentence gives it ("On 7 November 1927,
    during the celebration of ..."), and is null when the sentence gives none."""
    number = ordinal_value(m["ord"])
    _, sentence_end = sentence_bounds(text, m.start(), m.end())
    event_year = re.match(r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?"
                          r"(1\d{3}|20\d{2})(?!\w)", text[m.end() : sentence_end])
    if event_year:
        return Parsed("DATE", f"{int(event_year.group(1)) + number:04d}")
    return Parsed("DATE", None, takes_sentence_date=True)


# --- relative and anaphoric expressions -----------------------------------------------------

_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")

_RELATIVE_STEP = {"the following": 1, "the next": 1, "the subsequent": 1, "the succeeding": 1,
                  "next": 1, "the previous": -1, "the preceding": -1, "the prior": -1,
                  "last": -1, "that": 0, "the same": 0, "this": 0}


@rule(r"(?<![\w-])(?:(?P<prep>within|over|for|throughout)\s+)?(?P<span>(?:the\s+)?(?P<det>next|"
      r"past|last|coming|following|previous)\s+(?P<unit>year|month|week|day|decade|century|"
      r"fortnight|hour|minute))(?![\w-])", T_UNIT)
def the_next_unit(m, text):
    """"within the next fortnight", "over the past year": a length of time (DURATION P2W,
    P1Y) after "within/over/for"; "the next fortnight" is always one. dates.v7: "the past year"
    is one with any preposition or none ("in the past month", "spent the past week"), and so is
    "the last decade" after "in", "during" or "spent" (not "the last week of May")."""
    unit = m["unit"].lower()
    det = m["det"].lower()
    if det == "past" and m["span"].lower().startswith("the") and not _POSSESSIVE_AFTER.match(text, m.end()):
        return Parsed("DURATION", duration_value(1, unit), span=m.span("span"))
    if (det == "last" and unit != "day" and m["span"].lower().startswith("the")
            and re.search(r"(?<![\w-])(?:in|during|spent|spend|spends|spending)\s{1,3}$", text[max(0, m.start() - 12) : m.start()], re.IGNORECASE)
            and not re.match(r"\s+of\b|['’]", text[m.end() :])):
        return Parsed("DURATION", duration_value(1, unit), span=m.span("span"))
    if not (m["prep"] or unit == "fortnight") or (det == "last" and unit == "day"):
        return None
    if det in ("next", "last") and not m["span"].lower().startswith("the") and unit not in ("hour", "minute"):
        return None  # "For next week, read chapter 9": without "the" the week itself, a DATE (dates.v8)
    return Parsed("DURATION", duration_value(1, unit), span=m.span("span"))


@rule(r"(?<![\w-])(?:before|by|until|till|ere)\s+(?P<the>the\s+(?P<unit>month|year|week))\s+(?:was|is|had\s+been|has\s+been)\s+"
      r"(?:out|over|done|gone|ended)(?![\w-])", ("month", "year", "week"))
def unit_running_out(m, text):
    """dates.v9: "Lenin died before the month was out": the month (year, week) the story is in,
    anaphoric; the span is "the month"."""
    unit = m["unit"].lower()
    return Parsed("DATE", **relative(unit, 0, "anaphoric"), span=m.span("the"))


@rule(rf"{START}{DATE_MODIFIER}(?:(?P<side>earlier|later)\s+(?=this|that))?(?P<det>the\s+"
      r"(?:following|next|subsequent|succeeding|previous|preceding|prior|same)|(?<!the\s)(?:that|"
      r"this|last|next))\s+(?:very\s+)?(?P<unit>year|month|week|day|decade|century)(?!\w)", T_UNIT)
def relative_unit(m, text):
    """"the following year", "last month", "earlier this month" (the month: "earlier" places
    the event inside it, as TimeBank annotates it, with no mod). (dates.v14: "this very year",
    "that very day": the same, with emphasis.)"""
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["unit"].lower()
    if det == "last" and unit == "day":  # "last day" is not "yesterday"
        return None
    anchoring = "deictic" if det in ("this", "last", "next") and unit != "day" else "anaphoric"
    parsed = Parsed("DATE", **relative(unit, _RELATIVE_STEP[det], anchoring))
    return apply_date_mod(parsed, m["dmod"])


@rule(r"(?<![\w$£€¥₽#@&])(?P<dmod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|"
      r"first\s+half|second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part|"
      r"last\s+part)\s+of\s+)the\s+(?P<unit>year|month|decade|century|week)(?!\w)", T_UNIT)
def part_of_the_unit(m, text):
    """"the end of the year": the year last mentioned; in news, unless the clause is in the
    past tense, the year of the publication date ("should be finished by the end of the year")."""
    anchoring = "anaphoric" if clause_tense(text, m.start(), m.end()) == "past" else "deictic"
    return apply_date_mod(Parsed("DATE", **relative(m["unit"].lower(), 0, anchoring)),
                          m["dmod"])


@rule(r"(?<![\w])the\s+(?P<unit>year|month|week|day)\s+(?P<dir>before|after|earlier|later)"
      r"(?=\s*[.,;:!?)\]]|\s*$)", T_UNIT, ("before", "after", "earlier", "later"))
def the_unit_before(m, text):
    step = -1 if m["dir"].lower() in ("before", "earlier") else 1
    return Parsed("DATE", **relative(m["unit"].lower(), step, "anaphoric"))


@rule(r"(?<![\w])the\s+(?P<part>night|evening|morning|afternoon)\s+(?P<dir>before|after)(?=\s*[.,;:!?)\]]|\s*$)",
      T_PART, ("before", "after"))
def the_part_before(m, text):
    """dates.v15: "whose telegraph link had failed the night before": the part of the day one
    day back (or on, "the morning after") from the day in view (as "the day before")."""
    step = -1 if m["dir"].lower() == "before" else 1
    suffix = PART_OF_DAY[m["part"].lower()]
    # (a glance back or ahead: the story stays on its day, "... arrived at around 2.45 p.m.")
    return Parsed("TIME", resolve=day_with_suffix(lambda a, n: shift(a, "day", step), suffix),
                  anchoring="anaphoric", fallback="XXXX-XX-XX" + suffix, moves_story=False)


@rule(r"(?<![\w])the\s+day\s+(?:(?P<after>after\s+(?:tomorrow|to-morrow))|before\s+yesterday)(?!\w)", ("tomorrow", "to-morrow", "yesterday"))
def day_after_tomorrow(m, text):
    """dates.v13: "the day after to-morrow" is two days on, "the day before yesterday" two back."""
    step = 2 if m["after"] else -2
    return Parsed("DATE", resolve=lambda anchor, is_news: shift(anchor, "day", step), anchoring="deictic")


# dates.v15: "sat late yesterday", "worked late to-night": a lasting verb takes "late" itself
_LASTING_VERB_BEFORE = re.compile(r"(?<![\w-])(?:sat|sit|sits|sitting|stayed|stay|stays|staying|worked|work|works|working|"
                                  r"up|remained|kept|talked|lasted|ran|danced|slept|read|wrote|waited|continued)\s+\Z",
                                  re.IGNORECASE)


@rule(r"(?<![\w])(?:(?P<daymod>late|early)\s+)?(?P<word>today|yesterday|tomorrow|tonight|to-day|to-morrow|to-night)(?!\w)",
      ("today", "yesterday", "tomorrow", "tonight", "to-day", "to-morrow", "to-night"))
def deictic_day(m, text):
    word = m["word"].lower().replace("-", "")  # "to-day" is the older spelling
    # dates.v15: "stepped ashore here late to-day": that day, mod END (as "late on Wednesday"),
    # unless the verb before is one that lasts ("sat late to-day": the sitting ran late)
    mod = {"late": "END", "early": "START"}.get((m["daymod"] or "").lower())
    span = None
    if mod and _LASTING_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        mod, span = None, (m.start("word"), m.end())
    step = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    # in a character's words ("“You have seen history today,” he said") "today" is the day the
    # story has reached, not the narrator's present
    paragraph_start = text.rfind("\n", 0, m.start()) + 1
    opened = text[paragraph_start : m.start()]
    spoken = opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1

    def resolve(anchor, is_news):
        if word == "today" and not is_news:
            return shift(anchor, "day", 0) or "PRESENT_REF" if spoken else "PRESENT_REF"
        return shift(anchor, "day", step)

    fallback = "PRESENT_REF" if word in ("today", "tonight") else None
    parsed = Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=fallback, mod=mod, span=span)
    if word == "tonight":
        parsed = Parsed("TIME", resolve=day_with_suffix(lambda a, n: shift(a, "day", 0), "TNI"),
                        anchoring="deictic", fallback="XXXX-XX-XXTNI", mod=mod, span=span)
    return parsed


@rule(r"(?<![\w])(?:(?P<daymod>late|early)\s+)?(?P<det>this|that|the\s+same|the\s+following|the\s+next|the\s+previous|"
      r"yesterday|to-?morrow|(?<!the\s)last)\s+(?P<part>morning|afternoon|evening|night)(?!\w)", T_PART)
def part_of_day(m, text):
    """"this morning", "the next evening"; "last night" is the night before ("the last night
    of the congress" is not a date)."""
    det = re.sub(r"\s+", " ", m["det"].lower()).replace("to-morrow", "tomorrow")  # the older spelling
    if det == "last" and m["part"].lower() not in ("night", "evening"):
        return None  # "last morning" is not said ("the last morning" is excluded above)
    step = {"the following": 1, "the next": 1, "tomorrow": 1, "the previous": -1,
            "yesterday": -1, "last": -1}.get(det, 0)
    anchoring = "deictic" if det in ("this", "yesterday", "tomorrow", "last") else "anaphoric"
    suffix = PART_OF_DAY[m["part"].lower()]
    # "till late last night": the part of the day with mod END, "early this morning" START (dates.v8)
    mod = {"late": "END", "early": "START"}.get((m["daymod"] or "").lower())
    span = None
    if m["daymod"] and not re.search(r"(?:(?<![\w-])(?:till|until|by|from|since)\s+|(?:\A|[.!?]\s+|\n\s*))\Z",
                                     text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
        # "The Chamber sat late last night": "late" goes with the verb; "till late last night",
        # "Early this morning, ..." keep it
        mod, span = None, (m.start("det"), m.end())
    return Parsed("TIME", mod=mod, span=span, resolve=day_with_suffix(lambda a, n: shift(a, "day", step), suffix),
                  anchoring=anchoring, fallback="XXXX-XX-XX" + suffix)


# "Now, the politics.", "Now, here's the question", "AYDIN: It is. Now, the Turks were ...": a
# speaker's "Now," opening a sentence before a topic or a turn is a discourse marker, not the
# present ("Now, like Orwell's pig, ..." stays the time)
_DISCOURSE_NOW_AFTER = re.compile(r",\s{1,3}(?:the|here|here['’]s|let|let['’]s|so|what|listen|look|well|then)\b",
                                  re.IGNORECASE)


@rule(r"(?<![\w-])(?:(?P<now>now|nowadays|currently)(?P<on>\s+on(?:wards?)?(?![\w-]))?|(?P<the>the\s+present(?:\s+day|\s+time|(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|or|but|is|was)\b)))"
      r"|at\s+(?P<present>present))(?![\w-])", ("now", "currently", "present"))
def present(m, text):
    if (m["now"] and not m["on"] and _DISCOURSE_NOW_AFTER.match(text, m.end())
            and re.search(r"(?:\A|[.!?:]\s{1,3}|\n\s*)\Z", text[max(0, m.start() - 4) : m.start()])):
        return None
    if m["now"] and m["now"].lower() == "now" and text[max(0, m.start() - 1) : m.start()] == "(" and re.match(r"\s(?-i:[A-Z])", text[m.end() : m.end() + 2]):
        return None  # "Plevna (now Pleven)": a place's present name, no time (dates.v10)
    span = m.span("present") if m["present"] else None
    if m["on"]:
        if previous_word(text, m.start()) == "from":  # "From now on": ON_OR_AFTER
            return Parsed("DATE", "PRESENT_REF", "ON_OR_AFTER")
        span = m.span("now")  # "now on the agenda"
    return Parsed("DATE", "PRESENT_REF", span=span)


@rule(r"(?<![\w-])(?:(?P<recently>recently|lately)|(?P<recent>recent\s+(?:years|months|weeks|"
      r"decades|times))|(?P<past>the\s+past)(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|or|but|is|was|"
      r"has|had|to|that|which|when|he|she|they|it|we|I)\b))(?![\w-])", ("recent", "lately", "past"))
def reference(m, text):
    return Parsed("DATE", "PAST_REF")


@rule(r"(?<![\w-])(?:(?P<the>the\s+(?:(?:very\s+|not\s+too\s+|not-too-)?(?:immediate|near|"
      r"distant|foreseeable|remote|coming|long-term|short-term|long\s+term|short\s+term)\s+|"
      r"(?-i:[A-Z][a-z]+)\s+)?)|(?<=\bin\s)|(?<=\bIn\s))future(?![\w-])", ("future",))
def future(m, text):
    """"the future", "the immediate future", "the Soviet future", "in future" - not the
    adjective ("the future leader")."""
    if not heads_own_phrase(text, m.end()) and not re.match(r"\s+of\b", text[m.end() :]):
        return None
    return Parsed("DATE", "FUTURE_REF")


@rule(r"(?<![\w-])(?:the\s+)?(?:years|months|weeks|days|decades|centuries|generations)\s+to\s+"
      r"come(?![\w-])", ("come",))
def to_come(m, text):
    """"the years to come"."""
    return Parsed("DATE", "FUTURE_REF")


@rule(r"(?<![\w-])(?:(?:not\s+)?(?:so\s+|very\s+)?long\s+ago|a\s+long\s+time\s+ago)(?![\w-])"
      r"|(?<![\w-])then(?=,?\s+(?:as|and)\s+now\b)|(?<=\bnow as )then(?![\w-])", ("ago", "then"))
def long_ago(m, text):
    """"long ago", "a long time ago"; "then" in "then as now" (the past set against now)."""
    return Parsed("DATE", "PAST_REF")


@rule(r"(?<![\w-])(?P<det>these|those)\s+(?P<unit>years|months|decades|days)(?![\w-])",
      ("these", "those"))
def these_years(m, text):
    """"these years" is a stretch the text has in mind: DATE with no value; "these days" is
    the present."""
    det, unit = m["det"].lower(), m["unit"].lower()
    if unit == "days":
        return Parsed("DATE", "PRESENT_REF") if det == "these" else None
    return Parsed("DATE", None)


_ADVERB_DIRECTIONS = {"later": 1, "after": 1, "afterwards": 1, "afterward": 1, "hence": 1,
                      "earlier": -1, "before": -1, "previously": -1, "ago": -1, "back": -1,
                      "prior": -1}


@rule(rf"{START}{DURATION_MODIFIER}(?P<num>{NUMBER})(?P<half1>\s+and\s+a\s+half)?[\s-]+"
      rf"(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?\s+(?P<dir>later|earlier|ago|before|"
      r"after|afterwards?|previously|hence|back|from\s+now)(?:(?<=ago)\s+(?P<today>today|to-day)(?![\w-]))?(?!\w)",
      T_UNIT, ("later", "earlier", "ago", "before", "after", "previously", "hence", "back", "from now"))
def offset_date(m, text):
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if direction == "from now":
        direction = "hence"  # "Ten years from now you will see" (dates.v7)
    if direction in ("before", "after", "back") and not re.match(
        r"\s*(?:[.,;:!?)\]\"”—–]|$|\s(?:and|but)\b)",
        text[m.end() :],
    ):
        # "two years before the revolution": the anchor is an event; tag the duration alone
        return None
    amount = number_value(m["num"])
    unit = unit_name(m["unit"])
    if m["half1"] or m["half2"]:
        return None
    anchoring = "deictic" if direction in ("ago", "back", "hence") else "anaphoric"
    step = None if amount is None else amount * _ADVERB_DIRECTIONS[direction]
    if m["today"]:
        # "Eighty years ago today": the same day of the year, that many years back
        if step is None or step != int(step):
            return None
        parsed = Parsed("DATE", resolve=lambda anchor, _news: _same_day_back(anchor, unit, int(step)),
                        anchoring="deictic")
        parsed.mod = duration_mod(m["durmod"])
        return parsed
    # "A week later" after 8 October is 15 October, "a week ago" said on 14 March is 7 March:
    # counted from a day, weeks land on a day (as most of the gold counts them)
    parsed = Parsed("DATE", **relative(unit, step, anchoring, day_grain=unit in ("week", "fortnight")))
    parsed.mod = duration_mod(m["durmod"])
    if anchoring == "anaphoric" and step is not None and step < 0:
        # "bought half what they had bought twelve months earlier": a look back from where
        # the story is; the story stays there
        parsed.moves_story = False
    return parsed


@rule(rf"{START}(?P<num>{NUMBER})\s+(?P<season>summers|winters|springs|autumns|summer|winter|spring|autumn)\s+"
      r"(?P<dir>ago|back|before|earlier|later|hence)(?=\s*(?:[.,;:!?)\]\"”—–]|$|\s(?:and|but|when|he|she|they|I|we)\b))",
      T_SEASON, ("ago", "back", "before", "earlier", "later", "hence"))
def seasons_offset(m, text):
    """dates.v9: "He was buried three winters ago" (said in October 1879): that season so many
    years back, 1876-WI; "two summers later" the same forward."""
    amount = number_value(m["num"])
    if amount is None or amount != int(amount) or (m["season"].endswith("s") == (amount == 1)):
        return None
    season = SEASONS[m["season"].lower().rstrip("s")]
    direction = m["dir"].lower()
    step = int(amount) * (1 if direction in ("later", "hence") else -1)
    anchoring = "deictic" if direction in ("ago", "back", "hence") else "anaphoric"

    def resolve(anchor, _news):
        if anchor is None:
            return None
        year = anchor[0]
        if season == "WI" and anchor[1] is not None and anchor[1] <= 2:
            year -= 1  # a January's winter began the year before
        return f"{year + step:04d}-{season}"

    return Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback=None)


def _same_day_back(anchor, unit, step):
    """The anchor's day moved by ``step`` units: "a year ago today" is the same date last year."""
    if anchor is None or anchor[2] is None:
        return None
    y, mo, d = anchor
    if unit in ("year", "decade", "century"):
        y += step * {"year": 1, "decade": 10, "century": 100}[unit]
    elif unit == "month":
        y, mo = divmod(y * 12 + mo - 1 + step, 12)
        mo += 1
    else:
        return shift(anchor, unit, step, day_grain=True)
    return f"{y:04d}-{mo:02d}-{d:02d}" if valid_date(y, mo, d) else None


# --- durations and sets --------------------------------------------------------------------------

# "two more years", "a full minute", "a single hour"
DURATION_ADJECTIVE = (r"(?:more|additional|further|full|whole|single|long|short|entire|extra|"
                      r"consecutive|straight|successive|working|business|clear|calendar|"
                      # dates.v14: "Farmers hope for a dry fortnight"
                      r"dry|wet|hot|cold|quiet|busy|anxious|weary)")
_WEATHER_ADJECTIVES = frozenset("dry wet hot cold quiet busy anxious weary".split())
_DURATION_CONTEXT = {"for", "within", "in", "over", "after", "than", "about", "almost", "nearly",
                     "only", "just", "least", "spent", "served", "lasted", "took", "lasting", "perhaps",
                     "wait", "waited", "waiting",
                     "taking", "spending", "serving", "during", "throughout", "another",
                     "around", "some", "barely", "under", "whole", "entire", "full", "once",
                     # dates.v7: "a full count could take a week", "it lasts a day"
                     "take", "takes", "lasts", "last", "need", "needs", "needed",
                     # dates.v9: "Lowe stayed a week", "the fever stayed a fortnight"
                     "stayed", "stay", "stays", "staying", "remained", "remain", "remains", "lingered",
                     # dates.v15: "sat an hour over tea", "the topmasts on deck inside an hour"
                     "sat", "sit", "sits", "sitting", "inside"}


@rule(rf"{START}{DURATION_MODIFIER}(?P<pre>the\s+(?:first|last|past|next|previous|coming|"
      rf"following|final|ensuing|remaining|initial|preceding)\s+|(?:its|his|her|their|our|my|your)\s+(?:first|last|final|"
      rf"initial|opening|closing)\s+)?(?P<num>{NUMBER})(?P<odd>-odd)?"
      rf"(?P<half1>\s+and\s+a\s+half)?(?P<sep>[\s-]+)(?:(?P<adj>{DURATION_ADJECTIVE})\s+)?"
      rf"(?P<unit>{UNIT})"
      r"(?P<half2>\s+and\s+a\s+half)?(?P<quarter>(?<=hour|ours)\s+and\s+a\s+quarter)?(?P<old>[\s-]+olds?(?![\w-]))?(?P<nights>(?<=days)\s+and\s+nights)?"
      r"(?P<orso>\s+or\s+so)?(?!\w)", T_UNIT)
def duration(m, text):
    number_text = re.sub(r"\s+", " ", m["num"].lower())
    unit = unit_name(m["unit"])
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    amount = number_value(number_text)
    hyphenated = "-" in m["sep"]
    if amount is None and not plural:
        return None  # "some day", "many a year"
    if number_text == "many" and previous_word(text, m.start()) == "how":
        return None  # "how many days the Committee stage will need": a question, no length (dates.v10)
    if hyphenated and m["unit"].lower() == "second" and re.search(r"(?<![\w-])the\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE):
        return None  # "on the twenty-second": an ordinal day, not twenty seconds (dates.v10)
    if m["old"] and hyphenated and "-" in m["old"]:
        return None  # "the 79-year-old added", "a 79-year-old man": a person's age as a name or
        # an adjective, unlike the predicate "he was 60 years old"
    old_outside = None
    if m["old"] and number_text in ("a", "an"):
        # dates.v15: "letters from Barnaul, both a month old", "It's only a week old": a thing's
        # age is the length alone ("he was 60 years old", a person's, keeps "old")
        old_outside = (m.start(), m.start("old"))
    if (m["adj"] and m["adj"].lower() in _WEATHER_ADJECTIVES and number_text in ("a", "an", "one")
            and unit != "fortnight" and previous_word(text, m.start()) not in _DURATION_CONTEXT):
        return None  # "It was a cold day in May": a kind of day, not a length (dates.v14)
    if number_text in ("a", "an", "one") and not (m["durmod"] or m["pre"] or m["old"] or m["adj"]
                                                  or m["half1"] or m["half2"] or hyphenated or unit == "fortnight"):
        # ("request a fortnight": a fortnight is always a length, dates.v10)
        # "one month before it", "a century since", "a week late", "not a day sooner", "a year
        # or so"; "It took me a year", "Give them a week": the amount of time is the point
        measured = m["orso"] or re.match(r"['’]s\s+(?-i:[a-z])", text[m.end() :]) or re.match(r"\s+(?:before|after|earlier|later|since|late|early|sooner|"
                                         r"longer|ahead|behind|beyond)\b", text[m.end() :]) or (
            # dates.v7: "a decade of turmoil", "a week of talks" (not "a day of the week", nor
            # "a day of shame": a day named for what filled it)
            unit not in ("second", "day") and not re.search(r"(?:\A|[.!?]\s*|\n\s*)\Z", text[max(0, m.start() - 5) : m.start()])
            and re.match(r"\s+of\s+(?!(?:the|this|that|these|those|his|her|its|their|our|my|your|a|an)\b)(?-i:[a-z])",
                                          text[m.end() :]))
        taken = re.search(r"\b(?:took|take|takes|taking|give|gave|given|giving|cost|costs)\s+"
                          r"(?:me|him|her|us|them|you|it)\s+$", text[max(0, m.start() - 25) : m.start()],
                          re.IGNORECASE)
        coordinated = (previous_word(text, m.start()) in ("and", "or") or re.search(
            r"(?<![\w-])(?:and|or)\s{1,3}then\s{1,3}\Z", text[max(0, m.start() - 12) : m.start()])) and _EARLIER_LENGTH.search(
            text, max(0, m.start() - 80), m.start())  # "eleven days when it is kind and a month when it is not"
        # dates.v15: "inside of an hour" is "inside an hour"
        inside_of = re.search(r"(?<![\w-])inside\s{1,3}of\s{1,3}\Z", text[max(0, m.start() - 14) : m.start()], re.IGNORECASE)
        if unit == "second" or (previous_word(text, m.start()) not in _DURATION_CONTEXT
                                and not measured and not taken and not coordinated and not inside_of):
            return None  # "a day in the life", "one day he said"
    if m["unit"][0].isupper() and re.match(r"\s+(?-i:Plans?)\b", text[m.end() :]):
        return None  # "the Five-Year Plan" is a name
    if (m["unit"][0].isupper() and m["num"][0].isupper()
            and re.match(r"['’]?[ \t]+(?-i:Wars?)\b", text[m.end() :])):
        # dates.v16: a length inside a war's name is no duration: "the Seven Years' War", "the
        # Hundred Years' War", "the Six-Day War" (not "seven years' war with Spain")
        return None
    if (m["unit"][0].isupper() and m["num"][0].isupper() and not m["durmod"] and not m["pre"]
            and re.match(r"[ \t]+(?-i:in|of|at|on|with|That)[ \t]+(?-i:[A-Z])", text[m.end() :])):
        return None  # a title in Title Case: "Six Weeks in Winnipeg", "Ten Days That Shook the World"
    if number_text == "some" and not plural:
        return None
    half_value = None
    if m["half1"] or m["half2"]:
        # a fraction keeps the unit said, as the guidelines and the later gold write it: "four
        # and a half years" -> P4.5Y, "an hour and a half" -> PT1.5H, "a day and a half" ->
        # P1.5D (dates.v10; P4Y6M and PT1H30M before)
        amount = (amount or 0) + 0.5
    if amount is not None and amount == 0:
        return None
    determiner = re.search(r"(?<![\w-])(?:the|another)\s{1,3}$", text[max(0, m.start() - 12) : m.start()])
    if m["quarter"] and amount is not None and amount == int(amount):
        half_value = f"PT{int(amount)}H15M"  # "an hour and a quarter" (dates.v10)
    if half_value:
        return Parsed("DURATION", half_value, duration_mod(m["durmod"]))
    if m["odd"]:
        if amount is None:
            return None
        return Parsed("DURATION", duration_value(amount, unit), "APPROX")  # "forty-odd years" (dates.v7)
    if m["orso"]:
        return Parsed("DURATION", duration_value(amount, unit), "APPROX")  # "within a year or so"
    if not m["pre"] and determiner and not hyphenated and not (m["durmod"] and re.match(r"over\b", m["durmod"], re.I)) and (
            determiner.group().lower().startswith("another") or _PERIOD_POSTMODIFIER.match(text, m.end())):
        # "the three months ended June 30", "the forty days of mourning", "the three years
        # since", "the five weeks that followed", "another 30 years": the determiner belongs to
        # the period it picks out ("the 48 hours to midday" and "the fourteen days required"
        # leave it out, as the gold does)
        return Parsed("DURATION", duration_value(amount, unit), duration_mod(m["durmod"]),
                      span=(max(0, m.start() - 12) + determiner.start(), m.end()))
    if m["durmod"] and m["pre"]:  # "over the past five years": "over" is a preposition here
        return Parsed("DURATION", duration_value(amount, unit), span=(m.start("pre"), m.end()))
    if m["durmod"] and re.fullmatch(r"over\s*", m["durmod"], re.IGNORECASE) and \
            previous_word(text, m.start()) not in _OVER_COUNTS and \
            not re.match(r"\s+(?:ago|later|earlier|after|before|old)\b", text[m.end() :]):
        # "a rise over two years", "will spend A$340 million over four years": "over" is
        # "across", the stretch the process takes; the span and mod leave it out
        return Parsed("DURATION", duration_value(amount, unit), span=(m.start("num"), m.end()))
    hedge = None if m["durmod"] or m["pre"] else _FOR_PERHAPS.search(text, max(0, m.start() - 16), m.start())
    if hedge:
        # dates.v15: "I lay and counted for perhaps twenty minutes": the hedge is the length's
        # own, as "about" is (mod APPROX); not "which was perhaps a minute"
        return Parsed("DURATION", duration_value(amount, unit), "APPROX", span=(hedge.start(1), (old_outside or m.span())[1]))
    return Parsed("DURATION", duration_value(amount, unit), duration_mod(m["durmod"]), span=old_outside)


@rule(rf"{START}{DURATION_MODIFIER}(?P<n1>{NUMBER_WORD}|\d{{1,3}})\s+or\s+(?P<n2>{NUMBER_WORD}|\d{{1,3}})[\s-]+"
      r"(?P<unit>years|months|weeks|days|hours|minutes|decades)(?![\w-])", T_UNIT, ("or",))
def either_number_duration(m, text):
    """"two or three hours" is one vague length (PTXH), as the gold marks it, not "three hours"
    alone; a number then a time noun ("two or three days a week") is left to the SET rules,
    which are longer and win."""
    if number_value(m["n1"]) is None or number_value(m["n2"]) is None:
        return None
    if re.match(r"\s+(?:ago|later|earlier|before|after|afterwards?|back|hence|old)\b", text[m.end() :], re.IGNORECASE):
        return None  # "two or three years ago" is an offset date; left to the offset rules
    return Parsed("DURATION", duration_value(None, unit_name(m["unit"])), duration_mod(m["durmod"]))


# a counted length earlier in the sentence that "and a month" is coordinated with (dates.v7)
@rule(r"(?<![\w-])another\s+(?P<unit>week|month|year|fortnight|hour|decade)(?![\w-])", ("another",))
def another_unit(m, text):
    """dates.v9: "two days to the foot of the ridge and another week to reach the col": one more
    length of time, DURATION (not "another day", which may be a day to come)."""
    if re.match(r"[ \t]+(?-i:[A-Z])", text[m.end() :]) and m.group()[0].isupper():
        return None
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])))


_EARLIER_LENGTH = re.compile(rf"(?<![\w-])(?:\d{{1,4}}|{NUMBER_WORD}|an?)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
                             r"[^.;!?]*\Z", re.IGNORECASE)
@rule(rf"{START}{DURATION_MODIFIER}(?P<n>a|one|three)\s+quarters?\s+of\s+an\s+hour(?![\w-])", ("quarter",))
def quarter_hour(m, text):
    """"for a quarter of an hour" -> PT15M, "three quarters of an hour" -> PT45M (dates.v7)."""
    minutes = 45 if m["n"].lower() == "three" else 15
    return Parsed("DURATION", f"PT{minutes}M", duration_mod(m["durmod"]))


_UNIT_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]


@rule(rf"{START}{DURATION_MODIFIER}(?P<n1>{NUMBER})[\s-]+(?P<u1>years?|months?|weeks?|days?|hours?|minutes?)"
      rf"(?:\s*,\s*|\s+and\s+)(?P<n2>{NUMBER})[\s-]+(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)(?![\w-])",
      T_UNIT, ("and", ","))
def composite_duration(m, text):
    """"four years and three months" -> P4Y3M, "two hours and twenty minutes" -> PT2H20M: one
    length in two units, the larger first (dates.v7). Not an offset ("four years and three
    months later" is left to the offset rules) nor units out of order."""
    u1, u2 = unit_name(m["u1"]), unit_name(m["u2"])
    if _UNIT_ORDER.index(u1) >= _UNIT_ORDER.index(u2):
        return None
    if re.match(r"\s+(?:ago|later|earlier|before|after|afterwards?|back|hence|old)\b", text[m.end() :], re.IGNORECASE):
        return None
    amounts = {}
    for number, unit in ((m["n1"], u1), (m["n2"], u2)):
        amount = number_value(number)
        if amount is None or amount != int(amount) or amount == 0:
            return None
        amounts[unit] = int(amount)
    if "week" in amounts and len(amounts) > 1:  # "two weeks and three days" -> P17D
        amounts["day"] = amounts.get("day", 0) + 7 * amounts.pop("week")
    date_part = "".join(f"{amounts[u]}{DURATION_UNITS[u][0]}" for u in ("year", "month", "week", "day") if u in amounts)
    time_part = "".join(f"{amounts[u]}{DURATION_UNITS[u][0]}" for u in ("hour", "minute", "second") if u in amounts)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Parsed("DURATION", value, duration_mod(m["durmod"]))


@rule(rf"{START}{DURATION_MODIFIER}(?P<ones>one|two|three|four|five|six|seven|eight|nine)[\s-]+and[\s-]+"
      r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?P<unit>years|months|weeks|days|hours|minutes)(?![\w-])",
      T_UNIT, ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
def archaic_number_duration(m, text):
    """"six-and-twenty days" -> P26D: the old way of saying a number, ones before tens (dates.v7)."""
    amount = SMALL_NUMBERS.index(m["ones"].lower()) + 1 + (TENS.index(m["tens"].lower()) + 2) * 10
    return Parsed("DURATION", duration_value(amount, unit_name(m["unit"])), duration_mod(m["durmod"]))


@rule(rf"{START}(?:(?P<num>{NUMBER_WORD}|\d{{1,3}})-)?(?P<unit>year|month|week|day|hour|minute|decade|century)-long(?![\w-])",
      ("-long",))
def unit_long(m, text):
    """"a week-long break" -> "week-long", DURATION P1W; "a two-year-long inquiry" -> P2Y (dates.v7)."""
    amount = number_value(m["num"]) if m["num"] else 1
    if amount is None:
        return None
    return Parsed("DURATION", duration_value(amount, m["unit"].lower()))


# what may follow "the N units" when the determiner picks out that stretch
_PERIOD_POSTMODIFIER = re.compile(r"\s+(?:ended|ending|of|since|that|which|between|around|before|after|"
                                  r"following|preceding|during|in\s+which|when)\b", re.IGNORECASE)

# words after which "over N years" counts the years: "for over a decade", "lasted over two years"
_OVER_COUNTS = {"for", "of", "in", "after", "than", "lasted", "lasts", "last", "lasting", "took",
                "takes", "take", "taking", "spent", "spend", "spending", "served", "serving",
                "waited", "wait", "within", "ago", "is", "was", "were", "are", "be", "been",
                "aged", "age", "lived", "ruled", "reigned", "survived", "held"}

_FOR_PERHAPS = re.compile(r"(?<![\w-])for\s{1,3}(perhaps|maybe|possibly)\s{1,3}\Z", re.IGNORECASE)
VAGUE_UNITS = {"years": "year", "months": "month", "weeks": "week", "days": "day",
               "decades": "decade", "centuries": "century", "hours": "hour", "minutes": "minute"}


@rule(r"(?<![\w-])(?P<prep>for|after|within|over|by|in|during|throughout|through|lasted|lasting|lasts|took|takes|taking)\s+"
      r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?![\w'’-])", T_UNIT)
def vague_unit(m, text):
    """A bare plural unit after a preposition is a length of time: "For decades" (PXDE),
    "shattered by years of war" (PXY), "within days of" (PXD)."""
    rest = text[m.end() : m.end() + 30]
    if re.match(r"\s+(?:ago|later|earlier|before|after|to\s+come|past|gone)\b", rest) and \
            m["prep"].lower() not in ("for", "within", "lasted", "lasting", "lasts", "took", "takes", "taking"):
        return None  # an offset ("in years to come", "after days later")
    if m["prep"].lower() in ("by", "during", "in") and not re.match(r"\s*(?:of\b|[.,;:!?)]|$)", rest):
        return None  # "paid by days work": only "by years of war", "in years."
    unit = VAGUE_UNITS[m["unit"].lower()]
    return Parsed("DURATION", duration_value(None, unit), span=m.span("unit"))


@rule(r"(?<![\w-])within\s+(?P<span>the\s+(?P<unit>hour|day|week|fortnight|month|year))(?![\w'’-])(?!\s+(?:of|before|after)\b)",
      ("within",))
def within_the_unit(m, text):
    """dates.v15: "on the site within the hour", "filed within the fortnight allowed": the span
    of one unit from now, a length (not "within the month of May", "within the year before")."""
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])), span=m.span("span"))


@rule(r"(?<![\w-])(?:years|months|weeks|days|hours|minutes|decades),\s+not\s+"
      r"(?P<unit>years|months|weeks|days|hours|minutes|decades)(?![\w'’-])", T_UNIT)
def not_units(m, text):
    """dates.v15: "The peak lasted weeks, not days", "plan for months, not weeks": the second
    of two lengths set against each other is a length too (the first is found on its own)."""
    return Parsed("DURATION", duration_value(None, VAGUE_UNITS[m["unit"].lower()]), span=m.span("unit"))


@rule(r"(?<![\w-])all\s+(?P<unit>day|week|month|year)(?P<long>\s+long)?(?![\w'’-])", ("all",))
def all_unit(m, text):
    """dates.v15: "Snow all day", "it rained all week long": the whole of one unit, a length
    (not "all day tickets": a noun's modifier)."""
    if not re.match(r"\s*(?:[.,;:!?)—–\"”]|$|(?:and|but|or|in|at|on|with|without|until|till|and)\b)", text[m.end() : m.end() + 12]):
        return None
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])))


@rule(r"(?<![\w-])(?:over|through|throughout|down|across)\s+(?P<span>the\s+(?P<unit>years|decades|"
      r"centuries|months|weeks))(?![\w'’-])", T_UNIT)
def over_the_years(m, text):
    """"over the years", "down the centuries": DURATION PXY, PXCE."""
    if re.match(r"\s+(?:of|to|after|before|since|that|between|when|in|from|ahead)\b",
                text[m.end() :]):
        return None  # "through the years of war", "the years after 1991"
    return Parsed("DURATION", duration_value(None, VAGUE_UNITS[m["unit"].lower()]),
                  span=m.span("span"))


@rule(r"(?<![\w-])(?P<unit>years|months|weeks|days|decades|hours|minutes)\s+(?P<dir>later|earlier|afterwards?|"
      r"ago|before|after)(?![\w-])", T_UNIT)
def vague_offset(m, text):
    """"Years later" (DATE, no value), "years ago" (PAST_REF)."""
    if previous_word(text, m.start()) in ("for", "within", "over", "in", "the", "those", "these",
                                          "of", "and", "or"):
        return None  # "for weeks afterwards" is a duration
    direction = m["dir"].lower()
    if direction in ("before", "after") and not re.match(
            r"\s*(?:[.,;:!?)\]\"”—–]|$|\s(?:and|but)\b)", text[m.end() :]):
        # "hours before they were due to go", "hours after the verdict": the length of time
        # between two events, as "two days after the verdict" is
        return Parsed("DURATION", duration_value(None, VAGUE_UNITS[m["unit"].lower()]), span=m.span("unit"))
    if m["unit"].lower() in ("hours", "minutes"):
        return None
    return Parsed("DATE", "PAST_REF" if direction == "ago" else None)


_PART_MOD = {"first": "START", "early": "START", "earliest": "START", "initial": "START",
             "opening": "START", "beginning": "START", "start": "START", "dawn": "START",
             "last": "END", "final": "END", "closing": "END", "late": "END", "later": "END",
             "latter": "END", "end": "END", "close": "END", "twilight": "END", "mid": "MID",
             "middle": "MID", "height": "MID"}


@rule(r"(?<![\w-])(?P<det>the|his|her|their|its|my|our|your)\s+(?P<adj>first|early|earliest|initial|opening|last|final|closing|later|"
      r"latter)\s+(?P<unit>years|months|weeks|days|decades)(?![\w'’-])", T_UNIT)
def first_units(m, text):
    """"the first months" (of the new turn), "the early years" (of the Soviet Republic), "her
    last months" (dates.v7): a vague length of time, DURATION PXM/PXY; "the first months of
    1917" is a date instead. A heading's "The last months in Coyoacán: a timeline" is a title."""
    if m["det"][0].isupper() and _HEADING_LINE.match(text, m.start()) and (m.start() == 0 or text[m.start() - 1] == "\n"):
        return None
    return Parsed("DURATION", duration_value(None, VAGUE_UNITS[m["unit"].lower()]))


# a line with no sentence end: a heading or a title
_HEADING_LINE = re.compile(r"[^\n.!?]{1,80}(?:\n|\Z)")


_EVENT_NOUNS = (r"(?:revolution|war|regime|republic|reign|rule|era|NEP|struggle|dictatorship|plan|"
                r"campaign|occupation|siege|offensive|conflict|crisis|purges?|terror|uprising|"
                r"insurrection|civil\s+war|new\s+economic\s+policy|collectivi[sz]ation|"
                r"industriali[sz]ation|empire|monarchy|administration|presidency|century)")


@rule(r"(?<![\w-])the\s+(?P<adj>first|early|earliest|initial|opening|last|final|closing|late|"
      r"later|middle)\s+(?:period|phase|stage|years|months|days)\s+of\s+(?:the\s+|his\s+|her\s+|"
      rf"their\s+|its\s+)?(?:[\w-]+\s+)?{_EVENT_NOUNS}(?![\w-])",
      ("period", "phase", "stage", "years", "months", "days"))
def period_of_event(m, text):
    """"the first period of the revolution": a stretch of an event, DATE with no value."""
    if re.match(r"(?:years|months|days)", m.group().split()[2], re.IGNORECASE):
        return None  # "the early years of the war": the duration rule's
    return Parsed("DATE", None, _PART_MOD[m["adj"].lower()])


_ERA_NAME = (r"(?:(?-i:[A-Z][\w-]*|[A-Z]{2,})(?:\s+(?-i:[A-Z][\w-]*)){0,2}|war|post-?war|pre-?war|"
             r"inter-?war|revolutionary|civil\s+war)")


@rule(r"(?<![\w-])(?:the\s+(?P<adj>early|late|mid|middle|final|last|first|closing|later)[\s-]+"
      rf"{_ERA_NAME}\s+(?P<unit>years|era|period|days|decades)"
      r"|(?:the\s+)?(?:very\s+)?(?P<part>beginning|start|end|close|middle|dawn|twilight|height)"
      rf"\s+of\s+the\s+{_ERA_NAME.replace('?-i:', '?-i:', 1)}\s+(?P<unit2>era|years|period|age|"
      r"epoch))(?![\w-])", ("years", "era", "period", "days", "decades", "age", "epoch"))
def era_part(m, text):
    """"the early NEP years", "the end of the NEP era": part of a period named after an event,
    DATE with no value and mod START/MID/END (the bare "NEP era" is a name, not tagged)."""
    return Parsed("DATE", None, _PART_MOD[(m["adj"] or m["part"]).lower()])


_PART_SUFFIX = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


@rule(r"(?<![\w-])(?:(?P<mod>early|late)\s+in\s+)?the\s+(?:(?-i:grey|gray|dull|bright|warm|hot|cold|chill|chilly|"
      r"wet|rainy|sunny|misty|foggy|windy|stormy|frosty|sultry|dim|golden|drowsy)\s+)?(?-i:(?P<part>morning|afternoon|evening|"
      r"night))(?![\w'’-])", T_PART)
def the_part_of_day(m, text):
    """"recorded the afternoon", "through the night", "late in the evening": a part of the day
    last mentioned (TIME), not "the evening paper" or "the night of the long knives".
    dates.v16: a word of weather or light between the article and the part of the day is part
    of it ("went out into the grey afternoon", "the wet morning"); "the opening night" is not."""
    # "In the evening Kolya came round": after a preposition a name that follows starts the
    # clause; the part of the day modifies nothing
    name_after_prep = bool(re.match(r"[ \t]+(?-i:[A-Z][a-z]+)\b", text[m.end() : m.end() + 30])) and bool(
        re.search(r"(?<![\w-])(?:in|during|by|towards|toward)\s+$", text[max(0, m.start() - 12) : m.start()], re.IGNORECASE))
    if re.match(r"\s+of\b", text[m.end() :]) or not (heads_own_phrase(text, m.end()) or name_after_prep):
        return None
    suffix = _PART_SUFFIX[m["part"]]
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower())
    if m["part"] == "morning" and not m["mod"] and re.search(r"\b(?:until|till|wait\s+for)\s+$",
                                                             text[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
        # "put off until the morning", "Do not wait until the morning": the next one
        # (a horizon: the story does not move to it)
        return Parsed("TIME", resolve=day_with_suffix(lambda anchor, _news: shift(anchor, "day", 1), suffix),
                      anchoring="day", fallback="XXXX-XX-XX" + suffix, moves_story=False)
    return Parsed("TIME", mod=mod, resolve=day_with_suffix(at_anchor_day, suffix),
                  anchoring="day", fallback="XXXX-XX-XX" + suffix)


@rule(r"(?<![\w-])of\s+(?P<span>the\s+year)(?![\w'’-])", ("of the year",))
def superlative_of_the_year(m, text):
    """"my first free Sunday of the year", "the most intelligent political film of the year":
    after an ordinal or a superlative, "the year" is the year the text stands in (dates.v7)."""
    left = max(sentence_bounds(text, m.start(), m.end())[0], m.start() - 70)
    if not re.search(r"\b(?:first|last|second|third|only|best|worst|most|least|biggest|largest|greatest|"
                     r"highest|lowest|[a-z]{3,}est)\b", text[left : m.start()], re.IGNORECASE):
        return None
    if re.search(r"\b(?:interest|honest|modest|forest|request|contest|protest|west|rest|test|guest|harvest|suggest|manifest|invest)\b",
                 text[left : m.start()].split()[-1] if text[left : m.start()].split() else "", re.IGNORECASE):
        return None
    return Parsed("DATE", resolve=lambda anchor, _news: f"{anchor[0]:04d}" if anchor else None,
                  anchoring="deictic", span=m.span("span"), moves_story=False)


@rule(r"(?<![\w-])(?P<unit>day|week|month|year|hour|night)\s+(?:by|after)\s+(?P=unit)(?![\w-])", ("by", "after"), T_UNIT + ("night",))
def unit_by_unit(m, text):
    """"traced week by week", "day after day": a recurrence, SET P1W / P1D (dates.v7)."""
    unit = m["unit"].lower()
    return Parsed("SET", "P1D" if unit == "night" else duration_value(1, unit))


@rule(r"(?<![\w-])(?:by|towards|toward|until|till)\s+(?P<span>(?:(?P<mod>early|late)\s+)?(?P<part>(?-i:morning|afternoon|evening)))"
      r"(?=\s*[,.;:!?]|\s+(?:the|a|an|he|she|it|they|we|I|his|her|their|all|every|most)\b|\s+(?-i:[A-Z][a-z]+)\b)",
      ("morning", "afternoon", "evening"))
def bare_part_of_day(m, text):
    """"By evening the government had fled": a bare part of the day after "by"/"towards" is that
    part of the day the story has reached (dates.v7; "by night", a manner, is not). (dates.v14:
    "By early afternoon Dannenberg had ordered the retreat", "fought on until late afternoon".)"""
    if not m["mod"] and m.group().lower().startswith(("until", "till")):
        return None  # ("until morning": the next one; left to its own rules)
    suffix = _PART_SUFFIX[m["part"]]
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower())
    return Parsed("TIME", mod=mod, resolve=day_with_suffix(at_anchor_day, suffix), anchoring="day",
                  fallback="XXXX-XX-XX" + suffix, span=m.span("span"))


@rule(r"(?<![\w-])(?:in|during|into|through)\s+(?P<span>the\s+(?:early|small|wee)\s+hours)(?![\w'’-]|\s+of\b)", ("hours",))
def the_early_hours(m, text):
    """dates.v14: "passed the bill in the early hours": the night of the day in view (TNI)."""
    return Parsed("TIME", resolve=day_with_suffix(at_anchor_day, "TNI"), anchoring="day",
                  fallback="XXXX-XX-XXTNI", span=m.span("span"))


@rule(rf"{START}{DURATION_MODIFIER}half\s+an?\s+(?P<unit>year|month|day|hour|century|decade)(?!\w)", ("half",))
def half_unit(m, text):
    value = {"year": "P6M", "month": "P2W", "day": "P0.5D", "hour": "PT0.5H",
             "century": "P50Y", "decade": "P5Y"}[m["unit"].lower()]
    return Parsed("DURATION", value, duration_mod(m["durmod"]))


@rule(rf"{START}(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>{NUMBER})\s+)?"
      rf"(?P<unit>{UNIT})(?P<orso>\s+or\s+so)?(?!\w)", ("every", "each"), T_UNIT)
def every_unit(m, text):
    if re.match(r"\s+of\b(?!\s+(?:their|his|her|my|our|your|its)\b|\s*[“\"])", text[m.end() :]):
        # "every month of delay": a quantifier; but "every day of their childhood" recurs
        # through a stretch of someone's life, and "speaks every week of “self-criticism”" is
        # "speaks of"
        return None
    unit = unit_name(m["unit"])
    amount = 2 if m["other"] else (number_value(m["num"]) if m["num"] else 1)
    if m["num"] and amount is None:
        # "every few weeks", "every several days": a recurrence of an unknown period (PXW)
        if not (m["unit"].lower().endswith("s") and re.fullmatch(r"(?:a\s+)?few|several", m["num"].strip(), re.I)):
            return None
    parsed = Parsed("SET", duration_value(amount, unit))
    if m["orso"]:
        parsed.mod = "APPROX"  # "every hour or so"
    return parsed


@rule(r"(?<![\w-])(?:every|each)\s+half[\s-](?P<unit>hour|day|year)(?![\w-])", ("half",))
def every_half_unit(m, text):
    """dates.v15: "Ferry boats will run every half-hour": a recurrence of half the unit (PT30M,
    PT12H, P6M)."""
    return Parsed("SET", {"hour": "PT30M", "day": "PT12H", "year": "P6M"}[m["unit"].lower()])


@rule(r"(?<![\w-])(?P<verb>paid|pays?|paying|payable|hired|hires?|hiring|rented|rents?|renting|let|lets|letting|"
      r"charged|charges?|charging|billed|sold|sells?|priced|engaged|employed|worked|works?|working)\s{1,3}"
      r"(?P<set>by\s{1,3}the\s{1,3}(?P<unit>hour|day|week|month|year))(?![\w-])(?!\s{1,3}(?:of|after|before|when|that)\b)",
      ("by",), ("hour", "day", "week", "month", "year"))
def by_the_unit(m, text):
    """dates.v9: "a man who is paid by the month", "rooms let by the week": the rate's unit
    recurs, a SET (P1M); not "by the day after" or "by the month of May"."""
    return Parsed("SET", duration_value(1, m["unit"].lower()), span=m.span("set"))


@rule(r"(?<![\w-])week-?ends(?![\w'’-])", ("weekends", "week-ends"))
def weekends(m, text):
    """dates.v9: "open every day including weekends", "at weekends": every weekend, a SET
    (XXXX-WXX-WE); not a count or a determined set ("two weekends", "the weekends of May")."""
    before = previous_word(text, m.start())
    if before in _DETERMINERS or before in ("two", "three", "four", "five", "six", "few", "several", "many",
                                            "some", "these", "those", "both", "all", "consecutive", "successive",
                                            "long", "free") or before.isdigit() or before.endswith(("'s", "’s")):
        return None
    if re.match(r"\s+of\b", text[m.end() :]):
        return None
    return Parsed("SET", "XXXX-WXX-WE")


@rule(rf"(?<![\w-])an?\s+(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?(?![\w-])", T_WEEKDAY)
def a_weekday(m, text):
    """dates.v9: "It is best on a Sunday night", "shops shut on a Saturday": any such day, a SET
    (XXXX-WXX-7TNI); not before the thing it names ("a Sunday paper", "a Monday meeting")."""
    if not m["pod"] and re.match(r"\s+(?-i:[a-z]+)", text[m.end() :]) and not heads_own_phrase(text, m.end()):
        return None
    if m["pod"] and re.match(r"\s+(?-i:[a-z]+)", text[m.end() :]) and not heads_own_phrase(text, m.end()):
        return None
    if re.search(r"(?<![\w-])(?:was|were|is|'s|’s)\s+\Z", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
        return None  # "it was a Sunday morning": one day, not a habit
    index = [w.lower() for w in WEEKDAYS].index(m["wd"].lower())
    part = PART_OF_DAY[m["pod"].lower()] if m["pod"] else ""
    return Parsed("SET", f"XXXX-WXX-{index + 1}{part}")


@rule(rf"{START}(?:every|each)\s+quarter(?![\w-])(?!\s+of\b)", ("every", "each"), ("quarter",))
def every_quarter(m, text):
    """"every quarter": a set of three-month periods, P3M."""
    return Parsed("SET", "P3M")


_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


@rule(r"(?<![\w-])(?:(?P<the>the\s+)(?P<ord1>first|second|third|fourth|final|last)\s+quarter"
      r"(?!\s+of\b)|(?P<ord2>first|second|third|fourth)-quarter(?=\s+(?-i:[a-z])))(?![\w-])",
      ("quarter",))
def fiscal_quarter(m, text):
    """"the third quarter", "second-quarter profit": the quarter of the anchor's year; in news
    the tense picks the side of the publication date ("rose in the fourth quarter" said in
    February is last year's)."""
    quarter = _QUARTER_NUMBER[(m["ord1"] or m["ord2"]).lower()]
    if m["ord1"] and m["ord1"].lower() == "last" and not re.match(
            r"\s+(?:of|was|were|is|saw|profit|earnings|results|sales)\b", text[m.end() :]):
        return None  # "the last quarter" may be the last three months
    tense = clause_tense(text, m.start(), m.end())

    def resolve(anchor, is_news):
        if anchor is None:
            return None
        year = anchor[0]
        if is_news and anchor[1] is not None:
            current = (anchor[1] - 1) // 3 + 1
            if tense == "past" and quarter > current:
                year -= 1
            elif tense == "future" and quarter < current:
                year += 1
        return f"{year:04d}-Q{quarter}"

    parsed = Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=f"XXXX-Q{quarter}")
    part = re.search(r"(?<![\w-])(?:the\s{1,3})?(?:very\s{1,3})?(?P<part>end|beginning|start|middle|close)\s{1,3}of\s{1,3}\Z",
                     text[max(0, m.start() - 30) : m.start()], re.IGNORECASE)
    if part and m["ord1"]:
        # "by the end of the first quarter": the quarter with mod END, one span (dates.v7)
        parsed.span = (max(0, m.start() - 30) + part.start(), m.end())
        parsed.mod = date_mod(part.group())
    return parsed


_HOUR_WORDS = {word: number for number, word in enumerate(SMALL_NUMBERS[:12], start=1)}
_AT_CLOCK = (rf"(?:,?\s+at\s+(?P<ch>{_alternatives(SMALL_NUMBERS[:12])}|1[0-2]|0?[1-9])(?:[:.](?P<cm>[0-5]\d))?"
             rf"(?:\s*(?P<cap>{AMPM}))?(?![\w:]))?")


def _set_clock(m) -> str | None:
    """"at nine", "at 11 a.m." after a recurring day or part of the day: its clock suffix."""
    if not m["ch"]:
        return None
    token = m["ch"].lower()
    hour = _HOUR_WORDS.get(token) or int(token)
    if m["cap"]:
        hour = hour % 12 + (12 if m["cap"].lower().startswith("p") else 0)
    return f"T{hour:02d}:{int(m['cm'] or 0):02d}"


@rule(rf"{START}(?:every|each)\s+(?P<name>(?-i:May\s+Day|Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s\s+(?:Day|Eve)|"
      r"Boxing\s+Day|Armistice\s+Day|Anzac\s+Day|Bastille\s+Day|Michaelmas|Midsummer(?:\s+Day)?))(?!\w)",
      ("every", "each"))
def every_feast(m, text):
    """"every May Day" -> SET XXXX-05-01: a fixed feast that recurs (dates.v7)."""
    key = re.sub(r"\s+", " ", m["name"].lower().replace("’", "'"))
    return Parsed("SET", "XXXX-" + _HOLIDAYS[key])


@rule(rf"{START}(?:every|each)\s+(?:(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night)(?![\w-]))?"
      rf"|(?P<mon>{MONTH_FULL})|(?P<season>{SEASON}))" + _AT_CLOCK + r"(?!\w)", ("every", "each"))
def every_named(m, text):
    if m["wd"]:
        # "every Saturday at 11 a.m.", "every Monday, at nine": the clock time belongs to the
        # recurring day; "every Wednesday afternoon" recurs in that part of the day
        weekday_value = f"XXXX-WXX-{[w.lower() for w in WEEKDAYS].index(m['wd'].lower()) + 1}"
        part = PART_OF_DAY[m["pod"].lower()] if m["pod"] else ""
        return Parsed("SET", weekday_value + (_set_clock(m) or part))
    if m["mon"]:
        return Parsed("SET", f"XXXX-{month_number(m['mon']):02d}")
    return Parsed("SET", f"XXXX-{SEASONS[m['season'].lower()]}")


@rule(rf"{START}(?:once|twice|thrice|(?:{NUMBER_WORD}|\d+)\s+times)\s+(?:a|an|per|every|each)\s+"
      r"(?P<unit>year|month|week|day|decade|hour|fortnight)(?!\w)", ("once", "twice", "thrice", "times"))
def frequency(m, text):
    return Parsed("SET", duration_value(1, m["unit"].lower()))


@rule(rf"(?<![\w-])(?:(?P<times>once|twice|thrice|(?:{NUMBER_WORD}|\d+)\s+times)\s+)?"
      r"(?-i:(?P<word>annually|yearly|monthly|weekly|daily|hourly|nightly|annual|quarterly|fortnightly))(?![\w-])",
      ("annual", "yearly", "monthly", "weekly", "daily", "hourly", "nightly", "quarterly", "fortnightly"))
def frequency_adverb(m, text):
    """"meets daily", "twice daily", "paid quarterly": a recurrence, SET. dates.v7: also the
    adjective before the thing that recurs ("the monthly meeting", "The annual report", "the
    hospice's annual appeal", "a quarterly dividend"), but not a newspaper ("the daily L'Humanité",
    "its weekly, Tkach", "the daily newspaper of the unions", "the weekly l'anarchie"), a
    title ("the Daily Worker": capitalised) or a noun ("an annual")."""
    word = m["word"]
    following = _RECURRING_THING.match(text, m.end())
    before = previous_word(text, m.start() if not m["times"] else m.start("times"))
    determined = before in _DETERMINERS or before.endswith(("'s", "’s"))
    if word in ("annual",) or (determined and not m["times"]):
        # the adjective: only before a lower-case noun that is not a publication
        if not following or _PUBLICATION.fullmatch(following.group(1)):
            return None
    unit = {"annually": "year", "yearly": "year", "annual": "year", "monthly": "month", "weekly": "week",
            "daily": "day", "hourly": "hour", "nightly": "day", "quarterly": "quarter",
            "fortnightly": "fortnight"}[word]
    if unit == "quarter":
        return Parsed("SET", "P3M")
    return Parsed("SET", duration_value(1, unit))


_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "my", "your",
                "evening", "morning", "these", "those", "own"}
# the noun an adjective of recurrence goes with: a lower-case word, not a foreign name ("l'anarchie")
_RECURRING_THING = re.compile(r"[ \t]{1,3}(?-i:([a-z][a-z-]*))(?![\w'’])")
_PUBLICATION = re.compile(r"newspapers?|papers?|journals?|magazines?|organs?|editions?|bulletins?|reviews?|"
                          r"sheets?|periodicals?|publications?|press", re.IGNORECASE)


# --- times of day -------------------------------------------------------------------------------

_TIME_PREPOSITION = re.compile(r"\b(?:at|by|until|till|from|around|about|before|after|since|"
                               r"to|between|and|approximately|modified:?)\s*$", re.IGNORECASE)


# time zones written after a clock time ("2:40 p.m. ET", "13.15 GMT"): part of its span (dates.v7)
TIME_ZONE = r"(?-i:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|CET|CEST|MSK|AEST|AEDT)"


# "about 10 p.m." is one expression with mod APPROX
CLOCK_APPROX = r"(?:(?P<approx>about|around|approximately|roughly|circa|c\.|ca\.|nearly|almost)\s+)?"


def approx(parsed: Parsed | None, m) -> Parsed | None:
    if parsed is not None and m["approx"]:
        # dates.v9: "until nearly midnight", "almost four o'clock": short of it, LESS_THAN
        parsed.mod = "LESS_THAN" if m["approx"].lower() in ("nearly", "almost") else "APPROX"
    return parsed


def clock_time(hour: int, minute: int = 0, second: int | None = None, ampm: str | None = None):
    if ampm:
        if not 1 <= hour <= 12:
            return None
        is_pm = ampm.lower().startswith("p")
        hour = (hour % 12) + (12 if is_pm else 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    clock = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    parsed = Parsed("TIME", resolve=day_with_suffix(at_anchor_day, clock), anchoring="day",
                    borrows=True, fallback="XXXX-XX-XX" + clock)
    return parsed


@rule(rf"{START}{CLOCK_APPROX}(?:(?P<quarter>a\s+quarter)\s+(?P<rel>before|to|after|past)\s+|(?P<half>half)\s+past\s+)?"
      rf"(?P<h>{_alternatives(SMALL_NUMBERS[:12])}|1[0-2]|0?[1-9])\s+of\s+the\s+clock(?![\w-])", ("clock",))
def of_the_clock(m, text):
    """dates.v15: the old form of Parliament's orders and notices, "The House met at a Quarter
    before Three of the Clock", "meet To-morrow at Twelve of the Clock": "o'clock" written out;
    one to six is the afternoon's, as a bare "three o'clock" is with no part of the day named."""
    token = m["h"].lower()
    hour = SMALL_NUMBERS.index(token) + 1 if token in SMALL_NUMBERS else int(token)
    minute = 0
    if m["quarter"]:
        if m["rel"].lower() in ("before", "to"):
            hour, minute = hour - 1 or 12, 45
        else:
            minute = 15
    elif m["half"]:
        minute = 30
    if 1 <= hour <= 6:
        hour += 12
    return approx(clock_time(hour, minute), m)


# a byline's "13 Mar 2025 · 06:40" / "March 13, 2025 06:40": a clock time right after a full date
# (dates.v7: also after a comma, "Thursday 16 November 2023, 21:00")
_DATED_BEFORE_CLOCK = re.compile(rf"{MONTH_ANY}[ \t]{{1,3}}(?:\d{{1,2}},?[ \t]{{1,3}})?(?:1\d{{3}}|20\d{{2}})"
                                 r",?[ \t]{1,3}(?:[·•|][ \t]{1,3})?\Z")


@rule(rf"{START}{CLOCK_APPROX}(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
      rf"(?:\s*(?P<ap>{AMPM}))?(?:\s*(?P<zone>ZULU|GMT|UTC|hours|hrs|h|{TIME_ZONE})\b)?(?P<oclock>\s+o['’]clock(?:\s*(?P<ap2>[ap])\.\s?m\.)?)?"
      r"(?P<part>\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?(?![\w:]|[.,]\d)", T_DIGIT)
def clock(m, text):
    """"10.30 a.m.", "21:09:14", "13.15 GMT", "2:40 p.m. ET"; dates.v7: "6.50 in the evening"
    (the part of the day says which half: 18:50). dates.v16: "7:30 o'clock p.m." is one clock time."""
    confident = m["s"] or m["ap"] or m["zone"] or m["oclock"] or m["part"] or _TIME_PREPOSITION.search(
        text[max(0, m.start("h") - 20) : m.start("h")]) or (
        m["sep"] == ":" and _DATED_BEFORE_CLOCK.search(text, max(0, m.start("h") - 30), m.start("h")))
    if not confident or (m["sep"] == "." and not (m["ap"] or m["zone"] or m["oclock"] or m["part"])):
        return None
    if (m["part"] and not (m["s"] or m["ap"] or m["zone"] or m["oclock"]) and not heads_own_phrase(text, m.end())
            and not _TIME_PREPOSITION.search(text[max(0, m.start("h") - 20) : m.start("h")])):
        return None  # "It cost 6.50 in the evening sale"
    # dates.v16: an old paper's "7:30 o'clock p.m." puts the half of the day after the clock word
    ampm = m["ap"] or (m["ap2"] and m["ap2"].lower() + ".m.")
    hour = int(m["h"])
    if m["part"] and not ampm and 1 <= hour <= 12:
        part = m["part"].split()[-1].lower()
        ampm = "a.m." if part == "morning" or (part == "night" and hour < 6) else "p.m."
    parsed = approx(clock_time(hour, int(m["mi"]), int(m["s"]) if m["s"] else None, ampm), m)
    if parsed is not None and not (ampm or m["zone"]) and 1 <= hour <= 11:
        parsed.open_hour = True  # "7:25 o'clock last night" is 19:25
    return parsed


_YEAR_UNITS = "|".join(sorted(SMALL_NUMBERS[1:] + TENS, key=len, reverse=True))
_SPOKEN_YEAR_PART = rf"(?:(?:{'|'.join(TENS)})[\s-]+(?:{'|'.join(SMALL_NUMBERS[:9])})|(?:oh|o['’]?)[\s-]?(?:{'|'.join(SMALL_NUMBERS[:9])})|{_YEAR_UNITS}|{'|'.join(SMALL_NUMBERS[:9])})"


@rule(rf"{START}(?P<century>seventeen|eighteen|nineteen)"
      rf"(?:[\s-]+hundred(?:\s+and)?[\s-]+|[\s-]+)(?P<rest>{_SPOKEN_YEAR_PART})(?![\w-])", ("seventeen", "eighteen", "nineteen"))
def spoken_year(m, text):
    """"In nineteen-five I saw men shot", "since nineteen twenty-seven", "in eighteen hundred and
    twelve": a year said in words, after a preposition (dates.v10)."""
    if previous_word(text, m.start()) not in ("in", "of", "since", "until", "till", "by", "from", "before", "after", "during", "year"):
        return None  # "nineteen five-year-olds"
    if re.match(r"\s+(?-i:[a-z]+)(?<!\bwas)(?<!\bis)(?<!\bhas)(?<=s)\b|\s+(?:men|women|people|children)\b", text[m.end() :]):
        return None  # "of nineteen twenty men", "in nineteen twenty villages": a count
    rest = re.sub(r"^(?:oh|o['’]?)[\s-]?", "", m["rest"].lower())
    value = number_value(rest.replace("-", " "))
    if value is None or not 1 <= value <= 99:
        return None
    century = {"seventeen": 17, "eighteen": 18, "nineteen": 19}[m["century"].lower()]
    return Parsed("DATE", f"{century * 100 + int(value):04d}")


# "it was dated from Liverpool, the 9th": a letter's place and day (dates.v8)
_DATED_FROM_PLACE = re.compile(r"\bdated\s+(?:from|at)\s+(?-i:[A-Z])[\w.'’ -]{0,40},\s*\Z", re.IGNORECASE)

# dates.v11: shipping news and family notices give the day right after the verb: "Sailed, the
# 11th, H.M.S. Racer", "Arrived the 12th", "returns the 20th", "Died, the 3rd inst."
_SHIPPING_DAY = re.compile(r"(?<![\w-])(?:arrived|sailed|spoken|cleared|entered|put\s+in|died|born|married|"
                           r"returned|returns|returning|left|leaves)[ \t]*[,:]?[ \t]*\Z", re.IGNORECASE)
# dates.v14: a shipping list goes on after a semicolon: "Arrived: the 11th, the schooner Mary
# Jane, from Liverpool; the 12th, the smack Ann"
_SHIPPING_VERB = re.compile(r"(?<![\w-])(?:arrived|sailed|cleared|entered)[ \t]*[,:]?[ \t]*the[ \t]+\d", re.IGNORECASE)

# Letter and telegram style: "your letter of the 13th ultimo" is last month's 13th, "the 4th
# instant" this month's, "the 2nd proximo" next month's.
_MONTH_STEP = {"ultimo": -1, "ult": -1, "instant": 0, "inst": 0, "proximo": 1, "prox": 1}


@rule(r"(?<![\w])(?:(?P<daymod>early|late)\s+on\s+)?(?P<the>the)\s+(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)|"
      # a day written as an ordinal word only where a clause ends after it ("sails on the
      # twenty-second."), since "on the first ballot" counts something else (dates.v10)
      rf"(?P<dw>{DAY_ORDINAL_WORD})(?=\s*[.,;:!?)]|\s+(?:when|while|as)\b|\s+(?-i:[a-z])))"
      r"(?:\s+(?P<step>ultimo|ult\.?|instant|inst\.?|proximo|prox\.?)(?!\w))?"
      r"(?=\s*[.,;:!?)]|\s+(?!(?:century|centuries|floor|round|time|anniversary|birthday|day|year|"
      r"week|month|hour|minute|place|chapter|verse|page|line|edition|volume|session|meeting|congress|"
      r"conference|amendment|article|paragraph|division|regiment|army|corps|battalion|brigade|fleet|"
      r"district|ward|street|avenue|grade|row|generation|of)\b)[a-z])", (DIGIT, *ORDINALS, "thirtieth"))
def ordinal_day(m, text):
    """"on the 15th", "your telegram of the 19th": a day of the month last mentioned ("early on
    the 12th": that day with mod START, as "late on 21 June" is END)."""
    the = m.start("the")
    # dates.v14: a shipping list's day ("Arrived: the 11th, the schooner ...; the 12th, ...")
    shipping_list = (re.search(r";[ \t]*\Z", text[max(0, the - 3) : the]) and re.match(r",", text[m.end() :])
                     and _SHIPPING_VERB.search(text, max(0, the - 300, text.rfind("\n", 0, the) + 1), the))
    shipping = bool(shipping_list or (re.search(r"[:;][ \t]*\Z", text[max(0, the - 4) : the])
                                      and _SHIPPING_DAY.search(text, max(0, the - 24), the)))
    # dates.v15: "the four weeks ended the 28th ult.": "ult.", "inst.", "prox." make it a day whatever precedes
    if not m["daymod"] and not m["step"] and previous_word(text, the) not in ("on", "of", "dated", "until", "till", "by", "from",
                                                                               "since", "before", "after", "to") \
            and not _DATED_FROM_PLACE.search(text, max(0, the - 60), the) \
            and not _SHIPPING_DAY.search(text, max(0, the - 24), the) and not shipping:
        return None
    document = re.search(
        r"(?:letter|telegram|despatch|dispatch|note|wire|cable|message|memorandum|report)s?"
        r"(?:\s+No\.?\s*\d+)?\s+of\s*$", text[max(0, the - 30) : the], re.IGNORECASE)
    if previous_word(text, the) == "of" and not m["step"] and not document and not re.search(
            # (dates.v9: "at its meeting of the 13th", "the resolution of the 4th")
            r"(?:night|evening|morning|afternoon|events|issue|edition|meeting|sitting|session|minutes|"
            r"resolution|decision|decree|order|circular|instructions)s?\s+of\s*$",
            text[max(0, the - 30) : the], re.IGNORECASE):
        return None  # "the speech of the 8th Congress" is not a day
    part_of = re.search(r"(?<![\w-])(?:morning|afternoon|evening|night)\s+of\s+\Z", text[max(0, the - 16) : the], re.IGNORECASE)
    if m["dw"] and previous_word(text, the) not in ("on", "until", "till", "since") and not part_of:
        # (dates.v14: "on the morning of the twenty-second when Sermuks came in": a day too)
        return None  # "in relation to the second, we": an ordinal word is a day only after "on"
    if m["dw"] and not part_of and not re.match(r"\s*[.,;:!?)]|\s+(?:when|while|as)\b", text[m.end() :], re.IGNORECASE) and not (
            # ("On the fourteenth the Central Committee ...": a determiner or a pronoun after the
            # ordinal opens a new clause, so it names no noun of its own)
            previous_word(text, the) == "on" and re.match(r"\s+(?-i:the|a|an|his|her|their|its|our|my|we|they|he|she|I|it)\b", text[m.end() :])):
        # dates.v15: "On the afternoon of the fifteenth the glass began to fall" is a day
        # whatever follows; "on the second ballot" counts something else
        return None
    day_number = int(m["d"]) if m["d"] else ordinal_value(m["dw"])
    suffix = f"-{day_number:02d}"
    step = _MONTH_STEP[m["step"].lower().rstrip(".")] if m["step"] else None
    tense = clause_tense(text, the, m.end())

    def resolve(anchor, _news):
        if anchor is None or anchor[1] is None:
            return None
        months = step or 0
        if step is None and (document or shipping) and anchor[2] is not None and day_number > anchor[2]:
            months = -1  # a letter dated 2 April answering "your letter of the 14th": 14 March
        elif step is None and not valid_date(anchor[0], anchor[1], day_number) and tense in ("past", "future"):
            # A letter of 2 April that "saw him on the 31st" means March; one of 30 April that
            # "will see him on the 31st", May. (A valid day stays in the anchor's month: the
            # story moves on, "On 1 March ... On the 5th".)
            months = -1 if tense == "past" else 1
        year, month = divmod(anchor[0] * 12 + anchor[1] - 1 + months, 12)
        if not valid_date(year, month + 1, day_number):
            return None
        return f"{year:04d}-{month + 1:02d}{suffix}"

    # "the 20th inst." counts from the day of writing, not from the last day mentioned (dates.v12)
    # (dates.v14: so does a shipping list's "Arrived: the 11th": the last such day before the paper's)
    parsed = Parsed("DATE", resolve=resolve, anchoring="deictic" if step is not None or shipping else "anaphoric",
                    fallback=f"XXXX-XX{suffix}")
    if _DATED_FROM_PLACE.search(text, max(0, the - 60), the):
        parsed.moves_story = False  # the day a letter was written is a look back, not the story's day
    if m["daymod"]:
        parsed.mod = "START" if m["daymod"].lower() == "early" else "END"
    return parsed


# dates.v16: a shipping list may leave out "the": "Arrived: 13th, Border Maid, from Hamburg; 14th, Tyne"
_SHIPPING_VERB_BARE = re.compile(r"(?<![\w-])(?:arrived|sailed|cleared|entered)[ \t]*[,:]?[ \t]*(?:the[ \t]+)?\d", re.IGNORECASE)


@rule(r"(?<![\w.,/-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)(?=,)", T_DIGIT)
def shipping_list_day(m, text):
    """dates.v16: a shipping list's day with no article after its verb or a semicolon
    ("Sailed: 15th, Northumbria, for Rotterdam; 15th, ..."): the last such day on or before the
    paper's, as "Arrived: the 11th" is; not a bare ordinal elsewhere ("the 5th, 6th, and 7th")."""
    if not re.search(r"[:;][ \t]*\Z", text[max(0, m.start() - 3) : m.start()]):
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not _SHIPPING_VERB_BARE.search(text, max(line_start, m.start() - 300), m.end()):
        return None
    day_number = int(m["d"])

    def resolve(anchor, _news):
        if anchor is None or anchor[1] is None or anchor[2] is None:
            return None
        months = -1 if day_number > anchor[2] else 0
        year, month = divmod(anchor[0] * 12 + anchor[1] - 1 + months, 12)
        return f"{year:04d}-{month + 1:02d}-{day_number:02d}" if valid_date(year, month + 1, day_number) else None

    return Parsed("DATE", resolve=resolve, anchoring="deictic", fallback=f"XXXX-XX-{day_number:02d}")


@rule(rf"{START}{CLOCK_APPROX}(?P<h>1[0-2]|0?[1-9])\s*(?P<ap>{AMPM})(?:\s*{TIME_ZONE}\b)?", T_DIGIT, ("am", "a.m", "pm", "p.m"))
def hour_ampm(m, text):
    return approx(clock_time(int(m["h"]), 0, None, m["ap"]), m)


_PART_OF_DAY_WORD = re.compile(r"\b(?:morning|dawn|daybreak|noon|midday|afternoon|evening|dusk|"
                               r"nightfall|sunset|night|first\s+light|sunrise|sun-?up)\b", re.IGNORECASE)  # (v9: first light)
# dates.v8: a small hour told near "midnight" or sleep is the night's ("went some time between
# midnight and four ... Where were you at three o'clock?" "Asleep"), not the afternoon's
_NIGHT_CUE = re.compile(r"\b(?:midnight|asleep|the\s+small\s+hours|the\s+early\s+hours|before\s+dawn)\b", re.IGNORECASE)
# an occasion held in the evening: "the annual dinner ... at seven o'clock" is 19:00
_EVENING_EVENT = re.compile(r"\b(?:dinner|supper|soir[ée]e|banquet|concert|evensong|vespers|compline)s?\b", re.IGNORECASE)
_MORNING_IN_SENTENCE = re.compile(r"\b(?:morning|a\.m\.|breakfast|dawn|matins)\b", re.IGNORECASE)


def _evening_event_here(text, start, end):
    """dates.v9: "the Harvest Supper ... on Wednesday at seven o'clock", "Evensong will be said
    at half-past six": an evening occasion in the hour's own sentence makes it the evening's,
    whatever part of the day the text mentioned before (unless the sentence says morning)."""
    left, right = sentence_bounds(text, start, end)
    # (not across a quotation's edge: "“... Six o'clock, if the creek's down.” Supper was at seven")
    marks = [mark.end() for mark in re.finditer(r"[\"“”]", text[left:start])]
    left = left + marks[-1] if marks else left
    closing = re.search(r"[\"“”]", text[end:right])
    right = end + closing.start() if closing else right
    return bool(_EVENING_EVENT.search(text, left, right)) and not _MORNING_IN_SENTENCE.search(text, left, right)


def _night_hours(text: str, start: int, end: int) -> bool:
    return bool(_NIGHT_CUE.search(text, max(0, start - 600), min(len(text), end + 200)))


_CLOCK_MINUTE_WORDS = rf"(?:(?:twenty|thirty|forty|fifty)(?:-(?:{'|'.join(SMALL_NUMBERS[:9])}))?|ten|fifteen|(?:oh|o)-(?:{'|'.join(SMALL_NUMBERS[:9])}))"


@rule(rf"{START}{CLOCK_APPROX}(?P<h>{_alternatives(SMALL_NUMBERS[:12])})[-\s](?P<mi>{_CLOCK_MINUTE_WORDS})(?![\w-])",
      tuple(SMALL_NUMBERS[:12]))
def spoken_clock(m, text):
    """"the eastbound came through at six-twenty", "until ten-fifteen": a clock time said in
    words, after a preposition of time; which half of the day the text decides (dates.v10)."""
    if previous_word(text, m.start("h") if not m["approx"] else m.start()) not in ("at", "about", "around", "till", "until", "by", "after", "before", "past"):
        return None
    if "-" not in m.group() and not re.match(r"\s*(?:[.,;:!?)]|$|(?:a\.?m|p\.?m)\b|in\s+the\b|that\b|this\b)", text[m.end() :]):
        return None  # "at six twenty men were waiting": a count, not a time
    hour = SMALL_NUMBERS.index(m["h"].lower()) + 1
    minute = number_value(re.sub(r"^(?:oh|o)-", "", m["mi"].lower()).replace("-", " "))
    if minute is None or not 1 <= minute <= 59:
        return None
    parsed = approx(clock_time(hour, int(minute)), m)
    if parsed is not None:
        parsed.open_hour = hour < 12
    return parsed


# A line that opens with a weekday and a day of the month: a diary's or a log's dated heading.
_DAY_HEADING = re.compile(r"(?m)^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?\d{1,2}")
_DAY_OF_ITS_OWN_AFTER = re.compile(rf"[ \t]{{1,3}}(?:on[ \t]{{1,3}})?(?:(?:next|this|last|on)[ \t]{{1,3}})?{WEEKDAY}(?![\w-])(?![ \t]+(?:morning|afternoon|evening|night))")
# dates.v15: "at 10 o'clock to-morrow" (no part of the day after it)
_TOMORROW_AFTER = re.compile(r"[ \t]*,?[ \t]*to-?morrow\b(?![ \t]+(?:morning|afternoon|evening|night))", re.IGNORECASE)
# the hours a bare "seven o'clock" is after noon, by the part of the day last mentioned
_AFTERNOON_HOURS = {"noon": range(1, 12), "midday": range(1, 12), "afternoon": range(1, 12),
                    "evening": range(4, 12), "dusk": range(4, 12), "sunset": range(4, 12),
                    "nightfall": range(6, 12), "night": range(7, 12)}


@rule(rf"{START}{CLOCK_APPROX}(?P<h>{_alternatives(SMALL_NUMBERS[:12])}|1[0-2]|0?[1-9])\s+"
      r"o['’]clock(?:\s+(?:in\s+the\s+|that\s+|this\s+|the\s+same\s+)?(?P<part>morning|"
      r"afternoon|evening|at\s+night|night)|\s+(?P<noon>(?:at\s+)?(?:noon|midnight))(?![\w-])"
      r"|\s*(?P<ampm>[ap])\.\s?m\.)?", ("clock",))
def oclock(m, text):
    """"four o'clock that afternoon"; a bare "seven o'clock" after "the afternoon" is 19:00.
    (dates.v14: an old paper's "8 o'clock p.m." is 20:00; "Twelve o'clock at noon", "12 o'clock
    noon" are one clock time.)"""
    token = m["h"].lower()
    hour = SMALL_NUMBERS.index(token) + 1 if token in SMALL_NUMBERS else int(token)
    if m["noon"]:
        if hour != 12:
            return None
        parsed = approx(clock_time(24 if m["noon"].lower().endswith("midnight") else 12), m)
        return parsed
    if m["ampm"]:
        return approx(clock_time(hour, ampm=m["ampm"].lower() + "m"), m)
    part = (m["part"] or "").lower()
    if part and part != "morning" and hour < 12:
        if part != "night" or hour >= 6:
            hour += 12
    open_hour = False
    if not part and 1 <= hour <= 5 and _night_hours(text, m.start(), m.end()):
        open_hour = True  # "between midnight and four ... at three o'clock? Asleep" (dates.v8)
    elif not part:
        # dates.v13: not past a diary's dated heading ("Friday, 20th.—... full by nine o'clock":
        # Tuesday's "noon" is another day's)
        window = max(0, m.start() - 600)
        for heading in _DAY_HEADING.finditer(text, window, m.start()):
            window = heading.start()
        if _DAY_OF_ITS_OWN_AFTER.match(text, m.end()):
            # dates.v16: "will preach at 11 o'clock next Sunday": a clock time with a day of its
            # own is not read in another paragraph's part of the day ("a social Friday evening")
            window = max(window, text.rfind("\n\n", 0, m.start()) + 1)
        cues = _PART_OF_DAY_WORD.findall(text, window, m.start())
        if _TOMORROW_AFTER.match(text, m.end()):
            cues = []  # dates.v15: "said to-night ... admitted at 10 o'clock to-morrow": to-night's part is another day's
        if 6 <= hour <= 11 and (_evening_event_here(text, m.start(), m.end()) or (
                not cues and _EVENING_EVENT.search(text, *sentence_bounds(text, m.start(), m.end())))):
            hour += 12  # "the annual dinner ... at seven o'clock" (dates.v8)
            open_hour = False
        elif cues and hour in _AFTERNOON_HOURS.get(cues[-1].lower(), ()):
            hour += 12
            open_hour = False
        elif 1 <= hour <= 6 and (not cues or cues[-1].lower() in ("morning", "noon", "midday")):
            # dates.v7: "four o'clock the post arrived", "on Saturday at three o'clock" (a funeral):
            # a bare one to six o'clock is the afternoon's, as every gold set has it; a part of
            # the day joined later still decides ("four o'clock on Monday morning")
            hour += 12
            open_hour = True
        else:
            open_hour = hour < 12
    parsed = approx(clock_time(hour), m)
    if parsed is not None:
        parsed.open_hour = open_hour  # "eleven o'clock tomorrow evening" is 23:00
        if re.search(r"\bthis\s+\w+\Z", m.group(), re.IGNORECASE):
            # "about four o'clock this morning": the writer's day (in news the dateline), not
            # the last day the column mentioned (dates.v7), as "six this morning" is
            parsed.anchoring = "deictic"
    return parsed


@rule(rf"(?<![\w-]){CLOCK_APPROX}(?:12\s+)?(?P<word>noon|midnight|midday)(?![\w-])",
      ("noon", "midnight", "midday"))
def noon_midnight(m, text):
    return approx(clock_time(24 if m["word"].lower() == "midnight" else 12), m)


# --- clock times in words -------------------------------------------------------------------

_SCORE_BEFORE = re.compile(r"\d+\s{1,3}for\s{1,3}\Z|\d+\s{0,2}[-/]\s{0,2}\Z")
_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
                 "twenty-five": 25, "twenty five": 25}
# "Up at half past five", "woke at": an hour of the early morning
_EARLY_CUE = re.compile(r"\b(?:up|woke|awoke|rose|risen|dawn|breakfast|night)\b", re.IGNORECASE)
_HOUR = rf"(?P<h>{_alternatives(SMALL_NUMBERS[:12])}|1[0-2]|0?[1-9])"


@rule(rf"{START}{CLOCK_APPROX}(?:(?:(?P<mins>half|a\s+quarter|quarter|twenty[\s-]five|twenty|ten|five)(?:\s+minutes)?"
      rf"|(?P<dmins>[1-5]?\d)\s+minutes)(?:\s+|-)(?P<rel>past|to)\s+)?{_HOUR}(?P<oclock>(?<=\w)\s+o['’]clock)?"
      r"(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+(?:morning|"
      r"afternoon|evening)|(?:to-?morrow|yesterday)\s+(?:morning|afternoon|evening|night))|(?=\s*[,.;:!?)]|\s+(?:and|when|on|that|the|he|she|they|we|I)\b))(?![\w'’-])",
      ("morning", "afternoon", "evening", "night", "tonight", "past", "to"))
def word_clock(m, text):
    """"three in the morning", "five in the afternoon", "ten tonight", "half past seven",
    "twenty past five": a clock time in words. An hour alone needs a part of the day; "half
    past" and "a quarter to" make a time by themselves."""
    if not m["part"] and not m["rel"]:
        return None
    if m["oclock"] and not m["rel"]:
        return None  # "seven o'clock" alone is the o'clock rule's
    if not m["rel"] and _SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Resuming on 301 for 6 this morning": a score, the part of the day alone (dates.v8)
    token = m["h"].lower()
    hour = _HOUR_WORDS.get(token) or int(token)
    minute = 0
    if m["rel"]:
        minute = int(m["dmins"]) if m["dmins"] else _MINUTE_WORDS[re.sub(r"\s+", " ", m["mins"].lower())]
        if not 0 < minute < 60:
            return None
        if m["rel"].lower() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
    part = re.sub(r"\s+", " ", (m["part"] or "").lower())
    if part and "morning" not in part and hour < 12 and not (part == "at night" and hour < 5):
        hour += 12
    elif not part and 1 <= hour <= 5 and _night_hours(text, m.start(), m.end()):
        pass  # a night-time theft's "half past three" (dates.v8)
    elif not part:
        # "five in the afternoon ... at twenty past five": the part of the day last mentioned
        cues = _PART_OF_DAY_WORD.findall(text, max(0, m.start() - 600), m.start())
        if 6 <= hour <= 11 and _evening_event_here(text, m.start(), m.end()):
            hour += 12  # dates.v9: "Evensong will be said at half-past six", after "this morning"
        elif cues and hour in _AFTERNOON_HOURS.get(cues[-1].lower(), ()):
            hour += 12
        elif not cues and 6 <= hour <= 11 and _EVENING_EVENT.search(text, *sentence_bounds(text, m.start(), m.end())):
            hour += 12  # "The soirée will be held ... at half-past seven o'clock" (dates.v8)
        elif not cues and 1 <= hour <= 4 and not _EARLY_CUE.search(text, max(0, m.start() - 40), m.start()):
            hour += 12  # "I told you half past four": a time to meet is in the afternoon
    elif "morning" in part and hour == 12:
        hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    days = 1 if part.startswith(("tomorrow", "to-morrow")) else -1 if part.startswith("yesterday") else 0
    deictic = days != 0 or part in ("tonight", "this morning", "this afternoon", "this evening")
    # "six tomorrow morning": the day after the document's
    day = at_anchor_day if not days else (lambda anchor, news: shift(anchor, "day", days))
    parsed = approx(Parsed("TIME", resolve=day_with_suffix(day, clock),
                           anchoring="deictic" if deictic else "day", borrows=True,
                           fallback="XXXX-XX-XX" + clock), m)
    if not part and hour <= 12:
        parsed.open_hour = True  # "ten minutes to seven on the evening of 21 January" is 18:50 (dates.v7)
    return parsed


@rule(rf"{START}{CLOCK_APPROX}{_HOUR}\s+in\s+the\s+(?P<part>morning|afternoon|evening)\s+of\s+(?:the\s+)?{day('d')}(?:\s+of)?"
      rf"\s+(?P<mon>{MONTH_ANY})(?:,?\s+{year('y')}{YEAR_END})?(?P<weekday>(?!))?(?P<pod>(?!))?(?P<daymod>(?!))?",
      ("morning", "afternoon", "evening"), T_MONTH)
def hour_in_part_of_day(m, text):
    """"about two in the afternoon of 9 November": the hour on that day, one TIME (dates.v7)."""
    token = m["h"].lower()
    hour = _HOUR_WORDS.get(token) or int(token)
    if m["part"].lower() != "morning" and hour < 12:
        hour += 12
    day_parsed = day_date(m, m["y"])
    if day_parsed is None:
        return None
    clock = f"T{hour:02d}:00"
    if day_parsed.resolve is None:
        parsed = Parsed("TIME", day_parsed.value + clock)
    else:
        resolver = day_parsed.resolve
        parsed = Parsed("TIME", resolve=lambda anchor, news: (lambda v: v[:10] + clock if v else None)(resolver(anchor, news)),
                        anchoring=day_parsed.anchoring, borrows=day_parsed.borrows, year_less=day_parsed.year_less,
                        tense=day_parsed.tense, fallback=(day_parsed.fallback or "XXXX-XX-XX")[:10] + clock)
    return approx(parsed, m)


# A bare hour after "at", "until", "by" ... ("stopped at ten.", "Woke at seven to the sound",
# "BACK AT FOUR."): two to eleven only ("at one" is agreement, "at twelve" an age as often as
# noon), and only when nothing it could count follows ("at three sessions", "by two votes").
_BARE_HOUR_WORDS = {word: number for word, number in _HOUR_WORDS.items() if 2 <= number <= 11}
_BARE_HOUR_FOLLOWS = re.compile(
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|but|or|to|when|that|sharp|precisely|exactly|he|she|they|"
    r"we|I|it|you|then|so|the\s+(?:next|following|same)|on\s+(?:the|his|her|their|my)|with|soaked|"
    r"every|each)\b"
    # dates.v15: "came back at six in a canoe" (a manner or a place after it, not "six in the morning")
    r"|\s+in\s+(?:a|an|his|her|their|my|our|its)\s"
    # "gets in at six on Monday morning": the day it falls on follows
    rf"|\s+on\s+(?-i:{_case_sensitive(WEEKDAYS)})\b)", re.IGNORECASE)
# "left school at nine", "priced at ten", "won by three to two": an age, a price, a score
_NOT_AN_HOUR_BEFORE = re.compile(
    r"\b(?:school|schooling|apprentic\w*|orphan\w*|married|widowed|aged?|old|stood|priced|valued|"
    r"estimated|numbered|totall?ed|ranked|placed|finished|sold|capped|set|fixed|put)\b[^.;!?]{0,40}$",
    re.IGNORECASE)
_DAY_HEADING_LINE = re.compile(
    rf"(?m)^[ \t]*(?:{WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH_ANY}|{MONTH_ANY}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+\d{4})?[ \t]*$")
# the hour is in the morning after these ("Woke at seven", "Up at six")
_MORNING_VERB = re.compile(r"\b(?:up|woke|awoke|rose|risen|dawn|breakfast|get\s+up|got\s+up)\b[^.;!?]{0,20}$",
                           re.IGNORECASE)


@rule(rf"(?<![\w-])(?P<prep>at|until|till|by|before|after|struck)\s+{CLOCK_APPROX}"
      rf"(?P<h>{_alternatives(_BARE_HOUR_WORDS)})(?![\w'’-])",
      ("at", "until", "till", "by", "before", "after", "struck"))
def bare_hour(m, text):
    """"stopped at ten", "ill at nine", "the clock had struck six", "home at eleven": an hour
    in words alone is a clock time, read after noon when the part of the day last mentioned
    says so (as a bare "seven o'clock" is)."""
    if not _BARE_HOUR_FOLLOWS.match(text, m.end()):
        return None
    if re.match(r"\s+to\s+(?:\d|" + _alternatives(SMALL_NUMBERS) + r")\b", text[m.end():], re.IGNORECASE):
        return None  # "by three to two": a score
    if re.match(r",\s*or\s+(?:\d|" + _alternatives(SMALL_NUMBERS) + r")\b", text[m.end():], re.IGNORECASE):
        return None  # "He came at six, or seven of them did": a count corrected
    if re.match(r"\s+or\s+(?:\d+|" + _alternatives(SMALL_NUMBERS) + r")\s+(?:feet|foot|inches|yards|miles|metres|meters|"
                r"points|votes|men|people|places|per\s+cent|percent)\b", text[m.end():], re.IGNORECASE):
        return None  # dates.v15: "lower the river by three or four feet": a measure
    if _NOT_AN_HOUR_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    hour = _BARE_HOUR_WORDS[m["h"].lower()]
    if not _MORNING_VERB.search(text, max(0, m.start() - 30), m.start()):
        # a diary's or a timeline's day heading ("Wednesday, 27 January" on a line of its own)
        # opens another day: the last entry's "this evening" says nothing of this one's hours
        window = max(0, m.start() - 600)
        for heading in _DAY_HEADING_LINE.finditer(text, window, m.start()):
            window = heading.end()
        cues = _PART_OF_DAY_WORD.findall(text, window, m.start())
        if _TOMORROW_AFTER.match(text, m.end()):
            cues = []  # dates.v15: "Come at six to-morrow": to-day's part of the day is not to-morrow's
        if cues and hour in _AFTERNOON_HOURS.get(cues[-1].lower(), ()):
            hour += 12
        elif hour <= 5 and _night_hours(text, m.start(), m.end()):
            pass  # "between midnight and four" (dates.v8)
        elif hour <= 5 and clause_tense(text, m.start(), m.end()) == "future":
            hour += 12  # "My father will see you at five": an appointment ahead is the afternoon's (dates.v8)
        elif (not cues and (hour <= 5 or (hour == 6 and m["prep"].lower() in ("by", "struck")))) or (
                hour <= 5 and cues and cues[-1].lower() in ("morning", "noon", "midday")):
            # (with no part of the day in sight, "a piece by six" is a working day's deadline
            # and "the clock had struck six" the evening's; "on duty at six" stays early)
            # "BACK AT FOUR": a shop's or a meeting's hour is in the afternoon; so it is after
            # the morning was mentioned ("opened this morning ... came to the office at four")
            hour += 12
        elif not cues and 7 <= hour <= 11 and m["prep"].lower() == "struck":
            # dates.v15: "The clock upon the mantel struck seven", "the clock on the landing struck
            # nine": with no part of the day in sight, a clock heard striking in a scene is the
            # evening's (as "struck six" is)
            hour += 12
    clock = f"T{hour:02d}:00"
    parsed = Parsed("TIME", resolve=day_with_suffix(at_anchor_day, clock), anchoring="day",
                    borrows=True, fallback="XXXX-XX-XX" + clock,
                    span=((m.start("approx") if m["approx"] else m.start("h")), m.end()),
                    open_hour=True)
    return approx(parsed, m)


@rule(r"(?<![\w-])(?:(?P<every>every|each)\s+|(?P<the>the)\s+)(?-i:(?P<part>morning|afternoon|evening|"
      r"night)(?P<plural>s)?)" + _AT_CLOCK + r"(?![\w'’-])", T_PART)
def parts_of_day_set(m, text):
    """"every morning", "the afternoons", "in the evenings": a part of the day that recurs."""
    if not m["every"] and not m["plural"]:
        return None  # "the morning" is one morning (the_part_of_day)
    if m["every"] and m["plural"]:
        return None
    if re.match(r"\s+of\b", text[m.end() :]):
        return None
    return Parsed("SET", "XXXX-XX-XX" + (_set_clock(m) or _PART_SUFFIX[m["part"]]))


@rule(rf"{START}(?P<weekday>{WEEKDAY})(?P<post>\s+(?:next|last|first))?,?\s+(?P<the>the\s+)?(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)|"
      rf"(?<=the\s)(?P<dw>{DAY_ORDINAL_WORD})(?=\s*[.,;:!?)]))(?![\w])"
      r"(?:\s+(?P<step>ultimo|ult\.|ult|instant|inst\.|inst|proximo|prox\.|prox)(?![\w]))?",
      T_WEEKDAY, (DIGIT, *ORDINALS, "thirtieth"))
def weekday_ordinal_day(m, text):
    """"Saturday the 17th": that day of the month last mentioned; "Thursday, the 24th inst."
    keeps its "inst." (this month), "ult." is last month's, "prox." next month's (dates.v8).
    (dates.v14: an old paper's "Tuesday next, the 19th inst." is one date; "Sunday, the
    twenty-seventh" too.)"""
    day_number = int(m["d"]) if m["d"] else ordinal_value(m["dw"])
    if m["post"] and not (m["the"] and text.startswith(",", m.end("post"))):
        return None  # ("Monday next 12 ..."): only with its comma and "the"
    months = _MONTH_STEP[m["step"].lower().rstrip(".")] if m["step"] else 0
    if not m["the"] and not (re.search(r"(?:\A|\n)[ \t]*\Z", text[max(0, m.start() - 10) : m.start()])
                             and re.match(r"[ \t]*(?:[.:]?[ \t]*(?:\n|\Z|—|–)|[.:][ \t]+[A-Z])", text[m.end() :])):
        # "Thursday, 5th." without "the" only as a diary's heading on its own line, or a log's
        # heading that starts its line and ends in a full stop before the entry ("Sunday, 13th. Calm") (dates.v8)
        return None

    weekday = [w.lower() for w in WEEKDAYS].index(m["weekday"].lower())

    def resolve(anchor, _news):
        if anchor is None or anchor[1] is None:
            return None
        # dates.v12: the weekday says which month ("Thursday the 17th" after a day of last
        # month is this month's 17th, if that is the Thursday); without "inst." or "ult." the
        # month last mentioned, the next or the one before, whichever has that day on that weekday
        for step in (0,) if m["step"] else (0, 1, -1):
            year, month = divmod(anchor[0] * 12 + anchor[1] - 1 + months + step, 12)
            if valid_date(year, month + 1, day_number) and datetime.date(year, month + 1, day_number).weekday() == weekday:
                break
        else:
            year, month = divmod(anchor[0] * 12 + anchor[1] - 1 + months, 12)
        if not valid_date(year, month + 1, day_number):
            return None
        return f"{year:04d}-{month + 1:02d}-{day_number:02d}"

    # "inst.", "ult." and "prox." count from the day of writing (in news the paper's date or
    # the telegram's dateline), not from the last day the text mentioned (dates.v12)
    return Parsed("DATE", resolve=resolve, anchoring="deictic" if m["step"] else "anaphoric",
                  fallback=f"XXXX-XX-{day_number:02d}")


# --- stretches named with a determiner ---------------------------------------------------------


@rule(r"(?<![\w-])(?P<det>the|a)\s+half[\s-](?P<unit>century|decade)(?=\s+(?:since|after|before|that|which|of\s+(?:peace|war|exile|rule))\b|\s*[.,;:])",
      ("half",))
def half_unit_stretch(m, text):
    """dates.v9: "never reprinted in the half-century since", "a half-decade of war": fifty
    (five) years, a DURATION; not a batsman's "a half-century" (no stretch word after it)."""
    if m["det"].lower() == "a" and not re.match(r"\s+(?:since|after|before|of)\b", text[m.end() :]):
        return None
    return Parsed("DURATION", "P50Y" if m["unit"].lower() == "century" else "P5Y")


_SPAN_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|fortnights?)"


@rule(rf"{START}(?P<det>(?:the|The)\s+(?P<rel>past|last|next|coming|following)|(?P<these>these|those|These|Those))\s+"
      rf"(?:(?P<num>{NUMBER_WORD}|\d{{1,3}})\s+)?(?P<half>half[\s-])?(?P<unit>{_SPAN_UNITS})(?![\w-])",
      ("past", "last", "next", "coming", "following", "these", "those"), T_UNIT)
def determined_stretch(m, text):
    """"the past week", "the last decade", "the following weeks", "these six months", "the
    next half-century", "the last half hour": a length of time that ends or starts at the
    story's now, as a DURATION (not "the last week of March", a date, nor "the following
    year", a date the story moves to)."""
    if re.match(r"\s+of\b", text[m.end() :]):
        return None
    if m["det"][0].isupper() and (m.start() == 0 or text[m.start() - 1] == "\n") and _HEADING_LINE.match(text, m.start()):
        return None  # a heading's title: "The last months in Coyoacán: a timeline" (dates.v7)
    unit_word = m["unit"].lower()
    plural = unit_word.endswith("s") and unit_word != "centuries" or unit_word == "centuries"
    unit = unit_name(unit_word)
    rel = (m["rel"] or "").lower()
    if m["num"]:
        amount = number_value(m["num"]) if not m["num"].isdigit() else int(m["num"])
        if amount is None:
            return None
    elif m["half"]:
        if plural or unit not in ("century", "hour", "year", "day"):
            return None
        amount = None
    elif plural:
        if m["these"] or rel not in ("past", "last", "next", "coming", "following"):
            return None
        if rel == "coming" and not re.search(r"(?<![\w-])(?:over|for|throughout|during)\s{1,3}\Z", text[max(0, m.start() - 12) : m.start()],
                                              re.IGNORECASE):
            return Parsed("DATE", "FUTURE_REF")  # "in the coming days": the near future
        # ("work with the department over the coming months": the stretch itself, PXM; dates.v7)
        amount = None  # "the following weeks": an unknown number of them
    else:
        # a single unit: "the past week", "the next decade"; "the next week" or "the following
        # year" is a date, and "these days" no stretch at all
        if m["these"] or unit in ("year", "month", "day") or (unit == "week" and rel not in ("past", "last")):
            return None
        amount = 1
    if m["half"]:
        value = {"century": "P50Y", "hour": "PT30M", "year": "P6M", "day": "PT12H"}[unit]
    else:
        value = duration_value(amount, unit)
    return Parsed("DURATION", value)


# Units of measure a rate counts in the singular: "half a metre a year", "a foot a day" (dates.v10)
_MEASURES = frozenset("metre meter mile foot inch kilometre kilometer yard ton tonne pound gallon litre liter knot degree centimetre millimetre".split())
# A counted noun right before "a year": "60,000 visitors", "3.2 million pesos", "four thousand men"
_RATE_QUANTITY = re.compile(
    rf"(?:(?:\b(?:{_alternatives(SMALL_NUMBERS)})\s+or\s+)?(?:\d[\d,.]*|\b(?:{_alternatives(SMALL_NUMBERS + TENS)}|hundred|thousand|million|billion|dozen)))"
    r"(?:\s+(?:hundred|thousand|million|billion))*\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*\s+$"
    r"|\b(?:hundreds|thousands|dozens|millions|scores)\s+$"  # "hundreds a month" (dates.v7)
    r"|\bhalf\s+an?\s+[a-z]+\s+$"  # "half a metre a year" (dates.v10)
    r"|[$£€¥][\d,.]+[mbk]?n?\s+$"  # "about $190 a year" (dates.v13)
    r"|(?<![\w.])\d{1,3}(?:[sd]\.|/[\d-]+)\s+$",  # dates.v15: shillings and pence, "Wages, 25s. a week", "7/6 a day"
    re.IGNORECASE,
)


@rule(r"(?<=[a-z0-9,.] )(?:a\s+(?P<unit>day|week|month|year)|an\s+(?P<hunit>hour))(?![\w-])(?!\s+(?:later|earlier|ago|before|after|or\b|and\s+a\b|old\b))",
      ("a day", "a week", "a month", "a year", "an hour"))
def rate(m, text):
    """"40,000 visitors a year", "four thousand men a day", "fifteen dollars a week": a quantity
    per unit, a SET (not "for a year", "a year later", "once a year" - its own rule)."""
    before = text[max(0, m.start() - 60) : m.start()]
    words = before.split()
    if before.endswith(". ") and not (text[m.start()].islower() and re.search(r"(?<![\w.])\d{1,3}[sd]\.\s\Z", before)):
        return None  # dates.v15: after a full stop only a shilling's "25s. a week" ("... 12s. A week later")
    if re.search(r"\d[\d,.]*\s*(?:percent|per\s+cent|%)\s+of\s+(?:[a-z][a-z-]*\s+){0,3}$", before, re.IGNORECASE):
        # dates.v14: "about 1 percent of gross domestic product a year": a share of an amount is a rate
        return Parsed("SET", duration_value(1, (m["unit"] or m["hunit"]).lower()))
    quantity = _RATE_QUANTITY.search(before)
    if not words or not quantity:
        return None
    previous = words[-1].lower().strip(",")
    if m["hunit"] and previous in ("miles", "kilometres", "kilometers", "knots", "leagues"):
        return None  # dates.v14: "good for forty miles an hour": a speed, not a SET
    if previous in ("for", "in", "within", "about", "over", "than", "once", "twice", "thrice", "times",
                    "nearly", "almost", "only", "just", "half", "of", "by", "after", "before", "per"):
        return None
    unit = (m["unit"] or m["hunit"]).lower()
    if not (previous.endswith("s") or previous in ("men", "women", "people", "children") or previous in _MEASURES or previous.isdigit()
            or re.fullmatch(r"[\d,.]+", previous) or previous in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "percent")
            or re.fullmatch(r"[$£€¥][\d,.]+[mbk]?n?", previous) or re.fullmatch(r"\d{1,3}(?:[sd]\.|/[\d-]+)", previous)):
        return None  # "a year": only after a counted noun or an amount ("$2 billion a year", "3 percent a year")
    parsed = Parsed("SET", duration_value(1, unit))
    if previous in ("days", "weeks", "months", "nights", "evenings", "mornings"):
        # "six days a year", "two or three days a week": the count of time is part of the set
        parsed.span = (max(0, m.start() - 60) + quantity.start(), m.end())
    return parsed


@rule(r"(?<![\w-])per\s+(?P<unit>day|week|month|year|annum|hour|night)(?![\w-])", ("per",))
def per_unit(m, text):
    """"300 rubles per month", "£40 per annum", "twelve hours per day": a rate, SET (dates.v9)."""
    unit = {"annum": "year", "night": "day"}.get(m["unit"].lower(), m["unit"].lower())
    return Parsed("SET", duration_value(1, unit))


# "Before nightfall", "at dawn on 12 April": a twilight word after a preposition of time is that
# part of the day (TIMEX2 marks it so); "the dawn of a new era", with no preposition, is not.
_TWILIGHT = {"dawn": "TMO", "daybreak": "TMO", "sunrise": "TMO", "nightfall": "TEV", "dusk": "TEV",
             "sunset": "TEV", "lunchtime": "TMI", "lunch-time": "TMI"}


@rule(rf"(?<![\w-])(?:at|before|after|by|until|till|towards|toward)\s+(?-i:(?P<word>dawn|daybreak|sunrise|nightfall|dusk|sunset|lunch-?time))"
      rf"(?:\s+on\s+{day('d')}\s+(?P<mon>{MONTH_FULL})(?:,?\s+{year('y')}{YEAR_END})?)?(?![\w-])(?!\s+of\b)",
      ("dawn", "daybreak", "sunrise", "nightfall", "dusk", "sunset", "lunch"))
def twilight(m, text):
    part = _TWILIGHT[m["word"].lower()]
    if m["d"]:
        mo, d = month_number(m["mon"]), int(m["d"])
        if not valid_date(int(m["y"]) if m["y"] else 2000, mo, d):
            return None
        suffix = f"-{mo:02d}-{d:02d}"
        day_parsed = (Parsed("DATE", f"{m['y']}{suffix}") if m["y"] else
                      Parsed("DATE", **underspecified(suffix, "XXXX" + suffix, clause_tense(text, m.start(), m.end()))))
        timed = make_time(day_parsed, part, "XXXX" + suffix)
        timed.span = (m.start("word"), m.end())
        return timed
    return Parsed("TIME", resolve=day_with_suffix(at_anchor_day, part), anchoring="day",
                  fallback="XXXX-XX-XX" + part, span=(m.start("word"), m.end()))


# --- dates.v8 -------------------------------------------------------------------------------


@rule(r"(?<![\w-])(?P<another>another)\s+(?P<unit>hour|day|week|fortnight|month|year|minute)(?![\w-])", ("another",))
def another_unit(m, text):
    """"If he bats for another hour": one more of the unit, a DURATION (after a word that takes a
    length: "for", "in", "wait"), not "another day" said of a day ("lived to fight another day")."""
    if previous_word(text, m.start()) not in _DURATION_CONTEXT | {"bats", "bat", "batted", "stay", "stayed", "stays"}:
        return None
    if re.match(r"\s+(?:or\s+so|of|later|earlier|ago)\b", text[m.end() :], re.IGNORECASE):
        return None
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])))


@rule(rf"{START}(?P<num>{NUMBER_WORD}|\d{{1,2}})\s+nights(?![\w-])", ("nights",))
def counted_nights(m, text):
    """"For three nights nobody has undressed": a length counted in nights is so many days
    (P3D, as "three days and nights" is), after a word that takes a length."""
    amount = number_value(m["num"].lower()) if not m["num"].isdigit() else int(m["num"])
    if not amount or previous_word(text, m.start()) not in _DURATION_CONTEXT:
        return None
    return Parsed("DURATION", duration_value(amount, "day"))


@rule(r"(?<![\w-])(?:(?P<det>the\s+present|this|a|one)\s+)twelvemonth(?![\w-])", ("twelvemonth",))
def twelvemonth(m, text):
    """"within the present twelvemonth", "a twelvemonth": the old word for a year (P1Y)."""
    if m["det"].lower() in ("a", "one", "this") and re.match(r"\s+(?:ago|later|since|before|after)\b", text[m.end() :], re.IGNORECASE):
        return None  # "a twelvemonth ago" is an offset
    return Parsed("DURATION", "P1Y")


@rule(rf"(?<![\w-])(?P<a>A)\s+(?P<unit>fortnight|week|month|year)(?=\s*[,!?]|\s*\.\s)", ("fortnight", "week", "month", "year"))
def exclaimed_length(m, text):
    """"“A fortnight,” she said": a length said on its own, opening an utterance, is a DURATION
    (not "A week later", nor "A year of ..." in running text)."""
    if not m["a"].isupper() or not re.search(r"(?:\A|[“\"‘]|\n[ \t]*)\Z", text[max(0, m.start() - 3) : m.start()]):
        return None
    return Parsed("DURATION", duration_value(1, unit_name(m["unit"])))


@rule(rf"(?<![\w-])(?P<det>the\s+coming|this\s+coming|this|next|last|the\s+following|the\s+previous|(?<=over\s)the|(?<=during\s)the|"
      r"(?<=until\s)the|(?<=till\s)the|(?<=by\s)the|(?<=before\s)the|(?<=after\s)the)\s+week-?end(?![\w-])",
      ("weekend", "week-end"))
def weekend(m, text):
    """"over the coming weekend" -> 2024-W41-WE: the weekend of the anchor's ISO week, the next
    one for "next"/"the following", the last one for "last"/"the previous". dates.v9: "until
    the weekend", "by the weekend", "before the weekend" too."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(det, 0)
    if det == "the" and clause_tense(text, m.start(), m.end()) == "past":
        step = -1  # "trains were crowded over the weekend" (said in the week after it)
    if det == "the" and re.match(r"\s+(?:of|before|after)\b", text[m.end() :], re.IGNORECASE):
        return None  # "over the weekend of 12 March" is left to the date
    anchoring = "anaphoric" if det.startswith("the following") or det.startswith("the previous") else "deictic"

    def resolve(anchor, _news):
        if anchor is None or anchor[2] is None:
            return None
        day = datetime.date(*anchor) + datetime.timedelta(weeks=step)
        if step == 0 and day.weekday() == 6 and det != "this":
            day += datetime.timedelta(days=1)  # on a Sunday "the coming weekend" is next week's
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"

    return Parsed("DATE", resolve=resolve, anchoring=anchoring, fallback="XXXX-WXX-WE")


@rule(r"(?<![\w-])(?P<every>every\s+|on\s+)?weekday\s+(?P<part>mornings|afternoons|evenings|nights)(?![\w-])", ("weekday",))
def weekday_parts(m, text):
    """"open on weekday mornings": the part of every weekday, a SET (XXXX-WXX-XTMO)."""
    part = PART_OF_DAY[m["part"].lower()[:-1]]
    return Parsed("SET", "XXXX-WXX-X" + part, span=(m.start() + m.group().lower().index("weekday"), m.end()))


@rule(rf"{START}the\s+(?P<nth>first|second|third|fourth|last)\s+(?P<wd>{WEEKDAY})\s+of\s+(?:each|every)\s+month(?![\w-])",
      T_WEEKDAY, ("month",))
def nth_weekday_each_month(m, text):
    """"lectures on the first Thursday of each month": once a month, a SET P1M, one span."""
    return Parsed("SET", "P1M")


_OPENING_WORDS = {"open", "opens", "closed", "closes", "hours", "daily"}


@rule(rf"{START}(?P<w1>{WEEKDAY})s?\s*(?:to|through|–|-)\s*(?P<w2>{WEEKDAY})s?"
      rf"(?:,?\s+\d{{1,2}}(?:[.:]\d{{2}})?\s*{AMPM}\s*(?:to|–|-)\s*\d{{1,2}}(?:[.:]\d{{2}})?\s*{AMPM})?", T_WEEKDAY)
def opening_days(m, text):
    """"Open Tuesday to Sunday, 10 a.m. to 5 p.m.": a building's opening days (and hours) recur
    every week, one SET XXXX-WXX-2/XXXX-WXX-7 (dates.v8); only after "open", "closed",
    "hours", so that "from Tuesday to Sunday" in a story stays two days."""
    if previous_word(text, m.start()).lower() not in _OPENING_WORDS:
        return None
    first = [w.lower() for w in WEEKDAYS].index(m["w1"].lower()) + 1
    last = [w.lower() for w in WEEKDAYS].index(m["w2"].lower()) + 1
    return Parsed("SET", f"XXXX-WXX-{first}/XXXX-WXX-{last}")


@rule(rf"(?<![\w-])between\s+midnight\s+and\s+(?P<h>{_alternatives(SMALL_NUMBERS[:11])}|1[01]|0?[1-9])"
      r"(?:\s+o['’]clock|\s*(?P<am>a\.m\.|am\b))?(?![\w'’-])", ("midnight",))
def midnight_range(m, text):
    """"some time between midnight and four": the small hours of the day reached, one TIME range
    from T00:00 to the hour (dates.v8)."""
    token = m["h"].lower()
    hour = SMALL_NUMBERS.index(token) + 1 if token in SMALL_NUMBERS else int(token)

    def resolve(anchor, is_news):
        day = at_anchor_day(anchor, is_news)
        return f"{day}T00:00/{day}T{hour:02d}:00" if day else None

    return Parsed("TIME", resolve=resolve, anchoring="day", fallback=f"XXXX-XX-XXT00:00/XXXX-XX-XXT{hour:02d}:00")
