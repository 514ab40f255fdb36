"""The verbs that compose the stages: read, extract, build, validate, query, export, view.

Each is a plain function that a notebook can call; the CLI is a thin layer over them. Problems
with single inputs are reported through ``on_error`` and the work goes on with the rest; a
:class:`~kg.errors.KgError` is raised only when nothing sensible can be produced.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox
from networkx import Graph
from rdflib import Dataset
from tqdm import tqdm

from kg.pipeline import BuildOptions, BuildReport, build_file, build_store
from kg.errors import InputError, KgError, QueryError, QueryUsageError, StoreError
from kg.extract import extract
from kg.model import Extraction, Readout
from kg.library import Query, bind, find, library, query_form
from kg.rdf import DEFAULT_BASE, Quad
from kg.readouts import iter_readouts
from kg.results import Results
from kg.stores import (
    Backend,
    EmbeddedStore,
    EndpointBackend,
    OxigraphBackend,
    RdflibBackend,
    format_for,
    read_file,
    to_oxigraph,
    write_file,
    write_text,
)
from kg.validate import ReasonerReport, ValidationReport, reason, validate_quads

if TYPE_CHECKING:
    from kg.push import PushReport  # imported when used: requests loads only for a push

__all__ = [
    "DEFAULT_STORE",
    "BuildReport",
    "build",
    "export",
    "extract_paths",
    "load_dataset",
    "push",
    "queries",
    "query",
    "read",
    "tool_version",
    "validate",
    "view",
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

    paths = list(paths)
    readouts = _counted(read(paths, on_error=record), report)
    first = next(readouts, None)  # nothing to build: say so before any output is touched
    if first is None:
        raise InputError(", ".join(map(str, paths)) or "(no paths)",
                         "no readout could be read" if report.errors else "no readouts found (.txt, .md, .html, .jsonl)")
    if output is not None:
        build_file(chain([first], readouts), output, options, report)
    else:
        try:
            build_store(chain([first], readouts), EmbeddedStore(store or DEFAULT_STORE), options, report)
        except OSError as exc:
            raise StoreError(f"cannot write the store {store or DEFAULT_STORE}: {exc}") from exc
    return report


def _counted(readouts: Iterable[Readout], report: BuildReport) -> Iterator[Readout]:
    for readout in readouts:
        report.readouts += 1
        yield readout


def load_dataset(*, data: Path | None = None, store: Path | None = None) -> Dataset:
    """A built graph as an rdflib Dataset, from an RDF file or the embedded store.

    Its default graph is the union of the named graphs, so SPARQL without GRAPH sees everything.
    Files are parsed by pyoxigraph, whose syntax errors say where (line and column).
    """
    dataset = Dataset(default_union=True)
    if data is not None:
        dataset.addN(read_file(data))
        return dataset
    dataset.addN(_store_quads(store))
    return dataset


def _store_quads(store: Path | None) -> list[Quad]:
    """Every quad of the embedded store, which is opened read-only: a build may be writing to it."""
    return list(EmbeddedStore(store or DEFAULT_STORE, read_only=True).rdflib_quads())


def validate(*, data: Path | None = None, store: Path | None = None, reasoner: bool = False,
             java: str | None = None) -> tuple[ValidationReport, ReasonerReport | None]:
    """SHACL (and optionally HermiT) over a built graph."""
    quads = list(read_file(data)) if data is not None else _store_quads(store)
    shacl = validate_quads(quads)
    if not reasoner:
        return shacl, None
    dataset = Dataset(default_union=True)
    dataset.addN(quads)
    return shacl, reason(dataset, java=java)


_TABLES = {".csv": "csv", ".tsv": "tsv"}


@contextmanager
def _backend(*, data: Path | None, store: Path | None, endpoint: str | None, timeout: float) -> Iterator[Backend]:
    """The backend that one of ``data``, ``store`` or ``endpoint`` names (none: the default store)."""
    if sum(x is not None for x in (data, store, endpoint)) > 1:
        raise QueryUsageError("give one of data (a file), store (a folder) or endpoint (a URL), not several")
    if endpoint is not None:
        yield EndpointBackend(endpoint, timeout=timeout)
    elif data is not None:
        yield RdflibBackend(load_dataset(data=data))
    else:
        backend = OxigraphBackend(store or DEFAULT_STORE)
        try:
            yield backend
        finally:
            del backend.store  # closes RocksDB now, not whenever the collector gets to it


def query(
    name: str | Path,
    /,
    *,
    data: Path | None = None,
    store: Path | None = None,
    endpoint: str | None = None,
    params: Mapping[str, object] | None = None,
    base: str = DEFAULT_BASE,
    timeout: float = 60.0,
    **values: object,
) -> Results:
    """Answer a library query (by name) or a query file over a graph file, the store or an endpoint.

    Parameters come as keywords, ``query("meetings-between", a="CHN", b="RUS")``, or in ``params``
    (for names such as ``from`` that are Python keywords); each becomes the RDF term its declared
    type asks for before any engine sees it. The rows are dicts of rdflib terms;
    ``.to_dataframe()`` gives a pandas DataFrame where pandas is installed.
    """
    chosen = find(name)
    form = query_form(chosen.text)
    if form != "SELECT":
        raise QueryError(f"{chosen.source}: a {form} query gives no table; 'query' runs SELECT queries")
    bindings = bind(chosen, {**(params or {}), **values}, base=base)
    with _backend(data=data, store=store, endpoint=endpoint, timeout=timeout) as backend:
        return backend.select(chosen.text, bindings, source=chosen.source)


def export(output: Path, *, data: Path | None = None, store: Path | None = None, endpoint: str | None = None,
           base: str = DEFAULT_BASE, timeout: float = 60.0, max_bytes: int | None = None) -> int:
    """Write the events table (``.csv``, ``.tsv``) or the whole graph (``.trig .nq .ttl .nt .jsonld``).

    Any backend can be the source; the file is written whole or not at all. For stores' bulk
    loaders, ``.nq.gz``/``.nt.gz`` are gzipped and ``max_bytes`` splits N-Quads into numbered
    parts of whole graphs (:mod:`kg.bulk`). Returns the number of rows (a table) or quads (a
    graph) written.
    """
    from kg import bulk

    table = _TABLES.get(output.suffix.lower())
    if table is None:
        bulk.rdf_format_of(output)  # fail on an unknown extension before any work
    if table is not None and max_bytes is not None:
        raise QueryUsageError("only a graph (.nq, .nt) can be split into parts, not a table")

    if table is None and data is not None:
        quads = list(to_oxigraph(read_file(data)))  # a file converts without loading rdflib
        _write_graph(quads, output, max_bytes)
        return len(quads)
    with _backend(data=data, store=store, endpoint=endpoint, timeout=timeout) as backend:
        if table is not None:
            results = backend.select(find("events-table").text, {}, source="queries/events-table.rq")
            write_text(results.serialize(table, base=base), output)
            return len(results)
        quads = list(backend.quads(base=base) if isinstance(backend, EndpointBackend) else backend.quads())
    _write_graph(quads, output, max_bytes)
    return len(quads)


def _write_graph(quads: list[ox.Quad], path: Path, max_bytes: int | None) -> None:
    from kg import bulk

    if bulk.compressed(path) or max_bytes is not None:
        bulk.write_parts(quads, path, max_bytes=max_bytes)
    else:
        write_file(quads, path)


def push(
    endpoint: str,
    *,
    data: Path | None = None,
    store: Path | None = None,
    protocol: str = "gsp",
    connections: int = 2,
    chunk_triples: int | None = None,
    query_endpoint: str | None = None,
    force: bool = False,
    timeout: float = 60.0,
    retries: int = 4,
    dry_run: bool = False,
    progress: bool = False,
    environ: Mapping[str, str] | None = None,
) -> PushReport:
    """Push every readout graph of a file or the store to a triple store, replacing each graph whole.

    ``endpoint`` is the store's Graph Store URL (Oxigraph ``http://HOST:PORT/store``, Virtuoso
    ``http://HOST:PORT/sparql-graph-crud-auth``) or, with ``protocol="update"``, its SPARQL Update
    URL. Graphs that the server holds unchanged (same readout text, same tool version, all their
    triples) are skipped where ``query_endpoint`` can tell (Oxigraph's is found by itself with
    ``protocol="oxigraph-bulk"``); ``force`` sends every graph. Credentials come from ``environ``
    (default: the process environment; see :func:`kg.push.credentials`). Without ``data`` or ``store`` the default store is pushed. A
    failure mid-way raises :class:`kg.push.PushError`, which names the graphs that remain;
    pushing again finishes the job.
    """
    from kg import push as pushing

    if protocol not in pushing.PROTOCOLS:
        raise StoreError(f"unknown protocol {protocol!r}; use one of {', '.join(pushing.PROTOCOLS)}")
    if data is None and store is None:
        store = DEFAULT_STORE
    options = pushing.PushOptions(protocol=protocol, connections=connections, chunk_triples=chunk_triples,  # type: ignore[arg-type]
                                  query_endpoint=query_endpoint, force=force, timeout=timeout, retries=retries)
    auth = pushing.credentials(os.environ if environ is None else environ)
    bar = tqdm(desc="push", unit=" graphs", file=sys.stderr, leave=False, disable=None) if progress and not dry_run else None
    try:
        return pushing.push(endpoint, data=data, store=store, options=options, auth=auth, dry_run=dry_run,
                            on_graph=(lambda _name, _triples: bar.update()) if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()


def queries(name: str | None = None) -> list[Query]:
    """The library's queries (or the one named), with what their headers say."""
    return [find(name)] if name is not None else list(library().values())


def view(
    name: str,
    /,
    *,
    output: Path | None = None,
    data: Path | None = None,
    store: Path | None = None,
    endpoint: str | None = None,
    start: str | None = None,
    end: str | None = None,
    focus: str | None = None,
    hops: int = 1,
    min_weight: int = 1,
    limit: int = 2000,
    timeout: float = 60.0,
) -> Graph:
    """A view of the relationship graph (``kg.views.VIEWS``) as a networkx graph with metrics.

    The rows come from the library's ``view-*`` queries on any backend; ``start``/``end`` (ISO
    dates) and ``min_weight`` keep only the facts and edges asked for; beyond ``limit`` nodes the
    best connected are kept and ``graph.graph["note"]`` says what was left out. With ``output``,
    the view is also written: ``.html`` a self-contained page, ``.graphml``, ``.gexf`` or ``.json``
    (node-link) for other tools. An empty view raises :class:`~kg.errors.InputError`.
    """
    from kg import html, views

    if name not in views.VIEWS:
        raise QueryUsageError(f"unknown view {name!r}; the views are: {', '.join(views.VIEWS)}")
    suffix = output.suffix.lower() if output is not None else ".html"
    if suffix not in (".html", *views.EXPORTS):
        raise QueryUsageError(f"cannot write a view as {suffix or 'a file without extension'}: "
                              "use .html, .graphml, .gexf or .json")
    with _backend(data=data, store=store, endpoint=endpoint, timeout=timeout) as backend:
        rows = {q: list(backend.select(find(q).text, {}, source=find(q).source)) for q in views.QUERIES[name]}
    graph = views.build_view(name, rows, focus=focus, hops=hops)
    graph = views.filter_view(graph, start=start, end=end, min_weight=min_weight)
    if graph.number_of_nodes() == 0:
        asked = ", ".join(f"{k} {v}" for k, v in (("from", start), ("to", end), ("min-weight", min_weight))
                          if v and v != 1) or "no filter"
        raise InputError(f"view {name}", f"nothing to show ({asked}); widen the dates, lower --min-weight "
                         "or build the graph from more readouts")
    graph, _ = views.trim(graph, limit)
    graph = views.with_metrics(graph)
    if output is not None:
        try:
            if suffix == ".html":
                focus_text = f" around {graph.nodes[graph.graph['focus']]['label']}" if graph.graph.get("focus") else ""
                html.write(graph, output, title=f"bilateral-kg: {name}{focus_text}")
            else:
                views.export(graph, output)
        except OSError as exc:
            raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return graph
