"""Command line: ``python build.py [build|clean|annotate|validate] ...``.

Exit status: 0 success, 1 invalid input (every problem is listed on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import CorpusError, InputError, Problem

COMMANDS = ("build", "clean", "annotate", "validate", "evaluate")


def parse_args(argv: list[str]) -> argparse.Namespace:
    from .pipeline import DEFAULT_CORPUS, DEFAULT_OUT

    parser = argparse.ArgumentParser(prog="build.py", description="Build the Lenin's Succession Corpus and run its stages on JSONL files.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build corpus/ into a release (the default command)")
    build.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of sources and sidecars (default: corpus/)")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help="release folder, replaced atomically (default: dist/)")

    for name, what in (("clean", "raw scraped text -> cleaned text and removals"), ("annotate", "text -> entities, dates and quotations")):
        sub = commands.add_parser(name, help=f"JSONL lines with id and text: {what}")
        sub.add_argument("--input", type=Path, required=True, help="JSONL, one object per line with id and text")
        sub.add_argument("--output", type=Path, required=True, help="JSONL written atomically, one line per input line")

    validate = commands.add_parser("validate", help="check sources and sidecars without building")
    validate.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)

    evaluate = commands.add_parser("evaluate", help="score the automatic annotators against gold annotations")
    evaluate.add_argument("--gold", type=Path, required=True, help="JSONL in the annotate output format")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")

    if not argv or argv[0] not in (*COMMANDS, "-h", "--help"):
        argv = ["build", *argv]
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as e:  # argparse has printed the usage error or the help
        return int(e.code or 0)
    try:
        if args.command == "build":
            from .pipeline import build

            build(args.corpus, args.out)
        elif args.command == "clean":
            run_jsonl(args.input, args.output, clean_lines)
        elif args.command == "annotate":
            run_jsonl(args.input, args.output, annotate_lines)
        elif args.command == "validate":
            from .pipeline import check_sources
            from .sources import read_text

            problems = []
            for source in check_sources(args.corpus):
                try:
                    read_text(source)
                except InputError as e:
                    problems += e.problems
            if problems:
                raise InputError(problems)
            print(f"{args.corpus}: valid", file=sys.stderr)
        elif args.command == "evaluate":
            from .evaluate import format_report, score

            gold = [item for _, item in read_jsonl(args.gold)]
            report = score(gold, list(annotate_lines(gold)))
            print(json.dumps(report, indent=2, sort_keys=True) if args.json else format_report(report))
    except CorpusError as e:
        for problem in e.problems:
            print(f"error: {problem}", file=sys.stderr)
        return e.exit_status
    return 0


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line; InputError listing every bad line."""
    problems: list[Problem] = []
    items = []
    seen: dict[str, int] = {}
    try:
        handle = open(path, encoding="utf-8")
    except OSError as e:
        raise InputError([Problem(str(path), "", f"cannot read: {e.strerror}")]) from None
    with handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError as e:
            raise InputError([Problem(str(path), "", f"not valid UTF-8 (byte offset {e.start})")]) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(Problem(where, "", f"JSON syntax error at column {e.colno}: {e.msg}"))
            continue
        if not isinstance(item, dict):
            problems.append(Problem(where, "", "expected a JSON object with id and text"))
            continue
        for key in ("id", "text"):
            if not isinstance(item.get(key), str):
                problems.append(Problem(where, f"/{key}", f"expected a string, got {type(item.get(key)).__name__ if key in item else 'nothing'}"))
        if isinstance(item.get("id"), str):
            if item["id"] in seen:
                problems.append(Problem(where, "/id", f"duplicate id {item['id']!r} (first on line {seen[item['id']]})"))
            seen.setdefault(item["id"], number)
        items.append((number, item))
    if problems:
        raise InputError(problems)
    yield from items


def run_jsonl(input_path: Path, output_path: Path, process: Callable[[list[dict]], Iterator[dict]]) -> None:
    """Process every line, writing the output atomically: a failure leaves no partial file."""
    items = [item for _, item in read_jsonl(input_path)]
    output_path = Path(output_path)
    temporary = output_path.with_name(f".{output_path.name}.tmp-{os.getpid()}")
    try:
        with open(temporary, "w", encoding="utf-8") as out:
            for result in process(items):
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        os.replace(temporary, output_path)
    finally:
        if temporary.exists():
            temporary.unlink()


def clean_lines(items: list[dict]) -> Iterator[dict]:
    from dataclasses import asdict

    from .clean import clean

    for item in items:
        cleaned = clean(item["text"])
        yield {
            "id": item["id"],
            "text": cleaned.text,
            "removals": [asdict(r) for r in cleaned.removals],
            "sections": [asdict(s) for s in cleaned.sections],
            "footnotes": [asdict(n) for n in cleaned.notes],
            "page": asdict(cleaned.page),
        }


def annotate_lines(items: list[dict]) -> Iterator[dict]:
    from .entities import EntityAnnotator
    from .quotes import find_quotations
    from .record import numbered
    from .timex import find_dates

    annotator = EntityAnnotator()
    texts = (item["text"] for item in items)
    for item, entities in zip(items, annotator.pipe(texts)):
        text = item["text"]
        dates = find_dates(text, item.get("date_published"), item.get("genre", "narrative"))
        quotations = find_quotations(text, entities, ())
        yield {
            "id": item["id"],
            "text": text,
            "entities": numbered("e", entities),
            "dates": numbered("t", dates),
            "quotations": numbered("q", quotations),
        }
