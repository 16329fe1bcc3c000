"""Writing a release: Parquet in the Hugging Face Hub layout, the card, checksums, atomically.

A release is built in a hidden sibling folder of the output and swapped into place only when
complete, so the output folder holds either the previous release or the new one, never a mix.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import hashlib
import json
import os
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError
from .record import SPLITS

CHECKSUMS = "SHA256SUMS"
PREVIEW_DIR = "preview"
CARD = "README.md"
# Rows per Parquet row group: small enough for a reader to stream a few documents at a time,
# large enough for the columns to compress. Fixed, so the bytes never depend on batching.
ROWS_PER_ROW_GROUP = 100
PARQUET_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True)
# A shard is cut once the Arrow data written to it passes this size (about 100 MB of Parquet
# for this corpus): big enough to read efficiently, small enough for the Hub's viewer and for
# readers that load a whole shard into memory. Measured in data bytes, never in time, so the
# cut falls at the same record whatever the machine.
TARGET_SHARD_BYTES = 256 * 1024 * 1024
# The card lists documents by name up to this many; beyond, a table of them helps nobody.
MAX_CARD_DOCUMENTS = 200
# Spans off token boundaries listed in the quality report (all are counted).
MAX_REPORTED_MISALIGNED = 1000
# Bump when what ReleaseWriter.encode keeps of a document changes (the build caches it).
ENCODING_VERSION = "encoded-document.v1"
ROW_CONFIGS = ("documents", "tokens", "quotations")  # the configs with rows per document


def shard_path(split: str, index: int = 0, count: int = 1, folder: str = "data") -> str:
    return f"{folder}/{split}-{index:05d}-of-{count:05d}.parquet"


def compile_encoder(feature):
    """A fast stand-in for ``Features.encode_example`` on rows of plain Python values.

    The only encoding such rows need is label names to ClassLabel integers; everything else
    passes through to Arrow as it is. The generic encoder walks every value of every row and
    took half the time of a warm rebuild. Returns None for a feature that needs no encoding.
    """
    from datasets import ClassLabel, LargeList, List

    if isinstance(feature, ClassLabel):
        index = {name: number for number, name in enumerate(feature.names)}

        def encode_label(value):
            if value is None or isinstance(value, int):
                return value
            try:
                return index[value]
            except KeyError:
                raise ValueError(f"{value!r} is not a label of {feature.names}") from None

        return encode_label
    if isinstance(feature, dict):
        encoders = {key: compile_encoder(sub) for key, sub in feature.items()}
        active = {key: encoder for key, encoder in encoders.items() if encoder is not None}
        if not active:
            return None

        def encode_struct(value):
            if value is None:
                return None
            encoded = dict(value)
            for key, encoder in active.items():
                if key in encoded:
                    encoded[key] = encoder(encoded[key])
            return encoded

        return encode_struct
    if isinstance(feature, (List, LargeList)) and isinstance(feature.feature, ClassLabel):
        # Token rows hold a tag list per sentence: mapped in one call, not a call per tag.
        lookup = {name: number for number, name in enumerate(feature.feature.names)}.__getitem__
        encode_one = compile_encoder(feature.feature)

        def encode_labels(value):
            if value is None:
                return None
            try:
                return list(map(lookup, value))
            except (KeyError, TypeError):  # integers already, or a wrong name (reported)
                return [encode_one(item) for item in value]

        return encode_labels
    if isinstance(feature, (List, LargeList)):
        inner = compile_encoder(feature.feature)
        if inner is None:
            return None
        return lambda value: None if value is None else [inner(item) for item in value]
    return None


class ShardedTable:
    """One config's rows, streamed into per-split Parquet shards cut at a fixed data size.

    (pyarrow is imported in the methods, not at the top: the worker processes import this
    module, for its constants, and would spend a fifth of a second of their start on it.)

    Rows arrive as Arrow tables (a document's rows at a time) and are written in row groups of
    exactly ``rows_per_row_group`` rows; only one row group per split is held in memory. Shards
    get their final names (which say how many there are) when the table is closed.
    """

    def __init__(self, staging: Path, folder: str, features, splits, shard_bytes: int, rows_per_row_group: int):
        self.staging, self.folder, self.features, self.splits = staging, folder, features, tuple(splits)
        self.shard_bytes, self.rows_per_row_group = shard_bytes, rows_per_row_group
        self.arrow_schema = features.arrow_schema
        # Rows travel without the schema's metadata (the features as JSON, a few KB read and
        # compared for every document otherwise); the Parquet files get it from their writer.
        self.row_schema = self.arrow_schema.remove_metadata()
        self.empty = self.row_schema.empty_table()
        self.encode = compile_encoder(dict(features)) or (lambda row: row)
        (staging / folder).mkdir(parents=True, exist_ok=True)
        self.writers: dict = {}  # split -> pyarrow.parquet.ParquetWriter
        self.shards: Counter = Counter()  # shards begun per split
        self.shard_filled: Counter = Counter()
        self.pending: dict[str, list] = {split: [] for split in self.splits}  # pyarrow Tables
        self.pending_rows: Counter = Counter()
        self.num_examples: Counter = Counter()
        self.num_bytes: Counter = Counter()

    def encode_rows(self, rows) -> bytes:
        """Rows (plain values, labels as names) as an Arrow IPC stream of encoded rows."""
        import pyarrow as pa

        table = pa.Table.from_pylist([self.encode(row) for row in rows], schema=self.row_schema)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, self.row_schema) as stream:
            stream.write_table(table)
        return sink.getvalue().to_pybytes()

    def write_encoded(self, split: str, stream: bytes) -> None:
        """Rows made by ``encode_rows``."""
        import pyarrow as pa

        table = pa.ipc.open_stream(stream).read_all()
        if not table.schema.equals(self.row_schema):
            raise ValueError(f"{self.folder}: rows encoded for another schema")
        self.write_table(split, table)

    def write_rows(self, split: str, rows) -> None:
        import pyarrow as pa

        self.write_table(split, pa.Table.from_pylist([self.encode(row) for row in rows], schema=self.row_schema))

    def write(self, split: str, row: dict) -> None:
        self.write_rows(split, [row])

    def write_table(self, split: str, table) -> None:
        if not table.num_rows:
            return
        self.pending[split].append(table)
        self.pending_rows[split] += table.num_rows
        self.num_examples[split] += table.num_rows
        while self.pending_rows[split] >= self.rows_per_row_group:
            self._flush(split, self.rows_per_row_group)

    def _partial(self, split: str, index: int) -> Path:
        return self.staging / self.folder / f"{split}-{index:05d}.parquet.partial"

    def _flush(self, split: str, rows: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pending = pa.concat_tables(self.pending[split]) if self.pending[split] else self.empty
        # Copied into fresh buffers (with an empty table, so that even a single piece is
        # copied): the size that cuts the shards and that the card reports then depends on the
        # rows alone, not on how they arrived (built here, or read back from the cache).
        table = pa.concat_tables([pending.slice(0, rows), self.empty]).combine_chunks()
        rest = pending.slice(rows)
        self.pending[split] = [rest] if rest.num_rows else []
        self.pending_rows[split] = rest.num_rows
        self.num_bytes[split] += table.nbytes
        if split in self.writers and self.shard_filled[split] >= self.shard_bytes:
            self.writers.pop(split).close()
        if split not in self.writers:
            self.writers[split] = pq.ParquetWriter(self._partial(split, self.shards[split]), self.arrow_schema, **PARQUET_OPTIONS)
            self.shards[split] += 1
            self.shard_filled[split] = 0
        self.writers[split].write_table(table, row_group_size=self.rows_per_row_group)
        self.shard_filled[split] += table.nbytes

    def close(self) -> None:
        for split in self.splits:
            if self.pending_rows[split] or self.shards[split] == 0:
                self._flush(split, self.pending_rows[split])
            self.writers.pop(split).close()
            for i in range(self.shards[split]):
                os.rename(self._partial(split, i), self.staging / shard_path(split, i, self.shards[split], self.folder))

    def data_files(self) -> dict[str, list[str]]:
        return {split: [shard_path(split, i, self.shards[split], self.folder) for i in range(self.shards[split])] for split in self.splits}

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        self.writers = {}


@functools.cache
def features_fingerprint() -> str:
    """What encoded rows depend on besides the records: each config's features (label names and
    Arrow schema) and the encoding. Stored in every EncodedDocument, so that rows encoded for
    other features are never written (imports datasets)."""
    from .configs import CONFIGS
    from .record import FEATURES

    features = {"documents": FEATURES, **CONFIGS}
    parts = [ENCODING_VERSION] + [f"{name}:{features[name]!r}:{features[name].arrow_schema}" for name in ROW_CONFIGS]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@dataclass
class EncodedDocument:
    """One document as the writer takes it: its rows of each config as Arrow (IPC streams, labels
    encoded), its preview page, and in ``meta`` what the card, the preview index and the quality
    report count of it. Made by ``ReleaseWriter.encode``; the build caches it per document, so a
    rebuild neither parses nor encodes an unchanged document again."""

    meta: dict
    blobs: dict[str, bytes]  # config name (ROW_CONFIGS) or "preview" -> bytes

    def to_bytes(self) -> bytes:
        """One JSON line (``meta`` and the size of each blob), then the blobs."""
        head = json.dumps({"meta": self.meta, "blobs": {name: len(blob) for name, blob in self.blobs.items()}}, ensure_ascii=False, separators=(",", ":"))
        return head.encode("utf-8") + b"\n" + b"".join(self.blobs.values())

    @classmethod
    def from_bytes(cls, data: bytes) -> "EncodedDocument":
        """The inverse of ``to_bytes``; ValueError (or KeyError) if ``data`` is not one."""
        head, _, rest = data.partition(b"\n")
        parsed = json.loads(head)
        blobs, offset = {}, 0
        for name, size in parsed["blobs"].items():
            blobs[name] = rest[offset : offset + size]
            offset += size
        if offset != len(rest) or not set(ROW_CONFIGS) <= set(blobs):
            raise ValueError("not an encoded document")
        return cls(parsed["meta"], blobs)


class ReleaseWriter:
    """Streams records, and the rows of the other configs derived from them, into a staging
    folder, then swaps the finished release into place.

    Records must arrive in a deterministic order (the pipeline keeps corpus order).
    """

    def __init__(self, out_dir: Path, shard_bytes: int = TARGET_SHARD_BYTES, rows_per_row_group: int = ROWS_PER_ROW_GROUP):
        self.out_dir = Path(out_dir).resolve()
        check_replaceable(self.out_dir)
        recover_interrupted(self.out_dir)
        self.staging = self.out_dir.parent / f".{self.out_dir.name}.staging-{os.getpid()}"
        if self.staging.exists():
            shutil.rmtree(self.staging)
        self.staging.mkdir(parents=True)
        self.shard_bytes, self.rows_per_row_group = shard_bytes, rows_per_row_group
        self.documents: list[dict] = []
        self.label_counts: dict[str, Counter] = {"entities": Counter(), "dates": Counter(), "quotations": Counter()}
        self.annotation_status: Counter = Counter()
        self.entity_mentions: dict[str, Counter] = {}
        self.tokens: Counter = Counter()
        self.date_years: Counter = Counter()
        self.misaligned: list[dict] = []
        self.misaligned_count = 0
        self.preview_index = None  # succession.preview.PreviewIndex, once a preview is written

    @functools.cached_property
    def tables(self) -> dict[str, ShardedTable]:
        """One ShardedTable per config, made on first use: they need datasets' Features, which
        take a second to import, and a build has better things to wait for first."""
        from .configs import CONFIGS, TABLE_SPLIT
        from .record import FEATURES

        tables = {"documents": ShardedTable(self.staging, "data", FEATURES, SPLITS, self.shard_bytes, self.rows_per_row_group)}
        for name, features in CONFIGS.items():
            splits = (TABLE_SPLIT,) if name == "entities" else SPLITS
            # Sentences and quotations are small rows: a row group holds many more of them.
            rows = self.rows_per_row_group * 50 if name != "entities" else self.rows_per_row_group * 100
            tables[name] = ShardedTable(self.staging, name, features, splits, self.shard_bytes, rows)
        return tables

    @property
    def num_examples(self) -> Counter:
        return self.tables["documents"].num_examples

    @property
    def num_bytes(self) -> Counter:
        return self.tables["documents"].num_bytes

    def data_files(self, config: str = "documents") -> dict[str, list[str]]:
        return self.tables[config].data_files()

    def encode(self, record: dict, token_rows: list[dict] = (), quotation_rows: list[dict] = (), misaligned: list[dict] = (), preview: str | None = None) -> EncodedDocument:
        """A record, its rows of the other configs and its preview page, as ``write_encoded``
        takes them."""
        from .preview import summary

        blobs = {name: self.tables[name].encode_rows(rows) for name, rows in zip(ROW_CONFIGS, ([record], token_rows, quotation_rows))}
        if preview is not None:
            blobs["preview"] = preview.encode("utf-8")
        mentions: Counter = Counter(span["entity_id"] for span in record["entities"] if span["entity_id"])
        meta = {
            "id": record["id"],
            "split": record["split"],
            "card": {key: record[key] for key in ("id", "title", "publisher", "date_published", "rights", "split")},
            "summary": summary(record) if preview is not None else None,
            # Counts in the order of first occurrence, as the writer's running counts take them.
            "labels": {
                "entities": Counter(span["label"] for span in record["entities"]),
                "dates": Counter(span["type"] for span in record["dates"]),
                "quotations": Counter(span["kind"] for span in record["quotations"]),
            },
            "date_years": Counter(span["first_day"][:4] for span in record["dates"] if span["first_day"]),
            "entity_mentions": mentions,
            "annotation_status": record["annotation_status"],
            "tokens": sum(len(row["tokens"]) for row in token_rows),
            "misaligned_count": len(misaligned),
            "misaligned": list(misaligned)[:MAX_REPORTED_MISALIGNED],
            "features": features_fingerprint(),
        }
        return EncodedDocument(meta, blobs)

    def write(self, record: dict, token_rows: list[dict] = (), quotation_rows: list[dict] = (), misaligned: list[dict] = (), preview: str | None = None) -> None:
        self.write_encoded(self.encode(record, token_rows, quotation_rows, misaligned, preview))

    def write_encoded(self, document: EncodedDocument) -> None:
        meta = document.meta
        if meta.get("features") != features_fingerprint():
            raise ValueError(f"{meta.get('id')}: rows encoded for other features; encode the record again")
        split = meta["split"]
        for name in ROW_CONFIGS:
            self.tables[name].write_encoded(split, document.blobs[name])
        preview = document.blobs.get("preview")
        if preview is not None:
            from .preview import PreviewIndex, page_name

            folder = self.staging / PREVIEW_DIR
            folder.mkdir(exist_ok=True)
            (folder / page_name(meta["id"])).write_bytes(preview)
            self.preview_index = self.preview_index or PreviewIndex()
            self.preview_index.add(meta["summary"])
        self.tokens[split] += meta["tokens"]
        if len(self.documents) < MAX_CARD_DOCUMENTS:
            self.documents.append(meta["card"])
        for layer, counts in meta["labels"].items():
            self.label_counts[layer].update(counts)
        self.date_years.update(meta["date_years"])
        for entity_id, count in meta["entity_mentions"].items():
            self.entity_mentions.setdefault(entity_id, Counter())[split] += count
        self.annotation_status[meta["annotation_status"]] += 1
        self.misaligned_count += meta["misaligned_count"]
        self.misaligned += meta["misaligned"][: max(0, MAX_REPORTED_MISALIGNED - len(self.misaligned))]

    def finish(self, render_card, extra_files: dict[str, str] | None = None, entity_rows: list[dict] = ()) -> Path:
        """Close the files, write the card, any extra files and the checksums, and swap the
        release into place."""
        from .configs import TABLE_SPLIT

        self.tables["entities"].write_rows(TABLE_SPLIT, entity_rows)
        for table in self.tables.values():
            table.close()
        (self.staging / CARD).write_text(render_card(self), encoding="utf-8")
        for name, content in sorted((extra_files or {}).items()):
            path = self.staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if self.preview_index is not None:
            with open(self.staging / PREVIEW_DIR / "index.html", "w", encoding="utf-8") as index:
                self.preview_index.write_to(index)
            self.preview_index.close()
        # Croissant lists every file with its hash, so it is written once the others are.
        from .croissant import CROISSANT, write_croissant

        (self.staging / CROISSANT).write_text(write_croissant(self), encoding="utf-8")
        write_checksums(self.staging)
        replace_dir(self.staging, self.out_dir)
        return self.out_dir

    def abort(self) -> None:
        for table in self.__dict__.get("tables", {}).values():
            table.abort()
        shutil.rmtree(self.staging, ignore_errors=True)


def write_checksums(folder: Path) -> None:
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != CHECKSUMS):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}\n")
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def check_replaceable(out_dir: Path) -> None:
    """Refuse to replace a folder that is not a release: --out . must not wipe a repository."""
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / CHECKSUMS).exists())):
        raise CorpusError(f"{out_dir}: exists and is not a release of this corpus (no {CHECKSUMS}); choose an empty or new folder for --out")


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_interrupted(out_dir: Path) -> None:
    """Tidy what a killed build left beside the release.

    A staging folder of a dead build is removed. A previous release left under its backup name
    (a build killed between the two renames of the fallback swap) is put back if no release
    took its place.
    """
    for leftover in sorted(out_dir.parent.glob(f".{out_dir.name}.*-*")):
        kind, _, pid = leftover.name.rpartition("-")
        if not pid.isdigit() or process_alive(int(pid)):
            continue
        if kind.endswith(".previous") and not out_dir.exists():
            os.rename(leftover, out_dir)
        elif kind.endswith((".staging", ".previous")):
            shutil.rmtree(leftover, ignore_errors=True)


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders with Linux's renameat2; False where that is not available."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0


def replace_dir(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; readers see the old folder or the new one, never a mix."""
    if not target.exists():
        os.rename(new, target)
        return
    if exchange(new, target):
        shutil.rmtree(new)  # it holds the previous release now
        return
    # Without an atomic exchange, a crash between the two renames leaves the old release under
    # its backup name, intact; the next build restores nothing by guesswork and simply rebuilds.
    backup = target.parent / f".{target.name}.previous-{os.getpid()}"
    os.rename(target, backup)
    os.rename(new, target)
    shutil.rmtree(backup)
