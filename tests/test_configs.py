"""The tokens, quotations and entities configs: each loads with its declared features and agrees
with the documents it comes from."""

from collections import Counter

import pytest
from datasets import load_dataset

from succession.configs import NER_TAGS, TIMEX_TAGS, sentences, token_rows
from succession.record import FEATURES, SPLITS


@pytest.fixture(scope="module")
def loaded(release):
    return {name: load_dataset(str(release), name) for name in ("documents", "tokens", "quotations", "entities")}


def labels(row, layer, key):
    feature = FEATURES[layer].feature[key]
    return [dict(span, **{key: feature.int2str(span[key])}) for span in row[layer]]


def test_every_config_loads_with_its_features(loaded):
    from succession.configs import CONFIGS

    for name, features in CONFIGS.items():
        for split in loaded[name]:
            assert loaded[name][split].features == features
    assert sorted(loaded["tokens"]) == sorted(SPLITS) == sorted(loaded["quotations"])
    assert list(loaded["entities"]) == ["table"]


def test_tokens_rebuild_every_document_exactly(loaded):
    by_doc = {}
    for split in SPLITS:
        for row in loaded["tokens"][split]:
            by_doc.setdefault(row["doc_id"], []).append(row)
    for split in SPLITS:
        for doc in loaded["documents"][split]:
            rows = sorted(by_doc[doc["id"]], key=lambda r: r["sentence"])
            assert [r["sentence"] for r in rows] == list(range(len(rows)))
            rebuilt = "".join(tok + ws for r in rows for tok, ws in zip(r["tokens"], r["whitespace"]))
            assert rebuilt == doc["text"]
            for r in rows:
                for token, offset in zip(r["tokens"], r["offsets"]):
                    assert doc["text"][offset : offset + len(token)] == token


def test_bio_tags_agree_with_the_document_spans(loaded):
    ner = loaded["tokens"]["train"].features["ner_tags"].feature
    timex = loaded["tokens"]["train"].features["timex_tags"].feature
    for split in SPLITS:
        tokens = {}
        for row in loaded["tokens"][split]:
            tokens.setdefault(row["doc_id"], []).append(row)
        for doc in loaded["documents"][split]:
            starts = {}
            for row in tokens[doc["id"]]:
                for offset, tag in zip(row["offsets"], row["ner_tags"]):
                    starts[offset] = ner.int2str(tag)
            for span in labels(doc, "entities", "label"):
                assert starts[span["start"]] == f"B-{span['label']}"
            date_starts = {o: timex.int2str(t) for row in tokens[doc["id"]] for o, t in zip(row["offsets"], row["timex_tags"])}
            for span in labels(doc, "dates", "type"):
                assert date_starts[span["start"]] == f"B-{span['type']}"


def test_quotation_rows_match_the_documents(loaded):
    expected = Counter()
    for split in SPLITS:
        for doc in loaded["documents"][split]:
            expected[doc["id"]] += len(doc["quotations"])
            for row in loaded["quotations"][split].filter(lambda r: r["doc_id"] == doc["id"]):
                assert row["text"] in row["context"] and doc["text"][row["start"] : row["end"]] == row["text"]
                assert row["date_published"] == doc["date_published"]
    found = Counter(row["doc_id"] for split in SPLITS for row in loaded["quotations"][split])
    assert found == +expected


def test_entity_table_counts_mentions_per_split(loaded):
    counted = {split: Counter() for split in SPLITS}
    for split in SPLITS:
        for doc in loaded["documents"][split]:
            counted[split].update(span["entity_id"] for span in doc["entities"] if span["entity_id"])
    rows = {row["id"]: row for row in loaded["entities"]["table"]}
    assert rows["trotsky"]["name"] == "Leon Trotsky"
    for split in SPLITS:
        assert {i: r["mentions"][split] for i, r in rows.items() if r["mentions"][split]} == dict(counted[split])


@pytest.mark.parametrize(
    "text",
    ["Title\n\nFirst sentence. Second one!\n\n“Quoted.” He said.", "One.\nTwo\n\n\nThree", "x", "Trailing space. "],
)
def test_sentences_cover_the_text_and_end_at_paragraph_breaks(text):
    parts = ["".join(t.text + t.whitespace_ for t in s) for s in sentences(text)]
    assert "".join(parts) == text
    assert all(not part.strip() == "" for part in parts)


def test_a_span_off_token_boundaries_is_reported():
    record = {
        "id": "d", "text": "Trotskyism and Trotsky.",
        "entities": [{"start": 0, "end": 7, "text": "Trotsky", "label": "PERSON"}, {"start": 15, "end": 22, "text": "Trotsky", "label": "PERSON"}],
        "dates": [],
    }
    rows, misaligned = token_rows(record)
    assert [m["start"] for m in misaligned] == [0]
    assert rows[0]["ner_tags"] == ["O", "O", "B-PERSON", "O"]
    assert set(NER_TAGS) >= set(rows[0]["ner_tags"]) and TIMEX_TAGS[0] == "O"
