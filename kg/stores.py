"""Where graphs go: RDF files and the embedded, persistent Oxigraph store.

Files are written whole or not at all: into a temporary file beside the target, renamed over it
only when complete, so an interrupted build never leaves half a graph behind. The embedded store
(pyoxigraph, RocksDB on disk) keeps one named graph per readout and replaces a graph whole when
its readout changed; a readout whose content hash and tool version are unchanged is skipped, which
makes rebuilding a large corpus incremental.

Queries run on three backends that answer alike: :class:`RdflibBackend` (a file in memory),
:class:`OxigraphBackend` (the embedded store, read-only) and :class:`EndpointBackend` (any SPARQL
1.1 endpoint over HTTP).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from email.message import Message
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import XSD, BNode, Dataset, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from kg.errors import InputError, QueryError, StoreError
from kg.library import _tokens, query_form, sparql_term, with_values
from kg.rdf import DEFAULT_BASE, Quad, graph_iri
from kg.rdflib_graphs import graph_index_evaluation
from kg.results import Results, canonical
from kg.vocab import BKG, PREFIXES

__all__ = [
    "FORMATS",
    "Backend",
    "EmbeddedStore",
    "EndpointBackend",
    "OxigraphBackend",
    "RdflibBackend",
    "brief",
    "format_for",
    "read_file",
    "to_oxigraph",
    "write_file",
    "write_text",
]

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
    _write_atomically(path, lambda out: ox.serialize(data, out, rdf_format, prefixes=_SERIALIZE_PREFIXES))


def _write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write into a temporary file beside ``path`` and rename it over ``path`` only when complete."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise StoreError(f"cannot write {path}: the folder {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
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

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        if path.exists() and not path.is_dir():
            raise StoreError(f"cannot use {path} as a store: it is a file, not a folder")
        if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
            raise StoreError(f"{path} is a folder but not a bilateral-kg store: choose an empty or new folder")
        if read_only and not path.is_dir():
            raise StoreError(f"no store at {path}: run 'bilateral-kg build PATH --store {path}' first")
        try:
            self.store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            hint = " Is another bilateral-kg or an Oxigraph server using it?" if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open the store {path}: {exc}.{hint}") from exc

    def recorded(self, readout: URIRef, graph: URIRef) -> tuple[str, str, str] | None:
        """(content hash, tool version, source path) recorded for a readout, if its graph is there."""
        g = ox.NamedNode(str(graph))
        node = ox.NamedNode(str(readout))
        values = [
            [q.object.value for q in self.store.quads_for_pattern(node, ox.NamedNode(str(p)), None, g)]
            for p in (BKG.contentHash, BKG.toolVersion, BKG.sourcePath)
        ]
        return (values[0][0], values[1][0], values[2][0]) if all(values) else None

    def replace_graph(self, graph: URIRef, quads: list[ox.Quad]) -> None:
        """Drop a named graph and load its new quads.

        Interrupted between the two, the graph is missing, never half-written: the next build
        finds no content hash for that readout and writes it again.
        """
        g = ox.NamedNode(str(graph))
        if g in self.store.named_graphs():
            self.store.remove_graph(g)
        self.store.extend(quads)

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


def write_text(text: str, path: Path) -> None:
    """Write a text file (a results table) whole or not at all, as :func:`write_file` does."""
    _write_atomically(path, lambda out: out.write(text.encode("utf-8")))


# Query backends. Each answers a SELECT query over the union of the readout graphs with parameters
# bound as terms, and gives its quads for export: rdflib (a file in memory), the embedded store,
# and a SPARQL 1.1 endpoint over HTTP. The library's queries keep every pattern in a GRAPH block,
# so their answers do not depend on what a backend's default graph holds.


class Backend(Protocol):
    """What the query and export verbs need from a place that holds a graph."""

    def select(self, text: str, bindings: Mapping[str, Node], *, source: str = "query") -> Results: ...

    def quads(self) -> Iterator[ox.Quad]: ...


class RdflibBackend:
    """An rdflib Dataset in memory, as :func:`kg.api.load_dataset` gives it (default graph: the union)."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def select(self, text: str, bindings: Mapping[str, Node], *, source: str = "query") -> Results:
        """Parameters as rdflib ``initBindings``; GRAPH blocks found through the quad index."""
        try:
            prepared = prepareQuery(text)
        except ParseBaseException as exc:
            raise QueryError(f"{source}: not valid SPARQL: {brief(str(exc))}") from None
        initial: dict[Any, Any] = {Variable(name): value for name, value in bindings.items()}
        with graph_index_evaluation():
            result = self.dataset.query(prepared, initBindings=initial)
            rows = tuple(tuple(canonical(term) for term in row) for row in cast(Iterable[tuple[Node, ...]], result))
        return Results(tuple(str(v) for v in result.vars or ()), rows)

    def quads(self) -> Iterator[ox.Quad]:
        """The named graphs' quads (a Dataset gives each quad's graph by its name, None for the default)."""
        named = ((s, p, o, g) for s, p, o, g in self.dataset.quads((None, None, None, None))
                 if g is not None and g != DATASET_DEFAULT_GRAPH_ID)
        return to_oxigraph(cast(Iterable[Quad], named))


class OxigraphBackend:
    """The embedded store, opened read-only: queries never lock out a build or another query."""

    def __init__(self, path: Path) -> None:
        if not path.is_dir():
            raise StoreError(f"no store at {path}: run 'bilateral-kg build PATH --store {path}' first")
        try:
            self.store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc

    def select(self, text: str, bindings: Mapping[str, Node], *, source: str = "query") -> Results:
        """Parameters as a VALUES block, as for endpoints; the default graph is the union.

        Not pyoxigraph's ``substitutions``: in 0.5.13 they refuse a variable that the SELECT does not
        project, and its optimizer folds ``BOUND(?p)`` to false before substituting, so the
        ``FILTER(!BOUND(?from) || ...)`` of an optional parameter would let every row through.
        """
        try:
            solutions = self.store.query(with_values(text, bindings), use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"{source}: not valid SPARQL: {brief(str(exc))}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(f"{source}: not a SELECT query")
        variables = tuple(v.value for v in solutions.variables)
        rows = tuple(tuple(None if s[v] is None else canonical(_from_oxigraph(s[v])) for v in variables)
                     for s in solutions)
        return Results(variables, rows)

    def quads(self) -> Iterator[ox.Quad]:
        return (q for q in self.store.quads_for_pattern(None, None, None, None)
                if isinstance(q.graph_name, ox.NamedNode))


class EndpointBackend:
    """A SPARQL 1.1 query endpoint (Protocol section 2.1: POST, form-encoded), answering results JSON.

    Parameters travel as VALUES blocks of serialised terms (:func:`kg.library.with_values`): the
    protocol has no way to send bindings apart from the query text. What a server does beyond the
    standard is handled here and nowhere else, each with the server that needs it: Virtuoso 7.2
    cuts results at its ``ResultSetMaxRows`` (said in a header only), keeps system graphs of its own
    beside the data, runs updates sent as queries, and gives booleans as 1 and 0.
    """

    graphs_per_request = 50  # export: a readout graph holds a few hundred triples

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise StoreError(f"{url!r} is not an http(s) URL of a SPARQL endpoint, e.g. http://127.0.0.1:7878/query")
        self.url = url
        self.timeout = timeout

    def select(self, text: str, bindings: Mapping[str, Node], *, source: str = "query") -> Results:
        _only_select(text, source=source)
        document, headers = self._post(with_values(text, bindings), source=source)
        try:
            variables = tuple(document["head"]["vars"])
            rows = tuple(tuple(_from_json(b[v]) if v in b else None for v in variables)
                         for b in document["results"]["bindings"])
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"the endpoint {self.url} did not answer with SPARQL results JSON ({exc})") from None
        self._check_complete(len(rows), headers, source=source)
        return Results(variables, rows)

    def _check_complete(self, rows: int, headers: Message, *, source: str) -> None:
        """Virtuoso sends ``X-SPARQL-MaxRows: N`` when a result reached its ``[SPARQL] ResultSetMaxRows``
        (10,000 as Debian packages it), and nothing in the JSON: the rows beyond N are dropped
        silently. An answer of exactly N rows gets the header too and cannot be told apart."""
        limit = headers.get(_MAX_ROWS_HEADER)
        if limit is None:
            return
        cut = int(limit) if limit.strip().isdigit() else 0
        if rows >= cut:
            raise _CutResults(f"{source}: the endpoint {self.url} cut the results at {limit.strip()} rows, its "
                              f"server's limit (header {_MAX_ROWS_HEADER}), so the answer would be incomplete. "
                              "Raise the limit ([SPARQL] ResultSetMaxRows in virtuoso.ini, then restart "
                              "Virtuoso) or narrow the query")

    def quads(self, *, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
        """Every quad of the named graphs under ``base`` + ``graph/`` (bilateral-kg's readout graphs).

        Only those: a server's default graph may be their union, and Virtuoso keeps graphs of its
        own (its RDF views, DAV, ontologies, with blank nodes). The graphs are listed, then fetched
        a few at a time, a batch split in two whenever the server cuts it at its row limit.
        """
        listing = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                              f"{sparql_term(Literal(str(graph_iri('', base=base))))})) }}", {}, source="export")
        graphs = sorted({str(row[0]) for row in listing.rows if isinstance(row[0], URIRef)})
        found: list[ox.Quad] = []
        for start in range(0, len(graphs), self.graphs_per_request):
            found.extend(self._graph_quads(graphs[start:start + self.graphs_per_request]))
        return iter(found)

    def _graph_quads(self, graphs: list[str]) -> list[ox.Quad]:
        names = " ".join(sparql_term(URIRef(g)) for g in graphs)
        try:
            results = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} }}", {},
                                  source="export")
        except _CutResults:
            if len(graphs) == 1:
                raise
            half = len(graphs) // 2
            return self._graph_quads(graphs[:half]) + self._graph_quads(graphs[half:])
        try:
            if any(isinstance(term, BNode) for row in results.rows for term in row):
                raise ValueError("bilateral-kg graphs have no blank nodes")
            return list(to_oxigraph((row["s"], row["p"], row["o"], row["g"]) for row in results))  # type: ignore[misc]
        except (ValueError, TypeError) as exc:
            raise StoreError(f"export: the endpoint {self.url} holds a graph under the readout graphs' IRIs that "
                             f"bilateral-kg did not write ({exc}), in one of {graphs[0]} ... {graphs[-1]}") from None

    def _post(self, text: str, *, source: str) -> tuple[Any, Message]:
        """The results JSON document and the response's headers."""
        request = Request(self.url, data=urlencode({"query": text}).encode("utf-8"), method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        try:
            with urlopen(request, timeout=self.timeout) as response:
                return json.load(response), response.headers
        except HTTPError as exc:
            body = exc.read().decode("utf-8", "replace")
            # Virtuoso answers some compile errors 500, not 400 (its optimizer's, e.g. SQ156): SQL
            # state 37000 is its "the query cannot be compiled". Its message repeats the query: cut.
            if exc.code == 400 or (exc.code == 500 and body.startswith("Virtuoso 37000")):
                raise QueryError(f"{source}: the endpoint rejected the query: "
                                 f"{brief(body.split('SPARQL query:')[0])}") from None
            raise StoreError(f"the endpoint {self.url} answered {exc.code} {exc.reason}: {brief(body)}") from None
        except TimeoutError:  # socket.timeout is TimeoutError since Python 3.10
            raise StoreError(f"the endpoint {self.url} did not answer within {self.timeout:g} s") from None
        except URLError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {self.url}: {exc.reason}. Is the server running, "
                             "and is this its query URL (Oxigraph: http://HOST:PORT/query, Virtuoso: "
                             "http://HOST:PORT/sparql)?") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise StoreError(f"the endpoint {self.url} did not answer with SPARQL results JSON ({exc})") from None


_MAX_ROWS_HEADER = "X-SPARQL-MaxRows"
# Words that make a text an update. Virtuoso's /sparql runs an update sent as a query (as far as
# the account may), so an endpoint is sent nothing but a SELECT query.
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


class _CutResults(StoreError):
    """A result that the server cut at its row limit."""


def _only_select(text: str, *, source: str) -> None:
    """Refuse, before anything is sent, a text that is not a SELECT query, an update above all."""
    words = (token.group().upper() for token in _tokens(text) if token.lastgroup == "word")
    update = next((word for word in words if word in _UPDATE_WORDS), None)
    if update is not None:
        raise QueryError(f"{source}: not valid SPARQL for a query: {update} makes it an update, "
                         "and updates are never sent to an endpoint")
    try:
        form = query_form(text)
    except QueryError as exc:
        raise QueryError(f"{source}: {exc}") from None
    if form != "SELECT":
        raise QueryError(f"{source}: not a SELECT query but {form}, which gives no table")


def brief(message: str, limit: int = 240) -> str:
    """An engine's message on one line, its long lists of expected tokens cut (the place comes first)."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _from_json(value: dict[str, str]) -> Node:
    """A term of the SPARQL 1.1 results JSON format (and SPARQL 1.0's "typed-literal", still sent by Virtuoso)."""
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind not in ("literal", "typed-literal"):
        raise ValueError(f"unknown term type {kind!r}")
    if "xml:lang" in value:
        return Literal(text, lang=value["xml:lang"])
    if "datatype" in value:
        # Virtuoso writes xsd:boolean as 1 and 0: mapped here, not left to rdflib's normalisation of
        # literals, which a global switch (rdflib.NORMALIZE_LITERALS) turns off.
        if value["datatype"] == _BOOLEAN and text in ("1", "0"):
            text = "true" if text == "1" else "false"
        return canonical(Literal(text, datatype=URIRef(value["datatype"])))  # type: ignore[return-value]
    return Literal(text)


_BOOLEAN = str(XSD.boolean)
