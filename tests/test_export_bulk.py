"""Bulk files for triple stores' own loaders: gzipped N-Quads, split into parts of whole graphs,
loaded by the real offline loader of Oxigraph."""

from __future__ import annotations

import gzip
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import Result

from tests.servers import OxigraphServer


def _quads(*paths: Path) -> set[ox.Quad]:
    quads: set[ox.Quad] = set()
    for path in paths:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        quads.update(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    return quads


def test_a_gz_name_writes_gzipped_n_quads_of_every_quad(cli: Callable[..., Result], corpus_graph: Path) -> None:
    result = cli("export", "graph.nq.gz", "--data", corpus_graph)
    assert result.exit_code == 0, result.stderr
    assert _quads(Path("graph.nq.gz")) == _quads(corpus_graph)


def test_max_size_splits_into_numbered_parts_of_whole_graphs(cli: Callable[..., Result], corpus_graph: Path) -> None:
    result = cli("export", "graph.nq", "--data", corpus_graph, "--max-size", "200k")
    assert result.exit_code == 0, result.stderr
    parts = sorted(Path(".").glob("graph-*.nq"))
    assert [p.name for p in parts[:2]] == ["graph-00001.nq", "graph-00002.nq"] and len(parts) > 2
    assert not Path("graph.nq").exists()
    graphs_per_part = [{q.graph_name for q in _quads(p)} for p in parts]
    assert all(a.isdisjoint(b) for i, a in enumerate(graphs_per_part) for b in graphs_per_part[i + 1:])
    assert _quads(*parts) == _quads(corpus_graph)
    assert str(parts[-1]) in result.stderr


def test_each_part_stays_under_the_size_unless_one_graph_alone_is_larger(
        cli: Callable[..., Result], corpus_graph: Path) -> None:
    cli("export", "graph.nq", "--data", corpus_graph, "--max-size", "200k")
    for part in Path(".").glob("graph-*.nq"):
        assert part.stat().st_size <= 200_000 or len({q.graph_name for q in _quads(part)}) == 1


def test_a_shorter_export_removes_the_parts_an_earlier_one_left(cli: Callable[..., Result], corpus_graph: Path) -> None:
    cli("export", "graph.nq.gz", "--data", corpus_graph, "--max-size", "100k")
    many = len(list(Path(".").glob("graph-*.nq.gz")))
    cli("export", "graph.nq.gz", "--data", corpus_graph, "--max-size", "10MB")
    assert many > 1 and [p.name for p in Path(".").glob("graph-*.nq.gz")] == ["graph-00001.nq.gz"]


def test_the_same_graph_gives_the_same_bytes(cli: Callable[..., Result], corpus_graph: Path) -> None:
    cli("export", "first.nq.gz", "--data", corpus_graph)
    cli("export", "second.nq.gz", "--data", corpus_graph)
    assert Path("first.nq.gz").read_bytes() == Path("second.nq.gz").read_bytes()


def test_oxigraph_load_reads_the_parts_into_a_store_with_every_quad(
        cli: Callable[..., Result], corpus_graph: Path, tmp_path: Path) -> None:
    cli("export", "bulk.nq.gz", "--data", corpus_graph, "--max-size", "300k")
    parts = sorted(str(p) for p in Path(".").glob("bulk-*.nq.gz"))
    subprocess.run([OxigraphServer(tmp_path / "db").binary, "load", "--location", str(tmp_path / "db"), "--file", *parts],
                   check=True, capture_output=True)
    loaded = ox.Store.read_only(str(tmp_path / "db"))
    assert set(loaded.quads_for_pattern(None, None, None, None)) == _quads(corpus_graph)


@pytest.mark.parametrize("output", ["graph.trig", "graph.ttl.gz"])
def test_splitting_a_format_without_whole_lines_is_refused(
        cli: Callable[..., Result], corpus_graph: Path, output: str) -> None:
    result = cli("export", output, "--data", corpus_graph, "--max-size", "1MB")
    assert result.exit_code == 1 and "N-Quads" in result.stderr
    assert list(Path(".").iterdir()) == []


@pytest.mark.parametrize("size", ["0", "lots", "-5MB"])
def test_a_size_that_is_no_size_is_a_usage_mistake(cli: Callable[..., Result], corpus_graph: Path, size: str) -> None:
    result = cli("export", "graph.nq", "--data", corpus_graph, "--max-size", size)
    assert result.exit_code == 2 and "--max-size" in result.stderr


def test_virtuoso_bulk_loader_reads_the_parts_as_the_readme_says(
        cli: Callable[..., Result], corpus_graph: Path, tmp_path: Path) -> None:
    """ld_dir + rdf_loader_run + checkpoint, the commands the README gives, on a real Virtuoso."""
    from urllib.parse import urlencode
    from urllib.request import Request, urlopen

    from tests.servers import VirtuosoServer

    bulk = tmp_path / "virtuoso" / "bulk"
    bulk.mkdir(parents=True)
    cli("export", bulk / "graph.nq.gz", "--data", corpus_graph, "--max-size", "300k")
    with VirtuosoServer(tmp_path / "virtuoso") as server:
        server.isql(f"ld_dir('{bulk}', '*.nq.gz', 'https://w3id.org/bilateral-kg/id/graph/');\n"
                    "rdf_loader_run();\ncheckpoint;")
        query = ("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                 "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/bilateral-kg/id/graph/')) }")
        request = Request(f"{server.sparql_url}?{urlencode({'query': f'SELECT (COUNT(*) AS ?n) WHERE {{ {query} }}'})}",
                          headers={"Accept": "text/csv"})
        with urlopen(request, timeout=60) as response:
            count = int(response.read().decode().split()[1])
    assert count == len(_quads(corpus_graph))
