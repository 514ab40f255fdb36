"""Guard tests for ontology/bilateral.ttl, ontology/shapes.ttl and kg/vocab.py: they parse, they
stay OWL 2 DL (every entity declared, no illegal punning), and they agree with each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, Namespace

from kg.validate import load_ontology, load_shapes
from kg.vocab import BKG, ONTOLOGY_IRI, PREFIXES

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes it
CAMEO = PREFIXES["cameo"]
PLOVER = PREFIXES["plover"]
CLASS_TYPES = {OWL.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
# Terms OWL 2 and RDF give meaning to already: they need no declaration.
BUILT_IN = {
    RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain,
    RDFS.range, OWL.versionInfo, OWL.versionIRI, OWL.equivalentClass, OWL.unionOf, OWL.oneOf,
    OWL.disjointWith, OWL.members, OWL.distinctMembers, RDF.first, RDF.rest, OWL.Thing, RDF.langString,
    RDF.Statement, RDF.subject, RDF.predicate, RDF.object,
}
EVENT_KINDS = {BKG.Meeting, BKG.Talks, BKG.PhoneCall, BKG.VideoCall, BKG.Visit, BKG.StateVisit, BKG.Summit,
               BKG.MinisterialMeeting, BKG.Conference}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def declared(graph: Graph, types: set[URIRef]) -> set[URIRef]:
    return {s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}


def bkg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(BKG._NS))}


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")


def test_vocab_lists_exactly_the_ontology_terms(onto: Graph) -> None:
    assert set(dir(BKG)) == bkg_terms(onto)


def test_vocab_is_closed() -> None:
    with pytest.raises(AttributeError):
        BKG.partcipant  # noqa: B018  (the typo is the point)


def test_prefixes() -> None:
    assert set(PREFIXES) == {"bkg", "schema", "foaf", "org", "prov", "skos", "oa", "owl", "rdfs", "rdf", "xsd",
                             "dcterms", "cameo", "plover", "wd"}
    assert PREFIXES["bkg"] == "https://w3id.org/bilateral-kg/ontology#"
    assert PREFIXES["wd"] == "http://www.wikidata.org/entity/"


def test_every_term_has_an_english_label_and_definition(onto: Graph) -> None:
    for term in bkg_terms(onto):
        labels = [*onto.objects(term, RDFS.label), *onto.objects(term, SKOS.prefLabel)]
        assert any(isinstance(x, Literal) and x.language == "en" for x in labels), term
        assert any(x.language == "en" for x in onto.objects(term, SKOS.definition)), term


def test_every_predicate_used_is_declared(onto: Graph) -> None:
    properties = declared(onto, PROPERTY_TYPES)
    used = {p for p in onto.predicates() if p not in BUILT_IN}
    assert used - properties == set()


def test_every_class_used_is_declared(onto: Graph) -> None:
    classes = declared(onto, CLASS_TYPES)
    used = set(onto.objects(None, RDFS.subClassOf)) | set(onto.objects(None, RDFS.domain))
    used |= {o for p, o in onto.subject_objects(RDFS.range) if p not in declared(onto, {OWL.DatatypeProperty})}
    for members in [*onto.objects(None, OWL.unionOf), *onto.objects(None, OWL.members)]:
        used |= set(onto.items(members))
    used |= {t for t in onto.objects(None, RDF.type) if not str(t).startswith(str(OWL))}
    named = {c for c in used if isinstance(c, URIRef)} - BUILT_IN
    assert named - classes == set()


def test_no_illegal_punning(onto: Graph) -> None:
    """OWL 2 DL lets an IRI be a class and an individual, but not two kinds of property."""
    kinds = [declared(onto, {t}) for t in PROPERTY_TYPES]
    assert kinds[0] & kinds[1] == kinds[0] & kinds[2] == kinds[1] & kinds[2] == set()
    assert declared(onto, CLASS_TYPES) & declared(onto, PROPERTY_TYPES) == set()


def test_datatype_ranges_are_owl2_or_absent(onto: Graph) -> None:
    """Dates have no range: xsd:date and xsd:gYear* are outside the OWL 2 datatype map."""
    assert onto.value(BKG.startDate, RDFS.range) is None
    assert onto.value(BKG.endDate, RDFS.range) is None
    ranges = {o for p in declared(onto, {OWL.DatatypeProperty}) for o in onto.objects(p, RDFS.range)}
    assert ranges <= {XSD.string, XSD.boolean, RDF.langString}


def test_top_classes_are_pairwise_disjoint(onto: Graph) -> None:
    lists = [set(onto.items(m)) for a in onto.subjects(RDF.type, OWL.AllDisjointClasses)
             for m in onto.objects(a, OWL.members)]
    required = {BKG.Official, BKG.Actor, BKG.Event, BKG.Readout, BKG.Evidence, BKG.PolicyPosition, BKG.Post,
                BKG.Place}
    assert any(required <= members for members in lists)
    assert (BKG.State, OWL.disjointWith, BKG.InternationalOrganization) in onto


def test_event_kinds(onto: Graph) -> None:
    kinds = set(onto.transitive_subjects(RDFS.subClassOf, BKG.Event)) - {BKG.Event}
    assert kinds == EVENT_KINDS


@pytest.mark.parametrize("kind", sorted(EVENT_KINDS))
def test_event_kind_maps_to_declared_cameo_or_plover_concepts(onto: Graph, kind: URIRef) -> None:
    targets = {*onto.objects(kind, SKOS.closeMatch), *onto.objects(kind, SKOS.broadMatch)}
    assert targets and all(str(t).startswith((CAMEO, PLOVER)) for t in targets)
    for target in targets:
        assert (target, RDF.type, SKOS.Concept) in onto
        assert onto.value(target, SKOS.notation) is not None
        assert onto.value(target, SKOS.prefLabel) is not None
        assert onto.value(target, SKOS.inScheme) in {URIRef(CAMEO + "scheme"), URIRef(PLOVER + "scheme")}


def test_stances(onto: Graph) -> None:
    stances = {s: str(onto.value(s, SKOS.prefLabel)) for s in onto.subjects(RDF.type, BKG.Stance)}
    assert stances == {BKG.Support: "support", BKG.Oppose: "oppose", BKG.Concern: "concern", BKG.Agree: "agree",
                       BKG.OtherStance: "other"}
    assert all((s, SKOS.inScheme, BKG.StanceScheme) in onto for s in stances)


def test_shapes_use_only_declared_classes(onto: Graph, shapes: Graph) -> None:
    used = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    assert used - declared(onto, CLASS_TYPES) - BUILT_IN == set()


def test_shapes_use_only_declared_properties(onto: Graph, shapes: Graph) -> None:
    paths = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.lessThanOrEquals))
    used = {step for path in paths for step in (shapes.items(path) if isinstance(path, BNode) else [path])}
    assert used - declared(onto, PROPERTY_TYPES) - BUILT_IN == set()


def test_shapes_stance_list_is_the_stance_individuals(onto: Graph, shapes: Graph) -> None:
    lists = [set(shapes.items(x)) for x in shapes.objects(None, SH["in"])]
    assert lists == [set(onto.subjects(RDF.type, BKG.Stance))]


def test_shapes_target_every_event_kind(shapes: Graph) -> None:
    """The shapes list the kinds, so an event typed with its kind alone is still checked (and told
    that it must also be typed bkg:Event, which queries rely on instead of reasoning)."""
    event_shape = URIRef("https://w3id.org/bilateral-kg/shapes#EventShape")
    assert set(shapes.objects(event_shape, SH.targetClass)) == EVENT_KINDS | {BKG.Event}
    assert shapes.value(event_shape, SH["class"]) == BKG.Event


def test_every_shape_of_events_targets_every_kind(shapes: Graph) -> None:
    event_shapes = set(shapes.subjects(SH.targetClass, BKG.Event))
    assert len(event_shapes) > 10
    assert all(set(shapes.objects(s, SH.targetClass)) == EVENT_KINDS | {BKG.Event} for s in event_shapes)


def test_property_shapes_are_named_and_carry_their_targets(shapes: Graph) -> None:
    """pyshacl checks a property shape nested under a node shape once per focus node, and a shape
    with its own targets once for all of them: the same constraints, in under half the time."""
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert len(property_shapes) > 40
    assert not set(shapes.objects(None, SH.property))
    assert all(isinstance(s, URIRef) and shapes.value(s, SH.targetClass) is not None for s in property_shapes)
    assert set(shapes.subjects(SH.path, None)) - property_shapes <= set(shapes.objects(None, RDF.first))


def test_every_shape_has_a_message(shapes: Graph) -> None:
    named = set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(named) > 40
    assert all(shapes.value(s, SH.message) is not None for s in named)


def test_hermit_finds_no_unsatisfiable_class(onto: Graph, tmp_path: Path) -> None:
    import owlready2

    path = tmp_path / "ontology.nt"
    onto.serialize(destination=path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
    assert list(world.inconsistent_classes()) == []
    world.close()
