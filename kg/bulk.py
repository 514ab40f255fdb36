"""Bulk files for triple stores' own loaders: gzip, and N-Quads split into files of bounded size.

Stores load big data fastest offline (``oxigraph load``, Virtuoso's ``ld_dir`` +
``rdf_loader_run``, Jena's ``tdb2.tdbloader``, GraphDB's ``importrdf``), and their loaders read
gzip and folders of many files in parallel. ``graph.nq.gz`` is gzipped; with ``max_bytes``,
``graph.nq`` becomes ``graph-00001.nq``, ``graph-00002.nq``, ... each holding whole readout graphs
and at most ``max_bytes`` of N-Quads (before compression), unless one graph alone is larger.

All parts are written under temporary names and renamed only when every one is complete; parts
left from an earlier, longer export of the same name are removed, so a loader pointed at the
folder never reads stale or half-written data. The same graph gives the same bytes (gzip without
a timestamp).
"""

from __future__ import annotations

import gzip
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import StoreError
from kg.stores import FORMATS, _umask

__all__ = ["compressed", "existing_parts", "part_paths", "rdf_format_of", "write_parts"]

_LINE_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)


def compressed(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def rdf_format_of(path: Path) -> ox.RdfFormat:
    """The RDF format a (possibly .gz) file name asks for."""
    inner = path.with_suffix("") if compressed(path) else path
    try:
        return FORMATS[inner.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise StoreError(f"cannot tell the RDF format of {path}: use one of the extensions {known}, "
                         "optionally followed by .gz") from None


def _stem_and_suffix(path: Path) -> tuple[str, str]:
    """("graph", ".nq.gz") for graph.nq.gz."""
    suffixes = "".join(path.suffixes[-2:]) if compressed(path) else path.suffix
    return path.name[: -len(suffixes)], suffixes


def part_paths(path: Path, count: int) -> list[Path]:
    stem, suffix = _stem_and_suffix(path)
    return [path.with_name(f"{stem}-{i:05d}{suffix}") for i in range(1, count + 1)]


def _chunks(quads: Iterable[ox.Quad], rdf_format: ox.RdfFormat, max_bytes: int | None) -> Iterator[list[bytes]]:
    """The serialised graphs, grouped into parts of at most ``max_bytes`` (None: one part)."""
    part: list[bytes] = []
    size = 0
    for _, group in groupby(quads, key=lambda q: q.graph_name):
        data = ox.serialize(group if rdf_format.supports_datasets else (q.triple for q in group), format=rdf_format) or b""
        if part and max_bytes is not None and size + len(data) > max_bytes:
            yield part
            part, size = [], 0
        part.append(data)
        size += len(data)
    if part or max_bytes is None:
        yield part  # an empty graph still gives its (empty) file


def _open(handle: BinaryIO, path: Path) -> BinaryIO:
    if compressed(path):
        return gzip.GzipFile(filename="", mode="wb", fileobj=handle, mtime=0)  # type: ignore[return-value]
    return handle


def write_parts(quads: Iterable[ox.Quad], path: Path, *, max_bytes: int | None = None) -> list[Path]:
    """Write line-based RDF (N-Quads, N-Triples), gzipped for ``.gz``, split when ``max_bytes`` is given."""
    rdf_format = rdf_format_of(path)
    if rdf_format not in _LINE_FORMATS:
        raise StoreError(f"cannot split {path}: splitting keeps whole lines, so it needs N-Quads (.nq) or N-Triples (.nt)")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise StoreError(f"cannot write {path}: the folder {directory} does not exist")
    written: list[tuple[str, Path]] = []
    try:
        for part in _chunks(quads, rdf_format, max_bytes):
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
            written.append((temporary, path))
            with os.fdopen(handle, "wb") as raw, _open(raw, path) as out:
                for data in part:
                    out.write(data)
        targets = part_paths(path, len(written)) if max_bytes is not None else [path]
        for (temporary, _), target in zip(written, targets, strict=True):
            os.chmod(temporary, 0o666 & ~_umask())
            os.replace(temporary, target)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        for temporary, _ in written:
            if os.path.exists(temporary):
                os.unlink(temporary)
    if max_bytes is not None:
        _remove_stale_parts(path, len(targets))
    return targets


def existing_parts(path: Path) -> list[Path]:
    """The numbered parts of ``path`` on disk, in order."""
    stem, suffix = _stem_and_suffix(path)
    pattern = re.compile(rf"{re.escape(stem)}-\d{{5}}{re.escape(suffix)}")
    directory = path.parent if str(path.parent) else Path(".")
    return sorted(p for p in directory.iterdir() if pattern.fullmatch(p.name))


def _remove_stale_parts(path: Path, kept: int) -> None:
    """Parts numbered beyond this export's, left by an earlier export to the same name."""
    for stale in existing_parts(path)[kept:]:
        stale.unlink()
