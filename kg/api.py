"""The verbs that compose the stages: read, extract, build, validate.

Each is a plain function that a notebook can call; the CLI is a thin layer over them. Problems
with single inputs are reported through ``on_error`` and the work goes on with the rest; a
:class:`~kg.errors.KgError` is raised only when nothing sensible can be produced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

from rdflib import Dataset
from tqdm import tqdm

from kg.pipeline import BuildOptions, BuildReport, build_file, build_store
from kg.errors import InputError, KgError, StoreError
from kg.extract import extract
from kg.model import Extraction, Readout
from kg.rdf import DEFAULT_BASE
from kg.readouts import iter_readouts
from kg.stores import EmbeddedStore, format_for, read_file
from kg.validate import ReasonerReport, ValidationReport, reason, validate_shacl

__all__ = [
    "DEFAULT_STORE",
    "BuildReport",
    "build",
    "extract_paths",
    "load_dataset",
    "read",
    "tool_version",
    "validate",
]

DEFAULT_STORE = Path("bilateral-kg-store")
ErrorHandler = Callable[[KgError], None]
T = TypeVar("T")


def tool_version() -> str:
    """"bilateral-kg X.Y.Z", recorded in every readout graph's provenance."""
    try:
        return f"bilateral-kg {version('bilateral-kg')}"
    except PackageNotFoundError:
        return "bilateral-kg 0+unknown"


def _raise(error: KgError) -> None:
    raise error


def _progress(items: Iterable[T], *, show: bool, what: str) -> Iterator[T]:
    if not show:
        yield from items
        return
    yield from tqdm(items, desc=what, unit=" readouts", file=sys.stderr, leave=False, disable=None)


def read(paths: Iterable[str | Path], *, on_error: ErrorHandler = _raise) -> Iterator[Readout]:
    """Readouts from files and folders (.txt, .md, .html, .jsonl)."""
    yield from iter_readouts(paths, on_error=on_error)


def extract_paths(
    paths: Iterable[str | Path], *, on_error: ErrorHandler = _raise, progress: bool = False
) -> Iterator[Extraction]:
    """The facts of every readout under ``paths``."""
    for readout in _progress(read(paths, on_error=on_error), show=progress, what="extract"):
        yield extract(readout)


def build(
    paths: Iterable[str | Path],
    *,
    output: Path | None = None,
    store: Path | None = None,
    base: str = DEFAULT_BASE,
    check: bool = True,
    jobs: int = 0,
    on_error: ErrorHandler | None = None,
    progress: bool = False,
) -> BuildReport:
    """Read, extract, convert and validate every readout, then write a file or the embedded store.

    With ``output``, the whole graph goes to one file (format by extension); otherwise into the
    store folder (``store`` or ``bilateral-kg-store``), where unchanged readouts are skipped.
    ``jobs`` worker processes share the work (0: one per core); the output is the same either way.
    """
    if output is not None:
        format_for(output)  # fail on an unknown extension before any work
    report = BuildReport(target=str(output or store or DEFAULT_STORE))
    options = BuildOptions(base=base, tool_version=tool_version(), check=check, jobs=jobs, progress=progress)

    def record(error: KgError) -> None:
        report.errors.append(str(error))
        if on_error:
            on_error(error)

    def readouts() -> Iterator[Readout]:
        for readout in read(paths, on_error=record):
            report.readouts += 1
            yield readout

    if output is not None:
        build_file(readouts(), output, options, report)
    else:
        try:
            build_store(readouts(), EmbeddedStore(store or DEFAULT_STORE), options, report)
        except OSError as exc:
            raise StoreError(f"cannot write the store {store or DEFAULT_STORE}: {exc}") from exc
    if report.readouts == 0 and not report.errors:
        raise InputError(", ".join(map(str, paths)) or "(no paths)", "no readouts found (.txt, .md, .html, .jsonl)")
    return report


def load_dataset(*, data: Path | None = None, store: Path | None = None) -> Dataset:
    """A built graph as an rdflib Dataset, from an RDF file or the embedded store.

    Its default graph is the union of the named graphs, so SPARQL without GRAPH sees everything.
    Files are parsed by pyoxigraph, whose syntax errors say where (line and column).
    """
    dataset = Dataset(default_union=True)
    if data is not None:
        dataset.addN(read_file(data))
        return dataset
    folder = store or DEFAULT_STORE
    if not folder.is_dir():
        raise StoreError(f"no store at {folder}: run 'bilateral-kg build PATH --store {folder}' first")
    dataset.addN(EmbeddedStore(folder).rdflib_quads())
    return dataset


def validate(*, data: Path | None = None, store: Path | None = None, reasoner: bool = False,
             java: str | None = None) -> tuple[ValidationReport, ReasonerReport | None]:
    """SHACL (and optionally HermiT) over a built graph."""
    dataset = load_dataset(data=data, store=store)
    shacl = validate_shacl(dataset)
    return shacl, (reason(dataset, java=java) if reasoner else None)
