"""Finding the documents in a corpus folder and reading each with its metadata sidecar.

A document is ``<id>.txt`` (text as scraped) or ``<id>.html`` (a saved web page) with
``<id>.meta.json`` beside it. Reading is strict and says what
to fix: every problem names the file, the field (a JSON pointer) or byte offset, and what was
expected, and every problem in the folder is listed at once. Nothing outside the corpus folder
is ever read, whatever a symbolic link points to.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .data import Document
from .errors import InputError, Problem
from .schemas import schema_problems

SOURCE_FORMATS = {".txt": "text", ".html": "html"}
SIDECAR_SUFFIX = ".meta.json"
METADATA_SCHEMA = "metadata.schema.json"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A book-length chapter is well under a megabyte of text; a source a hundred times larger is a
# dump or a binary by mistake, and would hold a worker's memory for nothing.
MAX_SOURCE_BYTES = 50 * 1024 * 1024
MAX_SIDECAR_BYTES = 1024 * 1024
# Text has almost no control characters; a file where more than this share of the first bytes
# are NUL or other C0 controls (tab and line ends aside) is binary (an image, a PDF, a zip).
BINARY_SAMPLE_BYTES = 8192
BINARY_CONTROL_SHARE = 0.05
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A source and its sidecar, as an id, the suffix of its source and the corpus folder (one
    object for the whole corpus): a crawl of a hundred thousand pages is listed in a few MB."""

    id: str
    suffix: str  # of the source: ".txt" or ".html"
    folder: Path

    @property
    def source(self) -> Path:
        return self.folder / f"{self.id}{self.suffix}"

    @property
    def sidecar(self) -> Path:
        return self.folder / f"{self.id}{SIDECAR_SUFFIX}"

    @property
    def format(self) -> str:
        return SOURCE_FORMATS[self.suffix]


def slug_suggestion(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"


def escapes(path: Path, root: Path) -> bool:
    """Whether ``path`` (after following links) lies outside ``root``."""
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return True
    return False


def discover(corpus_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    """Pair every source file with its sidecar, sorted by id (code point order).

    Works on file names (os.scandir), not Path objects, so listing a large crawl costs little
    memory; only a symbolic link is resolved, to check it stays inside the corpus.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise InputError([Problem(str(corpus_dir), "", "corpus folder not found")])
    root = corpus_dir.resolve()
    sources: dict[str, str] = {}  # id -> source file name
    sidecars: set[str] = set()
    problems: list[Problem] = []
    with os.scandir(corpus_dir) as entries:
        names = sorted((entry.name, entry.is_symlink()) for entry in entries)
    for name, is_link in names:
        if name.startswith("."):
            continue
        path = corpus_dir / name
        if is_link and escapes(path, root):
            problems.append(Problem(str(path), "", "a link to outside the corpus folder; copy the file into corpus/ instead"))
            continue
        if path.is_dir():
            problems.append(Problem(str(path), "", "unexpected folder; the corpus is one flat folder of sources and sidecars"))
            continue
        suffix = os.path.splitext(name)[1]
        if name.endswith(SIDECAR_SUFFIX):
            sidecars.add(name[: -len(SIDECAR_SUFFIX)])
        elif suffix in SOURCE_FORMATS:
            stem = name[: -len(suffix)]
            if stem in sources:
                problems.append(Problem(str(path), "", f"two sources share the id {stem!r}: {sources[stem]} and {name}; keep one"))
                continue
            sources[stem] = name
        else:
            problems.append(Problem(str(path), "", f"unexpected file; a corpus holds sources ({', '.join('<id>' + s for s in SOURCE_FORMATS)}), each with an <id>{SIDECAR_SUFFIX} sidecar"))
    del names
    for stem in sorted(sidecars - set(sources)):
        problems.append(Problem(str(corpus_dir / (stem + SIDECAR_SUFFIX)), "", f"sidecar without a source: expected {' or '.join(stem + s for s in SOURCE_FORMATS)} beside it"))
    found = []
    for stem in sorted(sources):
        name = sources[stem]
        suffix = name[len(stem) :]
        if not SLUG.match(stem):
            problems.append(Problem(str(corpus_dir / name), "", f"the file name must be a lowercase slug id (letters, digits, single hyphens), e.g. {slug_suggestion(stem)}{suffix}"))
            continue
        if stem not in sidecars:
            problems.append(Problem(str(corpus_dir / name), "", f"missing metadata sidecar: expected {stem}{SIDECAR_SUFFIX} beside it (see schema/metadata.schema.json)"))
            continue
        found.append(SourceFile(stem, sys.intern(suffix), corpus_dir))
    return found, problems


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError([Problem(str(path), "", f"file of {size:,} bytes is over the limit of {limit:,} bytes; split it or check it is the right file")])
        return path.read_bytes()
    except OSError as e:
        raise InputError([Problem(str(path), "", f"cannot read the file: {e.strerror}")]) from None


def read_metadata(source: SourceFile) -> dict:
    path = str(source.sidecar)
    raw = read_bytes(source.sidecar, MAX_SIDECAR_BYTES)
    try:
        metadata = json.loads(raw.decode("utf-8-sig"))
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


def metadata_site_fields(source: SourceFile) -> dict | None:
    """The sidecar parsed as ``read_metadata`` parses it, but not checked against the schema:
    a quick look at every sidecar of a large corpus (to group its pages by site). None if it
    cannot be read or is not a JSON object; ``read_metadata`` says why when the document is
    read."""
    try:
        raw = source.sidecar.read_bytes()
        metadata = json.loads(raw.decode("utf-8-sig")) if len(raw) <= MAX_SIDECAR_BYTES else None
    except (OSError, ValueError):
        return None
    return metadata if isinstance(metadata, dict) else None


def metadata_checks_version() -> list:
    """What ``read_metadata``'s verdict on given sidecar bytes depends on besides them: the
    schema, the validator's version and the formats it can check (jsonschema checks a format
    only when the package it needs is installed). For caching that verdict."""
    import importlib.metadata

    from jsonschema import FormatChecker

    from . import SCHEMA_DIR

    schema = hashlib.sha256((SCHEMA_DIR / METADATA_SCHEMA).read_bytes()).hexdigest()
    return [schema, importlib.metadata.version("jsonschema"), sorted(FormatChecker().checkers), MAX_SIDECAR_BYTES]


def decode_source(raw: bytes, path: str) -> str:
    """The source's text: UTF-8 (a byte-order mark is kept, the cleaner records its removal) or
    UTF-16 with a byte-order mark. Anything else is refused with the offset of the first bad byte."""
    for bom, encoding in BOMS:
        if raw.startswith(bom) and encoding.startswith("utf-16"):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError([Problem(path, "", f"not valid {encoding.upper()} at byte offset {e.start + len(bom)}; save the file as UTF-8")]) from None
    sample = raw[:BINARY_SAMPLE_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        raise InputError([Problem(path, "", f"looks binary ({controls} control bytes in the first {len(sample)}); a source must be text saved as UTF-8")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError([Problem(path, "", f"not valid UTF-8: byte 0x{raw[e.start]:02x} at byte offset {e.start}; save the file as UTF-8")]) from None


def read_text(source: SourceFile) -> tuple[str, str]:
    """The source decoded, and the SHA-256 of its bytes."""
    path = str(source.source)
    raw = read_bytes(source.source, MAX_SOURCE_BYTES)
    text = decode_source(raw, path)
    if not text.strip(" \t\r\n\f\v\x00\ufeff\u00a0"):
        raise InputError([Problem(path, "", "the source is empty or only whitespace; add the document's text or remove the file")])
    return text, hashlib.sha256(raw).hexdigest()


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
