"""Finding exact and near-duplicate documents, for the build report.

Near duplicates are found with MinHash signatures over word 5-gram shingles and locality
sensitive hashing (as in Broder 1997 and the deduplication of C4 and The Pile): documents whose
signatures agree on any band are compared, and pairs whose estimated Jaccard similarity is at
least NEAR_DUPLICATE_JACCARD are reported. Memory grows with the number of documents by one
small signature each, never with their length.
"""

from __future__ import annotations

import hashlib
from array import array
import re
from collections import defaultdict
from dataclasses import dataclass, field

SHINGLE_WORDS = 5
NUM_HASHES = 64
BANDS = 16  # 16 bands of 4 rows: pairs at Jaccard 0.8 collide in some band with p > 0.999
NEAR_DUPLICATE_JACCARD = 0.8
MERSENNE = (1 << 61) - 1
WORD = re.compile(r"\w+")


def _coefficients(n: int) -> list[tuple[int, int]]:
    out = []
    for i in range(n):
        digest = hashlib.sha256(f"minhash-{i}".encode()).digest()
        out.append((int.from_bytes(digest[:8], "big") % MERSENNE or 1, int.from_bytes(digest[8:16], "big") % MERSENNE))
    return out


COEFFICIENTS = _coefficients(NUM_HASHES)


def signature(text: str) -> tuple[int, ...] | None:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return None
    shingles = {int.from_bytes(hashlib.blake2b(" ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=8).digest(), "big") for i in range(len(words) - SHINGLE_WORDS + 1)}
    return tuple(min((a * s + b) % MERSENNE for s in shingles) for a, b in COEFFICIENTS)


def fingerprint(text: str) -> tuple[str, tuple[int, ...] | None]:
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), signature(text)


@dataclass
class DuplicateFinder:
    """Fingerprints of every document seen, kept small: a 64-bit key for the exact text, the
    signature packed into 512 bytes, and one 64-bit key per band (about 1 KB a document)."""

    exact: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    signatures: dict[str, bytes] = field(default_factory=dict)
    buckets: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, doc_id: str, text: str) -> None:
        self.add_fingerprint(doc_id, *fingerprint(text))

    def add_fingerprint(self, doc_id: str, text_sha256: str, sig: tuple[int, ...] | None) -> None:
        """Record a document by its fingerprint, computed wherever the text is (a worker)."""
        self.exact[int(text_sha256[:16], 16)].append(doc_id)
        if sig is None:
            return
        packed = array("Q", sig).tobytes()
        self.signatures[doc_id] = packed
        width = len(packed) // BANDS
        for band in range(BANDS):
            key = hashlib.blake2b(bytes([band]) + packed[band * width : (band + 1) * width], digest_size=8).digest()
            self.buckets[int.from_bytes(key, "big")].append(doc_id)

    def exact_duplicates(self) -> list[list[str]]:
        return sorted(sorted(ids) for ids in self.exact.values() if len(ids) > 1)

    def near_duplicates(self) -> list[tuple[str, str, float]]:
        """(id, id, estimated Jaccard) for similar pairs that are not exact copies."""
        exact_pairs = {(a, b) for group in self.exact_duplicates() for a in group for b in group}
        candidates = {tuple(sorted((a, b))) for ids in self.buckets.values() for i, a in enumerate(ids) for b in ids[i + 1 :]}
        found = []
        for a, b in sorted(candidates):
            if (a, b) in exact_pairs:
                continue
            first, second = array("Q", self.signatures[a]), array("Q", self.signatures[b])
            estimate = sum(x == y for x, y in zip(first, second)) / NUM_HASHES
            if estimate >= NEAR_DUPLICATE_JACCARD:
                found.append((a, b, round(estimate, 3)))
        return found
