"""croissant.json: valid Croissant 1.1 for mlcroissant, offline, and every record set it describes
reads back, through mlcroissant, as exactly the Parquet rows of the release."""

import hashlib
import json
import os
import shutil
import socket
from collections import Counter
from pathlib import Path

import mlcroissant as mlc  # a test dependency: a missing install must fail, not skip
import pyarrow.parquet as pq
import pytest

from succession.configs import CONFIGS, TABLE_SPLIT
from succession.croissant import CONFORMS_TO, CONTEXT, CROISSANT, NOT_DESCRIBED, croissant_metadata, write_croissant
from succession.publish import CHECKSUMS
from succession.record import FEATURES, SPLITS


# Never the network: the release is local and so are its files.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"

FOLDERS = {"documents": "data", "tokens": "tokens", "quotations": "quotations", "entities": "entities"}
ALL_FEATURES = {"documents": FEATURES, **CONFIGS}
RAI_FIELDS = (
    "rai:dataCollection",
    "rai:dataCollectionType",
    "rai:dataLimitations",
    "rai:dataBiases",
    "rai:personalSensitiveInformation",
    "rai:dataUseCases",
    "rai:annotationsPerItem",
    "rai:dataAnnotationProtocol",
    "rai:dataAnnotationPlatform",
    "rai:dataReleaseMaintenancePlan",
    "rai:dataSocialImpact",
    "rai:machineAnnotationTools",
)
DATE = "2025-01-31"


class BuiltTable:
    """What croissant_metadata reads of a ShardedTable, rebuilt from a finished release."""

    def __init__(self, root: Path, folder: str, splits, features):
        self.features, self.splits = features, tuple(splits)
        files = sorted(p.relative_to(root).as_posix() for p in (root / folder).glob("*.parquet"))
        self.files = {split: [f for f in files if Path(f).name.startswith(f"{split}-")] for split in self.splits}
        self.num_examples = Counter({split: sum(pq.ParquetFile(root / f).metadata.num_rows for f in paths) for split, paths in self.files.items()})

    def data_files(self):
        return self.files


class BuiltRelease:
    """A stand-in for a ReleaseWriter at the end of finish, over a finished release folder."""

    def __init__(self, root: Path):
        self.staging = Path(root)
        self.tables = {
            config: BuiltTable(self.staging, folder, (TABLE_SPLIT,) if config == "entities" else SPLITS, ALL_FEATURES[config])
            for config, folder in FOLDERS.items()
        }
        # the writer's document summaries, in corpus order: what names the publishers
        rows = [row for path in sorted((self.staging / "data").glob("*.parquet")) for row in pq.read_table(path, columns=["id", "publisher"]).to_pylist()]
        self.documents = sorted(rows, key=lambda row: row["id"])


@pytest.fixture(scope="module")
def dist(release, tmp_path_factory):
    """A copy of the seed release with croissant.json (written by the build once it is wired in,
    else here, as the build would)."""
    root = tmp_path_factory.mktemp("croissant") / "dist"
    shutil.copytree(release, root)
    if not (root / CROISSANT).exists():
        (root / CROISSANT).write_text(write_croissant(BuiltRelease(root)), encoding="utf-8")
    return root


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def dataset(dist):
    return mlc.Dataset(jsonld=dist / CROISSANT)


def read(dist: Path, record_set: str) -> list[dict]:
    """Every record of a record set, through mlcroissant, as plain Python values. A fresh
    Dataset each time: mlcroissant's operation graph yields a record set's records only once."""
    records = [plain(record) for record in mlc.Dataset(jsonld=dist / CROISSANT).records(record_set=record_set)]
    assert records, record_set
    return records


def load(dist: Path) -> dict:
    return json.loads((dist / CROISSANT).read_text(encoding="utf-8"))


# --- validation ---------------------------------------------------------------------------


def test_validates_offline(dist, no_network):
    dataset = mlc.Dataset(jsonld=dist / CROISSANT)
    issues = dataset.metadata.ctx.issues
    assert not issues.errors
    # The build reads no clock, so datePublished is only written when a date is given (the
    # spec lists it; mlcroissant only warns). Nothing else may be reported.
    assert all("datePublished" in warning for warning in issues.warnings), issues.warnings
    assert dataset.metadata.ctx.is_v1_1()


def test_validates_without_any_warning_given_a_date(dist, tmp_path, no_network):
    for path in dist.iterdir():
        if path.name != CROISSANT:
            (tmp_path / path.name).symlink_to(path)
    (tmp_path / CROISSANT).write_text(write_croissant(BuiltRelease(dist), date_published=DATE), encoding="utf-8")
    dataset = mlc.Dataset(jsonld=tmp_path / CROISSANT)
    assert not dataset.metadata.ctx.issues.errors
    assert not dataset.metadata.ctx.issues.warnings
    assert dataset.metadata.date_published.date().isoformat() == DATE


def test_context_and_conformance(dist):
    from mlcroissant._src.core.context import Context, CroissantVersion
    from mlcroissant._src.core.rdf import make_context

    metadata = load(dist)
    assert metadata["conformsTo"] == CONFORMS_TO
    assert metadata["conformsTo"][0] == "http://mlcommons.org/croissant/1.1"
    expected = make_context(Context(conforms_to=CroissantVersion.V_1_1))
    # Every term of the reference context, with the same meaning.
    assert {key: CONTEXT.get(key) for key in expected} == expected
    assert metadata["@context"] == CONTEXT
    assert metadata["@type"] == "sc:Dataset"


def test_dataset_level_metadata(dist):
    metadata = load(dist)
    assert metadata["license"] == "other: see rights per document"
    assert metadata["citeAs"].startswith("@misc{")
    assert metadata["url"] == "./"
    assert metadata["version"]
    assert "datePublished" not in metadata
    assert metadata["inLanguage"] == ["en"]
    for field in RAI_FIELDS:
        assert metadata.get(field), field
    text = json.dumps({key: value for key, value in metadata.items() if key.startswith("rai:")})
    for fact in ("Trotskyist", "en_core_web_sm", "partisan", "bylines", "reviewed"):
        assert fact in text, fact


def test_rai_fields_are_read_by_mlcroissant(dataset):
    metadata = dataset.metadata
    assert metadata.data_collection and "Trotskyist" in metadata.data_collection
    assert metadata.data_biases and metadata.data_limitations and metadata.personal_sensitive_information
    assert metadata.data_use_cases and metadata.data_annotation_protocol and metadata.data_release_maintenance_plan
    assert metadata.data_social_impact and metadata.annotations_per_item and metadata.data_collection_type


# --- files -------------------------------------------------------------------------------


def test_every_file_is_described_with_its_sha256(dist):
    metadata = load(dist)
    objects = {item["@id"]: item for item in metadata["distribution"] if item["@type"] == "cr:FileObject"}
    files = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file() and p.name not in NOT_DESCRIBED)
    # one preview page per document would grow croissant.json with the corpus: only the index
    files = [f for f in files if not f.startswith("preview/") or f == "preview/index.html"]
    assert "preview/index.html" in files
    assert sorted(objects) == files
    for path, item in objects.items():
        data = (dist / path).read_bytes()
        assert item["contentUrl"] == path
        assert item["sha256"] == hashlib.sha256(data).hexdigest()
        assert item["contentSize"] == f"{len(data)} B"
        if path.endswith(".parquet"):
            assert item["encodingFormat"] == "application/x-parquet"


def test_each_config_file_set_covers_exactly_its_shards(dist):
    metadata = load(dist)
    sets = {item["@id"]: item for item in metadata["distribution"] if item["@type"] == "cr:FileSet"}
    from mlcroissant._src.operation_graph.operations.filter import match_path
    from pathlib import PurePath

    parquet = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*.parquet"))
    for config, folder in FOLDERS.items():
        file_set = sets[f"{config}-parquet"]
        assert file_set["encodingFormat"] == "application/x-parquet"
        matched = [path for path in parquet if match_path([file_set["includes"]], PurePath(path))]
        assert matched == sorted(p for p in parquet if p.startswith(f"{folder}/"))
        assert matched


def test_checksums_cover_croissant_once_wired(release):
    """When the build writes croissant.json, SHA256SUMS lists it and it is what write_croissant
    gives for the release."""
    if not (release / CROISSANT).exists():
        pytest.skip("the build does not write croissant.json yet")
    assert f"  {CROISSANT}\n" in (release / CHECKSUMS).read_text(encoding="utf-8")
    assert (release / CROISSANT).read_text(encoding="utf-8") == write_croissant(BuiltRelease(release))


# --- records -----------------------------------------------------------------------------


def plain(value):
    """An mlcroissant value as the Python value pyarrow gives: str for bytes, ints for numpy
    scalars, lists for arrays, member names for field ids."""
    import numpy as np

    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        result: dict = {}
        for key, inner in value.items():
            name = key.rsplit("/", 1)[-1]
            if "." in name:  # a flattened struct inside a list of structs
                outer, member = name.split(".", 1)
                result.setdefault(outer, {})[member] = plain(inner)
            else:
                result[name] = plain(inner)
        return result
    return value


def null_structs(value):
    """A struct whose members are all null reads as null: the one thing a Croissant reader
    cannot tell apart (it reads each member on its own). Applied to both sides."""
    if isinstance(value, list):
        return [null_structs(v) for v in value]
    if isinstance(value, dict):
        members = {key: null_structs(inner) for key, inner in value.items()}
        return None if all(inner is None for inner in members.values()) else members
    return value


def parquet_rows(dist: Path, config: str) -> list[dict]:
    rows = []
    for path in sorted((dist / FOLDERS[config]).glob("*.parquet")):
        split = path.name.split("-", 1)[0]
        for row in pq.read_table(path).to_pylist():
            rows.append({"split": split, **row} if "split" not in row else row)
    return rows


@pytest.mark.parametrize("config", list(FOLDERS))
def test_record_set_reads_as_the_parquet_rows(dist, config, no_network):
    assert_reads_as_parquet(dist, config)


def test_an_html_document_reads_back_too(corpus_copy, tmp_path, no_network):
    """A saved web page fills the extraction struct, which the seed corpus leaves null."""
    from succession.pipeline import build

    from .conftest import REPO, write_document

    page = sorted((REPO / "tests" / "data" / "html").glob("*.html"))[0]
    write_document(corpus_copy, "saved-page", "x")
    (corpus_copy / "saved-page.txt").unlink()
    (corpus_copy / "saved-page.html").write_bytes(page.read_bytes())
    out = tmp_path / "dist"
    build(corpus_copy, out, cache_dir=None, quiet=True, scores=False)
    if not (out / CROISSANT).exists():
        (out / CROISSANT).write_text(write_croissant(BuiltRelease(out)), encoding="utf-8")
    rows = parquet_rows(out, "documents")
    assert any(row["extraction"] for row in rows) and any(not row["extraction"] for row in rows)
    assert not mlc.Dataset(jsonld=out / CROISSANT).metadata.ctx.issues.errors
    for config in FOLDERS:
        assert_reads_as_parquet(out, config)


def assert_reads_as_parquet(dist: Path, config: str) -> None:
    """All rows, all fields: mlcroissant's records equal the Parquet rows, in file order."""
    expected = parquet_rows(dist, config)
    records = read(dist, config)
    assert len(records) == len(expected) > 0
    features = ALL_FEATURES[config]
    columns = list(features) if "split" in features else ["split", *features]
    for n, (record, row) in enumerate(zip(records, expected)):
        assert list(record) == columns
        for column in columns:
            assert null_structs(record[column]) == null_structs(row[column]), f"{config} row {n} ({row.get('id') or row.get('doc_id')}): {column}"


def test_span_layers_read_faithfully(dist):
    """The nested span lists come back as lists of objects, offsets as ints, labels as their
    integer; and each span's offsets point at its text."""
    for doc in read(dist, "documents"):
        for layer in ("entities", "dates", "quotations", "removals", "sections", "footnotes"):
            assert isinstance(doc[layer], list)
        for span in doc["entities"] + doc["dates"] + doc["quotations"]:
            assert doc["text"][span["start"] : span["end"]] == span["text"]
        assert all(isinstance(span["label"], int) for span in doc["entities"])


def test_split_fields_agree_with_the_files(dist):
    for config in ("tokens", "quotations"):
        counts = Counter(record["split"] for record in read(dist, config))
        expected = Counter(row["split"] for row in parquet_rows(dist, config))
        assert counts == expected
    assert [s["name"] for s in read(dist, "splits")] == list(SPLITS)
    assert {record["split"] for record in read(dist, "entities")} == {TABLE_SPLIT}


def test_label_vocabularies_match_the_class_labels(dist):
    from succession.configs import NER_TAGS, TIMEX_TAGS
    from succession.entities import ENTITY_LABELS
    from succession.record import ANNOTATION_STATUSES, QUOTATION_KINDS, TIMEX_TYPES

    expected = {
        "annotation-statuses": ANNOTATION_STATUSES,
        "entity-labels": ENTITY_LABELS,
        "timex-types": TIMEX_TYPES,
        "quotation-kinds": QUOTATION_KINDS,
        "ner-tags": NER_TAGS,
        "timex-tags": TIMEX_TAGS,
    }
    for record_set, names in expected.items():
        records = read(dist, record_set)
        assert [(r["index"], r["name"]) for r in records] == list(enumerate(names))


# --- determinism -------------------------------------------------------------------------


def test_output_is_deterministic(dist):
    built = BuiltRelease(dist)
    first = write_croissant(built)
    assert first == write_croissant(BuiltRelease(dist))
    assert first == json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    dated = croissant_metadata(built, date_published=DATE)
    assert dated["datePublished"] == DATE
    assert "year = {2025}" in dated["citeAs"]
    assert (dist / CROISSANT).read_text(encoding="utf-8") == first


def test_the_collection_note_names_the_releases_own_publishers(dist):
    text = load(dist)["rai:dataCollection"]
    assert "The Militant" in text and "GlobalSecurity.org" in text
    assert "1 document whose publisher is unknown" in text
