"""The verbs that compose the stages: read, extract, build, validate.

Each is a plain function that a notebook can call; the CLI is a thin layer over them. Problems
with single inputs are reported through ``on_error`` and the work goes on with the rest; a
:class:`~kg.errors.KgError` is raised only when nothing sensible can be produced.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

from rdflib import RDF, Dataset, URIRef
from tqdm import tqdm

from kg.errors import InputError, KgError, StoreError
from kg.extract import extract
from kg.model import Extraction, Readout
from kg.rdf import DEFAULT_BASE, Quad, graph_iri, readout_quads, reference_quads
from kg.readouts import iter_readouts
from kg.stores import EmbeddedStore, format_for, read_file, to_oxigraph, write_file
from kg.vocab import BKG
from kg.validate import ReasonerReport, ValidationReport, reason, validate_quads, validate_shacl

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


@dataclass
class BuildReport:
    """What a build did: counts for the summary, and every problem it went past.

    ``quads`` counts statements per named graph; ``triples`` the distinct triples of their union
    (an official named by ten readouts is described in ten graphs).
    """

    readouts: int = 0
    skipped: int = 0
    quads: int = 0
    triples: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    target: str = ""

    @property
    def complete(self) -> bool:
        """True when every input became part of the graph."""
        return not self.errors and not self.rejected


_EVENT_CLASSES = {str(BKG[name]) for name in (
    "Event", "Meeting", "Talks", "PhoneCall", "VideoCall", "Visit", "StateVisit", "Summit", "MinisterialMeeting",
    "Conference",
)}
_COUNTED = {str(BKG[name]): name for name in ("Official", "PolicyPosition", "Topic", "Post", "Place")}


def _count_entities(report: BuildReport, graphs: dict[str, list[Quad]]) -> None:
    """Distinct nodes by class in the new readout graphs (states and organizations are typed in the
    reference graph, so they are counted by the readouts that mention them)."""
    seen: set[tuple[str, str]] = set()
    for quads in graphs.values():
        for s, p, o, _ in quads:
            if p == RDF.type and str(o) in _COUNTED:
                seen.add((str(s), _COUNTED[str(o)]))
            elif p == RDF.type and str(o) in _EVENT_CLASSES:
                seen.add((str(s), "Event"))
            elif p == BKG.mentions and "/state/" in str(o):
                seen.add((str(o), "State"))
            elif p == BKG.mentions and "/org/" in str(o):
                seen.add((str(o), "InternationalOrganization"))
    report.entities = Counter(cls for _, cls in seen)


def _check(graphs: dict[str, list[Quad]], reference: list[Quad], report: BuildReport) -> dict[str, list[Quad]]:
    """SHACL over the new graphs; a readout whose graph violates the shapes is left out and named."""
    result = validate_quads(q for quads in (reference, *graphs.values()) for q in quads)
    bad: dict[str, list[str]] = {}
    for violation in result.violations:
        for graph in violation.graphs:
            if graph in graphs:
                bad.setdefault(graph, []).append(str(violation))
    for graph, messages in sorted(bad.items()):
        report.rejected.append(f"{graph}: violates the shapes, left out: " + "; ".join(messages[:3]))
    return {g: q for g, q in graphs.items() if g not in bad}


def _collect(readouts: Iterable[Readout], report: BuildReport, *, base: str, skip: Callable[[Readout], bool],
             progress: bool) -> dict[str, list[Quad]]:
    graphs: dict[str, list[Quad]] = {}
    for readout in _progress(readouts, show=progress, what="build"):
        report.readouts += 1
        if skip(readout):
            report.skipped += 1
            continue
        extraction = extract(readout)
        report.warnings += [f"{readout.source}: {w}" for w in extraction.warnings]
        graphs[str(graph_iri(readout.id, base=base))] = readout_quads(extraction, base=base, tool_version=tool_version())
    return graphs


def build(
    paths: Iterable[str | Path],
    *,
    output: Path | None = None,
    store: Path | None = None,
    base: str = DEFAULT_BASE,
    check: bool = True,
    on_error: ErrorHandler | None = None,
    progress: bool = False,
) -> BuildReport:
    """Read, extract, convert and validate every readout, then write a file or the embedded store.

    With ``output``, the whole graph goes to one file (format by extension); otherwise into the
    store folder (``store`` or ``bilateral-kg-store``), where unchanged readouts are skipped.
    """
    if output is not None:
        format_for(output)  # fail on an unknown extension before any work
    report = BuildReport(target=str(output or store or DEFAULT_STORE))
    errors = report.errors

    def record(error: KgError) -> None:
        errors.append(str(error))
        if on_error:
            on_error(error)

    reference = reference_quads(base=base)
    embedded = EmbeddedStore(store or DEFAULT_STORE) if output is None else None
    skip = _unchanged(embedded, base) if embedded else (lambda readout: False)
    graphs = _collect(read(paths, on_error=record), report, base=base, skip=skip, progress=progress)
    if report.readouts == 0 and not errors:
        raise InputError(", ".join(map(str, paths)) or "(no paths)", "no readouts found (.txt, .md, .html, .jsonl)")
    if check:
        graphs = _check(graphs, reference, report)
    _count_entities(report, graphs)
    if output is not None:
        quads = [*reference, *(q for g in graphs.values() for q in g)]
        write_file(to_oxigraph(quads), output)
        report.quads, report.triples = len(quads), len({q[:3] for q in quads})
    else:
        assert embedded is not None
        _write_store(embedded, reference, graphs, base)
        report.quads, report.triples = len(embedded), embedded.distinct_triples()
    return report


def _unchanged(store: EmbeddedStore, base: str) -> Callable[[Readout], bool]:
    current = tool_version()

    def skip(readout: Readout) -> bool:
        recorded = store.content_hash(URIRef(f"{base}readout/{readout.id}"), graph_iri(readout.id, base=base))
        return recorded == (readout.content_hash, current)

    return skip


def _write_store(store: EmbeddedStore, reference: list[Quad], graphs: dict[str, list[Quad]], base: str) -> None:
    try:
        store.replace_graph(URIRef(f"{base}graph/reference"), list(to_oxigraph(reference)))
        for graph, quads in graphs.items():
            store.replace_graph(URIRef(graph), list(to_oxigraph(quads)))
        store.flush()
    except OSError as exc:
        raise StoreError(f"cannot write the store {store.path}: {exc}") from exc


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
