"""Finding exact and near-duplicate documents, for the build report.

Near duplicates are found with MinHash signatures over word 5-gram shingles and locality
sensitive hashing (as in Broder 1997 and the deduplication of C4 and The Pile): documents whose
signatures agree on any band are compared, and pairs whose estimated Jaccard similarity is at
least NEAR_DUPLICATE_JACCARD are reported. Memory grows with the number of documents by about
150 bytes each (see DuplicateFinder), never with their length.
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

    In memory, about 150 bytes a document: its id, a 64-bit key of its exact text and one 64-bit
    key per LSH band, in flat arrays. The signatures themselves (512 bytes each) go to an
    unnamed temporary file and are read back only for candidate pairs. Pairs are found at the
    end by sorting the band keys and are checked group by group, so even a corpus where many
    documents share bands never holds a set of all its candidate pairs.
    """

    SIGNATURE_BYTES = NUM_HASHES * 8

    def __init__(self):
        self.ids: list[str] = []
        self.exact_keys = array("Q")
        self.band_keys = array("Q")  # BANDS keys per signature, in the order of the signatures
        self.signature_docs = array("I")  # the document of each signature
        self._signatures = None

    def add(self, doc_id: str, text: str) -> None:
        self.add_fingerprint(doc_id, *fingerprint(text))

    def add_fingerprint(self, doc_id: str, text_sha256: str, sig: tuple[int, ...] | None) -> None:
        """Record a document by its fingerprint, computed wherever the text is (a worker)."""
        number = len(self.ids)
        self.ids.append(doc_id)
        self.exact_keys.append(int(text_sha256[:16], 16))
        if sig is None:
            return
        packed = array("Q", sig).tobytes()
        if self._signatures is None:
            self._signatures = tempfile.TemporaryFile(prefix="succession-signatures-")
        self._signatures.seek(len(self.signature_docs) * self.SIGNATURE_BYTES)
        self._signatures.write(packed)
        self.signature_docs.append(number)
        width = len(packed) // BANDS
        for band in range(BANDS):
            key = hashlib.blake2b(bytes([band]) + packed[band * width : (band + 1) * width], digest_size=8).digest()
            self.band_keys.append(int.from_bytes(key, "big"))

    def _signature(self, slot: int) -> array:
        self._signatures.seek(slot * self.SIGNATURE_BYTES)
        return array("Q", self._signatures.read(self.SIGNATURE_BYTES))

    def exact_duplicates(self) -> list[list[str]]:
        return sorted(sorted(self.ids[n] for n in group) for group in _equal_runs(self.exact_keys))

    def near_duplicates(self) -> list[tuple[str, str, float]]:
        """(id, id, estimated Jaccard) for similar pairs that are not exact copies."""
        exact_pairs = {(a, b) for group in self.exact_duplicates() for a in group for b in group}
        found = []
        for run in _equal_runs(self.band_keys):
            band = run[0] % BANDS
            slots = sorted(position // BANDS for position in run)
            signatures: dict[int, array] = {}
            for i, a in enumerate(slots):
                for b in slots[i + 1 :]:
                    # A pair sharing several bands is checked in the first of them only.
                    if any(self.band_keys[a * BANDS + k] == self.band_keys[b * BANDS + k] for k in range(band)):
                        continue
                    first, second = sorted((self.ids[self.signature_docs[a]], self.ids[self.signature_docs[b]]))
                    if (first, second) in exact_pairs:
                        continue
                    for slot in (a, b):
                        if slot not in signatures:
                            signatures[slot] = self._signature(slot)
                    estimate = sum(x == y for x, y in zip(signatures[a], signatures[b])) / NUM_HASHES
                    if estimate >= NEAR_DUPLICATE_JACCARD:
                        found.append((first, second, round(estimate, 3)))
        return sorted(found)


def _equal_runs(keys: array) -> list[list[int]]:
    """The positions of equal keys, for every key held more than once (found by sorting, so the
    memory is a few arrays, not an object per key)."""
    import numpy as np

    if len(keys) < 2:
        return []
    values = np.frombuffer(keys, dtype=np.uint64)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.concatenate((starts[1:], [len(ordered)]))
    return [order[start:end].tolist() for start, end in zip(starts.tolist(), ends.tolist()) if end - start > 1]
