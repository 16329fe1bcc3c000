import json

import pytest

from succession.entities import (
    ENTITY_LABELS,
    EntityAnnotator,
    label_consistency,
    load_entity_table,
    normalise_name,
    trim_span,
)
from succession.data import EntityMention
from succession.errors import InputError


@pytest.fixture(scope="module")
def annotator():
    return EntityAnnotator()


def mentions_by_text(mentions):
    return {m.text: m for m in mentions}


def test_spelling_variants_share_one_canonical_id(annotator):
    text = "Zinoviev and Kamenev broke with Stalin. Later Zinov'ev and Zinov’ev recanted.\n\nPetrograd was renamed Leningrad."
    found = mentions_by_text(annotator(text))
    assert found["Zinoviev"].entity_id == found["Zinov'ev"].entity_id == found["Zinov’ev"].entity_id == "zinoviev"
    assert found["Petrograd"].entity_id == found["Leningrad"].entity_id == "petrograd"
    assert found["Kamenev"].label == "PERSON"


def test_table_corrects_the_models_type_and_the_model_finds_the_rest(annotator):
    text = "In 1926 Bukharin met Harold Macmillan of the Conservative Party in London."
    found = mentions_by_text(annotator(text))
    assert found["Bukharin"].label == "PERSON" and found["Bukharin"].entity_id == "bukharin"
    assert found["Bukharin"].annotator == "entity_table.v1"
    assert found["London"].label == "GPE" and found["London"].entity_id is None
    assert "1926" not in found  # dates are their own layer


def test_no_numbers_or_dates_are_entities(annotator):
    text = "The congress voted 559 to 65 on 18 December 1925, and 10,000 members, a third of them, left."
    labels = {m.label for m in annotator(text)}
    assert labels <= set(ENTITY_LABELS)
    assert not {m.text for m in annotator(text)} & {"559", "65", "10,000", "a third", "18 December 1925"}


def test_mentions_never_cross_paragraphs_and_keep_offsets(annotator):
    text = "The Revolution Betrayed\n\nTrotsky wrote it in Norway."
    for m in annotator(text):
        assert text[m.start : m.end] == m.text
        assert "\n" not in m.text


def test_article_belongs_to_bodies_but_not_to_modifying_place_names(annotator):
    text = "The Moscow leadership overruled the Politburo and the USSR."
    found = mentions_by_text(annotator(text))
    assert "Moscow" in found and "the Moscow" not in found
    assert "the Politburo" in found and "the USSR" in found


def test_hyphenated_prefix_is_not_the_entity(annotator):
    found = mentions_by_text(annotator("The anti-Stalinist workers marched."))
    assert "Stalinist" not in found
    assert found.get("anti-Stalinist") is None or found["anti-Stalinist"].entity_id is None


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("the “Left Opposition”", "the “Left Opposition", "Left Opposition"),
        ("Lenin’s testament", "Lenin’s", "Lenin"),
        ("The Degenerated Workers’ State", "The Degenerated Workers’ State", "The Degenerated Workers’ State"),
        ("Trotsky went to the U.S.", "U.S.", "U.S."),
        ("He met Stalin.", "Stalin.", "Stalin"),
        ("the Joint Opposition – Trotsky, Zinoviev", "the Joint Opposition – Trotsky", "the Joint Opposition"),
    ],
)
def test_trim_span(text, span, expected):
    start = text.index(span)
    s, e = trim_span(text, start, start + len(span))
    assert text[s:e] == expected


def test_label_consistency_uses_full_person_names():
    mk = lambda t, s, label: EntityMention(s, s + len(t), t, label, None, "ner.x")
    mentions = [mk("Lev Sedova", 0, "PERSON"), mk("Sedova", 20, "GPE"), mk("Kharkov", 40, "GPE"), mk("Kharkov", 60, "PERSON"), mk("Kharkov", 80, "GPE")]
    fixed = label_consistency(mentions)
    assert [m.label for m in fixed] == ["PERSON", "PERSON", "GPE", "GPE", "GPE"]


def test_entity_table_rejects_an_alias_naming_two_entities(tmp_path):
    table = {"version": 1, "entities": [
        {"id": "a", "name": "Alpha", "type": "PERSON", "aliases": ["Al"]},
        {"id": "b", "name": "Beta", "type": "PERSON", "aliases": ["Al"]},
    ]}
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(InputError, match="already names 'a'"):
        load_entity_table(path)


def test_entity_table_schema_errors_point_at_the_entry(tmp_path):
    path = tmp_path / "entities.json"
    path.write_text(json.dumps({"version": 1, "entities": [{"id": "Bad Id", "name": "X", "type": "PERSON", "aliases": []}]}), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_entity_table(path)
    assert error.value.problems[0].pointer == "/entities/0/id"


def test_shipped_table_is_valid_and_normalises_apostrophes():
    table = load_entity_table()
    assert len(table.entries) > 50
    assert normalise_name("the Zinov’ev") == normalise_name("Zinov'ev")
