"""The release's configs besides ``documents``: tokens, quotations and the entity table.

Each config is a folder of Parquet shards in the release with its own Features:

- ``tokens``: one row per sentence, CoNLL style, with BIO tags over the entity labels and the
  TIMEX3 types; the tokens and their whitespace rebuild the document text exactly.
- ``quotations``: one row per quotation, with its speaker, source and context.
- ``entities``: the canonical entity table with mention counts per split (one split, ``table``).

Rows are built from a published document record (labels as strings), so they always agree with
the ``documents`` config.
"""

from __future__ import annotations

import re
from functools import cache

from .entities import ENTITY_LABELS, EntityTable
from .record import QUOTATION_KINDS, SPLITS, TIMEX_TYPES

# Bump when the rows built here change for the same record (the build caches them).
ROWS_VERSION = "configs.v1"

NER_TAGS = ["O"] + [f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in ("B", "I")]
TIMEX_TAGS = ["O"] + [f"{prefix}-{kind}" for kind in TIMEX_TYPES for prefix in ("B", "I")]
TABLE_SPLIT = "table"
# Context around a quotation: its paragraph, cut to this many characters on each side of the
# quotation when the paragraph is longer (a block quotation is its own paragraph).
CONTEXT_CHARS = 600


def config_features() -> dict:
    """{config name: datasets Features} (imports datasets, which the workers never need)."""
    from datasets import ClassLabel, Features, List, Value

    string, int32 = Value("string"), Value("int32")
    tokens = Features(
        {
            "doc_id": string,
            "sentence": int32,
            "tokens": List(string),
            "whitespace": List(string),
            "offsets": List(int32),
            "ner_tags": List(ClassLabel(names=NER_TAGS)),
            "timex_tags": List(ClassLabel(names=TIMEX_TAGS)),
        }
    )

    quotations = Features(
        {
            "doc_id": string,
            "id": string,
            "start": int32,
            "end": int32,
            "text": string,
            "kind": ClassLabel(names=list(QUOTATION_KINDS)),
            "speaker": string,
            "speaker_id": string,
            "source_marker": string,
            "source_text": string,
            "context": string,
            "context_start": int32,
            "date_published": string,
            "title": string,
            "publisher": string,
            "annotator": string,
        }
    )

    entities = Features(
        {
            "id": string,
            "name": string,
            "type": ClassLabel(names=list(ENTITY_LABELS)),
            "aliases": List(string),
            "wikidata": string,
            "mentions": {split: int32 for split in SPLITS},
        }
    )

    return {"tokens": tokens, "quotations": quotations, "entities": entities}


_LAZY = ("TOKEN_FEATURES", "QUOTATION_FEATURES", "ENTITY_FEATURES", "CONFIGS")


def __getattr__(name: str):
    if name in _LAZY:
        configs = config_features()
        values = {"TOKEN_FEATURES": configs["tokens"], "QUOTATION_FEATURES": configs["quotations"], "ENTITY_FEATURES": configs["entities"], "CONFIGS": configs}
        globals().update(values)
        return values[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def tokenizer():
    """spaCy's English tokenizer and rule-based sentencizer: no model, the same on every machine."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(text: str) -> list[list]:
    """Sentences as lists of spaCy tokens; a paragraph break always ends a sentence."""
    doc = tokenizer()(text)
    result: list[list] = []
    current: list = []
    for token in doc:
        # Whitespace tokens (a paragraph break) end the sentence before them, never start one.
        starts_sentence = token.is_sent_start or "\n" in current[-1].text or "\n" in current[-1].whitespace_ if current else False
        if starts_sentence and not token.is_space:
            result.append(current)
            current = []
        current.append(token)
    if current:
        result.append(current)
    return result


def bio_tags(tokens: list, spans: list[dict], label_key: str, starts: dict[int, int], ends: dict[int, int]) -> tuple[list[str], list[dict]]:
    """BIO tags for one sentence's tokens; spans not on token boundaries are returned too."""
    tags = ["O"] * len(tokens)
    index_of = {token.i: n for n, token in enumerate(tokens)}
    misaligned = []
    for span in spans:
        first, last = starts.get(span["start"]), ends.get(span["end"])
        if first is None or last is None:
            misaligned.append(span)
            continue
        positions = [index_of[i] for i in range(first, last + 1) if i in index_of]
        for n, position in enumerate(positions):
            tags[position] = f"{'B' if n == 0 else 'I'}-{span[label_key]}"
    return tags, misaligned


def token_rows(record: dict) -> tuple[list[dict], list[dict]]:
    """The document's sentences as CoNLL-style rows, and the spans that do not fall on token
    boundaries (tagged by the tokens they cover, and reported at build time)."""
    rows = []
    misaligned = []
    text = record["text"]
    sents = sentences(text)
    all_tokens = [token for sentence in sents for token in sentence]
    starts = {token.idx: token.i for token in all_tokens}
    ends = {token.idx + len(token.text): token.i for token in all_tokens}
    entity_spans = spans_by_sentence(record["entities"], sents)
    date_spans = spans_by_sentence(record["dates"], sents)
    for number, sentence in enumerate(sents):
        ner, bad_entities = bio_tags(sentence, entity_spans[number], "label", starts, ends)
        timex, bad_dates = bio_tags(sentence, date_spans[number], "type", starts, ends)
        misaligned += [{"doc_id": record["id"], "layer": "entities", **s} for s in bad_entities]
        misaligned += [{"doc_id": record["id"], "layer": "dates", **s} for s in bad_dates]
        rows.append(
            {
                "doc_id": record["id"],
                "sentence": number,
                "tokens": [token.text for token in sentence],
                "whitespace": [token.whitespace_ for token in sentence],
                "offsets": [token.idx for token in sentence],
                "ner_tags": ner,
                "timex_tags": timex,
            }
        )
    return rows, misaligned


def spans_by_sentence(spans: list[dict], sents: list[list]) -> list[list[dict]]:
    """Each span under the sentence its start falls in (a span across sentences is misaligned
    in the later ones and reported)."""
    bounds = [(s[0].idx, s[-1].idx + len(s[-1].text) + len(s[-1].whitespace_)) for s in sents]
    grouped: list[list[dict]] = [[] for _ in sents]
    n = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        while n < len(bounds) - 1 and span["start"] >= bounds[n][1]:
            n += 1
        if grouped:
            grouped[n].append(span)
    return grouped


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def quotation_rows(record: dict) -> list[dict]:
    text = record["text"]
    rows = []
    for quote in record["quotations"]:
        start, end = paragraph_around(text, quote["start"], quote["end"])
        start, end = max(start, quote["start"] - CONTEXT_CHARS), min(end, quote["end"] + CONTEXT_CHARS)
        source = quote.get("source") or {}
        rows.append(
            {
                "doc_id": record["id"],
                "id": quote["id"],
                "start": quote["start"],
                "end": quote["end"],
                "text": quote["text"],
                "kind": quote["kind"],
                "speaker": quote["speaker"],
                "speaker_id": quote["speaker_id"],
                "source_marker": source.get("marker"),
                "source_text": source.get("text"),
                "context": text[start:end],
                "context_start": start,
                "date_published": record["date_published"],
                "title": record["title"],
                "publisher": record["publisher"],
                "annotator": quote["annotator"],
            }
        )
    return rows


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, start)]
    after = PARAGRAPH_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def entity_rows(table: EntityTable, mentions: dict[str, dict[str, int]]) -> list[dict]:
    """The entity table, one row per entity, with its mentions counted per split."""
    return [
        {
            "id": entry.id,
            "name": entry.name,
            "type": entry.type,
            "aliases": list(entry.aliases),
            "wikidata": getattr(entry, "wikidata", None),
            "mentions": {split: mentions.get(entry.id, {}).get(split, 0) for split in SPLITS},
        }
        for entry in table.entries
    ]
