"""A release is replaced whole or not at all: a build killed at any moment leaves the old
release or the new one, and --skip-invalid never drops a document silently."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from succession.pipeline import build
from succession.publish import recover_interrupted

from .conftest import REPO, write_document

PROSE = (
    "In the autumn of 1927 the opposition organised its own demonstrations in Moscow. Trotsky and "
    "Zinoviev were expelled, and by the following year the leaders were in exile far from the capital."
)


def release_state(out):
    """None if there is no release; otherwise its files, after checking them against SHA256SUMS."""
    if not out.exists():
        return None
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    sums = files.pop("SHA256SUMS").decode().splitlines()
    listed = {}
    for line in sums:
        digest, name = line.split("  ")
        listed[name] = digest
    assert listed == {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    return files


def test_skip_invalid_publishes_the_valid_and_reports_the_rejected(tmp_path, corpus_copy):
    write_document(corpus_copy, "bad-date", PROSE, date_published="last week")
    write_document(corpus_copy, "empty-page", "")
    report = build(corpus_copy, tmp_path / "dist", skip_invalid=True, scores=False)
    assert report.documents == 5
    rejected = [json.loads(line) for line in (tmp_path / "dist" / "rejected.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rejected] == ["bad-date", "empty-page"]
    assert "/date_published" in rejected[0]["reasons"][0]
    assert "empty" in rejected[1]["reasons"][0]
    assert release_state(tmp_path / "dist") is not None


def test_leftovers_of_a_killed_build_are_tidied(tmp_path):
    out = tmp_path / "dist"
    dead = 2**22 + 12345  # beyond the usual pid range: no such process
    (tmp_path / f".dist.staging-{dead}").mkdir()
    previous = tmp_path / f".dist.previous-{dead}"
    previous.mkdir()
    (previous / "SHA256SUMS").write_text("")
    recover_interrupted(out)
    assert not (tmp_path / f".dist.staging-{dead}").exists()
    assert (out / "SHA256SUMS").exists() and not previous.exists()


def test_a_build_killed_at_any_moment_leaves_the_old_release_or_the_new(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_document(corpus, "first", PROSE)
    out = tmp_path / "dist"

    def run(target, kill_after=None):
        # --no-scores: the swap is what is tested, not the card's pass over the gold
        command = [sys.executable, str(REPO / "build.py"), "--corpus", str(corpus), "--out", str(target), "--no-scores"]
        if kill_after is None:
            subprocess.run(command, check=True, capture_output=True, cwd=REPO)
            return
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        time.sleep(kill_after)
        process.send_signal(signal.SIGKILL)
        process.wait()

    run(out)
    old = release_state(out)
    old_copy = tmp_path / "old-release"
    shutil.copytree(out, old_copy)
    write_document(corpus, "second", PROSE.replace("1927", "1928"))
    run(tmp_path / "expected-new")
    new = release_state(tmp_path / "expected-new")
    assert new != old
    seen = set()
    # From before the model is loaded to after the release is swapped in.
    for delay in (0.3, 1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 7.0):
        run(out, kill_after=delay)
        state = release_state(out)
        assert state in (old, new)
        seen.add("old" if state == old else "new")
        if state == new:
            shutil.rmtree(out)
            shutil.copytree(old_copy, out)
    run(out)
    assert release_state(out) == new
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dist.")]
    assert "old" in seen
