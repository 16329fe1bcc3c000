"""Scoring the automatic annotators against gold annotations.

Both sides are lists of lines in the ``annotate`` output format (``{"id", "text", "entities",
"dates", "quotations"}``), paired by ``id``. The rules below are the whole definition of the
numbers in the report; cite them with the report.

Documents and layers
    Every gold id must appear exactly once in the predictions and vice versa, with the same
    ``text``; otherwise ``score`` raises ``EvaluationError`` (a ``ValueError``) naming the id.
    A gold line that omits a layer (key absent, or null) did not annotate it: that layer is not
    scored for that document, neither its gold nor its predicted spans. An empty list means
    "annotated, and there is nothing": every prediction in it is a false positive. A layer the
    gold annotates must be a list in the prediction too. Every span needs integer offsets with
    0 <= start < end <= len(text) and, when it has a ``text``, ``text == doc_text[start:end]``;
    its label field (``label``, ``type``, ``kind``) must be a string. Other missing span fields
    (``entity_id``, ``value``, ``speaker``, ...) are read as null.

Extent matches, one to one (per document and layer)
    * strict: identical (start, end).
    * relaxed: the extents overlap (share at least one character). Every strict match is a
      relaxed candidate.
    * entities only (as in CoNLL): both strict and relaxed also require the same ``label``.
      Dates and quotations match on the extent alone (as in TempEval-3); their type/kind is
      scored separately, by ``per_label`` and the attribute accuracies.
    * One to one: each gold span and each predicted span takes part in at most one match. The
      candidate pairs are taken greedily in this order: largest overlap in characters first;
      on equal overlap an exact-extent pair first; then by gold (start, end), predicted
      (start, end), and finally by their order in the input lists. A pair is kept when
      neither of its spans is matched yet. So two predictions overlapping one gold span give
      one true positive (the larger overlap) and one false positive.

Counts and P/R/F1
    tp = matches, fp = predicted spans not matched, fn = gold spans not matched.
    precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = 2 tp / (2 tp + fp + fn) (the
    harmonic mean of precision and recall). When a denominator is zero: with neither gold nor
    predicted spans precision = recall = F1 = 1.0 (nothing to find, nothing wrongly found);
    with only one side empty the undefined ratio is 0.0 (so precision, recall and F1 are
    0.0). All scores are micro-averaged: counts are summed over every scored document, then
    divided. Floats are rounded to 4 places; tp/fp/fn are given so numbers can be re-aggregated.

Per label (``per_label``; entities per OntoNotes label, dates per TIMEX3 type, quotations per
kind), separately for the strict and the relaxed matching above
    tp(L) = matches whose gold and predicted label are both L; fp(L) = predicted spans labelled
    L that are not such a match; fn(L) = gold spans labelled L that are not such a match. A
    date matched on its extent but with the wrong type is thus an fp of the predicted type and
    an fn of the gold type. Labels listed are those occurring in gold or predictions, sorted.

Attribute accuracies: over the relaxed matches (TempEval-3 style), {accuracy, correct, total};
accuracy is null when total is 0 (no evidence either way). Values are compared exactly, so
null equals null.
    * entities ``entity_id_accuracy``: matches whose gold entity_id is not null; correct when
      the predicted entity_id equals it.
    * dates ``type_accuracy``, ``value_accuracy``: all matches; equal type, equal value.
    * dates ``first_last_day_accuracy``: matches whose gold first_day is not null; correct
      when both first_day and last_day are equal.
    * quotations ``speaker_accuracy``: matches whose gold speaker or speaker_id is not null;
      when the gold speaker_id is not null, correct iff the predicted speaker_id equals it;
      otherwise correct iff the speaker strings are equal after normalisation (casefold, strip,
      runs of whitespace collapsed to one space, a leading "the" dropped: "The Daily Mail" and
      "Daily Mail" name one speaker, and annotators differ on the article).
    * quotations ``kind_accuracy``: all matches; equal kind.
    * quotations ``source_accuracy``: matches whose gold source is not null; correct when the
      predicted source is not null, its marker is equal, and its text is equal after
      whitespace normalisation (strip, runs of whitespace collapsed; case kept).

Dates ``value_f1`` (TempEval-3 "value F1"): tp = relaxed matches with equal value,
fp = predicted dates - tp, fn = gold dates - tp, then P/R/F1 as above.

Quotations ``speaker_f1`` (attribution over relaxed matches): tp = matches whose gold and
predicted speakers are both given and the same (as in speaker accuracy), fp = matches with a
predicted speaker - tp (a speaker given to words the gold attributes to no one counts here),
fn = matches with a gold speaker - tp.
"""

from __future__ import annotations

import re

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import InputError, Problem

LAYERS = ("entities", "dates", "quotations")
LABEL_FIELD = {"entities": "label", "dates": "type", "quotations": "kind"}
# CoNLL scores the entity type as part of the match; TempEval-3 and quotation work score
# the extent alone and the attributes over the matched spans.
LABEL_IN_MATCH = {"entities": True, "dates": False, "quotations": False}
DECIMALS = 4


class EvaluationError(InputError, ValueError):
    """Gold and predictions cannot be compared (ids, texts or spans do not fit).

    A ValueError for callers of ``score``; an InputError so the command line reports it like
    any other bad input.
    """


# ---------------------------------------------------------------- counting


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_report(self) -> dict:
        precision = ratio(self.tp, self.tp + self.fp, self.tp + self.fn)
        recall = ratio(self.tp, self.tp + self.fn, self.tp + self.fp)
        f1 = ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn, 0)
        return {"precision": precision, "recall": recall, "f1": f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def ratio(numerator: int, denominator: int, other_side: int) -> float:
    """numerator / denominator; on 0/0, 1.0 when the other side is empty too, else 0.0."""
    if denominator:
        return round(numerator / denominator, DECIMALS)
    return 1.0 if other_side == 0 else 0.0


@dataclass(slots=True)
class Tally:
    correct: int = 0
    total: int = 0

    def as_report(self) -> dict:
        accuracy = round(self.correct / self.total, DECIMALS) if self.total else None
        return {"accuracy": accuracy, "correct": self.correct, "total": self.total}


# ---------------------------------------------------------------- matching


def one_to_one_matches(gold: list[dict], predicted: list[dict], *, relaxed: bool, label_field: str | None) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, chosen greedily as the module docstring says."""
    candidates = []
    for gold_index, predicted_index in overlapping_pairs(gold, predicted):
        g, p = gold[gold_index], predicted[predicted_index]
        if label_field and g[label_field] != p[label_field]:
            continue
        exact = (g["start"], g["end"]) == (p["start"], p["end"])
        if not (exact or relaxed):
            continue
        overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
        candidates.append((-overlap, not exact, g["start"], g["end"], p["start"], p["end"], gold_index, predicted_index))
    candidates.sort()
    matched_gold, matched_predicted, matches = set(), set(), []
    for *_, gold_index, predicted_index in candidates:
        if gold_index in matched_gold or predicted_index in matched_predicted:
            continue
        matched_gold.add(gold_index)
        matched_predicted.add(predicted_index)
        matches.append((gold_index, predicted_index))
    return sorted(matches)


def overlapping_pairs(gold: list[dict], predicted: list[dict]):
    """Index pairs of gold and predicted spans sharing at least one character.

    Looks only at predictions starting near each gold span, so long documents with many
    spans are not compared all against all.
    """
    if not predicted:
        return
    order = sorted(range(len(predicted)), key=lambda i: predicted[i]["start"])
    starts = [predicted[i]["start"] for i in order]
    longest = max(p["end"] - p["start"] for p in predicted)
    for gold_index, g in enumerate(gold):
        # A prediction overlaps g only if it starts before g ends and ends after g starts,
        # and it cannot end after g starts if it starts more than `longest` before.
        low = bisect_left(starts, g["start"] - longest)
        high = bisect_left(starts, g["end"])
        for position in range(low, high):
            predicted_index = order[position]
            if predicted[predicted_index]["end"] > g["start"]:
                yield gold_index, predicted_index


# ---------------------------------------------------------------- attributes


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def normalise_name(name: str | None) -> str | None:
    return None if name is None else normalise_space(name).casefold()


def has_speaker(span: dict) -> bool:
    return span.get("speaker") is not None or span.get("speaker_id") is not None


def same_speaker(gold: dict, predicted: dict) -> bool:
    if gold.get("speaker_id") is not None:
        return predicted.get("speaker_id") == gold["speaker_id"]
    return speaker_name(predicted.get("speaker")) == speaker_name(gold.get("speaker"))


def speaker_name(name: str | None) -> str | None:
    name = normalise_name(name)
    return None if name is None else re.sub(r"^the ", "", name)


def same_source(gold: dict, predicted: dict) -> bool:
    gold_source, predicted_source = gold.get("source"), predicted.get("source")
    if predicted_source is None:
        return False
    if gold_source.get("marker") != predicted_source.get("marker"):
        return False
    gold_text, predicted_text = gold_source.get("text"), predicted_source.get("text")
    if gold_text is None or predicted_text is None:
        return gold_text is predicted_text
    return normalise_space(gold_text) == normalise_space(predicted_text)


def field_is_set(name: str) -> Callable[[dict], bool]:
    return lambda span: span.get(name) is not None


def fields_equal(*names: str) -> Callable[[dict, dict], bool]:
    return lambda gold, predicted: all(gold.get(name) == predicted.get(name) for name in names)


def always(span: dict) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Attribute:
    """An accuracy over relaxed matches: which gold spans count, and when a match is right."""

    name: str
    applies: Callable[[dict], bool]
    correct: Callable[[dict, dict], bool]


ATTRIBUTES = {
    "entities": (Attribute("entity_id_accuracy", field_is_set("entity_id"), fields_equal("entity_id")),),
    "dates": (
        Attribute("type_accuracy", always, fields_equal("type")),
        Attribute("value_accuracy", always, fields_equal("value")),
        Attribute("first_last_day_accuracy", field_is_set("first_day"), fields_equal("first_day", "last_day")),
    ),
    "quotations": (
        Attribute("speaker_accuracy", has_speaker, same_speaker),
        Attribute("kind_accuracy", always, fields_equal("kind")),
        Attribute("source_accuracy", field_is_set("source"), same_source),
    ),
}


# ---------------------------------------------------------------- one layer


@dataclass(slots=True)
class LayerScore:
    """Counts for one layer, summed over the documents scored so far."""

    name: str
    documents: int = 0
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    per_label: dict[str, dict[str, Counts]] = field(default_factory=dict)
    attributes: dict[str, Tally] = field(default_factory=dict)
    value: Counts = field(default_factory=Counts)  # dates only: TempEval-3 value F1
    speaker: Counts = field(default_factory=Counts)  # quotations only: attribution F1

    def __post_init__(self) -> None:
        self.attributes = {attribute.name: Tally() for attribute in ATTRIBUTES[self.name]}

    def add_document(self, gold: list[dict], predicted: list[dict]) -> None:
        self.documents += 1
        label_field = LABEL_FIELD[self.name]
        match_label = label_field if LABEL_IN_MATCH[self.name] else None
        for matching, counts in (("strict", self.strict), ("relaxed", self.relaxed)):
            matches = one_to_one_matches(gold, predicted, relaxed=matching == "relaxed", label_field=match_label)
            counts.add(len(matches), len(predicted) - len(matches), len(gold) - len(matches))
            self.add_per_label(matching, gold, predicted, matches)
        # `matches` is now the relaxed matching, the one the attributes are scored over.
        self.add_attributes(gold, predicted, matches)
        if self.name == "dates":
            right_value = sum(1 for g, p in matches if gold[g].get("value") == predicted[p].get("value"))
            self.value.add(right_value, len(predicted) - right_value, len(gold) - right_value)
        if self.name == "quotations":
            self.speaker.add(*speaker_counts(gold, predicted, matches))

    def add_per_label(self, matching: str, gold: list[dict], predicted: list[dict], matches: list[tuple[int, int]]) -> None:
        label_field = LABEL_FIELD[self.name]
        agreeing = [(g, p) for g, p in matches if gold[g][label_field] == predicted[p][label_field]]
        gold_hit = {g for g, _ in agreeing}
        predicted_hit = {p for _, p in agreeing}
        for g, _ in agreeing:
            self.label_counts(gold[g][label_field], matching).tp += 1
        for index, span in enumerate(gold):
            if index not in gold_hit:
                self.label_counts(span[label_field], matching).fn += 1
        for index, span in enumerate(predicted):
            if index not in predicted_hit:
                self.label_counts(span[label_field], matching).fp += 1

    def label_counts(self, label: str, matching: str) -> Counts:
        by_matching = self.per_label.setdefault(label, {"strict": Counts(), "relaxed": Counts()})
        return by_matching[matching]

    def add_attributes(self, gold: list[dict], predicted: list[dict], matches: list[tuple[int, int]]) -> None:
        for attribute in ATTRIBUTES[self.name]:
            tally = self.attributes[attribute.name]
            for g, p in matches:
                if attribute.applies(gold[g]):
                    tally.total += 1
                    tally.correct += attribute.correct(gold[g], predicted[p])

    def as_report(self) -> dict:
        report = {
            "documents": self.documents,
            "strict": self.strict.as_report(),
            "relaxed": self.relaxed.as_report(),
            "per_label": {
                label: {"strict": counts["strict"].as_report(), "relaxed": counts["relaxed"].as_report()}
                for label, counts in sorted(self.per_label.items())
            },
        }
        for name, tally in self.attributes.items():
            report[name] = tally.as_report()
        if self.name == "dates":
            report["value_f1"] = self.value.as_report()
        if self.name == "quotations":
            report["speaker_f1"] = self.speaker.as_report()
        return report


def speaker_counts(gold: list[dict], predicted: list[dict], matches: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(tp, fp, fn) of attribution over matched quotations: a right speaker is a true positive;
    a speaker given where the gold has another or none is a false positive (speaker accuracy,
    which counts only quotations the gold attributes, cannot see those); a gold speaker not
    given is a false negative."""
    tp = sum(1 for g, p in matches if has_speaker(gold[g]) and has_speaker(predicted[p]) and same_speaker(gold[g], predicted[p]))
    given = sum(1 for _, p in matches if has_speaker(predicted[p]))
    wanted = sum(1 for g, _ in matches if has_speaker(gold[g]))
    return tp, given - tp, wanted - tp


# ---------------------------------------------------------------- documents


def paired_documents(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """(gold line, predicted line) for each id, in gold order; EvaluationError if they do not fit."""
    gold_by_id = lines_by_id(gold, "gold")
    predicted_by_id = lines_by_id(predicted, "predicted")
    problems = []
    for doc_id in gold_by_id.keys() - predicted_by_id.keys():
        problems.append(Problem(doc_id, "", "in the gold but not in the predictions"))
    for doc_id in predicted_by_id.keys() - gold_by_id.keys():
        problems.append(Problem(doc_id, "", "in the predictions but not in the gold"))
    for doc_id in gold_by_id.keys() & predicted_by_id.keys():
        if gold_by_id[doc_id].get("text") != predicted_by_id[doc_id].get("text"):
            problems.append(Problem(doc_id, "/text", "the predicted text differs from the gold text"))
    if problems:
        raise EvaluationError(sorted(problems, key=lambda problem: (problem.path, problem.message)))
    return [(line, predicted_by_id[doc_id]) for doc_id, line in gold_by_id.items()]


def lines_by_id(lines: list[dict], side: str) -> dict[str, dict]:
    by_id: dict[str, dict] = {}
    for number, line in enumerate(lines, 1):
        doc_id = line.get("id") if isinstance(line, dict) else None
        if not isinstance(doc_id, str):
            raise EvaluationError([Problem(f"{side} line {number}", "/id", "expected a string id")])
        if not isinstance(line.get("text"), str):
            raise EvaluationError([Problem(doc_id, "/text", f"{side}: expected a string text")])
        if doc_id in by_id:
            raise EvaluationError([Problem(doc_id, "/id", f"appears twice in the {side} lines")])
        by_id[doc_id] = line
    return by_id


def checked_spans(line: dict, layer: str, side: str) -> list[dict]:
    """The layer's spans, after checking they point into the line's text."""
    spans = line.get(layer)
    doc_id, text = line["id"], line["text"]
    if not isinstance(spans, list):
        raise EvaluationError([Problem(doc_id, f"/{layer}", f"{side}: expected a list of spans")])
    for index, span in enumerate(spans):
        where = f"/{layer}/{index}"
        if not isinstance(span, dict):
            raise EvaluationError([Problem(doc_id, where, f"{side}: expected a span object")])
        start, end = span.get("start"), span.get("end")
        if not all(isinstance(offset, int) and not isinstance(offset, bool) for offset in (start, end)):
            raise EvaluationError([Problem(doc_id, where, f"{side}: start and end must be integers")])
        if not 0 <= start < end <= len(text):
            raise EvaluationError([Problem(doc_id, where, f"{side}: offsets {start}-{end} are not a non-empty span of the text ({len(text)} characters)")])
        if "text" in span and span["text"] != text[start:end]:
            raise EvaluationError([Problem(doc_id, where, f"{side}: span text {span['text']!r} is not text[{start}:{end}] = {text[start:end]!r}")])
        if not isinstance(span.get(LABEL_FIELD[layer]), str):
            raise EvaluationError([Problem(doc_id, f"{where}/{LABEL_FIELD[layer]}", f"{side}: expected a string")])
    return spans


def score(gold: list[dict], predicted: list[dict]) -> dict:
    """The evaluation report (see the module docstring for every rule). Pure: reads only its arguments."""
    pairs = paired_documents(gold, predicted)
    layers = {name: LayerScore(name) for name in LAYERS}
    for gold_line, predicted_line in pairs:
        for name, layer in layers.items():
            if gold_line.get(name) is None:
                continue  # this gold did not annotate the layer
            layer.add_document(checked_spans(gold_line, name, "gold"), checked_spans(predicted_line, name, "predicted"))
    return {"documents": len(pairs), **{name: layer.as_report() for name, layer in layers.items()}}


# ---------------------------------------------------------------- report


def format_report(report: dict) -> str:
    """The report as plain-text tables: overall scores, per-label scores, attribute accuracies."""
    documents = report["documents"]
    lines = [f"Evaluation over {documents} document{'' if documents == 1 else 's'} (micro-averaged; value = relaxed match with equal value)", ""]
    overall = [((name, matching), report[name][matching]) for name in LAYERS for matching in ("strict", "relaxed")]
    overall.insert(4, (("dates", "value"), report["dates"]["value_f1"]))
    overall.append((("quotations", "speaker"), report["quotations"]["speaker_f1"]))
    lines += score_table(("layer", "match"), overall, documents={name: report[name]["documents"] for name in LAYERS})
    for name in LAYERS:
        rows = [((label, matching), counts[matching]) for label, counts in report[name]["per_label"].items() for matching in ("strict", "relaxed")]
        if rows:
            lines += ["", f"{name} per {LABEL_FIELD[name]}"]
            lines += score_table((LABEL_FIELD[name], "match"), rows)
    lines += ["", "Attribute accuracy over relaxed matches"]
    accuracy_rows = [(name, key, value) for name in LAYERS for key, value in report[name].items() if key.endswith("_accuracy")]
    lines += table(
        ("layer", "attribute", "accuracy", "correct", "total"),
        [(name, key.removesuffix("_accuracy"), number(value["accuracy"]), str(value["correct"]), str(value["total"])) for name, key, value in accuracy_rows],
    )
    return "\n".join(lines) + "\n"


def score_table(heading: tuple[str, str], rows: list[tuple[tuple[str, str], dict]], documents: dict | None = None) -> list[str]:
    columns = (*heading, *(["docs"] if documents else []), "gold", "pred", "tp", "fp", "fn", "P", "R", "F1")
    cells = []
    for (first, second), counts in rows:
        row = [first, second]
        if documents:
            row.append(str(documents[first]))
        row += [str(counts["tp"] + counts["fn"]), str(counts["tp"] + counts["fp"]), str(counts["tp"]), str(counts["fp"]), str(counts["fn"])]
        row += [number(counts["precision"]), number(counts["recall"]), number(counts["f1"])]
        cells.append(row)
    return table(columns, cells)


def number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def table(columns: tuple[str, ...], rows: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell: text left-aligned, numbers right-aligned."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(columns, *rows)]
    text_columns = 2

    def render(cells) -> str:
        parts = [cell.ljust(width) if index < text_columns else cell.rjust(width) for index, (cell, width) in enumerate(zip(cells, widths))]
        return "  ".join(parts).rstrip()

    return [render(columns), *(render(row) for row in rows)]
