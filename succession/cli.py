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

COMMANDS = ("build", "clean", "annotate", "validate", "evaluate", "gold", "publish", "train-ner")


def parse_args(argv: list[str]) -> argparse.Namespace:
    from .cache import DEFAULT_CACHE
    from .executors import EXECUTORS, default_workers
    from .pipeline import DEFAULT_CORPUS, DEFAULT_OUT

    parser = argparse.ArgumentParser(prog="build.py", description="Build the Lenin's Succession Corpus and run its stages on JSONL files.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build corpus/ into a release (the default command)")
    build.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of sources and sidecars (default: corpus/)")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help="release folder, replaced atomically (default: dist/)")
    build.add_argument("--skip-invalid", action="store_true", help="publish the valid documents and list the rejected ones in rejected.jsonl")
    build.add_argument("--workers", type=int, default=default_workers(), help="worker processes for the per-document stages (default: the machine's cores)")
    build.add_argument("--executor", choices=EXECUTORS, default="local", help="local (default, no services needed) or ray")
    build.add_argument("--ray-address", default=None, help="address of a running Ray cluster; without it --executor ray starts a local one")
    build.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="stage-result cache folder (default: .cache/succession)")
    build.add_argument("--no-cache", action="store_true", help="recompute everything and write no cache")
    build.add_argument("--quiet", action="store_true", help="no progress bar or log lines, errors only")
    build.add_argument("--no-previews", action="store_true", help="leave out the HTML preview of each document (preview/)")
    build.add_argument("--no-scores", action="store_true", help="leave the annotators' scores on the gold out of the card (they cost a pass of the model over the gold)")
    build.add_argument("--no-annotate", action="store_true", help="publish without annotation layers (no language model); for benchmarks")

    for name, what in (("clean", "raw scraped text -> cleaned text and removals"), ("annotate", "text -> entities, dates and quotations")):
        sub = commands.add_parser(name, help=f"JSONL lines with id and text: {what}")
        sub.add_argument("--input", type=Path, required=True, help="JSONL, one object per line with id and text")
        sub.add_argument("--output", type=Path, required=True, help="JSONL written atomically, one line per input line")

    validate = commands.add_parser("validate", help="check sources and sidecars without building")
    validate.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)

    evaluate = commands.add_parser("evaluate", help="score the automatic annotators against gold annotations")
    evaluate.add_argument("--gold", type=Path, required=True, help="JSONL in the annotate output format")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")

    publish = commands.add_parser("publish", help="upload a release to the Hugging Face Hub")
    publish.add_argument("--repo-id", required=True, help="the dataset repository, OWNER/NAME")
    publish.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the release folder (default: dist/)")
    publish.add_argument("--dry-run", action="store_true", help="check the release and list what would be uploaded; send nothing")

    gold = commands.add_parser("gold", help="draft gold files to review, or re-anchor them after the cleaner changed")
    gold.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    gold.add_argument("--gold-dir", type=Path, default=None, help="default: gold/")
    action = gold.add_mutually_exclusive_group(required=True)
    action.add_argument("--draft", nargs="+", metavar="ID", help="write gold/<id>.json from the automatic annotations, to review by hand")
    action.add_argument("--reanchor", action="store_true", help="move every gold file's spans onto the current cleaned text")

    train = commands.add_parser("train-ner", help="fine-tune the entity recogniser on gold folders (writes resources/ner)")
    train.add_argument("--gold", type=Path, nargs="+", required=True, help="gold folders to train on; keep held-out sets out")
    train.add_argument("--out", type=Path, default=None, help="weights folder (default: resources/ner)")
    train.add_argument("--epochs", type=int, default=None, help="passes over the gold (default: 20)")

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

            build(
                args.corpus,
                args.out,
                skip_invalid=args.skip_invalid,
                workers=args.workers,
                executor=args.executor,
                ray_address=args.ray_address,
                cache_dir=None if args.no_cache else args.cache,
                quiet=args.quiet,
                annotate=not args.no_annotate,
                previews=not args.no_previews,
                scores=not args.no_scores,
            )
        elif args.command == "clean":
            run_jsonl(args.input, args.output, clean_lines)
        elif args.command == "annotate":
            run_jsonl(args.input, args.output, annotate_lines)
        elif args.command == "validate":
            from .pipeline import validate_corpus

            report = validate_corpus(args.corpus)
            for warning in report.warnings():
                print(f"warning: {warning}", file=sys.stderr)
            if report.rejected:
                raise InputError(report.problems())
            print(f"{args.corpus}: valid", file=sys.stderr)
        elif args.command == "evaluate":
            from .evaluate import format_report, score

            gold = read_gold_items(args.gold)
            report = score(gold, annotate_all(gold))
            print(json.dumps(report, indent=2, sort_keys=True) if args.json else format_report(report))
        elif args.command == "publish":
            from .hub import publish

            files = publish(args.out, args.repo_id, dry_run=args.dry_run)
            verb = "would upload" if args.dry_run else "uploaded"
            for name, size in files:
                print(f"{size:>12,}  {name}")
            print(f"{verb} {len(files)} files ({sum(size for _, size in files):,} bytes) to datasets/{args.repo_id}", file=sys.stderr)
        elif args.command == "gold":
            from .gold import GOLD_DIR

            run_gold(args.corpus, args.gold_dir or GOLD_DIR, args.draft, args.reanchor)
        elif args.command == "train-ner":
            from dataclasses import replace

            from .entities import NER_WEIGHTS_DIR
            from .ner_training import TrainingSettings, train_ner

            settings = TrainingSettings() if args.epochs is None else replace(TrainingSettings(), epochs=args.epochs)
            out = args.out or NER_WEIGHTS_DIR
            manifest = train_ner(args.gold, out, settings, log=lambda line: print(line, file=sys.stderr))
            print(f"{out}: trained on {manifest['texts']} texts ({manifest['entities']} entities), weights {manifest['weights_sha256'][:12]}", file=sys.stderr)
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
        if item.get("format", "text") not in ("text", "html"):
            problems.append(Problem(where, "/format", f"expected \"text\" or \"html\", got {item.get('format')!r}"))
        if isinstance(item.get("id"), str):
            if item["id"] in seen:
                problems.append(Problem(where, "/id", f"duplicate id {item['id']!r} (first on line {seen[item['id']]})"))
            seen.setdefault(item["id"], number)
        items.append((number, item))
    if problems:
        raise InputError(problems)
    yield from items


def read_gold_items(path: Path) -> list[dict]:
    """Gold for evaluation: a JSONL file, or a folder of gold/<id>.json files (sorted by name)."""
    from .gold import load_gold

    path = Path(path)
    if path.is_dir():
        return [load_gold(p) for p in sorted(path.glob("*.json"))]
    return [item for _, item in read_jsonl(path)]


def run_gold(corpus: Path, gold_dir: Path, draft_ids: list[str] | None, reanchor_all: bool) -> None:
    from .gold import draft_gold, dump_gold, gold_path, load_gold, reanchor
    from .pipeline import annotate_documents, check_sources, clean_document
    from .entities import EntityAnnotator
    from .sources import read_document

    sources = {s.id: s for s in check_sources(corpus)}
    gold_dir.mkdir(parents=True, exist_ok=True)
    if draft_ids:
        unknown = [i for i in draft_ids if i not in sources]
        if unknown:
            raise InputError([Problem(str(corpus), "", f"no document {i!r}; known ids: {', '.join(sorted(sources))}") for i in unknown])
        existing = [str(gold_path(i, gold_dir)) for i in draft_ids if gold_path(i, gold_dir).exists()]
        if existing:
            raise InputError([Problem(p, "", "a gold file exists already; it is never overwritten by a draft") for p in existing])
        docs = annotate_documents([clean_document(read_document(sources[i])) for i in draft_ids], EntityAnnotator())
        for doc in docs:
            gold_path(doc.id, gold_dir).write_text(dump_gold(draft_gold(doc)), encoding="utf-8")
            print(f"wrote {gold_path(doc.id, gold_dir)}: review every span (docs/annotation-guidelines.md)", file=sys.stderr)
        return
    for path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(path)
        if gold["id"] not in sources:
            continue
        text = clean_document(read_document(sources[gold["id"]])).text
        if text == gold["text"]:
            continue
        moved, report = reanchor(gold, text)
        path.write_text(dump_gold(moved), encoding="utf-8")
        for line in report:
            print(f"review: {line}", file=sys.stderr)
        print(f"re-anchored {path}", file=sys.stderr)


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
    """Clean each line. Optional fields: ``format`` ("text" or "html": the text is a saved page)
    and ``site`` (lines of the same site teach the cleaner the lines their pages repeat)."""
    from collections import defaultdict
    from dataclasses import asdict

    from .clean import learn_site_lines
    from .data import Document
    from .pipeline import clean_source, extracted_text

    by_site = defaultdict(list)
    for item in items:
        if isinstance(item.get("site"), str):
            by_site[item["site"]].append(extracted_text(item["text"], item.get("format", "text")))
    site_lines = learn_site_lines(by_site)
    for item in items:
        doc = Document(id=item["id"], raw_text=item["text"], metadata={}, source_format=item.get("format", "text"))
        cleaned, extraction, _ = clean_source(doc, site_lines.get(item.get("site"), frozenset()))
        yield {
            "id": item["id"],
            "text": cleaned.text,
            "removals": [asdict(r) for r in cleaned.removals],
            "sections": [asdict(s) for s in cleaned.sections],
            "footnotes": [asdict(n) for n in cleaned.notes],
            "page": asdict(cleaned.page),
            "extraction": extraction,
        }


# Fewer texts than this per worker are annotated in this process alone.
MIN_ITEMS_PER_WORKER = 50


def _annotate_list(items: list[dict]) -> list[dict]:
    return list(annotate_lines(items))


def annotate_all(items: list[dict], workers: int | None = None) -> list[dict]:
    """annotate_lines over ``items``, in their order, with the texts shared between this process
    and ``workers`` - 1 worker processes (default: one per core, at most two; a worker loads
    its own language model, which pays off only over many texts). Each text is annotated on
    its own, so the result is the same whichever process took it."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import current_process, get_context

    from .executors import default_workers

    workers = min(2, default_workers()) if workers is None else workers
    # (a daemon process, such as a pool's worker, may start no process of its own)
    if workers < 2 or len(items) < MIN_ITEMS_PER_WORKER * 2 or current_process().daemon:
        return list(annotate_lines(items))
    shares = [items[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_annotate_list, share) for share in shares[1:]]
        done = [list(annotate_lines(shares[0]))] + [future.result() for future in futures]
    return [done[i % workers][i // workers] for i in range(len(items))]


def annotate_lines(items: list[dict], annotator=None) -> Iterator[dict]:
    """``annotator``: an EntityAnnotator to use instead of the default one."""
    from .entities import EntityAnnotator
    from .quotes import find_quotations
    from .record import numbered
    from .timex import find_dates

    annotator = annotator or EntityAnnotator()
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
