"""Fine-tuning the entity recogniser on gold (succession/ner_training.py, `build.py train-ner`)."""

import json

import pytest

from succession.cli import main
from succession.entities import NER_WEIGHTS_DIR, EntityAnnotator
from succession.errors import InputError
from succession.gold import text_sha256
from succession.ner_training import MANIFEST_NAME, TrainingSettings, read_manifest, train_ner

# en_core_web_sm takes this movement's name for a person; the gold says it is a group (NORP).
TRAINING_TEXTS = [
    "In Prague the Smenovekhovtsy published a weekly of their own.",
    "The Smenovekhovtsy urged the emigres to make peace with Moscow.",
    "Ustryalov spoke for the Smenovekhovtsy in Harbin.",
    "Many of the Smenovekhovtsy went home in 1923.",
    "Lenin read the Smenovekhovtsy with interest.",
    "Berlin had a circle of Smenovekhovtsy around the paper.",
]
PLACES = {"Prague": "GPE", "Moscow": "GPE", "Harbin": "GPE", "Berlin": "GPE", "Ustryalov": "PERSON", "Lenin": "PERSON"}


def write_gold(folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        entities = []
        for surface, label in sorted({**PLACES, "Smenovekhovtsy": "NORP"}.items(), key=lambda kv: text.find(kv[0])):
            start = text.find(surface)
            if start >= 0:
                entities.append({"start": start, "end": start + len(surface), "text": surface, "label": label, "entity_id": None})
        gold = {"id": f"train-{i}", "text": text, "text_sha256": text_sha256(text), "entities": entities}
        (folder / f"train-{i}.json").write_text(json.dumps(gold), encoding="utf-8")
    # A quotation-only gold file says nothing about entities and must not teach "no entities".
    text = "“Nobody,” she said."
    (folder / "quotes-only.json").write_text(json.dumps({"id": "quotes-only", "text": text, "text_sha256": text_sha256(text), "quotations": []}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("ner")
    gold = write_gold(root / "gold", TRAINING_TEXTS)
    settings = TrainingSettings(epochs=8)
    return gold, settings, train_ner([gold], root / "a", settings), root / "a"


def labels(annotator, text):
    return {(m.text, m.label) for m in annotator(text)}


def test_training_teaches_the_gold_label_on_unseen_text(trained):
    _, _, _, weights = trained
    unseen = "After the amnesty the Smenovekhovtsy came back."
    assert ("Smenovekhovtsy", "NORP") not in labels(EntityAnnotator(ner_weights=None), unseen)
    assert ("Smenovekhovtsy", "NORP") in labels(EntityAnnotator(ner_weights=weights), unseen)


def test_training_is_reproducible_byte_for_byte(trained, tmp_path):
    gold, settings, manifest, weights = trained
    again = train_ner([gold], tmp_path / "b", settings)
    assert again == manifest
    for name in ("cfg", "model", "moves", MANIFEST_NAME):
        assert (tmp_path / "b" / name).read_bytes() == (weights / name).read_bytes()


def test_manifest_describes_what_was_trained(trained):
    _, settings, manifest, weights = trained
    assert manifest["texts"] == len(TRAINING_TEXTS)  # the quotation-only file is left out
    assert manifest["settings"]["epochs"] == settings.epochs
    assert manifest["gold"][0]["files"] == len(TRAINING_TEXTS) + 1
    assert read_manifest(weights) == manifest


def test_the_annotator_names_the_weights_it_runs(trained):
    _, _, manifest, weights = trained
    assert f"+tuned:{manifest['weights_sha256'][:12]}" in EntityAnnotator(ner_weights=weights).version
    assert "+tuned:" not in EntityAnnotator(ner_weights=None).version


def test_tampered_weights_are_refused_naming_the_manifest(trained, tmp_path):
    import shutil

    _, _, _, weights = trained
    copy = tmp_path / "ner"
    shutil.copytree(weights, copy)
    data = bytearray((copy / "model").read_bytes())
    data[-1] ^= 1
    (copy / "model").write_bytes(bytes(data))
    with pytest.raises(InputError) as error:
        EntityAnnotator(ner_weights=copy)
    assert str(copy / MANIFEST_NAME) in str(error.value) and "weights_sha256" in str(error.value)


def test_missing_weights_are_refused_with_the_command_that_makes_them(tmp_path):
    (tmp_path / MANIFEST_NAME).write_text("{}", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_manifest(tmp_path)
    assert "model" in str(error.value) and "train-ner" in str(error.value)


def test_cli_refuses_an_empty_gold_folder(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["train-ner", "--gold", str(tmp_path / "empty"), "--out", str(tmp_path / "w"), "--epochs", "1"]) == 1
    assert "no gold files" in capsys.readouterr().err
    assert not (tmp_path / "w").exists()


def test_shipped_weights_match_their_manifest_and_keep_blind_sets_out():
    manifest = read_manifest(NER_WEIGHTS_DIR)
    trained_on = {entry["folder"] for entry in manifest["gold"]}
    assert "gold" in trained_on
    # test13 to test25 were scored blind (sessions 7 to 17) and are kept out of training to
    # measure the recogniser held out; test26 is kept blind for the next measurement
    blind = {"gold/test13", "gold/test14", "gold/test15", "gold/test16", "gold/test17", "gold/test18", "gold/test19", "gold/test20", "gold/test21", "gold/test22", "gold/test23", "gold/test24", "gold/test25", "gold/test26"}
    assert not trained_on & blind, "a blind held-out set must never be trained on"


def test_the_card_says_which_gold_sets_trained_the_recogniser():
    from succession.card import GOLD_SETS

    trained = {entry["folder"] for entry in read_manifest(NER_WEIGHTS_DIR)["gold"]}
    for name, folder, description in GOLD_SETS:
        assert ("recogniser trained" in description or "train the recogniser" in description) == (folder in trained), name


def test_shipped_weights_were_trained_on_the_gold_as_it_is_now():
    from succession import REPO_ROOT
    from succession.ner_training import gold_fingerprint

    for entry in read_manifest(NER_WEIGHTS_DIR)["gold"]:
        assert gold_fingerprint(REPO_ROOT / entry["folder"]) == entry, (
            f"{entry['folder']} changed since resources/ner was trained; run `python build.py train-ner` "
            "with the folders resources/ner/training.json lists"
        )


def test_the_cache_key_reads_the_weights_hash_without_the_model(trained, tmp_path):
    from succession.entities import ner_weights_id

    _, _, manifest, weights = trained
    assert ner_weights_id(weights) == manifest["weights_sha256"]
    assert ner_weights_id(tmp_path) == "unreadable"
