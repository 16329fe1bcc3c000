"""Fine-tuning the entity recogniser of en_core_web_sm on the project's own gold.

The general model learned OntoNotes newswire; this corpus is historical prose full of
transliterated names, party bodies, fronts, congresses and period spellings, where it errs in
ways no rule can list in advance (test4, test5 and test6 were each scored blind at 0.82-0.85
strict F1 with rules alone). Updating its weights on the hand-made gold teaches it the
domain's conventions from examples instead.

Training always starts from the released en_core_web_sm weights, never from the weights in
``resources/ner``, so the same gold and settings give the same bytes whatever was trained
before. The model reads what the annotator gives it: one paragraph at a time, headlines
recased. The gold marks no numbers or dates, so the base model's own number and date
entities are kept as training targets where they overlap no gold name: the recogniser keeps
finding them (they bound names), and is not taught that a year is nothing.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from . import REPO_ROOT
from .errors import InputError, Problem

MANIFEST_NAME = "training.json"
WEIGHT_FILES = ("cfg", "model", "moves")


@dataclass(frozen=True)
class TrainingSettings:
    epochs: int = 20
    dropout: float = 0.2
    learn_rate: float = 0.001
    batch_size: int = 16
    seed: int = 0


def gold_items_with_entities(folders: list[Path]) -> list[dict]:
    """The gold texts whose files have an entity layer (some gold marks quotations only)."""
    from .cli import read_gold_items

    items = []
    for folder in folders:
        found = read_gold_items(folder)
        if not found:
            raise InputError([Problem(str(folder), "", "no gold files (*.json) to train on")])
        items.extend(item for item in found if "entities" in item)
    return items


def training_examples(annotator, items: list[dict]) -> list:
    """One spaCy Example per paragraph of every gold text, as the annotator would feed it."""
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    from .entities import DROPPED_LABELS, case_lexicon, paragraph_chunks, recase_for_model

    nlp = annotator.nlp
    examples = []
    for item in items:
        text = item["text"]
        lexicon = case_lexicon(text)
        for start, end in paragraph_chunks(text):
            paragraph = recase_for_model(text[start:end], lexicon, annotator.known_name)
            reference = nlp.make_doc(paragraph)
            spans = []
            for entity in item["entities"]:
                if start <= entity["start"] and entity["end"] <= end:
                    span = reference.char_span(entity["start"] - start, entity["end"] - start, label=entity["label"], alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            taken = {i for span in spans for i in range(span.start, span.end)}
            for entity in nlp(paragraph).ents:
                if entity.label_ in DROPPED_LABELS and not taken.intersection(range(entity.start, entity.end)):
                    spans.append(Span(reference, entity.start, entity.end, label=entity.label_))
                    taken.update(range(entity.start, entity.end))
            reference.ents = filter_spans(spans)
            examples.append(Example(nlp.make_doc(paragraph), reference))
    return examples


def train_ner(gold_folders: list[Path], out: Path, settings: TrainingSettings = TrainingSettings(), log=None) -> dict:
    """Train the recogniser on the gold folders and write its weights and manifest to ``out``."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    from .entities import EntityAnnotator, load_entity_table

    fix_random_seed(settings.seed)
    items = gold_items_with_entities(gold_folders)
    annotator = EntityAnnotator(load_entity_table(), ner_weights=None)
    examples = training_examples(annotator, items)
    nlp = annotator.nlp
    optimizer = nlp.resume_training()
    optimizer.learn_rate = settings.learn_rate
    order = random.Random(settings.seed)
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(settings.epochs):
            order.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=settings.batch_size):
                nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
            if log:
                log(f"epoch {epoch + 1}/{settings.epochs}: loss {losses.get('ner', 0.0):.1f}")
    out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
    manifest = {
        "base_model": f"en_core_web_sm-{nlp.meta['version']}",
        "spacy": spacy.__version__,
        "settings": asdict(settings),
        "gold": [gold_fingerprint(folder) for folder in gold_folders],
        "texts": len(items),
        "paragraphs": len(examples),
        "entities": sum(len(item["entities"]) for item in items),
        "weights_sha256": weights_sha256(out),
    }
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def gold_fingerprint(folder: Path) -> dict:
    files = sorted(Path(folder).glob("*.json"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    try:
        shown = Path(folder).resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        shown = Path(folder).name
    return {"folder": shown, "files": len(files), "sha256": digest.hexdigest()}


def weights_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in WEIGHT_FILES:
        digest.update(name.encode() + b"\0" + (Path(folder) / name).read_bytes())
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict:
    """The manifest of trained weights, checked against the weights it describes."""
    path = Path(folder) / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError([Problem(str(path), "", f"cannot read the fine-tuned recogniser's manifest: {e}")]) from None
    missing = [name for name in WEIGHT_FILES if not (Path(folder) / name).is_file()]
    if missing:
        raise InputError([Problem(str(Path(folder) / name), "", "missing weight file; retrain with `python build.py train-ner`") for name in missing])
    if weights_sha256(folder) != manifest.get("weights_sha256"):
        raise InputError([Problem(str(path), "/weights_sha256", "does not match the weight files beside it; retrain with `python build.py train-ner`")])
    return manifest
