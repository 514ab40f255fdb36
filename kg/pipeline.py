"""Building the graph of many readouts: in chunks, on every core, validated, written whole.

Readouts are read in the main process, cut into chunks and handed to worker processes, which
extract, convert and validate each chunk (SHACL over the chunk's graphs and the reference graph)
and send back each readout's graph as N-Quads. The main process writes them in input order, so
the output is the same bytes whatever the number of workers. A readout whose graph violates the
shapes is left out and named; the rest is written.
"""

from __future__ import annotations

import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, URIRef
from tqdm import tqdm

from kg.extract import extract
from kg.model import Readout
from kg.rdf import Quad, graph_iri, readout_quads, reference_quads
from kg.stores import EmbeddedStore, to_oxigraph, write_file
from kg.validate import validate_quads
from kg.vocab import BKG

__all__ = ["BuildOptions", "BuildReport", "build_file", "build_store"]

_EVENTS = {str(BKG[name]) for name in (
    "Event", "Meeting", "Talks", "PhoneCall", "VideoCall", "Visit", "StateVisit", "Summit", "MinisterialMeeting",
    "Conference",
)}
_COUNTED = {str(BKG[name]): name for name in ("Official", "PolicyPosition", "Topic", "Post", "Place")}


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


@dataclass(frozen=True)
class BuildOptions:
    base: str
    tool_version: str
    check: bool = True
    jobs: int = 0  # 0: one worker per core
    progress: bool = False
    chunk: int = 200  # readouts per task: enough to pay for validating the reference graph alongside


@dataclass
class _Chunk:
    """What a worker sends back for one chunk of readouts."""

    graphs: list[tuple[str, bytes]] = field(default_factory=list)
    nodes: set[tuple[str, str]] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    readouts: int = 0


def _nodes(quads: list[Quad]) -> set[tuple[str, str]]:
    """(IRI, class) of the entities a readout graph describes, for the summary."""
    nodes = set()
    for s, p, o, _ in quads:
        if p == RDF.type and str(o) in _COUNTED:
            nodes.add((str(s), _COUNTED[str(o)]))
        elif p == RDF.type and str(o) in _EVENTS:
            nodes.add((str(s), "Event"))
        elif p == BKG.mentions and "/state/" in str(o):
            nodes.add((str(o), "State"))
        elif p == BKG.mentions and "/org/" in str(o):
            nodes.add((str(o), "InternationalOrganization"))
    return nodes


def _rejected(graphs: dict[str, list[Quad]], options: BuildOptions) -> dict[str, list[str]]:
    """The graphs that violate the shapes, with the first messages for each."""
    reference = reference_quads(base=options.base)
    result = validate_quads(q for quads in (reference, *graphs.values()) for q in quads)
    bad: dict[str, list[str]] = {}
    for violation in result.violations:
        for graph in violation.graphs:
            if graph in graphs:
                bad.setdefault(graph, []).append(str(violation))
    return bad


def _build_chunk(readouts: list[Readout], options: BuildOptions) -> _Chunk:
    """Extract, convert and validate one chunk (runs in a worker process)."""
    chunk = _Chunk(readouts=len(readouts))
    graphs: dict[str, list[Quad]] = {}
    for readout in readouts:
        extraction = extract(readout)
        chunk.warnings += [f"{readout.source}: {w}" for w in extraction.warnings]
        graph = str(graph_iri(readout.id, base=options.base))
        graphs[graph] = readout_quads(extraction, base=options.base, tool_version=options.tool_version)
    bad = _rejected(graphs, options) if options.check else {}
    for graph, messages in bad.items():
        chunk.rejected.append(f"{graph}: violates the shapes, left out: " + "; ".join(messages[:3]))
    for graph, quads in graphs.items():
        if graph not in bad:
            chunk.nodes |= _nodes(quads)
            chunk.graphs.append((graph, ox.serialize(to_oxigraph(quads), format=ox.RdfFormat.N_QUADS)))
    return chunk


def _chunks(readouts: Iterable[Readout], size: int) -> Iterator[list[Readout]]:
    iterator = iter(readouts)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _workers(options: BuildOptions) -> int:
    return options.jobs or os.cpu_count() or 1


def _processed(readouts: Iterable[Readout], options: BuildOptions) -> Iterator[_Chunk]:
    """Chunk results in input order; with several workers, a bounded number of chunks in flight."""
    jobs = _workers(options)
    if jobs == 1:
        yield from (_build_chunk(chunk, options) for chunk in _chunks(readouts, options.chunk))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[_Chunk]] = deque()
        for chunk in _chunks(readouts, options.chunk):
            pending.append(pool.submit(_build_chunk, chunk, options))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _run(readouts: Iterable[Readout], options: BuildOptions, report: BuildReport) -> Iterator[_Chunk]:
    """Every chunk result, with the report and the progress bar kept up to date."""
    bar = tqdm(desc="build", unit=" readouts", file=sys.stderr, leave=False,
               disable=None if options.progress else True)
    nodes: set[tuple[str, str]] = set()
    with bar:
        for chunk in _processed(readouts, options):
            bar.update(chunk.readouts)
            report.warnings += chunk.warnings
            report.rejected += chunk.rejected
            nodes |= chunk.nodes
            yield chunk
    report.entities = Counter(cls for _, cls in nodes)


class _Counted:
    """Quads passing through on their way to a file, counted (and their distinct triples)."""

    def __init__(self) -> None:
        self.quads = 0
        self.triples: set[int] = set()

    def __call__(self, quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        for quad in quads:
            self.quads += 1
            self.triples.add(hash((str(quad.subject), str(quad.predicate), str(quad.object))))
            yield quad


def build_file(readouts: Iterable[Readout], output: Path, options: BuildOptions, report: BuildReport) -> None:
    """The reference graph and every readout graph, in input order, into one RDF file."""
    counted = _Counted()

    def quads() -> Iterator[ox.Quad]:
        yield from to_oxigraph(reference_quads(base=options.base))
        for chunk in _run(readouts, options, report):
            for _, data in chunk.graphs:
                yield from ox.parse(data, format=ox.RdfFormat.N_QUADS)

    write_file(counted(quads()), output)
    report.quads, report.triples = counted.quads, len(counted.triples)


def build_store(readouts: Iterable[Readout], store: EmbeddedStore, options: BuildOptions, report: BuildReport) -> None:
    """Each readout graph replaces its earlier version in the store; unchanged readouts are skipped."""
    def changed() -> Iterator[Readout]:
        for readout in readouts:
            recorded = store.recorded(URIRef(f"{options.base}readout/{readout.id}"),
                                      graph_iri(readout.id, base=options.base))
            if recorded is not None and recorded[:2] == (readout.content_hash, options.tool_version):
                report.skipped += 1
                continue
            if recorded is not None and recorded[2] != readout.source:  # another file with the same id
                report.warnings.append(f"{readout.source}: replaces readout '{readout.id}' built from {recorded[2]} "
                                       "(the same id)")
            yield readout

    store.replace_graph(URIRef(f"{options.base}graph/reference"), list(to_oxigraph(reference_quads(base=options.base))))
    for chunk in _run(changed(), options, report):
        for graph, data in chunk.graphs:
            store.replace_graph(URIRef(graph), list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))
    store.flush()
    report.quads, report.triples = len(store), store.distinct_triples()
