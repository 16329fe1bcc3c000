"""Publishing a release to the Hugging Face Hub.

The release folder is checked against its SHA256SUMS first: a release that was edited or
damaged after the build is never uploaded. A dry run lists what would be uploaded and sends
nothing.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import CorpusError, InputError, Problem
from .publish import CHECKSUMS

REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")


def verify_release(out_dir: Path) -> list[tuple[str, int]]:
    """Every file of the release with its size, after checking it against SHA256SUMS."""
    out_dir = Path(out_dir)
    sums = out_dir / CHECKSUMS
    if not sums.is_file():
        raise InputError([Problem(str(out_dir), "", f"not a release: no {CHECKSUMS}; run python build.py first")])
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    present = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()} - {CHECKSUMS}
    problems = [Problem(str(out_dir / name), "", "missing, though SHA256SUMS lists it") for name in sorted(set(listed) - present)]
    problems += [Problem(str(out_dir / name), "", "not listed in SHA256SUMS: the release was changed after the build") for name in sorted(present - set(listed))]
    for name in sorted(set(listed) & present):
        if hashlib.sha256((out_dir / name).read_bytes()).hexdigest() != listed[name]:
            problems.append(Problem(str(out_dir / name), "", "its SHA-256 differs from SHA256SUMS: the file was changed after the build"))
    if problems:
        raise InputError(problems)
    return [(name, (out_dir / name).stat().st_size) for name in sorted(present | {CHECKSUMS})]


def publish(out_dir: Path, repo_id: str, dry_run: bool = False, token: str | None = None) -> list[tuple[str, int]]:
    """Upload the release to the dataset repository ``repo_id``; return what was (or would be) sent."""
    if not REPO_ID.match(repo_id):
        raise CorpusError(f"--repo-id {repo_id!r} is not OWNER/NAME")
    files = verify_release(out_dir)
    if dry_run:
        return files
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
    api.upload_folder(folder_path=str(out_dir), repo_id=repo_id, repo_type="dataset", commit_message="Release built by succession")
    return files
