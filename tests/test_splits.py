from succession.splits import SPLIT_SHARES, assign_split, hashed_split


def test_split_is_a_function_of_the_key_alone():
    ids = [f"doc-{i}" for i in range(2000)]
    first = {i: hashed_split(i) for i in ids}
    # adding documents never moves one already there
    more = {i: hashed_split(i) for i in ids + [f"new-{i}" for i in range(500)]}
    assert all(more[i] == first[i] for i in ids)


def test_split_shares_are_close_to_the_targets():
    counts = {}
    for i in range(20000):
        split = hashed_split(f"doc-{i}")
        counts[split] = counts.get(split, 0) + 1
    for split, share in SPLIT_SHARES:
        assert abs(counts[split] / 20000 - share) < 0.01


def test_pinned_split_wins_and_series_keeps_siblings_together():
    assert assign_split("x", {"split": "test", "series": None}) == "test"
    siblings = [assign_split(f"chapter-{i}", {"series": "One Book"}) for i in range(20)]
    assert len(set(siblings)) == 1
