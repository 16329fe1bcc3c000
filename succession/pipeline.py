"""The corpus build, from source files to a published release.

Each per-document stage is a pure function of one document (and the loaded annotators), so the
stages can be run in any number of processes with the same result.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import REPO_ROOT
from .card import render_card
from .clean import clean
from .data import Document
from .entities import EntityAnnotator
from .errors import InputError, Problem, RecordError
from .gold import GOLD_DIR, apply_gold
from .publish import ReleaseWriter
from .quotes import find_quotations
from .record import to_record
from .sources import SourceFile, discover, read_document, read_metadata
from .splits import assign_split
from .timex import find_dates
from .validate import record_problems

DEFAULT_CORPUS = REPO_ROOT / "corpus"
DEFAULT_OUT = REPO_ROOT / "dist"
# Documents handed to spaCy together: enough to fill its batches, few enough that memory stays
# flat however large the corpus is.
BATCH_SIZE = 32


@dataclass
class BuildSummary:
    out_dir: Path
    documents: int = 0
    per_split: dict[str, int] = field(default_factory=dict)


def clean_document(doc: Document) -> Document:
    cleaned = clean(doc.raw_text)
    doc.text = cleaned.text
    doc.removals = cleaned.removals
    doc.sections = cleaned.sections
    doc.notes = cleaned.notes
    doc.page = cleaned.page
    return doc


def annotate_documents(docs: list[Document], entity_annotator: EntityAnnotator) -> list[Document]:
    """Entities for the whole batch in one spaCy pass, then dates and quotations per document."""
    for doc, mentions in zip(docs, entity_annotator.pipe(doc.text for doc in docs)):
        doc.entities = mentions
        doc.dates = find_dates(doc.text, doc.metadata.get("date_published"), doc.metadata.get("genre", "narrative"))
        doc.quotations = find_quotations(doc.text, doc.entities, doc.notes)
    return docs


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def check_sources(corpus_dir: Path) -> list[SourceFile]:
    """Every source paired with a valid sidecar, or InputError listing every problem found."""
    sources, problems = discover(corpus_dir)
    for source in sources:
        try:
            read_metadata(source)
        except InputError as e:
            problems += e.problems
    if problems:
        raise InputError(problems)
    return sources


def build(corpus_dir: Path = DEFAULT_CORPUS, out_dir: Path = DEFAULT_OUT, log=sys.stderr, gold_dir: Path = GOLD_DIR) -> BuildSummary:
    """Build the corpus in ``corpus_dir`` into a release in ``out_dir``.

    1. Read: pair each ``<id>.txt`` with its ``<id>.meta.json`` and validate every sidecar
       against schema/metadata.schema.json; any problem stops the build here, all listed.
    2. Clean: repair and normalise the text, strip boilerplate, lift page metadata (clean.py).
    3. Annotate: entities (spaCy and the entity table), dates (TIMEX3), quotations; a
       document with a reviewed gold file (gold/<id>.json) takes its layers from there.
    4. Validate: each record against schema/record.schema.json and the offset invariants.
    5. Publish: Parquet per split, the card and SHA256SUMS, staged and swapped into
       ``out_dir`` only when every record is valid.
    """
    sources = check_sources(corpus_dir)
    entity_annotator = EntityAnnotator()
    writer = ReleaseWriter(out_dir)
    problems: list[Problem] = []
    summary = BuildSummary(writer.out_dir)
    try:
        for batch in batches(sources, BATCH_SIZE):
            docs = []
            for source in batch:
                try:
                    docs.append(read_document(source))
                except InputError as e:
                    problems += e.problems
            docs = annotate_documents([clean_document(doc) for doc in docs], entity_annotator)
            for doc in docs:
                try:
                    apply_gold(doc, gold_dir)
                except InputError as e:
                    problems += e.problems
                    continue
                doc.split = assign_split(doc.id, doc.metadata)
                record = to_record(doc)
                record_errors = record_problems(record)
                if record_errors:
                    problems += record_errors
                    continue
                writer.write(record)
                summary.documents += 1
                summary.per_split[doc.split] = summary.per_split.get(doc.split, 0) + 1
        if problems:
            record_failed = any(p.path.startswith("document ") for p in problems)
            raise (RecordError if record_failed else InputError)(problems)
        writer.finish(render_card)
    except BaseException:
        writer.abort()
        raise
    print(f"built {summary.documents} documents ({format_splits(summary.per_split)}) into {summary.out_dir}", file=log)
    return summary


def format_splits(per_split: dict[str, int]) -> str:
    return ", ".join(f"{split} {n}" for split, n in sorted(per_split.items()))
