"""Whatever text comes in, cleaning and annotation do not crash, every offset is valid, and
nothing outside the recorded removals is lost."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from succession.clean import clean, restore_raw
from succession.pipeline import annotate_documents, clean_document
from succession.data import Document
from succession.validate import record_problems
from succession.record import to_record

# Prose-like pieces, markup, quotes, control characters and odd Unicode, mixed at random.
PIECES = st.sampled_from(
    [
        "Trotsky wrote: ", "“It was a real conspiracy.”", '"', "‘", "’", "[1]", "\n", "\n\n", "\r\n", "\r",
        "In January 1924 Lenin died. ", "the following year", "Zinov'ev", "<p>", "</div>", "&nbsp;", "\x00",
        "\x07", "\u00a0", "\ufeff", "\u200b", "Ã©", "â€™", "Share this Article\nFacebook\n", "Search\n",
        "Politburo ", "559 to 65 ", "p. 505", "—", " . . . ", "Ibid., p. 155.", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﬁ", "Å", "é",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join))


@pytest.fixture(scope="module")
def annotator():
    from succession.entities import EntityAnnotator

    return EntityAnnotator()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaning_loses_nothing_outside_its_removals(raw):
    cleaned = clean(raw)
    assert restore_raw(cleaned.text, cleaned.removals) == raw


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TEXTS, st.sampled_from(["news", "narrative"]), st.sampled_from([None, "1997-04-28", "1924"]))
def test_annotated_records_are_always_valid(annotator, raw, genre, published):
    metadata = {
        "id": "doc", "title": None, "publisher": None, "authors": None, "date_published": published, "url": None,
        "language": "en", "rights": "unknown", "series": None, "notes": None, "genre": genre,
    }
    doc = clean_document(Document(id="doc", raw_text=raw, metadata=metadata, source_sha256="0" * 64))
    [doc] = annotate_documents([doc], annotator)
    doc.split = "train"
    assert record_problems(to_record(doc)) == []
