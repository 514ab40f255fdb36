"""The same answers on every backend: rdflib over a file, the embedded store, and real Oxigraph
servers on 127.0.0.1 (one whose default graph is empty, one whose default graph is the union)."""

from __future__ import annotations

import json
import shlex
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
import pytest

import kg
from kg.api import load_dataset
from kg.errors import KgError, QueryError, StoreError
from kg.library import bind, find, library
from kg.rdf import DEFAULT_BASE
from kg.rdflib_graphs import graph_index_evaluation
from kg.results import Results
from kg.stores import EndpointBackend, OxigraphBackend, RdflibBackend


def _example(name: str) -> dict[str, str]:
    """The parameters of a query's documented example (its '#+ example:' line)."""
    words = shlex.split(library()[name].example)
    return dict(word.split("=", 1) for word in words[1::2])


CASES = [(name, _example(name)) for name in sorted(library())] + [
    ("meetings-between", {"a": "DEU", "b": "China", "from": "2020-09-01", "to": "2021-12-31"}),
    ("official-timeline", {"official": "Wang Yi"}),
    ("dyad-counts", {}),
    ("officials-of-state", {"state": "USA"}),
    ("positions", {"state": "CHN"}),
    ("organizations-mentioned", {}),
    ("provenance", {"node": "state/RUS"}),
    ("events-table", {"from": "2018-01-01"}),
]
IDS = [f"{name}-{'-'.join(params.values()) or 'all'}" for name, params in CASES]


@pytest.fixture(scope="module")
def rdflib_backend(corpus_graph: Path) -> RdflibBackend:
    return RdflibBackend(load_dataset(data=corpus_graph))


def _answer(backend: object, name: str, params: dict[str, str]) -> Results:
    query = find(name)
    return backend.select(query.text, bind(query, params, base=DEFAULT_BASE), source=query.source)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_the_store_and_a_server_without_a_union_default_graph_answer_as_rdflib_does(
        name: str, params: dict[str, str], rdflib_backend: RdflibBackend, corpus_store: Path,
        oxigraph_endpoint: str) -> None:
    expected = _answer(rdflib_backend, name, params)
    assert len(expected) > 0
    assert kg.query(name, store=corpus_store, params=params).sorted_rows() == expected.sorted_rows()
    assert kg.query(name, endpoint=oxigraph_endpoint, params=params).sorted_rows() == expected.sorted_rows()


@pytest.mark.parametrize(("name", "params"), CASES[:len(library())], ids=IDS[:len(library())])
def test_a_server_whose_default_graph_is_the_union_answers_the_same(
        name: str, params: dict[str, str], corpus_store: Path, oxigraph_union_endpoint: str) -> None:
    expected = kg.query(name, store=corpus_store, params=params)
    assert kg.query(name, endpoint=oxigraph_union_endpoint, params=params).sorted_rows() == expected.sorted_rows()


def test_rdflib_answers_the_same_without_the_quad_index_evaluation(rdflib_backend: RdflibBackend) -> None:
    """The custom evaluation functions change how rdflib evaluates, never what it answers."""
    for name, params in CASES[:len(library())]:
        query = find(name)
        with graph_index_evaluation():
            fast = rdflib_backend.dataset.query(query.text, initBindings=_init(query, params))
            fast_rows = sorted(tuple(map(str, row)) for row in cast(Any, fast))
        plain = rdflib_backend.dataset.query(query.text, initBindings=_init(query, params))
        assert sorted(tuple(map(str, row)) for row in cast(Any, plain)) == fast_rows, name


def _init(query: object, params: dict[str, str]) -> Any:
    from rdflib import Variable

    return {Variable(k): v for k, v in bind(query, params, base=DEFAULT_BASE).items()}  # type: ignore[arg-type]


def test_the_events_table_is_written_byte_for_byte_alike_from_every_backend(
        corpus_graph: Path, corpus_store: Path, oxigraph_endpoint: str, tmp_path: Path) -> None:
    written: list[bytes] = []
    for source in ({"data": corpus_graph}, {"store": corpus_store}, {"endpoint": oxigraph_endpoint}):
        target = tmp_path / f"events-{len(written)}.csv"
        kg.export(target, **source)  # type: ignore[arg-type]
        written.append(target.read_bytes())
    assert written[0] == written[1] == written[2]
    assert written[0].startswith(b"date,kind,source,source_actor,target,target_actor,location,sidelines,cameo,")


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_the_graph_is_exported_whole_from_every_backend(
        suffix: str, corpus_graph: Path, corpus_store: Path, oxigraph_endpoint: str, tmp_path: Path) -> None:
    original = set(ox.parse(path=str(corpus_graph)))
    for number, source in enumerate(({"data": corpus_graph}, {"store": corpus_store}, {"endpoint": oxigraph_endpoint})):
        target = tmp_path / f"graph-{number}{suffix}"
        assert kg.export(target, **source) == len(original)  # type: ignore[arg-type]
        assert set(ox.parse(path=str(target))) == original


def test_every_backend_gives_the_quads_of_the_named_graphs(rdflib_backend: RdflibBackend, corpus_graph: Path,
                                                          corpus_store: Path, oxigraph_endpoint: str) -> None:
    original = set(ox.parse(path=str(corpus_graph)))
    for backend in (rdflib_backend, OxigraphBackend(corpus_store), EndpointBackend(oxigraph_endpoint)):
        assert set(backend.quads()) == original


def test_turtle_export_holds_the_union_without_repeats(corpus_store: Path, tmp_path: Path) -> None:
    kg.export(tmp_path / "graph.ttl", store=corpus_store)
    triples = list(ox.parse(path=str(tmp_path / "graph.ttl")))
    assert len(triples) == len(set(triples)) == len(list(_solutions(corpus_store,
                                                                    "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")))


def _solutions(store: Path, text: str) -> ox.QuerySolutions:
    """pyoxigraph's own answer, to compare ours with."""
    return cast(ox.QuerySolutions, OxigraphBackend(store).store.query(text, use_default_graph_as_union=True))


@pytest.mark.parametrize(("fmt", "w3c"), [("csv", ox.QueryResultsFormat.CSV), ("tsv", ox.QueryResultsFormat.TSV)])
def test_csv_and_tsv_are_what_oxigraph_writes_for_the_same_rows(fmt: str, w3c: ox.QueryResultsFormat,
                                                                corpus_store: Path) -> None:
    text = find("events-table").text
    ours = kg.query("events-table", store=corpus_store).serialize(fmt)
    theirs = _solutions(corpus_store, text).serialize(format=w3c)
    assert ours.encode("utf-8") == theirs


def test_json_is_the_w3c_results_format(corpus_store: Path) -> None:
    text = find("positions").text.replace("?state ;", "<https://w3id.org/bilateral-kg/id/state/RUS> ;")
    ours = json.loads(kg.query("positions", store=corpus_store, state="RUS").serialize("json"))
    theirs = json.loads(cast(bytes, _solutions(corpus_store, text).serialize(format=ox.QueryResultsFormat.JSON)))
    assert ours["head"] == theirs["head"]
    assert sorted(map(json.dumps, ours["results"]["bindings"])) == sorted(
        json.dumps({k: v for k, v in b.items()}) for b in theirs["results"]["bindings"])


def test_a_table_aligns_its_columns_and_shortens_iris(corpus_store: Path) -> None:
    table = kg.query("counterparts", store=corpus_store, state="CHN").serialize("table", base=DEFAULT_BASE)
    header, rule, first, *_ = table.splitlines()
    assert header.split() == ["counterpart", "name", "events", "first", "last"]
    assert first.split() == ["state/RUS", "Russia", "4", "2014-03-03", "2023-01-09"]
    assert _starts(header) == _starts(rule) == _starts(first)


def _starts(line: str) -> list[int]:
    return [i for i, c in enumerate(line) if c != " " and (i == 0 or line[i - 1] == " ")]


def test_rows_are_dicts_of_rdf_terms(corpus_store: Path) -> None:
    rows = kg.query("meetings-between", store=corpus_store, a="CHN", b="RUS")
    assert rows[0]["readout"] == kg.query("meetings-between", store=corpus_store, a="CHN", b="RUS")[0]["readout"]
    assert set(rows[0]) == set(rows.variables) and str(rows[0]["date"]) == "2023-01-09"


def test_a_dataframe_without_pandas_says_how_to_get_it(corpus_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(KgError, match="pandas is not installed: 'pip install pandas'"):
        kg.query("counterparts", store=corpus_store, state="CHN").to_dataframe()


def test_a_dataframe_holds_python_values(corpus_store: Path) -> None:
    import pandas  # a test dependency, though optional for users
    frame = kg.query("counterparts", store=corpus_store, state="CHN").to_dataframe()
    assert isinstance(frame, pandas.DataFrame) and frame["events"].iloc[0] == 4


def test_an_endpoint_nobody_listens_on_is_a_clear_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError, match=rf"cannot reach the SPARQL endpoint http://127.0.0.1:{port}/query: .*"
                                         r"Is the server running"):
        kg.query("announced-events", endpoint=f"http://127.0.0.1:{port}/query")


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    thread = threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    for connection in held:
        connection.close()
    listener.close()


def test_an_endpoint_that_does_not_answer_in_time_is_a_clear_error(silent_server: str) -> None:
    with pytest.raises(StoreError, match=r"did not answer within 0.5 s"):
        kg.query("announced-events", endpoint=silent_server, timeout=0.5)


def test_a_url_that_is_not_a_query_endpoint_is_a_clear_error(oxigraph_endpoint: str) -> None:
    with pytest.raises(StoreError, match=r"answered 404"):
        kg.query("announced-events", endpoint=oxigraph_endpoint.replace("/query", "/nothing"))


def test_only_http_endpoints_are_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is not an http"):
        kg.query("announced-events", endpoint=f"file://{tmp_path}")


def test_an_update_is_not_a_query_on_any_backend(rdflib_backend: RdflibBackend, corpus_store: Path,
                                                 oxigraph_endpoint: str) -> None:
    update = "DROP ALL"
    for backend in (rdflib_backend, OxigraphBackend(corpus_store), EndpointBackend(oxigraph_endpoint)):
        with pytest.raises(QueryError, match="not valid SPARQL|rejected the query"):
            backend.select(update, {})
