"""The corpus build, from source files to a published release.

Each per-document stage is a pure function of one document (and the loaded annotators), so the
stages can be run in any number of processes with the same result.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import REPO_ROOT
from .card import render_card
from .clean import clean
from .data import Document
from .duplicates import DuplicateFinder
from .entities import EntityAnnotator
from .errors import InputError, Problem, RecordError
from .gold import GOLD_DIR, apply_gold, gold_path, load_gold, text_sha256
from .language import english_share, looks_english
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
REJECTED = "rejected.jsonl"
QUALITY_REPORT = "quality-report.json"


@dataclass
class BuildReport:
    """What a build or a validation found, beyond the published records."""

    out_dir: Path | None = None
    documents: int = 0
    per_split: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, list[Problem]] = field(default_factory=dict)  # document id or file -> why
    not_english: list[tuple[str, float]] = field(default_factory=list)
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)

    def reject(self, key: str, problems: list[Problem]) -> None:
        self.rejected.setdefault(key, []).extend(problems)

    def problems(self) -> list[Problem]:
        return [p for key in sorted(self.rejected) for p in self.rejected[key]]

    def quality(self) -> dict:
        return {
            "exact_duplicates": self.duplicates.exact_duplicates(),
            "near_duplicates": [{"ids": [a, b], "jaccard": j} for a, b, j in self.duplicates.near_duplicates()],
            "not_english": [{"id": i, "english_share": round(s, 3)} for i, s in sorted(self.not_english)],
            "rejected": [{"id": key, "reasons": [str(p) for p in self.rejected[key]]} for key in sorted(self.rejected)],
        }

    def warnings(self) -> list[str]:
        quality = self.quality()
        lines = [f"exact duplicates: {', '.join(group)}" for group in quality["exact_duplicates"]]
        lines += [f"near duplicates (Jaccard ~{d['jaccard']}): {d['ids'][0]}, {d['ids'][1]}" for d in quality["near_duplicates"]]
        lines += [f"{d['id']}: does not look like English (english_share {d['english_share']}); check the sidecar's language" for d in quality["not_english"]]
        return lines


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


def prepare(source: SourceFile, report: BuildReport, gold_dir: Path) -> tuple[Document, dict | None] | None:
    """Read and clean one document, checking everything that needs no language model.

    Returns the document and its gold (None if it has none), or None, with the reasons in the
    report, for a document that cannot be published.
    """
    try:
        doc = clean_document(read_document(source))
    except InputError as e:
        report.reject(source.id, e.problems)
        return None
    if not doc.text.strip():
        report.reject(source.id, [Problem(str(source.source), "", "nothing is left after cleaning: the page is all boilerplate (build.py clean shows what each rule removed)")])
        return None
    gold = None
    path = gold_path(doc.id, gold_dir)
    if path.exists():
        try:
            gold = load_gold(path)
        except InputError as e:
            report.reject(source.id, e.problems)
            return None
        if gold["text_sha256"] != text_sha256(doc.text):
            report.reject(source.id, [Problem(str(path), "/text_sha256", "the cleaned text changed since this gold was reviewed; run `python build.py gold --reanchor` and review the spans it reports")])
            return None
    report.duplicates.add(doc.id, doc.text)
    if str(doc.metadata.get("language", "")).startswith("en") and not looks_english(doc.text):
        report.not_english.append((doc.id, english_share(doc.text)))
    doc.split = assign_split(doc.id, doc.metadata)
    return doc, gold


def validate_corpus(corpus_dir: Path = DEFAULT_CORPUS, gold_dir: Path = GOLD_DIR) -> BuildReport:
    """Everything a build checks before the language model runs, for contributors: fast."""
    from .entities import load_entity_table

    report = BuildReport()
    sources, problems = discover(corpus_dir)
    for problem in problems:
        report.reject(problem.path, [problem])
    try:
        load_entity_table()
    except InputError as e:
        report.reject("resources/entities.json", e.problems)
    for source in sources:
        prepare(source, report, gold_dir)
    return report


def build(
    corpus_dir: Path = DEFAULT_CORPUS,
    out_dir: Path = DEFAULT_OUT,
    *,
    skip_invalid: bool = False,
    gold_dir: Path = GOLD_DIR,
    log=sys.stderr,
) -> BuildReport:
    """Build the corpus in ``corpus_dir`` into a release in ``out_dir``.

    1. Read: pair each ``<id>.txt`` with its ``<id>.meta.json``, validate the sidecar against
       schema/metadata.schema.json and decode the source.
    2. Clean: repair and normalise the text, strip boilerplate, lift page metadata (clean.py);
       check the gold file, if any, still matches the cleaned text.
    3. Annotate: entities (spaCy and the entity table), dates (TIMEX3), quotations; a
       document with a reviewed gold file (gold/<id>.json) takes its layers from there.
    4. Validate: each record against schema/record.schema.json and the offset invariants.
    5. Publish: Parquet per split, the card, the quality report and SHA256SUMS, staged and
       swapped into ``out_dir`` at once.

    By default any invalid document stops the build with every reason listed, and ``out_dir``
    keeps its previous release. With ``skip_invalid`` the valid documents are published and
    every rejected one is listed, with its reasons, in rejected.jsonl in the release.
    """
    report = BuildReport()
    sources, problems = discover(corpus_dir)
    for problem in problems:
        report.reject(problem.path, [problem])
    entity_annotator = EntityAnnotator()
    writer = ReleaseWriter(out_dir)
    report.out_dir = writer.out_dir
    try:
        for batch in batches(sources, BATCH_SIZE):
            prepared = [item for item in (prepare(source, report, gold_dir) for source in batch) if item is not None]
            docs = annotate_documents([doc for doc, _ in prepared], entity_annotator)
            for doc, (_, gold) in zip(docs, prepared):
                if gold is not None:
                    apply_gold(doc, gold)
                record = to_record(doc)
                record_errors = record_problems(record)
                if record_errors:
                    report.reject(doc.id, record_errors)
                    continue
                writer.write(record)
                report.documents += 1
                report.per_split[doc.split] = report.per_split.get(doc.split, 0) + 1
        if report.rejected and not skip_invalid:
            problems = report.problems()
            record_failed = any(p.path.startswith("document ") for p in problems)
            raise (RecordError if record_failed else InputError)(problems)
        extra = {QUALITY_REPORT: json.dumps(report.quality(), indent=2, ensure_ascii=False) + "\n"}
        if skip_invalid:
            extra[REJECTED] = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in report.quality()["rejected"])
        writer.finish(render_card, extra)
    except BaseException:
        writer.abort()
        raise
    for warning in report.warnings():
        print(f"warning: {warning}", file=log)
    rejected = f", {len(report.rejected)} rejected (see {REJECTED})" if report.rejected else ""
    print(f"built {report.documents} documents ({format_splits(report.per_split)}){rejected} into {report.out_dir}", file=log)
    return report


def format_splits(per_split: dict[str, int]) -> str:
    return ", ".join(f"{split} {n}" for split, n in sorted(per_split.items()))
