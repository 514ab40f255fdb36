"""Building the development corpus: a valid, deterministic graph that any RDF tool reads the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Dataset

import kg
from kg.pipeline import BuildOptions, BuildReport, build_file
from kg.rdf import DEFAULT_BASE
from kg.stores import EmbeddedStore

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    out = tmp_path_factory.mktemp("build") / "corpus.trig"
    report = kg.build([corpus], output=out)
    assert report.complete, report.rejected + report.errors
    return out


def _oxigraph_quads(path: Path) -> set[tuple[str, ...]]:
    return {tuple(str(t) for t in (q.subject, q.predicate, q.object, q.graph_name)) for q in ox.parse(path=str(path))}


def test_every_readout_of_the_corpus_becomes_a_named_graph(built: Path, corpus: Path) -> None:
    graphs = {q.graph_name.value for q in ox.parse(path=str(built))}
    readouts = {p.stem for p in corpus.glob("*.txt")}
    assert graphs == {f"https://w3id.org/bilateral-kg/id/graph/{r}" for r in readouts} | {
        "https://w3id.org/bilateral-kg/id/graph/reference"}


def test_the_corpus_graph_conforms_to_the_shapes(built: Path) -> None:
    shacl, _ = kg.validate(data=built)
    assert shacl.conforms, "\n".join(map(str, shacl.violations[:5]))


def test_the_corpus_graph_is_consistent_with_the_ontology(built: Path) -> None:
    _, owl = kg.validate(data=built, reasoner=True)
    assert owl is not None and owl.consistent, owl.message if owl else ""


def test_rdflib_and_oxigraph_read_the_same_triples(built: Path) -> None:
    by_oxigraph = _oxigraph_quads(built)
    data = Dataset()
    data.parse(str(built), format="trig")
    assert len(by_oxigraph) == sum(1 for _ in data.quads((None, None, None, None)))
    assert len(by_oxigraph) > 5000


def test_the_same_input_gives_the_same_bytes(built: Path, corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.trig"
    kg.build([corpus], output=again)
    assert again.read_bytes() == built.read_bytes()


@pytest.mark.parametrize("suffix", [".nq", ".jsonld", ".ttl", ".nt"])
def test_every_output_format_holds_the_same_triples(built: Path, corpus: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"graph{suffix}"
    kg.build([corpus], output=out)
    reference = {q.triple for q in ox.parse(path=str(built))}
    written = ox.parse(path=str(out))
    assert {getattr(t, "triple", t) for t in written} == reference


def test_no_blank_nodes_anywhere(built: Path) -> None:
    assert not any(isinstance(t, ox.BlankNode) for q in ox.parse(path=str(built)) for t in (q.subject, q.object))


def test_the_same_official_in_two_readouts_is_one_node(built: Path) -> None:
    data = Dataset(default_union=True)
    data.parse(str(built), format="trig")
    rows = list(data.query("""
        SELECT (COUNT(DISTINCT ?g) AS ?readouts) WHERE {
          GRAPH ?g { <https://w3id.org/bilateral-kg/id/official/wang-yi> a ?type }
        }"""))
    assert int(rows[0][0]) >= 6  # Wang Yi appears in readouts 000, 001, 002, 009, 037, 038, 050, 059


def test_a_store_build_skips_unchanged_readouts_and_replaces_a_changed_one(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    shutil.copytree(corpus, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    store = tmp_path / "store"
    first = kg.build([folder], store=store)
    second = kg.build([folder], store=store)
    assert (first.skipped, second.skipped) == (0, first.readouts)
    assert second.triples == first.triples
    (folder / "009.txt").write_text((folder / "009.txt").read_text(encoding="utf-8").replace(
        "Lavrov briefed", "Lavrov also briefed"), encoding="utf-8")
    third = kg.build([folder], store=store)
    assert third.skipped == first.readouts - 1
    graph = ox.NamedNode("https://w3id.org/bilateral-kg/id/graph/009")
    text = ox.NamedNode("https://schema.org/text")
    [stored] = [q.object.value for q in EmbeddedStore(store).store.quads_for_pattern(None, text, None, graph)]
    assert "Lavrov also briefed" in stored


def test_a_store_holds_what_the_file_holds(built: Path, corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg.build([corpus], store=store)
    in_store = {tuple(str(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
                for q in EmbeddedStore(store).quads()}
    assert in_store == _oxigraph_quads(built)


def test_any_number_of_workers_writes_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    readouts = list(kg.read([corpus]))
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}.nq"
        options = BuildOptions(base=DEFAULT_BASE, tool_version="test", jobs=jobs, chunk=5)
        build_file(readouts, out, options, BuildReport())
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"/graph/") > len(readouts)


def test_a_readout_whose_graph_breaks_the_shapes_is_left_out_and_named(corpus: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    real = kg.pipeline.readout_quads

    def break_009(extraction, **kwargs):  # type: ignore[no-untyped-def]
        quads = real(extraction, **kwargs)
        if extraction.readout.id != "009":
            return quads
        return [q for q in quads if q[1] != RDFS.label]  # officials and events lose their labels

    monkeypatch.setattr(kg.pipeline, "readout_quads", break_009)
    report = kg.build([corpus / "000.txt", corpus / "009.txt"], output=tmp_path / "g.trig", jobs=1)
    assert not report.complete
    [rejected] = report.rejected
    assert rejected.startswith("https://w3id.org/bilateral-kg/id/graph/009: violates the shapes, left out: readout ")
    assert "rdfs:label" in rejected
    graphs = {q.graph_name.value for q in ox.parse(path=str(tmp_path / "g.trig"))}
    assert "https://w3id.org/bilateral-kg/id/graph/000" in graphs
    assert "https://w3id.org/bilateral-kg/id/graph/009" not in graphs
