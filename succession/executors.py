"""Running the per-document stages: in this process, in worker processes, or on Ray.

Every executor hands the outcomes back in the order of the batches it was given, and keeps only
a bounded number of batches in flight, so memory does not grow with the corpus and the release
does not depend on which worker finished first.
"""

from __future__ import annotations

import itertools
import os
import queue
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from .errors import CorpusError

EXECUTORS = ("local", "ray")
# Batches in flight per worker: one being processed and one queued, so no worker waits.
IN_FLIGHT_PER_WORKER = 2

_processor = None  # the DocumentProcessor of a worker process


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(batches: Iterable[list], processor_args: dict, *, executor: str = "local", workers: int = 1, ray_address: str | None = None, needed: int | None = None) -> Iterator:
    """The outcomes of ``batches``, in order. ``needed``: how many workers the batches can keep
    busy, if fewer than ``workers``; no more are started then (but with ``workers`` > 1 they
    still run in worker processes or actors, so this process stays free to write)."""
    if executor not in EXECUTORS:
        raise CorpusError(f"unknown executor {executor!r}; available: {', '.join(EXECUTORS)}")
    if workers < 1:
        raise CorpusError(f"--workers must be at least 1, got {workers}")
    started = max(1, min(workers, needed or workers))
    if executor == "ray":
        yield from run_ray(batches, processor_args, started, ray_address)
    elif workers == 1:
        yield from run_here(batches, processor_args)
    else:
        yield from run_processes(batches, processor_args, started)


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


class Prefetch:
    """Iterates ``items`` in a background thread, at most ``size`` items ahead of the consumer.

    Started at once, so an executor starts its workers and keeps them busy while the consumer
    does other work, such as reading the unchanged documents' outcomes from the cache during a
    rebuild. The order is unchanged; an exception raised by ``items`` is raised to the consumer.
    The background thread owns ``items`` and closes it (shutting the workers down) when the
    consumer calls ``close``.
    """

    _END = object()

    def __init__(self, items: Iterator, size: int):
        self._items = items
        self._buffer: queue.Queue = queue.Queue(size)
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(target=self._produce, name="succession-prefetch", daemon=True)
        self._thread.start()

    def _put(self, entry) -> bool:
        while not self._stop.is_set():
            try:
                self._buffer.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self) -> None:
        try:
            for item in self._items:
                if not self._put((item, None)):
                    break
            else:
                self._put((self._END, None))
        except BaseException as error:  # handed to the consumer, raised there
            self._put((self._END, error))
        finally:
            close = getattr(self._items, "close", None)
            if close is not None:
                close()

    def __iter__(self) -> "Prefetch":
        return self

    def __next__(self):
        if self._finished:
            raise StopIteration
        item, error = self._buffer.get()
        if item is self._END:
            self.close()
            if error is not None:
                raise error
            raise StopIteration
        return item

    def close(self) -> None:
        self._finished = True
        self._stop.set()
        self._thread.join()


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
