import json
import os
import shutil
import tempfile
from pathlib import Path

# Tests never touch the network or the user's Hugging Face cache.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("HF_DATASETS_CACHE", tempfile.mkdtemp(prefix="succession-hf-cache-"))

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def release(tmp_path_factory):
    """The seed corpus built once for the whole session."""
    from succession.pipeline import build

    out = tmp_path_factory.mktemp("release") / "dist"
    build(CORPUS, out)
    return out


@pytest.fixture
def corpus_copy(tmp_path):
    """A scratch copy of the seed corpus to break in tests."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def quotation_mentions(text: str, specs) -> list:
    """Entity mentions for (surface, label) or (surface, label, entity_id) specs at every
    whole-word occurrence, as a tagger would give them: none inside a longer one."""
    import re

    from succession.data import EntityMention

    found = []
    for spec in specs:
        surface, label, entity_id = (*spec, None)[:3]
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            found.append(EntityMention(match.start(), match.end(), surface, label, entity_id, "test"))
    kept = [m for m in found if not any(o.start <= m.start and m.end <= o.end and o != m for o in found)]
    return sorted(kept, key=lambda m: (m.start, m.end))


def quotation_speakers(text: str, specs) -> list[tuple[str, str | None]]:
    """(quotation text, speaker) for each quotation found with ``quotation_mentions``."""
    from succession.quotes import find_quotations

    return [(q.text, q.speaker) for q in find_quotations(text, quotation_mentions(text, specs), ())]


def model_mention(text: str, name: str, label: str, occurrence: int = 0):
    """A mention as the recogniser would give it: the ``occurrence``-th ``name`` in ``text``."""
    from succession.entities import EntityMention

    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return EntityMention(start, start + len(name), name, label, None, "model")


def entity_spans(mentions) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in mentions}


def assert_names(annotator, text: str, expected: set, absent: set) -> None:
    """The annotator finds every expected (text, label) in ``text`` and none of the absent ones."""
    found = entity_spans(annotator(text))
    assert expected <= found, found
    assert not absent & found, found


def write_document(folder: Path, doc_id: str, text: str, **metadata) -> None:
    meta = {
        "id": doc_id,
        "title": "A title",
        "publisher": None,
        "authors": None,
        "date_published": None,
        "url": None,
        "language": "en",
        "rights": "unknown",
        "series": None,
        "notes": None,
    }
    meta.update(metadata)
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{doc_id}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


# The corpus holds the seeds byte for byte under slug ids (test_sources checks the bytes).
SEED_IDS = {
    "000_2d192ac3dee126e8.txt": "wsws-foundations-origins-of-stalinism",
    "001_74b362fd79745b26.txt": "trotskyism-introduction-ch5-rise-of-stalin",
    "002_2d01784a50ec05a7.txt": "militant-1997-04-28-stalin-trotsky",
    "003_ad341dc5492049f4.txt": "wsws-foundations-expulsion-of-trotsky",
    "004_43a0796669f9a070.txt": "globalsecurity-stalin-versus-trotsky",
}


def seed_path(name: str) -> Path:
    return CORPUS / f"{SEED_IDS[name]}.txt"


def assert_card_features_match_parquet(meta: dict, folder: Path) -> None:
    """Every config the card declares has the features the build declares, and every Parquet
    file it lists stores exactly those features."""
    import pyarrow.parquet as pq
    from datasets import Features

    from succession.configs import CONFIGS
    from succession.record import FEATURES

    declared = {"documents": FEATURES, **CONFIGS}
    infos = {info["config_name"]: info for info in meta["dataset_info"]}
    assert set(infos) == set(declared)
    for config in meta["configs"]:
        card_features = Features._from_yaml_list(infos[config["config_name"]]["features"])
        assert card_features == declared[config["config_name"]]
        for entry in config["data_files"]:
            for path in entry["path"]:
                assert Features.from_arrow_schema(pq.read_schema(folder / path)) == card_features
