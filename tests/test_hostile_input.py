"""Broken and hostile input: each case is caught with a message that says what to fix, and no
input crashes the build, corrupts a release or silently vanishes."""

import json
import os

import pytest

from succession.cli import main
from succession.errors import InputError
from succession.pipeline import validate_corpus
from succession.sources import MAX_SOURCE_BYTES, discover, read_document

from .conftest import write_document

PROSE = (
    "In the autumn of 1927 the opposition organised its own demonstrations. The leadership "
    "answered with expulsions, and by the following year its leaders were in exile far from "
    "Moscow, while the party apparatus celebrated a victory that few of its members understood."
)


def problems_for(folder):
    report = validate_corpus(folder, gold_dir=folder / "no-gold")
    return {key: [str(p) for p in problems] for key, problems in report.rejected.items()}, report


def only_document_problems(folder, doc_id="doc"):
    rejected, _ = problems_for(folder)
    assert list(rejected) == [doc_id], rejected
    return "\n".join(rejected[doc_id])


def write_raw(folder, doc_id, data: bytes, **metadata):
    write_document(folder, doc_id, "placeholder", **metadata)
    (folder / f"{doc_id}.txt").write_bytes(data)


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    write_raw(tmp_path, "doc", PROSE.encode() + b"\xc3\x28 more")
    assert f"byte 0xc3 at byte offset {len(PROSE.encode())}" in only_document_problems(tmp_path)


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom_is_read(tmp_path, encoding, bom):
    write_raw(tmp_path, "doc", bom + PROSE.encode(encoding))
    sources, _ = discover(tmp_path)
    assert read_document(sources[0]).raw_text == PROSE
    assert problems_for(tmp_path)[0] == {}


def test_utf8_bom_is_kept_raw_and_cleaned_away(tmp_path):
    write_raw(tmp_path, "doc", b"\xef\xbb\xbf" + PROSE.encode())
    sources, _ = discover(tmp_path)
    doc = read_document(sources[0])
    assert doc.raw_text.startswith("\ufeff")
    from succession.clean import clean

    cleaned = clean(doc.raw_text)
    assert cleaned.text == PROSE and cleaned.removals[0].text == "\ufeff"


def test_nul_control_characters_and_line_ends_are_cleaned_not_fatal(tmp_path):
    write_raw(tmp_path, "doc", (PROSE.replace(". ", ".\r\n", 1).replace("opposition", "oppo\x00sition\x07")).encode())
    rejected, _ = problems_for(tmp_path)
    assert rejected == {}


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_and_whitespace_only_files(tmp_path, data):
    write_raw(tmp_path, "doc", data)
    assert "empty or only whitespace" in only_document_problems(tmp_path)


def test_a_page_that_is_all_boilerplate(tmp_path):
    write_document(tmp_path, "doc", "Search\nClose this search box.\n\nShare this Article\nFacebook\nTwitter\nWhatsApp\n")
    assert "all boilerplate" in only_document_problems(tmp_path)


def test_binary_file(tmp_path):
    write_raw(tmp_path, "doc", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "looks binary" in only_document_problems(tmp_path)


def test_file_over_the_size_limit(tmp_path):
    write_document(tmp_path, "doc", "x")
    with open(tmp_path / "doc.txt", "wb") as f:
        f.truncate(MAX_SOURCE_BYTES + 1)  # sparse: costs no disk
    assert "over the limit" in only_document_problems(tmp_path)


def test_missing_and_unreadable_sidecar(tmp_path):
    (tmp_path / "doc.txt").write_text(PROSE, encoding="utf-8")
    assert "missing metadata sidecar" in "\n".join(problems_for(tmp_path)[0][str(tmp_path / "doc.txt")])
    (tmp_path / "doc.meta.json").mkdir()  # a folder where a file should be: unreadable as root too
    rejected, _ = problems_for(tmp_path)
    assert any("unexpected folder" in m for ms in rejected.values() for m in ms)


def test_sidecar_syntax_error_gives_line_and_column(tmp_path):
    write_document(tmp_path, "doc", PROSE)
    (tmp_path / "doc.meta.json").write_text('{"id": "doc",\n "title": "x",,\n}', encoding="utf-8")
    assert "line 2, column 15" in only_document_problems(tmp_path)


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"subtitle": "x"}, "Additional properties are not allowed ('subtitle' was unexpected)"),
        ({"authors": [1]}, "/authors/0: 1 is not of type 'string'"),
        ({"title": 5}, "/title: 5 is not of type"),
        ({"date_published": "28/04/1997"}, "/date_published: '28/04/1997' does not match"),
        ({"date_published": "1997-02-30x"}, "/date_published"),
        ({"url": "htp:/broken"}, "/url: 'htp:/broken' does not match"),
        ({"language": "english"}, "/language"),
    ],
)
def test_sidecar_field_errors_name_the_field(tmp_path, change, expected):
    write_document(tmp_path, "doc", PROSE, **change)
    assert expected in only_document_problems(tmp_path)


def test_id_not_a_slug_or_not_matching_the_file(tmp_path):
    write_document(tmp_path, "Bad_Name", PROSE)
    rejected, _ = problems_for(tmp_path)
    assert any("lowercase slug" in m and "bad-name.txt" in m for ms in rejected.values() for m in ms)
    other = tmp_path / "other"
    other.mkdir()
    write_document(other, "doc", PROSE, id="another-doc")
    assert "does not match the file name" in only_document_problems(other)


def test_duplicate_ids(tmp_path):
    write_document(tmp_path, "doc", PROSE)
    (tmp_path / "doc.html").write_text(f"<html><body><p>{PROSE}</p></body></html>", encoding="utf-8")
    (tmp_path / "doc.TXT").write_text(PROSE, encoding="utf-8")
    rejected, _ = problems_for(tmp_path)
    messages = [m for ms in rejected.values() for m in ms]
    assert any("two sources share the id 'doc'" in m for m in messages)
    assert any("doc.TXT: unexpected file" in m for m in messages)


def test_exact_and_near_duplicates_are_reported(tmp_path):
    write_document(tmp_path, "a", PROSE)
    write_document(tmp_path, "b", PROSE)
    write_document(tmp_path, "c", PROSE.replace("few of its members", "few of its many members"))
    rejected, report = problems_for(tmp_path)
    assert rejected == {}
    quality = report.quality()
    assert quality["exact_duplicates"] == [["a", "b"]]
    assert {tuple(d["ids"]) for d in quality["near_duplicates"]} == {("a", "c"), ("b", "c")}


def test_links_that_escape_the_corpus(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(PROSE, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_document(corpus, "doc", PROSE)
    os.remove(corpus / "doc.txt")
    os.symlink(outside, corpus / "doc.txt")
    rejected, _ = problems_for(corpus)
    assert any("outside the corpus folder" in m for ms in rejected.values() for m in ms)


def test_text_that_is_not_english_is_flagged(tmp_path):
    french = "Le comité central du parti a décidé, après une longue discussion, que les membres de l'opposition seraient exclus. " * 3
    write_document(tmp_path, "doc", french)
    rejected, report = problems_for(tmp_path)
    assert rejected == {}
    assert [d["id"] for d in report.quality()["not_english"]] == ["doc"]


def test_gold_whose_text_no_longer_matches(tmp_path, corpus_copy):
    import shutil

    from succession.gold import GOLD_DIR

    gold = tmp_path / "gold"
    gold.mkdir()
    for path in GOLD_DIR.glob("*.json"):
        shutil.copy(path, gold)
    if not list(gold.glob("*.json")):
        pytest.skip("no gold files")
    target = sorted(gold.glob("*.json"))[0]
    doc_id = target.stem
    raw = (corpus_copy / f"{doc_id}.txt").read_text(encoding="utf-8")
    (corpus_copy / f"{doc_id}.txt").write_text(raw.replace("Trotsky", "Trotskii", 1), encoding="utf-8")
    report = validate_corpus(corpus_copy, gold_dir=gold)
    assert list(report.rejected) == [doc_id]
    assert "/text_sha256" in str(report.rejected[doc_id][0])


def test_validate_command_lists_everything_and_exits_1(tmp_path, capsys):
    write_document(tmp_path, "a", PROSE, date_published="yesterday")
    write_document(tmp_path, "b", "")
    assert main(["validate", "--corpus", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "a.meta.json: /date_published" in err and "b.txt: the source is empty" in err


def test_validate_needs_no_language_model(tmp_path, monkeypatch):
    import succession.entities as entities

    def no_model(*args, **kwargs):
        raise AssertionError("validate loaded the language model")

    monkeypatch.setattr(entities, "load_spacy_pipeline", no_model)
    write_document(tmp_path, "a", PROSE)
    assert main(["validate", "--corpus", str(tmp_path)]) == 0


def test_an_html_source_is_extracted_cleaned_and_published(tmp_path):
    from .conftest import REPO
    from succession.pipeline import build

    page = sorted((REPO / "tests" / "data" / "html").glob("*.html"))[0]
    write_document(tmp_path, "saved-page", "x")
    (tmp_path / "saved-page.txt").unlink()
    (tmp_path / "saved-page.html").write_bytes(page.read_bytes())
    report = build(tmp_path, tmp_path / "dist", gold_dir=tmp_path / "no-gold", quiet=True, scores=False)
    assert report.documents == 1
    import pyarrow.parquet as pq

    [row] = [r for p in (tmp_path / "dist" / "data").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    assert row["source_format"] == "html" and row["raw_text"] == page.read_text(encoding="utf-8")
    assert row["extraction"]["tool"] == "trafilatura" and "<" not in row["text"]


def test_lines_a_site_repeats_on_its_pages_are_learned_and_removed(tmp_path):
    from succession.pipeline import learn_corpus_site_lines, validate_corpus

    furniture = "Workers of all countries, read our weekly digest"
    for i in range(4):
        body = PROSE.replace("1927", str(1920 + i))
        # at the foot of the page: a line repeated inside the body could be a shared quotation
        write_document(tmp_path, f"page-{i}", f"{body}\n\nAnother paragraph number {i} of the article, long enough to be prose and to stand alone.\n\n{furniture}", publisher="A Weekly")
    learned = learn_corpus_site_lines(discover(tmp_path)[0])
    assert any("weekly digest" in line for line in learned["A Weekly"])
    from succession.pipeline import DocumentProcessor

    processor = DocumentProcessor(tmp_path / "no-gold", annotate=False, site_lines=learned)
    sources, _ = discover(tmp_path)
    outcome = processor.process(sources[:1])[0]
    assert not outcome.problems
    doc_sources = sources[:1]
    from succession.pipeline import clean_document

    doc = clean_document(read_document(doc_sources[0]), learned["A Weekly"])
    assert furniture not in doc.text
    assert any(r.rule == "boilerplate.site_repeat" for r in doc.removals)
