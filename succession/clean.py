"""Turn one raw scraped page text into clean content text, recording every change.

The cleaner works on lines. Each raw line is first normalised character by character (encoding
repair, NFC, line ends, no-break spaces, control characters, trailing blanks); then whole lines
are judged as content, boilerplate or page metadata. Boilerplate is recognised by general means:
whole-line patterns from ``resources/boilerplate.json`` (validated against
``schema/boilerplate.schema.json``) combined with position (the top and bottom edges of the page)
and run structure (menus, share-button lists, teasers). No rule names a particular site.

Every change is a :class:`Removal` on raw offsets, so ``restore_raw(c.text, c.removals)`` gives the
raw text back exactly.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ftfy

from succession.data import Cleaned, Note, PageMetadata, Removal, Section

# v2: lines repeated across the pages of a site (``site_lines``, boilerplate.site_repeat).
# v3: a title misplaced by credit lines or short opening sentences no longer takes the text above
# it with it; header-only credit patterns, pattern-opened boxes (signatures, navboxes), page
# numbers and running heads, repeated post subjects.
# v4: thread, shop, catalogue and media furniture: post headers with relative times, timestamps,
# user lines, runs of widgets inside the text, record label/value fields, infoboxes, vertical
# navbox links, teaser boxes inside an article; a page-stamped line repeated through a page.
# v5: infoboxes, a record's descriptive fields (creator, date, publisher, physical description,
# language, subjects, notes) and data-table rows are protected content; only a record's service
# fields (identifiers, links, rights, citation) go, and a shop's product details; "designed by"
# only with a web word.
# v6: a paragraph longer than a standfirst starts the text; record and infobox lines are never the
# title, and a person's record (birth, death, burial) is one; a name card over furniture under
# the subtitle is not the title; a "Headline | Series" line above the text is the title; a wiki's
# table of contents box; UI buttons ("Add topic", "Leave a Flower") in context; a transcript's
# heading over its timestamp stays; a record's "Language:" field stays.
# v7 (precision on unseen page types): running heads recur pages apart and are never dates ("7
# November" in a chronology stays); the series is never lifted from the title's own block or over a
# "title" that is only a number, a name or a metadata line; a chapter number over a heading above
# the title stays; pipe tables ("Year | Appointed | Total") are protected; a reading list under a
# heading at the end ("Further reading" / "Moshe Lewin, Lenin's Last Struggle (1968)") is text;
# catalogue labels of an edition ("Publish Date", "Pages", "People", "Times", a bare "Language").
# v8 (precision and recall on unseen page types): a headline over a standfirst sentence and a
# byline is the title, not a menu's last label (nor is a short label like "Save" found nearer the
# text); a run's last label directly over the first paragraph ("Abstract") is its heading; "Next
# week: ..." ending in a stop is a sentence, not a pager link; an article's "Keywords:" line stays.
# New patterns: paywall, meter and newsletter boxes, "Click to share ... (Opens in new window)",
# citation-style tools, licence lines, comment prompts, image-source and agency credits.
# v10 (precision on unseen sites): corroboration. A line removed only by a weak rule (edge and
# header runs, widget runs, menu blocks, edge link bars, a lifted series) stays unless it shows a
# furniture signal (a pattern, a menu word in a bar, a non-weak removal, a URL, handle or counter)
# or stands in a run of removed lines at least half of which show one. A line with a span of years
# is never a site or series name. Recall falls.
CLEANER = "clean.v10"

_LOG = logging.getLogger(__name__)

_REPO_ROOT = Path(__file__).resolve().parents[1]
BOILERPLATE_PATH = _REPO_ROOT / "resources" / "boilerplate.json"
BOILERPLATE_SCHEMA_PATH = _REPO_ROOT / "schema" / "boilerplate.schema.json"

# --- thresholds -------------------------------------------------------------------------------

# A line of at least this many words that ends like a sentence is prose: shorter sentences are
# as likely to be captions, buttons or headings.
PROSE_MIN_WORDS = 10
# Scraped paragraphs sometimes lose their final stop; a line this long is prose whatever its end.
PROSE_LONG_WORDS = 20
# Furniture lines are short (the longest are cookie banners of a few dozen words). Longer lines are
# never matched against the patterns, which keeps the scan cheap and protects paragraphs.
PATTERN_MAX_WORDS = 60
PATTERN_MAX_CHARS = 500
# Menu items, tab labels and share buttons are one to four words.
LINK_MAX_WORDS = 4
LINK_MAX_CHARS = 40
# Headings and page titles: longer lines read as paragraphs.
HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 150
# A line after a heading with at least this many words makes the heading a section heading.
HEADING_NEXT_MIN_WORDS = 8
# A heading-like line this long directly under a shorter heading is its standfirst (subtitle).
STANDFIRST_MIN_WORDS = 10
# A standfirst (a sentence or two over the byline and share buttons) is at most this long; a
# longer paragraph is the text itself, even with a label glued under it (the largest standfirst
# in the labelled pages has 28 words, the shortest paragraph taken for one 37).
STANDFIRST_MAX_WORDS = 35
# Site and series names in the header.
NAME_MAX_WORDS = 14
NAME_MAX_CHARS = 160
# A citation or note is rarely longer; this keeps body paragraphs with inline page references out
# of the notes.
NOTE_MAX_WORDS = 80
# A teaser block under a related-articles heading: a handful of titles and one or two sentences.
# More than that after the heading means it is a real section, not a teaser.
TEASER_MAX_LINES = 25
TEASER_MAX_LONG_LINES_PER_HEADING = 2
TEASER_LONG_WORDS = 12
TEASER_MAX_WORDS = 60
# Two lines are neighbours for run structure when at most this many blank lines lie between.
NEIGHBOUR_MAX_BLANKS = 1
# A run of this many consecutive short lines before the first paragraph is a menu or a table of
# contents, not a title or a site name.
HEADER_MENU_MIN_LINES = 3
# Text above a title that is misplaced: sentences or list items of at least EVIDENCE_MIN_WORDS
# words, at least EVIDENCE_MIN_LINES of them (one sentence above a title is as likely a tagline).
EVIDENCE_MIN_WORDS = 4
EVIDENCE_MIN_LINES = 2
# A chapter or part number above a title: "Chapter III", "Part One", "Session 9".
KICKER_MAX_WORDS = 4
# Metadata lines (bylines, dates, issue lines) are short.
METADATA_MAX_WORDS = 16
# Lines repeated across the pages of one site (C4 and trafilatura remove repeated lines too). A
# line is learned when it occurs in at least SITE_MIN_DOCS distinct documents of the site *and* in
# at least SITE_MIN_SHARE of them. Three documents is the least that separates furniture from
# chance: two articles of one site can quote the same sentence, three rarely do, and the share
# keeps a famous quotation that a large site repeats in a few of its many articles. Furniture
# (menus, sidebars, footers, disclaimers) is on most pages, so half of them loses little recall.
SITE_MIN_DOCS = 3
SITE_MIN_SHARE = 0.5
# A page whose words are mostly learned lines is a copy of another page (or a list page), not a
# page with furniture: nothing is removed from it by this rule, so duplicates never empty out.
SITE_MAX_WORD_SHARE = 0.5
SITE_REPEAT_RULE = "boilerplate.site_repeat"
NAVBOX_RULE = "boilerplate.navbox"
POST_TIME_RULE = "boilerplate.post_time"
RECORD_FIELD_RULE = "boilerplate.record_field"
# A record (catalogue, archive, shop or museum fields) is a block with at least this many field
# lines; fewer could be a "Publisher:" line in a citation.
RECORD_MIN_FIELDS = 3
# Value lines between two fields of one record ("Subjects" over three subject headings).
RECORD_MAX_GAP = 3
PRODUCT_RULE = "boilerplate.product_detail"
COUNTER_RULE = "boilerplate.counter"
# A box opened by a pattern (signature, navbox) holds short lines: a signature is a line or two,
# a navbox a title and rows of links. A longer line is a post or a paragraph and ends the box.
BOX_MAX_LINES = 12
BOX_MAX_WORDS = 30
# Page numbers of a converted print text: this many in a row, counting up, make a sequence (two
# numbers in a row are too easily a table or a list of years).
PAGE_RUN_MIN = 3
# Pages hold text: consecutive page numbers further apart than this many lines (a numbered
# "Most popular" list has its numbers two lines apart).
PAGE_MIN_LINES = 4
RUNNING_HEAD_MAX_WORDS = 12
# A run of widgets inside the text (a post's vote, share and reply buttons, a rating block) is a
# run of short labels of which at least this many, and this share, are furniture already: two
# recognised buttons make the labels between them buttons too; one could be a word in a list.
WIDGET_RUN_MIN_FURNITURE = 2
WIDGET_RUN_MIN_SHARE = 0.4
# A user line: a credential or a name with the post's age, parts joined by "·" or "|" (Q&A and
# forum answer cards). Longer lines are paragraphs.
USER_LINE_MAX_WORDS = 30
# An infobox before the first paragraph: a block of short lines with at least this many
# "Label<TAB>value" rows. One row could be a table's only line.
INFOBOX_MIN_ROWS = 2
INFOBOX_LABEL_MAX_WORDS = 4
# A line carrying a URL, an address or a clock time that recurs this many times in one page is a
# stamp printed on every page of a converted document ("This content downloaded from ...").
PAGE_STAMP_MIN_REPEATS = 3
WIDGET_RUN_RULE = "boilerplate.widget_run"
# Data tables: a row of at least TABLE_MIN_CELLS cells, more than half of them numbers, and at
# least TABLE_MIN_ROWS such rows in a row (one row of numbers could be a post's counters).
TABLE_MIN_CELLS = 2
TABLE_MIN_ROWS = 2
TABLE_ROW_MAX_WORDS = 30

# ftfy restricted to encoding repair: everything that changes what the text says or how it is
# laid out (quotes, ligatures, widths, line breaks, normalisation, HTML entities) stays off.
# Control characters are removed by our own step so that they get their own rule.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Line terminators: CRLF, CR, LF, and the vertical tab, form feed and Unicode line/paragraph
# separators, which scraped text uses as line breaks. NEL (U+0085) is not one: it is also a byte
# of mojibake ("Ã\x85" is "Å") and is handled by the encoding repair.
_LINE_END = re.compile("\r\n|[\r\n\x0b\x0c\u2028\u2029]")
# Characters replaced or removed inside a line. Tab stays (it is layout); BOM and zero-width
# no-break space are invisible junk in scraped text; lone surrogates cannot be encoded.
_CHAR_FIXES = re.compile(
    "(?P<nbsp>[\u00a0\u2007\u202f]+)"
    "|(?P<control>[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]+)"
    "|(?P<surrogate>[\ud800-\udfff]+)"
)
_NBSP_CHARS = re.compile("[\u00a0\u2007\u202f]")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ASCII_SPACE_RUN = re.compile(r"([ \t]+)")
_WHITESPACE = re.compile(r"\s+")

# Decorations trimmed from both ends of a line before pattern matching ("» Read more", "↑ Back
# to top", "• Facebook").
_DECORATION = "»«›‹→←↑↓•·∙▪►▸◂◄|*_ \t"

_SENTENCE_END = tuple(".!?…:;")
# Closing quotes, brackets and footnote markers that may follow a sentence's final stop.
_CLOSERS = re.compile(r"(?:[\"”’'»)\]]|\[\d{1,3}\])+$")
_HEADING_BAD_END = tuple(".,;:")
_QUOTE_START = tuple("\"“”„«‘’'([{<")
_BULLETS = tuple("•▪◦‣∙*")
_LIST_MARKER = re.compile(r"^([-*•▪◦–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s|\(\w{1,3}\)\s)")

# --- notes ------------------------------------------------------------------------------------

_NOTE_MARKER_ONLY = re.compile(r"^(?:\[(?P<a>\d{1,3}|[a-z])\]|\((?P<b>\d{1,3})\)|(?P<c>\d{1,3})[.)])$")
_NUMBERED_NOTE = re.compile(
    r"^(?:\[(?P<a>\d{1,3})\]|\((?P<b>\d{1,3})\)|(?P<c>\d{1,3})[.)])\s*(?P<caret>\^\s*(?:[a-z]{1,2}\s+)*)?(?P<text>\S.*)$"
)
_CARET_NOTE = re.compile(r"^\^\s*(?:[a-z]{1,2}\s+)*(?P<text>\S.*)$")
_BODY_MARKER = re.compile(r"\[(\d{1,3})\]")
_NOTES_HEADING = re.compile(
    r"^(notes?|footnotes?|endnotes?|references?|sources?|bibliography|works cited|citations?|"
    r"notes and references|references and notes|further reading|literature)\s*:?$",
    re.IGNORECASE,
)
# "References[edit]": a wiki heading with its edit link still on it.
_EDIT_SUFFIX = re.compile(r"\s*\[(?:edit|edit source|change|modifier|bearbeiten)\]$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_PAGE_REF = re.compile(r"\bpp?\.\s*[\divxlc]+")
_CITATION_OPENER = re.compile(r"^(ibid\b|id\.|op\.? cit|loc\.? cit|cf\.)", re.IGNORECASE)
# "Leon Trotsky, ...", "Trotsky, L. ...", "Deutscher I. (1954) ...": a name and then a comma or
# parenthesis within the first few words.
_AUTHOR_OPENER = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|la|le)){0,4}\s*[,(]")

# --- metadata ---------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>\d{4})"
_TIME = (
    r"(?:(?:,|\s+at|\s*-|\s*\||T)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\.\d+)?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>zulu|utc|gmt|z|[a-z]{2,5}|[+-]\d{2}:?\d{2})?)?"
)
_DATE_FORMS = [
    re.compile(rf"{_WEEKDAY}{_YEAR4}-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR4}{_TIME}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR4}{_TIME}", re.IGNORECASE),
    re.compile(rf"{_MONTH},?\s+{_YEAR4}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}(?P<first>\d{{1,2}})(?P<sep>[-/.])(?P<second_num>\d{{1,2}})(?P=sep){_YEAR4}{_TIME}", re.IGNORECASE),
]
_YEAR_ONLY = re.compile(r"(?P<year>1[5-9]\d\d|20\d\d)")

_MODIFIED_LINE = re.compile(
    r"^(?:this page was last (?:edited|modified|updated)(?: on)?|(?:page |site |article |post )?"
    r"(?:last )?(?:modified|updated|edited|revised|amended)(?: on| at)?)\s*:?\s*(?P<rest>.+?)\.?$",
    re.IGNORECASE,
)
_PUBLISHED_LINE = re.compile(
    r"^(?:(?:first )?(?:posted|published|released|created|written|dated)(?: on| at)?\s*:?|(?:date|on)\s*:)\s*"
    r"(?P<rest>.+?)\.?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:(?:written |posted |story |words |reported |text )?by|authors?|writers?|reporters?)\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_DASH_BYLINE = re.compile(r"^[-–—]+\s*(?P<names>[^-–—].*)$")
_TRAILING_BY = re.compile(r"^(?P<rest>.+?)\s+by\s+(?P<names>\S.*)$", re.IGNORECASE)
_ISSUE = re.compile(
    r"^(?:vol(?:ume)?\.?\s*(?P<vol>\d+|[ivxlc]+)\s*[,/;.\-–]?\s*(?:no|number|issue|iss|nr)\.?\s*#?\s*(?P<no>\d+)"
    r"|(?:issue|no|number|nr)\.?\s*#?\s*(?P<no_only>\d+)|vol(?:ume)?\.?\s*(?P<vol_only>\d+|[ivxlc]+))"
    r"\s*[,;:|\-–—]?\s*(?P<rest>.*?)\.?$",
    re.IGNORECASE,
)
_METADATA_PART_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[–—]\s+")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|de|van|von|der|den|la|le|du|da|di|del|bin|ibn|al-\w+)$")
# First words that make "By Their Fruits" or "By Contrast" a phrase rather than a byline.
_NOT_NAME_FIRST = {
    "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my",
    "your", "way", "means", "now", "then", "which", "what", "all", "any", "some", "far", "contrast",
    "comparison", "chance", "default", "design", "hand", "no", "order", "request", "staff",
}
_LOGO_MARKER = re.compile(r"\s*[(\[]?\b(?:site )?logo\b[)\]]?\s*$", re.IGNORECASE)
_WORK_TITLE_WORDS = {
    "of", "and", "the", "in", "on", "for", "to", "a", "an", "from", "with", "at", "under", "against",
    "into", "between", "after", "before", "since", "about", "&",
}
# "Source: ...", "Item type: Article", "Transcription/HTML Markup: ...": a label of one to three
# words, a colon, a value. Titles with a colon ("Stalin: A Biography") have longer first parts or
# stand just before the text, where they are found as the title.
_FIELD_LINE = re.compile(r"^[A-Z][\w/&.-]*(?: [\w/&.-]+){0,2}:\s+\S")
# "Piotr N.": a name ending in an initial is a label, not a sentence.
_ENDS_WITH_INITIAL = re.compile(r"\s[A-Z]\.$")
# "Moscow, 15 October 1923": the place and date of a letter or dispatch, never its title.
_DATELINE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s+(?P<date>.+)$")
# A chapter or part number: "Chapter III", "Part One", "Session 9", "CHAPTER FOUR".
_NUMBER_WORD = re.compile(
    r"\b(?:\d+|[IVXLC]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth))\b"
)
_LINK_BAR_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•∙]\s+")


# --- the pattern data file --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BoilerplatePattern:
    """One pattern from the data file, compiled."""

    id: str
    rule: str
    scope: str  # line, context, header, teaser or suffix
    regex: re.Pattern
    description: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    heads_block: bool = False  # the short lines under it in its block go with it

    def matches_line(self, key: str) -> bool:
        return self.scope != "suffix" and self.regex.fullmatch(key) is not None


@lru_cache(maxsize=4)
def load_boilerplate_patterns(
    path: Path = BOILERPLATE_PATH, schema_path: Path = BOILERPLATE_SCHEMA_PATH
) -> tuple[BoilerplatePattern, ...]:
    """Load, validate (jsonschema) and compile the boilerplate patterns once per process."""
    import jsonschema  # only needed when the file is loaded, once

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    patterns = []
    for entry in data["patterns"]:
        try:
            if entry["scope"] == "suffix":
                regex = re.compile(f"(?:{entry['regex']})$", re.IGNORECASE)
            else:
                regex = re.compile(entry["regex"], re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"boilerplate pattern {entry['id']!r}: {error}") from error
        patterns.append(
            BoilerplatePattern(
                id=entry["id"],
                rule=entry["rule"],
                scope=entry["scope"],
                regex=regex,
                description=entry["description"],
                examples=tuple(entry["examples"]),
                counterexamples=tuple(entry.get("counterexamples", ())),
                heads_block=bool(entry.get("heads_block", False)),
            )
        )
    return tuple(patterns)


def match_key(line: str) -> str:
    """The form of a line that patterns are matched against: decorations trimmed, spaces collapsed."""
    return _WHITESPACE.sub(" ", line).strip(_DECORATION)


def pattern_key(line: str) -> str:
    """The key patterns see: ``match_key``, or the bare line when it is all decoration ("_____")."""
    return match_key(line) or _WHITESPACE.sub(" ", line).strip()


def match_boilerplate(line: str, patterns: Sequence[BoilerplatePattern] | None = None) -> BoilerplatePattern | None:
    """The first whole-line pattern that matches ``line``, or None (long lines never match).

    A line that ends in an "[edit]"-style suffix is matched without it ("See also[edit]")."""
    if patterns is None:
        patterns = load_boilerplate_patterns()
    if len(line) > 2 * PATTERN_MAX_CHARS:  # a paragraph; skip the whitespace collapsing too
        return None
    key = pattern_key(line)
    if not key or len(key) > PATTERN_MAX_CHARS or len(key.split()) > PATTERN_MAX_WORDS:
        return None
    for pattern in patterns:
        if pattern.matches_line(key):
            return pattern
    for pattern in patterns:
        if pattern.scope == "suffix":
            match = pattern.regex.search(key)
            if match and match.start() > 0:
                return match_boilerplate(key[: match.start()], [p for p in patterns if p.scope != "suffix"])
    return None


# --- character normalisation ------------------------------------------------------------------


@dataclass(slots=True)
class _Piece:
    """A stretch of one raw line and what it becomes; ``rule is None`` means unchanged."""

    start: int
    end: int
    out: str
    rule: str | None


@dataclass(slots=True)
class _Line:
    start: int
    content_end: int
    end: int
    terminator: str
    pieces: list[_Piece]
    text: str  # the normalised content
    key: str = ""  # match_key(text)
    words: int = 0
    blank: bool = False
    pattern: BoilerplatePattern | None = None
    _rule: str | None = None  # set (through ``rule``) when the whole line is removed
    link_bar: bool = False
    metadata: dict | None = None  # parsed metadata values, when the line is a metadata line
    note: bool = False  # a note, note marker or notes heading: protected content
    block: int = -1  # index of the run of non-blank lines the line belongs to
    # Why the line is content whatever a later stage makes of it ("infobox", "record", "table"):
    # rows of an infobox, a record's descriptive fields, data-table rows. They look like menus
    # and widgets (short labels, bare numbers) but carry facts; no rule removes them.
    protected: str | None = None

    @property
    def rule(self) -> str | None:
        return self._rule

    @rule.setter
    def rule(self, value: str | None) -> None:
        if value is not None and self.protected is not None:
            return  # protected content: a removal asked for by a later stage is refused
        self._rule = value

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def kept(self) -> bool:
        return not self.blank and self.rule is None


def _split_lines(raw: str) -> list[tuple[int, int, int, str]]:
    """(start, content_end, end, terminator) for each raw line; a final terminator opens no line."""
    spans = []
    position = 0
    for match in _LINE_END.finditer(raw):
        spans.append((position, match.start(), match.end(), match.group()))
        position = match.end()
    if position < len(raw):
        spans.append((position, len(raw), len(raw), ""))
    return spans


def _common_affixes(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix of two strings (not overlapping)."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _window_piece(start: int, old: str, new: str, rule: str) -> list[_Piece]:
    """Pieces for ``old`` (at raw ``start``) becoming ``new``: the changed middle only."""
    prefix, suffix = _common_affixes(old, new)
    if prefix + suffix == len(old) and old:
        # A pure insertion would be an empty raw span; widen it by one character instead.
        if prefix:
            prefix -= 1
        else:
            suffix -= 1
    pieces = []
    if prefix:
        pieces.append(_Piece(start, start + prefix, old[:prefix], None))
    pieces.append(_Piece(start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix], rule))
    if suffix:
        pieces.append(_Piece(start + len(old) - suffix, start + len(old), old[len(old) - suffix :], None))
    return pieces


def _repair_encoding(text: str, start: int) -> list[_Piece]:
    """Fix mojibake in one line with ftfy, recording one piece per repaired word where possible."""
    fixed = ftfy.fix_text(text, _FTFY_CONFIG)
    if fixed == text or _LINE_END.search(fixed) or "\n" in fixed:
        # Unchanged, or a "repair" that would invent a line break: keep the line as it is.
        return [_Piece(start, start + len(text), text, None)]
    # Repair word by word so that each mojibake sequence is its own removal; the line-level result
    # decides (ftfy judges better with context), so fall back to one window if the words disagree.
    tokens = _ASCII_SPACE_RUN.split(text)
    fixed_tokens = [token if token.isascii() else ftfy.fix_text(token, _FTFY_CONFIG) for token in tokens]
    if "".join(fixed_tokens) != fixed:
        return _window_piece(start, text, fixed, "unicode.repair")
    pieces: list[_Piece] = []
    position = start
    for token, fixed_token in zip(tokens, fixed_tokens):
        if token == fixed_token:
            pieces.append(_Piece(position, position + len(token), token, None))
        else:
            pieces.extend(_window_piece(position, token, fixed_token, "unicode.repair"))
        position += len(token)
    return pieces


def _fix_characters(pieces: list[_Piece]) -> list[_Piece]:
    """No-break spaces to spaces; control characters removed; lone surrogates to U+FFFD."""
    result: list[_Piece] = []
    for piece in pieces:
        if piece.rule is not None:
            out = _NBSP_CHARS.sub(" ", piece.out)
            out = _CONTROL_CHARS.sub("", out)
            piece.out = _SURROGATES.sub("\ufffd", out)
            result.append(piece)
            continue
        position = 0
        text = piece.out
        for match in _CHAR_FIXES.finditer(text):
            if match.start() > position:
                result.append(_Piece(piece.start + position, piece.start + match.start(), text[position : match.start()], None))
            found = match.group()
            if match.lastgroup == "nbsp":
                replacement, rule = " " * len(found), "whitespace.nbsp"
            elif match.lastgroup == "control":
                replacement, rule = "", "control.char"
            else:
                replacement, rule = "\ufffd" * len(found), "unicode.repair"
            result.append(_Piece(piece.start + match.start(), piece.start + match.end(), replacement, rule))
            position = match.end()
        if position < len(text):
            result.append(_Piece(piece.start + position, piece.end, text[position:], None))
    return result


def _normalise_nfc(pieces: list[_Piece]) -> list[_Piece]:
    """Compose to NFC; the changed stretch of the line becomes one piece."""
    out = "".join(piece.out for piece in pieces)
    if unicodedata.is_normalized("NFC", out):
        return pieces
    composed = unicodedata.normalize("NFC", out)
    prefix, suffix = _common_affixes(out, composed)
    window_start, window_end = prefix, max(prefix + 1, len(out) - suffix)
    # Changed pieces inside the window are taken whole (their raw text does not map character by
    # character); unchanged pieces are cut at the window's edges.
    bounds = []
    position = 0
    for piece in pieces:
        bounds.append((position, position + len(piece.out)))
        position += len(piece.out)
    for piece, (piece_start, piece_end) in zip(pieces, bounds):
        if piece.rule is not None and piece_start < window_end and piece_end > window_start:
            window_start, window_end = min(window_start, piece_start), max(window_end, piece_end)
    before: list[_Piece] = []
    after: list[_Piece] = []
    inside: list[_Piece] = []
    for piece, (piece_start, piece_end) in zip(pieces, bounds):
        if piece_end <= window_start and not (piece_start == piece_end == window_start and inside):
            before.append(piece)
        elif piece_start >= window_end:
            after.append(piece)
        elif piece.rule is None:
            cut_start = piece.start + max(0, window_start - piece_start)
            cut_end = piece.start + min(piece_end, window_end) - piece_start
            if cut_start > piece.start:
                before.append(_Piece(piece.start, cut_start, piece.out[: cut_start - piece.start], None))
            inside.append(_Piece(cut_start, cut_end, piece.out[cut_start - piece.start : cut_end - piece.start], None))
            if cut_end < piece.end:
                after.append(_Piece(cut_end, piece.end, piece.out[cut_end - piece.start :], None))
        else:
            inside.append(piece)
    rules = [piece.rule for piece in inside if piece.rule]
    rule = "unicode.repair" if "unicode.repair" in rules else "unicode.nfc"
    replacement = composed[window_start : len(composed) - (len(out) - window_end)]
    merged = _Piece(inside[0].start, inside[-1].end, replacement, rule)
    return before + [merged] + after


def _strip_trailing(pieces: list[_Piece]) -> list[_Piece]:
    """Remove trailing blanks (after no-break spaces became spaces)."""
    out = "".join(piece.out for piece in pieces)
    keep = len(out.rstrip())
    if keep == len(out):
        return pieces
    result: list[_Piece] = []
    position = 0
    for piece in pieces:
        piece_start, position = position, position + len(piece.out)
        if position <= keep:
            result.append(piece)
        elif piece_start >= keep:
            piece.out = ""
            if piece.rule is None or piece.rule in ("whitespace.nbsp", "control.char"):
                piece.rule = "whitespace.trailing"
            result.append(piece)
        elif piece.rule is None:
            cut = piece.start + (keep - piece_start)
            result.append(_Piece(piece.start, cut, piece.out[: keep - piece_start], None))
            result.append(_Piece(cut, piece.end, "", "whitespace.trailing"))
        else:
            piece.out = piece.out[: keep - piece_start]
            result.append(piece)
    return result


def _normalise_line(raw: str, start: int, end: int) -> list[_Piece]:
    text = raw[start:end]
    if text.isascii():
        pieces = [_Piece(start, end, text, None)]
    else:
        pieces = _repair_encoding(text, start)
    pieces = _fix_characters(pieces)
    pieces = _normalise_nfc(pieces)
    pieces = _strip_trailing(pieces)
    # Drop empty unchanged pieces and changes that turned out to change nothing.
    tidy = []
    for piece in pieces:
        if piece.rule is not None and piece.out == raw[piece.start : piece.end]:
            piece.rule = None
        if piece.rule is None and piece.start == piece.end:
            continue
        tidy.append(piece)
    return tidy


def _read_lines(raw: str) -> list[_Line]:
    lines = []
    block = -1
    previous_blank = True
    for start, content_end, end, terminator in _split_lines(raw):
        pieces = _normalise_line(raw, start, content_end)
        text = "".join(piece.out for piece in pieces)
        line = _Line(start, content_end, end, terminator, pieces, text)
        line.blank = not text.strip()
        if not line.blank:
            # Paragraphs are never matched or measured as labels; their key need not be exact.
            line.key = match_key(text) if len(text) <= PATTERN_MAX_CHARS else text.strip()
            line.words = len(text.split())
            if previous_blank:
                block += 1
            line.block = block
        previous_blank = line.blank
        lines.append(line)
    return lines


# --- line shapes ------------------------------------------------------------------------------


def _ends_like_sentence(text: str) -> bool:
    """Ends with a stop, possibly followed by quotes or "[1]"; "(United States)" does not."""
    return _CLOSERS.sub("", text).endswith(_SENTENCE_END)


def _is_prose(line: _Line) -> bool:
    if line.words >= PROSE_LONG_WORDS:
        return True
    return line.words >= PROSE_MIN_WORDS and _ends_like_sentence(line.stripped)


def _is_heading_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > HEADING_MAX_WORDS or len(text) > HEADING_MAX_CHARS:
        return False
    if text.endswith(_HEADING_BAD_END) and not text.endswith("..."):
        return False
    if text.startswith(_QUOTE_START) or _LIST_MARKER.match(text) or _NOTE_MARKER_ONLY.match(text):
        return False
    first = text[0]
    return first.isdigit() or (first.isalpha() and not first.islower())


def _is_link_like(line: _Line) -> bool:
    """A short label: menu item, tab, button. Never a sentence, quotation or note marker."""
    text = line.key
    if not text:
        return bool(line.stripped)  # only separators or bullets ("·", "|", "* * *")
    if line.words > LINK_MAX_WORDS or len(text) > LINK_MAX_CHARS:
        return False
    if _LIST_MARKER.match(line.stripped) or line.stripped.startswith(_BULLETS):
        return False  # a list item is content, even when short
    if (text.endswith((".", "!", "?", ":", ";", ",")) and not _ENDS_WITH_INITIAL.search(text)) or text.startswith(_QUOTE_START):
        return False
    return not _NOTE_MARKER_ONLY.match(text) and _parse_date(text) is None


def _link_bar_parts(text: str) -> list[str] | None:
    """The items of a "Home | About | Contact" bar, or None when the line is not one."""
    if "|" not in text and "·" not in text and "•" not in text and "∙" not in text:
        return None
    parts = [part.strip() for part in _LINK_BAR_SEPARATOR.split(text.strip(_DECORATION))]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return None
    for part in parts:
        if len(part.split()) > 6 or len(part) > 60 or part.endswith((".", "!", "?", ";", ",")):
            return None
    return parts


# --- metadata parsing -------------------------------------------------------------------------


def _parse_date(text: str) -> str | None:
    """ISO 8601 (date, date-time or partial) for a whole-string date, else None."""
    text = text.strip().rstrip(".")
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            return _iso_from_match(match)
    return None


def _iso_from_match(match: re.Match) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("month"):
        month = _MONTHS.get(parts["month"][:3].lower())
    elif parts.get("mon"):
        month = int(parts["mon"])
    elif parts.get("first"):
        first, second = int(parts["first"]), int(parts["second_num"])
        # Day-first unless impossible, except with slashes, which are US month-first unless
        # impossible: "26-03-2016" is 26 March, "03/04/2016" is 4 March.
        if first > 12 or (parts["sep"] != "/" and second <= 12):
            month, day = second, first
        else:
            month, day = first, second
        parts["day"] = str(day)
    else:
        month = None
    if month is None or not 1 <= month <= 12:
        return None
    if not parts.get("day"):
        return f"{year:04d}-{month:02d}"
    day = int(parts["day"])
    if not 1 <= day <= 31:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour"):
        hour, minute = int(parts["hour"]), int(parts["minute"])
        ampm = (parts.get("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return iso
        iso += f"T{hour:02d}:{minute:02d}"
        if parts.get("second"):
            iso += f":{int(parts['second']):02d}"
        zone = (parts.get("zone") or "").lower()
        if zone in ("zulu", "utc", "gmt", "z"):
            iso += "Z"
        elif zone[:1] in "+-" and zone:
            iso += zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    return iso


def _parse_names(text: str, min_words: int) -> list[str] | None:
    """Author names from a byline's name part, normalised ("JANE DOE-SMITH" → "Jane Doe-Smith")."""
    text = text.strip().rstrip(".")
    if not text or len(text.split()) > METADATA_MAX_WORDS:
        return None
    names = []
    for index, part in enumerate(_NAME_SPLIT.split(text)):
        words = part.split()
        if not words:
            continue
        valid = (
            (min_words if index == 0 else 2) <= len(words) <= 5
            and all(_NAME_WORD.match(word) for word in words)
            and words[0].lower() not in _NOT_NAME_FIRST
        )
        if not valid:
            if index == 0:
                return None
            continue  # an affiliation after the name: "By Jane Doe, Reuters", "Staff Writer"
        name = " ".join(words)
        if name.isupper():
            name = name.title()
        names.append(name)
    return names or None


def _parse_metadata_part(text: str, in_header: bool) -> dict | None:
    """Values from one metadata phrase, or None when the phrase is not metadata."""
    text = text.strip()
    if not text:
        return None
    match = _MODIFIED_LINE.match(text)
    if match:
        modified = _parse_date_with_time(match["rest"])
        if modified:
            return {"kind": "modified", "modified": modified}
    match = _ISSUE.match(text)
    if match and (match["vol"] or match["no_only"] or match["vol_only"]):
        rest = match["rest"].strip()
        published = _parse_date(rest) if rest else None
        if not rest or published:
            if match["vol"]:
                issue = f"Vol. {match['vol'].upper() if match['vol'].isalpha() else match['vol']}, No. {match['no']}"
            elif match["no_only"]:
                issue = f"No. {match['no_only']}"
            else:
                vol = match["vol_only"]
                issue = f"Vol. {vol.upper() if vol.isalpha() else vol}"
            values = {"kind": "issue", "issue": issue}
            if published:
                values["published"] = published
            return values
    match = _PUBLISHED_LINE.match(text)
    if match:
        rest = match["rest"]
        authors = None
        by = _TRAILING_BY.match(rest)
        if by and _parse_date(by["rest"]):
            rest, authors = by["rest"], _parse_names(by["names"], 1) or []
        published = _parse_date(rest) or (_YEAR_ONLY.fullmatch(rest.strip()) and rest.strip())
        if published:
            values = {"kind": "published", "published": published}
            if authors:
                values["authors"] = authors
            return values
    match = _BYLINE.match(text)
    if match:
        names = _parse_names(match["names"], 1)
        if names:
            return {"kind": "byline", "authors": names}
    match = _DASH_BYLINE.match(text)
    if match:
        names = _parse_names(match["names"], 2)
        if names:
            return {"kind": "byline", "authors": names}
    if in_header:
        published = _parse_date(text)
        if published:
            return {"kind": "published", "published": published}
    return None


_PARENTHESISED_ZONE = re.compile(r"\s*\((utc|gmt|z)\)$", re.IGNORECASE)


def _parse_date_with_time(text: str) -> str | None:
    """A date, allowing the wiki form "3 March 2015, at 10:00 (UTC)"."""
    text = _PARENTHESISED_ZONE.sub(r" \1", text.strip().rstrip(".")).strip()
    parsed = _parse_date(text)
    if parsed:
        return parsed
    return _parse_date(re.sub(r",?\s+at\s+", " ", text, count=1))


def parse_metadata_line(text: str, in_header: bool = True) -> dict | None:
    """Metadata values from a whole line (parts joined by "|" or "·" each parsed), or None.

    ``kind`` is the first part's kind (byline, published, modified or issue); the other keys are
    the values: authors, published, modified, issue. A bare date counts only in the header.
    """
    text = _WHITESPACE.sub(" ", text).strip(_DECORATION + "()")
    if not text or len(text.split()) > METADATA_MAX_WORDS:
        return None
    parts = [part for part in _METADATA_PART_SEPARATOR.split(text) if part.strip()]
    if len(parts) > 1:
        values: dict = {}
        for part in parts:
            parsed = _parse_metadata_part(part, True)
            if parsed is None:
                break
            values.setdefault("kind", parsed["kind"])
            for key, value in parsed.items():
                if key == "authors":
                    values.setdefault("authors", []).extend(value)
                elif key != "kind":
                    values.setdefault(key, value)
        else:
            return values
    return _parse_metadata_part(text, in_header)


# --- the analysis -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Analysis:
    """What the structural stages found, by line index."""

    lines: list[_Line]
    first_prose: int | None = None
    last_prose: int | None = None
    title: int | None = None
    notes: list[tuple[int, int, str | None]] = field(default_factory=list)  # (line, text offset, marker)
    notes_heading: int | None = None
    notes_start: int | None = None
    page: PageMetadata = field(default_factory=PageMetadata)


def _significant(lines: list[_Line]) -> list[int]:
    return [index for index, line in enumerate(lines) if not line.blank]


def _neighbours(lines: list[_Line], index: int) -> list[int]:
    """The nearest non-blank lines before and after ``index`` with at most one blank between."""
    found = []
    for step in (-1, 1):
        position, blanks = index + step, 0
        while 0 <= position < len(lines) and lines[position].blank:
            blanks += 1
            position += step
        if 0 <= position < len(lines) and blanks <= NEIGHBOUR_MAX_BLANKS:
            found.append(position)
    return found


def _match_patterns(lines: list[_Line], patterns: Sequence[BoilerplatePattern]) -> None:
    """Stage: whole-line patterns; line-scope matches are removed at once, the rest are noted."""
    for line in lines:
        if line.blank:
            continue
        line.pattern = match_boilerplate(line.text, patterns)
        if line.pattern is not None and line.pattern.scope == "line":
            line.rule = line.pattern.rule
            continue
        parts = _link_bar_parts(line.key)
        if parts is not None:
            line.link_bar = True
            # A bar with a menu word in it is navigation wherever it stands; other bars (which
            # may be table rows) only at the edges.
            if any(match_boilerplate(part, patterns) for part in parts):
                line.rule = "boilerplate.link_bar"


def _open_boxes(lines: list[_Line]) -> None:
    """Stage: a pattern that opens a box (a signature rule "_____", a navbox's "v · t · e") takes
    the short lines under it in its block with it, up to the first paragraph-length line. A
    navbox's links on three lines of their own ("v" / "t" / "e") open a box too."""
    for index, line in enumerate(lines):
        if _opens_vertical_navbox(lines, index):
            for other in lines[index : index + 3]:
                other.rule = NAVBOX_RULE
            _take_box(lines, index + 2, NAVBOX_RULE)
        elif line.pattern is not None and line.pattern.heads_block and line.rule is not None:
            _take_box(lines, index, line.pattern.rule)


def _take_box(lines: list[_Line], index: int, rule: str) -> None:
    """The short lines under ``index`` in its block go with it, up to a paragraph-length line."""
    for other in lines[index + 1 : index + 1 + BOX_MAX_LINES]:
        if other.blank or other.block != lines[index].block or other.words > BOX_MAX_WORDS or _is_prose_paragraph(other):
            break
        if other.rule is None:
            other.rule = rule


_CONTENTS_HEADING = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
# A wiki's table of contents entry: a section number without a stop, then the heading ("2.1 The
# postscript"). A book's contents list numbers its chapters "1." or "Chapter 1" and gives pages.
_CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+[^\s\d.][^\t]*$")
# The box's own buttons, between its heading and the entries.
_CONTENTS_TOOL = re.compile(r"^(?:\(?top\)?|hide|show|toggle(?: the table of contents)?|\[(?:hide|show)\])$", re.IGNORECASE)
CONTENTS_RULE = "boilerplate.contents"


def _remove_contents_boxes(lines: list[_Line]) -> None:
    """Stage: a page's table of contents: a "Contents" line whose block (no blank between) holds
    at least two numbered section entries ("1 Early life", "2.1 The postscript") and nothing but
    them and the box's buttons ("hide", "(Top)"). Entries ending in a full stop, with a tab or
    without a number are a book's contents list, which is content, and end the box."""
    for index, line in enumerate(lines):
        if not (line.kept or _is_furniture(line)) or line.note or not _CONTENTS_HEADING.match(line.key):
            continue
        box: list[int] = []
        entries = 0
        for other_index in range(index + 1, len(lines)):
            other = lines[other_index]
            if other.blank or other.block != line.block or other.note:
                break
            if _CONTENTS_ENTRY.match(other.stripped) and other.words <= HEADING_MAX_WORDS and not other.stripped.endswith("."):
                entries += 1
            elif not (_CONTENTS_TOOL.match(other.key) or _is_furniture(other)):
                break
            box.append(other_index)
        if entries >= 2:
            line.rule = line.rule or (line.pattern.rule if line.pattern is not None else CONTENTS_RULE)
            for other_index in box:
                lines[other_index].rule = lines[other_index].rule or CONTENTS_RULE


def _opens_vertical_navbox(lines: list[_Line], index: int) -> bool:
    """"v", "t", "e" on three consecutive lines: the view, talk and edit links of a navbox."""
    trio = lines[index : index + 3]
    return len(trio) == 3 and [line.stripped.lower() for line in trio] == ["v", "t", "e"] and all(line.kept for line in trio)


def _is_prose_paragraph(line: _Line) -> bool:
    """A line long enough to be a paragraph whatever its end (never part of a box)."""
    return line.words >= PROSE_LONG_WORDS


_PAGE_NUMBER = re.compile(r"^(?:page\s+|p\.\s*)?(\d{1,4})(?:\s+of\s+\d{1,4})?$|^[-–—]\s*(\d{1,4})\s*[-–—]$", re.IGNORECASE)
_RUNNING_HEAD = re.compile(r"^(?:(?P<lead>\d{1,4})\s+(?P<a>\D.*?)|(?P<b>.*?\D)\s+(?P<trail>\d{1,4}))$")


def _mark_page_numbers(lines: list[_Line]) -> None:
    """Stage: page numbers and running heads of a text converted from print (PDF, scans).

    Page numbers: lines that are only a number ("58", "— 59 —", "Page 60") and count up by one
    or two through the page, at least PAGE_RUN_MIN of them. Running heads: a short line that
    recurs in the page beside a page number, or that carries a changing page number itself
    ("58 THE STRUGGLE FOR POWER", "THE TROIKA 59"). A line that merely recurs stays (refrains)."""
    numbered: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if line.kept and not line.note:
            match = _PAGE_NUMBER.match(line.stripped)
            if match and not _heads_chronology(lines, index):
                numbered.append((index, int(match.group(1) or match.group(2))))
    chain: list[tuple[int, int]] = []
    page_lines: set[int] = set()
    nonblank = [index for index, line in enumerate(lines) if not line.blank]
    position = {index: rank for rank, index in enumerate(nonblank)}
    for item in numbered + [(-1, -10)]:
        if chain and 1 <= item[1] - chain[-1][1] <= 2 and item[0] >= 0 and position[item[0]] - position[chain[-1][0]] > PAGE_MIN_LINES:
            chain.append(item)
            continue
        if len(chain) >= PAGE_RUN_MIN:
            page_lines.update(index for index, _ in chain)
        chain = [item]
    for index in page_lines:
        lines[index].rule = "boilerplate.page_number"
    # Running heads with their page number in the line.
    heads: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        if line.kept and not line.note and line.words <= RUNNING_HEAD_MAX_WORDS and not _is_prose(line):
            match = _RUNNING_HEAD.match(line.stripped)
            # "7 November", "May 1924": a chronology's date lines, not a head with its page number.
            if match and _parse_day_month(line.stripped) is None:
                text = (match["a"] or match["b"]).strip().lower()
                heads.setdefault(text, []).append((index, int(match["lead"] or match["trail"])))
    for text, found in heads.items():
        # "Page 143" / "Page 144": an e-book's page markers, however close.
        apart = text in ("page", "p.", "pg.") or _pages_apart(found, position)
        if len(found) >= 2 and len({number for _, number in found}) == len(found) and apart:
            for index, _ in found:
                lines[index].rule = "boilerplate.running_head"
    if not page_lines:
        return
    counts: dict[str, int] = {}
    for line in lines:
        if line.kept and not line.note:
            counts[line.key.lower()] = counts.get(line.key.lower(), 0) + 1
    for index, line in enumerate(lines):
        if (
            line.kept
            and not line.note
            and counts.get(line.key.lower(), 0) >= 2
            and line.words <= RUNNING_HEAD_MAX_WORDS
            and not _is_prose(line)
            and any(other in page_lines for other in _neighbours(lines, index))
        ):
            line.rule = "boilerplate.running_head"


_SEASON = r"(?:spring|summer|autumn|fall|winter)"
# An entry of a chronology: a day (or a span of days) and a month, or a month or season alone,
# then a dash or a colon: "3 April — ...", "16–18 January — ...", "October — ...".
_CHRONOLOGY_ENTRY = re.compile(
    rf"^(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+)?(?:{_MONTH}|{_SEASON}(?:[–-]{_SEASON})?)\b[^—–:]{{0,30}}\s*[—–:-]\s+\S",
    re.IGNORECASE,
)


def _heads_chronology(lines: list[_Line], index: int) -> bool:
    """A bare year ("1923") over a dated entry of a chronology ("4 January — Lenin adds ..."):
    the heading of that year's entries, not a page number, although the years count up by one."""
    line = lines[index]
    if not _YEAR.fullmatch(line.stripped):
        return False
    following = [other for other in _neighbours(lines, index) if other > index]
    return bool(following) and _CHRONOLOGY_ENTRY.match(lines[following[0]].stripped) is not None


def _pages_apart(found: list[tuple[int, int]], position: dict[int, int]) -> bool:
    """Running heads stand on different printed pages: consecutive occurrences more than
    PAGE_MIN_LINES lines apart. Lines a few lines apart that share a word and differ by a number
    are entries of a list or a chronology ("7 November" / "14 November")."""
    ranks = [position[index] for index, _ in found]
    return all(b - a > PAGE_MIN_LINES for a, b in zip(ranks, ranks[1:]))


_DAY_MONTH = (
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH}", re.IGNORECASE),
    re.compile(rf"{_MONTH}\s+{_DAY}", re.IGNORECASE),
    re.compile(rf"{_MONTH},?\s+{_YEAR4}", re.IGNORECASE),
)


def _parse_day_month(text: str) -> str | None:
    """"7 November", "November 7", "May 1924": a day and a month, or a month and a year; else None."""
    text = text.strip().rstrip(".")
    return text if any(form.fullmatch(text) for form in _DAY_MONTH) else None


_STAMP_MARK = re.compile(r"https?://|www\.|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b\d{1,2}:\d{2}\b|©")


def _mark_page_stamps(lines: list[_Line]) -> None:
    """Stage: a line with a URL, an address, a clock time or a copyright sign that recurs at least
    PAGE_STAMP_MIN_REPEATS times in one page is stamped on every page of a converted document
    ("This content downloaded from 192.0.2.1 on ... 10:11:12 UTC"); text does not repeat such a
    line word for word. Paragraphs (PROSE_LONG_WORDS or more words) are never stamps."""
    found: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.kept and not line.note and not _is_prose_paragraph(line) and _STAMP_MARK.search(line.key):
            found.setdefault(line.key.lower(), []).append(index)
    for indexes in found.values():
        if len(indexes) >= PAGE_STAMP_MIN_REPEATS:
            for index in indexes:
                lines[index].rule = "boilerplate.page_stamp"


def site_line_key(line: str) -> str:
    """The form in which lines are compared across the pages of a site: spaces collapsed."""
    return _WHITESPACE.sub(" ", line).strip()


def learn_site_lines(texts_by_site: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Lines repeated across the documents of each site (raw texts in, keys for ``clean`` out).

    A line (compared after the same character normalisation ``clean`` applies, spaces collapsed)
    is learned for a site when it occurs in at least SITE_MIN_DOCS distinct documents and in at
    least SITE_MIN_SHARE of them. Identical documents count once, so a page scraped twice teaches
    nothing; a site with fewer than SITE_MIN_DOCS distinct documents learns nothing. Pure: the
    result depends only on the texts, not on their order.
    """
    return learn_site_lines_from_keys({site: [page_line_keys(raw) for raw in texts] for site, texts in texts_by_site.items()})


def page_line_keys(raw: str) -> frozenset[str]:
    """One page's lines in the form ``learn_site_lines`` compares them: what a build caches per
    page, so that a site's lines are learned again without reading its unchanged pages."""
    return frozenset(_line_keys(raw))


def learn_site_lines_from_keys(keys_by_site: Mapping[str, Iterable[frozenset[str]]]) -> dict[str, frozenset[str]]:
    """``learn_site_lines`` on pages already reduced to ``page_line_keys``."""
    learned: dict[str, frozenset[str]] = {}
    for site, pages in keys_by_site.items():
        documents = set(pages)
        documents.discard(frozenset())
        if len(documents) < SITE_MIN_DOCS:
            learned[site] = frozenset()
            continue
        counts: dict[str, int] = {}
        for keys in documents:
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
        threshold = max(SITE_MIN_DOCS, math.ceil(SITE_MIN_SHARE * len(documents)))
        learned[site] = frozenset(key for key, count in counts.items() if count >= threshold)
    return learned


def _line_keys(raw: str) -> set[str]:
    return {site_line_key(line.text) for line in _read_lines(raw) if not line.blank}


def _mark_site_repeats(analysis: _Analysis, site_lines: frozenset[str]) -> None:
    """Stage: lines learned as repeated across the site go, except content that merely repeats.

    Kept although repeated: notes and note markers (every page of a site may say "Notes" or
    "Ibid."), metadata lines (the metadata stage lifts them), section headings (a heading followed
    by a paragraph, like "Introduction") and paragraphs inside the body (between two paragraphs
    that are not repeated: a quotation several articles share). A page made mostly of learned
    lines is a duplicate and is left alone (SITE_MAX_WORD_SHARE).
    """
    lines = analysis.lines
    if not site_lines:
        return
    candidates = {index for index, line in enumerate(lines) if line.kept and site_line_key(line.text) in site_lines}
    if not candidates:
        return
    total = sum(line.words for line in lines if not line.blank)
    if sum(lines[index].words for index in candidates) > SITE_MAX_WORD_SHARE * total:
        _LOG.info("clean: page is mostly lines repeated across its site; site repeats kept")
        return
    markers = _body_markers(lines)
    others = [index for index, line in enumerate(lines) if line.kept and index not in candidates]

    def nearest(index: int, step: int) -> _Line | None:
        position = bisect.bisect_left(others, index)
        position = position - 1 if step < 0 else position
        return lines[others[position]] if 0 <= position < len(others) else None

    for index in sorted(candidates):
        line = lines[index]
        if _note_kind(line, markers) is not None or parse_metadata_line(line.text, True) is not None:
            continue
        before, after = nearest(index, -1), nearest(index, 1)
        if after is not None and _is_prose(after) and _is_heading_like(line.stripped):
            continue
        if _is_prose(line) and before is not None and after is not None and _is_prose(before) and _is_prose(after):
            continue
        line.rule = SITE_REPEAT_RULE


def _body_markers(lines: list[_Line]) -> set[str]:
    """Note markers ("1" for "[1]") used in the text outside the notes themselves."""
    markers: set[str] = set()
    for line in lines:
        if line.blank or _NOTE_MARKER_ONLY.match(line.key) or line.stripped.startswith("["):
            continue
        markers.update(_BODY_MARKER.findall(line.text))
    return markers


def _is_citation(text: str) -> bool:
    """A bibliographic reference: "Ibid., p. 155.", "Leon Trotsky, My Life (..., 1931), p. 505."."""
    words = len(text.split())
    if words > NOTE_MAX_WORDS:
        return False
    if _CITATION_OPENER.match(text):
        return True
    has_year = _YEAR.search(text) is not None
    has_page = _PAGE_REF.search(text) is not None
    if _AUTHOR_OPENER.match(text) and (has_year or has_page):
        return True
    return has_year and has_page and words <= 40


def _note_kind(line: _Line, markers_in_body: set[str]) -> str | None:
    """marker ("[1]" alone), heading ("Notes"), numbered ("1. ..."), citation, or None."""
    text = line.stripped
    if _NOTE_MARKER_ONLY.match(line.key):
        return "marker"
    if _NOTES_HEADING.match(text):
        return "heading"
    if line.words > NOTE_MAX_WORDS or parse_metadata_line(text, False) is not None:
        return None
    numbered = _NUMBERED_NOTE.match(text)
    if numbered:
        number = numbered["a"] or numbered["b"] or numbered["c"]
        # "1. ..." is also a list item: it is a note when bracketed, wiki-style (^), cited from
        # the body, or a citation itself.
        if numbered["a"] or numbered["caret"] or number in markers_in_body or _is_citation(numbered["text"]):
            return "numbered"
    if _CARET_NOTE.match(text) or _is_citation(text):
        return "citation"
    return None


def _skip_footer(lines: list[_Line], indexes: list[int], markers_in_body: set[str]) -> int:
    """Position (in ``indexes``) of the last line above the page footer; never skips a paragraph."""
    position = len(indexes) - 1
    while position >= 0:
        line = lines[indexes[position]]
        furniture = line.rule is not None or line.pattern is not None or line.link_bar
        if not furniture and _note_kind(line, markers_in_body) is None:
            short_label = line.words <= LINK_MAX_WORDS and not _is_prose(line)
            furniture = short_label or parse_metadata_line(line.text, False) is not None
        if not furniture:
            break
        position -= 1
    return position


def _find_notes(analysis: _Analysis) -> None:
    """Stage: the notes or bibliography at the end of the page: kept, protected, parsed."""
    lines = analysis.lines
    indexes = _significant(lines)
    markers_in_body = _body_markers(lines)
    position = _skip_footer(lines, indexes, markers_in_body)
    collected: list[tuple[int, str]] = []  # (line index, kind), walking upwards
    while position >= 0:
        index = indexes[position]
        line = lines[index]
        position -= 1
        if line.rule is not None:
            continue
        kind = _note_kind(line, markers_in_body)
        if kind is None:
            # Any short text directly under a "[1]" line is that note's text.
            above = _previous_unremoved(lines, indexes, position)
            if above is not None and _note_kind(lines[above], markers_in_body) == "marker" and line.words <= NOTE_MAX_WORDS:
                kind = "text"
            else:
                break
        collected.append((index, kind))
        if kind == "heading":
            break
    collected.reverse()
    _parse_notes(analysis, collected, markers_in_body)


def _previous_unremoved(lines: list[_Line], indexes: list[int], position: int) -> int | None:
    while position >= 0:
        if lines[indexes[position]].rule is None:
            return indexes[position]
        position -= 1
    return None


def _parse_notes(analysis: _Analysis, collected: list[tuple[int, str]], markers_in_body: set[str]) -> None:
    lines = analysis.lines
    notes: list[tuple[int, int, str | None]] = []  # (line index, offset of the note text, marker)
    pending_marker: str | None = None
    for index, kind in collected:
        line = lines[index]
        line.note = True
        text = line.stripped
        if kind == "heading":
            analysis.notes_heading = index
        elif kind == "marker":
            pending_marker = _marker_of(_NOTE_MARKER_ONLY.match(line.key))
            continue
        elif kind == "numbered":
            match = _NUMBERED_NOTE.match(text)
            notes.append((index, match.start("text"), match["a"] or match["b"] or match["c"]))
        else:
            caret = _CARET_NOTE.match(text)
            offset = caret.start("text") if caret else 0
            notes.append((index, offset, pending_marker))
        pending_marker = None
    if collected:
        analysis.notes_start = collected[0][0]
    # Unnumbered citations under a body that uses [1]..[n]: the n citations are those notes, in order.
    body = sorted(markers_in_body, key=int)
    if notes and all(marker is None for _, _, marker in notes) and len(notes) == len(body):
        notes = [(index, offset, marker) for (index, offset, _), marker in zip(notes, body)]
    analysis.notes = notes


def _marker_of(match: re.Match | None) -> str | None:
    if match is None:
        return None
    return match["a"] or match["b"] or match["c"]


def _find_teaser(analysis: _Analysis) -> None:
    """Stage: a related-articles heading with the teaser under it.

    The teaser runs from the heading to the notes or the end of the page; when that is too much to
    be a teaser (comments and sidebars follow it), it runs only to the next line another rule has
    already removed ("Read more", a tag line, a share button): a block that sits between furniture.
    """
    lines = analysis.lines
    kept = [index for index, line in enumerate(lines) if line.kept and not line.note]
    # Only the last TEASER_MAX_LINES kept lines can open a teaser that runs to the end of the page.
    tail = set(kept[-TEASER_MAX_LINES:])
    for start in kept:
        line = lines[start]
        if not (line.pattern is not None and line.pattern.scope == "teaser" and line.rule is None):
            continue
        if not _is_heading_like(line.stripped.rstrip(":")):
            continue
        # A teaser above the notes ends at the notes; one below them runs to the end of the page.
        notes_start = analysis.notes_start
        end = notes_start if notes_start is not None and start < notes_start else len(lines)
        region = [index for index in range(start, end) if lines[index].kept and not lines[index].note]
        if start in tail and _is_teaser(lines, region):
            _remove_teaser(lines, region)
            return
        short = []
        for index in range(start, end):
            other = lines[index]
            if index > start and not other.blank and (other.rule is not None or other.note or _is_notes_heading(other)):
                break
            if other.kept:
                short.append(index)
        if index > start and len(short) > 1 and _is_teaser(lines, short):
            _remove_teaser(lines, short)
            continue
        # A teaser box inside an article: the heading and the short titles under it in its block,
        # no blank between ("RELATED" / "The Lenin Testament: the letter that ..."), before the
        # text goes on.
        box = [start]
        for index in range(start + 1, min(end, start + 1 + BOX_MAX_LINES)):
            other = lines[index]
            if other.blank or other.block != line.block:
                break
            box.append(index)
        if len(box) > 1 and all(
            lines[index].kept and not lines[index].note and lines[index].words < TEASER_LONG_WORDS and not _is_body_evidence(lines[index])
            for index in box
        ):
            for index in box:
                lines[index].rule = "boilerplate.teaser_box"


def _is_teaser(lines: list[_Line], region: list[int]) -> bool:
    """A teaser: a few titles and standfirsts. Two prose paragraphs in a row are text: a teaser's
    standfirsts stand each under its own title."""
    headings = sum(1 for index in region if lines[index].pattern is not None and lines[index].pattern.scope == "teaser")
    long_lines = sum(1 for index in region if lines[index].words >= TEASER_LONG_WORDS)
    return (
        len(region) <= TEASER_MAX_LINES
        and long_lines <= TEASER_MAX_LONG_LINES_PER_HEADING * headings
        and all(lines[index].words <= TEASER_MAX_WORDS for index in region)
        and not any(_is_notes_heading(lines[index]) for index in region)
        and not any(_is_prose(lines[a]) and _is_prose(lines[b]) for a, b in zip(region, region[1:]))
    )


def _is_notes_heading(line: _Line) -> bool:
    """"Notes", "References", also with a wiki edit link still on it ("References[edit]")."""
    return not line.blank and _NOTES_HEADING.match(_EDIT_SUFFIX.sub("", line.stripped)) is not None


def _remove_teaser(lines: list[_Line], region: list[int]) -> None:
    for index in region:
        pattern = lines[index].pattern
        lines[index].rule = pattern.rule if pattern is not None and pattern.scope != "teaser" else "boilerplate.teaser"


def _find_prose_bounds(analysis: _Analysis) -> None:
    lines = analysis.lines
    # "This page was last edited on 3 March 2015, at 10:00." reads like a sentence but is metadata.
    prose = [
        index for index, line in enumerate(lines)
        if line.kept and not line.note and _is_prose(line) and parse_metadata_line(line.text, False) is None
        and not _is_credit(line)  # "Public Domain: ... You may freely copy this work." is header
    ]
    if not prose:
        return
    analysis.last_prose = prose[-1]
    # The top edge ends at the first paragraph that is not directly followed by header labels: a
    # standfirst sentence with the author, date and share buttons glued under it is still header.
    for index in prose:
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or not following.kept or following.note or not _is_header_label(following):
            analysis.first_prose = index
            return
        if lines[index].words > STANDFIRST_MAX_WORDS:
            analysis.first_prose = index
            return
    analysis.first_prose = prose[0]


def _is_header_label(line: _Line) -> bool:
    return _is_link_like(line) or (line.pattern is not None and line.pattern.scope in ("context", "header")) or (
        parse_metadata_line(line.text, True) is not None
    )


def _in_top(analysis: _Analysis, index: int) -> bool:
    return analysis.first_prose is not None and index < analysis.first_prose


def _in_bottom(analysis: _Analysis, index: int) -> bool:
    return analysis.last_prose is not None and index > analysis.last_prose and not analysis.lines[index].note


_METADATA_RULES = {
    "byline": "metadata.byline",
    "published": "metadata.published",
    "modified": "metadata.modified",
    "issue": "metadata.issue",
}


def _lift_metadata(analysis: _Analysis) -> None:
    """Stage: bylines, dates and issue lines at the top and bottom edges go into PageMetadata."""
    for index, line in enumerate(analysis.lines):
        if not line.kept or line.note:
            continue
        in_top = _in_top(analysis, index)
        if not (in_top or _in_bottom(analysis, index)):
            continue
        if _in_list(analysis.lines, index):
            continue  # "- E. H. Carr, The Interregnum (1954)" under another dashed line: a list item
        values = parse_metadata_line(line.text, in_header=in_top)
        if values is not None:
            line.metadata = values
            line.rule = _METADATA_RULES[values["kind"]]


def _list_marker_of(line: _Line) -> str | None:
    match = _LIST_MARKER.match(line.stripped)
    if match:
        marker = match.group(1).strip()
        return "#" if marker[:1].isalnum() or marker[:1] == "(" else marker
    return line.stripped[0] if line.stripped.startswith(_BULLETS) else None


def _in_list(lines: list[_Line], index: int) -> bool:
    """The line and a neighbour start with the same kind of list marker: a list, not a byline."""
    marker = _list_marker_of(lines[index])
    return marker is not None and any(
        _list_marker_of(lines[other]) == marker for other in _neighbours(lines, index) if not lines[other].blank
    )


def _record_metadata(page: PageMetadata, values: dict) -> None:
    for name in values.get("authors", ()):
        if name not in page.authors:
            page.authors.append(name)
    for key in ("published", "modified", "issue"):
        if values.get(key) and getattr(page, key) is None:
            setattr(page, key, values[key])


def _is_furniture(line: _Line) -> bool:
    return line.rule is not None and line.rule.startswith("boilerplate.")


def _resolve_context_patterns(analysis: _Analysis) -> None:
    """Stage: words like "Home", "Print", "X", "English" go only at an edge or beside furniture."""
    lines = analysis.lines
    pending = [
        index for index, line in enumerate(lines)
        if line.kept and not line.note and line.protected is None and line.pattern is not None and line.pattern.scope == "context"
    ]
    for index in pending:
        if _in_top(analysis, index) or _in_bottom(analysis, index):
            lines[index].rule = lines[index].pattern.rule
    # Credit and record lines ("Source: ...") go in the header only.
    for index, line in enumerate(lines):
        if line.kept and not line.note and line.pattern is not None and line.pattern.scope == "header" and _in_top(analysis, index):
            line.rule = line.pattern.rule
    changed = True
    while changed:
        changed = False
        for index in pending:
            line = lines[index]
            if line.rule is not None:
                continue
            for other_index in _neighbours(lines, index):
                other = lines[other_index]
                weak_neighbour = other.rule is None and other.pattern is not None and other.pattern.scope == "context"
                if _is_furniture(other) or weak_neighbour:
                    line.rule = line.pattern.rule
                    changed = True
                    break
    # Link bars without a menu word are removed only at the edges (elsewhere they may be tables).
    # Above the text, a headline with its series or site after a "|" is the title, not a bar.
    for index, line in enumerate(lines):
        if line.kept and line.link_bar and not line.note and _in_top(analysis, index) and _is_titled_bar(line):
            line.link_bar = False
            continue
        if line.kept and line.link_bar and not line.note and (_in_top(analysis, index) or _in_bottom(analysis, index)):
            line.rule = "boilerplate.link_bar"


def _is_titled_bar(line: _Line) -> bool:
    """"How Stalin Outmanoeuvred Trotsky, 1923–1927 | The Succession Explained": two parts joined
    by "|", the first a headline longer than any menu item (more than LINK_MAX_WORDS words)."""
    parts = [part.strip() for part in line.key.split("|")]
    return len(parts) == 2 and len(parts[0].split()) > LINK_MAX_WORDS and _is_heading_like(parts[0]) and _is_heading_like(parts[1])


# "The Succession Struggle, 1922–1929": a span of years dates a work, never a site's or series'
# name (clean.v10; two such titles were lifted as the site name).
_YEAR_SPAN = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\s*[–—-]\s*\d{2,4}\b")


def _is_name_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= NAME_MAX_WORDS
        and not _YEAR_SPAN.search(text)
        and len(text) <= NAME_MAX_CHARS
        and not text.endswith((".", "!", "?", ":", ";", ","))
        and not text.startswith(_QUOTE_START[:4])
    )


def _looks_like_work_title(text: str) -> bool:
    """"The Historical and International Foundations of ...": a title, not an organisation name."""
    words = text.split()
    # Title case capitalises the little words too ("The Third International After Lenin").
    return len(words) >= 3 and any(word.lower() in _WORK_TITLE_WORDS for word in words[1:])


def _link_runs(lines: list[_Line], end: int) -> set[int]:
    """Lines before ``end`` in runs of HEADER_MENU_MIN_LINES or more adjacent short labels (a
    lifted date or byline inside the run does not break it; a like or vote counter removed by its
    pattern still counts as a label of the run: "Jane Doe / 12 / 3" is a post header)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(end + 1):
        line = lines[index] if index < end else None
        if line is not None and line.kept and not line.note and _is_link_like(line):
            run.append(index)
            continue
        if line is not None and line.rule == COUNTER_RULE and _is_link_like(line):
            run.append(index)
            continue
        if line is not None and run and (line.rule or "").startswith("metadata."):
            continue
        if len(run) >= HEADER_MENU_MIN_LINES:
            found.update(index for index in run if lines[index].kept)
        run = []
    return found


def _find_title(analysis: _Analysis, menu_lines: set[int]) -> int | None:
    """The heading line just before the first prose paragraph (metadata, furniture, menus and
    tables of contents skipped)."""
    lines = analysis.lines
    if analysis.first_prose is None:
        return None
    passed_over: int | None = None
    for index in range(analysis.first_prose - 1, -1, -1):
        line = lines[index]
        if (
            line.kept
            and not line.note
            and line.protected is None  # an infobox or record line: the title stands above it
            and not line.link_bar
            and index not in menu_lines
            and _is_heading_like(line.stripped)
            and not _is_credit(line)
            and not _continues(lines, index)
            and not _is_dateline(line)
        ):
            # A post subject (the thread title again, over a post header) is not the title: the
            # first occurrence is.
            if _is_post_subject(lines, index):
                earlier = next((other for other in range(index) if lines[other].kept and lines[other].key.lower() == line.key.lower()), None)
                if earlier is not None:
                    return earlier
            # A short label over furniture, under another heading of its block, is a name card
            # ("Jane Doe" over "Follow" under the subtitle): the title is above it. Taken only
            # when no other title is found.
            if _is_card_label(lines, index):
                passed_over = index if passed_over is None else passed_over
                continue
            above = lines[index - 1] if index > 0 else None
            # A title with its standfirst under it, no blank between: the shorter line above is
            # the title ("The funeral that decided a succession" over a fifteen-word subtitle).
            # A one-word kicker above a long headline is taken for the title too, and kept: a
            # kicker left in costs less than a short title removed as a header label.
            if (
                above is not None
                and line.words >= STANDFIRST_MIN_WORDS
                and above.kept
                and above.pattern is None
                and not above.note
                and not above.link_bar
                and index - 1 not in menu_lines
                and _is_heading_like(above.stripped)
                and above.words < line.words
            ):
                return index - 1
            return index
    if passed_over is not None:
        return passed_over
    # A page titled with a date ("October 1917"): take back the nearest bare date.
    for index in range(analysis.first_prose - 1, -1, -1):
        line = lines[index]
        if line.rule == "metadata.published" and set(line.metadata) == {"kind", "published"} and _is_heading_like(line.stripped):
            line.rule, line.metadata = None, None
            return index
    return None


def _is_card_label(lines: list[_Line], index: int) -> bool:
    """A short label (``_is_link_like``) whose next line in its block is furniture and whose line
    above in its block is a kept heading: a name card under a title, not the title."""
    line = lines[index]
    if not _is_link_like(line) or index + 1 >= len(lines) or index == 0:
        return False
    below, above = lines[index + 1], lines[index - 1]
    if below.blank or above.blank or not _is_furniture(below):
        return False
    return above.kept and not above.note and not above.link_bar and _is_heading_like(above.stripped)


def _is_credit(line: _Line) -> bool:
    """A credit or record line ("Transcription/HTML Markup: ...", "Source: ..."): never a title."""
    return line.pattern is not None and line.pattern.scope == "header"


def _continues(lines: list[_Line], index: int) -> bool:
    """The next line, with no blank between, starts in lower case: a wrapped line of a paragraph
    (a converted PDF), not a heading."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and not following.blank and following.stripped[:1].islower()


def _is_dateline(line: _Line) -> bool:
    match = _DATELINE.match(line.stripped)
    return match is not None and _parse_date(match["date"]) is not None


def _is_body_evidence(line: _Line) -> bool:
    """A line that belongs to the text, not to a page header: a sentence or a list item of a few
    words, or a line too long for a heading. Patterns, link bars and field lines are not."""
    if not line.kept or line.note or line.pattern is not None or line.link_bar or line.words < EVIDENCE_MIN_WORDS:
        return False
    text = line.stripped
    if _LIST_MARKER.match(text) or text.startswith(_BULLETS) or line.words > HEADING_MAX_WORDS:
        return True
    return _CLOSERS.sub("", text).endswith(tuple(".!?…")) and not _FIELD_LINE.match(text)


def _correct_title(lines: list[_Line], title: int, menu_lines: set[int]) -> tuple[int, set[int]]:
    """The title found may be a heading inside the text (a short first paragraph, a "Key
    questions" over a list, a wrapped line of a converted PDF): the real title is then above.

    The lines above the title up to the first furniture (a pattern, a link bar, a menu, a lifted
    metadata line) are looked at. When at least EVIDENCE_MIN_LINES of them are sentences or list
    items, the text starts above the title: the heading nearest above the first of them becomes
    the title, and the other headings between it and the furniture are kept (they may be a part
    or chapter heading; an unlifted series name costs less than a lost heading). Returns the title
    and the lines above it that must stay."""
    region: list[int] = []
    for index in range(title - 1, -1, -1):
        line = lines[index]
        if line.blank:
            continue
        if not line.kept or line.note or line.link_bar or line.pattern is not None or index in menu_lines:
            break
        region.append(index)
    evidence = [
        index for index in region
        if _is_body_evidence(lines[index]) or _continues(lines, index) or (index > 0 and _continues(lines, index - 1))
    ]
    if len(evidence) < EVIDENCE_MIN_LINES:
        return title, set()
    first = min(evidence)
    headings = [
        index for index in region
        if index < first and _is_heading_like(lines[index].stripped) and not _continues(lines, index) and not _is_dateline(lines[index])
    ]
    if not headings:
        return title, set(region)
    new_title = max(headings)
    protected = set()
    for index in region:  # descending: the headings directly above the new title
        if index >= new_title:
            continue
        if not _is_heading_like(lines[index].stripped):
            break
        protected.add(index)
    return new_title, protected


def _nearest_above(lines: list[_Line], index: int) -> int | None:
    """The nearest line above ``index`` that is neither blank, a metadata line nor a field line
    ("Source: ...", "Transcription: ...": they sit between a work's title and the chapter's)."""
    for position in range(index - 1, -1, -1):
        line = lines[position]
        if line.blank or (line.rule or "").startswith("metadata."):
            continue
        if line.rule is None and _FIELD_LINE.match(line.stripped) and not _is_prose(line):
            continue
        if _is_credit(line):
            continue
        return position
    return None


def _find_title_and_header(analysis: _Analysis) -> None:
    """Stage: the page title (kept) and, above it, the site and series names (lifted) and menus."""
    lines = analysis.lines
    if analysis.first_prose is None:
        return
    menu = _link_runs(lines, analysis.first_prose)
    headlines: list[int] = []  # run labels over a standfirst sentence and a byline
    # The last label of a run with a standfirst directly under it (a long heading-like line, no
    # stop at its end) is the title over its subtitle, not a menu item: "Member-only story" /
    # "Bukharin's Last Chance" / "How the Right lost the argument over the peasants in 1928".
    for index in sorted(menu):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and following.kept
            and index + 1 not in menu
            and lines[index].pattern is None
            and _is_heading_like(lines[index].stripped)
            and following.words >= STANDFIRST_MIN_WORDS
            and (not _ends_like_sentence(following.stripped) or _over_byline(lines, index + 1))
            and not following.link_bar
            and following.pattern is None
        ):
            menu.discard(index)
            if _ends_like_sentence(following.stripped):
                headlines.append(index)
        elif (
            index + 1 == analysis.first_prose
            and index + 1 not in menu
            and following.block == lines[index].block
            and following.words > STANDFIRST_MAX_WORDS
            and lines[index].pattern is None
            and _is_heading_like(lines[index].stripped)
            and _parse_names(lines[index].stripped, 2) is None
            and not any(character.isdigit() for character in lines[index].stripped)
        ):
            # The last label of a run directly over the first paragraph, no blank between, is its
            # heading ("Add to My Workspace" / "Abstract" / "The grain procurement crisis ...").
            # A name, or a label with a number ("Premiered Mar 5, 2022", "12 comments"), is not.
            menu.discard(index)
    for index in menu:
        lines[index].rule = "boilerplate.edge_run"
    title = _find_title(analysis, menu)
    if headlines and title is not None and headlines[-1] < title and _is_link_like(lines[title]):
        # A headline over its standfirst and byline beats a short label found nearer the text
        # ("Save" between the audio player and the share buttons).
        title = headlines[-1]
    if title is None and menu:
        # No heading outside the runs: the title is the last line of the last run (a short title
        # under a short header), not a table of contents entry.
        title = max(menu)
        if _is_heading_like(lines[title].stripped):
            lines[title].rule = None
        else:
            title = None
    if title is None:
        return
    title, protected = _correct_title(lines, title, menu)
    # A chapter or part number on the line directly above the title, in its block ("Chapter III"
    # over "Groupings and Factions"), is part of the heading: kept.
    above = title - 1
    if (
        above >= 0
        and lines[above].kept
        and not lines[above].note
        and lines[above].block == lines[title].block
        and lines[above].pattern is None
        and not lines[above].link_bar
        and lines[above].words <= KICKER_MAX_WORDS
        and _is_heading_like(lines[above].stripped)
        and _NUMBER_WORD.search(lines[above].stripped)
    ):
        protected.add(above)
    analysis.title = title
    analysis.page.title = lines[title].stripped
    # Lines removed as site repeats are still looked at: the site and series names are on every
    # page of a site, and lifting them as metadata is worth more than removing them.
    candidates = [
        index for index in range(title)
        if (lines[index].kept or lines[index].rule == SITE_REPEAT_RULE) and not lines[index].note and index not in protected
    ]
    names = [index for index in candidates if _is_name_like(lines[index].stripped)]
    with_logo = [index for index in names if _LOGO_MARKER.search(lines[index].stripped)]
    series = _nearest_above(lines, min(protected | {title}))
    if series not in names or series in with_logo or not _looks_like_work_title(lines[series].stripped):
        series = None
    elif lines[series].block == lines[title].block or _is_weak_title(lines[title].stripped):
        # A work title in the title's own block is the heading itself (a headline over its author
        # or dates); over a "title" that is only a number, a date span, a person's name or an issue
        # line, the title was not found and the line above may be it. Either way it stays.
        series = None
    if with_logo:
        site = with_logo[0]
    else:
        others = [index for index in names if index != series]
        site = others[0] if others else None
    doubtful: list[int] = []
    for index in candidates:
        line = lines[index]
        if index == series:
            line.rule = "metadata.series"
            analysis.page.series = line.stripped
        elif index == site:
            line.rule = "metadata.site"
            analysis.page.site = _LOGO_MARKER.sub("", line.stripped).strip() or line.stripped
        elif line.rule is None and (not _is_header_furniture(line) or _is_kicker_over_heading(lines, index)):
            # A line above the title that is not a short label, a "Field: value" line, a menu or
            # a pattern may be the real title or a standfirst (the title found may be a kicker
            # or an unparsed date): when in doubt it stays, unless its block is furniture.
            doubtful.append(index)
        else:
            line.rule = line.rule or "boilerplate.edge_run"
    # A tagline ("Notes on the Russian Revolution") right beside the site name, in a header block
    # of which every other line went, is furniture too; the title's own block is never touched.
    for index in doubtful:
        line = lines[index]
        block = [other for other in lines if other.block == line.block and not other.blank and other is not line]
        beside_site = any(
            0 <= other < len(lines) and lines[other].rule == "metadata.site" for other in (index - 1, index + 1)
        )
        if (
            beside_site
            and line.block != lines[title].block
            and not _is_prose(line)
            and len(block) >= 2
            and all(other.rule is not None for other in block)
        ):
            line.rule = "boilerplate.edge_run"


def _over_byline(lines: list[_Line], index: int) -> bool:
    """A standfirst sentence of at most STANDFIRST_MAX_WORDS words with a byline or a date directly
    under it (no blank between): "A new history argues that ..." / "By Thomas Adebayo-Reyes". The
    heading over such a sentence is the headline, not the last item of a menu."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        line.words <= STANDFIRST_MAX_WORDS
        and following is not None
        and not following.blank
        and following.block == line.block
        and (following.rule or "").startswith("metadata.")
        and following.metadata is not None
        and following.metadata.get("kind") in ("byline", "published")
    )


# "I", "2.", "1923–1938", "§ 4": a section number or a span of years, not a title.
_NUMBERS_ONLY = re.compile(r"^[\dIVXLC§.,:;()\s–—-]+$")
_LINK_MARKERS = re.compile(r"(?:\s*\[\d{1,3}\])+$")


def _is_weak_title(text: str) -> bool:
    """A line taken for the title that cannot tell the page's series from its title: a number or a
    span of years, a metadata line (an issue or a byline, also with a print's "[2]" link marker) or
    a person's name of two or three words ("JOHN R. MERCER", "Olga Renner")."""
    text = _LINK_MARKERS.sub("", text.strip())
    if not text or _NUMBERS_ONLY.match(text):
        return True
    if parse_metadata_line(text, True) is not None:
        return True
    words = text.split()
    return 2 <= len(words) <= 3 and ":" not in text and _parse_names(text, 2) is not None


def _is_kicker_over_heading(lines: list[_Line], index: int) -> bool:
    """"Chapter 2" directly over "The Bureaucratism and the Revolution" (same block): the number
    of the heading under it, which stays above the title as the heading does."""
    line = lines[index]
    if not _is_kicker(line) or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    return below.block == line.block and below.kept and not below.note and _is_heading_like(below.stripped) and not _is_header_furniture(below)


# A chapter or part number and nothing else: "Chapter 2", "Part One", "Book III", "IV".
_KICKER = re.compile(rf"^(?:[A-Z][a-z]+\s+)?{_NUMBER_WORD.pattern}$", re.IGNORECASE)


def _is_kicker(line: _Line) -> bool:
    """A chapter or part number alone: "Chapter III", "Part One", "Session 9" (not "Lot 214 ..."
    or "Chapter 3. The Troika", an entry of a contents list)."""
    return line.pattern is None and not line.link_bar and _KICKER.match(line.stripped) is not None


def _remove_title_repeats(analysis: _Analysis) -> None:
    """Stage: the title repeated below it beside furniture is a post subject (forum threads put
    the thread title over every post); a repeat among the text (a refrain, a quotation) stays."""
    if analysis.title is None:
        return
    lines = analysis.lines
    key = lines[analysis.title].key.lower()
    for index in range(analysis.title + 1, len(lines)):
        line = lines[index]
        if line.kept and not line.note and line.key.lower() == key and _is_post_subject(lines, index):
            line.rule = "boilerplate.post_header"


def _is_post_subject(lines: list[_Line], index: int) -> bool:
    """The next line, in the same block, is furniture: a subject over a post header."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and not following.blank and _is_furniture(following)


def _is_header_furniture(line: _Line) -> bool:
    """A short label ("Menu", "Jane Doe", "12") or a link bar above the title. A "Field: value"
    line goes only when a pattern knows its label (credit lines, scope header): a title with a
    colon ("Counting Delegates: The Secretariat and ...") looks the same to a regex."""
    return _is_link_like(line) or line.link_bar or _is_credit(line)


def _clean_bottom_edge(analysis: _Analysis) -> None:
    """Stage: short labels after the last paragraph go when the page end is furniture anyway."""
    lines = analysis.lines
    if analysis.last_prose is None:
        return
    # The text ends at the last paragraph, or below it at the last kept list item, sentence, table
    # row or note: a heading over a reading list or a table is not a footer label.
    end = analysis.last_prose
    for index in range(len(lines) - 1, analysis.last_prose, -1):
        line = lines[index]
        if line.kept and (line.note or _is_body_evidence(line) or _is_table_row(line) or _is_reading_entry(line)):
            end = index
            break
    zone = [index for index in range(end + 1, len(lines)) if not lines[index].blank and not lines[index].note]
    if not any(lines[index].rule is not None for index in zone):
        return
    # Walk up from the end: a line directly under a kept line of the text, in its block, that
    # stays is part of the text too ("Best wishes," / "Margaret"; a line between a paragraph and
    # the heading of a record kept under it).
    staying: set[int] = set()
    for index in reversed(zone):
        line = lines[index]
        if line.rule is not None or not _is_link_like(line):
            continue
        if _heads_kept_block(lines, index) or _continues_text_above(lines, index, staying):
            staying.add(index)
            continue
        line.rule = "boilerplate.edge_run"


def _continues_text_above(lines: list[_Line], index: int, staying: set[int]) -> bool:
    """The line directly above, no blank between, is kept text, and the line is a sign-off's name
    under "Best wishes," (the line above ends with a comma) or stands between that text and a
    line below in its block that stays (a heading kept by ``_heads_kept_block``)."""
    if index == 0 or lines[index - 1].blank or not lines[index - 1].kept:
        return False
    above = lines[index - 1]
    if above.note or above.pattern is not None or above.link_bar:
        return False
    if above.stripped.endswith(",") and above.words <= KICKER_MAX_WORDS:
        return True
    below = index + 1
    return _is_body_evidence(above) and below < len(lines) and below in staying


def _is_reading_entry(line: _Line) -> bool:
    """An entry of a reading list or bibliography, with or without a final stop: an author, a
    title and a year ("Moshe Lewin, Lenin's Last Struggle (1968)"). Footer links have no year."""
    return line.pattern is None and not line.link_bar and _AUTHOR_OPENER.match(line.stripped) is not None and _is_citation(line.stripped)


def _is_table_row(line: _Line) -> bool:
    """A tab-separated row of two or more cells."""
    return len([cell for cell in line.stripped.split("\t") if cell.strip()]) >= 2


def _heads_kept_block(lines: list[_Line], index: int) -> bool:
    """The next line is kept content that no label is: a list item, a note or a sentence, which
    makes this short line its heading ("Primary sources" over a list of sources)."""
    following = _neighbours(lines, index)
    following = [other for other in following if other > index]
    if not following:
        return False
    other = lines[following[0]]
    if other.protected is not None and other.kept:
        return True  # "Details" over a record's protected fields, a table's heading
    if not other.kept:
        return False
    if other.note or _is_reading_entry(other):
        return True
    stripped = other.stripped
    return bool(_LIST_MARKER.match(stripped) or stripped.startswith(_BULLETS)) or (
        other.words >= HEADING_NEXT_MIN_WORDS and _ends_like_sentence(stripped)
    )


def _remove_menu_blocks(analysis: _Analysis) -> None:
    """Stage: a block made only of short labels and furniture is a menu when furniture is in it,
    or when it is a run of at least three labels with a menu word ("Contents", "Home") in it."""
    blocks: dict[int, list[int]] = {}
    for index, line in enumerate(analysis.lines):
        if not line.blank:
            blocks.setdefault(line.block, []).append(index)
    for members in blocks.values():
        lines = [analysis.lines[index] for index in members]
        if len(members) < 2 or analysis.title in members or any(line.note for line in lines):
            continue
        furniture = any(_is_furniture(line) for line in lines)
        menu_word = len(members) >= HEADER_MENU_MIN_LINES and any(
            line.rule is None and line.pattern is not None and line.pattern.scope == "context" and line.pattern.rule != COUNTER_RULE
            for line in lines
        )  # a bare number is no menu word: "1 / The Testament / 2 / The Troika" is a list
        if not (furniture or menu_word):
            continue
        if all(line.rule is not None or _is_link_like(line) or line.link_bar for line in lines):
            for index, line in zip(members, lines):
                if line.rule is None and not _heads_paragraph(analysis.lines, index, members):
                    line.rule = line.pattern.rule if line.pattern is not None else "boilerplate.menu"


def _heads_paragraph(lines: list[_Line], index: int, members: list[int]) -> bool:
    """The last line of its block, a heading, with a kept paragraph next: a section heading under
    a timestamp or a post header ("17.42 GMT" / "Testament published in full"), not a menu item."""
    line = lines[index]
    if index != members[-1] or line.pattern is not None or not _is_heading_like(line.stripped):
        return False
    following = [other for other in _neighbours(lines, index) if other > index]
    if not following:
        return False
    other = lines[following[0]]
    return other.kept and other.pattern is None and not other.link_bar and other.words >= EVIDENCE_MIN_WORDS


def _remove_suffixes(lines: list[_Line], patterns: Sequence[BoilerplatePattern]) -> None:
    """Stage: furniture glued to the end of a kept line ("History[edit]")."""
    suffixes = [pattern for pattern in patterns if pattern.scope == "suffix"]
    if not suffixes:
        return
    for line in lines:
        if not line.kept:
            continue
        for pattern in suffixes:
            match = pattern.regex.search(line.text)
            if not match or match.start() == 0:
                continue
            _cut_line_end(line, match.start(), pattern.rule)
            break


def _cut_line_end(line: _Line, keep: int, rule: str) -> None:
    """Remove the line's normalised text from ``keep`` on, splitting unchanged pieces."""
    result: list[_Piece] = []
    position = 0
    for piece in line.pieces:
        piece_start, position = position, position + len(piece.out)
        if position <= keep:
            result.append(piece)
        elif piece.rule is None:
            cut = piece.start + max(0, keep - piece_start)
            if cut > piece.start:
                result.append(_Piece(piece.start, cut, piece.out[: cut - piece.start], None))
            result.append(_Piece(cut, piece.end, "", rule))
        else:
            piece.out = piece.out[: max(0, keep - piece_start)]
            result.append(piece)
    # Adjacent removals of the same rule read better as one.
    merged: list[_Piece] = []
    for piece in result:
        if merged and piece.rule == rule and merged[-1].rule == rule and merged[-1].end == piece.start:
            merged[-1] = _Piece(merged[-1].start, piece.end, "", rule)
        else:
            merged.append(piece)
    line.pieces = merged
    line.text = "".join(piece.out for piece in merged)
    line.key = match_key(line.text)
    line.words = len(line.text.split())


# --- threads, records and widgets --------------------------------------------------------------

_USER_LINE_SEPARATOR = re.compile(r"\s+[·•|]\s+")
TIMESTAMP_MAX_WORDS = 8


def _is_timestamp(text: str) -> bool:
    """A date with a clock time, alone or after one word ("Old 03-14-2012, 08:12 PM", "Posted
    Tue Mar 14, 2017 8:12 pm"): the time of a post. A date without a time may be a diary heading."""
    text = text.strip()
    if not text or len(text.split()) > TIMESTAMP_MAX_WORDS:
        return False
    candidates = [text]
    first, _, rest = text.partition(" ")
    if rest and first.isalpha():
        candidates.append(rest)
    return any("T" in (_parse_date(candidate) or "") for candidate in candidates)


def _mark_post_furniture(analysis: _Analysis, patterns: Sequence[BoilerplatePattern]) -> None:
    """Stage: post headers inside a page. After the metadata stage (the page's own date is lifted
    first): a line that is only a date with a clock time is a post's time; a user line (a name or
    credential and the post's relative age joined by "·" or "|": "Former History Teacher · 5y") is
    an answer card."""
    times = [pattern for pattern in patterns if pattern.rule == POST_TIME_RULE]
    for line in analysis.lines:
        if not line.kept or line.note or line.link_bar and line.rule is not None:
            continue
        if _is_timestamp(line.key):
            line.rule = POST_TIME_RULE
            continue
        parts = [part.strip(_DECORATION) for part in _USER_LINE_SEPARATOR.split(line.key)]
        if len(parts) >= 2 and line.words <= USER_LINE_MAX_WORDS and any(
            pattern.regex.fullmatch(part) for part in (parts[0], parts[-1]) for pattern in times
        ):
            line.rule = "boilerplate.user_line"


def _is_label_row(line: _Line) -> bool:
    """"Born<TAB>15 August 1888": a short capitalised label, a tab, a value (one cell: a row of
    more cells is a table, of threads or holdings as well as of facts)."""
    label, tab, value = line.stripped.partition("\t")
    return bool(tab) and bool(value.strip()) and "\t" not in value.strip() and 0 < len(label.split()) <= INFOBOX_LABEL_MAX_WORDS and label[:1].isupper()


def _protect_infoboxes(lines: list[_Line]) -> None:
    """Stage: an infobox is content (its rows carry who, when, which office). A run of short lines
    (no blank between, no sentence, no line another rule already removed) holding at least
    INFOBOX_MIN_ROWS "Label<TAB>value" rows is protected whole: the native name, the caption,
    the offices and the rows. The run ends at a blank line, a paragraph or removed furniture."""
    index = 0
    while index < len(lines):
        if not _infobox_member(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _infobox_member(lines[end]):
            end += 1
        run = lines[index:end]
        if sum(1 for line in run if _is_label_row(line)) >= INFOBOX_MIN_ROWS:
            for line in run:
                _protect(line, "infobox")
        index = end


def _infobox_member(line: _Line) -> bool:
    if line.blank or line.rule is not None or line.note or line.link_bar:
        return False
    if _is_label_row(line):
        return True
    return line.words <= HEADING_MAX_WORDS and not _is_prose(line) and _is_heading_like(line.stripped.replace("\t", " "))


def _protect(line: _Line, why: str) -> None:
    """Mark a line as content that no later stage removes (a pattern's removal is undone)."""
    line.protected = why
    line._rule = None


# Cells of a data-table row: separated by tabs or by runs of two or more spaces (a PDF's columns).
_CELL_SEPARATOR = re.compile(r"\t+|\s{2,}")
_NUMERIC_CELL = re.compile(r"^[(\[]?[-+–−]?[$£€]?\d[\d,.\s]*%?[)\]]?$|^[-–—]$")


def _cells(line: _Line) -> list[str]:
    return [cell for cell in _CELL_SEPARATOR.split(line.text.strip()) if cell.strip()]


def _is_data_row(line: _Line) -> bool:
    """A row of at least TABLE_MIN_CELLS cells of which more than half are numbers ("1949  12  43
    55", "Twelfth<TAB>408<TAB>55%")."""
    if line.blank or line.note or line.words > TABLE_ROW_MAX_WORDS:
        return False
    cells = _cells(line)
    numeric = sum(1 for cell in cells if _NUMERIC_CELL.match(cell.strip()))
    return len(cells) >= TABLE_MIN_CELLS and 2 * numeric > len(cells)


def _protect_tables(lines: list[_Line]) -> None:
    """Stage: data tables are content. At least TABLE_MIN_ROWS adjacent data rows (no blank
    between), and the header row directly above them when it has as many cells, are protected:
    bare numbers in columns look like vote counters and widget runs, but they are the figures."""
    index = 0
    while index < len(lines):
        if not _is_data_row(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _is_data_row(lines[end]):
            end += 1
        if end - index >= TABLE_MIN_ROWS:
            width = len(_cells(lines[index]))
            above = lines[index - 1] if index > 0 else None
            if above is not None and not above.blank and not above.note and len(_cells(above)) == width and above.words <= TABLE_ROW_MAX_WORDS:
                _protect(above, "table")
            for line in lines[index:end]:
                _protect(line, "table")
        index = end
    _protect_pipe_tables(lines)


# A row of a table printed with pipes: "Year | Appointed | Recommended | Total".
_PIPE = re.compile(r"\s*\|\s*")
PIPE_TABLE_MIN_CELLS = 3
# Without numbers, only this many rows make a table: two rows of labels are two menu bars.
PIPE_TABLE_MIN_TEXT_ROWS = 3


def _pipe_cells(line: _Line) -> int:
    """The number of cells of a "a | b | c" row (0 when the line is no such row)."""
    if line.blank or line.note or "|" not in line.text or line.words > TABLE_ROW_MAX_WORDS * 2:
        return 0
    cells = [cell for cell in _PIPE.split(line.stripped.strip("|")) if cell.strip()]
    return len(cells) if len(cells) >= PIPE_TABLE_MIN_CELLS else 0


def _protect_pipe_tables(lines: list[_Line]) -> None:
    """Tables printed with pipes are content: adjacent rows (no blank between) with the same
    number of cells, at least PIPE_TABLE_MIN_CELLS. Two rows make a table when one of them is
    mostly numbers ("1922 | 6 | 17 | 23"); rows of words need PIPE_TABLE_MIN_TEXT_ROWS and a cell
    longer than a menu item ("Alexei Rykov | Chairman of the Council of People's Commissars |
    Shot, 1938"). Menu bars are single lines of short labels, or pairs of them."""
    index = 0
    while index < len(lines):
        width = _pipe_cells(lines[index])
        if not width:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and _pipe_cells(lines[end]) == width:
            end += 1
        rows = lines[index:end]
        cells = [cell for line in rows for cell in _PIPE.split(line.stripped.strip("|")) if cell.strip()]
        numeric_row = any(
            2 * sum(1 for cell in _PIPE.split(line.stripped.strip("|")) if _NUMERIC_CELL.match(cell.strip())) > width for line in rows
        )
        long_cell = any(len(cell.split()) > LINK_MAX_WORDS for cell in cells)
        if (len(rows) >= TABLE_MIN_ROWS and numeric_row) or (len(rows) >= PIPE_TABLE_MIN_TEXT_ROWS and long_cell):
            for line in rows:
                _protect(line, "table")
        index = end


_BARE_LABEL = re.compile(r"^[A-Z][\w/&.'’ -]{0,40}:$")
# Bare labels of a record's descriptive fields, without a colon ("Date" over "1920"): what the
# item is, who made it, when, where, how big, about what. Only read inside a record.
_DESCRIPTIVE_LABEL = re.compile(
    r"^(?:creators?|authors?|contributors?|artists?|makers?|designers?|title(?: \(.{1,30}\))?|alternative titles?|"
    r"dates?|published|publishers?|publication(?: date| details| place)?|place of publication|imprint|"
    r"publish(?:ed)? date|published in|edition notes|pages|number of pages|pagination|(?:the )?physical object|"
    r"people|places|times|"
    r"physical description|extent|level(?: of description)?|series|notes?|summary|abstract|contents|subjects?|"
    r"subject headings?|genre|languages?|medium|materials?|dimensions|provenance|description|edition|format|type|"
    r"scope and content|inscriptions?|exhibition history|production date|"
    # A film's or broadcast's record: when it came out, where it was made, by whom, how long.
    r"release dates?|countr(?:y|ies)(?: of origin)?|filming locations?|production compan(?:y|ies)|"
    r"run ?time|running time|colou?r|sound mix|aspect ratio|"
    # A person's record (a memorial, a biographical entry): when and where born, died, buried.
    r"born|birth|died|death|burial|buried|resting place|plot|original name|also known as)\s*:?$",
    re.IGNORECASE,
)


def _field_kind(line: _Line, patterns: Sequence[BoilerplatePattern]) -> str | None:
    """"service" (an identifier, link, rights, access or citation field: furniture), "product" (a
    shop's product detail: furniture), "descriptive" (any other field of a record: content), or
    None when the line is no field."""
    if line.blank or line.note or line.words > BOX_MAX_WORDS:
        return None
    key = line.key.rstrip(":").strip() if line.key.endswith(":") else line.key
    for pattern in patterns:
        if pattern.rule in (RECORD_FIELD_RULE, PRODUCT_RULE) and pattern.regex.fullmatch(line.key) or (
            pattern.rule in (RECORD_FIELD_RULE, PRODUCT_RULE) and pattern.scope == "context" and pattern.regex.fullmatch(key)
        ):
            return "service" if pattern.rule == RECORD_FIELD_RULE else "product"
    # "Language: English, Russian" in a record is its language field, not a language switcher.
    if line.pattern is not None and line.pattern.rule == "boilerplate.language" and (
        _FIELD_LINE.match(line.stripped) or _DESCRIPTIVE_LABEL.match(line.key)
    ):
        return "descriptive"  # "Language: English", or a bare "Language" over its value
    # Lines other patterns name (credit lines: "Source: ...") and metadata ("Published: 2019")
    # are left to their own stages.
    if line.rule is not None or line.pattern is not None or _is_prose(line) or parse_metadata_line(line.text, True) is not None:
        return None
    if _DESCRIPTIVE_LABEL.match(line.key) or _is_bare_label(line) or _FIELD_LINE.match(line.stripped):
        return "descriptive"
    return None


def _is_bare_label(line: _Line) -> bool:
    """A field label alone on its line, its value under it: "Physical description:", "Date"."""
    return (line.pattern is not None and line.pattern.scope == "context" and line.pattern.rule in (RECORD_FIELD_RULE, PRODUCT_RULE)) or (
        (_BARE_LABEL.match(line.stripped) is not None or _DESCRIPTIVE_LABEL.match(line.key) is not None)
        and line.words <= INFOBOX_LABEL_MAX_WORDS
    )


def _mark_records(lines: list[_Line], patterns: Sequence[BoilerplatePattern]) -> None:
    """Stage: records (catalogue, archive, museum and shop fields). Field lines at most
    RECORD_MAX_GAP lines apart in one block make a record when there are RECORD_MIN_FIELDS of
    them. In a record with a shop's product detail ("Print length", "Best Sellers Rank") every
    field goes, with the value under a bare label. In any other record the descriptive fields
    (creator, date, publisher, physical description, language, subjects, notes) are protected
    with their values: they carry facts; the service fields (identifier, call number, rights,
    permalink, "Cite as") go, with the value under a bare label."""
    fields = [(index, kind) for index, line in enumerate(lines) if (kind := _field_kind(line, patterns)) is not None]
    clusters: list[list[tuple[int, str]]] = []
    for index, kind in fields:
        if clusters:
            last = clusters[-1][-1][0]
            between = sum(1 for other in lines[last + 1 : index] if not other.blank)
            if lines[last].block == lines[index].block and between <= RECORD_MAX_GAP:
                clusters[-1].append((index, kind))
                continue
        clusters.append([(index, kind)])
    for cluster in clusters:
        if len(cluster) < RECORD_MIN_FIELDS:
            continue
        field_lines = {index for index, _ in cluster}
        product = any(kind == "product" for _, kind in cluster)
        for index, kind in cluster:
            line = lines[index]
            values = _field_values(lines, index, field_lines) if _is_bare_label(line) else []
            if kind == "descriptive" and not product:
                _protect(line, "record")
                for value in values:
                    _protect(value, "record")
                continue
            rule = PRODUCT_RULE if product and kind == "descriptive" else (RECORD_FIELD_RULE if kind == "service" else PRODUCT_RULE)
            line.rule = line.rule or rule
            for value in values:
                if value.words <= BOX_MAX_WORDS and not (product and _is_prose(value)):
                    value.rule = value.rule or rule


def _field_values(lines: list[_Line], index: int, field_lines: set[int]) -> list[_Line]:
    """The value lines under a bare label: up to the next field, a blank or RECORD_MAX_GAP lines."""
    values = []
    for other_index in range(index + 1, min(len(lines), index + 1 + RECORD_MAX_GAP)):
        other = lines[other_index]
        if other.blank or other_index in field_lines or other.note or other.block != lines[index].block:
            break
        values.append(other)
    return values


def _remove_widget_runs(analysis: _Analysis) -> None:
    """Stage: widgets inside the text: a run of adjacent short labels (no blank between) of which
    at least WIDGET_RUN_MIN_FURNITURE, and WIDGET_RUN_MIN_SHARE of the run, are furniture ("26.8K
    views / View upvotes / Answer requested by / Tom Hale / Upvote / 432 / Share") goes whole.
    Lifted metadata inside the run does not break it; a heading closing the run over a paragraph
    stays (it opens the next section)."""
    lines = analysis.lines
    run: list[int] = []
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        if line is not None and not line.blank and not line.note and line.protected is None and index != analysis.title:
            if _is_furniture(line) or (line.rule or "").startswith("metadata.") or (line.kept and (_is_link_like(line) or line.link_bar)):
                run.append(index)
                continue
        _remove_widget_run(analysis, run)
        run = []


def _remove_widget_run(analysis: _Analysis, run: list[int]) -> None:
    lines = analysis.lines
    labels = [index for index in run if not (lines[index].rule or "").startswith("metadata.")]
    furniture = [index for index in labels if _is_furniture(lines[index])]
    weak = [index for index in labels if lines[index].kept and lines[index].pattern is not None]
    if len(labels) < 2 or not furniture or len(furniture) + len(weak) < WIDGET_RUN_MIN_FURNITURE:
        return
    if (len(furniture) + len(weak)) < WIDGET_RUN_MIN_SHARE * len(labels):
        return
    for index in labels:
        line = lines[index]
        if line.rule is None and not (index == labels[-1] and _heads_paragraph(lines, index, [index])) and not _heads_stamped_text(lines, index):
            line.rule = line.pattern.rule if line.pattern is not None else WIDGET_RUN_RULE


# Bare clock times of a transcript; a post's time ("3 yr. ago") follows a user name, not a heading.
_STAMP_RULES = ("boilerplate.timestamp",)


def _heads_stamped_text(lines: list[_Line], index: int) -> bool:
    """A heading over its text with only timestamps between ("Introduction" / "0:00" / "in the
    spring of 1923 ..."): a transcript's chapter heading, not a widget."""
    line = lines[index]
    if line.pattern is not None or not _is_heading_like(line.stripped):
        return False
    position = index + 1
    while position < len(lines) and lines[position].rule in _STAMP_RULES and lines[position].block == line.block:
        position += 1
    if position == index + 1 or position >= len(lines):
        return False
    other = lines[position]
    return other.block == line.block and other.kept and other.pattern is None and not other.link_bar and other.words >= EVIDENCE_MIN_WORDS


# --- corroboration --------------------------------------------------------------------------------

# Rules that judge a line by its position or shape alone (a short label in a run at an edge, a
# name above the title): on pages of unseen sites they removed most of the content removed wrongly
# (an infobox's labels, a film's title block, a headline deck, a record's field names), so what
# they remove must be corroborated by a furniture signal (CORROBORATION_MIN_SHARE).
WEAK_RULES = frozenset({"boilerplate.edge_run", WIDGET_RUN_RULE, "boilerplate.menu", "boilerplate.link_bar", "metadata.series"})
# A weakly removed line without a signal of its own still goes inside a run (removed lines, at
# most one blank between) in which at least this share of the lines shows a signal: a menu of
# "Home / About / Books / Contact" loses "Books" with its neighbours; a title block of four
# unrecognised labels stays whole.
CORROBORATION_MIN_SHARE = 0.5
# A URL, a domain, a handle, a counter ("12 comments", "3.4K"), a relative age or a copyright
# sign: shapes that content labels rarely have. A bare clock time is no signal: an event's hours
# and a transcript's times are content (a post's time is found by its own patterns).
_FURNITURE_SHAPE = re.compile(
    r"https?://|\bwww\.|\w\.(?:com|org|net|io|co\.uk)\b|(?:^|\s)@\w|©"
    r"|\b\d[\d,.]*\s*[kKmM]?\s+(?:comments?|replies|views?|likes?|shares?|followers?|votes?|points?|reviews?|ratings?|answers?)\b"
    r"|^\d[\d,.]*[kKmM]$|\b(?:\d+|an?)\s*(?:s|m|h|d|w|y|mo|min|hr|yr|sec|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\.?\s+ago\b",
    re.IGNORECASE,
)


def _has_furniture_signal(line: _Line, patterns: Sequence[BoilerplatePattern]) -> bool:
    """The line itself looks like furniture whatever its position: a pattern knows it, a link bar
    holds a menu word, or it has a URL, handle, counter or timestamp shape. A line removed by a
    rule that is not weak (a pattern, a site repeat, lifted metadata) is furniture already."""
    if line.rule is not None and line.rule not in WEAK_RULES:
        return True
    if line.pattern is not None:
        return True
    if line.link_bar and any(match_boilerplate(part, patterns) for part in (_link_bar_parts(line.key) or ())):
        return True
    return _FURNITURE_SHAPE.search(line.key) is not None


def _require_corroboration(analysis: _Analysis, patterns: Sequence[BoilerplatePattern]) -> None:
    """Stage: a line removed only by a weak rule (WEAK_RULES) stays unless it shows a furniture
    signal itself or stands in a run of removed lines dominated by lines that do."""
    lines = analysis.lines
    runs: list[list[int]] = []
    run: list[int] = []
    blanks = 0
    for index, line in enumerate(lines):
        if line.blank:
            blanks += 1
            continue
        if line.rule is not None and (not run or blanks <= NEIGHBOUR_MAX_BLANKS):
            run.append(index)
        else:
            if run:
                runs.append(run)
            run = [index] if line.rule is not None else []
        blanks = 0
    if run:
        runs.append(run)
    for run in runs:
        signalled = {index for index in run if _has_furniture_signal(lines[index], patterns)}
        if len(signalled) >= CORROBORATION_MIN_SHARE * len(run):
            continue
        for index in run:
            line = lines[index]
            if index in signalled or line.rule not in WEAK_RULES:
                continue
            if line.rule == "metadata.site":
                analysis.page.site = None
            elif line.rule == "metadata.series":
                analysis.page.series = None
            line.rule = None


# --- output -----------------------------------------------------------------------------------


def _is_section_heading(lines: list[_Line], kept: list[int], position: int, separated: list[bool]) -> bool:
    """A short heading-like line on its own between paragraphs."""
    if position == 0 or position == len(kept) - 1:
        return False
    line = lines[kept[position]]
    following = lines[kept[position + 1]]
    return (
        not line.note
        and separated[position - 1]
        and separated[position]
        and _is_heading_like(line.stripped)
        and following.words >= HEADING_NEXT_MIN_WORDS
        and not following.note
    )


def _assemble(raw: str, analysis: _Analysis) -> Cleaned:
    """Stage: one blank line between paragraphs, none at the ends; removals, sections and notes."""
    lines = analysis.lines
    kept = [index for index, line in enumerate(lines) if line.kept]
    removals: list[Removal] = []
    pieces_out: list[str] = []
    length = 0
    line_starts: dict[int, int] = {}

    def delete(line: _Line, rule: str) -> None:
        if line.end > line.start:
            removals.append(Removal(line.start, line.end, raw[line.start : line.end], "", rule))

    def emit_content(line: _Line) -> None:
        nonlocal length
        for piece in line.pieces:
            if piece.rule is not None:
                removals.append(Removal(piece.start, piece.end, raw[piece.start : piece.end], piece.out, piece.rule))
            pieces_out.append(piece.out)
            length += len(piece.out)

    def emit_terminator(line: _Line, separator: str, rule: str) -> None:
        nonlocal length
        if line.terminator != separator:
            removals.append(Removal(line.content_end, line.end, line.terminator, separator, rule))
        pieces_out.append(separator)
        length += len(separator)

    # separated[j]: a blank line (paragraph break) lies between kept[j] and kept[j + 1].
    separated = []
    separator_blank: dict[int, int] = {}
    for position in range(len(kept) - 1):
        between = range(kept[position] + 1, kept[position + 1])
        blank = next((index for index in between if lines[index].blank), None)
        if blank is not None:
            separator_blank[kept[position]] = blank
        separated.append(blank is not None)
    break_after = {analysis.title} if analysis.title is not None else set()
    kept_set = set(kept)
    blank_to_keep = set(separator_blank.values())
    last_kept = kept[-1] if kept else -1

    for index, line in enumerate(lines):
        if index in kept_set:
            line_starts[index] = length
            emit_content(line)
            if index == last_kept:
                if line.terminator:
                    removals.append(Removal(line.content_end, line.end, line.terminator, "", "whitespace.blank_lines"))
            elif index in separator_blank:
                emit_terminator(line, "\n", "whitespace.line_end")
            elif index in break_after:
                # The title directly followed by text: make the title its own paragraph.
                emit_terminator(line, "\n\n", "whitespace.paragraph_break")
            else:
                emit_terminator(line, "\n", "whitespace.line_end")
        elif index in blank_to_keep:
            emit_content(line)
            emit_terminator(line, "\n", "whitespace.line_end")
        elif line.blank:
            delete(line, "whitespace.blank_lines")
        else:
            delete(line, line.rule or "whitespace.blank_lines")
    text = "".join(pieces_out)

    def span(index: int, offset: int = 0) -> tuple[int, int]:
        line = lines[index]
        lead = len(line.text) - len(line.text.lstrip())
        start = line_starts[index] + lead + offset
        return start, line_starts[index] + len(line.text.rstrip())

    sections = []
    if analysis.title is not None and analysis.title in kept_set:
        start, end = span(analysis.title)
        sections.append(Section(start, end, text[start:end], 1))
    for position, index in enumerate(kept):
        if index == analysis.title:
            continue
        if index == analysis.notes_heading or _is_section_heading(lines, kept, position, separated):
            start, end = span(index)
            sections.append(Section(start, end, text[start:end], 2))
    notes = []
    for index, offset, marker in analysis.notes:
        if index in kept_set:
            start, end = span(index, offset)
            if end > start:
                notes.append(Note(start, end, text[start:end], marker))
    sections.sort(key=lambda section: section.start)
    return Cleaned(text=text, removals=removals, sections=sections, notes=notes, page=analysis.page)


# --- public API -------------------------------------------------------------------------------


def clean(raw: str, site_lines: frozenset[str] = frozenset()) -> Cleaned:
    """Clean one raw scraped page text.

    ``site_lines`` are the lines learned as repeated across the page's site
    (:func:`learn_site_lines`); without them the page is cleaned on its own.

    Stages, in order:

    1. Characters, per line: repair mojibake (ftfy, encoding fixes only), remove control
       characters, no-break spaces to spaces, compose to NFC, strip trailing blanks; CRLF, CR and
       other line breaks become LF.
    2. Whole-line patterns (resources/boilerplate.json): furniture that is unambiguous anywhere
       (search boxes, share buttons, cookie and donation banners, copyright lines, breadcrumbs)
       goes; ambiguous words ("Home", "Print", "X", "English") are only noted; "|" link bars with a
       menu word go. A pattern that opens a box (a signature rule, a navbox's "v · t · e") takes
       the short lines of its block with it ("v" / "t" / "e" on lines of their own too). Page
       numbers counting up through a converted print text, and the running heads beside them
       (pages apart, never a date such as "7 November"), go; so does a line with a URL, address or clock time stamped three times or more through
       the page. A wiki's table of contents box ("Contents" over numbered section entries) goes.
       Data tables (two or more rows of mostly numbers, and their header row; pipe tables of
       equal rows), infoboxes
       (runs of short lines with two or more "Label<TAB>value" rows) and the descriptive fields of
       a record (three or more field lines close together: creator, date, publisher, physical
       description, language, subjects, notes, with their values) are protected: no later stage
       removes them. A record's service fields (identifier, call number, rights, permalink,
       "Cite as") go with a bare label's value; in a shop's product details every field goes. Lines
       repeated across the site (``site_lines``) go, unless they are notes, metadata, section
       headings or paragraphs inside the body.
    3. Notes: the notes or bibliography at the end are found, protected and parsed.
    4. Teaser: a related-articles heading near the end goes with the teaser under it; inside the
       text, it goes with the short titles of its block.
    5. Edges: the first and last prose paragraphs fix the top and bottom edges (a credit line is
       never the first paragraph; a standfirst of at most STANDFIRST_MAX_WORDS words with header
       labels glued under it is not one either).
    6. Metadata: bylines, dates, issue and "last modified" lines at the edges are lifted. Then
       post furniture inside the page: a line that is only a date with a clock time, and a user
       line (a credential and the post's relative age joined by "·").
    7. Context: ambiguous furniture words go at an edge or beside other furniture; credit and
       record lines ("Source: ...", scope header) go above the first paragraph; link bars at the
       edges go.
    8. Header: runs of three or more short labels before the first paragraph (menus, tables of
       contents) go, except a last label with a standfirst under it (a headline over a standfirst
       sentence and a byline is the title) or directly over the first paragraph; the title (the heading nearest the first paragraph that is no credit line,
       dateline, wrapped line, infobox or record line, or name card over furniture) stays. When sentences or list items stand above it up to the
       first furniture, the text starts there: the heading above them becomes the title and the
       headings over it stay. A chapter number directly over the title stays. Above the title,
       the site and series names are lifted and short labels, link bars and credit lines go;
       anything else stays (content lost cannot be recovered, furniture left is cheaper); no
       series is lifted from the title's own block or over a title that is only a number, a name
       or a metadata line, and a chapter number over a heading stays. The
       title repeated over a post header below (a forum post subject) goes.
    9. Footer: short labels after the text (its last paragraph, list item, table row or note) go
       when the end of the page is furniture; a reading list's heading and entries are text.
    10. Menus: blocks made only of short labels and furniture go (a heading closing such a block
        over a paragraph stays); inside a block, runs of short labels of which two or more (and
        two fifths) are furniture go the same way (a post's buttons and counters under its text);
        "[edit]"-style suffixes go.
    11. Corroboration: a line removed only by a position- or shape-based rule (edge and header
        runs, widget runs, menu blocks, edge link bars, a lifted series) stays unless it shows a
        furniture signal itself (a pattern, a menu word in a bar, a URL, handle or counter) or
        stands in a run of removed lines of which at least half show one.
    12. Layout: one blank line between paragraphs, none at the ends; sections and notes are
        located in the cleaned text.

    Never raises: if a structural stage fails on some odd input, the character-level cleaning
    alone is returned (and the failure is logged).
    """
    try:
        return _clean(raw, structural=True, site_lines=site_lines)
    except Exception:  # a batch of 100,000 pages must not stop on one
        _LOG.exception("clean: structural stages failed; returning character-level cleaning only")
    try:
        return _clean(raw, structural=False)
    except Exception:
        _LOG.exception("clean: character-level cleaning failed; returning the raw text")
        return Cleaned(text=raw, removals=[], sections=[], notes=[], page=PageMetadata())


def _clean(raw: str, structural: bool = True, site_lines: frozenset[str] = frozenset()) -> Cleaned:
    """The cleaner without the safety net (the tests call this to see failures)."""
    lines = _read_lines(raw)
    analysis = _Analysis(lines)
    if structural:
        patterns = load_boilerplate_patterns()
        _match_patterns(lines, patterns)
        _open_boxes(lines)
        _remove_contents_boxes(lines)
        _protect_tables(lines)
        _protect_infoboxes(lines)
        _mark_records(lines, patterns)
        _mark_page_numbers(lines)
        _mark_page_stamps(lines)
        _mark_site_repeats(analysis, frozenset(site_lines))
        _find_notes(analysis)
        _find_teaser(analysis)
        _find_prose_bounds(analysis)
        _lift_metadata(analysis)
        _mark_post_furniture(analysis, patterns)
        _resolve_context_patterns(analysis)
        _find_title_and_header(analysis)
        _remove_title_repeats(analysis)
        _clean_bottom_edge(analysis)
        _remove_menu_blocks(analysis)
        _remove_widget_runs(analysis)
        _require_corroboration(analysis, patterns)
        _remove_suffixes(lines, patterns)
        for line in lines:
            if line.metadata is not None and line.rule is not None:
                _record_metadata(analysis.page, line.metadata)
    return _assemble(raw, analysis)


def apply_removals(raw: str, removals: Sequence[Removal]) -> str:
    """The cleaned text: every removal applied to the raw text."""
    parts = []
    position = 0
    for removal in removals:
        parts.append(raw[position : removal.start])
        parts.append(removal.replacement)
        position = removal.end
    parts.append(raw[position:])
    return "".join(parts)


def restore_raw(text: str, removals: Sequence[Removal]) -> str:
    """The raw text back from the cleaned text and the removals (the exact inverse of ``clean``).

    Raises ValueError when the removals do not fit the text (not sorted, overlapping, or a
    replacement that is not where it should be).
    """
    parts = []
    raw_position = 0
    text_position = 0
    for removal in removals:
        if removal.start < raw_position or removal.end < removal.start:
            raise ValueError(f"removals not sorted or overlapping at raw offset {removal.start}")
        unchanged = removal.start - raw_position
        parts.append(text[text_position : text_position + unchanged])
        text_position += unchanged
        replaced_end = text_position + len(removal.replacement)
        if text[text_position:replaced_end] != removal.replacement:
            raise ValueError(f"replacement {removal.replacement!r} not found at cleaned offset {text_position}")
        parts.append(removal.text)
        text_position = replaced_end
        raw_position = removal.end
    if text_position > len(text):
        raise ValueError("removals run past the end of the cleaned text")
    parts.append(text[text_position:])
    return "".join(parts)
