"""Quality gate: the annotators' scores on the gold may not fall below the pinned baseline.

As in trafilatura's eval gate, a regression fails the suite unless the baseline is re-pinned on
purpose: `python -m tests.test_quality_gate --pin` rewrites tests/eval_baseline.json from the
current scores (review the diff before committing it).
"""

import json
import sys
from pathlib import Path

import pytest

BASELINE = Path(__file__).with_name("eval_baseline.json")
GOLD_SETS = {"seeds": "gold", "dev": "gold/dev", "heldout": "gold/test", "heldout2": "gold/test2", "heldout3": "gold/test3", "heldout4": "gold/test4", "heldout5": "gold/test5", "heldout6": "gold/test6", "heldout7": "gold/test7", "heldout8": "gold/test8", "heldout9": "gold/test9", "heldout10": "gold/test10", "heldout11": "gold/test11", "heldout12": "gold/test12", "heldout13": "gold/test13", "heldout14": "gold/test14", "heldout15": "gold/test15", "heldout16": "gold/test16", "heldout17": "gold/test17", "heldout18": "gold/test18", "heldout19": "gold/test19", "heldout20": "gold/test20", "heldout21": "gold/test21", "heldout22": "gold/test22", "heldout23": "gold/test23", "heldout24": "gold/test24", "heldout25": "gold/test25"}
# The numbers each set is gated on, as paths into the evaluation report.
METRICS = {
    "entities.strict.f1": ("entities", "strict", "f1"),
    "entities.relaxed.f1": ("entities", "relaxed", "f1"),
    "entities.entity_id_accuracy": ("entities", "entity_id_accuracy", "accuracy"),
    "dates.strict.f1": ("dates", "strict", "f1"),
    "dates.value_accuracy": ("dates", "value_accuracy", "accuracy"),
    "quotations.relaxed.f1": ("quotations", "relaxed", "f1"),
    "quotations.speaker_accuracy": ("quotations", "speaker_accuracy", "accuracy"),
    "quotations.speaker_f1": ("quotations", "speaker_f1", "f1"),
}


def current_scores() -> dict:
    """The card's scores (succession.card.annotator_scores, computed once per process, so the
    build tests and the gate share one pass over the gold) for each gated set."""
    from succession.card import annotator_scores

    by_path = {entry["path"]: entry for entry in annotator_scores()["sets"]}
    scores = {}
    for name, folder in GOLD_SETS.items():
        entry = by_path[folder + "/"]
        report = entry["report"]
        values = {}
        for metric, path in METRICS.items():
            value = report
            for key in path:
                value = value[key]
            values[metric] = value
        scores[name] = {"documents": entry["documents"], **values}
    return scores


@pytest.fixture(scope="module")
def scores():
    return current_scores()


def test_the_gate_and_the_card_score_the_same_sets():
    from succession.card import GOLD_SETS as CARD_SETS

    assert sorted(GOLD_SETS.values()) == sorted(folder for _, folder, _ in CARD_SETS)


@pytest.mark.parametrize("gold_set", sorted(GOLD_SETS))
def test_scores_do_not_fall_below_the_baseline(scores, gold_set):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[gold_set]
    assert scores[gold_set]["documents"] == baseline["documents"], "the gold set changed: re-pin the baseline"
    regressions = {m: (scores[gold_set][m], floor) for m, floor in baseline.items() if m != "documents" and floor is not None and (scores[gold_set][m] or 0) < floor}
    assert not regressions, f"{gold_set}: scores fell below the baseline (now, pinned): {regressions}"


if __name__ == "__main__" and "--pin" in sys.argv:
    BASELINE.write_text(json.dumps(current_scores(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"pinned {BASELINE}")
