"""What makes a rebuild after a few changed documents cheap, and never stale: each document's
encoded rows cached whole, site learning that checks only the sampled pages' sidecars, figures
drawn again only when what they show changed, and no more workers than the changed documents
keep busy."""

import json

import pyarrow.parquet as pq
import pytest

from succession.cache import StageCache
from succession.errors import InputError
from succession.pipeline import build, learn_corpus_site_lines
from succession.sources import discover

from .conftest import CORPUS, write_document
from .test_hostile_input import PROSE
from .test_scale import release_bytes

FURNITURE = "Workers of all countries, read our weekly digest"


def site_pages(folder, count, publisher="A Weekly"):
    for i in range(count):
        body = PROSE.replace("1927", str(1900 + i))
        text = f"{body}\n\nAnother paragraph number {i} of the article, long enough to be prose and to stand alone.\n\n{FURNITURE}"
        write_document(folder, f"page-{i}", text, publisher=publisher)


def rewrite_entry(path, change):
    """Edit a cache entry's payload with ``change`` and give it a valid checksum again, as a
    build of another version would have written it."""
    import hashlib

    header, _, body = path.read_bytes().partition(b"\n")
    body = change(body)
    entry = json.loads(header)
    entry["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(entry).encode() + b"\n" + body)


# --- site learning -----------------------------------------------------------------------------


def test_a_page_with_an_invalid_sidecar_takes_no_part_in_site_learning(tmp_path):
    with_bad, without = tmp_path / "with-bad", tmp_path / "without"
    for folder in (with_bad, without):
        folder.mkdir()
        site_pages(folder, 4)
    # An invalid sidecar that still names the site: it must count as no page of it, exactly as
    # if it were not there (sidecars are grouped by site without the schema, then checked).
    write_document(with_bad, "page-bad", f"{PROSE}\n\nA closing line only this page has.\n\n{FURNITURE}", publisher="A Weekly", date_published="last week")
    learned = learn_corpus_site_lines(discover(with_bad)[0])
    assert learned == learn_corpus_site_lines(discover(without)[0])
    assert any("weekly digest" in line for line in learned["A Weekly"])
    cached = learn_corpus_site_lines(discover(with_bad)[0], StageCache(tmp_path / "cache"), "v1")
    assert cached == learned
    warm = StageCache(tmp_path / "cache")
    assert learn_corpus_site_lines(discover(with_bad)[0], warm, "v1") == learned
    assert warm.hits == {"line_keys": 5} and not warm.misses  # the verdict on the bad one too


def test_too_few_valid_pages_teach_a_site_nothing(tmp_path):
    site_pages(tmp_path, 3)
    meta = tmp_path / "page-0.meta.json"
    meta.write_text(meta.read_text().replace('"language": "en"', '"language": "English"'))
    assert learn_corpus_site_lines(discover(tmp_path)[0]) == {}  # 2 valid pages of 3 needed


def test_a_changed_sidecar_is_checked_again(tmp_path):
    site_pages(tmp_path, 4)
    sources = discover(tmp_path)[0]
    learned = learn_corpus_site_lines(sources, StageCache(tmp_path / "cache"), "v1")
    meta = tmp_path / "page-1.meta.json"
    meta.write_text(meta.read_text().replace('"language": "en"', '"language": "English"'))
    changed = StageCache(tmp_path / "cache")
    assert learn_corpus_site_lines(sources, changed, "v1") == learn_corpus_site_lines(sources)
    assert changed.misses == {"line_keys": 1} and changed.hits == {"line_keys": 3}
    assert learned["A Weekly"]  # three valid pages still teach the furniture


def test_a_bad_sidecar_among_a_sites_pages_still_fails_the_build_naming_file_and_field(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    site_pages(corpus, 4)
    meta = corpus / "page-2.meta.json"
    meta.write_text(meta.read_text().replace('"date_published": null', '"date_published": "yesterday"'))
    for cache in (None, tmp_path / "cache", tmp_path / "cache"):  # no cache, cold, warm
        with pytest.raises(InputError) as error:
            build(corpus, tmp_path / "dist", gold_dir=tmp_path / "no-gold", cache_dir=cache, quiet=True, annotate=False, scores=False)
        problems = error.value.problems
        assert problems and all(p.path == str(meta) and p.pointer == "/date_published" for p in problems), [str(p) for p in problems]
        assert not (tmp_path / "dist").exists()


# --- encoded documents -------------------------------------------------------------------------


def test_an_encoded_document_survives_its_bytes_and_refuses_a_truncated_one():
    from succession.publish import EncodedDocument

    encoded = EncodedDocument({"id": "a", "split": "train"}, {"documents": b"\x00\x01", "tokens": b"", "quotations": b"q", "preview": "<p>é</p>".encode()})
    assert EncodedDocument.from_bytes(encoded.to_bytes()) == encoded
    with pytest.raises(ValueError):
        EncodedDocument.from_bytes(encoded.to_bytes()[:-1])


def test_documents_arriving_as_tables_give_the_bytes_rows_one_by_one_give(tmp_path):
    """Row groups are cut at exactly rows_per_row_group rows however the rows arrive, and the
    shards' bytes and sizes do not depend on it."""
    import pyarrow as pa

    from succession.configs import CONFIGS
    from succession.publish import PARQUET_OPTIONS, ShardedTable

    rows = [
        {"doc_id": f"d{i}", "sentence": i, "tokens": ["A", "b"] * (i % 3), "whitespace": [" ", ""] * (i % 3), "offsets": [0, 2] * (i % 3), "ner_tags": ["O", "B-PERSON"] * (i % 3), "timex_tags": ["O", "O"] * (i % 3)}
        for i in range(23)
    ]
    one_by_one = ShardedTable(tmp_path / "a", "tokens", CONFIGS["tokens"], ("train",), shard_bytes=300, rows_per_row_group=4)
    for row in rows:
        one_by_one.write("train", row)
    in_documents = ShardedTable(tmp_path / "b", "tokens", CONFIGS["tokens"], ("train",), shard_bytes=300, rows_per_row_group=4)
    for start, end in ((0, 1), (1, 7), (7, 8), (8, 20), (20, 23)):
        in_documents.write_encoded("train", in_documents.encode_rows(rows[start:end]))
    for table in (one_by_one, in_documents):
        table.close()
    assert one_by_one.num_bytes == in_documents.num_bytes and one_by_one.data_files() == in_documents.data_files()
    assert one_by_one.shards["train"] > 1
    for path in one_by_one.data_files()["train"]:
        assert (tmp_path / "a" / path).read_bytes() == (tmp_path / "b" / path).read_bytes()
        metadata = pq.read_metadata(tmp_path / "a" / path)
        assert all(metadata.row_group(i).num_rows == 4 for i in range(metadata.num_row_groups - 1))
    written = pa.concat_tables(pq.read_table(tmp_path / "b" / p) for p in in_documents.data_files()["train"])
    assert written.column("doc_id").to_pylist() == [row["doc_id"] for row in rows]
    # In one shard: the bytes pyarrow writes for all the rows at once, in row groups of 4.
    whole = ShardedTable(tmp_path / "c", "tokens", CONFIGS["tokens"], ("train",), shard_bytes=10**9, rows_per_row_group=4)
    whole.write_encoded("train", whole.encode_rows(rows[:9]))
    whole.write_encoded("train", whole.encode_rows(rows[9:]))
    whole.close()
    reference = pa.Table.from_pylist([whole.encode(row) for row in rows], schema=whole.arrow_schema)
    pq.write_table(reference, tmp_path / "reference.parquet", row_group_size=4, **PARQUET_OPTIONS)
    [path] = whole.data_files()["train"]
    assert (tmp_path / "c" / path).read_bytes() == (tmp_path / "reference.parquet").read_bytes()
    groups = [pa.Table.from_pylist([whole.encode(row) for row in rows[i : i + 4]], schema=whole.arrow_schema) for i in range(0, 23, 4)]
    assert whole.num_bytes["train"] == sum(group.nbytes for group in groups)  # as when written a row group at a time


def test_rows_encoded_for_other_features_are_recomputed_not_published(tmp_path):
    cache = tmp_path / "cache"
    reference = build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False).out_dir
    entries = sorted((cache / "outcome").rglob("*.json"))
    assert len(entries) == 5

    def other_features(body):
        head, _, blobs = body.partition(b"\n")
        parsed = json.loads(head)
        parsed["meta"]["features"] = "0" * 64
        return json.dumps(parsed).encode() + b"\n" + blobs

    rewrite_entry(entries[0], other_features)
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.corrupt == {"outcome": 1}
    assert release_bytes(tmp_path / "b") == release_bytes(reference)


def test_a_rebuild_where_nothing_changed_starts_no_worker_and_gives_the_same_bytes(tmp_path, monkeypatch):
    from succession import executors

    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False, workers=2)

    def no_workers(*args, **kwargs):
        raise AssertionError("a worker was started")

    monkeypatch.setattr(executors, "run_processes", no_workers)
    monkeypatch.setattr(executors, "run_here", no_workers)
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False, workers=2)
    assert report.cache.misses == {} and report.cache.hits["outcome"] == 5
    assert release_bytes(tmp_path / "a") == release_bytes(tmp_path / "b")


def test_a_few_changed_documents_start_one_worker_not_one_per_core(corpus_copy, tmp_path, monkeypatch):
    from succession import executors

    cache, no_gold = tmp_path / "cache", tmp_path / "no-gold"
    build(corpus_copy, tmp_path / "a", cache_dir=cache, quiet=True, gold_dir=no_gold, scores=False, annotate=False)
    for path in sorted(corpus_copy.glob("*.txt"))[:2]:
        path.write_text(path.read_text(encoding="utf-8") + "\n\nA paragraph added after the first build.", encoding="utf-8")
    started = []
    run_processes = executors.run_processes

    def counting(batches, processor_args, workers):
        started.append(workers)
        yield from run_processes(batches, processor_args, workers)

    monkeypatch.setattr(executors, "run_processes", counting)
    report = build(corpus_copy, tmp_path / "b", cache_dir=cache, quiet=True, gold_dir=no_gold, scores=False, annotate=False, workers=2)
    assert started == [1] and report.cache.misses["outcome"] == 2
    cold = build(corpus_copy, tmp_path / "cold", cache_dir=None, quiet=True, gold_dir=no_gold, scores=False, annotate=False)
    assert release_bytes(tmp_path / "b") == release_bytes(cold.out_dir)


# --- figures -----------------------------------------------------------------------------------


def test_a_figure_is_drawn_again_exactly_when_what_it_shows_changed(tmp_path):
    from succession.entities import load_entity_table
    from succession.figures import PEOPLE, TIMELINE, release_figures

    table = load_entity_table()
    years, mentions = {"1924": 3, "1927": 5, "2024": 1}, {"trotsky": {"train": 4}, "stalin": {"train": 2, "test": 1}}
    drawn = release_figures(years, mentions, table)
    cold = StageCache(tmp_path / "cache")
    assert release_figures(years, mentions, table, cold) == drawn and cold.misses == {"figures": 2}
    warm = StageCache(tmp_path / "cache")
    assert release_figures(dict(reversed(years.items())), mentions, table, warm) == drawn and warm.hits == {"figures": 2}
    changed_years = {**years, "2024": 2}  # only outside the chart, but the note under it says how many
    changed = StageCache(tmp_path / "cache")
    figures = release_figures(changed_years, mentions, table, changed)
    assert changed.misses == {"figures": 1} and changed.hits == {"figures": 1}
    assert figures[TIMELINE] != drawn[TIMELINE] and figures[TIMELINE] == release_figures(changed_years, mentions, table)[TIMELINE]
    assert figures[PEOPLE] == drawn[PEOPLE]
    more_mentions = {**mentions, "stalin": {"train": 9}}
    again = StageCache(tmp_path / "cache")
    figures = release_figures(changed_years, more_mentions, table, again)
    assert again.misses == {"figures": 1} and figures[PEOPLE] == release_figures(changed_years, more_mentions, table)[PEOPLE] != drawn[PEOPLE]


def test_a_corrupt_figure_entry_is_drawn_again(tmp_path):
    from succession.entities import load_entity_table
    from succession.figures import release_figures

    table = load_entity_table()
    years, mentions = {"1924": 3}, {"trotsky": {"train": 4}}
    drawn = release_figures(years, mentions, table, StageCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache" / "figures").rglob("*.json"):
        entry.write_bytes(entry.read_bytes()[:-100])
    damaged = StageCache(tmp_path / "cache")
    assert release_figures(years, mentions, table, damaged) == drawn and damaged.corrupt == {"figures": 2}
