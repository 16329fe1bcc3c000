"""The dataset card: a Datasheet and a Data Statement whose numbers are the release's, figures
that are valid and reproducible PNGs, the annotators' scores labelled for what they are, and
YAML metadata the Hub accepts (checked offline).

The card is rendered by a ReleaseWriter filled, in the test, with the records of a real build
of the seed corpus, and wired as the pipeline wires it: scores and figures passed in, the
figures and LICENSE.md written beside the card."""

import re
import shutil
import struct
from collections import Counter
from functools import partial

import pyarrow.parquet as pq
import pytest
import yaml

from succession import REPO_ROOT
from succession.card import (
    GOLD_SETS,
    LICENSE_FILE,
    annotator_scores,
    card_files,
    metadata_problems,
    render_card,
)
from succession.configs import ENTITY_FEATURES, entity_rows, quotation_rows, token_rows
from succession.entities import load_entity_table
from succession.errors import CorpusError
from succession.figures import PEOPLE, TIMELINE, people_png, timeline_png, top_people
from succession.publish import ReleaseWriter
from succession.record import FEATURES, SPLITS

from .conftest import assert_card_features_match_parquet

LABEL_FIELD = {"entities": "label", "dates": "type", "quotations": "kind"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DATASHEET_SECTIONS = [
    "Motivation",
    "Composition",
    "Collection process",
    "Preprocessing, cleaning and labelling",
    "Uses",
    "Distribution",
    "Maintenance",
]
DATA_STATEMENT_SECTIONS = ["Data statement", "Curation rationale", "Language variety", "Authors and their stances", "Annotators", "Speech situation and text characteristics"]


# ---------------------------------------------------------------- fixtures


def published_records(release):
    """The release's documents as the records the pipeline wrote (labels as strings)."""
    status = FEATURES["annotation_status"]
    for split in SPLITS:
        for path in sorted((release / "data").glob(f"{split}-*.parquet")):
            for row in pq.read_table(path).to_pylist():
                row["annotation_status"] = status.int2str(row["annotation_status"])
                for layer, key in LABEL_FIELD.items():
                    names = FEATURES[layer].feature[key]
                    for span in row[layer]:
                        span[key] = names.int2str(span[key])
                yield row


def write_release(release, out, scores, with_files=True):
    writer = ReleaseWriter(out)
    for record in published_records(release):
        tokens, misaligned = token_rows(record)
        writer.write(record, tokens, quotation_rows(record), misaligned)
    files = card_files(writer) if with_files else {}
    mentions = {entity: dict(counts) for entity, counts in writer.entity_mentions.items()}
    writer.finish(partial(render_card, scores=scores, figures=files), files, entity_rows(load_entity_table(), mentions))
    return out


@pytest.fixture(scope="module")
def scores():
    return annotator_scores()


@pytest.fixture(scope="module")
def carded(release, scores, tmp_path_factory):
    return write_release(release, tmp_path_factory.mktemp("carded") / "dist", scores)


@pytest.fixture(scope="module")
def card(carded):
    return (carded / "README.md").read_text(encoding="utf-8")


def front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n")[1])


def body(card: str) -> str:
    return card.split("---\n", 2)[2]


def section(card: str, heading: str) -> str:
    """The text under a Markdown heading, up to the next heading of the same or a higher level."""
    match = re.search(rf"^(#+) {re.escape(heading)}\n", body(card), re.M)
    assert match, f"no section {heading!r}"
    level = len(match.group(1))
    rest = body(card)[match.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.M)
    return rest[: end.start()] if end else rest


def tables(text: str) -> list[list[dict]]:
    """Every Markdown table in the text, as lists of {header: cell} rows."""
    found, lines = [], text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            header = [cell.strip() for cell in lines[i].strip("|").split(" | ")]
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("| "):
                cells = [cell.strip() for cell in re.split(r"(?<!\\) \| ", lines[i][2:-2])]
                rows.append(dict(zip(header, (cell.replace("\\|", "|") for cell in cells))))
                i += 1
            found.append(rows)
        else:
            i += 1
    return found


def table_after(card: str, heading: str, intro: str | None = None) -> list[dict]:
    text = section(card, heading)
    if intro is not None:
        text = text[text.index(intro) :]
    return tables(text)[0]


def parquet_rows(release, folder: str, columns=None) -> dict[str, list[dict]]:
    rows = {}
    for path in sorted((release / folder).glob("*.parquet")):
        split = path.name.split("-")[0]
        rows.setdefault(split, []).extend(pq.read_table(path, columns=columns).to_pylist())
    return rows


# ---------------------------------------------------------------- sections and prose


def test_card_has_every_datasheet_and_data_statement_section(card):
    headings = re.findall(r"^#+ (.+)$", body(card), re.M)
    for name in DATASHEET_SECTIONS + DATA_STATEMENT_SECTIONS + ["Citation", "Licence", "Bias, partisanship and limitations"]:
        assert name in headings, name
    for name in DATASHEET_SECTIONS + DATA_STATEMENT_SECTIONS:
        assert len(section(card, name).strip()) > 100, f"{name} is empty"


def test_card_says_the_sources_are_partisan_and_names_them(card):
    stances = section(card, "Authors and their stances")
    for publisher in ("Socialist Equality Party", "The Militant", "Socialist Workers Party", "GlobalSecurity.org", "Trotskyist"):
        assert publisher in stances
    assert "partisan" in body(card).lower()
    assert "en_core_web_sm` 3.8.0" in card
    varieties = section(card, "Language variety")
    assert "US English" in varieties and "British" in varieties and "translation" in varieties


def test_card_has_no_placeholder_left_and_a_bibtex_citation(card):
    assert "{{" not in body(card) and "}}" not in body(card)
    citation = section(card, "Citation")
    block = re.search(r"```bibtex\n(.*?)```", citation, re.S).group(1)
    assert block.startswith("@misc{") and block.count("{") == block.count("}")
    for field in ("title", "author", "howpublished", "note"):
        assert re.search(rf"^\s+{field}\s+=", block, re.M)


# ---------------------------------------------------------------- statistics


def test_documents_and_tokens_per_split_match_the_parquet(card, carded):
    documents = parquet_rows(carded, "data", ["id"])
    tokens = parquet_rows(carded, "tokens", ["tokens"])
    rows = {row["split"]: row for row in table_after(card, "Splits")}
    for split in SPLITS:
        assert int(rows[split]["documents"]) == len(documents[split])
        assert int(rows[split]["tokens"]) == sum(len(r["tokens"]) for r in tokens[split])
    assert int(rows["total"]["documents"]) == sum(len(v) for v in documents.values())
    assert f"This release holds {rows['total']['documents']} documents, {rows['total']['tokens']} tokens" in card


def recount(carded) -> dict[str, Counter]:
    counts = {layer: Counter() for layer in LABEL_FIELD}
    for rows in parquet_rows(carded, "data", list(LABEL_FIELD)).values():
        for row in rows:
            for layer, key in LABEL_FIELD.items():
                names = FEATURES[layer].feature[key]
                counts[layer].update(names.int2str(span[key]) for span in row[layer])
    return counts


def test_label_counts_match_the_parquet(card, carded):
    counts = recount(carded)
    section_text = section(card, "Annotation counts")
    entity_table, date_table, quotation_table = tables(section_text)[:3]
    for table, layer in ((entity_table, "entities"), (date_table, "dates"), (quotation_table, "quotations")):
        shown = {row[next(iter(row))]: int(list(row.values())[1]) for row in table}
        total = shown.pop("total")
        assert shown == dict(counts[layer]), layer
        assert total == sum(counts[layer].values())
    assert {"PERSON", "GPE"} <= set(counts["entities"])


def test_reviewed_and_automatic_shares_match_the_parquet(card, carded):
    rows = parquet_rows(carded, "data", ["annotation_status", *LABEL_FIELD])
    status = FEATURES["annotation_status"]
    documents = Counter(status.int2str(row["annotation_status"]) for split in rows.values() for row in split)
    shown = {row["status"]: int(row["documents"]) for row in table_after(card, "Preprocessing, cleaning and labelling", "Documents by annotation status")}
    assert shown == {"automatic": documents["automatic"], "reviewed": documents["reviewed"]}
    spans = {layer: Counter() for layer in LABEL_FIELD}
    for split in rows.values():
        for row in split:
            for layer in LABEL_FIELD:
                spans[layer].update("reviewed" if span["annotator"].startswith("gold.") else "automatic" for span in row[layer])
    table = {row["layer"]: row for row in table_after(card, "Preprocessing, cleaning and labelling", "Spans made or checked by a person")}
    for layer in LABEL_FIELD:
        assert int(table[layer]["reviewed spans"]) == spans[layer]["reviewed"]
        assert int(table[layer]["automatic spans"]) == spans[layer]["automatic"]
    # The seed documents all have gold: every published span was reviewed.
    assert table["all layers"]["reviewed share"] == "100.0%"


def test_rights_table_lists_every_document_with_its_url(card, carded):
    rows = [r for split in parquet_rows(carded, "data", ["id", "publisher", "rights", "url"]).values() for r in split]
    shown = {row["id"]: row for row in table_after(card, "Distribution", "Rights per document")}
    assert set(shown) == {row["id"] for row in rows}
    for row in rows:
        assert shown[row["id"]]["publisher"] == (row["publisher"] or "unknown")
        assert shown[row["id"]]["rights"] == row["rights"]
        assert shown[row["id"]]["url"] == (row["url"] or "unknown")
    summary = table_after(card, "Distribution", "Documents per publisher and rights statement")
    assert sum(int(row["documents"]) for row in summary) == len(rows)


def test_people_table_matches_the_entity_table_config(card, carded):
    people = []
    for split in parquet_rows(carded, "entities").values():
        for row in split:
            if ENTITY_FEATURES["type"].int2str(row["type"]) == "PERSON" and sum(row["mentions"].values()):
                people.append((row["name"], sum(row["mentions"].values())))
    expected = sorted(people, key=lambda p: (-p[1], p[0]))[:15]
    shown = [(row["person"], int(row["mentions"])) for row in table_after(card, "People: who the documents are about")]
    assert shown == expected
    assert shown[0][0] == "Leon Trotsky"


def test_scores_are_labelled_honestly_and_equal_the_evaluation(card, scores):
    assert [entry["name"] for entry in scores["sets"]] == [name for name, _, _ in GOLD_SETS]
    labels = {entry["name"]: entry["description"] for entry in scores["sets"]}
    assert labels == {
        "seed": "seed documents (reviewed; annotators developed and the recogniser trained on them)",
        "dev": "development texts (annotators tuned and the recogniser trained on them)",
        "test": "first held-out set, written blind; then used to build rules and train the recogniser",
        "test2": "second held-out set, scored once blind; then used to tune speakers and entities and train the recogniser",
        "test3": "third held-out set, scored once blind; then used to tune speakers and entities and train the recogniser",
        "test4": "fourth held-out set, scored once blind (entities 0.850); then used to tune entities and train the recogniser",
        "test5": "fifth held-out set, scored once blind (entities 0.844); then used to tune entities and train the recogniser",
        "test6": "sixth held-out set, scored once blind (entities 0.815, dates 0.856, speakers 0.453); then used to tune dates and train the recogniser",
        "test7": "seventh held-out set, scored once blind (entities 0.917, dates 0.883, speakers 0.745); then used to tune dates, speakers and entity rules and train the recogniser",
        "test8": "eighth held-out set, scored once blind (entities 0.874, dates 0.897, speakers 0.527); then used to tune speakers, dates and entity rules and train the recogniser",
        "test9": "ninth held-out set, scored once blind (entities 0.851, dates 0.943, speakers 0.714); then used to tune speakers, entities and dates and train the recogniser",
        "test10": "tenth held-out set, scored once blind (entities 0.847, dates 0.875, speakers 0.772); then used to tune entities, dates and speakers and train the recogniser",
        "test11": "eleventh held-out set, scored once blind (entities 0.787, dates 0.873, speakers 0.775); then used to tune entities, dates and speakers and train the recogniser",
        "test12": "twelfth held-out set, scored once blind (entities 0.842, dates 0.892, speakers 0.696); then used to tune entities, dates and speakers and train the recogniser",
        "test13": "thirteenth held-out set, scored once blind (entities 0.815, dates 0.933, speakers 0.853); then used to tune entities, never trained on",
        "test14": "fourteenth held-out set, scored once blind (entities 0.826, dates 0.919, speakers 0.706); then used to tune entities, dates and speakers, never trained on",
        "test15": "fifteenth held-out set, scored once blind (entities 0.751, dates 0.839, speakers 0.714); then used for development, never trained on",
        "test16": "sixteenth held-out set, scored once blind (entities 0.727, dates 0.869, speakers 0.768); then used for development, never trained on",
        "test17": "seventeenth held-out set, scored once blind (entities 0.903, dates 0.957, speakers 0.747); then used for development, never trained on",
        "test18": "eighteenth held-out set, scored once blind (entities 0.888, dates 0.933, speakers 0.885); then used for development, never trained on",
        "test19": "nineteenth held-out set, scored once blind (entities 0.867, dates 0.945, speakers 0.778); then used for development, never trained on",
        "test20": "twentieth held-out set, scored once blind (entities 0.823, dates 0.912, speakers 0.734); then used for development, never trained on",
        "test21": "twenty-first held-out set, scored once blind (entities 0.852, dates 0.932, speakers 0.813); then used for development, never trained on",
        "test22": "twenty-second held-out set, scored once blind (entities 0.843, dates 0.868, speakers 0.779); then used for development, never trained on",
        "test23": "twenty-third held-out set, scored once blind (entities 0.864, dates 0.936, speakers 0.788); then used for development, never trained on",
        "test24": "twenty-fourth held-out set, scored once blind (entities 0.803, dates 0.937, speakers 0.923); then used for development, never trained on",
        "test25": "twenty-fifth held-out set, scored once blind (entities 0.846, dates 0.917, speakers 0.851); never trained on",
    }
    quality = section(card, "Annotation quality")
    for entry in scores["sets"]:
        description = entry["description"][:1].upper() + entry["description"][1:]
        assert f"**{description}**: `{entry['path']}`" in quality
        part = quality[quality.index(description) :]
        rows = {row["layer"]: row for row in tables(part)[0]}
        for layer in LABEL_FIELD:
            report = entry["report"][layer]
            assert rows[layer]["strict F1"] == f"{report['strict']['f1']:.3f}"
            assert rows[layer]["relaxed F1"] == f"{report['relaxed']['f1']:.3f}"
            assert int(rows[layer]["gold spans"]) == report["strict"]["tp"] + report["strict"]["fn"]
        assert f"value {entry['report']['dates']['value_accuracy']['accuracy']:.3f}" in rows["dates"]["accuracy over relaxed matches"]
        assert f"speaker {entry['report']['quotations']['speaker_accuracy']['accuracy']:.3f}" in rows["quotations"]["accuracy over relaxed matches"]
        assert f"speaker F1 {entry['report']['quotations']['speaker_f1']['f1']:.3f}" in rows["quotations"]["accuracy over relaxed matches"]


def test_annotator_scores_are_deterministic_and_cached(tmp_path, monkeypatch):
    from succession.cache import StageCache

    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((REPO_ROOT / "gold" / "dev").glob("*.json"))[:2]:
        shutil.copy(path, gold / path.name)
    cache = StageCache(tmp_path / "cache")
    versions = {"entities": ["v"], "dates": ["v"], "quotations": ["v"]}
    first = annotator_scores({"dev": gold}, cache=cache, versions=versions)
    assert first == annotator_scores({"dev": gold})
    assert first["sets"][0]["description"] == dict((name, text) for name, _, text in GOLD_SETS)["dev"] and first["sets"][0]["documents"] == 2

    def no_model(items):
        raise AssertionError("the cached scores should not run the annotators")

    monkeypatch.setattr("succession.cli.annotate_lines", no_model)
    assert annotator_scores({"dev": gold}, cache=cache, versions=versions) == first
    assert annotator_scores({"dev": tmp_path / "missing"}) == {"annotators": [], "sets": []}


def test_annotator_scores_are_computed_once_per_process(tmp_path, monkeypatch):
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((REPO_ROOT / "gold" / "dev").glob("*.json"))[:1]:
        shutil.copy(path, gold / path.name)
    first = annotator_scores({"dev": gold})

    def no_model(items):
        raise AssertionError("scores this process has computed should not run the annotators again")

    monkeypatch.setattr("succession.cli.annotate_lines", no_model)
    again = annotator_scores({"dev": gold})
    assert again == first and again is not first
    again["sets"].clear()  # a caller's change to its copy is not kept
    assert annotator_scores({"dev": gold}) == first
    (gold / "extra.json").write_bytes(next(gold.glob("*.json")).read_bytes())
    with pytest.raises(AssertionError, match="should not run"):
        annotator_scores({"dev": gold})  # other gold bytes: scored afresh


# ---------------------------------------------------------------- figures


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data.startswith(PNG_SIGNATURE)
    chunks, i = [], len(PNG_SIGNATURE)
    while i < len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        chunks.append((data[i + 4 : i + 8], data[i + 8 : i + 8 + length]))
        i += 12 + length
    return chunks


@pytest.mark.parametrize("path, size", [(TIMELINE, (800, 400)), (PEOPLE, (800, 500))])
def test_figures_are_valid_pngs_referenced_by_the_card(card, carded, path, size):
    from PIL import Image

    data = (carded / path).read_bytes()
    chunks = png_chunks(data)
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    assert struct.unpack(">II", chunks[0][1][:8]) == size
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & {name for name, _ in chunks}, "metadata that varies between runs"
    with Image.open(carded / path) as image:
        image.verify()
    assert f"]({path})" in card
    sums = (carded / "SHA256SUMS").read_text()
    assert f"  {path}\n" in sums


def test_every_file_the_card_links_to_exists(card, carded):
    for target in re.findall(r"\]\(([^)#:]+)\)", body(card)):
        assert (carded / target).is_file(), target
    assert (carded / LICENSE_FILE).is_file()
    assert front_matter(card)["license_link"] == LICENSE_FILE


def test_figures_are_byte_identical_across_renders():
    years = Counter({"1917": 8, "1923": 14, "1924": 5, "1927": 10, "1991": 3, "1812": 1, "19xx": 2})
    people = [("Leon Trotsky", 119), ("Joseph Stalin", 93), ("Vladimir Lenin", 39)]
    assert timeline_png(years) == timeline_png(Counter(dict(reversed(list(years.items())))))
    assert people_png(people) == people_png(list(people))
    assert timeline_png(years) != timeline_png(Counter({"1917": 1}))
    # Nothing to draw still draws a valid chart.
    for data in (timeline_png(Counter()), people_png([])):
        assert png_chunks(data)[0][0] == b"IHDR"


def test_top_people_counts_only_persons_over_all_splits():
    table = load_entity_table()
    mentions = {"trotsky": {"train": 3, "test": 4}, "stalin": {"train": 7}, "moscow": {"train": 50}, "lenin": {"validation": 7}, "unknown-id": {"train": 9}}
    assert top_people(mentions, table) == [("Joseph Stalin", 7), ("Leon Trotsky", 7), ("Vladimir Lenin", 7)]
    assert len(top_people({entry.id: {"train": 1} for entry in table.entries}, table)) == 15


# ---------------------------------------------------------------- metadata


def test_yaml_passes_the_hubs_offline_validation(card):
    from huggingface_hub import DatasetCard, DatasetCardData

    assert metadata_problems(card) == []
    parsed = DatasetCard(card, ignore_metadata_errors=False)
    assert isinstance(parsed.data, DatasetCardData)
    meta = front_matter(card)
    assert DatasetCardData(**meta).to_dict() == meta
    assert meta["license"] == "other" and meta["license_name"] == "mixed-rights-research-use"
    assert meta["annotations_creators"] == ["expert-generated"]  # every seed document is reviewed


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda m: m.pop("license_link"), "license_link"),
        (lambda m: m.update(license_name="Mixed Rights"), "license_name"),
        (lambda m: m.update(size_categories=["tiny"]), "size_categories"),
        (lambda m: m.update(language=["english"]), "language"),
        (lambda m: m.update(task_categories=["history"]), "task_categories"),
        (lambda m: m["configs"][1].update(default=True), "default"),
        (lambda m: m["dataset_info"].pop(), "dataset_info"),
    ],
)
def test_offline_validation_catches_what_the_hub_rejects(card, change, problem):
    meta = front_matter(card)
    change(meta)
    broken = "---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body(card)
    problems = metadata_problems(broken)
    assert problems and any(problem in p for p in problems), problems


def test_duplicate_yaml_keys_are_caught(card):
    broken = card.replace("pretty_name:", "license: mit\npretty_name:", 1)
    assert any("duplicate" in p.lower() for p in metadata_problems(broken))


def test_card_features_equal_the_parquet_features(card, carded):
    assert_card_features_match_parquet(front_matter(card), carded)


# ---------------------------------------------------------------- without scores or figures


def test_card_without_scores_or_figures_says_so(release, tmp_path):
    out = write_release(release, tmp_path / "plain", scores=None, with_files=False)
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "Not measured for this release" in section(card, "Annotation quality")
    assert "](figures/" not in card and "Figure not included" in card
    assert not (out / "figures").exists()
    assert metadata_problems(card) == []


def test_unknown_placeholders_and_invalid_metadata_stop_the_card(release, tmp_path, monkeypatch):
    template = tmp_path / "datacard.md"
    template.write_text("# Card\n\n{{ no_such_number }}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no_such_number"):
        _render_with(release, tmp_path / "a", template)
    monkeypatch.setattr("succession.card.size_category", lambda n: "tiny")
    with pytest.raises(CorpusError, match="size_categories"):
        _render_with(release, tmp_path / "b", REPO_ROOT / "datacard.md")
    assert not (tmp_path / "b").exists()


def _render_with(release, out, template):
    writer = ReleaseWriter(out)
    try:
        for record in published_records(release):
            writer.write(record)
        writer.finish(partial(render_card, template=template))
    except BaseException:
        writer.abort()
        raise
