"""Where graphs go: RDF files and the embedded, persistent Oxigraph store.

Files are written whole or not at all: into a temporary file beside the target, renamed over it
only when complete, so an interrupted build never leaves half a graph behind. The embedded store
(pyoxigraph, RocksDB on disk) keeps one named graph per readout and replaces a graph whole when
its readout changed; a readout whose content hash and tool version are unchanged is skipped, which
makes rebuilding a large corpus incremental.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError, StoreError
from kg.rdf import Quad
from kg.vocab import BKG, PREFIXES

__all__ = ["FORMATS", "EmbeddedStore", "format_for", "read_file", "to_oxigraph", "write_file"]

FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}
_SERIALIZE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in {"owl", "cameo", "plover", "dcterms"}}


def format_for(path: Path) -> ox.RdfFormat:
    """The RDF format a file name asks for, by its extension."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise StoreError(f"cannot tell the RDF format of {path}: use one of the extensions {known}") from None


def read_file(path: Path) -> Iterator[Quad]:
    """The quads of an RDF file (format by extension), as rdflib terms; a syntax error names the place."""
    rdf_format = format_for(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    default = URIRef(f"file://{path.resolve().as_posix()}")
    try:
        for quad in ox.parse(path=str(path), format=rdf_format):
            graph = quad.graph_name
            name = URIRef(graph.value) if isinstance(graph, ox.NamedNode) else default
            yield (_from_oxigraph(quad.subject), URIRef(quad.predicate.value), _from_oxigraph(quad.object), name)
    except SyntaxError as exc:
        raise InputError(str(path), f"not valid RDF: {exc}") from exc


class _Terms:
    """rdflib terms -> pyoxigraph terms, caching IRIs (they repeat a lot)."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, node: Node) -> ox.NamedNode | ox.Literal:
        if isinstance(node, URIRef):
            return self.iri(str(node))
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            if node.datatype:
                return ox.Literal(str(node), datatype=self.iri(str(node.datatype)))
            return ox.Literal(str(node))
        if isinstance(node, BNode):
            raise ValueError("bilateral-kg graphs have no blank nodes")
        raise TypeError(f"not an RDF term: {node!r}")


def to_oxigraph(quads: Iterable[Quad]) -> Iterator[ox.Quad]:
    """The same quads as pyoxigraph values."""
    terms = _Terms()
    for s, p, o, g in quads:
        yield ox.Quad(terms.iri(str(s)), terms.iri(str(p)), terms.term(o), terms.iri(str(g)))


def _from_oxigraph(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Node:
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unexpected term in the store: {term}")


def _as_triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    seen: set[ox.Triple] = set()
    for quad in quads:
        if quad.triple not in seen:
            seen.add(quad.triple)
            yield quad.triple


def write_file(quads: Iterable[ox.Quad], path: Path) -> None:
    """Write quads to an RDF file chosen by extension, atomically.

    Triple formats (Turtle, N-Triples) hold the union of all graphs: named graphs are lost, so
    provenance per readout lives on only in the evidence nodes.
    """
    rdf_format = format_for(path)
    data = quads if rdf_format.supports_datasets else _as_triples(quads)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise StoreError(f"cannot write {path}: the folder {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            ox.serialize(data, out, rdf_format, prefixes=_SERIALIZE_PREFIXES)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    """The process's umask (only readable by setting it), so output files get the usual mode."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class EmbeddedStore:
    """A persistent Oxigraph store in a folder; later commands open the same folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store {path}: {exc}. Is another bilateral-kg or an Oxigraph server using it?"
            ) from exc

    def content_hash(self, readout: URIRef, graph: URIRef) -> tuple[str, str] | None:
        """(content hash, tool version) recorded for a readout, if its graph is there."""
        g = ox.NamedNode(str(graph))
        node = ox.NamedNode(str(readout))
        hashes = [q.object.value for q in self.store.quads_for_pattern(node, ox.NamedNode(str(BKG.contentHash)), None, g)]
        tools = [q.object.value for q in self.store.quads_for_pattern(node, ox.NamedNode(str(BKG.toolVersion)), None, g)]
        return (hashes[0], tools[0]) if hashes and tools else None

    def replace_graph(self, graph: URIRef, quads: list[ox.Quad]) -> None:
        """Drop a named graph and load its new quads.

        Interrupted between the two, the graph is missing, never half-written: the next build
        finds no content hash for that readout and writes it again.
        """
        g = ox.NamedNode(str(graph))
        self.store.update(f"DROP SILENT GRAPH <{graph}>")
        self.store.extend(quads)
        if not quads:
            self.store.remove_graph(g)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, None))

    def rdflib_quads(self) -> Iterator[Quad]:
        """Every quad as rdflib terms, for rdflib and pyshacl."""
        for quad in self.quads():
            graph = quad.graph_name
            if not isinstance(graph, ox.NamedNode):
                continue
            yield (URIRef(quad.subject.value), URIRef(quad.predicate.value), _from_oxigraph(quad.object),
                   URIRef(graph.value))

    def __len__(self) -> int:
        return len(self.store)

    def distinct_triples(self) -> int:
        """Triples of the union of all graphs, each counted once."""
        [row] = list(self.store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"))
        return int(row["n"].value)

    def flush(self) -> None:
        self.store.flush()
        self.store.optimize()
