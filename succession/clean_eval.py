"""Measure the cleaner on the labelled development set in ``tests/data/cleaning/``.

Each file there is one page: its raw lines, in order, each labelled ``content``, ``boilerplate``,
``metadata`` (page metadata the cleaner should lift: site, series, byline, dates) or ``blank``.
Pages carry a ``site`` (pages of one site teach the cleaner the lines they repeat, as the
pipeline does) and a ``split``: ``seed`` (the corpus documents), ``dev`` (composed pages whose
failures were looked at while developing) or ``heldout`` (composed pages scored only at the end).

Scores, per split and overall:

- removed-line precision and recall: a line counts as removed when every word of it is deleted
  by a boilerplate or metadata rule; boilerplate and metadata lines are the ones to remove;
- content words kept: the share of the words of content lines that survive (a word survives
  unless the characters of it are all deleted);
- removed words that are boilerplate: the share of deleted words that come from boilerplate or
  metadata lines.

Run ``python -m succession.clean_eval`` for the table, ``--errors`` to list every wrong line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean, learn_site_lines
from .data import Removal

DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "cleaning"
LABELS = ("content", "boilerplate", "metadata", "blank")
REMOVABLE = ("boilerplate", "metadata")
SPLITS = ("seed", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    split: str
    site: str
    lines: tuple[tuple[str, str], ...]  # (label, raw line text)
    final_newline: bool

    @property
    def raw(self) -> str:
        return "\n".join(text for _, text in self.lines) + ("\n" if self.final_newline else "")


@dataclass(slots=True)
class Scores:
    removed_right: int = 0  # removed boilerplate or metadata lines
    removed_wrong: int = 0  # removed content lines
    missed: int = 0  # boilerplate or metadata lines left in the text
    content_words: int = 0
    content_words_kept: int = 0
    removed_words: int = 0
    removed_words_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in ("removed_right", "removed_wrong", "missed", "content_words", "content_words_kept", "removed_words", "removed_words_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float:
        removed = self.removed_right + self.removed_wrong
        return self.removed_right / removed if removed else 1.0

    @property
    def recall(self) -> float:
        to_remove = self.removed_right + self.missed
        return self.removed_right / to_remove if to_remove else 1.0

    @property
    def content_kept(self) -> float:
        return self.content_words_kept / self.content_words if self.content_words else 1.0

    @property
    def removed_is_boilerplate(self) -> float:
        return self.removed_words_right / self.removed_words if self.removed_words else 1.0

    def as_dict(self) -> dict:
        return {
            "removed_line_precision": round(self.precision, 4),
            "removed_line_recall": round(self.recall, 4),
            "content_words_kept": round(self.content_kept, 4),
            "removed_words_boilerplate": round(self.removed_is_boilerplate, 4),
            "lines_removed_right": self.removed_right,
            "lines_removed_wrong": self.removed_wrong,
            "lines_missed": self.missed,
            "content_words": self.content_words,
        }


def load_page(path: Path) -> Page:
    """One labelled page; ValueError naming the file and field when it is malformed."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in ("id", "split", "site", "lines"):
        if key not in data:
            raise ValueError(f"{path}: /{key}: missing")
    if data["split"] not in SPLITS:
        raise ValueError(f"{path}: /split: {data['split']!r}, expected one of {', '.join(SPLITS)}")
    lines = []
    for number, item in enumerate(data["lines"]):
        if not (isinstance(item, list) and len(item) == 2 and item[0] in LABELS and isinstance(item[1], str)):
            raise ValueError(f"{path}: /lines/{number}: expected [label, text] with a label in {', '.join(LABELS)}")
        label, text = item
        if "\n" in text or (label == "blank") != (not text.strip()):
            raise ValueError(f"{path}: /lines/{number}: 'blank' is for empty lines only, and a line holds no line break")
        lines.append((label, text))
    return Page(data["id"], data["split"], data["site"], tuple(lines), bool(data.get("final_newline", True)))


def load_pages(data_dir: Path = DATA_DIR) -> list[Page]:
    return [load_page(path) for path in sorted(Path(data_dir).glob("*.json"), key=lambda p: p.name)]


def _deleted_intervals(removals: Sequence[Removal]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in removals if r.replacement == "" and r.rule.startswith(("boilerplate.", "metadata."))]


def score_page(page: Page, site_lines: frozenset[str] = frozenset()) -> Scores:
    """Scores for one page cleaned with ``site_lines``."""
    cleaned = clean(page.raw, site_lines=site_lines)
    deleted = _deleted_intervals(cleaned.removals)
    scores = Scores()
    position = 0
    cursor = 0  # deleted intervals are sorted: walk them along with the lines
    for number, (label, text) in enumerate(page.lines):
        start = position
        position += len(text) + 1
        words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text)]
        if not words:
            continue
        while cursor < len(deleted) and deleted[cursor][1] <= start:
            cursor += 1
        gone = [_covered(deleted, cursor, a, b) for a, b in words]
        removed_words = sum(gone)
        line_removed = all(gone)
        scores.removed_words += removed_words
        if label in REMOVABLE:
            scores.removed_words_right += removed_words
            if line_removed:
                scores.removed_right += 1
            else:
                scores.missed += 1
                scores.errors.append(f"{page.id}:{number + 1}: kept {label}: {text.strip()}")
        else:
            scores.content_words += len(words)
            scores.content_words_kept += len(words) - removed_words
            if removed_words:
                what = "removed" if line_removed else f"cut {removed_words}/{len(words)} words of"
                scores.errors.append(f"{page.id}:{number + 1}: {what} content: {text.strip()}")
            if line_removed:
                scores.removed_wrong += 1
    return scores


def _covered(deleted: list[tuple[int, int]], cursor: int, start: int, end: int) -> bool:
    """Every character of [start, end) lies in a deleted interval (from ``cursor`` on)."""
    position = start
    for a, b in deleted[cursor:]:
        if a > position:
            return False
        if b > position:
            position = b
        if position >= end:
            return True
    return position >= end


def evaluate(pages: Iterable[Page]) -> dict[str, Scores]:
    """Scores per split and for ``all``; repeated lines are learned per site over all the pages."""
    pages = list(pages)
    by_site: dict[str, list[str]] = {}
    for page in pages:
        by_site.setdefault(page.site, []).append(page.raw)
    site_lines = learn_site_lines(by_site)
    results: dict[str, Scores] = {"all": Scores()}
    for page in pages:
        scores = score_page(page, site_lines[page.site])
        results.setdefault(page.split, Scores()).add(scores)
        results["all"].add(scores)
    return results


def format_table(results: dict[str, Scores]) -> str:
    header = f"{'split':<8} {'pages':>5} {'precision':>9} {'recall':>7} {'content kept':>12} {'removed is bp':>13} {'wrong':>5} {'missed':>6}"
    rows = [header]
    order = [name for name in (*SPLITS, "all") if name in results]
    for name in order:
        s = results[name]
        rows.append(
            f"{name:<8} {'':>5} {s.precision:>9.4f} {s.recall:>7.4f} {s.content_kept:>12.4f} "
            f"{s.removed_is_boilerplate:>13.4f} {s.removed_wrong:>5} {s.missed:>6}"
        )
    return "\n".join(rows)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m succession.clean_eval", description="Score the cleaner on the labelled development set.")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of labelled pages (default: tests/data/cleaning)")
    parser.add_argument("--split", choices=SPLITS, action="append", help="score only these splits (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list every content word removed and every furniture line kept")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as e:
        return int(e.code or 0)
    try:
        pages = load_pages(args.data)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    results = evaluate(pages)  # site lines are learned from every page of a site, whatever the split
    if args.split:
        results = {name: scores for name, scores in results.items() if name in args.split}
        total = Scores()
        for scores in results.values():
            total.add(scores)
        results["all"] = total
    counts = {name: sum(1 for page in pages if page.split == name) for name in SPLITS}
    if args.json:
        print(json.dumps({name: {"pages": counts.get(name, len(pages)), **s.as_dict()} for name, s in results.items()}, indent=2, sort_keys=True))
    else:
        table = format_table(results)
        lines = table.split("\n")
        for index, name in enumerate([n for n in (*SPLITS, "all") if n in results], 1):
            pages_count = counts.get(name, sum(counts[n] for n in SPLITS if n in results) if name == "all" else 0)
            lines[index] = lines[index][:9] + f"{pages_count:>5}" + lines[index][14:]
        print("\n".join(lines))
    if args.errors:
        for name in (*SPLITS,):
            if name in results:
                for error in results[name].errors:
                    print(error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
