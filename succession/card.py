"""The dataset card: YAML metadata for the Hub, and datacard.md filled in with the release's numbers.

datacard.md is prose with ``{{ name }}`` placeholders; every placeholder must be one this
module fills, and every value is computed from the release being written.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from . import REPO_ROOT
from .errors import CorpusError
from .record import FEATURES, SPLITS

TEMPLATE = REPO_ROOT / "datacard.md"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


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

    total = sum(release.num_examples.values())
    all_features = {"documents": FEATURES, **CONFIGS}
    return {
        "pretty_name": "Lenin's Succession Corpus",
        "language": ["en"],
        "license": "other",
        "license_name": "mixed-rights-research-use",
        "task_categories": ["token-classification", "text-classification"],
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


def markdown_table(header: list[str], rows: list[list]) -> str:
    def cell(value) -> str:
        return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def placeholders(release) -> dict[str, str]:
    documents = sorted(release.documents, key=lambda d: d["id"])
    counts = release.label_counts
    return {
        "splits_table": markdown_table(["split", "documents"], [[s, release.num_examples[s]] for s in SPLITS]),
        "documents_table": markdown_table(
            ["id", "title", "publisher", "published", "split", "rights"],
            [[d["id"], d["title"], d["publisher"], d["date_published"], d["split"], d["rights"]] for d in documents],
        ),
        "entity_counts": markdown_table(["label", "mentions"], sorted(counts["entities"].items(), key=lambda kv: (-kv[1], kv[0]))),
        "date_counts": markdown_table(["type", "expressions"], sorted(counts["dates"].items(), key=lambda kv: (-kv[1], kv[0]))),
        "quotation_counts": markdown_table(["kind", "quotations"], sorted(counts["quotations"].items(), key=lambda kv: (-kv[1], kv[0]))),
        "annotation_status": markdown_table(["status", "documents"], sorted(release.annotation_status.items())),
        "num_documents": str(sum(release.num_examples.values())),
        "documents_note": documents_note(release),
    }


def documents_note(release) -> str:
    total = sum(release.num_examples.values())
    if total <= len(release.documents):
        return ""
    return f"The first {len(release.documents)} of {total} documents, by id; the Parquet files hold them all."


def render_card(release, template: Path = TEMPLATE) -> str:
    body = Path(template).read_text(encoding="utf-8")
    values = placeholders(release)
    unknown = sorted(set(PLACEHOLDER.findall(body)) - set(values))
    if unknown:
        raise CorpusError(f"{template}: unknown placeholders {unknown}; available: {sorted(values)}")
    body = PLACEHOLDER.sub(lambda m: values[m.group(1)], body)
    front = yaml.safe_dump(card_metadata(release), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body}"
