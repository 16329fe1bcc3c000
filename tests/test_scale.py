"""The release is the same bytes whatever the number of workers, the executor or the cache
state; the cache recomputes exactly what a change invalidates; shards follow the target size."""

import json

import pyarrow.parquet as pq
import pytest
from datasets import load_dataset

from succession.pipeline import build

from .conftest import CORPUS


def release_bytes(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    out = tmp_path_factory.mktemp("reference") / "dist"
    build(CORPUS, out, workers=1, cache_dir=None, quiet=True, scores=False)
    return release_bytes(out)


def started_workers(monkeypatch, runner: str) -> list:
    """The number of workers each call of ``succession.executors.<runner>`` starts; and a worker
    for each document, however few (the build starts one per 16 documents to process)."""
    from succession import executors, pipeline

    monkeypatch.setattr(pipeline, "MIN_DOCUMENTS_PER_WORKER", 1)
    started = []
    original = getattr(executors, runner)

    def counting(batches, processor_args, workers, *args):
        started.append(workers)
        yield from original(batches, processor_args, workers, *args)

    monkeypatch.setattr(executors, runner, counting)
    return started


def test_two_workers_give_the_same_bytes_as_one(reference, tmp_path, monkeypatch):
    started = started_workers(monkeypatch, "run_processes")
    build(CORPUS, tmp_path / "dist", workers=2, cache_dir=None, quiet=True, scores=False)
    assert started == [2]
    assert release_bytes(tmp_path / "dist") == reference


def test_cold_and_warm_cache_give_the_same_bytes(reference, tmp_path):
    cache = tmp_path / "cache"
    cold = build(CORPUS, tmp_path / "cold", cache_dir=cache, quiet=True, scores=False)
    assert sum(cold.cache.hits.values()) == 0
    warm = build(CORPUS, tmp_path / "warm", cache_dir=cache, quiet=True, scores=False)
    assert sum(warm.cache.misses.values()) == 0 and sum(warm.cache.hits.values()) > 0
    assert release_bytes(tmp_path / "cold") == reference == release_bytes(tmp_path / "warm")


def test_a_warm_rebuild_never_loads_the_language_model(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    import succession.entities as entities

    def no_model(*args, **kwargs):
        raise AssertionError("the language model was loaded")

    monkeypatch.setattr(entities, "load_spacy_pipeline", no_model)
    build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)


def test_changing_one_document_recomputes_only_that_document(corpus_copy, tmp_path):
    cache, no_gold = tmp_path / "cache", tmp_path / "no-gold"  # gold would rightly refuse the edit
    build(corpus_copy, tmp_path / "a", cache_dir=cache, quiet=True, gold_dir=no_gold, scores=False)
    source = corpus_copy / "trotskyism-introduction-ch5-rise-of-stalin.txt"
    source.write_bytes(source.read_bytes().replace(b"grey world", b"gray world"))
    report = build(corpus_copy, tmp_path / "b", cache_dir=cache, quiet=True, gold_dir=no_gold, scores=False)
    assert report.cache.misses == {"outcome": 1, "clean": 1, "entities": 1, "dates": 1, "quotations": 1}


def test_a_new_annotator_version_invalidates_exactly_its_stage(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    from succession import timex

    monkeypatch.setattr(timex, "ANNOTATOR", timex.ANNOTATOR + "-changed")
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.misses == {"outcome": 5, "dates": 5}


def test_a_changed_resource_file_invalidates_what_reads_it(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    from succession import entities, pipeline

    table = json.loads(entities.ENTITY_TABLE.read_text(encoding="utf-8"))
    table["version"] += 1
    changed = tmp_path / "entities.json"
    changed.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(pipeline, "ENTITY_TABLE", changed)
    monkeypatch.setattr(entities, "ENTITY_TABLE", changed)
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.misses["entities"] == 5 and report.cache.misses["clean"] == 0
    assert report.cache.misses["quotations"] == 0  # the entities came out the same


def test_retrained_recogniser_weights_invalidate_the_entities(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    from succession import pipeline

    monkeypatch.setattr(pipeline, "ner_weights_id", lambda: "retrained")
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.misses["entities"] == 5 and report.cache.misses["clean"] == 0


def test_a_corrupt_cache_entry_is_recomputed_not_published(reference, tmp_path):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    for outcome in (cache / "outcome").rglob("*.json"):
        outcome.write_bytes(outcome.read_bytes()[:-10])  # truncated: every document is recomputed
    entries = sorted((cache / "entities").rglob("*.json"))
    entries[0].write_text(entries[0].read_text()[:50])  # truncated
    header, payload = entries[1].read_text().split("\n", 1)
    mentions = json.loads(payload)
    mentions[0]["label"] = "LAW"  # edited: the checksum no longer matches
    entries[1].write_text(header + "\n" + json.dumps(mentions))
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.corrupt == {"outcome": 5, "entities": 2}
    assert release_bytes(tmp_path / "b") == reference


def test_shards_are_cut_at_the_target_size_and_listed_everywhere(tmp_path):
    out = tmp_path / "dist"
    build(CORPUS, out, cache_dir=None, quiet=True, shard_bytes=1, rows_per_row_group=2)  # a shard per 2 rows
    names = sorted(p.name for p in (out / "data").iterdir())
    assert [n for n in names if n.startswith("train")] == ["train-00000-of-00002.parquet", "train-00001-of-00002.parquet"]
    card = (out / "README.md").read_text(encoding="utf-8")
    sums = (out / "SHA256SUMS").read_text()
    for name in names:
        assert f"data/{name}" in card and f"data/{name}" in sums
    corpus = load_dataset(str(out))
    assert sum(len(corpus[s]) for s in corpus) == 5
    assert sum(pq.read_metadata(p).num_rows for p in (out / "data").iterdir()) == 5


def test_a_local_ray_cluster_gives_the_same_bytes(reference, tmp_path, monkeypatch):
    import ray

    started = started_workers(monkeypatch, "run_ray")
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False, _node_ip_address="127.0.0.1")
    try:
        assert ray.cluster_resources()["CPU"] == 2
        build(CORPUS, tmp_path / "dist", executor="ray", workers=2, cache_dir=None, quiet=True, scores=False)
    finally:
        ray.shutdown()
    assert started == [2]
    assert release_bytes(tmp_path / "dist") == reference


def test_prefetch_keeps_order_raises_errors_and_stops_its_producer():
    import threading

    from succession.executors import Prefetch

    assert list(Prefetch(iter(range(100)), 3)) == list(range(100))

    def failing():
        yield 1
        raise ValueError("worker failed")

    items = Prefetch(failing(), 2)
    assert next(items) == 1
    with pytest.raises(ValueError, match="worker failed"):
        next(items)

    closed = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    items = Prefetch(endless(), 4)
    assert [next(items) for _ in range(10)] == list(range(10))
    items.close()  # the consumer stops early: the producer closes its iterator (the workers)
    assert closed.is_set()
    with pytest.raises(StopIteration):
        next(items)


def test_site_learning_caches_each_sampled_page_by_its_bytes(tmp_path):
    from succession.cache import StageCache
    from succession.pipeline import learn_corpus_site_lines
    from succession.sources import discover

    from .conftest import write_document
    from .test_hostile_input import PROSE

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(4):
        write_document(corpus, f"page-{i}", f"{PROSE.replace('1927', str(1920 + i))}\n\nShare this page with a friend", publisher="A Weekly")
    sources = discover(corpus)[0]
    cold = StageCache(tmp_path / "cache")
    learned = learn_corpus_site_lines(sources, cold, "v1")
    assert cold.misses == {"line_keys": 4} and any("Share this page" in line for line in learned["A Weekly"])
    assert learned == learn_corpus_site_lines(sources)  # the same lines without a cache
    warm = StageCache(tmp_path / "cache")
    assert learn_corpus_site_lines(sources, warm, "v1") == learned and warm.hits == {"line_keys": 4} and not warm.misses
    other_version = StageCache(tmp_path / "cache")
    learn_corpus_site_lines(sources, other_version, "v2")
    assert other_version.misses == {"line_keys": 4}
    page = corpus / "page-0.txt"
    page.write_text(page.read_text() + "\n\nA new closing paragraph, written after the first build.")
    changed = StageCache(tmp_path / "cache")
    assert learn_corpus_site_lines(discover(corpus)[0], changed, "v1") == learned
    assert changed.misses == {"line_keys": 1} and changed.hits == {"line_keys": 3}  # only the changed page is read


def test_a_changed_given_name_list_invalidates_entities_and_quotations(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build(CORPUS, tmp_path / "a", cache_dir=cache, quiet=True, scores=False)
    from succession import pipeline

    changed = tmp_path / "given_names.json"
    changed.write_bytes(pipeline.GIVEN_NAMES_PATH.read_bytes() + b"\n")
    monkeypatch.setattr(pipeline, "GIVEN_NAMES_PATH", changed)
    report = build(CORPUS, tmp_path / "b", cache_dir=cache, quiet=True, scores=False)
    assert report.cache.misses["entities"] == 5 and report.cache.misses["quotations"] == 5
    assert report.cache.misses["clean"] == 0
