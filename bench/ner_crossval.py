"""Cross-validated entity scores of the fine-tuned recogniser.

The shipped recogniser (resources/ner) is trained on every gold set but the blind one, so its
scores on those sets are training scores. This estimates what fine-tuning gives on text it has
not seen: the gold texts with an entity layer are dealt into K folds (by a hash of the file
name, so the folds never change with the order on disk); for each fold the recogniser is
trained on the other folds with the shipped settings, and the whole annotator (table and
rules included) is scored on the fold, once with the released en_core_web_sm weights and once
with the fold's fine-tuned ones. Micro-averaged over the folds, so every text counts once.

    python bench/ner_crossval.py --folds 5 --json out.json     # about 25 minutes on 2 cores
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO)]

DEFAULT_SETS = ("gold", "gold/dev", "gold/test", "gold/test2", "gold/test3", "gold/test4", "gold/test5", "gold/test6")


def fold_of(path: Path, folds: int) -> int:
    return int(hashlib.sha256(path.as_posix().encode()).hexdigest(), 16) % folds


def main(argv=None) -> int:
    from succession.cli import annotate_lines
    from succession.entities import EntityAnnotator
    from succession.evaluate import score
    from succession.gold import load_gold
    from succession.ner_training import TrainingSettings, train_ner

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), help="gold folders, relative to the repository")
    parser.add_argument("--epochs", type=int, default=TrainingSettings().epochs)
    parser.add_argument("--json", type=Path, default=None, help="write the result here")
    args = parser.parse_args(argv)

    files = []
    for folder in args.sets:
        for path in sorted((REPO / folder).glob("*.json")):
            if "entities" in json.loads(path.read_text(encoding="utf-8")):
                files.append(path.relative_to(REPO))
    settings = TrainingSettings(epochs=args.epochs)
    gold_all, base_all, tuned_all = [], [], []
    started = time.perf_counter()
    base = EntityAnnotator(ner_weights=None)
    with tempfile.TemporaryDirectory() as scratch:
        for k in range(args.folds):
            train_dir = Path(scratch) / f"train{k}"
            train_dir.mkdir()
            held = []
            for path in files:
                if fold_of(path, args.folds) == k:
                    held.append(load_gold(REPO / path))
                else:
                    shutil.copy(REPO / path, train_dir / path.as_posix().replace("/", "__"))
            train_ner([train_dir], Path(scratch) / f"weights{k}", settings)
            gold_all += held
            base_all += list(annotate_lines(held, base))
            tuned_all += list(annotate_lines(held, EntityAnnotator(ner_weights=Path(scratch) / f"weights{k}")))
            print(f"fold {k + 1}/{args.folds}: {len(held)} texts, {time.perf_counter() - started:.0f} s", file=sys.stderr)

    def entity_scores(predicted):
        report = score(gold_all, predicted)["entities"]
        labels = {label: round(v["strict"]["f1"], 4) for label, v in sorted(report["per_label"].items())}
        return {"strict": report["strict"], "relaxed_f1": report["relaxed"]["f1"], "per_label_strict_f1": labels}

    result = {
        "folds": args.folds,
        "texts": len(gold_all),
        "entities": sum(len(item["entities"]) for item in gold_all),
        "settings": settings.__dict__,
        "base_model": entity_scores(base_all),
        "fine_tuned": entity_scores(tuned_all),
        "seconds": round(time.perf_counter() - started),
    }
    text = json.dumps(result, indent=1, sort_keys=True)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
