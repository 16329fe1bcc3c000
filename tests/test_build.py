"""The whole build on the seed corpus: the release layout, the load_dataset round trip, the card,
the invariants on every published record, determinism, and failure without half-publishing."""

import hashlib
import shutil

import pyarrow.parquet as pq
import pytest
import yaml
from datasets import ClassLabel, List, load_dataset

from succession.errors import InputError
from succession.pipeline import build
from succession.record import FEATURES, SPLITS
from succession.validate import SPAN_LAYERS

from .conftest import CORPUS, assert_card_features_match_parquet, write_document


def card_metadata(release):
    text = (release / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_release_layout(release):
    files = sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file())
    shards = [f"{folder}/{s}-00000-of-00001.parquet" for folder in ("data", "quotations", "tokens") for s in sorted(SPLITS)]
    previews = ["preview/index.html"] + [f"preview/{p.stem}.html" for p in CORPUS.glob("*.txt")]
    card_files = ["LICENSE.md", "figures/people.png", "figures/timeline.png"]
    assert files == sorted(["README.md", "SHA256SUMS", "croissant.json", "quality-report.json", "entities/table-00000-of-00001.parquet", *shards, *previews, *card_files])


def test_checksums_match_the_files(release):
    for line in (release / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((release / name).read_bytes()).hexdigest() == digest


def test_load_dataset_returns_the_splits_with_declared_features(release):
    corpus = load_dataset(str(release))
    assert sorted(corpus) == sorted(SPLITS)
    assert all(len(corpus[split]) > 0 for split in SPLITS)
    assert sum(len(corpus[s]) for s in SPLITS) == len(list(CORPUS.glob("*.txt")))
    features = corpus["train"].features
    assert features == FEATURES
    assert isinstance(features["entities"], List)
    assert isinstance(features["entities"].feature["label"], ClassLabel)
    assert isinstance(features["dates"].feature["type"], ClassLabel)
    assert isinstance(features["quotations"].feature["kind"], ClassLabel)


def test_card_features_equal_the_parquet_features(release):
    assert_card_features_match_parquet(card_metadata(release), release)


def test_card_metadata_describes_the_release(release):
    meta = card_metadata(release)
    for key in ("pretty_name", "license", "language", "task_categories", "size_categories", "configs", "dataset_info"):
        assert key in meta
    config = meta["configs"][0]
    assert config["config_name"] == "documents" and config["default"] is True
    assert [c["config_name"] for c in meta["configs"]] == ["documents", "tokens", "quotations", "entities"]
    for entry in config["data_files"]:
        for path in entry["path"]:
            assert (release / path).is_file()
    counts = {s["name"]: s["num_examples"] for s in meta["dataset_info"][0]["splits"]}
    for split in SPLITS:
        assert counts[split] == pq.read_metadata(release / f"data/{split}-00000-of-00001.parquet").num_rows
    body = (release / "README.md").read_text(encoding="utf-8")
    assert "{{" not in body and "| PERSON |" in body


def test_every_published_span_matches_its_text(release):
    corpus = load_dataset(str(release))
    checked = 0
    for split in SPLITS:
        for row in corpus[split]:
            text = row["text"]
            for layer in SPAN_LAYERS:
                ids = [span["id"] for span in row[layer] if span.get("id") is not None]
                assert len(ids) == len(set(ids))
                for span in row[layer]:
                    assert 0 <= span["start"] < span["end"] <= len(text)
                    assert text[span["start"] : span["end"]] == span["text"]
                    checked += 1
            for removal in row["removals"]:
                assert row["raw_text"][removal["start"] : removal["end"]] == removal["text"]
    assert checked > 500


def test_annotations_are_real(release):
    corpus = load_dataset(str(release))
    rows = [row for split in SPLITS for row in corpus[split]]
    label = FEATURES["entities"].feature["label"]
    people = {span["entity_id"] for row in rows for span in row["entities"] if label.int2str(span["label"]) == "PERSON"}
    assert {"trotsky", "stalin", "lenin", "zinoviev", "kamenev", "bukharin"} <= people
    values = {span["value"] for row in rows for span in row["dates"]}
    assert {"1924-01", "1927-11-07"} <= values
    speakers = {span["speaker_id"] for row in rows for span in row["quotations"]}
    assert "trotsky" in speakers


def test_two_builds_are_byte_identical(release, tmp_path):
    again = build(CORPUS, tmp_path / "again").out_dir
    first = {p.relative_to(release): p.read_bytes() for p in release.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second


def test_invalid_document_fails_the_build_and_keeps_the_previous_release(release, corpus_copy, tmp_path):
    out = tmp_path / "dist"
    shutil.copytree(release, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_document(corpus_copy, "bad-doc", "Some text.", date_published="yesterday")
    with pytest.raises(InputError) as error:
        build(corpus_copy, out)
    assert any(p.pointer == "/date_published" and "bad-doc.meta.json" in p.path for p in error.value.problems)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not list(tmp_path.glob(".dist.staging-*"))


def test_a_record_breaking_an_invariant_fails_the_build_naming_document_and_pointer(monkeypatch, tmp_path):
    from succession import pipeline
    from succession.data import Timex
    from succession.errors import RecordError

    def broken_dates(text, *args):
        return [Timex(0, 4, "XXXX", "DATE", "1924", None, None, None, "dates.v1")]

    monkeypatch.setattr(pipeline, "find_dates", broken_dates)
    with pytest.raises(RecordError) as error:
        build(CORPUS, tmp_path / "dist", gold_dir=tmp_path / "no-gold")
    pointers = {(p.path, p.pointer) for p in error.value.problems}
    assert ("document militant-1997-04-28-stalin-trotsky", "/dates/0/text") in pointers
    assert not (tmp_path / "dist").exists()
