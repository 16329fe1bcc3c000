"""The data model every stage shares.

Offsets are Python string indices (Unicode code points), end-exclusive. Spans on the cleaned
text are frozen; a Document is the mutable record the pipeline fills stage by stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Removal:
    """One change the cleaner made: ``raw[start:end] == text`` became ``replacement``.

    A deletion has ``replacement == ""``; a normalisation (line ends, no-break spaces, Unicode
    repair) has the text that replaced it. Applying every removal to the raw text, in order,
    gives the cleaned text, and the list is enough to rebuild the raw text from the cleaned one.
    """

    start: int
    end: int
    text: str
    replacement: str
    rule: str


@dataclass(frozen=True, slots=True)
class Section:
    """A heading kept in the cleaned text (offsets into the cleaned text)."""

    start: int
    end: int
    text: str
    level: int


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote, endnote or bibliography entry kept in the cleaned text.

    ``marker`` is the label that note markers in the body use ("1" for "[1]"), or None for an
    unnumbered bibliography entry.
    """

    start: int
    end: int
    text: str
    marker: str | None


@dataclass(slots=True)
class PageMetadata:
    """Metadata the cleaner lifted out of the page text itself (None where the page gives none)."""

    title: str | None = None
    series: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    issue: str | None = None
    published: str | None = None  # ISO 8601, possibly partial: 1997, 1997-04, 1997-04-28
    modified: str | None = None  # ISO 8601 date or date-time


@dataclass(slots=True)
class Cleaned:
    """What the cleaner returns for one raw text."""

    text: str
    removals: list[Removal]
    sections: list[Section]
    notes: list[Note]
    page: PageMetadata


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str  # an OntoNotes name: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, ...
    entity_id: str | None  # canonical id from the entity table, None when unknown
    annotator: str  # name.vN of the rule or model that made it


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with a TIMEX3-style normalisation."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str | None  # TIMEX3 value: 1927-11-07, 1924-01, 1921-SP, 192X, 1918/1920, P7Y, ...
    mod: str | None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    first_day: str | None  # first calendar day covered (YYYY-MM-DD), for DATE values
    last_day: str | None  # last calendar day covered (YYYY-MM-DD), for DATE values
    annotator: str


@dataclass(frozen=True, slots=True)
class Source:
    """Where a quotation comes from, as the text cites it."""

    marker: str | None  # the note marker after the quotation ("1" for "[1]")
    text: str | None  # the citation itself: the note's text or an inline "[Trotsky, My Life, p. 5]"


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int
    end: int
    text: str
    kind: str  # direct, block, term (scare quotes and quoted terms) or title
    speaker: str | None  # who said or wrote it, by the name the text uses (pronouns resolved)
    speaker_id: str | None  # the speaker's canonical entity id, when known
    source: Source | None
    annotator: str


@dataclass(slots=True)
class Document:
    """One corpus document on its way through the pipeline."""

    id: str
    raw_text: str
    metadata: dict  # the validated sidecar
    source_format: str = "text"  # "text" or "html"
    source_sha256: str = ""  # of the source file's bytes
    extraction: dict | None = None  # for HTML sources: the recorded extraction step (html.py)
    text: str = ""
    removals: list[Removal] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    page: PageMetadata = field(default_factory=PageMetadata)
    entities: list[EntityMention] = field(default_factory=list)
    dates: list[Timex] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    annotation_status: str = "automatic"  # "automatic" or "reviewed"
    split: str | None = None


def quotation_from_dict(d: dict) -> Quotation:
    source = d.get("source")
    return Quotation(**{**d, "source": Source(**source) if source else None})


def cleaned_from_dict(d: dict) -> Cleaned:
    """The inverse of ``dataclasses.asdict`` for a Cleaned (used by the cache)."""
    return Cleaned(
        text=d["text"],
        removals=[Removal(**r) for r in d["removals"]],
        sections=[Section(**s) for s in d["sections"]],
        notes=[Note(**n) for n in d["notes"]],
        page=PageMetadata(**d["page"]),
    )
