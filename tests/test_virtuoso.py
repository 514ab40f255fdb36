"""The query library, export and the endpoint's safeguards on a real Virtuoso 7 (Debian's
``virtuoso-opensource``) on 127.0.0.1, loaded with the development corpus one named graph at a time.

Virtuoso is where the dialect problems are: VALUES blocks and FILTERs it cannot compile, an
optimizer that loses bindings, booleans given as 1 and 0, results cut silently at its
``ResultSetMaxRows``, system graphs of its own beside the data, and updates run when sent as a
query. Without ``virtuoso-t`` these tests fail (they do not skip): CI installs it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import requests
from requests.auth import HTTPDigestAuth
from servers import ServerError, VirtuosoServer
from test_queries_backends import CASES, IDS, _answer

import kg
from kg.api import load_dataset
from kg.errors import QueryError, StoreError
from kg.stores import EndpointBackend, RdflibBackend

Graphs = dict[str, list[ox.Triple]]


def _graphs(path: Path) -> Graphs:
    graphs: Graphs = {}
    for quad in ox.parse(path=str(path)):
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)  # type: ignore[union-attr]
    return graphs


def _new_server(folder: Path, **options: Any) -> VirtuosoServer:
    try:
        return VirtuosoServer(folder, **options)
    except ServerError as exc:
        pytest.fail(f"{exc} (these tests need a real Virtuoso 7; CI installs it)")


def _load(server: VirtuosoServer, graphs: Graphs) -> None:
    """Each graph PUT as N-Triples by the Graph Store Protocol (digest authentication)."""
    with requests.Session() as session:
        session.auth = HTTPDigestAuth(server.user, server.password)
        for name, triples in graphs.items():
            response = session.put(server.gsp_url, params={"graph-uri": name}, timeout=60,
                                   data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                                   headers={"Content-Type": "application/n-triples"})
            response.raise_for_status()


@pytest.fixture(scope="session")
def virtuosos(corpus_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[VirtuosoServer]]:
    """Two servers holding the corpus, started side by side (each takes a few seconds): one with the
    packaged settings (ResultSetMaxRows 10,000), one whose row limit is just above the corpus's
    largest graph, far below all its quads."""
    graphs = _graphs(corpus_graph)
    limit = max(map(len, graphs.values())) + 1
    assert sum(map(len, graphs.values())) > 2 * limit
    folder = tmp_path_factory.mktemp("virtuoso")
    servers = [_new_server(folder / "packaged"), _new_server(folder / "limited", result_set_max_rows=limit)]
    with ExitStack() as stack:
        for server in servers:
            stack.push(server)  # its __exit__ stops it on the way out, even when the other did not start
        with ThreadPoolExecutor(len(servers)) as pool:
            list(pool.map(VirtuosoServer.start, servers))
        for server in servers:
            _load(server, graphs)
        yield servers


@pytest.fixture(scope="session")
def virtuoso(virtuosos: list[VirtuosoServer]) -> VirtuosoServer:
    return virtuosos[0]


@pytest.fixture(scope="session")
def limited_virtuoso(virtuosos: list[VirtuosoServer]) -> VirtuosoServer:
    return virtuosos[1]


@pytest.fixture(scope="module")
def rdflib_backend(corpus_graph: Path) -> RdflibBackend:
    return RdflibBackend(load_dataset(data=corpus_graph))


def _holds(server: VirtuosoServer, graph: str) -> bool:
    response = requests.post(server.sparql_url, data={"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                             headers={"Accept": "application/sparql-results+json"}, timeout=60)
    response.raise_for_status()
    return bool(response.json()["boolean"])


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_every_library_query_gives_the_rows_that_rdflib_gives(
        name: str, params: dict[str, str], rdflib_backend: RdflibBackend, virtuoso: VirtuosoServer) -> None:
    expected = _answer(rdflib_backend, name, params)
    assert len(expected) > 0
    answer = kg.query(name, endpoint=virtuoso.sparql_url, params=params)
    assert answer.variables == expected.variables
    assert answer.sorted_rows() == expected.sorted_rows()


def test_a_result_cut_at_the_servers_row_limit_is_an_error_not_a_short_answer(
        limited_virtuoso: VirtuosoServer, tmp_path: Path) -> None:
    everything = tmp_path / "everything.rq"
    everything.write_text("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"cut the results at \d+ rows, its server's limit .*"
                                         r"Raise the limit \(\[SPARQL\] ResultSetMaxRows in virtuoso.ini"):
        kg.query(everything, endpoint=limited_virtuoso.sparql_url)


def test_export_under_a_row_limit_fetches_the_graphs_in_parts_small_enough(
        limited_virtuoso: VirtuosoServer, corpus_graph: Path, tmp_path: Path) -> None:
    original = set(ox.parse(path=str(corpus_graph)))
    assert kg.export(tmp_path / "graph.nq", endpoint=limited_virtuoso.sparql_url) == len(original)
    assert set(ox.parse(path=str(tmp_path / "graph.nq"))) == original


def test_export_gives_exactly_the_quads_of_the_built_file_and_none_of_virtuosos_own_graphs(
        virtuoso: VirtuosoServer, corpus_graph: Path, tmp_path: Path) -> None:
    assert _holds(virtuoso, "http://www.openlinksw.com/schemas/virtrdf#")  # Virtuoso's own, with blank nodes
    original = set(ox.parse(path=str(corpus_graph)))
    assert kg.export(tmp_path / "graph.nq", endpoint=virtuoso.sparql_url) == len(original)
    assert set(ox.parse(path=str(tmp_path / "graph.nq"))) == original


def test_an_update_sent_as_a_query_is_refused_before_it_reaches_the_server(virtuoso: VirtuosoServer) -> None:
    virtuoso.isql('GRANT SPARQL_UPDATE TO "SPARQL";')  # the anonymous /sparql would now run updates
    sent, refused = "http://example.org/canary/sent", "http://example.org/canary/refused"
    update = "INSERT DATA {{ GRAPH <{}> {{ <urn:x:s> <urn:x:p> <urn:x:o> }} }}"
    requests.post(virtuoso.sparql_url, data={"query": update.format(sent)}, timeout=60).raise_for_status()
    assert _holds(virtuoso, sent)
    hidden = f"INSERT {{ GRAPH <{refused}> {{ ?s ?p ?o }} }} WHERE {{ SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 1 }}"
    for text in (update.format(refused), hidden):
        with pytest.raises(QueryError, match=r"INSERT makes it an update, and updates are never sent"):
            EndpointBackend(virtuoso.sparql_url).select(text, {})
    assert not _holds(virtuoso, refused)
