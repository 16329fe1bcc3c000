"""Checking published records: the record schema, then what a schema cannot state.

The invariants: every span lies inside the text and ``text[start:end] == span.text``; span ids
are unique within a layer; every removal quotes the raw text exactly, and the removals turn the
cleaned text back into the raw text.
"""

from __future__ import annotations

from .clean import restore_raw
from .data import Removal
from .errors import Problem
from .schemas import schema_problems

RECORD_SCHEMA = "record.schema.json"
SPAN_LAYERS = ("sections", "footnotes", "entities", "dates", "quotations")


def record_problems(record: dict, removal_base: str | None = None) -> list[Problem]:
    """Every problem with one record. ``removal_base`` is the text the removals point into when
    it is not raw_text (an HTML source's extracted text); without it, it is re-extracted."""
    where = f"document {record.get('id', '?')}" if isinstance(record, dict) else "record"
    problems = schema_problems(record, RECORD_SCHEMA, where)
    if problems:
        return problems  # the invariants assume the structure the schema guarantees
    text, raw = record["text"], record["raw_text"]
    for layer in SPAN_LAYERS:
        problems += span_problems(where, layer, record[layer], text)
        ids = [span["id"] for span in record[layer] if "id" in span]
        for i, span_id in enumerate(ids):
            if span_id in ids[:i]:
                problems.append(Problem(where, f"/{layer}/{i}/id", f"duplicate span id {span_id!r}"))
    if removal_base is not None:
        raw = removal_base
    elif record["source_format"] == "html":
        from .html import extraction_base

        raw = extraction_base(raw, "html")
    problems += removal_problems(where, record["removals"], raw, text)
    return problems


def span_problems(where: str, layer: str, spans: list[dict], text: str) -> list[Problem]:
    problems = []
    for i, span in enumerate(spans):
        start, end = span["start"], span["end"]
        pointer = f"/{layer}/{i}"
        if not 0 <= start < end <= len(text):
            problems.append(Problem(where, pointer, f"span [{start}, {end}) is empty or outside the text (length {len(text)})"))
        elif text[start:end] != span["text"]:
            problems.append(Problem(where, pointer + "/text", f"text[{start}:{end}] is {text[start:end]!r} but the span says {span['text']!r}"))
    return problems


def removal_problems(where: str, removals: list[dict], raw: str, text: str) -> list[Problem]:
    problems = []
    previous_end = 0
    for i, removal in enumerate(removals):
        start, end = removal["start"], removal["end"]
        pointer = f"/removals/{i}"
        if not previous_end <= start <= end <= len(raw):
            problems.append(Problem(where, pointer, f"removal [{start}, {end}) overlaps the previous one or lies outside the raw text (length {len(raw)})"))
        elif raw[start:end] != removal["text"]:
            problems.append(Problem(where, pointer + "/text", f"raw_text[{start}:{end}] is {raw[start:end]!r} but the removal says {removal['text']!r}"))
        previous_end = max(previous_end, end)
    if not problems and restore_raw(text, [Removal(**r) for r in removals]) != raw:
        problems.append(Problem(where, "/removals", "the removals do not turn the cleaned text back into raw_text"))
    return problems
