"""The dataset card: YAML metadata for the Hub, and datacard.md filled in with the release's numbers.

datacard.md is a Datasheet for Datasets and a Data Statement in prose, with ``{{ name }}``
placeholders; every placeholder must be one this module fills, and every value is computed
from the release being written:

- the writer's running counts (documents and tokens per split, labels, annotation status);
- the Parquet files of the release, read back from the staging folder once they are closed
  (per-span annotators, each document's url and rights, the entity table's mention counts);
- what the caller passes in: the annotators' scores on the gold (``annotator_scores``, computed
  once per build because it runs the language model) and the figures written beside the card.

``render_card`` checks its own YAML with the offline parts of the Hub's validation
(``metadata_problems``) and refuses to write a card the Hub would reject.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import REPO_ROOT
from .errors import CorpusError, Problem
from .record import SCHEMA_VERSION, SPLITS

TEMPLATE = REPO_ROOT / "datacard.md"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
LAYERS = ("entities", "dates", "quotations")
LAYER_LABEL = {"entities": "label", "dates": "type", "quotations": "kind"}
# The annotator name gold spans carry (succession.gold.GOLD_ANNOTATOR): a person reviewed them.
REVIEWED_ANNOTATOR_PREFIX = "gold."
LICENSE_FILE = "LICENSE.md"
LICENSE_NAME = "mixed-rights-research-use"
FIGURE_ALT = {
    "figures/timeline.png": "Bar chart of normalised temporal expressions per year, 1900-1945",
    "figures/people.png": "Bar chart of the most-mentioned people, by canonical name",
}

# The gold sets the annotators are scored on, described as what they are to the annotators.
GOLD_SETS = (
    ("seed", "gold", "seed documents (reviewed; annotators developed and the recogniser trained on them)"),
    ("dev", "gold/dev", "development texts (annotators tuned and the recogniser trained on them)"),
    ("test", "gold/test", "first held-out set, written blind; then used to build rules and train the recogniser"),
    ("test2", "gold/test2", "second held-out set, scored once blind; then used to tune speakers and entities and train the recogniser"),
    ("test3", "gold/test3", "third held-out set, scored once blind; then used to tune speakers and entities and train the recogniser"),
    ("test4", "gold/test4", "fourth held-out set, scored once blind (entities 0.850); then used to tune entities and train the recogniser"),
    ("test5", "gold/test5", "fifth held-out set, scored once blind (entities 0.844); then used to tune entities and train the recogniser"),
    ("test6", "gold/test6", "sixth held-out set, scored once blind (entities 0.815, dates 0.856, speakers 0.453); then used to tune dates and train the recogniser"),
    ("test7", "gold/test7", "seventh held-out set, scored once blind (entities 0.917, dates 0.883, speakers 0.745); then used to tune dates, speakers and entity rules and train the recogniser"),
    ("test8", "gold/test8", "eighth held-out set, scored once blind (entities 0.874, dates 0.897, speakers 0.527); then used to tune speakers, dates and entity rules and train the recogniser"),
    ("test9", "gold/test9", "ninth held-out set, scored once blind (entities 0.851, dates 0.943, speakers 0.714); then used to tune speakers, entities and dates and train the recogniser"),
    ("test10", "gold/test10", "tenth held-out set, scored once blind (entities 0.847, dates 0.875, speakers 0.772); then used to tune entities, dates and speakers and train the recogniser"),
    ("test11", "gold/test11", "eleventh held-out set, scored once blind (entities 0.787, dates 0.873, speakers 0.775); then used to tune entities, dates and speakers and train the recogniser"),
    ("test12", "gold/test12", "twelfth held-out set, scored once blind (entities 0.842, dates 0.892, speakers 0.696); then used to tune entities, dates and speakers and train the recogniser"),
    ("test13", "gold/test13", "thirteenth held-out set, scored once blind (entities 0.815, dates 0.933, speakers 0.853); then used to tune entities, never trained on"),
    ("test14", "gold/test14", "fourteenth held-out set, scored once blind (entities 0.826, dates 0.919, speakers 0.706); then used to tune entities, dates and speakers, never trained on"),
    ("test15", "gold/test15", "fifteenth held-out set, scored once blind (entities 0.751, dates 0.839, speakers 0.714); then used for development, never trained on"),
    ("test16", "gold/test16", "sixteenth held-out set, scored once blind (entities 0.727, dates 0.869, speakers 0.768); then used for development, never trained on"),
    ("test17", "gold/test17", "seventeenth held-out set, scored once blind (entities 0.903, dates 0.957, speakers 0.747); then used for development, never trained on"),
    ("test18", "gold/test18", "eighteenth held-out set, scored once blind (entities 0.888, dates 0.933, speakers 0.885); then used for development, never trained on"),
    ("test19", "gold/test19", "nineteenth held-out set, scored once blind (entities 0.867, dates 0.945, speakers 0.778); then used for development, never trained on"),
    ("test20", "gold/test20", "twentieth held-out set, scored once blind (entities 0.823, dates 0.912, speakers 0.734); then used for development, never trained on"),
    ("test21", "gold/test21", "twenty-first held-out set, scored once blind (entities 0.852, dates 0.932, speakers 0.813); then used for development, never trained on"),
    ("test22", "gold/test22", "twenty-second held-out set, scored once blind (entities 0.843, dates 0.868, speakers 0.779); then used for development, never trained on"),
    ("test23", "gold/test23", "twenty-third held-out set, scored once blind (entities 0.864, dates 0.936, speakers 0.788); then used for development, never trained on"),
    ("test24", "gold/test24", "twenty-fourth held-out set, scored once blind (entities 0.803, dates 0.937, speakers 0.923); then used for development, never trained on"),
    ("test25", "gold/test25", "twenty-fifth held-out set, scored once blind (entities 0.846, dates 0.917, speakers 0.851); never trained on"),
)
SCORED_ATTRIBUTE = {"entities": ("entity_id_accuracy", "canonical id"), "dates": ("value_accuracy", "value"), "quotations": ("speaker_accuracy", "speaker")}


# ---------------------------------------------------------------- YAML metadata


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def config_info(release, name: str, features) -> dict:
    table = release.tables[name]
    files = [p for paths in table.data_files().values() for p in paths]
    return {
        "config_name": name,
        "features": features._to_yaml_list(),
        "splits": [{"name": split, "num_bytes": int(table.num_bytes[split]), "num_examples": int(table.num_examples[split])} for split in table.splits],
        "download_size": sum((release.staging / p).stat().st_size for p in files),
        "dataset_size": int(sum(table.num_bytes.values())),
    }


def card_metadata(release) -> dict:
    from .configs import CONFIGS
    from .record import FEATURES

    total = sum(release.num_examples.values())
    all_features = {"documents": FEATURES, **CONFIGS}
    reviewed = release.annotation_status.get("reviewed", 0)
    automatic = total - reviewed
    return {
        "pretty_name": "Lenin's Succession Corpus",
        "language": ["en"],
        # The texts are US and British English, much of them translated from Russian.
        "language_details": ["en-US", "en-GB"],
        # The documents are copyrighted by their publishers (see each document's `rights`); the
        # annotations and code are MIT. No single licence id says that, so: "other", explained
        # in LICENSE.md beside the card.
        "license": "other",
        "license_name": LICENSE_NAME,
        "license_link": LICENSE_FILE,
        "annotations_creators": (["expert-generated"] if reviewed else []) + (["machine-generated"] if automatic or not total else []),
        "language_creators": ["found"],
        "multilinguality": ["monolingual"],
        "source_datasets": ["original"],
        "task_categories": ["token-classification"],
        "task_ids": ["named-entity-recognition"],
        "size_categories": [size_category(total)],
        "tags": ["history", "soviet-union", "trotsky", "stalin", "temporal-expressions", "quotation-attribution", "timex3", "web-scrape"],
        "configs": [
            {
                "config_name": name,
                **({"default": True} if name == "documents" else {}),
                "data_files": [{"split": split, "path": paths} for split, paths in release.data_files(name).items()],
            }
            for name in all_features
        ],
        "dataset_info": [config_info(release, name, features) for name, features in all_features.items()],
    }


LICENSE_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.-]*$")


def metadata_problems(card_text: str) -> list[str]:
    """What the Hub would reject in the card's YAML, checked offline.

    ``DatasetCard.validate`` posts the card to the Hub; this runs the checks that need no
    network: the YAML parses without duplicate keys; huggingface_hub's ``DatasetCard`` loads it
    into ``DatasetCardData`` and writes the same metadata back; ``datasets`` reads the configs
    (data_files shape, one default) and every config's ``dataset_info`` (features, splits);
    the closed vocabularies (languages, sizes, creators, multilinguality, task categories) hold
    the values used; and a licence ``other`` comes with ``license_name`` and ``license_link``.
    """
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs, _NoDuplicateSafeLoader, _split_yaml_from_readme, known_task_ids
    from huggingface_hub import DatasetCard, DatasetCardData

    problems: list[str] = []
    block, _ = _split_yaml_from_readme(card_text)
    if block is None:
        return ["no YAML front matter between --- lines at the top of the card"]
    try:
        meta = yaml.load(block, Loader=_NoDuplicateSafeLoader)
    except (yaml.YAMLError, TypeError) as e:
        return [f"YAML: {e}"]
    if not isinstance(meta, dict):
        return ["YAML front matter is not a mapping"]
    try:
        card = DatasetCard(card_text, ignore_metadata_errors=False)
    except Exception as e:  # huggingface_hub raises ValueError and others
        return [f"huggingface_hub.DatasetCard: {e}"]
    if not isinstance(card.data, DatasetCardData):
        problems.append("huggingface_hub did not read the metadata as DatasetCardData")
    elif card.data.to_dict() != meta:
        problems.append("DatasetCardData does not round-trip the metadata")
    try:
        configs = MetadataConfigs.from_dataset_card_data(card.data)
        default = configs.get_default_config_name()
        infos = DatasetInfosDict.from_dataset_card_data(card.data)
    except Exception as e:
        return problems + [f"datasets: {e}"]
    if configs and default is None:
        problems.append("configs: no default config")
    if set(infos) != set(configs):
        problems.append(f"dataset_info configs {sorted(infos)} differ from configs {sorted(configs)}")
    for name, config in configs.items():
        declared = {entry["split"] for entry in config.get("data_files", []) if isinstance(entry, dict)}
        info = infos.get(name)
        if info is not None and info.splits is not None and set(info.splits) != declared:
            problems.append(f"{name}: dataset_info splits {sorted(info.splits)} differ from data_files splits {sorted(declared)}")
    vocabularies = resource_vocabularies()
    checks = {
        "language": vocabularies["languages"],
        "size_categories": vocabularies["size_categories"],
        "annotations_creators": vocabularies["creators"]["annotations"],
        "language_creators": vocabularies["creators"]["language"],
        "multilinguality": vocabularies["multilingualities"],
        "task_categories": known_task_ids,
    }
    for key, allowed in checks.items():
        values = meta.get(key)
        values = [values] if isinstance(values, str) else values or []
        problems += [f"{key}: {value!r} is not one of the Hub's values" for value in values if value not in allowed]
    if meta.get("license") == "other" or (isinstance(meta.get("license"), list) and "other" in meta["license"]):
        if not isinstance(meta.get("license_name"), str) or not LICENSE_NAME_PATTERN.match(meta["license_name"]):
            problems.append("license other needs a license_name of lowercase letters, digits, dots and hyphens")
        if not isinstance(meta.get("license_link"), str) or not meta["license_link"]:
            problems.append("license other needs a license_link (a file in the repository or a URL)")
    if not isinstance(meta.get("pretty_name"), str):
        problems.append("pretty_name must be a string")
    return problems


def resource_vocabularies() -> dict:
    """The closed vocabularies ``datasets`` ships (the Hub's own lists, as of its version)."""
    import json
    from importlib.resources import files

    folder = files("datasets.utils.resources")
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in ("languages", "size_categories", "creators", "multilingualities")}


# ---------------------------------------------------------------- the annotators' scores


# annotator_scores's results already computed in this process, by their key.
SCORES_IN_THIS_PROCESS: dict[str, dict] = {}


def annotator_scores(gold_dirs: Mapping[str, Path] | Iterable[tuple[str, Path, str]] | None = None, *, cache=None, versions: dict | None = None) -> dict:
    """The annotators scored on each gold set, as ``python build.py evaluate --gold <dir>`` does.

    ``gold_dirs``: None for the repository's sets (GOLD_SETS: seed gold, gold/dev, gold/test*), a
    mapping {set name: folder} (names from GOLD_SETS keep their description), or
    (name, folder, description) triples. A missing or empty folder is left out. Runs the
    annotators once over all the texts, shared between this process and one worker process on
    a machine with two cores or more (succession.cli.annotate_all); the result depends only on
    the gold files and the annotators' versions, never on the machine, the number of processes
    or the order of the files on disk.

    Returns {"annotators": [names of the annotators whose spans were scored],
    "sets": [{"name", "description", "path", "documents", "report"}]}, where ``report`` is
    succession.evaluate.score's report.

    The scores are kept under a key made of the annotators' ``versions``
    (succession.pipeline.stage_versions() unless given), the scoring code and the bytes of every
    gold file: in this process, so a process that builds more than once (the test suite, a
    notebook) runs the annotators over the gold once, and in ``cache`` (a
    succession.cache.StageCache) if one is given, so a rebuild with nothing changed does not load
    the language model for them.
    """
    from . import evaluate
    from .cache import cache_key
    from .cli import annotate_all, read_gold_items
    from .evaluate import score

    descriptions = {name: description for name, _, description in GOLD_SETS}
    if gold_dirs is None:
        sets = [(name, REPO_ROOT / folder, description) for name, folder, description in GOLD_SETS]
    elif isinstance(gold_dirs, Mapping):
        sets = [(name, Path(folder), descriptions.get(name, f"gold texts in {Path(folder).name}")) for name, folder in gold_dirs.items()]
    else:
        sets = [(name, Path(folder), description) for name, folder, description in gold_dirs]
    if versions is None:
        from .pipeline import stage_versions

        versions = stage_versions()
    files = [
        [name, description, path.name, hashlib.sha256(path.read_bytes()).hexdigest()]
        for name, folder, description in sets
        if folder.is_dir()
        for path in sorted(folder.glob("*.json"))
    ]
    code = hashlib.sha256(Path(evaluate.__file__).read_bytes()).hexdigest()
    key = cache_key("scores", {layer: versions.get(layer) for layer in LAYERS}, code, files, [str(folder) for _, folder, _ in sets])
    if key in SCORES_IN_THIS_PROCESS:
        return copy.deepcopy(SCORES_IN_THIS_PROCESS[key])
    cached = cache.get("scores", key) if cache is not None else None
    if cached is not None:
        SCORES_IN_THIS_PROCESS[key] = copy.deepcopy(cached)
        return cached
    gold_by_set = []
    for name, folder, description in sets:
        if not folder.is_dir():
            continue
        items = read_gold_items(folder)
        if items:
            gold_by_set.append((name, folder, description, items))
    # One pass of the language model over every distinct text (a text in two sets once).
    unique = {(item["id"], item["text"]): item for *_, items in gold_by_set for item in items}
    predicted = {(line["id"], line["text"]): line for line in annotate_all(list(unique.values()))} if unique else {}
    annotators: set[str] = set()
    result = []
    for name, folder, description, items in gold_by_set:
        lines = [predicted[(item["id"], item["text"])] for item in items]
        annotators.update(span["annotator"] for line in lines for layer in LAYERS for span in line[layer] if span.get("annotator"))
        try:
            shown = folder.resolve().relative_to(REPO_ROOT).as_posix() + "/"
        except ValueError:
            shown = folder.name + "/"
        result.append({"name": name, "description": description, "path": shown, "documents": len(items), "report": score(items, lines)})
    scores = {"annotators": sorted(annotators), "sets": result}
    SCORES_IN_THIS_PROCESS[key] = copy.deepcopy(scores)
    if cache is not None:
        cache.put("scores", key, scores)
    return scores


def number(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def scores_section(scores: dict | None) -> str:
    if scores is None:
        return (
            "Not measured for this release (it was built without scoring the annotators). "
            "`python build.py evaluate --gold gold/dev/` (or any `gold/test*/` folder) gives the numbers."
        )
    if not scores["sets"]:
        return "No gold texts were available to score the annotators on."
    parts = []
    for entry in scores["sets"]:
        report = entry["report"]
        rows = []
        for layer in LAYERS:
            layer_report = report[layer]
            strict, relaxed = layer_report["strict"], layer_report["relaxed"]
            key, what = SCORED_ATTRIBUTE[layer]
            attribute = layer_report[key]
            cell = f"{what} {number(attribute['accuracy'])} ({attribute['correct']}/{attribute['total']})"
            if "speaker_f1" in layer_report:
                # accuracy counts only words the gold attributes; F1 also counts speakers given
                # to words it attributes to no one
                cell += f"; speaker F1 {number(layer_report['speaker_f1']['f1'])}"
            rows.append(
                [
                    layer,
                    strict["tp"] + strict["fn"],
                    strict["tp"] + strict["fp"],
                    number(strict["precision"]),
                    number(strict["recall"]),
                    number(strict["f1"]),
                    number(relaxed["f1"]),
                    cell,
                ]
            )
        heading = f"**{entry['description'][:1].upper()}{entry['description'][1:]}**: `{entry['path']}`, {entry['documents']} document{'' if entry['documents'] == 1 else 's'}."
        table = markdown_table(["layer", "gold spans", "predicted", "strict P", "strict R", "strict F1", "relaxed F1", "accuracy over relaxed matches"], rows)
        parts.append(f"{heading}\n\n{table}")
    annotators = ", ".join(f"`{name}`" for name in scores["annotators"]) or "none"
    return "\n\n".join(parts) + f"\n\nAnnotators scored: {annotators}."


# ---------------------------------------------------------------- reading the release back


@dataclass
class ReleaseFacts:
    """Counts read back from the release's Parquet files (closed before the card is rendered)."""

    spans: dict[str, Counter] = field(default_factory=lambda: {layer: Counter() for layer in LAYERS})  # layer -> annotator -> spans
    urls: dict[str, str | None] = field(default_factory=dict)  # document id -> url, for the card's documents
    rights: Counter = field(default_factory=Counter)  # (publisher, rights) -> documents
    people: list[tuple[str, int]] = field(default_factory=list)

    @property
    def reviewed(self) -> Counter:
        return Counter({layer: sum(n for name, n in counts.items() if is_reviewed(name)) for layer, counts in self.spans.items()})


def is_reviewed(annotator: str | None) -> bool:
    return bool(annotator) and annotator.startswith(REVIEWED_ANNOTATOR_PREFIX)


def release_facts(release, card_ids: set[str], top: int = 15) -> ReleaseFacts:
    """Stream the documents' small columns and the entity table; memory stays flat however
    many documents there are."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from .configs import ENTITY_FEATURES

    facts = ReleaseFacts()
    columns = ["id", "publisher", "rights", "url", *(f"{layer}.list.element.annotator" for layer in LAYERS)]
    for paths in release.data_files("documents").values():
        for path in paths:
            for batch in pq.ParquetFile(release.staging / path).iter_batches(columns=columns, batch_size=1000):
                data = batch.to_pydict()
                for doc_id, publisher, rights, url in zip(data["id"], data["publisher"], data["rights"], data["url"]):
                    facts.rights[(publisher, rights)] += 1
                    if doc_id in card_ids:
                        facts.urls[doc_id] = url
                for layer in LAYERS:
                    annotators = pc.struct_field(pc.list_flatten(batch.column(layer)), "annotator")
                    facts.spans[layer].update(annotators.to_pylist())
    if "entities" in release.tables:
        type_names = ENTITY_FEATURES["type"]
        people = []
        for paths in release.data_files("entities").values():
            for path in paths:
                for row in pq.read_table(release.staging / path, columns=["name", "type", "mentions"]).to_pylist():
                    if type_names.int2str(row["type"]) == "PERSON":
                        total = sum(v or 0 for v in row["mentions"].values())
                        if total:
                            people.append((row["name"], total))
        facts.people = sorted(people, key=lambda item: (-item[1], item[0]))[:top]
    return facts


# ---------------------------------------------------------------- the body


def markdown_table(header: list[str], rows: list[list]) -> str:
    def cell(value) -> str:
        return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def count_table(header: list[str], counts: Counter) -> str:
    total = sum(counts.values())
    rows = [[label, n, share(n, total)] for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return markdown_table([*header, "share"], rows + [["total", total, share(total, total) if total else "n/a"]])


def figure(path: str, figures: Iterable[str], caption: str) -> str:
    if path not in set(figures):
        return f"*(Figure not included in this release.)* {caption}"
    return f"![{FIGURE_ALT[path]}]({path})\n\n{caption}"


def placeholders(release, scores: dict | None = None, figures: Iterable[str] = ()) -> dict[str, str]:
    from .figures import timeline_note

    figures = tuple(figures)
    documents = sorted(release.documents, key=lambda d: d["id"])
    facts = release_facts(release, {d["id"] for d in documents})
    counts = release.label_counts
    total_docs = sum(release.num_examples.values())
    total_tokens = sum(release.tokens.values())
    reviewed_spans = facts.reviewed
    span_rows = []
    for layer in LAYERS:
        total = sum(facts.spans[layer].values())
        span_rows.append([layer, reviewed_spans[layer], total - reviewed_spans[layer], total, share(reviewed_spans[layer], total)])
    all_spans = sum(sum(c.values()) for c in facts.spans.values())
    all_reviewed = sum(reviewed_spans.values())
    span_rows.append(["all layers", all_reviewed, all_spans - all_reviewed, all_spans, share(all_reviewed, all_spans)])
    status = Counter({name: release.annotation_status.get(name, 0) for name in ("reviewed", "automatic")})
    dated = sum(release.date_years.values())
    return {
        "num_documents": str(total_docs),
        "num_tokens": str(total_tokens),
        "num_spans": str(all_spans),
        "schema_version": str(SCHEMA_VERSION),
        "splits_table": markdown_table(
            ["split", "documents", "tokens"],
            [[s, release.num_examples[s], release.tokens[s]] for s in SPLITS] + [["total", total_docs, total_tokens]],
        ),
        "documents_table": markdown_table(
            ["id", "title", "publisher", "published", "split", "rights"],
            [[d["id"], d["title"], d["publisher"], d["date_published"], d["split"], d["rights"]] for d in documents],
        ),
        "documents_note": documents_note(release),
        "rights_table": markdown_table(
            ["id", "publisher", "rights", "url"],
            [[d["id"], d["publisher"] or "unknown", d["rights"], facts.urls.get(d["id"]) or "unknown"] for d in documents],
        ),
        "rights_summary": markdown_table(
            ["publisher", "rights", "documents"],
            sorted(([publisher or "unknown", rights or "unknown", n] for (publisher, rights), n in facts.rights.items()), key=lambda row: (-row[2], row[0], row[1])),
        ),
        "entity_counts": count_table(["label", "mentions"], counts["entities"]),
        "date_counts": count_table(["type", "expressions"], counts["dates"]),
        "quotation_counts": count_table(["kind", "quotations"], counts["quotations"]),
        "annotation_status": markdown_table(["status", "documents", "share"], [[name, n, share(n, total_docs)] for name, n in sorted(status.items())]),
        "span_status": markdown_table(["layer", "reviewed spans", "automatic spans", "all spans", "reviewed share"], span_rows),
        "annotators_table": markdown_table(
            ["layer", "annotator", "spans"],
            [[layer, f"`{name}`", n] for layer in LAYERS for name, n in sorted(facts.spans[layer].items(), key=lambda kv: (-kv[1], kv[0] or ""))],
        ),
        "dated_share": f"{dated} of {sum(counts['dates'].values())}",
        "timeline_figure": figure("figures/timeline.png", figures, f"Temporal expressions per year of their first day: {timeline_note(release.date_years) if dated else 'no dates'}."),
        "people_figure": figure("figures/people.png", figures, "Mentions of the people the entity table knows, over all splits."),
        "people_table": markdown_table(["person", "mentions"], [[name, n] for name, n in facts.people]),
        "annotator_scores": scores_section(scores),
    }


def documents_note(release) -> str:
    total = sum(release.num_examples.values())
    if total <= len(release.documents):
        return ""
    return f"The first {len(release.documents)} of {total} documents, by id; the Parquet files hold them all."


def license_text() -> str:
    """LICENSE.md for the release: what ``license: other`` in the card's metadata means."""
    return LICENSE_TEXT


LICENSE_TEXT = """\
# Licence and rights: mixed-rights-research-use

This dataset combines material under different terms.

1. **The documents' texts** (`raw_text`, `text`, and every span's `text`, quotation and context
   drawn from them) are copyrighted web publications owned by their publishers and authors. They
   were gathered for research use. No licence is granted for them beyond what their publishers
   grant; each document's `rights` field records what is known of its copyright, and the card's
   rights table lists them with their publishers and URLs. Use them for research, quote them
   within the limits of fair use or fair dealing, and contact the publisher for anything more.
2. **The annotations and metadata made for this dataset** (entity, date and quotation spans,
   canonical entity ids, TIMEX3 values, the entity table, the cleaner's removal records, the
   tokens and tags) and **the code that builds it** are offered under the MIT licence:

   Copyright (c) the Lenin's Succession Corpus contributors

   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
   and associated documentation files (the "Software"), to deal in the Software without
   restriction, including without limitation the rights to use, copy, modify, merge, publish,
   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
   Software is furnished to do so, subject to the following conditions:

   The above copyright notice and this permission notice shall be included in all copies or
   substantial portions of the Software.

   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
   BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
   NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
   DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

If you are a rights holder and want a document removed, open an issue or a discussion on the
dataset's repository; it will be removed from the next release.
"""


def card_files(release, entity_table=None, cache=None) -> dict[str, bytes | str]:
    """The files the card links to, for ReleaseWriter.finish's extra_files: LICENSE.md and the
    figures (taken from ``cache``, a StageCache, when what they draw is unchanged). Call before
    ``finish`` (it reads the writer's running counts)."""
    from .entities import load_entity_table
    from .figures import release_figures

    table = entity_table or load_entity_table()
    return {LICENSE_FILE: license_text(), **release_figures(release.date_years, release.entity_mentions, table, cache)}


def render_card(release, template: Path = TEMPLATE, *, scores: dict | None = None, figures: Iterable[str] = ()) -> str:
    """The card's text. ``scores``: annotator_scores(...) or None to say they were not measured;
    ``figures``: the figure paths written beside the card (succession.figures)."""
    body = Path(template).read_text(encoding="utf-8")
    values = placeholders(release, scores, figures)
    unknown = sorted(set(PLACEHOLDER.findall(body)) - set(values))
    if unknown:
        raise CorpusError(f"{template}: unknown placeholders {unknown}; available: {sorted(values)}")
    body = PLACEHOLDER.sub(lambda m: values[m.group(1)], body)
    front = yaml.safe_dump(card_metadata(release), sort_keys=False, allow_unicode=True, width=1000)
    text = f"---\n{front}---\n\n{body}"
    problems = metadata_problems(text)
    if problems:
        raise CorpusError([Problem(str(template), "", f"the card's metadata would fail the Hub's validation: {p}") for p in problems])
    return text
