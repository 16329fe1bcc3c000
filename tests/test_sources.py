import json

import pytest

from succession.errors import InputError
from succession.sources import discover, read_document, read_metadata

from .conftest import CORPUS, write_document


def test_seed_corpus_reads_cleanly():
    sources, problems = discover(CORPUS)
    assert problems == []
    assert [s.id for s in sources] == sorted(s.id for s in sources)
    assert len(sources) == 5
    for source in sources:
        doc = read_document(source)
        assert doc.raw_text.encode("utf-8") == source.source.read_bytes()


def test_seeds_are_byte_for_byte_copies():
    seeds = CORPUS.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    corpus_bytes = sorted(p.read_bytes() for p in CORPUS.glob("*.txt"))
    seed_bytes = sorted(p.read_bytes() for p in seeds.glob("*.txt"))
    assert corpus_bytes == seed_bytes


@pytest.mark.parametrize(
    "change, pointer, expected",
    [
        ({"date_published": "April 1997"}, "/date_published", "does not match"),
        ({"date_published": "1997-13"}, "/date_published", "does not match"),
        ({"url": "www.example.org/page"}, "/url", "does not match"),
        ({"language": "English"}, "/language", "does not match"),
        ({"authors": "Maurice Williams"}, "/authors", "is not of type"),
        ({"colour": "red"}, "", "Additional properties"),
        ({"split": "dev"}, "/split", "is not one of"),
        ({"id": "other-id"}, "/id", "does not match the file name"),
    ],
)
def test_bad_sidecar_names_field_and_expectation(tmp_path, change, pointer, expected):
    write_document(tmp_path, "a-doc", "Some text.", **change)
    sources, problems = discover(tmp_path)
    assert problems == []
    with pytest.raises(InputError) as error:
        read_metadata(sources[0])
    messages = [str(p) for p in error.value.problems]
    assert any(p.pointer == pointer and expected in p.message for p in error.value.problems), messages
    assert all(str(sources[0].sidecar) in m for m in messages)


def test_sidecar_json_syntax_error_gives_line_and_column(tmp_path):
    write_document(tmp_path, "a-doc", "Some text.")
    (tmp_path / "a-doc.meta.json").write_text('{\n  "id": "a-doc",\n  "title": \n}', encoding="utf-8")
    sources, _ = discover(tmp_path)
    with pytest.raises(InputError, match=r"line 4, column 1"):
        read_metadata(sources[0])


def test_missing_sidecar_orphan_sidecar_and_stray_files_are_all_reported(tmp_path):
    (tmp_path / "lonely.txt").write_text("text", encoding="utf-8")
    (tmp_path / "orphan.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    sources, problems = discover(tmp_path)
    assert sources == []
    text = "\n".join(str(p) for p in problems)
    assert "lonely.txt: missing metadata sidecar" in text
    assert "orphan.meta.json: sidecar without a source" in text
    assert "notes.docx: unexpected file" in text


def test_invalid_utf8_reports_byte_offset(tmp_path):
    write_document(tmp_path, "a-doc", "x")
    (tmp_path / "a-doc.txt").write_bytes(b"abc\xff def")
    sources, _ = discover(tmp_path)
    with pytest.raises(InputError, match="byte offset 3"):
        read_document(sources[0])


def test_sidecar_schema_examples_are_valid():
    from succession.schemas import load_schema, schema_problems

    schema = load_schema("metadata.schema.json")
    example = {name: prop["examples"][0] for name, prop in schema["properties"].items() if "examples" in prop}
    example.update(notes=None, authors=["A. Writer"])
    assert schema_problems(example, "metadata.schema.json", "example") == []


def test_every_seed_sidecar_keeps_unknowns_null():
    for path in CORPUS.glob("*.meta.json"):
        meta = json.loads(path.read_text(encoding="utf-8"))
        assert set(meta) >= {"id", "title", "publisher", "authors", "date_published", "url", "language", "rights", "series", "notes"}
    # PROVENANCE.md gives a URL for one seed only
    urls = [json.loads(p.read_text(encoding="utf-8"))["url"] for p in CORPUS.glob("*.meta.json")]
    assert sum(u is not None for u in urls) == 1
