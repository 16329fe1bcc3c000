"""Assigning documents to splits.

A document's split is a salted hash of a stable key, so adding or removing other documents
never moves it; a sidecar may pin it instead. The key is the document's series when it has one
(chapters of one book, articles of one issue), so that no split is tested on text whose
siblings it was trained on, and its id otherwise. The salt is part of the release:
changing it reshuffles everything, so it never changes within a major version.
"""

from __future__ import annotations

import hashlib

SPLIT_SALT = "succession-corpus/splits/v1"
# Shares of the hash space, in order. 80/10/10 is the usual division for a corpus of this size.
SPLIT_SHARES = (("train", 0.8), ("validation", 0.1), ("test", 0.1))


def hashed_split(doc_id: str) -> str:
    digest = hashlib.sha256(f"{SPLIT_SALT}:{doc_id}".encode("utf-8")).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    for split, share in SPLIT_SHARES:
        cumulative += share
        if point < cumulative:
            return split
    return SPLIT_SHARES[-1][0]


def split_key(doc_id: str, metadata: dict) -> str:
    return metadata.get("series") or doc_id


def assign_split(doc_id: str, metadata: dict) -> str:
    return metadata.get("split") or hashed_split(split_key(doc_id, metadata))
