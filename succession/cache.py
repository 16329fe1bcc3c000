"""A content-addressed cache of stage results, so a rebuild redoes only what changed.

Each stage's result is stored under a key made of everything the result depends on: the bytes it
was computed from, the stage's version, and the hashes of the resource files it read. Changing a
document, an annotator version or a resource file therefore misses exactly the entries that
depend on it. Every entry carries the SHA-256 of its payload; an entry that is truncated,
corrupt or unreadable is deleted and recomputed, never used.

An entry file is one header line, ``{"key": ..., "sha256": ...}`` (the hash of the payload's
bytes), then the payload: JSON (``put``/``get``) or any bytes (``put_bytes``/``get_bytes``).
Checking an entry hashes its bytes instead of serialising the payload again, which made reading
a warm cache twice as slow.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import Counter
from pathlib import Path

from . import REPO_ROOT

DEFAULT_CACHE = REPO_ROOT / ".cache" / "succession"


def cache_key(*parts) -> str:
    """A key for any JSON-able parts; order matters, dict order does not."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


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
        """The payload stored with ``put``; None if there is none or it is corrupt (then it is
        deleted)."""
        return self.get_bytes(stage, key, json.loads)

    def get_bytes(self, stage: str, key: str, decode=None):
        """The bytes stored with ``put_bytes``, checked like ``get``'s, or what ``decode`` makes
        of them: a ValueError, KeyError or TypeError it raises marks the entry corrupt too."""
        if self.root is None:
            self.misses[stage] += 1
            return None
        path = self.path(stage, key)
        try:
            header, _, body = path.read_bytes().partition(b"\n")
            entry = json.loads(header)
            if entry["key"] != key or entry["sha256"] != hashlib.sha256(body).hexdigest():
                raise ValueError("checksum mismatch")
            payload = body if decode is None else decode(body)
        except FileNotFoundError:
            self.misses[stage] += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Truncated by a crash, edited, or written by another version: recompute.
            self.discard(stage, key)
            return None
        self.hits[stage] += 1
        return payload

    def discard(self, stage: str, key: str) -> None:
        """Count an entry found corrupt as a miss and delete it."""
        self.corrupt[stage] += 1
        self.misses[stage] += 1
        self.path(stage, key).unlink(missing_ok=True)

    def put(self, stage: str, key: str, payload) -> None:
        if self.root is not None:
            self.put_bytes(stage, key, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def put_bytes(self, stage: str, key: str, body: bytes) -> None:
        if self.root is None:
            return
        path = self.path(stage, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        header = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(temporary, "wb") as f:
            f.write(header + b"\n")
            f.write(body)
        os.replace(temporary, path)  # readers see the whole entry or none

    def merge_counts(self, hits: Counter, misses: Counter, corrupt: Counter) -> None:
        self.hits.update(hits)
        self.misses.update(misses)
        self.corrupt.update(corrupt)
