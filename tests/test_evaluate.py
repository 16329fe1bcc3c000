"""Scoring against gold: every expected number below is computed by hand in the comments."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from succession.evaluate import EvaluationError, format_report, score

# ---------------------------------------------------------------- building lines

NAMES = "Trotsky met Stalin and Zinoviev in Moscow."
#        0      7   11    18  22       31 34     41


def at(text, phrase, occurrence=0):
    """(start, end) of the n-th occurrence of phrase in text."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def entity(text, start, end, label="PERSON", entity_id=None):
    return {"start": start, "end": end, "text": text[start:end], "label": label, "entity_id": entity_id, "annotator": "test.v1"}


def date(text, start, end, type="DATE", value=None, first_day=None, last_day=None):
    return {"start": start, "end": end, "text": text[start:end], "type": type, "value": value, "mod": None, "first_day": first_day, "last_day": last_day, "annotator": "test.v1"}


def quotation(text, start, end, kind="direct", speaker=None, speaker_id=None, source=None):
    return {"start": start, "end": end, "text": text[start:end], "kind": kind, "speaker": speaker, "speaker_id": speaker_id, "source": source, "annotator": "test.v1"}


def line(doc_id, text, **layers):
    """A line in annotate format; layers not given are omitted (not annotated)."""
    return {"id": doc_id, "text": text, **layers}


def predicted_line(doc_id, text, entities=(), dates=(), quotations=()):
    """A prediction always has every layer, as annotate_lines makes it."""
    return {"id": doc_id, "text": text, "entities": list(entities), "dates": list(dates), "quotations": list(quotations)}


def prf(report_part):
    return (report_part["precision"], report_part["recall"], report_part["f1"])


def counts(report_part):
    return (report_part["tp"], report_part["fp"], report_part["fn"])


# ---------------------------------------------------------------- entities


def test_entities_exact_match_and_overlap_with_wrong_label():
    trotsky, stalin, moscow = at(NAMES, "Trotsky"), at(NAMES, "Stalin"), at(NAMES, "Moscow")
    gold = [line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *stalin), entity(NAMES, *moscow, label="GPE")])]
    # Trotsky exact and right; "Stalin and" overlaps Stalin but says ORG.
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *at(NAMES, "Stalin and"), label="ORG")])]
    report = score(gold, predicted)["entities"]
    # 3 gold, 2 predicted, 1 match (the label is part of the match, strict and relaxed alike):
    # P = 1/2, R = 1/3, F1 = 2*1 / (2*1 + 1 + 2) = 0.4.
    assert counts(report["strict"]) == (1, 1, 2)
    assert prf(report["strict"]) == (0.5, 0.3333, 0.4)
    assert counts(report["relaxed"]) == (1, 1, 2)
    assert prf(report["relaxed"]) == (0.5, 0.3333, 0.4)
    assert report["documents"] == 1


def test_entities_overlap_with_right_label_is_relaxed_only():
    trotsky, stalin, moscow = at(NAMES, "Trotsky"), at(NAMES, "Stalin"), at(NAMES, "Moscow")
    gold = [line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *stalin), entity(NAMES, *moscow, label="GPE")])]
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *at(NAMES, "Stalin and"))])]
    report = score(gold, predicted)["entities"]
    # strict: only Trotsky -> tp 1, fp 1, fn 2 -> P 0.5, R 0.3333, F1 0.4
    assert counts(report["strict"]) == (1, 1, 2)
    # relaxed: Trotsky and Stalin -> tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 4/5
    assert counts(report["relaxed"]) == (2, 0, 1)
    assert prf(report["relaxed"]) == (1.0, 0.6667, 0.8)


def test_entities_per_label():
    trotsky, stalin, moscow = at(NAMES, "Trotsky"), at(NAMES, "Stalin"), at(NAMES, "Moscow")
    gold = [line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *stalin), entity(NAMES, *moscow, label="GPE")])]
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *trotsky), entity(NAMES, *at(NAMES, "Stalin and"), label="ORG")])]
    per_label = score(gold, predicted)["entities"]["per_label"]
    assert list(per_label) == ["GPE", "ORG", "PERSON"]  # labels seen on either side, sorted
    # PERSON: Trotsky found, Stalin missed -> tp 1, fp 0, fn 1 -> P 1, R 1/2, F1 2/3
    assert counts(per_label["PERSON"]["strict"]) == (1, 0, 1)
    assert prf(per_label["PERSON"]["strict"]) == (1.0, 0.5, 0.6667)
    assert prf(per_label["PERSON"]["relaxed"]) == (1.0, 0.5, 0.6667)
    # ORG: one wrong prediction, no gold -> P 0/1; recall 0/0 with a prediction -> 0.0
    assert counts(per_label["ORG"]["relaxed"]) == (0, 1, 0)
    assert prf(per_label["ORG"]["relaxed"]) == (0.0, 0.0, 0.0)
    # GPE: Moscow missed, nothing predicted -> P 0/0 with gold present -> 0.0
    assert counts(per_label["GPE"]["strict"]) == (0, 0, 1)
    assert prf(per_label["GPE"]["strict"]) == (0.0, 0.0, 0.0)


def test_two_predictions_on_one_gold_give_one_tp_and_one_fp_largest_overlap_wins():
    stalin = at(NAMES, "Stalin")
    gold = [line("a", NAMES, entities=[entity(NAMES, *stalin, entity_id="stalin")])]
    # "Sta" overlaps by 3, "Stalin and" by 6: the larger overlap is the match, although listed second.
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *at(NAMES, "Sta"), entity_id="wrong"), entity(NAMES, *at(NAMES, "Stalin and"), entity_id="stalin")])]
    report = score(gold, predicted)["entities"]
    assert counts(report["relaxed"]) == (1, 1, 0)  # P 1/2, R 1, F1 2/3
    assert prf(report["relaxed"]) == (0.5, 1.0, 0.6667)
    assert counts(report["strict"]) == (0, 2, 1)
    # The entity id is scored on the chosen match: the larger overlap, whose id is right.
    assert report["entity_id_accuracy"] == {"accuracy": 1.0, "correct": 1, "total": 1}


def test_on_equal_overlap_the_exact_extent_wins():
    stalin = at(NAMES, "Stalin")
    gold = [line("a", NAMES, entities=[entity(NAMES, *stalin, entity_id="stalin")])]
    # " Stalin " contains the gold span: overlap 6, like the exact span; exact is preferred.
    around = (stalin[0] - 1, stalin[1] + 1)
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *around, entity_id="wrong"), entity(NAMES, *stalin, entity_id="stalin")])]
    report = score(gold, predicted)["entities"]
    assert counts(report["strict"]) == (1, 1, 0)
    assert counts(report["relaxed"]) == (1, 1, 0)
    assert report["entity_id_accuracy"]["correct"] == 1


def test_one_prediction_over_two_gold_spans_matches_one():
    gold = [line("a", NAMES, entities=[entity(NAMES, *at(NAMES, "Trotsky")), entity(NAMES, *at(NAMES, "Stalin"))])]
    # "Trotsky met Stalin" overlaps Trotsky by 7 and Stalin by 6: it matches Trotsky only.
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *at(NAMES, "Trotsky met Stalin"))])]
    report = score(gold, predicted)["entities"]
    assert counts(report["relaxed"]) == (1, 0, 1)  # P 1, R 1/2, F1 2/3
    assert prf(report["relaxed"]) == (1.0, 0.5, 0.6667)


def test_entity_id_accuracy_counts_only_gold_with_an_id():
    trotsky, stalin, moscow = at(NAMES, "Trotsky"), at(NAMES, "Stalin"), at(NAMES, "Moscow")
    gold = [line("a", NAMES, entities=[entity(NAMES, *trotsky, entity_id="trotsky"), entity(NAMES, *stalin, entity_id="stalin"), entity(NAMES, *moscow, label="GPE")])]
    predicted = [
        predicted_line(
            "a",
            NAMES,
            entities=[entity(NAMES, *trotsky, entity_id="trotsky"), entity(NAMES, *stalin), entity(NAMES, *moscow, label="GPE", entity_id="moscow")],
        )
    ]
    # Trotsky right, Stalin wrong (None), Moscow not counted (gold id null) -> 1/2.
    assert score(gold, predicted)["entities"]["entity_id_accuracy"] == {"accuracy": 0.5, "correct": 1, "total": 2}


def test_micro_average_sums_counts_over_documents():
    trotsky = at(NAMES, "Trotsky")
    other = "Kamenev, Bukharin and Rykov."
    gold = [
        line("a", NAMES, entities=[entity(NAMES, *trotsky)]),
        line("b", other, entities=[entity(other, *at(other, name)) for name in ("Kamenev", "Bukharin", "Rykov")]),
    ]
    predicted = [predicted_line("a", NAMES, entities=[entity(NAMES, *trotsky)]), predicted_line("b", other)]
    report = score(gold, predicted)["entities"]
    # tp 1, fp 0, fn 3: R = 1/4 (a macro average would say 1/2); F1 = 2 / (2 + 3) = 0.4
    assert counts(report["strict"]) == (1, 0, 3)
    assert prf(report["strict"]) == (1.0, 0.25, 0.4)
    assert report["documents"] == 2


# ---------------------------------------------------------------- dates

DATES = "In 1924 Lenin died; by spring 1925 and for three years the fight went on."


def dates_case():
    gold = [
        line(
            "d",
            DATES,
            dates=[
                date(DATES, *at(DATES, "1924"), value="1924", first_day="1924-01-01", last_day="1924-12-31"),
                date(DATES, *at(DATES, "spring 1925"), value="1925-SP", first_day="1925-03-01", last_day="1925-05-31"),
                date(DATES, *at(DATES, "three years"), type="DURATION", value="P3Y"),
            ],
        )
    ]
    predicted = [
        predicted_line(
            "d",
            DATES,
            dates=[
                # exact, everything right
                date(DATES, *at(DATES, "1924"), value="1924", first_day="1924-01-01", last_day="1924-12-31"),
                # overlaps "spring 1925"; wrong value and wrong days
                date(DATES, *at(DATES, "1925"), value="1925", first_day="1925-01-01", last_day="1925-12-31"),
                # overlaps "three years"; right value but typed DATE
                date(DATES, *at(DATES, "for three years"), value="P3Y"),
                # nothing in the gold
                date(DATES, *at(DATES, "the fight")),
            ],
        )
    ]
    return gold, predicted


def test_dates_strict_and_relaxed_extent():
    report = score(*dates_case())["dates"]
    # 3 gold, 4 predicted. strict: only 1924 -> tp 1, fp 3, fn 2: P 1/4, R 1/3, F1 2/7
    assert counts(report["strict"]) == (1, 3, 2)
    assert prf(report["strict"]) == (0.25, 0.3333, 0.2857)
    # relaxed (extent only, the type does not count): 3 matches -> tp 3, fp 1, fn 0: P 3/4, R 1, F1 6/7
    assert counts(report["relaxed"]) == (3, 1, 0)
    assert prf(report["relaxed"]) == (0.75, 1.0, 0.8571)


def test_dates_attribute_accuracies_and_value_f1():
    report = score(*dates_case())["dates"]
    # over the 3 relaxed matches: the type is wrong for "for three years" -> 2/3
    assert report["type_accuracy"] == {"accuracy": 0.6667, "correct": 2, "total": 3}
    # value right for 1924 and P3Y, wrong for 1925 vs 1925-SP -> 2/3
    assert report["value_accuracy"] == {"accuracy": 0.6667, "correct": 2, "total": 3}
    # value F1: tp 2, fp 4 - 2 = 2, fn 3 - 2 = 1 -> P 1/2, R 2/3, F1 4/7
    assert counts(report["value_f1"]) == (2, 2, 1)
    assert prf(report["value_f1"]) == (0.5, 0.6667, 0.5714)
    # gold first_day set for 1924 (right) and spring 1925 (wrong); the duration has none -> 1/2
    assert report["first_last_day_accuracy"] == {"accuracy": 0.5, "correct": 1, "total": 2}


def test_dates_per_type():
    per_label = score(*dates_case())["dates"]["per_label"]
    assert list(per_label) == ["DATE", "DURATION"]
    # relaxed DATE: tp 2 (1924, spring 1925); fp 2 ("for three years" typed DATE, "the fight"); fn 0
    # -> P 1/2, R 1, F1 2/3
    assert counts(per_label["DATE"]["relaxed"]) == (2, 2, 0)
    assert prf(per_label["DATE"]["relaxed"]) == (0.5, 1.0, 0.6667)
    # relaxed DURATION: the gold duration's match has the wrong type -> fn 1, nothing predicted
    assert counts(per_label["DURATION"]["relaxed"]) == (0, 0, 1)
    # strict DATE: only 1924 -> tp 1, fp 3, fn 1 -> P 1/4, R 1/2, F1 2/6
    assert counts(per_label["DATE"]["strict"]) == (1, 3, 1)
    assert prf(per_label["DATE"]["strict"]) == (0.25, 0.5, 0.3333)


def test_null_value_equals_null_value():
    gold = [line("d", DATES, dates=[date(DATES, *at(DATES, "the fight"), value=None)])]
    predicted = [predicted_line("d", DATES, dates=[date(DATES, *at(DATES, "the fight"), value=None)])]
    report = score(gold, predicted)["dates"]
    assert report["value_accuracy"]["correct"] == 1
    assert counts(report["value_f1"]) == (1, 0, 0)


# ---------------------------------------------------------------- quotations

QUOTES = 'Trotsky said "we will win" and Stalin wrote "never" [1] while Lenin called it "the apparatus".'


def quotations_case():
    gold = [
        line(
            "q",
            QUOTES,
            quotations=[
                quotation(QUOTES, *at(QUOTES, '"we will win"'), speaker="Trotsky", speaker_id="trotsky"),
                quotation(QUOTES, *at(QUOTES, '"never"'), speaker="J. Stalin", source={"marker": "1", "text": "Stalin,  Works,\nvol. 6"}),
                quotation(QUOTES, *at(QUOTES, '"the apparatus"'), kind="term"),
            ],
        )
    ]
    predicted = [
        predicted_line(
            "q",
            QUOTES,
            quotations=[
                # exact; a different name but the same id: right, the id decides
                quotation(QUOTES, *at(QUOTES, '"we will win"'), speaker="Lev Trotsky", speaker_id="trotsky"),
                # overlapping (without the marks); gold id is null, so the normalised string decides
                quotation(QUOTES, *at(QUOTES, "never"), speaker=" j.  STALIN ", speaker_id="stalin", source={"marker": "1", "text": "Stalin, Works, vol. 6"}),
                # exact, but the wrong kind; gold has no speaker so the speaker is not scored
                quotation(QUOTES, *at(QUOTES, '"the apparatus"'), kind="direct", speaker="Lenin"),
            ],
        )
    ]
    return gold, predicted


def test_quotations_extent_kind_speaker_source():
    report = score(*quotations_case())["quotations"]
    # strict: 2 exact of 3 -> tp 2, fp 1, fn 1 -> P = R = F1 = 2/3
    assert counts(report["strict"]) == (2, 1, 1)
    assert prf(report["strict"]) == (0.6667, 0.6667, 0.6667)
    # relaxed: all 3 (the kind is not part of the match)
    assert counts(report["relaxed"]) == (3, 0, 0)
    assert prf(report["relaxed"]) == (1.0, 1.0, 1.0)
    # speaker: 2 gold quotations have a speaker, both right (one by id, one by string)
    assert report["speaker_accuracy"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    # kind: "the apparatus" is term in gold, direct predicted -> 2/3
    assert report["kind_accuracy"] == {"accuracy": 0.6667, "correct": 2, "total": 3}
    # source: one gold source, same marker, same text after whitespace normalisation -> 1/1
    assert report["source_accuracy"] == {"accuracy": 1.0, "correct": 1, "total": 1}


def test_quotations_per_kind():
    per_label = score(*quotations_case())["quotations"]["per_label"]
    # relaxed direct: tp 2, fp 1 (the term predicted as direct), fn 0 -> P 2/3, R 1, F1 0.8
    assert counts(per_label["direct"]["relaxed"]) == (2, 1, 0)
    assert prf(per_label["direct"]["relaxed"]) == (0.6667, 1.0, 0.8)
    # relaxed term: missed -> 0, 0, 0
    assert counts(per_label["term"]["relaxed"]) == (0, 0, 1)
    assert prf(per_label["term"]["relaxed"]) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("gold_speaker", "predicted_speaker", "right"),
    [
        (("Trotsky", "trotsky"), ("Trotsky", None), False),  # gold id set: the string alone is not enough
        (("Trotsky", "trotsky"), ("Leon Trotsky", "trotsky"), True),
        (("Trotsky", None), ("  TROTSKY\n", None), True),  # casefold, strip
        (("Leon  Trotsky", None), ("Leon Trotsky", "trotsky"), True),  # spaces collapsed
        (("Trotsky", None), ("Zinoviev", None), False),
        (("Trotsky", None), (None, None), False),
    ],
)
def test_speaker_by_id_else_by_normalised_name(gold_speaker, predicted_speaker, right):
    extent = at(QUOTES, '"we will win"')
    gold = [line("q", QUOTES, quotations=[quotation(QUOTES, *extent, speaker=gold_speaker[0], speaker_id=gold_speaker[1])])]
    predicted = [predicted_line("q", QUOTES, quotations=[quotation(QUOTES, *extent, speaker=predicted_speaker[0], speaker_id=predicted_speaker[1])])]
    assert score(gold, predicted)["quotations"]["speaker_accuracy"] == {"accuracy": 1.0 if right else 0.0, "correct": int(right), "total": 1}


@pytest.mark.parametrize(
    ("predicted_source", "right"),
    [
        ({"marker": "1", "text": " Stalin, Works, vol. 6 "}, True),
        ({"marker": "2", "text": "Stalin, Works, vol. 6"}, False),  # wrong marker
        ({"marker": "1", "text": "stalin, works, vol. 6"}, False),  # case is kept
        ({"marker": "1", "text": None}, False),
        (None, False),
    ],
)
def test_source_accuracy(predicted_source, right):
    extent = at(QUOTES, '"never"')
    gold = [line("q", QUOTES, quotations=[quotation(QUOTES, *extent, source={"marker": "1", "text": "Stalin, Works, vol. 6"})])]
    predicted = [predicted_line("q", QUOTES, quotations=[quotation(QUOTES, *extent, source=predicted_source)])]
    assert score(gold, predicted)["quotations"]["source_accuracy"] == {"accuracy": 1.0 if right else 0.0, "correct": int(right), "total": 1}


# ---------------------------------------------------------------- layers, edge cases, errors


def test_omitted_layer_is_not_scored_but_empty_layer_is():
    stray_date = date(NAMES, *at(NAMES, "Moscow"))
    predicted = [predicted_line("a", NAMES, dates=[stray_date])]
    # "dates" absent from the gold: not annotated, so the stray prediction does not count.
    omitted = score([line("a", NAMES, entities=[], quotations=[])], predicted)["dates"]
    assert omitted["documents"] == 0
    assert counts(omitted["relaxed"]) == (0, 0, 0)
    assert prf(omitted["relaxed"]) == (1.0, 1.0, 1.0)
    # "dates": [] in the gold: annotated and empty, so the prediction is a false positive.
    empty = score([line("a", NAMES, entities=[], dates=[], quotations=[])], predicted)["dates"]
    assert empty["documents"] == 1
    assert counts(empty["relaxed"]) == (0, 1, 0)
    assert prf(empty["relaxed"]) == (0.0, 0.0, 0.0)


def test_nothing_to_find_and_nothing_found_is_perfect():
    gold = [line("a", NAMES, entities=[], dates=[], quotations=[])]
    report = score(gold, [predicted_line("a", NAMES)])
    for layer in ("entities", "dates", "quotations"):
        assert report[layer]["documents"] == 1
        assert prf(report[layer]["strict"]) == (1.0, 1.0, 1.0)
        assert report[layer]["per_label"] == {}
    assert report["entities"]["entity_id_accuracy"] == {"accuracy": None, "correct": 0, "total": 0}


def test_missed_gold_with_no_predictions_scores_zero():
    gold = [line("a", NAMES, entities=[entity(NAMES, *at(NAMES, "Trotsky"))])]
    report = score(gold, [predicted_line("a", NAMES)])["entities"]
    assert counts(report["strict"]) == (0, 0, 1)
    assert prf(report["strict"]) == (0.0, 0.0, 0.0)


def test_empty_everything():
    report = score([], [])
    assert report["documents"] == 0
    for layer in ("entities", "dates", "quotations"):
        assert report[layer]["documents"] == 0
        assert counts(report[layer]["relaxed"]) == (0, 0, 0)
        assert prf(report[layer]["relaxed"]) == (1.0, 1.0, 1.0)
    assert report["dates"]["value_accuracy"]["accuracy"] is None
    assert "0 documents" in format_report(report)


def test_report_shape_is_fixed():
    report = score(*dates_case())
    assert list(report) == ["documents", "entities", "dates", "quotations"]
    assert list(report["entities"]) == ["documents", "strict", "relaxed", "per_label", "entity_id_accuracy"]
    assert list(report["dates"]) == ["documents", "strict", "relaxed", "per_label", "type_accuracy", "value_accuracy", "first_last_day_accuracy", "value_f1"]
    assert list(report["quotations"]) == ["documents", "strict", "relaxed", "per_label", "speaker_accuracy", "kind_accuracy", "source_accuracy", "speaker_f1"]
    assert list(report["dates"]["strict"]) == ["precision", "recall", "f1", "tp", "fp", "fn"]


def test_id_missing_from_predictions_is_an_error_naming_it():
    with pytest.raises(ValueError, match="only-in-gold"):
        score([line("only-in-gold", NAMES, entities=[])], [])
    with pytest.raises(ValueError, match="only-predicted"):
        score([], [predicted_line("only-predicted", NAMES)])


def test_text_mismatch_is_an_error_naming_the_id():
    with pytest.raises(ValueError, match="doc-7.*text"):
        score([line("doc-7", NAMES, entities=[])], [predicted_line("doc-7", NAMES + " ")])


def test_duplicate_id_is_an_error():
    with pytest.raises(ValueError, match="twice"):
        score([line("a", NAMES), line("a", NAMES)], [predicted_line("a", NAMES)])


def test_spans_must_point_into_the_text():
    outside = {"start": 40, "end": 99, "label": "PERSON"}
    with pytest.raises(EvaluationError, match="a: /entities/0"):
        score([line("a", NAMES, entities=[outside])], [predicted_line("a", NAMES)])
    wrong_text = {**entity(NAMES, *at(NAMES, "Stalin")), "text": "Trotsky"}
    with pytest.raises(ValueError, match="text"):
        score([line("a", NAMES, entities=[])], [predicted_line("a", NAMES, entities=[wrong_text])])


def test_prediction_missing_a_gold_layer_is_an_error():
    with pytest.raises(ValueError, match="/dates"):
        score([line("a", NAMES, dates=[])], [{"id": "a", "text": NAMES}])


def test_span_without_text_or_attributes_is_read_as_null():
    minimal = {"start": 0, "end": 7, "label": "PERSON"}
    report = score([line("a", NAMES, entities=[minimal])], [predicted_line("a", NAMES, entities=[minimal])])["entities"]
    assert counts(report["strict"]) == (1, 0, 0)
    assert report["entity_id_accuracy"]["total"] == 0


# ---------------------------------------------------------------- report and determinism


def test_format_report_shows_the_key_numbers():
    text = format_report(score(*dates_case()))
    assert "Evaluation over 1 document " in text
    for expected in ("dates", "strict", "relaxed", "0.2857", "0.8571", "0.5714", "DURATION", "first_last_day", "n/a"):
        assert expected in text
    # the dates strict row: docs 1, gold 3, pred 4, tp 1, fp 3, fn 2, then P R F1
    [row] = [row for row in text.splitlines() if row.split()[:2] == ["dates", "strict"]]
    assert row.split()[2:] == ["1", "3", "4", "1", "3", "2", "0.2500", "0.3333", "0.2857"]


def test_score_is_deterministic_and_independent_of_line_order():
    gold_dates, predicted_dates = dates_case()
    gold_quotes, predicted_quotes = quotations_case()
    gold, predicted = gold_dates + gold_quotes, predicted_dates + predicted_quotes
    first = json.dumps(score(gold, predicted))
    assert json.dumps(score(gold, predicted)) == first
    assert json.dumps(score(gold, list(reversed(predicted)))) == first


def test_score_does_not_change_its_arguments():
    gold, predicted = quotations_case()
    before = json.dumps([gold, predicted], sort_keys=True)
    score(gold, predicted)
    assert json.dumps([gold, predicted], sort_keys=True) == before


# ---------------------------------------------------------------- properties

SPAN_TEXT = "x" * 40


@st.composite
def entity_lists(draw):
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, 38))
        end = draw(st.integers(start + 1, min(40, start + 8)))
        spans.append(entity(SPAN_TEXT, start, end, label=draw(st.sampled_from(["PERSON", "ORG"]))))
    return spans


@settings(max_examples=200, deadline=None)
@given(entity_lists(), entity_lists(), st.randoms())
def test_counts_add_up_and_strict_never_exceeds_relaxed(gold_spans, predicted_spans, rng):
    rng.shuffle(predicted_spans)
    report = score([line("a", SPAN_TEXT, entities=gold_spans)], [predicted_line("a", SPAN_TEXT, entities=predicted_spans)])["entities"]
    for matching in ("strict", "relaxed"):
        tp, fp, fn = counts(report[matching])
        assert tp + fp == len(predicted_spans)
        assert tp + fn == len(gold_spans)
    assert report["strict"]["tp"] <= report["relaxed"]["tp"]
    # entities: the label is in the match, so per-label counts add up to the totals
    for matching in ("strict", "relaxed"):
        summed = [sum(counts(by_matching[matching])[i] for by_matching in report["per_label"].values()) for i in range(3)]
        assert tuple(summed) == counts(report[matching])


@settings(max_examples=100, deadline=None)
@given(entity_lists())
def test_gold_against_itself_is_perfect(spans):
    report = score([line("a", SPAN_TEXT, entities=spans)], [predicted_line("a", SPAN_TEXT, entities=list(reversed(spans)))])["entities"]
    assert prf(report["strict"]) == (1.0, 1.0, 1.0)
    assert prf(report["relaxed"]) == (1.0, 1.0, 1.0)


def test_annotator_output_against_itself_is_perfect():
    from succession.cli import annotate_lines

    text = "On 7 November 1927 Trotsky and Zinoviev led processions in Moscow. Trotsky wrote: “It was a real conspiracy.”"
    [predicted] = annotate_lines([{"id": "a", "text": text}])
    report = score([predicted], [predicted])
    for layer in ("entities", "dates", "quotations"):
        assert prf(report[layer]["strict"]) == (1.0, 1.0, 1.0)


def test_speakers_are_compared_without_a_leading_article():
    from succession.evaluate import same_speaker

    assert same_speaker({"speaker": "Daily Mail"}, {"speaker": "the Daily Mail"})
    assert same_speaker({"speaker": "the Industrial Union"}, {"speaker": "The Industrial Union"})
    # look-alikes: the article inside a name counts, and a different name is still wrong
    assert not same_speaker({"speaker": "Daily Mail"}, {"speaker": "Mail"})
    assert not same_speaker({"speaker": "Theodore Dan"}, {"speaker": "odore Dan"})


@pytest.mark.parametrize(
    ("gold_speaker", "predicted_speaker", "expected"),
    [
        ("Trotsky", "Trotsky", (1, 0, 0)),
        ("Trotsky", "Zinoviev", (0, 1, 1)),  # a wrong speaker is given and the right one missed
        ("Trotsky", None, (0, 0, 1)),
        (None, "Trotsky", (0, 1, 0)),  # words the gold gives no one: speaker accuracy cannot see this
        (None, None, (0, 0, 0)),
    ],
)
def test_speaker_f1_counts_speakers_given_to_unattributed_words(gold_speaker, predicted_speaker, expected):
    extent = at(QUOTES, '"we will win"')
    gold = [line("q", QUOTES, quotations=[quotation(QUOTES, *extent, speaker=gold_speaker)])]
    predicted = [predicted_line("q", QUOTES, quotations=[quotation(QUOTES, *extent, speaker=predicted_speaker)])]
    report = score(gold, predicted)["quotations"]
    assert counts(report["speaker_f1"]) == expected
    if gold_speaker is None:
        assert report["speaker_accuracy"]["total"] == 0
