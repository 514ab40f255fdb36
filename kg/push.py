"""Push a built graph into an external triple store, one named graph per readout, idempotently.

Every way of pushing replaces each graph whole, so pushing twice leaves the same data and a
changed readout replaces its graph (never doubles it):

``gsp``
    The SPARQL 1.1 Graph Store HTTP Protocol: one ``PUT ?graph=IRI`` of N-Triples per graph, the
    standard that Oxigraph (``/store``), Virtuoso (``/sparql-graph-crud-auth``), Jena Fuseki
    (``/DATASET/data``) and GraphDB (``/repositories/REPO/rdf-graphs/service``) all speak.
``update``
    SPARQL 1.1 Update: ``DROP SILENT GRAPH`` then ``INSERT DATA`` in requests of a bounded number
    of triples, for stores that offer only an update endpoint.
``oxigraph-bulk``
    Oxigraph's bulk loader over HTTP: for each chunk of graphs one ``DROP SILENT GRAPH`` update,
    then one ``POST /store?no_transaction`` of N-Quads. About twice as fast as a PUT per graph
    (130,000 against 63,000 triples/s for 20,000 readout graphs), because each of Oxigraph's
    transactional writes caps near 30,000 triples/s; the price is that a reader may see a chunk's
    graphs half-loaded while it loads.

A graph counts as sent only once the server has acknowledged all of it. Connection errors,
timeouts and 5xx answers are retried with backoff; when a graph still fails, the push stops with
:class:`PushError`, which says how many graphs were sent and which remain. Running the same push
again finishes the job. Credentials come from the environment (:func:`credentials`), never from
the command line, and never appear in a message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from threading import local
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import InputError, StoreError
from kg.stores import EmbeddedStore, EndpointBackend, brief, format_for
from kg.vocab import BKG

__all__ = ["PROTOCOLS", "PushError", "PushOptions", "PushReport", "credentials", "push"]

Protocol = Literal["gsp", "update", "oxigraph-bulk"]
PROTOCOLS: tuple[Protocol, ...] = ("gsp", "update", "oxigraph-bulk")
USER, PASSWORD, TOKEN = "BILATERAL_KG_USER", "BILATERAL_KG_PASSWORD", "BILATERAL_KG_TOKEN"
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_NTRIPLES, _NQUADS = "application/n-triples", "application/n-quads"


@dataclass(frozen=True)
class PushOptions:
    """How to talk to the server. ``chunk_triples`` bounds one request of ``update`` and ``oxigraph-bulk``
    (Virtuoso refuses an update of more than about 1,400 triples)."""

    protocol: Protocol = "gsp"
    connections: int = 2
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    chunk_triples: int | None = None
    query_endpoint: str | None = None
    force: bool = False

    def chunk(self) -> int:
        return self.chunk_triples or (25_000 if self.protocol == "oxigraph-bulk" else 1_000)


@dataclass
class PushReport:
    """What a push sent (or, in a dry run, would send)."""

    endpoint: str
    protocol: str
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    planned: list[tuple[str, int]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds else 0.0


class PushError(StoreError):
    """The server failed mid-way; ``sent`` graphs are complete on it, ``remaining`` are not."""

    def __init__(self, message: str, *, sent: int, remaining: list[str]) -> None:
        shown = ", ".join(f"<{g}>" for g in remaining[:3]) + (", ..." if len(remaining) > 3 else "")
        super().__init__(f"{message}. {sent} graph(s) were pushed; {len(remaining)} remain ({shown}). "
                         "Run the same command again to finish: graphs already pushed are replaced, not doubled")
        self.sent = sent
        self.remaining = remaining


@dataclass(frozen=True)
class _Graph:
    name: str
    ntriples: bytes
    stamp: tuple[str, str] | None = None  # its readout's (content hash, tool version)

    @property
    def triples(self) -> int:
        return self.ntriples.count(b"\n")

    def same_as(self, held: Mapping[str, tuple[str | None, str | None, int]]) -> bool | None:
        """Whether the server holds this graph whole, from the same text by the same tool.

        None: the counts agree but the graph has no stamp (the reference graph); only its
        triples can tell.
        """
        there = held.get(self.name)
        if there is None or there[2] != self.triples:
            return False
        return there[:2] == self.stamp if self.stamp is not None else None


class _Refused(Exception):
    """A request that failed for good: its message is for the user."""


class _Unauthorized(_Refused):
    """The server refused the credentials: running again will not help until they are fixed."""


# Where the graphs come from: a dataset file or the embedded store, one named graph at a time.


def _open_source(data: Path | None, store: Path | None) -> ox.Store:
    if (data is None) == (store is None):
        raise StoreError("push needs one source: a dataset file (data) or an embedded store folder (store)")
    if store is not None:
        return EmbeddedStore(store, read_only=True).store
    assert data is not None
    rdf_format = format_for(data)
    if not data.is_file():
        raise InputError(str(data), "no such file")
    if not rdf_format.supports_datasets:
        raise InputError(str(data), "holds no named graphs: push a dataset (.trig, .nq, .jsonld) as "
                         "'bilateral-kg build' writes it")
    memory = ox.Store()
    try:
        memory.bulk_load(path=str(data), format=rdf_format)
    except SyntaxError as exc:
        raise InputError(str(data), f"not valid RDF: {exc}") from exc
    return memory


def _graphs(source: ox.Store) -> Iterator[_Graph]:
    """Each named graph as N-Triples, in IRI order (the same push always sends the same bytes)."""
    names = sorted(g.value for g in source.named_graphs() if isinstance(g, ox.NamedNode))
    for name in names:
        graph = ox.NamedNode(name)
        triples = (q.triple for q in source.quads_for_pattern(None, None, None, graph))
        yield _Graph(name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", _stamp(source, graph))


def _stamp(source: ox.Store, graph: ox.NamedNode) -> tuple[str, str] | None:
    values = [[q.object.value for q in source.quads_for_pattern(None, ox.NamedNode(str(p)), None, graph)]
              for p in (BKG.contentHash, BKG.toolVersion)]
    return (values[0][0], values[1][0]) if all(len(v) == 1 for v in values) else None


_HELD = f"""SELECT ?g ?hash ?version ?n WHERE {{
  {{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }}
  OPTIONAL {{ GRAPH ?g {{ ?readout <{BKG.contentHash}> ?hash ; <{BKG.toolVersion}> ?version }} }}
}}"""


def _held(query_endpoint: str, timeout: float) -> dict[str, tuple[str | None, str | None, int]]:
    """What the server holds already: graph -> (content hash, tool version, triples); no hash
    and version for graphs without a readout (the reference graph).

    The triple count tells a whole graph from one that a failed load left half-written.
    """
    try:
        rows = EndpointBackend(query_endpoint, timeout=timeout).select(_HELD, {}, source="push")
    except StoreError as exc:
        raise StoreError(f"cannot ask {_redacted(query_endpoint)} which graphs it holds ({exc}); "
                         "check --query-endpoint, or push everything with --force") from None
    return {str(r["g"]): (_text(r["hash"]), _text(r["version"]), int(r["n"])) for r in rows}  # type: ignore[call-overload]


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def _held_triples(query_endpoint: str, graph: str, timeout: float) -> set[ox.Triple]:
    """The triples the server holds in one graph (CONSTRUCT, as N-Triples)."""
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    try:
        response = requests.post(query_endpoint, data={"query": query}, timeout=timeout,
                                 headers={"Accept": _NTRIPLES})
        response.raise_for_status()
        return set(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))
    except (requests.RequestException, SyntaxError):
        return set()  # cannot tell: the graph is sent again


# Credentials and HTTP.


def credentials(environ: Mapping[str, str] = os.environ) -> tuple[str, str] | str | None:
    """(user, password), a bearer token, or None, from BILATERAL_KG_USER/_PASSWORD or _TOKEN."""
    if environ.get(TOKEN):
        return environ[TOKEN]
    user, password = environ.get(USER), environ.get(PASSWORD)
    if user and password is None:
        raise StoreError(f"{USER} is set but {PASSWORD} is not: set both (or {TOKEN} for a bearer token)")
    return (user, password or "") if user else None


class _Bearer(AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def _redacted(url: str) -> str:
    """The URL without any user:password@ in it, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class _Client:
    """HTTP with keep-alive (one session per thread), timeouts, retries with backoff, and auth."""

    def __init__(self, options: PushOptions, auth: AuthBase | None) -> None:
        self.options = options
        self.auth = auth
        self._local = local()
        self.requests = 0

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            session.auth = self.auth
        return session

    def send(self, method: str, url: str, *, data: bytes | None = None, params: Mapping[str, str] | None = None,
             content_type: str | None = None) -> requests.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        problem = ""
        for attempt in range(self.options.retries + 1):
            if attempt:
                time.sleep(self.options.backoff * 2 ** (attempt - 1))
            try:
                self.requests += 1
                response = self._session().request(method, url, data=data, params=params, headers=headers,
                                                    timeout=self.options.timeout)
            except requests.Timeout:
                problem = f"no answer within {self.options.timeout:g} s"
                continue
            except requests.ConnectionError:
                problem = "the connection failed (is the server running?)"
                continue
            if response.status_code < 300:
                return response
            problem = f"{response.status_code} {response.reason}: {brief(response.text)}"
            if response.status_code in (401, 403):
                raise _Unauthorized(f"{_redacted(url)} refused the credentials ({response.status_code}): set {USER} "
                                    f"and {PASSWORD} (basic or digest auth) or {TOKEN} (bearer) in the environment")
            if response.status_code not in _RETRY_STATUS:
                raise _Refused(f"{_redacted(url)} answered {problem}")
        raise _Refused(f"{_redacted(url)}: {problem}, {self.options.retries + 1} attempt(s)")


def _auth(endpoint: str, given: tuple[str, str] | str | None, options: PushOptions) -> AuthBase | None:
    """The auth the server asks for: digest when its 401 challenge says so (Virtuoso), basic otherwise.

    The probe, a GET of a graph that does not exist, also finds an unreachable server before any
    work is done.
    """
    try:
        response = requests.get(endpoint, params={"graph": "urn:bilateral-kg:probe"}, timeout=options.timeout)
    except requests.RequestException:
        raise StoreError(f"cannot reach {_redacted(endpoint)}: is the server running, and is this its "
                         f"{'Graph Store' if options.protocol != 'update' else 'SPARQL Update'} URL?") from None
    if given is None:
        return None
    if isinstance(given, str):
        return _Bearer(given)
    challenge = response.headers.get("WWW-Authenticate", "") if response.status_code == 401 else ""
    return HTTPDigestAuth(*given) if challenge.lower().startswith("digest") else HTTPBasicAuth(*given)


# The three ways of pushing. Each takes graphs, sends them, and calls ``done`` with each graph
# the server has acknowledged whole.

Done = Callable[[_Graph], None]


def _push_gsp(client: _Client, endpoint: str, graphs: Iterator[_Graph], done: Done) -> None:
    """One PUT per graph over ``connections`` keep-alive connections."""
    def put(graph: _Graph) -> _Graph:
        try:
            client.send("PUT", endpoint, params={"graph": graph.name}, data=graph.ntriples, content_type=_NTRIPLES)
        except _Refused:
            _forget(client, endpoint, graph.name)
            raise
        return graph

    width = max(1, client.options.connections)
    with ThreadPoolExecutor(max_workers=width, thread_name_prefix="push") as pool:
        pending: set[Future[_Graph]] = set()
        for graph in graphs:
            pending.add(pool.submit(put, graph))
            if len(pending) >= 2 * width:
                pending = _collect(pending, done, FIRST_COMPLETED)
        _collect(pending, done, ALL_COMPLETED)


def _collect(pending: set[Future[_Graph]], done: Done, until: str) -> set[Future[_Graph]]:
    """Report the finished puts; on a failure, let the others finish, then raise it."""
    finished, rest = wait(pending, return_when=until)
    failure = None
    for future in sorted(finished, key=lambda f: f.exception() is not None):
        if future.exception() is None:
            done(future.result())
        else:
            failure = failure or future.exception()
    if failure is not None:
        for future in wait(rest).done:
            if future.exception() is None:
                done(future.result())
        raise failure
    return rest


def _forget(client: _Client, endpoint: str, graph: str) -> None:
    """Delete a graph whose PUT failed: some servers (Virtuoso) keep a PUT's first lines on an error.

    A missing graph is honest, a half-written one is not; the next push writes it whole.
    """
    try:
        client._session().delete(endpoint, params={"graph": graph}, timeout=client.options.timeout)
    except requests.RequestException:
        pass


def _push_update(client: _Client, endpoint: str, graphs: Iterator[_Graph], done: Done) -> None:
    """DROP SILENT GRAPH + INSERT DATA, at most ``chunk`` triples per request."""
    limit = client.options.chunk()
    text: list[str] = []
    size = 0
    ready: list[_Graph] = []
    for graph in graphs:
        lines = graph.ntriples.decode("utf-8").splitlines(keepends=True)
        for start in range(0, max(len(lines), 1), limit):
            part = lines[start:start + limit]
            if size and size + len(part) > limit:
                _post_update(client, endpoint, text, ready, done)
                text, size, ready = [], 0, []
            if start == 0:
                text.append(f"DROP SILENT GRAPH <{graph.name}>")
            if part:
                text.append(f"INSERT DATA {{ GRAPH <{graph.name}> {{\n{''.join(part)}}} }}")
            size += len(part)
        ready.append(graph)
    if text:
        _post_update(client, endpoint, text, ready, done)


def _post_update(client: _Client, endpoint: str, text: list[str], ready: list[_Graph], done: Done) -> None:
    client.send("POST", endpoint, data=" ;\n".join(text).encode("utf-8"), content_type="application/sparql-update")
    for graph in ready:
        done(graph)


def _push_oxigraph_bulk(client: _Client, endpoint: str, graphs: Iterator[_Graph], done: Done) -> None:
    """Per chunk: drop its graphs in one update, then load it with Oxigraph's bulk loader."""
    update = _sibling(endpoint, "update")
    chunk: list[_Graph] = []
    size = 0
    for graph in graphs:
        chunk.append(graph)
        size += graph.triples
        if size >= client.options.chunk():
            _bulk_chunk(client, endpoint, update, chunk, done)
            chunk, size = [], 0
    if chunk:
        _bulk_chunk(client, endpoint, update, chunk, done)


def _bulk_chunk(client: _Client, store: str, update: str, chunk: list[_Graph], done: Done) -> None:
    drops = " ;\n".join(f"DROP SILENT GRAPH <{g.name}>" for g in chunk)
    client.send("POST", update, data=drops.encode("utf-8"), content_type="application/sparql-update")
    quads = b"".join(_as_nquads(g) for g in chunk)
    if quads:
        client.send("POST", store, params={"no_transaction": ""}, data=quads, content_type=_NQUADS)
    for graph in chunk:
        done(graph)


def _as_nquads(graph: _Graph) -> bytes:
    """N-Triples lines end in " ."; the graph name goes before the dot."""
    suffix = f" <{graph.name}> .\n".encode()
    return b"".join(line[:-2] + suffix for line in graph.ntriples.splitlines(keepends=True) if line.endswith(b" .\n"))


def _sibling(endpoint: str, name: str) -> str:
    """Oxigraph's other service beside /store: /update."""
    parts = urlsplit(endpoint)
    if not parts.path.rstrip("/").endswith("/store"):
        raise StoreError(f"--protocol oxigraph-bulk needs Oxigraph's Graph Store URL, http://HOST:PORT/store, "
                         f"not {_redacted(endpoint)}")
    path = parts.path.rstrip("/")[: -len("store")] + name
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _to_send(graphs: Iterator[_Graph], endpoint: str, options: PushOptions, skipped: set[str]) -> Iterator[_Graph]:
    """All graphs, or, where a query endpoint can tell what the server holds, those it lacks."""
    query_endpoint = options.query_endpoint or (
        _sibling(endpoint, "query") if options.protocol == "oxigraph-bulk" else None)
    if query_endpoint is None or options.force:
        return graphs
    return _left_out_if_held(graphs, query_endpoint, options.timeout, skipped)


def _left_out_if_held(graphs: Iterator[_Graph], query_endpoint: str, timeout: float,
                      skipped: set[str]) -> Iterator[_Graph]:
    """The graphs the server does not hold as they are here; the names of the others go to ``skipped``."""
    held = _held(query_endpoint, timeout)
    for graph in graphs:
        same = graph.same_as(held)
        if same is None:
            local = set(ox.parse(graph.ntriples, format=ox.RdfFormat.N_TRIPLES))
            same = local == _held_triples(query_endpoint, graph.name, timeout)
        if same:
            skipped.add(graph.name)
        else:
            yield graph


_PUSHERS = {"gsp": _push_gsp, "update": _push_update, "oxigraph-bulk": _push_oxigraph_bulk}


def push(
    endpoint: str,
    *,
    data: Path | None = None,
    store: Path | None = None,
    options: PushOptions = PushOptions(),
    auth: tuple[str, str] | str | None = None,
    dry_run: bool = False,
    on_graph: Callable[[str, int], None] | None = None,
) -> PushReport:
    """Send every named graph of ``data`` (a dataset file) or ``store`` (an embedded store) to ``endpoint``.

    ``auth`` is (user, password) or a bearer token (see :func:`credentials`); ``on_graph`` is
    called with each graph's IRI and triple count once the server has it whole. A dry run lists
    what would be sent in ``report.planned`` and sends nothing.
    """
    if urlsplit(endpoint).scheme not in ("http", "https") or not urlsplit(endpoint).netloc:
        raise StoreError(f"{endpoint!r} is not an http(s) URL of a Graph Store or SPARQL Update endpoint, "
                         "e.g. http://127.0.0.1:7878/store")
    if options.protocol == "oxigraph-bulk":
        _sibling(endpoint, "update")  # a wrong URL is a usage mistake: say so before any request
    client = None if dry_run else _Client(options, _auth(endpoint, auth, options))  # finds a dead server first
    source = _open_source(data, store)
    report = PushReport(endpoint=_redacted(endpoint), protocol=options.protocol)
    names = [g.value for g in source.named_graphs() if isinstance(g, ox.NamedNode)]
    if not names:
        raise InputError(str(data or store), "holds no named graphs to push")
    skipped: set[str] = set()
    graphs = _to_send(_graphs(source), endpoint, options, skipped)
    if client is None:
        report.planned = [(g.name, g.triples) for g in graphs]
        report.graphs, report.triples = len(report.planned), sum(n for _, n in report.planned)
        report.unchanged = len(skipped)
        return report
    sent: set[str] = set()
    started = time.perf_counter()

    def done(graph: _Graph) -> None:
        sent.add(graph.name)
        report.graphs += 1
        report.triples += graph.triples
        if on_graph is not None:
            on_graph(graph.name, graph.triples)

    try:
        _PUSHERS[options.protocol](client, endpoint, graphs, done)
    except _Unauthorized as exc:
        raise StoreError(str(exc)) from None
    except _Refused as exc:
        remaining = sorted(set(names) - sent - skipped)
        raise PushError(str(exc), sent=len(sent), remaining=remaining) from None
    finally:
        report.seconds = time.perf_counter() - started
        report.unchanged = len(skipped)
        report.requests = client.requests
    return report
