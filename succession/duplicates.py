"""Finding exact and near-duplicate documents, for the build report.

Near duplicates are found with MinHash signatures over word 5-gram shingles and locality
sensitive hashing (as in Broder 1997 and the deduplication of C4 and The Pile): documents whose
signatures agree on any band are compared, and pairs whose estimated Jaccard similarity is at
least NEAR_DUPLICATE_JACCARD are reported. Memory grows with the number of documents by about
200 bytes each (see DuplicateFinder), never with their length.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from array import array

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


class DuplicateFinder:
    """Fingerprints of every document seen, kept small enough for a crawl of any size.

    In memory, about 200 bytes a document: its id, a 64-bit key of its exact text and one 64-bit
    key per LSH band (with the document's number), in flat arrays. The signatures themselves
    (512 bytes each) go to an unnamed temporary file and are read back only for the candidate
    pairs. Pairs are found at the end by sorting the band keys.
    """

    SIGNATURE_BYTES = NUM_HASHES * 8

    def __init__(self):
        self.ids: list[str] = []
        self.exact_keys = array("Q")
        self.band_keys = array("Q")
        self.band_docs = array("I")
        self.signature_slots = array("i")  # per document: its record in the file, or -1
        self._signatures = None
        self._slots = 0

    def add(self, doc_id: str, text: str) -> None:
        self.add_fingerprint(doc_id, *fingerprint(text))

    def add_fingerprint(self, doc_id: str, text_sha256: str, sig: tuple[int, ...] | None) -> None:
        """Record a document by its fingerprint, computed wherever the text is (a worker)."""
        number = len(self.ids)
        self.ids.append(doc_id)
        self.exact_keys.append(int(text_sha256[:16], 16))
        if sig is None:
            self.signature_slots.append(-1)
            return
        packed = array("Q", sig).tobytes()
        if self._signatures is None:
            self._signatures = tempfile.TemporaryFile(prefix="succession-signatures-")
        self._signatures.seek(self._slots * self.SIGNATURE_BYTES)
        self._signatures.write(packed)
        self.signature_slots.append(self._slots)
        self._slots += 1
        width = len(packed) // BANDS
        for band in range(BANDS):
            key = hashlib.blake2b(bytes([band]) + packed[band * width : (band + 1) * width], digest_size=8).digest()
            self.band_keys.append(int.from_bytes(key, "big"))
            self.band_docs.append(number)

    def _signature(self, number: int) -> array:
        self._signatures.seek(self.signature_slots[number] * self.SIGNATURE_BYTES)
        return array("Q", self._signatures.read(self.SIGNATURE_BYTES))

    def exact_duplicates(self) -> list[list[str]]:
        groups = _groups(self.exact_keys, range(len(self.ids)))
        return sorted(sorted(self.ids[n] for n in group) for group in groups)

    def near_duplicates(self) -> list[tuple[str, str, float]]:
        """(id, id, estimated Jaccard) for similar pairs that are not exact copies."""
        exact_pairs = {(a, b) for group in self.exact_duplicates() for a in group for b in group}
        candidates = set()
        for group in _groups(self.band_keys, self.band_docs):
            members = sorted(set(group))
            candidates.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        found = []
        for a, b in sorted(candidates, key=lambda pair: tuple(sorted((self.ids[pair[0]], self.ids[pair[1]])))):
            first_id, second_id = sorted((self.ids[a], self.ids[b]))
            if (first_id, second_id) in exact_pairs:
                continue
            estimate = sum(x == y for x, y in zip(self._signature(a), self._signature(b))) / NUM_HASHES
            if estimate >= NEAR_DUPLICATE_JACCARD:
                found.append((first_id, second_id, round(estimate, 3)))
        return found


def _groups(keys: array, values) -> list[list[int]]:
    """The values whose keys are equal, for every key held more than once (sorted, not hashed,
    so the memory is two arrays, not an object per key)."""
    import numpy as np

    if len(keys) < 2:
        return []
    keys = np.frombuffer(keys, dtype=np.uint64) if isinstance(keys, array) else np.asarray(keys, dtype=np.uint64)
    values = np.asarray(values)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    repeated = np.flatnonzero(ordered[1:] == ordered[:-1])  # position i equals position i + 1
    groups, current, last = [], [], None
    for i in repeated.tolist():
        if i != last:
            if current:
                groups.append(current)
            current = [int(values[order[i]])]
        current.append(int(values[order[i + 1]]))
        last = i + 1
    if current:
        groups.append(current)
    return groups
