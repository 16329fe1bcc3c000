"""Errors that say what happens next.

An ``InputError`` is the contributor's to fix (a bad source, sidecar or JSONL line): the build
lists every problem and exits 1. A ``RecordError`` means the pipeline produced a record that
breaks the record schema or an offset invariant: a bug here, and the build publishes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input or output: where it is and what was expected."""

    path: str  # the file (or document id) the problem is in
    pointer: str  # JSON pointer to the field ("/date_published"), or "" for the whole file
    message: str  # what is wrong and what was expected

    def __str__(self) -> str:
        where = f"{self.path}: {self.pointer}" if self.pointer else self.path
        return f"{where}: {self.message}"


class CorpusError(Exception):
    """Base of the errors the build reports to the user instead of a traceback."""

    exit_status = 1

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", "", problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class InputError(CorpusError):
    """Bad input: a source document, a sidecar, a resource file or a JSONL line."""


class RecordError(CorpusError):
    """An output record breaks the record schema or an invariant; nothing is published."""
