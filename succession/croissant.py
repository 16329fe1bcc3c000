"""croissant.json: the release described in Croissant 1.1, with the Responsible-AI vocabulary.

Croissant (https://mlcommons.org/croissant/) is the MLCommons JSON-LD format for machine-learning
datasets. The description written here lists every Parquet file of the release with its SHA-256,
and describes each config (documents, tokens, quotations, entities) as a ``RecordSet`` whose
fields are the Parquet columns, so that a Croissant reader (``mlcroissant``) loads the same rows
as ``datasets`` does.

Representation choices (the tests read every record set back through ``mlcroissant`` and compare
it with the Parquet rows):

- Files: one ``cr:FileObject`` per file of the release (Parquet shards, the card, the quality
  report) with its ``sha256`` and size, computed from the staged bytes; ``contentUrl`` is the
  path relative to croissant.json, which sits at the release root, so the release can be moved
  or uploaded as is. Each config also has a ``cr:FileSet`` (``includes`` ``<folder>/*.parquet``,
  relative to croissant.json) that its record set reads: mlcroissant 1.1 cannot read a FileSet
  ``containedIn`` plain Parquet FileObjects, so the FileObjects carry the hashes and the FileSets
  the reading (the tests check that the two cover the same files and that the hashes hold).
- Columns: ``Value`` columns map to ``sc:Text`` / ``cr:Int32`` / ``cr:Int64``...; a list column
  is a field with ``isArray``; a struct column is a field with one ``subField`` per member,
  each read with a ``jsonPath`` into the column; a list of structs (the span layers) is an
  ``isArray`` field with ``subField``s, which readers return as a list of objects. A struct
  inside a list of structs (a quotation's ``source``) is flattened into two sub-fields of the
  quotation, ``source.marker`` and ``source.text`` (readers cannot nest records twice); the
  Parquet column keeps the struct.
- Labels: ``ClassLabel`` columns are stored as int64 in Parquet and described as ``cr:Int64``
  fields marked ``cr:Label``, whose description lists the names in index order and names the
  ``sc:Enumeration`` record set (index, name; e.g. ``entity-labels``) that publishes the
  vocabulary, as Croissant recommends for categorical data. The label fields do not
  ``references`` it: mlcroissant turns a reference into a join and joins once per record set,
  which the split reference already uses; the names stay one description away.
- Splits: a ``splits`` record set (``cr:Split``) names train, validation and test; every config
  split by them has a ``split`` field taken from the shard's file name (``<split>-NNNNN-of-
  NNNNN.parquet``) that references it. The documents config already has a ``split`` column
  (always equal to its shard's split), described as such. The entity table's single split,
  ``table``, is not an ML split: its ``split`` field is plain text.
- Determinism: no clock is read. ``datePublished`` (and the citation's year) appear only when
  the caller passes a date; keys are sorted and lists keep release order, so the same release
  gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from datasets import ClassLabel, LargeList, List, Sequence, Value

from . import __version__

CROISSANT = "croissant.json"
CONFORMS_TO = ["http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0"]
# The JSON-LD context of Croissant 1.1 as its reference implementation (mlcroissant 1.1) writes
# and checks it (schema.org under https, as on schema.org itself), with the spec's additional
# terms (annotation, excludes, readLines, sdVersion, unArchive) and the PROV-O prefix.
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "annotation": "cr:annotation",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "excludes": "cr:excludes",
    "extract": "cr:extract",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileProperty": "cr:fileProperty",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "prov": "http://www.w3.org/ns/prov#",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "readLines": "cr:readLines",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "sdVersion": "cr:sdVersion",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
    "unArchive": "cr:unArchive",
}

NAME = "lenin-succession-corpus"
TITLE = "Lenin's Succession Corpus"
LICENSE = "other: see rights per document"
PARQUET = "application/x-parquet"
# Atomic Croissant data types of the Arrow types the configs use.
DATA_TYPES = {
    "string": "sc:Text",
    "large_string": "sc:Text",
    "bool": "sc:Boolean",
    "int8": "cr:Int8",
    "int16": "cr:Int16",
    "int32": "cr:Int32",
    "int64": "cr:Int64",
    "uint8": "cr:UInt8",
    "uint16": "cr:UInt16",
    "uint32": "cr:UInt32",
    "uint64": "cr:UInt64",
    "float16": "cr:Float16",
    "float32": "cr:Float32",
    "float64": "cr:Float64",
}
# Encoding formats of the release's other files.
MEDIA_TYPES = {".parquet": PARQUET, ".md": "text/markdown", ".json": "application/json", ".jsonl": "application/jsonl"}
# Files that are not described: this file, and the checksums written after it.
NOT_DESCRIBED = {CROISSANT, "SHA256SUMS"}
# The HTML previews are one page per document: SHA256SUMS covers them, but listing each here
# would make croissant.json grow with the corpus; only their index is described.
UNDESCRIBED_FOLDERS = ("preview/",)
SPLIT_RECORD_SET = "splits"
SPLIT_URLS = {"train": "cr:TrainingSplit", "validation": "cr:ValidationSplit", "test": "cr:TestSplit"}
# The split is the shard file's name prefix. The pattern also matches a bare split name, as a
# reader may apply it again to a value it already extracted (mlcroissant does, when joining).
SHARD_NAME = r"^(?:.*/)?([^/-]+)(?:-\d{5}-of-\d{5}\.parquet)?$"

CONFIG_DESCRIPTIONS = {
    "documents": (
        "One record per document: metadata from the document's sidecar and from the page, the raw "
        "scraped text, the cleaned text with every removal recorded, sections, footnotes, and the "
        "entity, date (TIMEX3) and quotation layers as character offsets into the cleaned text "
        "(Unicode code points, end-exclusive)."
    ),
    "tokens": (
        "One record per sentence, CoNLL style: spaCy tokens, their trailing whitespace and "
        "character offsets (the tokens and whitespace rebuild the document text exactly), with BIO "
        "tags over the entity labels and over the TIMEX3 types."
    ),
    "quotations": "One record per quotation, with its speaker, cited source, surrounding paragraph and the document's metadata.",
    "entities": "The canonical entity table: one record per entity, with its aliases, Wikidata id and mentions per split.",
}
# Field descriptions, by config and column path; the rest are described by name and type.
FIELD_DESCRIPTIONS = {
    "documents": {
        "id": "The document's id (a slug), unique in the corpus.",
        "schema_version": "The record schema version (see the card's changelog).",
        "split": "The document's split (train, validation or test), the same as its shard's.",
        "date_published": "Publication date, ISO 8601, possibly partial; null when unknown.",
        "rights": "What is known of the rights in the document; no licence is granted beyond its publisher's.",
        "text": "The cleaned text; every offset points into it.",
        "raw_text": "The source as scraped (for a saved web page, its HTML).",
        "removals": "Every change the cleaner made: offsets into raw_text (for an HTML source, into the text its extraction gives), the removed text, its replacement and the rule.",
        "extraction": "For an HTML source, the main-content extraction: tool, version, options (canonical JSON) and the SHA-256 of the extracted text; null for a text source.",
        "annotation_status": "Whether the document's annotations were reviewed by hand (reviewed) or are automatic.",
        "entities": "Named-entity mentions with an OntoNotes label and, where known, a canonical entity id.",
        "dates": "Temporal expressions with TIMEX3 type, value and modifier, and the first and last day they cover.",
        "quotations": "Direct and block quotations, quoted terms and titles, with speaker and cited source.",
    },
    "tokens": {
        "doc_id": "The document's id.",
        "sentence": "The sentence's number in the document, from 0.",
        "whitespace": "The whitespace after each token.",
        "offsets": "Each token's start offset in the document text.",
    },
    "quotations": {
        "doc_id": "The document's id.",
        "context": "The quotation's paragraph, cut to 600 characters on each side of it.",
        "context_start": "Offset of the context in the document text.",
    },
    "entities": {
        "id": "The entity's canonical id, as used in entity_id and speaker_id.",
        "wikidata": "The entity's Wikidata id, where known.",
        "mentions": "Mentions of the entity per split.",
    },
}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def config_features(release) -> dict:
    """The datasets Features of each config, in release order: from the tables when they carry
    them (a ShardedTable does), else from the package's definitions."""
    from .configs import CONFIGS
    from .record import FEATURES

    known = {"documents": FEATURES, **CONFIGS}
    return {name: getattr(table, "features", None) or known[name] for name, table in release.tables.items()}


def label_names(feature) -> list[str] | None:
    return list(feature.names) if isinstance(feature, ClassLabel) else None


def element_type(feature) -> str:
    if isinstance(feature, ClassLabel):
        return "cr:Int64"  # datasets stores a ClassLabel as int64
    if isinstance(feature, Value):
        if feature.dtype not in DATA_TYPES:
            raise ValueError(f"no Croissant data type for Arrow type {feature.dtype}")
        return DATA_TYPES[feature.dtype]
    raise ValueError(f"no Croissant data type for {feature!r}")


def list_element(feature):
    """The element feature of a list feature, or None for anything else."""
    if isinstance(feature, (List, LargeList)):
        return feature.feature
    if isinstance(feature, Sequence):
        return feature.feature
    if isinstance(feature, list) and len(feature) == 1:
        return feature[0]
    return None


@cache
def vocabulary_names() -> dict[tuple[str, ...], str]:
    """Record set ids of the label vocabularies the configs share."""
    from .configs import NER_TAGS, TIMEX_TAGS
    from .entities import ENTITY_LABELS
    from .record import ANNOTATION_STATUSES, QUOTATION_KINDS, TIMEX_TYPES

    return {
        tuple(ANNOTATION_STATUSES): "annotation-statuses",
        tuple(ENTITY_LABELS): "entity-labels",
        tuple(TIMEX_TYPES): "timex-types",
        tuple(QUOTATION_KINDS): "quotation-kinds",
        tuple(NER_TAGS): "ner-tags",
        tuple(TIMEX_TAGS): "timex-tags",
    }


def vocabulary_id(config: str, path: str, names: list[str]) -> str:
    known = vocabulary_names().get(tuple(names))
    return known or f"{config}-{path}-labels".replace("/", "-").replace(".", "-")


class FieldBuilder:
    """Croissant fields of one config's columns, reading from the config's FileSet."""

    def __init__(self, config: str, file_set: str):
        self.config, self.file_set = config, file_set
        self.vocabularies: dict[str, list[str]] = {}  # record set id -> label names
        self.users: dict[str, list[str]] = {}  # record set id -> field ids using it

    def source(self, column: str, json_path: str | None = None) -> dict:
        source = {"fileSet": {"@id": self.file_set}, "extract": {"column": column}}
        if json_path:
            source["transform"] = {"jsonPath": json_path}
        return source

    def describe(self, path: str, feature, default: str) -> str:
        text = FIELD_DESCRIPTIONS.get(self.config, {}).get(path, default)
        names = label_names(feature) or label_names(list_element(feature))
        if names:
            vocabulary = vocabulary_id(self.config, path, names)
            self.vocabularies[vocabulary] = names
            self.users.setdefault(vocabulary, []).append(f"{self.config}/{path}")
            listed = ", ".join(f"{i}={name}" for i, name in enumerate(names))
            text += f" Class label stored as its integer index: {listed} (also the record set {vocabulary})."
        return text

    def field(self, name: str, feature, column: str, path: str, json_path: str | None = None, in_list: bool = False) -> dict:
        """The field for ``feature`` found at ``json_path`` in ``column`` (the whole column
        when None); ``path`` names it in ids, ``in_list`` when it sits in a list of structs."""
        field = {"@type": "cr:Field", "@id": f"{self.config}/{path}", "name": name}
        element = list_element(feature)
        if isinstance(feature, dict):
            field["description"] = self.describe(path, feature, f"The {name} struct.")
            field["subField"] = [
                self.field(key, sub, column, f"{path}/{key}", f"{json_path}.{key}" if json_path else key, in_list) for key, sub in feature.items()
            ]
            return field
        if element is not None and isinstance(element, dict):
            if json_path is not None:
                raise ValueError(f"{self.config}.{path}: a list of structs inside a struct has no Croissant reading")
            field["description"] = self.describe(path, feature, f"The {name} list.")
            field["isArray"] = True
            field["arrayShape"] = "-1"
            subfields = []
            for key, sub in element.items():
                if isinstance(sub, dict):
                    # A struct inside a list of structs: its members become sub-fields of the
                    # list's items, named by their path (readers nest records only once).
                    for inner, leaf in sub.items():
                        subfields.append(self.field(f"{key}.{inner}", leaf, column, f"{path}/{key}.{inner}", f"{key}.{inner}", True))
                else:
                    subfields.append(self.field(key, sub, column, f"{path}/{key}", key, True))
            field["subField"] = subfields
            return field
        if element is not None:
            if in_list:
                raise ValueError(f"{self.config}.{path}: a list inside a list of structs has no Croissant reading")
            field["description"] = self.describe(path, feature, f"The {name} list.")
            field["dataType"] = self.data_type(element)
            field["isArray"] = True
            field["arrayShape"] = "-1"
        else:
            field["description"] = self.describe(path, feature, f"The {name} value.")
            field["dataType"] = self.data_type(feature)
        field["source"] = self.source(column, json_path)
        return field

    def data_type(self, feature):
        atomic = element_type(feature)
        return [atomic, "cr:Label"] if isinstance(feature, ClassLabel) else atomic


def split_field(config: str, file_set: str, splits: tuple[str, ...]) -> dict:
    ml_splits = all(split in SPLIT_URLS for split in splits)
    field = {
        "@type": "cr:Field",
        "@id": f"{config}/split",
        "name": "split",
        "dataType": "sc:Text",
        "source": {
            "fileSet": {"@id": file_set},
            "extract": {"fileProperty": "fullpath"},
            "transform": {"regex": SHARD_NAME},
        },
    }
    if ml_splits:
        field["description"] = "The split of the shard the record comes from (the shard file's name prefix)."
        field["references"] = {"field": {"@id": f"{SPLIT_RECORD_SET}/name"}}
    else:
        field["description"] = f"The shard's name prefix: {', '.join(splits)} (the table is not divided into ML splits)."
    return field


def record_set(config: str, features, table, file_set: str, builder: FieldBuilder) -> dict:
    fields = []
    for column, feature in features.items():
        field = builder.field(column, feature, column, column)
        if config == "documents" and column == "split":
            field["references"] = {"field": {"@id": f"{SPLIT_RECORD_SET}/name"}}
        fields.append(field)
    if "split" not in features:
        fields.insert(0, split_field(config, file_set, tuple(table.splits)))
    counts = ", ".join(f"{split}: {int(table.num_examples[split])}" for split in table.splits)
    return {
        "@type": "cr:RecordSet",
        "@id": config,
        "name": config,
        "description": f"{CONFIG_DESCRIPTIONS.get(config, config)} Records per split: {counts}.",
        "field": fields,
    }


def enumeration(record_id: str, names: list[str], description: str) -> dict:
    return {
        "@type": "cr:RecordSet",
        "@id": record_id,
        "name": record_id,
        "dataType": "sc:Enumeration",
        "description": description,
        "key": {"@id": f"{record_id}/index"},
        "field": [
            {"@type": "cr:Field", "@id": f"{record_id}/index", "name": "index", "dataType": "cr:Int64", "description": "The label's integer, as stored in Parquet."},
            {"@type": "cr:Field", "@id": f"{record_id}/name", "name": "name", "dataType": "sc:Text", "description": "The label's name."},
        ],
        "data": [{f"{record_id}/index": i, f"{record_id}/name": name} for i, name in enumerate(names)],
    }


def splits_record_set(splits: list[str]) -> dict:
    return {
        "@type": "cr:RecordSet",
        "@id": SPLIT_RECORD_SET,
        "name": SPLIT_RECORD_SET,
        "dataType": "cr:Split",
        "description": "The ML splits. Documents are assigned by a salted hash of their series (or id), so a book's chapters stay together.",
        "key": {"@id": f"{SPLIT_RECORD_SET}/name"},
        "field": [
            {"@type": "cr:Field", "@id": f"{SPLIT_RECORD_SET}/name", "name": "name", "dataType": "sc:Text", "description": "The split's name."},
            {"@type": "cr:Field", "@id": f"{SPLIT_RECORD_SET}/url", "name": "url", "dataType": "sc:URL", "description": "The split's Croissant meaning."},
        ],
        "data": [{f"{SPLIT_RECORD_SET}/name": split, f"{SPLIT_RECORD_SET}/url": SPLIT_URLS[split]} for split in splits],
    }


def file_object(staging: Path, path: str, description: str) -> dict:
    file = staging / path
    return {
        "@type": "cr:FileObject",
        "@id": path,
        "name": path,
        "description": description,
        "contentUrl": path,
        "contentSize": f"{file.stat().st_size} B",
        "encodingFormat": MEDIA_TYPES.get(Path(path).suffix, "application/octet-stream"),
        "sha256": file_sha256(file),
    }


OTHER_FILES = {
    "README.md": "The dataset card: Hub metadata (YAML) and the data card.",
    "quality-report.json": "The build's quality report: counts, warnings and spans off token boundaries.",
    "rejected.jsonl": "Documents left out of the release, with the reasons (builds with --skip-invalid).",
}


def distribution(release) -> tuple[list[dict], dict[str, str]]:
    """FileObjects for every file of the release and a FileSet per config; also each config's
    FileSet id."""
    staging = Path(release.staging)
    items: list[dict] = []
    file_sets: dict[str, str] = {}
    parquet: set[str] = set()
    for config, table in release.tables.items():
        paths = [path for split in table.splits for path in table.data_files()[split]]
        parquet.update(paths)
        for path in paths:
            split = re.search(SHARD_NAME, path).group(1)
            items.append(file_object(staging, path, f"A Parquet shard of the {config} config, split {split}."))
        file_set = f"{config}-parquet"
        folder = Path(paths[0]).parent.as_posix() if paths else config
        items.append(
            {
                "@type": "cr:FileSet",
                "@id": file_set,
                "name": file_set,
                "description": f"The Parquet shards of the {config} config ({folder}/).",
                "encodingFormat": PARQUET,
                "includes": f"{folder}/*.parquet",
            }
        )
        file_sets[config] = file_set
    others = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        if p.is_file() and p.relative_to(staging).as_posix() not in parquet | NOT_DESCRIBED and not p.name.endswith(".partial")
        and (not p.relative_to(staging).as_posix().startswith(UNDESCRIBED_FOLDERS) or p.name == "index.html")
    )
    for path in others:
        items.append(file_object(staging, path, OTHER_FILES.get(path, "A file of the release.")))
    return items, file_sets


RAI = {
    "rai:dataCollection": (
        "Web pages and text files on the struggle over Lenin's succession (Stalin, Trotsky, the Left "
        "Opposition and their rivals, 1917-1940) were gathered by hand from their publishers' web "
        "sites: histories, party documents and newspaper articles, most of them published by "
        "Trotskyist organisations and so partisan; the publishers of this release: {publishers}. "
        "Each source is kept as scraped with a metadata sidecar (title, publisher, authors, dates, "
        "url, language, rights) written by hand; unknown values are left null, never guessed."
    ),
    "rai:dataCollectionType": ["Web Scraping", "Manual Human Curation"],
    "rai:dataCollectionRawData": (
        "raw_text holds each source as scraped (a saved web page as its HTML, whose main content "
        "is extracted with trafilatura; tool, version and options are recorded in extraction). "
        "removals records every change the cleaner made, so the cleaned text can be traced back "
        "to the source."
    ),
    "rai:dataCollectionMissingData": (
        "Metadata the sources do not give (author, publication date, URL, publisher) are null. "
        "Annotation layers may miss mentions: automatic annotations are not exhaustive."
    ),
    "rai:dataPreprocessingProtocol": [
        "Mojibake repaired (encoding fixes only, ftfy), NFC normalisation (never NFKC), line ends and spaces normalised.",
        "Web boilerplate (menus, search boxes, share buttons, banners, link bars, teasers) removed by general rules; titles, bylines and dates lifted into page; every removal recorded with its rule.",
        "Every record validated against schema/record.schema.json and the offset invariants before publication.",
    ],
    "rai:dataAnnotationProtocol": [
        "Named entities: spaCy en_core_web_sm 3.8.0, its entity recogniser fine-tuned on the project's hand-made gold (resources/ner), steered by a hand-made entity table and rules; OntoNotes labels (PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE); mentions the entity table knows get a canonical entity_id.",
        "Temporal expressions: rule-based annotator producing TIMEX3 type, value and mod, with the first and last day covered.",
        "Quotations: rule-based annotator finding direct and block quotations, quoted terms and titles, with speaker and cited source where the text gives them.",
        "Seed documents: annotations reviewed and corrected by hand into gold files (annotation_status 'reviewed'); every span names the annotator (rule, model or gold) that made it.",
    ],
    "rai:dataAnnotationPlatform": ["Automatic annotation in the corpus build (Python, spaCy). Hand-reviewed annotations are kept as gold files in the repository (gold/<id>.json), checked by the build against the cleaned text."],
    "rai:dataAnnotationAnalysis": [
        "Automatic annotations carry the errors of the tools that made them; the repository evaluates them against the hand-reviewed gold files. Spans not on token boundaries are counted and listed in quality-report.json."
    ],
    "rai:annotationsPerItem": "One annotation layer per document and kind (entities, dates, quotations); each span is annotated once, by one annotator (a tool, or one hand review for gold documents). No inter-annotator agreement is measured.",
    "rai:annotatorDemographics": ["Not recorded."],
    "rai:machineAnnotationTools": ["spaCy en_core_web_sm 3.8.0 (entity recogniser fine-tuned on the project's gold)", "succession entity table and rules", "succession TIMEX3 rules", "succession quotation rules"],
    "rai:dataUseCases": [
        "Research on named-entity recognition, temporal expression normalisation (TIMEX3) and quotation attribution in English historical and political texts.",
        "Studying how partisan sources narrate the succession struggle.",
        "Not suitable as a neutral or balanced historical account, nor for training systems that present these views as fact.",
    ],
    "rai:dataBiases": [
        "The sources are partisan: several are published by Trotskyist organisations and present Trotsky's side of the conflict; one is a general reference site. None is neutral scholarship.",
        "English-language web publications only; Russian sources appear only through translations, with varied transliterations (Zinoviev and Zinov'ev).",
        "The automatic entity annotator comes from a model trained on contemporary news and web text and can miss or mislabel historical names and organisations.",
    ],
    "rai:dataLimitations": [
        "A small corpus: it is not a sample of the literature on the period.",
        "Annotations are automatic unless annotation_status is 'reviewed', and carry the errors of the tools that made them.",
        "Some sources carry OCR-like errors of their own, kept as published.",
        "Dates of publication and URLs are unknown for several documents.",
    ],
    "rai:dataSocialImpact": (
        "The corpus supports research on historical and political text. Because its sources are "
        "partisan, models or analyses built on it may reproduce their views of the people and "
        "events described; users should read it as what these publishers wrote, not as history."
    ),
    "rai:personalSensitiveInformation": [
        "No personal data beyond the names of public historical figures discussed in the texts and the authors' bylines as published. Political opinions are those of the published texts and their publishers. Nothing was collected from private persons."
    ],
    "rai:dataReleaseMaintenancePlan": (
        "Releases are rebuilt from the repository's corpus folder; every record carries "
        "schema_version and the repository's schema/CHANGELOG.md lists every change. Label "
        "vocabularies only grow at the end, so a label's integer never changes meaning."
    ),
}


def citation(version: str, date_published: str | None) -> str:
    year = f"  year = {{{date_published[:4]}}},\n" if date_published else ""
    return (
        "@misc{lenin_succession_corpus,\n"
        f"  title = {{{TITLE}: an annotated English corpus on the struggle over Lenin's succession}},\n"
        "  author = {{Lenin's Succession Corpus contributors}},\n"
        f"{year}"
        f"  note = {{Version {version}. Entities, TIMEX3 dates and quotations over partisan web sources; rights per document}}\n"
        "}"
    )


def croissant_metadata(release, *, version: str = __version__, date_published: str | None = None, url: str = "./") -> dict:
    """The Croissant 1.1 JSON-LD of a release being finished.

    ``release`` is a ReleaseWriter (or anything like it) whose tables are closed: ``staging``
    (the folder of the release's files) and ``tables`` ({config: table with ``splits``,
    ``data_files()``, ``num_examples`` and, optionally, ``features``}). Files present in the
    staging folder besides the Parquet shards (the card, the quality report) are described too,
    so call this after they are written; croissant.json itself and SHA256SUMS are not.

    ``date_published`` (ISO 8601) is written only when given: the build reads no clock.
    ``url`` is where the dataset lives; the default, ``./``, is the release folder itself,
    relative to croissant.json at its root.
    """
    features = config_features(release)
    items, file_sets = distribution(release)
    record_sets = []
    vocabularies: dict[str, list[str]] = {}
    users: dict[str, list[str]] = {}
    ml_splits: list[str] = []
    for config, table in release.tables.items():
        builder = FieldBuilder(config, file_sets[config])
        record_sets.append(record_set(config, features[config], table, file_sets[config], builder))
        for vocabulary, names in builder.vocabularies.items():
            vocabularies[vocabulary] = names
        for vocabulary, paths in builder.users.items():
            users.setdefault(vocabulary, []).extend(paths)
        ml_splits += [split for split in table.splits if split in SPLIT_URLS and split not in ml_splits]
    enumerations = [
        enumeration(vocabulary, names, f"A label vocabulary (class names by integer index), used by {', '.join(users[vocabulary])}.")
        for vocabulary, names in vocabularies.items()
    ]

    tags = card_tags()
    metadata = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": NAME,
        "alternateName": TITLE,
        "description": (
            "An annotated English corpus on the struggle over Lenin's succession - Stalin, Trotsky, "
            "the Left Opposition and their rivals, 1917-1940 - built from web-published histories, "
            "party documents and newspaper articles. Each document comes with its raw scraped text, "
            "a cleaned text with every removal recorded, page metadata, and three annotation layers "
            "as character offsets into the cleaned text: named entities with canonical ids, temporal "
            "expressions with TIMEX3 values, and quotations with their speakers and cited sources. "
            "Configs: documents (default), tokens, quotations, entities. The sources are partisan."
        ),
        "license": LICENSE,
        "usageInfo": (
            "The documents are copyrighted web publications gathered for research. No licence is "
            "granted beyond what their publishers grant; the rights field of each document records "
            "what is known. The annotations and code are offered under the MIT licence."
        ),
        "url": url,
        "version": version,
        "citeAs": citation(version, date_published),
        "creator": {"@type": "sc:Organization", "name": "Lenin's Succession Corpus contributors"},
        "inLanguage": ["en"],
        "keywords": tags,
        "isAccessibleForFree": True,
        "distribution": items,
        "recordSet": [splits_record_set(ml_splits), *record_sets, *enumerations],
        **rai_fields(release),
    }
    if date_published:
        metadata["datePublished"] = date_published
    return metadata


def rai_fields(release) -> dict:
    """The Responsible-AI fields, naming the release's own publishers (from its documents'
    metadata, not from code)."""
    documents = getattr(release, "documents", [])
    publishers = sorted({d["publisher"] for d in documents if d.get("publisher")})
    unknown = sum(1 for d in documents if not d.get("publisher"))
    named = "; ".join(publishers) or "none recorded"
    if unknown:
        named += f" (and {unknown} document{'s' if unknown > 1 else ''} whose publisher is unknown)"
    return {**RAI, "rai:dataCollection": RAI["rai:dataCollection"].format(publishers=named)}


def card_tags() -> list[str]:
    return ["history", "soviet-union", "trotsky", "stalin", "temporal-expressions", "quotation-attribution", "timex3", "web-scrape", "named-entity-recognition"]


def write_croissant(release, **options) -> str:
    """croissant.json's text for ``release`` (see croissant_metadata): sorted keys, two-space
    indent, UTF-8 characters kept, a final newline; the same release gives the same text."""
    return json.dumps(croissant_metadata(release, **options), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
