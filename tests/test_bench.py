"""A smoke run of the benchmark (bench/), so that it cannot rot: every field, sane values, no timings judged."""

import json
import subprocess
import sys

from .conftest import REPO

sys.path[:0] = [str(REPO / "bench")]

from generate import document, generate  # noqa: E402


def test_generated_documents_are_valid_realistic_and_deterministic(tmp_path):
    from jsonschema import Draft202012Validator

    schema = json.loads((REPO / "schema" / "metadata.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    ids = generate(tmp_path / "a", 40, seed=3)
    generate(tmp_path / "b", 40, seed=3)
    assert len(ids) == len(set(ids)) == 40
    publishers = []
    for doc_id in ids:
        text = (tmp_path / "a" / f"{doc_id}.txt").read_text(encoding="utf-8")
        meta = json.loads((tmp_path / "a" / f"{doc_id}.meta.json").read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(meta)), doc_id
        assert meta["id"] == doc_id
        assert text == (tmp_path / "b" / f"{doc_id}.txt").read_text(encoding="utf-8")
        publishers.append(meta["publisher"])
    everything = "".join((tmp_path / "a" / f"{doc_id}.txt").read_text(encoding="utf-8") for doc_id in ids)
    # Names, dates and quotations, and the furniture around them.
    for needle in ("Trotsky", "Stalin", "1924", "“", "Share", "Subscribe"):
        assert needle in everything, needle
    # Some documents share a site (at least three, so site-repeat learning runs), some have none.
    assert any(publishers.count(p) >= 3 for p in publishers if p) and None in publishers
    # Document i depends on (seed, i) only: a small corpus is the prefix of a larger one.
    assert document(7, 3) == document(7, 3) and document(7, 3) != document(7, 4)


def test_benchmark_smoke_run_reports_every_number(tmp_path):
    command = [sys.executable, str(REPO / "bench" / "run.py"), "--docs", "4", "--workers", "2", "--sizes", "4", "8", "12", "--work", str(tmp_path), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert {"cores", "python", "date"} <= set(report["machine"])
    measurements = report["measurements"]
    expected = {
        "bare_nlp_pipe",
        "build_1_worker",
        "build_2_workers",
        "full_build_with_cache",
        "rebuild_after_1_percent",
        "memory_model_4_docs",
        "memory_model_8_docs",
        "memory_no_model_8_docs",
        "memory_no_model_12_docs",
    }
    assert set(measurements) == expected
    for name, entry in measurements.items():
        assert entry["seconds"] > 0 and entry["peak_rss_mb"] > 0, name
    assert measurements["bare_nlp_pipe"]["components"][-1] == "ner" and "parser" in measurements["bare_nlp_pipe"]["components"]
    for name in expected - {"bare_nlp_pipe"}:
        assert measurements[name]["rejected"] == 0, name
    assert measurements["memory_model_8_docs"]["documents"] == 8
    assert measurements["memory_no_model_12_docs"]["documents"] == 12
    # Spawned workers count: a two-worker build holds at least two language models' worth more.
    assert measurements["build_2_workers"]["peak_rss_mb"] > measurements["build_1_worker"]["peak_rss_mb"]
    rebuild = measurements["rebuild_after_1_percent"]
    # the three unchanged documents come whole from the cache; the changed one misses every stage
    assert rebuild["changed_documents"] == 1 and rebuild["cache_hits"] >= 3 and rebuild["cache_misses"] > 0
    assert set(report["cpu_view"]) == {"build_over_bare_nlp_pipe", "speedup_2_workers_upper_bound"}
    for name, entry in measurements.items():
        assert entry["process_cpu_seconds"] > 0, name
    results = {r["name"]: r for r in report["results"]}
    assert set(results) == {
        "build_over_bare_nlp_pipe",
        "speedup_2_workers_over_1",
        "rebuild_share_of_full",
        "peak_memory_growth_model_4_to_8",
        "peak_memory_growth_no_model_8_to_12",
    }
    for r in results.values():
        assert isinstance(r["pass"], bool) and r["target"] and r["value"] == r["value"]  # not NaN
    assert report["all_pass"] == all(r["pass"] for r in results.values())
