"""The published record: one row per document, as a JSON-ready dict and as datasets Features.

The record schema (schema/record.schema.json) and the Features below describe the same row;
a test keeps them in step. Label vocabularies are ClassLabels: new names are only ever added
at the end, so a label's integer never changes meaning between releases.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from .data import Document
from .entities import ENTITY_LABELS

# Bump when a field is added, removed or changes meaning; schema/record.schema.json and the
# card's changelog say what changed.
SCHEMA_VERSION = 2

SPLITS = ("train", "validation", "test")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
QUOTATION_KINDS = ("direct", "block", "term", "title")
ANNOTATION_STATUSES = ("automatic", "reviewed")

METADATA_FIELDS = ("title", "publisher", "authors", "date_published", "date_modified", "url", "language", "rights", "series", "genre", "notes")


def document_features():
    """The datasets Features of a record (imports datasets, which takes about a second: the
    worker processes, which only build records, never need it)."""
    from datasets import ClassLabel, Features, List, Value

    string = Value("string")
    int32 = Value("int32")
    return Features(
        {
            "id": string,
            "schema_version": int32,
            "split": string,
            "title": string,
            "publisher": string,
            "authors": List(string),
            "date_published": string,
            "date_modified": string,
            "url": string,
            "language": string,
            "rights": string,
            "series": string,
            "genre": string,
            "notes": string,
            "source_format": string,
            "source_sha256": string,
            "extraction": {"tool": string, "version": string, "options": string, "text_sha256": string},
            "annotation_status": ClassLabel(names=list(ANNOTATION_STATUSES)),
            "page": {
                "title": string,
                "series": string,
                "site": string,
                "authors": List(string),
                "issue": string,
                "published": string,
                "modified": string,
            },
            "text": string,
            "raw_text": string,
            "removals": List({"start": int32, "end": int32, "text": string, "replacement": string, "rule": string}),
            "sections": List({"start": int32, "end": int32, "text": string, "level": int32}),
            "footnotes": List({"start": int32, "end": int32, "text": string, "marker": string}),
            "entities": List(
                {
                    "id": string,
                    "start": int32,
                    "end": int32,
                    "text": string,
                    "label": ClassLabel(names=list(ENTITY_LABELS)),
                    "entity_id": string,
                    "annotator": string,
                }
            ),
            "dates": List(
                {
                    "id": string,
                    "start": int32,
                    "end": int32,
                    "text": string,
                    "type": ClassLabel(names=list(TIMEX_TYPES)),
                    "value": string,
                    "mod": string,
                    "first_day": string,
                    "last_day": string,
                    "annotator": string,
                }
            ),
            "quotations": List(
                {
                    "id": string,
                    "start": int32,
                    "end": int32,
                    "text": string,
                    "kind": ClassLabel(names=list(QUOTATION_KINDS)),
                    "speaker": string,
                    "speaker_id": string,
                    "source": {"marker": string, "text": string},
                    "annotator": string,
                }
            ),
        }
    )


def __getattr__(name: str):
    if name == "FEATURES":
        global FEATURES
        FEATURES = document_features()
        return FEATURES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def to_record(doc: Document) -> dict:
    """The document as one published row (labels as strings; Parquet encodes them)."""
    meta = doc.metadata
    record = {
        "id": doc.id,
        "schema_version": SCHEMA_VERSION,
        "split": doc.split,
        **{name: meta.get(name) for name in METADATA_FIELDS},
        "source_format": doc.source_format,
        "source_sha256": doc.source_sha256,
        "extraction": extraction_record(doc.extraction),
        "annotation_status": doc.annotation_status,
        "page": asdict(doc.page),
        "text": doc.text,
        "raw_text": doc.raw_text,
        "removals": [asdict(r) for r in doc.removals],
        "sections": [asdict(s) for s in doc.sections],
        "footnotes": [asdict(n) for n in doc.notes],
        "entities": numbered("e", doc.entities),
        "dates": numbered("t", doc.dates),
        "quotations": numbered("q", doc.quotations),
    }
    record["genre"] = meta.get("genre", "narrative")
    return record


def extraction_record(step: dict | None) -> dict | None:
    """The HTML extraction step as a flat struct (options as canonical JSON: Parquet needs one type)."""
    if step is None:
        return None
    return {
        "tool": step["tool"],
        "version": step["version"],
        "options": json.dumps(step["options"], sort_keys=True),
        "text_sha256": step["text_sha256"],
    }


def numbered(prefix: str, spans) -> list[dict]:
    """Spans as dicts with ids unique in the document, in text order."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    return [{"id": f"{prefix}{i}", **asdict(span)} for i, span in enumerate(ordered, 1)]
