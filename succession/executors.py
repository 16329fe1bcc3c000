"""Running the per-document stages: in this process, in worker processes, or on Ray.

Every executor hands the outcomes back in the order of the batches it was given, and keeps only
a bounded number of batches in flight, so memory does not grow with the corpus and the release
does not depend on which worker finished first.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator

from .errors import CorpusError

EXECUTORS = ("local", "ray")
# Batches in flight per worker: one being processed and one queued, so no worker waits.
IN_FLIGHT_PER_WORKER = 2

_processor = None  # the DocumentProcessor of a worker process


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(batches: Iterable[list], processor_args: dict, *, executor: str = "local", workers: int = 1, ray_address: str | None = None) -> Iterator:
    if executor not in EXECUTORS:
        raise CorpusError(f"unknown executor {executor!r}; available: {', '.join(EXECUTORS)}")
    if workers < 1:
        raise CorpusError(f"--workers must be at least 1, got {workers}")
    if executor == "ray":
        yield from run_ray(batches, processor_args, workers, ray_address)
    elif workers == 1:
        yield from run_here(batches, processor_args)
    else:
        yield from run_processes(batches, processor_args, workers)


def run_here(batches: Iterable[list], processor_args: dict) -> Iterator:
    from .pipeline import DocumentProcessor

    processor = DocumentProcessor(**processor_args)
    for batch in batches:
        yield from processor.process(batch)


def _start_worker(processor_args: dict) -> None:
    global _processor
    from .pipeline import DocumentProcessor

    _processor = DocumentProcessor(**processor_args)


def _process_in_worker(batch: list) -> list:
    return _processor.process(batch)


def ordered(submit, batches: Iterable[list], limit: int, result) -> Iterator:
    """Submit batches keeping at most ``limit`` in flight; yield their outcomes in order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def run_processes(batches: Iterable[list], processor_args: dict, workers: int) -> Iterator:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: each worker starts clean and loads the language model once.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(processor_args,)) as pool:
        yield from ordered(lambda batch: pool.submit(_process_in_worker, batch), batches, workers * IN_FLIGHT_PER_WORKER, lambda future: future.result())


def run_ray(batches: Iterable[list], processor_args: dict, workers: int, address: str | None) -> Iterator:
    try:
        import ray
    except ImportError:
        raise CorpusError("the Ray executor needs the ray package: pip install -e '.[cluster]'") from None
    from .pipeline import DocumentProcessor

    started_here = not ray.is_initialized()
    if started_here:
        # With an address Ray joins that cluster; without one it starts a local cluster, bound
        # to the loopback address so that nothing listens on the network.
        local = {} if address else {"_node_ip_address": "127.0.0.1"}
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False, **local)
    try:
        Processor = ray.remote(DocumentProcessor)
        actors = [Processor.remote(**processor_args) for _ in range(workers)]
        turn = itertools.count()

        def submit(batch):
            return actors[next(turn) % len(actors)].process.remote(batch)

        yield from ordered(submit, batches, workers * IN_FLIGHT_PER_WORKER, ray.get)
    finally:
        if started_here:
            ray.shutdown()
