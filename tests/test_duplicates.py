"""Duplicate detection: the compact finder reports exactly what comparing every pair would."""

import random
from itertools import combinations

from succession.duplicates import NEAR_DUPLICATE_JACCARD, NUM_HASHES, DuplicateFinder, fingerprint

WORDS = "the party congress opposition central committee stalin trotsky zinoviev kamenev bukharin moscow petrograd".split()


def corpus(seed: int = 7, n: int = 60) -> dict[str, str]:
    rng = random.Random(seed)
    bases = [" ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(120)) for _ in range(12)]
    docs = {}
    for i in range(n):
        words = rng.choice(bases).split()
        for _ in range(rng.choice((0, 0, 1, 3, 40))):  # copies, light edits, heavy edits
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        docs[f"doc-{i:03d}"] = " ".join(words)
    docs["short"] = "too short"  # no signature
    return docs


def brute_force(docs: dict[str, str]):
    prints = {doc_id: fingerprint(text) for doc_id, text in docs.items()}
    exact: dict[str, list[str]] = {}
    for doc_id, (digest, _) in prints.items():
        exact.setdefault(digest, []).append(doc_id)
    exact_groups = sorted(sorted(ids) for ids in exact.values() if len(ids) > 1)
    exact_pairs = {(a, b) for group in exact_groups for a in group for b in group}
    near = []
    for a, b in combinations(sorted(docs), 2):
        sa, sb = prints[a][1], prints[b][1]
        if sa is None or sb is None or (a, b) in exact_pairs:
            continue
        estimate = sum(x == y for x, y in zip(sa, sb)) / NUM_HASHES
        if estimate >= NEAR_DUPLICATE_JACCARD:
            near.append((a, b, round(estimate, 3)))
    return exact_groups, near


def test_the_finder_reports_what_comparing_every_pair_reports():
    docs = corpus()
    finder = DuplicateFinder()
    for doc_id, text in docs.items():
        finder.add(doc_id, text)
    exact, near = brute_force(docs)
    assert exact and near  # the corpus has both kinds
    assert finder.exact_duplicates() == exact
    # LSH may in principle miss a pair at the threshold; at these similarities it finds them all
    assert finder.near_duplicates() == near


def test_memory_is_a_few_hundred_bytes_a_document():
    finder = DuplicateFinder()
    for doc_id, text in corpus(n=200).items():
        finder.add(doc_id, text)
    arrays = sum(a.itemsize * len(a) for a in (finder.exact_keys, finder.band_keys, finder.signature_docs))
    assert arrays / len(finder.ids) <= 150  # the signatures themselves are in a temporary file
