import os

import pytest

from succession.errors import CorpusError
from succession.publish import check_replaceable, replace_dir, write_checksums


def test_replace_dir_swaps_whole_folders(tmp_path):
    target, new = tmp_path / "dist", tmp_path / "new"
    target.mkdir()
    (target / "SHA256SUMS").write_text("old")
    (target / "stale.parquet").write_text("old")
    new.mkdir()
    (new / "SHA256SUMS").write_text("new")
    replace_dir(new, target)
    assert sorted(os.listdir(target)) == ["SHA256SUMS"]
    assert (target / "SHA256SUMS").read_text() == "new"
    assert not new.exists()


def test_refuses_to_replace_a_folder_that_is_not_a_release(tmp_path):
    (tmp_path / "important.txt").write_text("keep me")
    with pytest.raises(CorpusError, match="not a release"):
        check_replaceable(tmp_path)
    check_replaceable(tmp_path / "new-folder")


def test_checksums_cover_every_file_sorted(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "b.parquet").write_bytes(b"b")
    (tmp_path / "README.md").write_bytes(b"card")
    write_checksums(tmp_path)
    lines = (tmp_path / "SHA256SUMS").read_text().splitlines()
    assert [line.split("  ")[1] for line in lines] == ["README.md", "data/b.parquet"]
    assert lines[1].split()[0] == "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"


def test_the_fast_row_encoder_equals_datasets_encode_example():
    from succession.configs import CONFIGS, quotation_rows, token_rows
    from succession.pipeline import DocumentProcessor
    from succession.publish import compile_encoder
    from succession.record import FEATURES
    from succession.sources import discover

    from .conftest import CORPUS

    sources, _ = discover(CORPUS)
    outcomes = DocumentProcessor(previews=False).process(sources)
    checked = 0
    for outcome in outcomes:
        record = outcome.record
        for features, rows in ((FEATURES, [record]), (CONFIGS["tokens"], token_rows(record)[0]), (CONFIGS["quotations"], quotation_rows(record))):
            encode = compile_encoder(dict(features))
            for row in rows:
                assert encode(row) == features.encode_example(row)
                checked += 1
    assert checked > 500
    with pytest.raises(ValueError, match="not a label"):
        compile_encoder(dict(FEATURES))({"annotation_status": "unreviewed"})
    tags = compile_encoder(dict(CONFIGS["tokens"]))
    assert tags({"ner_tags": ["O", 1, None]})["ner_tags"] == [0, 1, None]  # encoded already, or missing
    with pytest.raises(ValueError, match="not a label"):
        tags({"ner_tags": ["O", "B-NOT_A_LABEL"]})
