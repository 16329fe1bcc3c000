"""Progress for the person at the terminal: a bar on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time

# How often a line is logged when not on a terminal: often enough to see a long build move,
# rarely enough not to flood a CI log.
LOG_EVERY_SECONDS = 30.0


class Progress:
    def __init__(self, total: int, *, quiet: bool = False, stream=None):
        # sys.stderr is looked up now, not when the module was imported: a stream bound at
        # import time may since have been closed or replaced (pytest's capture does both)
        stream = sys.stderr if stream is None else stream
        self.total, self.done, self.quiet, self.stream = total, 0, quiet, stream
        self.started = self.last_log = time.monotonic()
        self.bar = None
        if not quiet and getattr(stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True, desc="building")

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if not self.quiet and now - self.last_log >= LOG_EVERY_SECONDS:
            self.last_log = now
            print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float) -> str:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else float("inf")
        eta_text = f"{eta:.0f}s" if eta != float("inf") else "?"
        return f"progress: {self.done}/{self.total} documents, {rate:.1f} docs/s, ETA {eta_text}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
