"""Finding the documents in a corpus folder and reading each with its metadata sidecar.

A document is ``<id>.txt`` with ``<id>.meta.json`` beside it (HTML sources are planned). Reading is
strict: a problem with one document is reported with the file, the field and what was
expected, and every problem in the folder is listed at once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .data import Document
from .errors import InputError, Problem
from .schemas import schema_problems

SOURCE_FORMATS = {".txt": "text"}
SIDECAR_SUFFIX = ".meta.json"
METADATA_SCHEMA = "metadata.schema.json"


@dataclass(frozen=True, slots=True)
class SourceFile:
    id: str
    source: Path
    sidecar: Path

    @property
    def format(self) -> str:
        return SOURCE_FORMATS[self.source.suffix]


def discover(corpus_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    """Pair every source file with its sidecar, sorted by id (code point order)."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise InputError([Problem(str(corpus_dir), "", "corpus folder not found")])
    sources: dict[str, Path] = {}
    sidecars: dict[str, Path] = {}
    problems: list[Problem] = []
    for path in sorted(corpus_dir.iterdir(), key=lambda p: p.name):
        name = path.name
        if name.startswith("."):
            continue
        if name.endswith(SIDECAR_SUFFIX):
            sidecars[name[: -len(SIDECAR_SUFFIX)]] = path
        elif path.suffix in SOURCE_FORMATS:
            stem = path.stem
            if stem in sources:
                problems.append(Problem(str(path), "", f"two sources share the id {stem!r}: {sources[stem].name} and {name}; keep one"))
                continue
            sources[stem] = path
        else:
            problems.append(Problem(str(path), "", f"unexpected file; a corpus holds sources ({', '.join('<id>' + s for s in SOURCE_FORMATS)}), each with an <id>{SIDECAR_SUFFIX} sidecar"))
    for stem in sorted(set(sidecars) - set(sources)):
        problems.append(Problem(str(sidecars[stem]), "", f"sidecar without a source: expected {' or '.join(stem + s for s in SOURCE_FORMATS)} beside it"))
    found = []
    for stem in sorted(sources):
        if stem not in sidecars:
            problems.append(Problem(str(sources[stem]), "", f"missing metadata sidecar: expected {stem}{SIDECAR_SUFFIX} beside it"))
            continue
        found.append(SourceFile(stem, sources[stem], sidecars[stem]))
    return found, problems


def read_metadata(source: SourceFile) -> dict:
    path = str(source.sidecar)
    try:
        raw = source.sidecar.read_bytes()
    except OSError as e:
        raise InputError([Problem(path, "", f"cannot read the sidecar: {e.strerror}")]) from None
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InputError([Problem(path, "", f"not UTF-8: invalid byte at offset {e.start}")]) from None
    except json.JSONDecodeError as e:
        raise InputError([Problem(path, "", f"JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}")]) from None
    problems = schema_problems(metadata, METADATA_SCHEMA, path)
    if isinstance(metadata, dict) and isinstance(metadata.get("id"), str) and metadata["id"] != source.id:
        problems.append(Problem(path, "/id", f"id {metadata['id']!r} does not match the file name: expected {source.id!r}"))
    if problems:
        raise InputError(problems)
    return metadata


def read_text(source: SourceFile) -> tuple[str, str]:
    """The source decoded as UTF-8, and the SHA-256 of its bytes."""
    path = str(source.source)
    try:
        raw = source.source.read_bytes()
    except OSError as e:
        raise InputError([Problem(path, "", f"cannot read the source: {e.strerror}")]) from None
    try:
        return raw.decode("utf-8"), hashlib.sha256(raw).hexdigest()
    except UnicodeDecodeError as e:
        raise InputError([Problem(path, "", f"not valid UTF-8: byte 0x{raw[e.start]:02x} at byte offset {e.start}; save the file as UTF-8")]) from None


def read_document(source: SourceFile) -> Document:
    """Read one source and its sidecar into a Document, or raise InputError listing all problems."""
    problems = []
    metadata = raw_text = digest = None
    try:
        metadata = read_metadata(source)
    except InputError as e:
        problems += e.problems
    try:
        raw_text, digest = read_text(source)
    except InputError as e:
        problems += e.problems
    if problems:
        raise InputError(problems)
    return Document(id=source.id, raw_text=raw_text, metadata=metadata, source_format=source.format, source_sha256=digest)
