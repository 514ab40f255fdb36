"""Check a graph against the contract: the SHACL shapes (closed world) and the OWL ontology (HermiT).

SHACL sees what is missing or malformed as written (a stance that is not one of the five, a span
that ends before it starts, a date that is not a date); the reasoner sees what the facts entail (an
individual in two disjoint classes, a functional property with two values). Both return reports.

A node's facts are spread over named graphs (each readout's, and the reference graph), so SHACL
runs over their union, and each violation names the graphs in which its focus node is a subject:
the readouts that said it. Ontology and shapes come from the ``kg.ontology`` package.
"""

from __future__ import annotations

import importlib.resources
import os
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import BNode, ConjunctiveGraph, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, NamespaceManager
from rdflib.paths import SequencePath
from rdflib.term import Node

from kg.errors import OntologyError, ValidationError
from kg.vocab import PREFIXES

__all__ = [
    "ReasonerReport", "ValidationReport", "Violation", "load_ontology", "load_shapes", "reason", "validate_shacl",
]

JAVA_MISSING = ("Java was not found{where}: the HermiT reasoner needs a Java runtime "
                "(e.g. apt-get install default-jre-headless), or set JAVA_HOME")
_NOT_INDIVIDUALS = {
    OWL.Class, RDFS.Class, RDFS.Datatype, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
    OWL.AnnotationProperty, OWL.FunctionalProperty, OWL.Ontology, OWL.AllDisjointClasses,
    OWL.AllDifferent, OWL.Restriction,
}


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result, with the named graphs (readouts) in which its focus node is a subject."""

    focus: Node
    path: Node | SequencePath | None
    message: str
    severity: str
    graphs: tuple[str, ...] = ()
    value: Node | None = None

    def __str__(self) -> str:
        where = ", ".join(f"{_graph_kind(g)} <{g}>" for g in self.graphs)
        path = f" {_show(self.path)}" if self.path is not None else ""
        value = f" (value: {_show(self.value)})" if self.value is not None else ""
        return f"{where + ': ' if where else ''}{_show(self.focus)}{path}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate_shacl`: whether the graph conforms, and every violation."""

    conforms: bool
    violations: tuple[Violation, ...]

    def __str__(self) -> str:
        if self.conforms:
            return "The graph conforms to the shapes."
        return "\n".join([f"{len(self.violations)} SHACL violation(s):", *map(str, self.violations)])

    def raise_for_violations(self, *, limit: int = 20) -> None:
        """Raise :class:`ValidationError` naming the first ``limit`` violations, if there are any."""
        if self.conforms:
            return
        lines = [str(v) for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"... and {len(self.violations) - limit} more")
        raise ValidationError(f"The graph does not conform to the shapes ({len(self.violations)} violations):\n"
                              + "\n".join(lines))


@dataclass(frozen=True, slots=True)
class ReasonerReport:
    """The outcome of :func:`reason`: consistency, the reasoner's explanation, size and time."""

    consistent: bool
    message: str
    individuals: int
    seconds: float


def load_ontology() -> Graph:
    """The OWL ontology (``bilateral.ttl``) as a fresh graph the caller may change."""
    return _parse("bilateral.ttl")


def load_shapes() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as a fresh graph the caller may change."""
    return _parse("shapes.ttl")


def validate_shacl(dataset_or_graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate a graph, or the union of a dataset's graphs, against the shapes.

    The union matters because a node's facts are split between graphs: a state's ISO code is in
    the reference graph, the positions it holds in each readout's graph.
    """
    return _validate(_union(dataset_or_graph), lambda focus: _graphs_of(dataset_or_graph, focus), shapes)


def validate_quads(quads: Iterable[tuple[Node, Node, Node, Node]], *, shapes: Graph | None = None) -> ValidationReport:
    """Validate quads as :func:`validate_shacl` validates a dataset, without building one first.

    A build has its quads at hand: loading them once into a plain graph, and keeping which graphs
    each subject appears in, halves the time rdflib spends before pyshacl starts.
    """
    union = Graph()
    graphs: dict[Node, set[str]] = defaultdict(set)
    store = union.store
    for s, p, o, g in quads:
        store.add((s, p, o), union)
        graphs[s].add(str(g))
    return _validate(union, lambda focus: tuple(sorted(graphs.get(focus, ()))), shapes)


def _validate(union: Graph, graphs_of: Callable[[Node], tuple[str, ...]], shapes: Graph | None) -> ValidationReport:
    import pyshacl  # heavy: imported when used, not when kg is

    try:
        conforms, results, _ = pyshacl.validate(
            union, shacl_graph=shapes if shapes is not None else load_shapes(),
            inference="none", advanced=False, allow_warnings=True, do_owl_imports=False,
        )
    except Exception as exc:  # pyshacl raises its own tree for broken shapes
        raise OntologyError(f"The SHACL shapes cannot be used: {exc}") from exc
    violations = sorted(_violations(results, graphs_of),
                        key=lambda v: (v.graphs, str(v.focus), str(v.path), v.message))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def reason(dataset: Graph, *, java: str | None = None) -> ReasonerReport:
    """Check with HermiT (through owlready2) that the ontology and the graph's facts are consistent.

    owlready2 cannot read Turtle or TriG, so the ontology and the union of the graphs are written
    to one N-Triples file first. Dates (xsd:date, xsd:gYearMonth, xsd:gYear) are outside the OWL 2
    datatype map, so HermiT is told to treat them as opaque rather than to fail on them.
    """
    java_exe = _find_java(java)
    started = time.perf_counter()
    merged = load_ontology()
    for triple in _union(dataset):
        merged.add(triple)
    _declare_individuals(merged)
    with tempfile.TemporaryDirectory(prefix="bkg-hermit-") as tmp:
        path = Path(tmp) / "input.nt"
        merged.serialize(destination=path, format="nt", encoding="utf-8")
        consistent, individuals = _run_hermit(path, java_exe)
    if consistent:
        message = f"HermiT found the ontology and {individuals} individuals consistent"
    else:
        message = "HermiT found the graph inconsistent with the ontology: " + _explain(merged)
    return ReasonerReport(consistent, message, individuals, time.perf_counter() - started)


def _resource(name: str) -> Traversable:
    """The installed ``kg.ontology`` package; in a source checkout run with PYTHONPATH (where the
    package-dir mapping of pyproject.toml is not applied) the ``ontology/`` folder beside ``kg/``."""
    try:
        return importlib.resources.files("kg.ontology").joinpath(name)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology" / name


def _parse(name: str) -> Graph:
    try:
        text = _resource(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"Cannot read the ontology file {name}: {exc}. Reinstall bilateral-kg.") from exc
    try:
        return Graph().parse(data=text, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise OntologyError(f"The ontology file {name} is not valid Turtle: {exc}") from exc


def _union(data: Graph) -> Graph:
    """All triples of a dataset in one graph (a plain graph is returned as it is)."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _graphs_of(data: Graph, focus: Node) -> tuple[str, ...]:
    """The named graphs in which ``focus`` is a subject: the readouts that said something of it."""
    if not isinstance(data, ConjunctiveGraph):
        return ()
    names = {str(g) for _, _, _, g in data.quads((focus, None, None, None)) if g is not None}
    names.discard("urn:x-rdflib:default")
    return tuple(sorted(names))


def _violations(results: Graph, graphs_of: Callable[[Node], tuple[str, ...]]) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
        found.append(Violation(
            focus=focus, path=_path(results, results.value(result, SH.resultPath)), message=str(message),
            severity=str(severity).rsplit("#", 1)[-1], graphs=graphs_of(focus),
            value=results.value(result, SH.value),
        ))
    return found


def _path(results: Graph, path: Node | None) -> Node | SequencePath | None:
    """A property path as SHACL results give it; a sequence (an RDF list) becomes ``a/b``."""
    if isinstance(path, BNode) and results.value(path, RDF.first) is not None:
        return SequencePath(*results.items(path))
    return path


def _graph_kind(name: str) -> str:
    return "reference graph" if name.endswith("/graph/reference") else "readout"


@lru_cache(maxsize=1)
def _namespaces() -> NamespaceManager:
    manager = NamespaceManager(Graph(bind_namespaces="none"), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace)
    return manager


def _show(node: Node | SequencePath | None) -> str:
    """A term as Turtle, with the project's prefixes: bkg:stance, <https://…/position/…>, "maybe"."""
    return node.n3(_namespaces()) if node is not None else "-"


def _find_java(java: str | None) -> str:
    """The Java executable: the one given, else $JAVA_HOME/bin/java, else owlready2's (``java``)."""
    candidate = java
    if candidate is None and os.environ.get("JAVA_HOME"):
        candidate = str(Path(os.environ["JAVA_HOME"]) / "bin" / "java")
    resolved = shutil.which(candidate or "java")
    if resolved is None:
        raise OntologyError(JAVA_MISSING.format(where=f" at {candidate!r}" if candidate else " on PATH"))
    return resolved


def _declare_individuals(graph: Graph) -> None:
    """Declare every typed IRI of the data owl:NamedIndividual, as OWL 2 DL asks and owlready2 needs."""
    for subject in set(graph.subjects(RDF.type, None)):
        if isinstance(subject, URIRef) and not set(graph.objects(subject, RDF.type)) & _NOT_INDIVIDUALS:
            graph.add((subject, RDF.type, OWL.NamedIndividual))


def _run_hermit(path: Path, java_exe: str) -> tuple[bool, int]:
    """Load the file into a private owlready2 World and run HermiT; (consistent, individuals)."""
    import owlready2  # heavy: imported when used, not when kg is

    world = owlready2.World()
    # owlready2 reads its Java from a module global; set it for this run only (not thread-safe)
    saved_java, owlready2.JAVA_EXE = owlready2.JAVA_EXE, java_exe
    try:
        world.get_ontology(path.as_uri()).load()
    except Exception as exc:  # owlready2's parser raises plain exceptions
        world.close()
        raise OntologyError(f"owlready2 cannot read the ontology and graph: {exc}") from exc
    individuals = sum(1 for _ in world.individuals())
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                       ignore_unsupported_datatypes=True)
        return True, individuals
    except owlready2.OwlReadyInconsistentOntologyError:
        return False, individuals
    except owlready2.OwlReadyJavaError as exc:
        raise OntologyError(f"HermiT failed on the graph: {exc}") from exc
    except OSError as exc:
        raise OntologyError(JAVA_MISSING.format(where=f" at {java_exe!r} ({exc.strerror})")) from exc
    finally:
        owlready2.JAVA_EXE = saved_java
        world.close()


def _explain(graph: Graph, *, limit: int = 5) -> str:
    """Why the graph is inconsistent, as far as cheap checks can tell (HermiT itself says only that
    it is): individuals that fall into two disjoint classes, through their types or the domains
    and ranges of the properties they use, and functional properties with two values."""
    findings = _disjoint_clashes(graph) + _functional_clashes(graph)
    if not findings:
        return ("no individual has two disjoint types and no functional property has two values; "
                "look for a value outside a property's range")
    extra = f"; and {len(findings) - limit} more" if len(findings) > limit else ""
    return "; ".join(findings[:limit]) + extra


def _disjoint_clashes(graph: Graph) -> list[str]:
    parents: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        parents[sub].add(sup)
    for cls, union in graph.subject_objects(OWL.equivalentClass):  # bkg:Actor = State or Organization
        for members in graph.objects(union, OWL.unionOf):
            for member in graph.items(members):
                parents[member].add(cls)
    pairs = _disjoint_pairs(graph)
    found = []
    for node, why in sorted(_types(graph).items()):
        origin: dict[Node, Node] = {}
        for cls in why:  # asserted types come first, so they are the ones named
            for sup in _ancestors(cls, parents):
                origin.setdefault(sup, cls)
        clash = next(((a, b) for a, b in pairs if a in origin and b in origin), None)
        if clash:
            a, b = clash
            ca, cb = origin[a], origin[b]
            disjoint = "which are disjoint" if (ca, cb) == clash else f"and {_show(a)} and {_show(b)} are disjoint"
            found.append(f"{_show(node)} is {_show(ca)} ({why[ca]}) and {_show(cb)} ({why[cb]}), {disjoint}")
    return found


def _types(graph: Graph) -> dict[URIRef, dict[Node, str]]:
    """Each IRI's classes, asserted or implied by property domains and ranges, with the reason."""
    types: dict[URIRef, dict[Node, str]] = defaultdict(dict)
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(node, URIRef) and isinstance(cls, URIRef) and cls not in _NOT_INDIVIDUALS:
            types[node].setdefault(cls, "rdf:type")
    for prop, domain in graph.subject_objects(RDFS.domain):
        for node in graph.subjects(prop, None):
            if isinstance(node, URIRef):
                types[node].setdefault(domain, f"subject of {_show(prop)}")
    for prop, range_ in graph.subject_objects(RDFS.range):
        for node in graph.objects(None, prop):
            if isinstance(node, URIRef):
                types[node].setdefault(range_, f"value of {_show(prop)}")
    return types


def _ancestors(cls: Node, parents: dict[Node, set[Node]]) -> set[Node]:
    seen, todo = {cls}, [cls]
    while todo:
        for sup in parents.get(todo.pop(), set()) - seen:
            seen.add(sup)
            todo.append(sup)
    return seen


def _disjoint_pairs(graph: Graph) -> list[tuple[Node, Node]]:
    pairs = list(graph.subject_objects(OWL.disjointWith))
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        for members in graph.objects(axiom, OWL.members):
            classes = list(graph.items(members))
            pairs += [(a, b) for i, a in enumerate(classes) for b in classes[i + 1:]]
    return pairs


def _functional_clashes(graph: Graph) -> list[str]:
    found = []
    for prop in graph.subjects(RDF.type, OWL.FunctionalProperty):
        for node in sorted(set(graph.subjects(prop, None))):
            values = set(graph.objects(node, prop))
            if len(values) > 1:
                shown = ", ".join(sorted(_show(v) for v in values))
                found.append(f"{_show(node)} has {len(values)} values for the functional property "
                             f"{_show(prop)}: {shown}")
    return found
