"""kg.validate on the golden graph of readout 000 (tests/data/graph-000.trig) and broken copies of it."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, Namespace

from kg.errors import OntologyError, ValidationError
from kg.validate import Violation, reason, validate_shacl
from kg.vocab import BKG

FIXTURE = Path(__file__).parent / "data" / "graph-000.trig"
ID = Namespace("https://w3id.org/bilateral-kg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes it
SCHEMA = Namespace("https://schema.org/")
READOUT_GRAPH = ID["graph/000"]
REFERENCE_GRAPH = ID["graph/reference"]
POSITION = ID["position/000-ea9edb46f640"]  # Russia opposes unilateralism
JOINT_POSITION = ID["position/000-0638ab6b7f02"]  # both sides support denuclearization
SPAN = ID["readout/000/span/2481-2618"]
BRICS_SUMMIT = ID["event/brics-summit-2018-07"]


@pytest.fixture
def dataset() -> Dataset:
    data = Dataset()
    with warnings.catch_warnings():  # rdflib's own TriG parser uses a deprecated alias
        warnings.simplefilter("ignore", DeprecationWarning)
        data.parse(FIXTURE, format="trig")
    return data


def readout(data: Dataset) -> Graph:
    return data.graph(READOUT_GRAPH)


def union(data: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in data.quads():
        graph.add((s, p, o))
    return graph


# -- the golden graph -------------------------------------------------------------------------------


def test_fixture_conforms(dataset: Dataset) -> None:
    report = validate_shacl(dataset)
    assert report.conforms, str(report)
    assert report.violations == ()


def test_fixture_has_no_blank_nodes(dataset: Dataset) -> None:
    assert not any(isinstance(term, BNode) for quad in dataset.quads() for term in quad[:3])


def test_fixture_quotes_are_the_text_at_their_offsets(dataset: Dataset) -> None:
    graph = union(dataset)
    text = str(graph.value(ID["readout/000"], SCHEMA.text))
    spans = list(graph.subjects(RDF.type, BKG.Evidence))
    assert len(spans) > 5
    for span in spans:
        start = int(graph.value(URIRef(f"{span}/position"), OA.start))
        end = int(graph.value(URIRef(f"{span}/position"), OA.end))
        assert str(graph.value(URIRef(f"{span}/quote"), OA.exact)) == text[start:end]
        assert str(span).endswith(f"/span/{start}-{end}")


def test_plain_graph_is_validated_without_graph_names(dataset: Dataset) -> None:
    graph = union(dataset)
    graph.set((POSITION, BKG.stance, Literal("maybe")))
    [violation] = validate_shacl(graph).violations
    assert violation.graphs == ()
    assert str(violation).startswith(f"<{POSITION}> bkg:stance: ")


# -- broken copies: (what is broken, how, the node and path that must be named) ------------------------

Mutation = Callable[[Dataset], None]


def stance_maybe(data: Dataset) -> None:
    readout(data).set((POSITION, BKG.stance, Literal("maybe")))


def end_before_start(data: Dataset) -> None:
    readout(data).set((URIRef(f"{SPAN}/position"), OA.end, Literal(10)))


def decimal_offsets(data: Dataset) -> None:
    readout(data).set((URIRef(f"{SPAN}/position"), OA.start, Literal("2481", datatype=XSD.decimal)))


def no_source(data: Dataset) -> None:
    readout(data).remove((SPAN, OA.hasSource, None))


def no_position_selector(data: Dataset) -> None:
    readout(data).remove((SPAN, OA.hasSelector, URIRef(f"{SPAN}/position")))


def date_as_string(data: Dataset) -> None:
    readout(data).set((BRICS_SUMMIT, BKG.startDate, Literal("July 2018")))


def date_as_datetime(data: Dataset) -> None:
    readout(data).set((BRICS_SUMMIT, BKG.startDate, Literal("2018-07-01T00:00:00", datatype=XSD.dateTime)))


def two_start_dates(data: Dataset) -> None:
    readout(data).add((BRICS_SUMMIT, BKG.startDate, Literal("2018", datatype=XSD.gYear)))


def event_without_evidence(data: Dataset) -> None:
    readout(data).remove((BRICS_SUMMIT, BKG.evidence, None))


def joint_with_one_holder(data: Dataset) -> None:
    readout(data).remove((JOINT_POSITION, BKG.holder, ID["state/RUS"]))


def holder_is_official(data: Dataset) -> None:
    readout(data).set((POSITION, BKG.holder, ID["official/wang-yi"]))


def short_hash(data: Dataset) -> None:
    readout(data).set((ID["readout/000"], BKG.contentHash, Literal("ABC123")))


def bad_iso3(data: Dataset) -> None:
    data.graph(REFERENCE_GRAPH).set((ID["state/RUS"], BKG.iso3, Literal("Russia")))


BROKEN = [
    (stance_maybe, READOUT_GRAPH, POSITION, BKG.stance, "must be one of bkg:Support"),
    (end_before_start, READOUT_GRAPH, URIRef(f"{SPAN}/position"), OA.start, "not greater than oa:end"),
    (decimal_offsets, READOUT_GRAPH, URIRef(f"{SPAN}/position"), OA.start, "an xsd:integer from 0"),
    (no_source, READOUT_GRAPH, SPAN, OA.hasSource, "exactly one oa:hasSource"),
    (no_position_selector, READOUT_GRAPH, SPAN, OA.hasSelector / RDF.type, "oa:TextPositionSelector"),
    (date_as_string, READOUT_GRAPH, BRICS_SUMMIT, BKG.startDate, "xsd:gYearMonth"),
    (date_as_datetime, READOUT_GRAPH, BRICS_SUMMIT, BKG.startDate, "xsd:gYearMonth"),
    (two_start_dates, READOUT_GRAPH, BRICS_SUMMIT, BKG.startDate, "at most one bkg:startDate"),
    (event_without_evidence, READOUT_GRAPH, BRICS_SUMMIT, BKG.evidence, "at least one bkg:evidence"),
    (joint_with_one_holder, READOUT_GRAPH, JOINT_POSITION, None, "a bkg:holder for each side"),
    (holder_is_official, READOUT_GRAPH, POSITION, BKG.holder, "bkg:State or a bkg:InternationalOrganization"),
    (short_hash, READOUT_GRAPH, ID["readout/000"], BKG.contentHash, "64 lower-case hex digits"),
    (bad_iso3, REFERENCE_GRAPH, ID["state/RUS"], BKG.iso3, "three capital letters"),
]


@pytest.mark.parametrize(("mutate", "graph", "focus", "path", "words"), BROKEN, ids=[b[0].__name__ for b in BROKEN])
def test_broken_copy_fails_naming_graph_and_node(
    dataset: Dataset, mutate: Mutation, graph: URIRef, focus: URIRef, path: URIRef | None, words: str
) -> None:
    mutate(dataset)
    report = validate_shacl(dataset)
    assert not report.conforms
    [violation] = [v for v in report.violations if v.focus == focus and v.path == path]
    assert violation.graphs == (str(graph),)
    assert violation.severity == "Violation"
    assert words in violation.message
    line = str(violation)
    assert f"<{graph}>" in line and f"<{focus}>" in line and words in line


def test_violation_reads_as_one_line() -> None:
    violation = Violation(focus=POSITION, path=BKG.stance, message="value must be one of bkg:Support, …",
                          severity="Violation", graphs=(str(READOUT_GRAPH),), value=Literal("maybe"))
    assert str(violation) == (f"readout <{READOUT_GRAPH}>: <{POSITION}> bkg:stance: "
                              'value must be one of bkg:Support, … (value: "maybe")')


def test_violation_names_every_graph_that_holds_the_node() -> None:
    violation = Violation(focus=ID["state/RUS"], path=None, message="m", severity="Violation",
                          graphs=(str(READOUT_GRAPH), str(REFERENCE_GRAPH)))
    assert str(violation).startswith(f"readout <{READOUT_GRAPH}>, reference graph <{REFERENCE_GRAPH}>: ")


def test_raise_for_violations(dataset: Dataset) -> None:
    stance_maybe(dataset)
    with pytest.raises(ValidationError, match="1 violations"):
        validate_shacl(dataset).raise_for_violations()


def test_raise_for_violations_passes_a_conforming_graph(dataset: Dataset) -> None:
    validate_shacl(dataset).raise_for_violations()


def test_shapes_that_cannot_be_used_are_an_ontology_error(dataset: Dataset) -> None:
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> , <urn:q> ] .
    """, format="turtle")
    with pytest.raises(OntologyError, match="SHACL shapes cannot be used"):
        validate_shacl(dataset, shapes=shapes)


# -- the reasoner ---------------------------------------------------------------------------------------


def test_fixture_is_consistent(dataset: Dataset) -> None:
    report = reason(dataset)
    assert report.consistent, report.message
    assert report.individuals > 50
    assert 0 < report.seconds < 60


def test_official_typed_as_state_is_inconsistent(dataset: Dataset) -> None:
    readout(dataset).add((ID["official/wang-yi"], RDF.type, BKG.State))
    report = reason(dataset)
    assert not report.consistent
    assert f"<{ID['official/wang-yi']}> is bkg:Official (rdf:type) and bkg:State (rdf:type)" in report.message


def test_participant_that_is_a_state_is_inconsistent(dataset: Dataset) -> None:
    readout(dataset).add((BRICS_SUMMIT, BKG.participant, ID["state/CHN"]))
    report = reason(dataset)
    assert not report.consistent
    assert f"<{ID['state/CHN']}> is " in report.message
    assert "bkg:Official (value of bkg:participant)" in report.message
    assert "bkg:Actor (rdf:type)" in report.message or "bkg:State (rdf:type)" in report.message


def test_two_stances_are_inconsistent(dataset: Dataset) -> None:
    readout(dataset).add((POSITION, BKG.stance, BKG.Support))
    report = reason(dataset)
    assert not report.consistent
    assert "2 values for the functional property bkg:stance" in report.message


def test_missing_java_is_an_ontology_error(dataset: Dataset) -> None:
    with pytest.raises(OntologyError, match="Java was not found at '/nonexistent/java'.*JAVA_HOME"):
        reason(dataset, java="/nonexistent/java")


def official_without_evidence(data: Dataset) -> None:
    official = ID["official/sergey-lavrov"]
    readout(data).remove((official, BKG.evidence, None))


def label_without_language(data: Dataset) -> None:
    official = ID["official/sergey-lavrov"]
    readout(data).set((official, RDFS.label, Literal("Sergey Lavrov")))


@pytest.mark.parametrize(("mutate", "words"), [
    (official_without_evidence, "an official needs at least one bkg:evidence"),
    (label_without_language, "an official needs an rdfs:label, language-tagged"),
])
def test_officials_need_evidence_and_tagged_labels(dataset: Dataset, mutate: Mutation, words: str) -> None:
    mutate(dataset)
    report = validate_shacl(dataset)
    assert any(words in v.message and v.focus == ID["official/sergey-lavrov"] for v in report.violations)
