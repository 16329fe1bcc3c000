"""The README's examples run against a real release, so they never rot."""

import contextlib
import io
import re

from .conftest import REPO

MARKER = "<!-- tested: tests/test_readme.py runs this block against a fresh build -->"


def readme_examples():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(re.escape(MARKER) + r"\s*```python\n(.*?)```", readme, re.S)


def test_the_readme_query_examples_run_and_find_something(release):
    blocks = readme_examples()
    assert len(blocks) == 2
    outputs = []
    for code in blocks:
        assert 'release = "dist"' in code
        code = code.replace('release = "dist"', f"release = {str(release)!r}")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
        outputs.append(out.getvalue())
    assert "trotsky" in outputs[0].lower() or "militant" in outputs[0]
    assert "Leon Trotsky" in outputs[1]


def test_publish_dry_run_lists_the_release_and_refuses_a_tampered_one(release, tmp_path, capsys):
    import shutil

    from succession.cli import main

    assert main(["publish", "--repo-id", "someone/lenins-succession", "--out", str(release), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "README.md" in captured.out and "data/train-00000-of-00001.parquet" in captured.out
    assert "would upload" in captured.err
    copy = tmp_path / "dist"
    shutil.copytree(release, copy)
    (copy / "README.md").write_text("edited", encoding="utf-8")
    assert main(["publish", "--repo-id", "someone/lenins-succession", "--out", str(copy), "--dry-run"]) == 1
    assert "differs from SHA256SUMS" in capsys.readouterr().err
    assert main(["publish", "--repo-id", "not a repo id", "--out", str(release), "--dry-run"]) == 1
