"""The command-line contract other tools rely on."""

import json

import pytest

from succession.cli import main

from .conftest import CORPUS, write_document


def write_jsonl(path, items):
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_clean_contract(tmp_path):
    raw = "Search\nClose this search box.\n\nThe Title\n\nA paragraph of real prose that says something about Trotsky in 1923.\n\nShare this Article\nFacebook\nTwitter\n"
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": raw}])
    assert main(["clean", "--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl")]) == 0
    [line] = read_jsonl(tmp_path / "out.jsonl")
    assert line["id"] == "a"
    assert "A paragraph of real prose" in line["text"] and "Facebook" not in line["text"]
    for removal in line["removals"]:
        assert raw[removal["start"] : removal["end"]] == removal["text"]
        assert removal["rule"]


def test_annotate_contract(tmp_path):
    text = "On 7 November 1927 Trotsky and Zinoviev led processions in Moscow. Trotsky wrote: “It was a real conspiracy.”"
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": text}, {"id": "b", "text": ""}])
    assert main(["annotate", "--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl")]) == 0
    first, second = read_jsonl(tmp_path / "out.jsonl")
    assert first["text"] == text
    for layer in ("entities", "dates", "quotations"):
        for span in first[layer]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert {"Trotsky", "Zinoviev", "Moscow"} <= {e["text"] for e in first["entities"]}
    assert all(e["label"] in ("PERSON", "GPE") for e in first["entities"])
    assert [d["value"] for d in first["dates"]] == ["1927-11-07"]
    assert first["quotations"][0]["speaker"] == "Trotsky"
    assert second == {"id": "b", "text": "", "entities": [], "dates": [], "quotations": []}


@pytest.mark.parametrize(
    "content, expected",
    [
        ('{"id": "a", "text": "x"}\nnot json\n', "line 2: JSON syntax error"),
        ('{"id": "a"}\n', "line 1: /text: expected a string"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "line 2: /id: duplicate id 'a'"),
        ("[1, 2]\n", "line 1: expected a JSON object"),
    ],
)
def test_bad_jsonl_exits_1_naming_the_line_and_writes_nothing(tmp_path, capsys, content, expected):
    (tmp_path / "in.jsonl").write_text(content, encoding="utf-8")
    assert main(["clean", "--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl")]) == 1
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("argv", [["clean"], ["annotate", "--input", "x"], ["--no-such-option"], ["build", "extra"]])
def test_wrong_usage_exits_2(argv, capsys):
    assert main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "annotate" in capsys.readouterr().out


def test_validate_command(tmp_path, corpus_copy, capsys):
    assert main(["validate", "--corpus", str(CORPUS)]) == 0
    (corpus_copy / "militant-1997-04-28-stalin-trotsky.meta.json").write_text('{"id": 1}', encoding="utf-8")
    assert main(["validate", "--corpus", str(corpus_copy)]) == 1
    err = capsys.readouterr().err
    assert "militant-1997-04-28-stalin-trotsky.meta.json: /id" in err


def test_build_command_and_missing_corpus(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "dist")]) == 1
    assert "corpus folder not found" in capsys.readouterr().err


def test_build_command_without_scores_leaves_them_out_of_the_card(tmp_path, monkeypatch):
    def no_scoring(*args, **kwargs):
        raise AssertionError("--no-scores should not score the annotators")

    monkeypatch.setattr("succession.card.annotator_scores", no_scoring)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_document(corpus, "first", "Trotsky was expelled from the party in November 1927.\n")
    argv = ["--corpus", str(corpus), "--out", str(tmp_path / "dist"), "--no-cache", "--quiet", "--workers", "1", "--no-previews", "--no-scores"]
    assert main(argv) == 0
    card = (tmp_path / "dist" / "README.md").read_text(encoding="utf-8")
    assert "Not measured for this release" in card


def test_evaluate_command_scores_annotators_against_gold(tmp_path, capsys):
    text = "Trotsky was expelled in November 1927."
    gold = {
        "id": "g",
        "text": text,
        "entities": [{"start": 0, "end": 7, "text": "Trotsky", "label": "PERSON", "entity_id": "trotsky"}],
        "dates": [{"start": 24, "end": 37, "text": "November 1927", "type": "DATE", "value": "1927-11"}],
        "quotations": [],
    }
    write_jsonl(tmp_path / "gold.jsonl", [gold])
    assert main(["evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entities"]["strict"]["f1"] == 1.0
    assert report["dates"]["value_accuracy"]["accuracy"] == 1.0
    assert main(["evaluate", "--gold", str(tmp_path / "gold.jsonl")]) == 0
    assert "entities" in capsys.readouterr().out


def test_annotating_in_two_processes_gives_the_same_lines_in_the_same_order(monkeypatch):
    from succession import REPO_ROOT, cli

    items = cli.read_gold_items(REPO_ROOT / "gold")[:5]
    monkeypatch.setattr(cli, "MIN_ITEMS_PER_WORKER", 1)
    shared = cli.annotate_all(items, workers=2)
    assert [line["id"] for line in shared] == [item["id"] for item in items]
    assert shared == cli.annotate_all(items, workers=1)


def _annotate_in_a_daemon(items):
    from succession import cli

    cli.MIN_ITEMS_PER_WORKER = 1
    return [line["id"] for line in cli.annotate_all(items, workers=2)]


def test_annotating_inside_a_daemon_process_stays_in_that_process():
    from multiprocessing import get_context

    items = [{"id": f"t{i}", "text": f"Trotsky reached Alma-Ata on {i + 1} January 1928."} for i in range(4)]
    # a multiprocessing.Pool's workers are daemons, which may start no process of their own
    with get_context("spawn").Pool(1) as pool:
        assert pool.apply(_annotate_in_a_daemon, (items,)) == ["t0", "t1", "t2", "t3"]
