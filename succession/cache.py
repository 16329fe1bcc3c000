"""A content-addressed cache of stage results, so a rebuild redoes only what changed.

Each stage's result is stored under a key made of everything the result depends on: the bytes it
was computed from, the stage's version, and the hashes of the resource files it read. Changing a
document, an annotator version or a resource file therefore misses exactly the entries that
depend on it. Every entry carries the SHA-256 of its payload; an entry that is truncated,
corrupt or unreadable is deleted and recomputed, never used.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from . import REPO_ROOT

DEFAULT_CACHE = REPO_ROOT / ".cache" / "succession"


def cache_key(*parts) -> str:
    """A key for any JSON-able parts; order matters, dict order does not."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def payload_digest(payload) -> str:
    return cache_key(payload)


class StageCache:
    """Stage results on disk, one small JSON file per entry. ``root=None`` disables caching."""

    def __init__(self, root: Path | None):
        self.root = Path(root) if root is not None else None
        self.hits: Counter = Counter()
        self.misses: Counter = Counter()
        self.corrupt: Counter = Counter()

    def path(self, stage: str, key: str) -> Path:
        return self.root / stage / key[:2] / f"{key}.json"

    def get(self, stage: str, key: str):
        if self.root is None:
            self.misses[stage] += 1
            return None
        path = self.path(stage, key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry["key"] != key or entry["sha256"] != payload_digest(entry["payload"]):
                raise ValueError("checksum mismatch")
        except FileNotFoundError:
            self.misses[stage] += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Truncated by a crash, edited, or written by another version: recompute.
            self.corrupt[stage] += 1
            self.misses[stage] += 1
            path.unlink(missing_ok=True)
            return None
        self.hits[stage] += 1
        return entry["payload"]

    def put(self, stage: str, key: str, payload) -> None:
        if self.root is None:
            return
        path = self.path(stage, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"key": key, "sha256": payload_digest(payload), "payload": payload}
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)  # readers see the whole entry or none

    def merge_counts(self, hits: Counter, misses: Counter, corrupt: Counter) -> None:
        self.hits.update(hits)
        self.misses.update(misses)
        self.corrupt.update(corrupt)
