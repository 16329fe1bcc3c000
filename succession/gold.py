"""Gold annotations: hand-reviewed layers for a document's cleaned text.

A gold file (``gold/<id>.json``) is in the ``annotate`` output format — ``id``, ``text`` and the
``entities``, ``dates`` and ``quotations`` layers — plus ``text_sha256``, the hash of the cleaned
text it was reviewed on. The build uses a corpus document's gold layers instead of the automatic
ones and marks the record ``reviewed``; when the cleaned text has changed since the review, the
build stops rather than publish spans that point at the wrong characters.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from pathlib import Path

from . import REPO_ROOT
from .data import Document, EntityMention, Quotation, Source, Timex
from .errors import InputError, Problem
from .schemas import schema_problems

GOLD_DIR = REPO_ROOT / "gold"
GOLD_SCHEMA = "gold.schema.json"
GOLD_ANNOTATOR = "gold.v1"
LAYERS = ("entities", "dates", "quotations")
SPAN_FIELDS = {
    "entities": ("start", "end", "text", "label", "entity_id"),
    "dates": ("start", "end", "text", "type", "value", "mod", "first_day", "last_day"),
    "quotations": ("start", "end", "text", "kind", "speaker", "speaker_id", "source"),
}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_problems(gold, path: str) -> list[Problem]:
    """Schema violations, then the offset invariants and the text hash."""
    problems = schema_problems(gold, GOLD_SCHEMA, path)
    if problems:
        return problems
    text = gold["text"]
    if text_sha256(text) != gold["text_sha256"]:
        problems.append(Problem(path, "/text_sha256", "does not match the SHA-256 of text; the text was edited by hand"))
    for layer in LAYERS:
        previous = None
        for i, span in enumerate(gold.get(layer) or []):
            start, end = span["start"], span["end"]
            if not 0 <= start < end <= len(text):
                problems.append(Problem(path, f"/{layer}/{i}", f"span [{start}, {end}) is empty or outside the text (length {len(text)})"))
            elif text[start:end] != span["text"]:
                problems.append(Problem(path, f"/{layer}/{i}/text", f"text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}"))
            if previous is not None and (start, end) < previous:
                problems.append(Problem(path, f"/{layer}/{i}", "spans must be sorted by (start, end)"))
            previous = (start, end)
    return problems


def load_gold(path: Path) -> dict:
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError([Problem(str(path), "", f"JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}")]) from None
    problems = gold_problems(gold, str(path))
    if problems:
        raise InputError(problems)
    return gold


def gold_path(doc_id: str, gold_dir: Path = GOLD_DIR) -> Path:
    return Path(gold_dir) / f"{doc_id}.json"


def apply_gold(doc: Document, gold: dict) -> Document:
    """Replace the document's automatic layers by the reviewed ones (the caller has checked that
    the gold was reviewed on this very text)."""
    for layer in LAYERS:
        if layer in gold:
            setattr(doc, layer, spans_from_gold(layer, gold[layer]))
    doc.annotation_status = "reviewed" if all(layer in gold for layer in LAYERS) else "automatic"
    return doc


def spans_from_gold(layer: str, spans: list[dict]) -> list:
    if layer == "entities":
        return [EntityMention(s["start"], s["end"], s["text"], s["label"], s.get("entity_id"), GOLD_ANNOTATOR) for s in spans]
    if layer == "dates":
        return [Timex(s["start"], s["end"], s["text"], s["type"], s.get("value"), s.get("mod"), s.get("first_day"), s.get("last_day"), GOLD_ANNOTATOR) for s in spans]
    return [
        Quotation(s["start"], s["end"], s["text"], s["kind"], s.get("speaker"), s.get("speaker_id"), Source(**s["source"]) if s.get("source") else None, GOLD_ANNOTATOR)
        for s in spans
    ]


def draft_gold(doc: Document) -> dict:
    """A gold file to review, from the document's automatic annotations."""
    from dataclasses import asdict

    gold = {
        "id": doc.id,
        "text_sha256": text_sha256(doc.text),
        "date_published": doc.metadata.get("date_published"),
        "genre": doc.metadata.get("genre", "narrative"),
        "review_notes": None,
        "text": doc.text,
    }
    for layer in LAYERS:
        spans = sorted(getattr(doc, layer), key=lambda s: (s.start, s.end))
        gold[layer] = [{key: asdict(span)[key] for key in SPAN_FIELDS[layer]} for span in spans]
    return gold


def dump_gold(gold: dict) -> str:
    """Pretty JSON with one span per line, so that a review reads as a small diff."""
    lines = ["{"]
    items = list(gold.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if key in LAYERS:
            spans = [json.dumps(span, ensure_ascii=False) for span in value]
            body = ",\n".join(f"    {span}" for span in spans)
            lines.append(f'  "{key}": [\n{body}\n  ]{comma}' if spans else f'  "{key}": []{comma}')
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def reanchor(gold: dict, new_text: str) -> tuple[dict, list[str]]:
    """Move a gold file's spans onto a changed text; report spans that could not follow.

    Offsets are carried across the unchanged stretches that difflib finds between the old and
    the new text; a span whose characters changed is dropped and reported for review.
    """
    old_text = gold["text"]
    matcher = difflib.SequenceMatcher(None, old_text, new_text, autojunk=False)
    blocks = matcher.get_matching_blocks()

    def moved(offset: int, is_end: bool) -> int | None:
        for a, b, size in blocks:
            if a <= offset < a + size or (is_end and a < offset <= a + size):
                return b + (offset - a)
        return None

    report = []
    result = dict(gold, text=new_text, text_sha256=text_sha256(new_text))
    for layer in LAYERS:
        if layer not in gold:
            continue
        kept = []
        for span in gold[layer]:
            start, end = moved(span["start"], False), moved(span["end"], True)
            if start is None or end is None or new_text[start:end] != span["text"]:
                report.append(f"{gold['id']}: {layer} {span['text']!r} at {span['start']} could not be carried over; annotate it again")
                continue
            kept.append(dict(span, start=start, end=end))
        result[layer] = kept
    return result, report
